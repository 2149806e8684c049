"""Evidence items of a case: hash, type, capture metadata, what each is linked to, its custody trail."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from app.views.base import Reader


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    name: str  # the original file name, else the description, else the id
    media_type: str
    size: int
    sha256: str
    intake_time: str  # UTC, ISO 8601
    brought_by: str
    description: str
    capture: Mapping[str, Any]  # capture metadata (date, device, GPS) as read at intake
    parent_id: str | None = None  # a copy made by Casefile (metadata-free, for a pack): its original
    operation: str = ""  # how the copy was made, e.g. strip-metadata

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class Link:
    """What an item is linked to; ``name`` is the person's name or the event's title when there is one."""

    entity: str
    entity_id: str
    name: str | None


@dataclass(frozen=True)
class EvidenceDetails:
    links: tuple[Link, ...]
    custody_entries: int


def _item(row: dict) -> EvidenceItem:
    return EvidenceItem(
        row["id"],
        row["original_name"] or row["description"] or row["id"],
        row["media_type"] or "",
        row["size"] or 0,
        row["sha256"],
        row["intake_time"],
        row["brought_by"] or "",
        row["description"] or "",
        MappingProxyType(dict(row["capture"] or {})),
        row["parent_id"],
        row["operation"] or "",
    )


class EvidenceReader(Reader):
    """The case's evidence: the items brought in (originals); the copies Casefile made of one for packs
    are read with ``copies`` and shown under it, never as evidence of their own."""

    def count(self, case_id: str) -> int:
        return self._count("SELECT count(*) FROM evidence WHERE case_id = ? AND parent_id IS NULL", (case_id,))

    def page(self, case_id: str, offset: int, limit: int) -> list[EvidenceItem]:
        """Items in the order they came in."""
        rows = self._records.rows(
            "evidence",
            "case_id = ? AND parent_id IS NULL",
            (case_id,),
            "intake_time, rowid",
            limit=limit,
            offset=offset,
        )
        return [_item(r) for r in rows]

    def copies(self, evidence_id: str) -> list[EvidenceItem]:
        """The copies made of an item (metadata-free ones for packs), in the order they were made."""
        return [_item(r) for r in self._records.rows("evidence", "parent_id = ?", (evidence_id,), "intake_time, rowid")]

    def details(self, evidence_id: str) -> EvidenceDetails:
        links = self._db.query("SELECT entity, entity_id FROM evidence_links WHERE evidence_id = ?", (evidence_id,))
        people = self.person_names(i for e, i in links if e == "persons")
        events = self.event_titles(i for e, i in links if e == "events")
        named = {**{("persons", k): v for k, v in people.items()}, **{("events", k): v for k, v in events.items()}}
        return EvidenceDetails(
            tuple(Link(e, i, named.get((e, i))) for e, i in links),
            self._count("SELECT count(*) FROM custody WHERE evidence_id = ?", (evidence_id,)),
        )
