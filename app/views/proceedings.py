"""Proceedings of a case: court, charges, parties, hearings, and the measures with their expiry."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.dates import FuzzyDate
from app.domain.deadlines import current_measures
from app.views.base import Reader, fuzzy, texts
from app.views.people import Measure, measure_of


@dataclass(frozen=True)
class Proceeding:
    id: str
    kind: str  # vocabulary 'proceeding_kind'
    title: str
    court_id: str | None
    case_number: str
    provisions: tuple[str, ...]
    status: str  # vocabulary 'proceeding_status'
    description: str


@dataclass(frozen=True)
class Hearing:
    id: str
    proceeding_id: str
    date: FuzzyDate | None
    place: str
    outcome: str  # vocabulary 'hearing_outcome'; empty when not known
    next_date: FuzzyDate | None
    closed_session: bool
    notes: str


@dataclass(frozen=True)
class CaseMeasure:
    """A measure on a person of the case, with whether it is still the one in force."""

    measure: Measure
    person: str  # the person's name
    extended: bool  # superseded by an extension
    current: bool  # in force: not extended, not ended


@dataclass(frozen=True)
class Party:
    person_id: str
    name: str
    role: str  # vocabulary 'role'


@dataclass(frozen=True)
class ProceedingDetails:
    proceeding: Proceeding
    court: str
    parties: tuple[Party, ...]


def _proceeding(p: dict) -> Proceeding:
    return Proceeding(
        p["id"],
        p["kind"] or "",
        p["title"],
        p["court_id"],
        p["case_number"] or "",
        texts(p["provisions"]),
        p["status"] or "",
        p["description"] or "",
    )


def _hearing(h: dict) -> Hearing:
    return Hearing(
        h["id"],
        h["proceeding_id"],
        fuzzy(h["date"]),
        h["place"] or "",
        h["outcome"] or "",
        fuzzy(h["next_date"]),
        bool(h["closed_session"]),
        h["notes"] or "",
    )


class ProceedingReader(Reader):
    def all(self, case_id: str) -> list[Proceeding]:
        return [_proceeding(p) for p in self._records.rows("proceedings", "case_id = ?", (case_id,), "rowid")]

    def one(self, proceeding_id: str) -> Proceeding | None:
        row = self._records.get("proceedings", proceeding_id)
        return _proceeding(row) if row else None

    def hearing(self, hearing_id: str) -> Hearing | None:
        row = self._records.get("hearings", hearing_id)
        return _hearing(row) if row else None

    def measure(self, measure_id: str) -> Measure | None:
        row = self._records.get("measures", measure_id)
        return measure_of(row) if row else None

    def hearings(self, proceeding_ids: list[str]) -> list[Hearing]:
        """The hearings of these proceedings, by date (undated last)."""
        hearings = [_hearing(h) for h in self._records.rows_in("hearings", "proceeding_id", proceeding_ids)]
        return sorted(hearings, key=lambda h: h.date.start.isoformat() if h.date else "9999")

    def measures(self, case_id: str, proceeding_ids: list[str]) -> list[CaseMeasure]:
        """Measures on the case's people (outside any proceeding, or in one of these), by person and start."""
        people = self.case_person_ids(case_id)
        names = self.person_names(people)
        rows = [
            m
            for m in self._records.rows_in("measures", "person_id", people)
            if m["proceeding_id"] is None or m["proceeding_id"] in proceeding_ids
        ]
        extended = {m["extends_id"] for m in rows if m["extends_id"]}
        current = {m["id"] for m in current_measures(rows)}
        out = [
            CaseMeasure(measure_of(m), names.get(m["person_id"], ""), m["id"] in extended, m["id"] in current)
            for m in rows
        ]
        return sorted(
            out, key=lambda c: (c.person.casefold(), c.measure.start.start.isoformat() if c.measure.start else "")
        )

    def details(self, proceeding: Proceeding) -> ProceedingDetails:
        court = self.organisation_names([proceeding.court_id or ""]).get(proceeding.court_id or "", "")
        rows = self._db.query(
            "SELECT person_id, role FROM proceeding_parties WHERE proceeding_id = ? ORDER BY rowid", (proceeding.id,)
        )
        names = self.person_names(r[0] for r in rows)
        return ProceedingDetails(proceeding, court, tuple(Party(r[0], names.get(r[0], ""), r[1]) for r in rows))
