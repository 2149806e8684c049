"""The audit log is a hash chain: any edited, removed or truncated row is detected."""

from __future__ import annotations

import json

import pytest

from app.services.records import Records
from storage import audit


@pytest.fixture
def logged(vault):
    rec = Records(vault)
    case = rec.insert("cases", {"title": "Audit case"})
    for i in range(5):
        rec.insert("events", {"case_id": case, "type": "protest", "title": f"e{i}"})
    rec.update("cases", case, {"summary": "edited"})
    assert audit.verify(vault.db.conn) == []
    return vault


def test_every_write_is_logged(logged):
    actions = [r[0] for r in logged.db.query("SELECT action FROM audit ORDER BY seq")]
    assert actions[0] == "vault.create"
    assert actions.count("events.create") == 5 and "cases.edit" in actions


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit SET details = '{\"x\":1}' WHERE seq = 3",
        "UPDATE audit SET action = 'cases.create' WHERE seq = 4",
        "DELETE FROM audit WHERE seq = 3",
        "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
        "DELETE FROM audit WHERE seq >= 5",
        "UPDATE audit SET hash = 'ff' || substr(hash, 3) WHERE seq = 2",
        "DELETE FROM meta WHERE key = 'audit_head'",
    ],
)
def test_tampering_is_detected(logged, tamper):
    logged.db.conn.execute(tamper)
    assert audit.verify(logged.db.conn)


# -- forward security: signed rows, evolving keys, witnesses ---------------------------------------


def _rows(vault):
    return vault.db.query("SELECT seq, key, next_key, sig FROM audit ORDER BY seq")


def test_rows_are_signed_with_keys_that_evolve_and_are_forgotten(logged):
    rows = _rows(logged)
    assert all(r[1] and r[2] and r[3] for r in rows)
    assert all(rows[i][2] == rows[i + 1][1] for i in range(len(rows) - 1))  # each names its successor
    assert len({r[1] for r in rows}) == len(rows)
    used = {r[1] for r in rows}
    kept = logged.db.one("SELECT value FROM meta WHERE key = 'audit_key'")[0]
    from storage.auditkeys import public_hex

    assert public_hex(bytes.fromhex(kept)) == rows[-1][2]  # only the next row's key is kept ...
    assert public_hex(bytes.fromhex(kept)) not in used  # ... never one that signed a row


@pytest.mark.parametrize(
    "tamper",
    [
        "DELETE FROM audit",
        "DELETE FROM audit; DELETE FROM meta WHERE key IN ('audit_head', 'audit_key')",
        "DELETE FROM audit WHERE seq >= 6; UPDATE meta SET value = (SELECT seq || ':' || hash FROM audit "
        "WHERE seq = 5) WHERE key = 'audit_head'",
        "UPDATE audit SET seq = -seq WHERE seq IN (3, 4); UPDATE audit SET seq = 4 WHERE seq = -3; "
        "UPDATE audit SET seq = 3 WHERE seq = -4",
        "UPDATE audit SET key = NULL, next_key = NULL, sig = NULL WHERE seq = 4",
        "UPDATE audit SET sig = substr(sig, 3) || '00' WHERE seq = 2",
    ],
    ids=["delete-all", "delete-all-and-head", "truncate-tail", "reorder", "strip-signature", "bad-signature"],
)
def test_forward_secure_tampering_is_detected(logged, tamper):
    for statement in tamper.split("; "):
        logged.db.conn.execute(statement)
    assert audit.verify(logged.db.conn)


def _rewrite_with(conn, current_key: bytes, from_seq: int) -> None:
    """An attacker holding today's key rewrites the log from ``from_seq`` on: the rows keep their
    content but one is changed, and every row is re-hashed and re-signed with keys evolved from
    today's, which is all the attacker has."""
    from storage.auditkeys import public_hex, sign, successor

    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details FROM audit WHERE seq >= ? ORDER BY seq", (from_seq,)
    ).fetchall()
    prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (from_seq - 1,)).fetchone()
    prev = prev[0] if prev else audit.GENESIS
    key = current_key
    for seq, at, actor, action, entity, entity_id, details in rows:
        if seq == from_seq + 1:
            action = "cases.view"  # the change the attacker wanted to hide
        nxt = successor(key)
        k, nk = public_hex(key), public_hex(nxt)
        digest = audit._digest([seq, at, actor, action, entity, entity_id, details, prev], k, nk)
        conn.execute(
            "UPDATE audit SET action = ?, prev_hash = ?, hash = ?, key = ?, next_key = ?, sig = ? WHERE seq = ?",
            (action, prev, digest, k, nk, sign(key, digest), seq),
        )
        prev, key = digest, nxt
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_key'", (key.hex(),))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{prev}",))


