"""Cases: the list, one case at a glance, and the choices a form offers inside a case."""

from __future__ import annotations

from dataclasses import dataclass

from app.views.base import Reader


@dataclass(frozen=True)
class CaseSummary:
    id: str
    reference: str
    title: str
    status: str


@dataclass(frozen=True)
class CaseCounts:
    people: int
    events: int
    evidence: int
    sources: int
    communications: int


@dataclass(frozen=True)
class CaseOverview:
    id: str
    reference: str
    title: str
    summary: str
    status: str  # vocabulary 'case_status'
    counts: CaseCounts


@dataclass(frozen=True)
class Choice:
    """Something a form lets the user pick: its id and its name as recorded."""

    id: str
    name: str


class CaseReader(Reader):
    def all(self) -> list[CaseSummary]:
        rows = self._db.query("SELECT id, reference, title, status FROM cases ORDER BY title")
        return [CaseSummary(r[0], r[1] or "", r[2], r[3] or "") for r in rows]

    def exists(self, case_id: str) -> bool:
        return self._db.one("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is not None

    def find(self, ref: str) -> list[str]:
        """Ids of the cases whose id or reference is ``ref``."""
        return [r[0] for r in self._db.query("SELECT id FROM cases WHERE id = ? OR reference = ?", (ref, ref))]

    def overview(self, case_id: str) -> CaseOverview | None:
        case = self._records.get("cases", case_id)
        if case is None:
            return None
        return CaseOverview(
            case_id,
            case["reference"] or "",
            case["title"],
            case["summary"] or "",
            case["status"] or "",
            self.counts(case_id),
        )

    def counts(self, case_id: str) -> CaseCounts:
        one = (case_id,)
        return CaseCounts(
            people=self._count("SELECT count(DISTINCT person_id) FROM case_persons WHERE case_id = ?", one),
            events=self._count("SELECT count(*) FROM events WHERE case_id = ?", one),
            evidence=self._count("SELECT count(*) FROM evidence WHERE case_id = ? AND parent_id IS NULL", one),
            sources=self._count("SELECT count(*) FROM sources WHERE case_id = ?", one),
            communications=self._count("SELECT count(*) FROM communications WHERE case_id = ?", one),
        )

    def sources(self, case_id: str) -> list[Choice]:
        rows = self._db.query("SELECT id, title FROM sources WHERE case_id = ? ORDER BY rowid", (case_id,))
        return [Choice(r[0], r[1]) for r in rows]

    def organisations(self, case_id: str) -> list[Choice]:
        """The organisations linked to a case, by name."""
        rows = self._db.query(
            "SELECT DISTINCT o.id, o.name FROM organisations o JOIN case_organisations co"
            " ON co.organisation_id = o.id WHERE co.case_id = ? ORDER BY o.name",
            (case_id,),
        )
        return [Choice(r[0], r[1]) for r in rows]

    def places(self, case_id: str, limit: int = 500) -> list[str]:
        """Places already written in the case's events (for completing a new one)."""
        rows = self._db.query(
            "SELECT DISTINCT place FROM events WHERE case_id = ? AND place IS NOT NULL LIMIT ?", (case_id, limit)
        )
        return [r[0] for r in rows]
