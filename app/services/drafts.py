"""Form drafts kept inside the vault (the ``drafts`` table), so a lock or a crash loses no edit.

Drafts live in the encrypted database, never in Qt settings or temporary files. A draft is what a
form held, as a JSON object; the form that wrote it is the only one that reads it.
"""

from __future__ import annotations

import json
from typing import Any

from storage.vault import Vault


class DraftStore:
    """The drafts of one unlocked vault, by id; ``kind`` says which form wrote one."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def save(self, draft_id: str, kind: str, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self.vault.db.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (id, kind, data, updated) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, data = excluded.data,"
                " updated = excluded.updated",
                (draft_id, kind, text, self.vault.now()),
            )

    def load(self, draft_id: str) -> dict[str, Any] | None:
        row = self.vault.db.one("SELECT data FROM drafts WHERE id = ?", (draft_id,))
        return _parse(row[0]) if row else None

    def latest(self, kind: str) -> tuple[str, dict[str, Any]] | None:
        row = self.vault.db.one(
            "SELECT id, data FROM drafts WHERE kind = ? ORDER BY updated DESC, rowid DESC LIMIT 1", (kind,)
        )
        if row is None:
            return None
        data = _parse(row[1])
        return (row[0], data) if data is not None else None

    def delete(self, draft_id: str) -> None:
        with self.vault.db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def count(self) -> int:
        return int(self.vault.db.one("SELECT count(*) FROM drafts")[0])


def _parse(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