@pytest.mark.parametrize("whole", [True, False], ids=["whole-chain", "after-the-witness"])
def test_rewrite_with_the_current_key_is_found_against_a_witness(logged, whole):
    conn = logged.db.conn
    witness = audit.parse_witness(json.dumps(audit.head_for_witness(conn)).encode())
    rec = Records(logged)
    case = logged.db.one("SELECT id FROM cases")[0]
    for i in range(3):  # the log goes on after the witness was handed out
        rec.insert("events", {"case_id": case, "type": "protest", "title": f"later {i}"})
    assert audit.verify_against(conn, witness) == []
    current = bytes.fromhex(logged.db.one("SELECT value FROM meta WHERE key = 'audit_key'")[0])
    _rewrite_with(conn, current, 1 if whole else witness.seq + 1)
    if whole:
        assert audit.verify(conn) == []  # a whole new chain fools the vault on its own ...
    assert audit.verify_against(conn, witness), "a rewrite with today's key went unnoticed against the witness"


def test_witness_from_another_vault_is_refused(make_vault):
    a, _ = make_vault("a")
    b, _ = make_vault("b")
    witness = audit.parse_witness(json.dumps(audit.head_for_witness(b.db.conn)).encode())
    assert audit.verify_against(a.db.conn, witness) == ["this witness was made by another vault"]


def test_witness_from_a_pack_manifest(logged):
    manifest = {"format": "casefile-pack", "version": 1, "audit_head": audit.head_for_witness(logged.db.conn)}
    witness = audit.parse_witness(json.dumps(manifest).encode())
    assert audit.verify_against(logged.db.conn, witness) == []
    with pytest.raises(audit.WitnessInvalid, match="before packs and receipts carried"):
        audit.parse_witness(json.dumps({"format": "casefile-pack", "version": 1}).encode())
    with pytest.raises(audit.WitnessInvalid):
        audit.parse_witness(b"\xff not json")


def test_quick_check_at_unlock_finds_a_cut_tail(logged):
    assert audit.quick_problems(logged.db.conn) == []
    logged.db.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    assert audit.quick_problems(logged.db.conn)


def test_old_rows_keep_their_hash_chain_and_new_rows_are_signed(tmp_path):
    """A vault written before schema 5: its rows stay as they are, and the chain goes on signed."""
    from storage.database import Database, _connect

    key = bytes(range(32))
    db = Database(_connect(tmp_path / "old.db", key, create=True))
    db.migrate(target=4)
    prev = audit.GENESIS
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'v-old')")
        for seq in (1, 2, 3):
            row = [seq, "2025-11-13T10:00:00Z", "user", "cases.create", "cases", f"c{seq}", "{}", prev]
            digest = audit._digest(row, None, None)
            conn.execute(
                "INSERT INTO audit (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (*row, digest),
            )
            prev = digest
        conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?)", (f"3:{prev}",))
    db.close()
    db = Database.open(tmp_path / "old.db", key)
    with db.transaction() as conn:
        audit.append(conn, at="2026-03-01T10:00:00Z", actor="user", action="cases.edit")
        audit.append(conn, at="2026-03-01T10:01:00Z", actor="user", action="cases.edit")
    assert audit.verify(db.conn) == []
    rows = db.query("SELECT seq, sig FROM audit ORDER BY seq")
    assert [r[1] is not None for r in rows] == [False, False, False, True, True]
    db.conn.execute("UPDATE audit SET action = 'x' WHERE seq = 2")
    assert audit.verify(db.conn) == ["audit row 2 has been edited"]
    db.close()
