"""Sources of a case, what each one says (attributions), and what each claim is about."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from app.domain.dates import FuzzyDate
from app.views.base import Reader, fuzzy

# Fact records named by the person (or organisation) they are about.
_PERSON_LINKS = ("case_persons", "person_names", "person_relations", "case_organisations")


@dataclass(frozen=True)
class Source:
    id: str
    kind: str  # vocabulary 'source_kind'
    title: str
    author: str
    date: FuzzyDate | None
    reference: str
    reliability: str  # vocabulary 'reliability'
    informant: str = ""  # a confidential source's identity (secret)
    notes: str = ""


@dataclass(frozen=True)
class Attribution:
    id: str
    source_id: str
    entity: str
    entity_id: str
    field: str | None
    claim: str
    quote: str


@dataclass(frozen=True)
class Fact:
    """What a claim is about, as the case records it: a name or title, a vocabulary code (an act's or a
    measure's type) and a date (a hearing's), whichever the record has."""

    entity: str
    entity_id: str
    name: str | None = None
    code: str | None = None
    date: FuzzyDate | None = None


def _source(s: dict) -> Source:
    return Source(
        s["id"],
        s["kind"],
        s["title"],
        s["author"] or "",
        fuzzy(s["date"]),
        s["reference"] or "",
        s["reliability"] or "",
        s["informant"] or "",
        s["notes"] or "",
    )


class SourceReader(Reader):
    def all(self, case_id: str) -> list[Source]:
        return [_source(s) for s in self._records.rows("sources", "case_id = ?", (case_id,), "rowid")]

    def one(self, source_id: str) -> Source | None:
        row = self._records.get("sources", source_id)
        return _source(row) if row else None

    def of_record(self, entity: str, entity_id: str) -> list[Attribution]:
        """What the sources say about one record, in the order recorded."""
        rows = self._records.rows("attributions", "entity = ? AND entity_id = ?", (entity, entity_id), "rowid")
        return [
            Attribution(
                a["id"], a["source_id"], a["entity"], a["entity_id"], a["field"], a["claim"] or "", a["quote"] or ""
            )
            for a in rows
        ]

    def attributions(self, source_ids: list[str]) -> list[Attribution]:
        rows = self._records.rows_in("attributions", "source_id", source_ids)
        return [
            Attribution(
                a["id"], a["source_id"], a["entity"], a["entity_id"], a["field"], a["claim"] or "", a["quote"] or ""
            )
            for a in rows
        ]

    def facts(self, attributions: list[Attribution]) -> dict[tuple[str, str], Fact]:
        """What each attribution is about, by (entity, id)."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for a in attributions:
            wanted[a.entity].add(a.entity_id)
        found: list[Fact] = [Fact("persons", i, name=n) for i, n in self.person_names(wanted["persons"]).items()]
        for entity in ("events", "proceedings", "communications"):
            rows = self._records.rows_in(entity, "id", wanted[entity])
            found += [Fact(entity, r["id"], name=r.get("reference") or r["title"]) for r in rows]
        rows = self._records.rows_in("hearings", "id", wanted["hearings"])
        found += [Fact("hearings", h["id"], date=fuzzy(h["date"])) for h in rows]
        for entity, person_field in (("acts", "victim_id"), ("measures", "person_id")):
            rows = self._records.rows_in(entity, "id", wanted[entity])
            names = self.person_names(r[person_field] for r in rows)
            found += [Fact(entity, r["id"], name=names.get(r[person_field], ""), code=r["type"]) for r in rows]
        for entity in _PERSON_LINKS:
            rows = self._records.rows_in(entity, "id", wanted[entity])
            people = self.person_names(r.get("person_id") or "" for r in rows)
            orgs = self.organisation_names(r.get("organisation_id") or "" for r in rows)
            for r in rows:
                name = people.get(r.get("person_id") or "") or orgs.get(r.get("organisation_id") or "")
                if name is not None:
                    found.append(Fact(entity, r["id"], name=name))
        return {(f.entity, f.entity_id): f for f in found}
