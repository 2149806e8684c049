"""Proceedings, their hearings, and the measures imposed on people (detention, house arrest, extensions).

Each addition is one undoable change (``app.services.changes``), attributed to the source that states
it. A measure's end, when not given, follows from its start and duration; a measure that extends the
one in force names it, so that only the newest counts (``app.domain.deadlines.current_measures``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.dates import FuzzyDate
from app.domain.deadlines import current_measures
from app.domain.durations import measure_end
from app.services.changes import ChangeService
from app.services.records import InvalidRecord, Records
from app.services.sources import (
    MissingTitle,
    NotInCase,
    attribute,
    check_code,
    check_source,
    date_json,
    text_lines,
)
from storage.vault import Vault

COURT_ROLE = "authority"  # vocabulary 'organisation_role': a court is an authority in the case
DEFENDANT = "defendant"


class NoPeopleChosen(InvalidRecord):
    """A measure was to be recorded for nobody."""

    code = "measure_without_person"
    template = "Choose the person (or people) the measure is imposed on."


@dataclass(frozen=True)
class NewProceeding:
    case_id: str
    title: str
    kind: str = "criminal"  # vocabulary 'proceeding_kind'
    court: str = ""  # the court's name: an organisation of the vault with that name, else a new one
    case_number: str = ""
    provisions: tuple[str, ...] = ()  # charged provisions, e.g. "Criminal Code art. 174(2)"
    status: str = ""  # vocabulary 'proceeding_status'
    description: str = ""
    defendants: tuple[str, ...] = ()  # person ids
    source_id: str | None = None
    quote: str = ""


@dataclass(frozen=True)
class NewHearing:
    proceeding_id: str
    date: FuzzyDate | None
    place: str = ""
    outcome: str = ""  # vocabulary 'hearing_outcome'; empty when not known
    next_date: FuzzyDate | None = None
    closed_session: bool = False
    notes: str = ""
    source_id: str | None = None
    quote: str = ""


@dataclass(frozen=True)
class NewMeasure:
    case_id: str
    person_ids: tuple[str, ...]
    type: str  # vocabulary 'measure_type'
    proceeding_id: str | None = None
    start: FuzzyDate | None = None
    duration: str = ""  # as stated: "10 days", "two months"
    expiry: FuzzyDate | None = None  # None: from start and duration, when both are known
    extends: bool = False  # extends the measure of this type in force for each person
    status: str = "active"  # vocabulary 'measure_status'
    notes: str = ""
    source_id: str | None = None
    quote: str = ""

    def end(self) -> FuzzyDate | None:
        return self.expiry or measure_end(self.start, self.duration)


class ProceedingService:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.changes = ChangeService(vault, actor)
        self.records: Records = self.changes.records

    # -- proceedings --------------------------------------------------------------------------

    def _proceeding_row(self, p: NewProceeding) -> dict:
        if not p.title.strip():
            raise MissingTitle(what="proceeding")
        return {
            "kind": check_code("proceeding_kind", p.kind, "kind of proceeding", optional=True),
            "title": p.title.strip(),
            "case_number": p.case_number.strip() or None,
            "provisions": text_lines(p.provisions),
            "status": check_code("proceeding_status", p.status, "stage of a proceeding", optional=True),
            "description": p.description.strip() or None,
        }

    def add_proceeding(self, p: NewProceeding) -> str:
        row = self._proceeding_row(p)
        self._check_case(p.case_id, p.source_id, p.defendants)
        with self.changes.change("create", "proceedings") as scope:
            records = scope.records
            court_id = self._court(records, p.case_id, p.court)
            scope.entity_id = records.insert("proceedings", {**row, "case_id": p.case_id, "court_id": court_id})
            for person_id in dict.fromkeys(p.defendants):
                records.insert(
                    "proceeding_parties", {"proceeding_id": scope.entity_id, "person_id": person_id, "role": DEFENDANT}
                )
            attribute(records, p.source_id, "proceedings", scope.entity_id, p.quote)
        return scope.entity_id

    def edit_proceeding(self, proceeding_id: str, p: NewProceeding) -> bool:
        """New values for a proceeding, its court and its defendants, as one undoable change."""
        row = self._proceeding_row(p)
        self._check_case(p.case_id, None, p.defendants)
        with self.changes.change("edit", "proceedings", proceeding_id) as scope:
            records = scope.records
            if records.get("proceedings", proceeding_id) is None:
                raise NotInCase(what="proceeding", id=proceeding_id)
            changed = records.update(
                "proceedings", proceeding_id, {**row, "court_id": self._court(records, p.case_id, p.court)}
            )
            parties = records.rows("proceeding_parties", "proceeding_id = ? AND role = ?", (proceeding_id, DEFENDANT))
            had = {r["person_id"]: r["id"] for r in parties}
            for person_id, party_id in had.items():
                if person_id not in p.defendants:
                    records.delete("proceeding_parties", party_id)
                    changed = True
            for person_id in dict.fromkeys(p.defendants):
                if person_id not in had:
                    records.insert(
                        "proceeding_parties",
                        {"proceeding_id": proceeding_id, "person_id": person_id, "role": DEFENDANT},
                    )
                    changed = True
        return changed

    def _court(self, records: Records, case_id: str, name: str) -> str | None:
        """The court by name (an organisation already in the vault, else a new one), linked to the case."""
        name = " ".join(name.split())
        if not name:
            return None
        found = [
            o for o in records.rows("organisations", "name = ? COLLATE NOCASE", (name,)) if o["kind"] in (None, "court")
        ]
        court_id = found[0]["id"] if found else records.insert("organisations", {"name": name, "kind": "court"})
        linked = records.rows("case_organisations", "case_id = ? AND organisation_id = ?", (case_id, court_id), limit=1)
        if not linked:
            records.insert("case_organisations", {"case_id": case_id, "organisation_id": court_id, "role": COURT_ROLE})
        return court_id

    def _check_case(self, case_id: str, source_id: str | None, people: tuple[str, ...]) -> None:
        records = self.records
        if records.get("cases", case_id) is None:
            raise NotInCase(what="case", id=case_id)
        check_source(records, case_id, source_id)
        for person_id in people:
            if not records.rows("case_persons", "case_id = ? AND person_id = ?", (case_id, person_id), limit=1):
                raise NotInCase(what="person", id=person_id)

    # -- hearings -----------------------------------------------------------------------------

    def _hearing_row(self, h: NewHearing) -> dict:
        return {
            "date": date_json(h.date),
            "place": h.place.strip() or None,
            "outcome": check_code("hearing_outcome", h.outcome, "hearing outcome", optional=True),
            "next_date": date_json(h.next_date),
            "closed_session": bool(h.closed_session),
            "notes": h.notes.strip() or None,
        }

    def _case_of_proceeding(self, proceeding_id: str) -> str:
        row = self.records.get("proceedings", proceeding_id)
        if row is None:
            raise NotInCase(what="proceeding", id=proceeding_id)
        return str(row["case_id"])

    def add_hearing(self, h: NewHearing) -> str:
        row = self._hearing_row(h)
        check_source(self.records, self._case_of_proceeding(h.proceeding_id), h.source_id)
        with self.changes.change("create", "hearings") as scope:
            scope.entity_id = scope.records.insert("hearings", {**row, "proceeding_id": h.proceeding_id})
            attribute(scope.records, h.source_id, "hearings", scope.entity_id, h.quote)
        return scope.entity_id

    def edit_hearing(self, hearing_id: str, h: NewHearing) -> bool:
        self._case_of_proceeding(h.proceeding_id)
        row = {**self._hearing_row(h), "proceeding_id": h.proceeding_id}
        current = self.records.get("hearings", hearing_id)
        if current is not None and current["closed_session"] is None and not h.closed_session:
            row["closed_session"] = None  # "not known to be closed" stays as it was: a box cannot say unknown
        return self.changes.edit("hearings", hearing_id, row)

    # -- measures -----------------------------------------------------------------------------

    def _measure_row(self, m: NewMeasure) -> dict:
        return {
            "type": check_code("measure_type", m.type, "measure"),
            "proceeding_id": m.proceeding_id or None,
            "start": date_json(m.start),
            "duration": " ".join(m.duration.split()) or None,
            "expiry": date_json(m.end()),
            "status": check_code("measure_status", m.status, "state of a measure", optional=True),
            "notes": m.notes.strip() or None,
        }

    def add_measures(self, m: NewMeasure) -> list[str]:
        """The measure for each person chosen (one record each), as one change; returns their ids."""
        people = tuple(dict.fromkeys(m.person_ids))
        if not people:
            raise NoPeopleChosen()
        row = self._measure_row(m)
        self._check_case(m.case_id, m.source_id, people)
        if m.proceeding_id and self._case_of_proceeding(m.proceeding_id) != m.case_id:
            raise NotInCase(what="proceeding", id=m.proceeding_id)
        ids: list[str] = []
        with self.changes.change("create", "measures") as scope:
            for person_id in people:
                extends = self._in_force(person_id, m.type, m.proceeding_id) if m.extends else None
                measure_id = scope.records.insert("measures", {**row, "person_id": person_id, "extends_id": extends})
                attribute(scope.records, m.source_id, "measures", measure_id, m.quote)
                ids.append(measure_id)
            scope.entity_id = ids[0]
        return ids

    def _in_force(self, person_id: str, kind: str, proceeding_id: str | None) -> str | None:
        """The person's measure of this type in force (the one an extension extends), latest start first."""
        rows = self.records.rows("measures", "person_id = ? AND type = ?", (person_id, kind), "rowid")
        current = [
            m for m in current_measures(rows) if not proceeding_id or m["proceeding_id"] in (None, proceeding_id)
        ]
        current.sort(key=lambda m: ((m["start"] or {}).get("start") or "", m["id"]))
        return str(current[-1]["id"]) if current else None

    def edit_measure(self, measure_id: str, m: NewMeasure) -> bool:
        """New values for one measure (its person stays; a measure for someone else is a new one)."""
        row = self._measure_row(m)
        current = self.records.get("measures", measure_id)
        if current is None:
            raise NotInCase(what="measure", id=measure_id)
        return self.changes.edit("measures", measure_id, row)
