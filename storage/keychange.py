"""Key changes made atomic with their audit rows.

A change (new passphrase, new recovery code, new attempt limit) is named by a random change id.
Its audit row commits in the database *before* the header switches, together with a
``key_change_pending`` marker; the header records the id of the last change it applied. At the
next unlock a marker whose change the header never applied gets an "abandoned" row, so the audit
log never says a passphrase changed when it did not, and no passphrase changes without a row.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from storage.errors import CasefileError, HeaderRolledBack, UnlockLimitRestored

if TYPE_CHECKING:
    from storage.vault import Vault

PENDING_KEY = "key_change_pending"
LIMIT_KEY = "unlock_limit"
HEADER_SEQ_KEY = "header_seq"
LIMIT_ACTION = "vault.unlock_limit_set"


def _meta(conn: object, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()  # type: ignore[attr-defined]
    return row[0] if row else None


def _set_meta(conn: object, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))  # type: ignore[attr-defined]
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))  # type: ignore[attr-defined]


def record_intent(vault: Vault, change: str, action: str, details: dict | None = None) -> None:
    """The audit row of a change, committed before the header switches."""
    with vault.db.transaction() as conn:
        vault.record(conn, action, details={"change": change, **(details or {})})
        _set_meta(conn, PENDING_KEY, json.dumps({"change": change, "action": action}))
        if action == LIMIT_ACTION and details is not None:
            _set_meta(conn, LIMIT_KEY, str(details["limit"]))


def clear_intent(vault: Vault) -> None:
    with vault.db.transaction() as conn:
        _set_meta(conn, PENDING_KEY, None)


def reconcile(vault: Vault, seq_at_open: int) -> list[CasefileError]:
    """After an unlock: settle an interrupted change, check the header against what the database last
    saw of it, and remember its sequence number. Returns sentences for the user."""
    header = vault.header
    notices: list[CasefileError] = []
    with vault.db.transaction() as conn:
        pending = _meta(conn, PENDING_KEY)
        db_limit = int(_meta(conn, LIMIT_KEY) or 0)
        last_seq = int(_meta(conn, HEADER_SEQ_KEY) or 0)
        limit_pending = False
        if pending is not None:
            intent = json.loads(pending)
            if intent.get("action") == LIMIT_ACTION:
                limit_pending = True  # finished below from the database's value
            elif header.meta.last_change != intent.get("change"):
                vault.record(
                    conn,
                    "vault.key_change_abandoned",
                    details={"change": intent.get("change"), "action": intent.get("action")},
                )
            _set_meta(conn, PENDING_KEY, None)
        if seq_at_open < last_seq:
            notices.append(HeaderRolledBack())
            vault.record(conn, "vault.header_rolled_back", details={"header_seq": seq_at_open, "expected": last_seq})
        if header.meta.guard_limit != db_limit:
            if not limit_pending:
                notices.append(UnlockLimitRestored())
                vault.record(
                    conn, "vault.unlock_limit_restored", details={"found": header.meta.guard_limit, "limit": db_limit}
                )
            header.set_guard(db_limit, header.meta.last_change)
        if last_seq != header.seq:  # an unlock that changes nothing writes nothing
            _set_meta(conn, HEADER_SEQ_KEY, str(header.seq))
    return notices


def unlock_limit(vault: Vault) -> int:
    """The attempt limit the owner chose (0: off), as the database records it."""
    row = vault.db.one("SELECT value FROM meta WHERE key = ?", (LIMIT_KEY,))
    return int(row[0]) if row else 0
