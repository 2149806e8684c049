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

    def _by_id(self, table: str, key: str, value: str, ids: Iterable[str], order: str = "") -> dict[str, str]:
        """{key: value} of the rows of ``table`` whose ``key`` is one of ``ids`` (the first row of each
        in ``order`` wins), read in batches."""
        out: dict[str, str] = {}
        for chunk in chunks(ids):
            sql = f"SELECT {key}, {value} FROM {table} WHERE {key} IN ({marks(chunk)})"
            for k, v in self._db.query(sql + (f" ORDER BY {order}" if order else ""), chunk):
                out.setdefault(k, v)
        return out

    def person_names(self, person_ids: Iterable[str]) -> dict[str, str]:
        """The display name of each person: the primary spelling, else the first, else the description."""
        wanted = list(person_ids)
        out = self._by_id("person_names", "person_id", "value", wanted, "kind != 'primary', rowid")
        missing = self._by_id("persons", "id", "description", (p for p in wanted if p not in out))
        return {**out, **{p: d or UNNAMED for p, d in missing.items()}}

    def person_name(self, person_id: str) -> str:
        return self.person_names([person_id]).get(person_id, "")

    def organisation_names(self, org_ids: Iterable[str]) -> dict[str, str]:
        return self._by_id("organisations", "id", "name", org_ids)

    def event_titles(self, event_ids: Iterable[str]) -> dict[str, str]:
        return self._by_id("events", "id", "title", event_ids)

    def case_person_ids(self, case_id: str) -> list[str]:
        """The people of a case, in the order they joined it."""
        rows = self._db.query(
            "SELECT person_id FROM case_persons WHERE case_id = ? GROUP BY person_id ORDER BY min(rowid)", (case_id,)
        )
        return [r[0] for r in rows]

    def _count(self, sql: str, params: tuple = ()) -> int:
        row = self._db.one(sql, params)
        return int(row[0]) if row else 0
