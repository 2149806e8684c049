"""What the readers share: batched reads by id, names for ids, and plain values out of rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from app.domain.dates import FuzzyDate
from app.services.records import Records
from storage.database import Database
from storage.vault import Vault

BATCH = 500  # ids per IN (...) list: well under SQLite's limit on bound parameters
UNNAMED = "(unnamed)"


def chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """Distinct, non-empty ids in batches, in their first order."""
    items = list(dict.fromkeys(i for i in ids if i))
    for i in range(0, len(items), BATCH):
        yield items[i : i + BATCH]


def marks(chunk: list[Any]) -> str:
    return ",".join("?" * len(chunk))


def fuzzy(value: Any) -> FuzzyDate | None:
    """A stored fuzzy date (its JSON object), as a value."""
    return FuzzyDate.from_json(value) if value else None


def stored_date(text: str | None) -> FuzzyDate | None:
    """A fuzzy date as a column holds it (JSON text), as a value."""
    return FuzzyDate.from_json(json.loads(text)) if text else None


def texts(value: Any) -> tuple[str, ...]:
    """A stored JSON list of texts, as a tuple."""
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


class Reader:
    """A read-only view of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._db: Database = vault.db
        self._records = Records(vault)

    def person_names(self, person_ids: Iterable[str]) -> dict[str, str]:
        """The display name of each person: the primary spelling, else the first, else the description."""
        out: dict[str, str] = {}
        wanted: list[str] = []
        for chunk in chunks(person_ids):
            wanted += chunk
            for pid, value in self._db.query(
                f"SELECT person_id, value FROM person_names WHERE person_id IN ({marks(chunk)})"
                " ORDER BY kind != 'primary', rowid",
                chunk,
            ):
                out.setdefault(pid, value)
        for chunk in chunks(p for p in wanted if p not in out):
            for pid, description in self._db.query(
                f"SELECT id, description FROM persons WHERE id IN ({marks(chunk)})", chunk
            ):
                out[pid] = description or UNNAMED
        return out

    def person_name(self, person_id: str) -> str:
        return self.person_names([person_id]).get(person_id, "")

    def organisation_names(self, org_ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in chunks(org_ids):
            for oid, name in self._db.query(f"SELECT id, name FROM organisations WHERE id IN ({marks(chunk)})", chunk):
                out[oid] = name
        return out

    def event_titles(self, event_ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in chunks(event_ids):
            for eid, title in self._db.query(f"SELECT id, title FROM events WHERE id IN ({marks(chunk)})", chunk):
                out[eid] = title
        return out

    def case_person_ids(self, case_id: str) -> list[str]:
        """The people of a case, in the order they joined it."""
        rows = self._db.query(
            "SELECT person_id FROM case_persons WHERE case_id = ? GROUP BY person_id ORDER BY min(rowid)", (case_id,)
        )
        return [r[0] for r in rows]

    def _count(self, sql: str, params: tuple = ()) -> int:
        row = self._db.one(sql, params)
        return int(row[0]) if row else 0
