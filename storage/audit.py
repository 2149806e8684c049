"""The audit log: an append-only, forward-secure chain inside the encrypted database.

Each row's hash covers its content and the previous row's hash. Since schema 5,
each row is also signed with a one-time Ed25519 key that is then evolved and
erased, after Schneier and Kelsey's secure audit logs: row j is signed with
K_j, names the public half of K_{j+1} = SHA-256("casefile/audit/evolve" ‖ K_j),
and only the key for the next row is kept (``meta.audit_key``). Whoever takes
the vault with its passphrase holds the current key only: rows written before
cannot be re-signed. Signatures rather than MACs, so that the witness a partner
keeps (``head_for_witness``: sequence number, hash, next public key) verifies
without being able to forge. Rows written before the migration keep their hash
chain only. docs/vault-format.md describes the format; decision 0031 the why.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from storage.auditkeys import first_key, public_hex, sign, signature_valid, successor

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
KEY_KEY = "audit_key"
WITNESS_FORMAT = "casefile-audit-head"
WITNESS_VERSION = 1
MAX_WITNESS_BYTES = 8 * 1024 * 1024  # a pack manifest is at most this large
_COLUMNS = "seq, at, actor, action, entity, entity_id, details, prev_hash, hash, key, next_key, sig"


def _digest(row: list[Any], key: str | None, next_key: str | None) -> str:
    """Rows before the migration hash eight fields; signed rows also hash their two public keys."""
    fields = row if key is None else [*row, key, next_key]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Any,
    *,
    at: str,
    actor: str,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict | None = None,
    schema: str = "main",
) -> str:
    """Append one signed row; call inside the transaction that makes the change it records."""
    last = conn.execute(f"SELECT seq, hash FROM {schema}.audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    stored = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = ?", (KEY_KEY,)).fetchone()
    current = bytes.fromhex(stored[0]) if stored else first_key()
    following = successor(current)
    key, next_key = public_hex(current), public_hex(following)
    body = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _digest([seq, at, actor, action, entity, entity_id, body, prev], key, next_key)
    conn.execute(
        f"INSERT INTO {schema}.audit ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (seq, at, actor, action, entity, entity_id, body, prev, digest, key, next_key, sign(current, digest)),
    )
    # The used key is overwritten by its successor in the same transaction (secure_delete is on).
    conn.execute(f"INSERT OR REPLACE INTO {schema}.meta (key, value) VALUES (?, ?)", (KEY_KEY, following.hex()))
    conn.execute(f"INSERT OR REPLACE INTO {schema}.meta (key, value) VALUES (?, ?)", (HEAD_KEY, f"{seq}:{digest}"))
    return digest


@dataclass(frozen=True)
class Head:
    """The latest row, as a witness records it."""

    vault_id: str
    seq: int
    hash: str
    next_key: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": WITNESS_FORMAT,
            "version": WITNESS_VERSION,
            "vault_id": self.vault_id,
            "seq": self.seq,
            "hash": self.hash,
            "next_key": self.next_key,
        }


def head(conn: Any) -> Head | None:
    vault = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    last = conn.execute("SELECT seq, hash, next_key FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if vault is None or last is None:
        return None
    return Head(vault[0], int(last[0]), last[1], last[2])


def head_for_witness(conn: Any) -> dict[str, Any] | None:
    """The head to hand to someone outside the vault (pack manifests, receipts, ``audit head``)."""
    found = head(conn)
    return found.to_json() if found is not None else None


def audit_head_of(vault: Any) -> dict[str, Any] | None:
    """``head_for_witness`` of an open vault, read under its database lock."""
    with vault.db.lock:
        return head_for_witness(vault.db.conn)


# -- checking ------------------------------------------------------------------------------------


def verify(conn: Any) -> list[str]:
    """Every problem found in the chain, in plain words; empty when it holds."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq").fetchall()
    problems = _chain_problems(rows)
    problems += _tail_problems(conn, rows)
    return problems


