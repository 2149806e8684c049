"""The audit log is a hash chain: any edited, removed or truncated row is detected."""

from __future__ import annotations

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
