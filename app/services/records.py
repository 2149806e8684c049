"""Rows of the data model in and out of the database, validated, audited and indexed.

The GUI's forms, the importer and the demo builder all write through here, so
every write is checked the same way and leaves an audit row.
"""

from __future__ import annotations

import json
import secrets
import unicodedata
from collections.abc import Iterable
from typing import Any

from app.domain import dates
from app.domain.model import BY_NAME, Entity, Field, entity
from app.services import indexing
from storage.errors import CasefileError
from storage.vault import Vault

MAX_TEXT_CHARS = 200_000
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


class InvalidRecord(CasefileError):
    """A row does not fit the data model; the message says which field and why."""

    code = "invalid_record"


def new_id(prefix: str = "") -> str:
    return f"{prefix}{secrets.token_hex(8)}"


def check_text(where: str, value: str) -> str:
    if len(value) > MAX_TEXT_CHARS:
        raise InvalidRecord(f"{where} is longer than {MAX_TEXT_CHARS:,} characters.")
    for ch in value:
        if (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS) or ch in "\u2028\u2029":
            raise InvalidRecord(f"{where} contains a control character (U+{ord(ch):04X}).")
    return unicodedata.normalize("NFC", value)


def validate_value(ent: Entity, f: Field, value: Any) -> Any:
    """Check one field's value and return it in its interchange (JSON) form."""
    where = f"{ent.name}.{f.name}"
    if value is None:
        if f.required:
            raise InvalidRecord(f"{where} is required.")
        return None
    if f.type in ("text",) or f.ref:
        if not isinstance(value, str):
            raise InvalidRecord(f"{where} must be text.")
        value = check_text(where, value)
        if f.required and not value.strip():
            raise InvalidRecord(f"{where} must not be empty.")
        return value
    if f.type == "int":
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**62:
            raise InvalidRecord(f"{where} must be a whole number.")
        return value
    if f.type == "bool":
        if not isinstance(value, bool):
            raise InvalidRecord(f"{where} must be true or false.")
        return value
    if f.type == "json":
        if not isinstance(value, list | dict):
            raise InvalidRecord(f"{where} must be a list or an object.")
        text = json.dumps(value, ensure_ascii=False)
        check_text(where, text.replace("\\n", " "))
        return value
    if f.type == "date":
        try:
            fd = dates.FuzzyDate.from_json(value)
        except dates.DateParseError as exc:
            raise InvalidRecord(f"{where}: {exc}.") from None
        if fd is not None and fd.text:
            check_text(where, fd.text)
        return fd.to_json() if fd else None
    raise InvalidRecord(f"{where} has an unknown type {f.type}.")


def validate_row(ent: Entity, row: Any) -> dict:
    if not isinstance(row, dict):
        raise InvalidRecord(f"a row of {ent.name} is not an object.")
    unknown = set(row) - set(ent.columns)
    if unknown:
        raise InvalidRecord(f"{ent.name} has unknown field(s): {', '.join(sorted(unknown))[:200]}.")
    return {f.name: validate_value(ent, f, row.get(f.name)) for f in ent.fields}


def to_db(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.type in ("json", "date"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if f.type == "bool":
        return 1 if value else 0
    return value


def from_db(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.type in ("json", "date"):
        return json.loads(value)
    if f.type == "bool":
        return bool(value)
    return value


class Records:
    """Validated, audited writes and plain reads of model rows.

    An edit's audit row keeps the old and the new values, and a deletion's the row as it was; with
    ``change`` set (``app.services.changes``), each row also names the change it belongs to, so that
    the change can be undone as one."""

    def __init__(self, vault: Vault, actor: str = "user", change: str | None = None) -> None:
        self.vault = vault
        self.db = vault.db
        self.actor = actor
        self.change = change

    def _details(self, details: dict | None = None) -> dict | None:
        out = dict(details or {})
        if self.change:
            out["change"] = self.change
        return out or None

    # -- reads ------------------------------------------------------------------------

    def rows(
        self,
        entity_name: str,
        where: str = "",
        params: Iterable[Any] = (),
        order: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        ent = entity(entity_name)
        sql = f"SELECT {', '.join(ent.columns)} FROM {ent.name}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [{f.name: from_db(f, v) for f, v in zip(ent.fields, r)} for r in self.db.query(sql, tuple(params))]

    def get(self, entity_name: str, row_id: str) -> dict | None:
        found = self.rows(entity_name, "id = ?", (row_id,))
        return found[0] if found else None

    def rows_in(self, entity_name: str, column: str, ids: Iterable[str]) -> list[dict]:
        ids = list(dict.fromkeys(ids))
        out: list[dict] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            out += self.rows(entity_name, f"{column} IN ({','.join('?' * len(chunk))})", chunk)
        return out

    # -- writes -----------------------------------------------------------------------

    def insert(self, entity_name: str, row: dict, *, audit: bool = True) -> str:
        ent = entity(entity_name)
        row = dict(row)
        row.setdefault("id", new_id())
        clean = validate_row(ent, row)
        with self.db.transaction() as conn:
            self._insert_clean(conn, ent, clean)
            if audit:
                self.vault.record(conn, f"{ent.name}.create", ent.name, clean["id"], self._details(), actor=self.actor)
            indexing.after_write(self, conn, ent.name, clean)
        return clean["id"]

    def _insert_clean(self, conn: Any, ent: Entity, clean: dict) -> None:
        cols = ent.columns
        conn.execute(
            f"INSERT INTO {ent.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [to_db(f, clean[f.name]) for f in ent.fields],
        )

    def update(self, entity_name: str, row_id: str, changes: dict) -> bool:
        ent = entity(entity_name)
        current = self.get(entity_name, row_id)
        if current is None:
            raise InvalidRecord(f"There is no {entity_name} row {row_id}.")
        if "id" in changes and changes["id"] != row_id:
            raise InvalidRecord("A row's id cannot change.")
        merged = validate_row(ent, {**current, **changes})
        changed = [f for f in ent.fields if merged[f.name] != current[f.name]]
        if not changed:
            return False
        with self.db.transaction() as conn:
            conn.execute(
                f"UPDATE {ent.name} SET {', '.join(f'{f.name} = ?' for f in changed)} WHERE id = ?",
                [to_db(f, merged[f.name]) for f in changed] + [row_id],
            )
            details = {
                "fields": [f.name for f in changed],
                "old": {f.name: current[f.name] for f in changed},
                "new": {f.name: merged[f.name] for f in changed},
            }
            self.vault.record(conn, f"{ent.name}.edit", ent.name, row_id, self._details(details), actor=self.actor)
            indexing.after_write(self, conn, ent.name, merged)
        return True

    def delete(self, entity_name: str, row_id: str) -> None:
        ent = entity(entity_name)
        row = self.get(entity_name, row_id)
        if row is None:
            raise InvalidRecord(f"There is no {entity_name} row {row_id}.")
        with self.db.transaction() as conn:
            conn.execute(f"DELETE FROM {ent.name} WHERE id = ?", (row_id,))
            self.vault.record(
                conn, f"{ent.name}.delete", ent.name, row_id, self._details({"old": row}), actor=self.actor
            )
            indexing.after_delete(self, conn, ent.name, row)


def refs_of(ent: Entity) -> list[Field]:
    return [f for f in ent.fields if f.ref]


__all__ = ["BY_NAME", "InvalidRecord", "Records", "new_id", "validate_row"]