def _chain_problems(rows: list[Any]) -> list[str]:
    problems: list[str] = []
    if not rows:
        return ["the audit log is empty, yet every vault records at least its creation: its rows were deleted"]
    prev, expected_seq, expected_key = GENESIS, 1, None
    seen_keys: set[str] = set()
    for seq, at, actor, action, entity, entity_id, details, prev_hash, digest, key, next_key, sig in rows:
        if seq != expected_seq:
            problems.append(f"audit rows {expected_seq}–{seq - 1} are missing")
        if prev_hash != prev:
            problems.append(f"audit row {seq} does not follow the row before it")
        if _digest([seq, at, actor, action, entity, entity_id, details, prev_hash], key, next_key) != digest:
            problems.append(f"audit row {seq} has been edited")
        if key is None:
            if expected_key is not None:
                problems.append(f"audit row {seq} has lost its signature")
        else:
            if expected_key is not None and key != expected_key:
                problems.append(f"audit row {seq} is signed with a key the row before it did not name")
            if key in seen_keys or key == next_key:
                problems.append(f"audit row {seq} reuses a signing key: the log was re-signed")
            if not signature_valid(key, digest, sig):
                problems.append(f"audit row {seq} carries no valid signature")
            seen_keys.add(key)
            expected_key = next_key
        prev, expected_seq = digest, seq + 1
    return problems


def _tail_problems(conn: Any, rows: list[Any]) -> list[str]:
    """The kept key must be the one the last row named: rows cut from the end cannot be hidden,
    since an earlier row's successor key is gone for good."""
    if not rows:
        return []
    last = rows[-1]
    problems = []
    stored_head = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if stored_head is None or stored_head[0] != f"{last[0]}:{last[8]}":
        problems.append("the latest audit rows have been removed or replaced")
    if last[10] is not None:
        stored_key = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY_KEY,)).fetchone()
        try:
            kept = public_hex(bytes.fromhex(stored_key[0])) if stored_key else None
        except ValueError:
            kept = None
        if kept != last[10]:
            problems.append("the audit log's current key does not follow its last row: rows were cut from its end")
    return problems


def quick_problems(conn: Any) -> list[str]:
    """The cheap part, run at every unlock: the last row, its signature and the kept key."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1").fetchall()
    if not rows:
        return _chain_problems(rows)
    problems = _tail_problems(conn, rows)
    seq, *_rest, digest, key, _next_key, sig = rows[0]
    if key is not None and not signature_valid(key, digest, sig):
        problems.append(f"audit row {seq} carries no valid signature")
    return problems


class WitnessInvalid(ValueError):
    """The witness file is not an audit head Casefile wrote; the message says why."""


def parse_witness(data: bytes) -> Head:
    """An audit head from a JSON head, a pack's manifest.json or a receipt."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise WitnessInvalid("the witness is not JSON text") from None
    if isinstance(doc, dict) and doc.get("format") in ("casefile-pack", "casefile-receipt"):
        doc = doc.get("audit_head")
        if doc is None:
            raise WitnessInvalid("this file was made before packs and receipts carried the audit log's head")
    if not isinstance(doc, dict) or doc.get("format") != WITNESS_FORMAT or doc.get("version") != WITNESS_VERSION:
        raise WitnessInvalid("the witness is neither an audit head nor a pack manifest holding one")
    vault_id, seq, digest, next_key = doc.get("vault_id"), doc.get("seq"), doc.get("hash"), doc.get("next_key")
    if not isinstance(vault_id, str) or not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise WitnessInvalid("the witness's vault id or sequence number is malformed")
    if not isinstance(digest, str) or not _is_hex(digest, 64) or not (next_key is None or _is_hex(next_key, 64)):
        raise WitnessInvalid("the witness's hash or key is malformed")
    return Head(vault_id, seq, digest, next_key)


def _is_hex(value: Any, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and all(c in "0123456789abcdef" for c in value)


def verify_against(conn: Any, witness: Head) -> list[str]:
    """``verify`` plus the witness's anchor: the row it names must be unchanged, and every later row
    must descend from the key it names, so a log rewritten or cut after that point is found."""
    vault = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    if vault is None or vault[0] != witness.vault_id:
        return ["this witness was made by another vault"]
    problems = verify(conn)
    row = conn.execute("SELECT hash, next_key FROM audit WHERE seq = ?", (witness.seq,)).fetchone()
    if row is None:
        problems.append(f"the log no longer reaches row {witness.seq}, which the witness saw: it was cut short")
    elif row[0] != witness.hash:
        problems.append(f"audit row {witness.seq} differs from the witness: the log was rewritten")
    elif row[1] != witness.next_key:
        problems.append(f"the key audit row {witness.seq} names differs from the witness: the log was re-signed")
    return problems
