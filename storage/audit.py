"""The audit log: an append-only hash chain inside the encrypted database.

Each row's hash covers its content and the previous row's hash; the head
(sequence number and hash) is kept in ``meta`` in the same transaction, so an
edited, removed or truncated row shows in ``verify``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _digest(
    seq: int, at: str, actor: str, action: str, entity: str | None, entity_id: str | None, details: str, prev_hash: str
) -> str:
    payload = json.dumps(
        [seq, at, actor, action, entity, entity_id, details, prev_hash], ensure_ascii=False, separators=(",", ":")
    )
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
    """Append one row; call inside the transaction that makes the change it records."""
    last = conn.execute(f"SELECT seq, hash FROM {schema}.audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    body = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _digest(seq, at, actor, action, entity, entity_id, body, prev)
    conn.execute(
        f"INSERT INTO {schema}.audit (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (seq, at, actor, action, entity, entity_id, body, prev, digest),
    )
    conn.execute(f"INSERT OR REPLACE INTO {schema}.meta (key, value) VALUES (?, ?)", (HEAD_KEY, f"{seq}:{digest}"))
    return digest


def verify(conn: Any) -> list[str]:
    """Every problem found in the chain, in plain words; empty when it holds."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash FROM audit ORDER BY seq"
    ).fetchall()
    for seq, at, actor, action, entity, entity_id, details, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(f"audit rows {expected_seq}–{seq - 1} are missing")
        if prev_hash != prev:
            problems.append(f"audit row {seq} does not follow the row before it")
        if _digest(seq, at, actor, action, entity, entity_id, details, prev_hash) != digest:
            problems.append(f"audit row {seq} has been edited")
        prev, expected_seq = digest, seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head is None:
        if rows:
            problems.append("the audit log's head record is missing")
    elif head[0] != f"{expected_seq - 1}:{prev}":
        problems.append("the latest audit rows have been removed or replaced")
    return problems
