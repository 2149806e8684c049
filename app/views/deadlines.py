"""Deadlines across the vault's cases (rules: ``app.domain.deadlines``), with the names a reader shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain import deadlines as rules
from app.domain.deadlines import Deadline
from app.views.base import Reader


@dataclass(frozen=True)
class NamedDeadline:
    """A deadline and what it is about, as recorded: whose measure, which proceeding or letter."""

    deadline: Deadline
    person: str  # a measure expiry: the person's name
    subject: str  # a hearing: the proceeding's title; a reply or follow-up: the letter's reference or title


@dataclass(frozen=True)
class DeadlineLine:
    """One line of a deadline list: a deadline, or one measure ending the same day for several people."""

    deadline: Deadline  # the first of the line
    subject: str
    people: tuple[str, ...]  # names, for measure expiries


class DeadlineReader(Reader):
    def due(
        self,
        today: dt.date,
        *,
        case_id: str | None = None,
        horizon_days: int | None = None,
        include_done: bool = False,
    ) -> list[Deadline]:
        """Deadlines of one case or of all, soonest first, overdue marked (and first)."""
        case_ids = [case_id] if case_id else [r[0] for r in self._db.query("SELECT id FROM cases ORDER BY title")]
        found: list[Deadline] = []
        for cid in case_ids:
            found += self._case(cid, today, include_done)
        return rules.within(rules.soonest_first(found), today, horizon_days)

    def named(self, deadlines: list[Deadline]) -> list[NamedDeadline]:
        people = self.person_names(d.person_id or "" for d in deadlines)
        subjects = self._subjects(deadlines)
        return [
            NamedDeadline(d, people.get(d.person_id or "", ""), subjects.get(_subject_key(d), "")) for d in deadlines
        ]

    def lines(
        self, today: dt.date, *, case_id: str | None = None, horizon_days: int | None = None, limit: int | None = None
    ) -> list[DeadlineLine]:
        """What a deadline list shows: measure expiries of many people on one day folded into one line."""
        due = self.due(today, case_id=case_id, horizon_days=horizon_days)
        people = self.person_names(d.person_id or "" for d in due)
        subjects = self._subjects(due)
        out = [
            DeadlineLine(
                g.first,
                subjects.get(_subject_key(g.first), ""),
                tuple(sorted((people.get(p, "") for p in g.person_ids), key=str.casefold)),
            )
            for g in rules.group_deadlines(due)
        ]
        return out[:limit] if limit else out

    def _case(self, case_id: str, today: dt.date, include_done: bool) -> list[Deadline]:
        rows = self._records
        person_ids = self.case_person_ids(case_id)
        proceeding_ids = [r[0] for r in self._db.query("SELECT id FROM proceedings WHERE case_id = ?", (case_id,))]
        return rules.case_deadlines(
            case_id,
            today,
            person_ids=person_ids,
            proceeding_ids=proceeding_ids,
            measures=rows.rows_in("measures", "person_id", person_ids),
            hearings=rows.rows_in("hearings", "proceeding_id", proceeding_ids),
            communications=rows.rows("communications", "case_id = ?", (case_id,)),
            include_done=include_done,
        )

    def _subjects(self, deadlines: list[Deadline]) -> dict[tuple[str, str], str]:
        proceedings = {d.proceeding_id for d in deadlines if d.proceeding_id}
        letters = {d.entity_id for d in deadlines if d.entity == "communications"}
        out: dict[tuple[str, str], str] = {}
        for p in self._records.rows_in("proceedings", "id", proceedings):
            out[("proceedings", p["id"])] = p["title"]
        for c in self._records.rows_in("communications", "id", letters):
            out[("communications", c["id"])] = c["reference"] or c["title"]
        return out


def _subject_key(d: Deadline) -> tuple[str, str]:
    if d.proceeding_id:
        return ("proceedings", d.proceeding_id)
    return (d.entity, d.entity_id)
