"""What is due: measure expiries, hearings, reply windows and follow-ups, soonest first, overdue marked.

One set of rules over rows of the data model (as the database and the interchange format hold them:
dates are fuzzy-date objects), so the left column, ``casefile deadlines`` and the report cannot
disagree about what is due. A deadline carries codes, ids and a date, never words: each reader says
it in its own language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.dates import FuzzyDate

Row = Mapping[str, Any]

MEASURE_EXPIRY = "measure_expiry"
HEARING = "hearing"
NEXT_HEARING = "next_hearing"
REPLY_DUE = "reply_due"
FOLLOW_UP = "follow_up"
KINDS = (MEASURE_EXPIRY, HEARING, NEXT_HEARING, REPLY_DUE, FOLLOW_UP)

# A hearing with one of these outcomes (or none) has not taken place yet.
NOT_HELD = (None, "", "scheduled")


@dataclass(frozen=True)
class Deadline:
    kind: str  # one of KINDS
    date: FuzzyDate
    case_id: str
    entity: str  # the table the date lives in: measures, hearings, communications
    entity_id: str
    overdue: bool  # not done, and its last possible day is before today
    done: bool = False  # held, answered or closed (listed only when asked for)
    code: str | None = None  # a measure expiry: the measure's type
    person_id: str | None = None  # a measure expiry: whose measure
    proceeding_id: str | None = None  # a hearing: its proceeding


@dataclass(frozen=True)
class DeadlineGroup:
    """Deadlines a reader shows as one line: the same measure ending the same day for several people."""

    first: Deadline
    members: tuple[Deadline, ...]

    @property
    def person_ids(self) -> tuple[str, ...]:
        return tuple(d.person_id for d in self.members if d.person_id)


def is_past(date: FuzzyDate | None, today: dt.date) -> bool:
    """Whether every day a (fuzzy) date may mean is before today: what makes an open deadline overdue."""
    return date is not None and date.end < today


def replied(reply_received: object, status: str | None) -> bool:
    """A communication answered or closed: its reply window is no longer a deadline."""
    return reply_received is not None or status in ("replied", "closed")


def current_measures(measures: Iterable[Row]) -> list[Row]:
    """Measures in force: not superseded by an extension, and not ended."""
    rows = list(measures)
    extended = {m.get("extends_id") for m in rows if m.get("extends_id")}
    return [m for m in rows if m.get("id") not in extended and m.get("status") != "ended"]


def case_deadlines(
    case_id: str,
    today: dt.date,
    *,
    person_ids: Iterable[str],
    proceeding_ids: Iterable[str],
    measures: Iterable[Row],
    hearings: Iterable[Row],
    communications: Iterable[Row],
    include_done: bool = False,
) -> list[Deadline]:
    """Every deadline of one case, soonest first.

    ``measures`` may hold any person's measures: only those of the case's people, in force, outside
    any proceeding or in one of this case's, count. ``hearings`` and ``communications`` are the case's."""
    people = set(person_ids)
    proceedings = set(proceeding_ids)
    out: list[Deadline] = []

    def add(value: Any, kind: str, entity: str, row: Row, done: bool = False, **extra: Any) -> None:
        date = _date(value)
        if date is None or (done and not include_done):
            return
        overdue = not done and is_past(date, today)
        out.append(Deadline(kind, date, case_id, entity, str(row["id"]), overdue, done, **extra))

    for m in current_measures(m for m in measures if m.get("person_id") in people):
        if m.get("proceeding_id") and m.get("proceeding_id") not in proceedings:
            continue
        add(m.get("expiry"), MEASURE_EXPIRY, "measures", m, code=m.get("type"), person_id=m.get("person_id"))
    for h in hearings:
        if h.get("proceeding_id") not in proceedings:
            continue
        held = h.get("outcome") not in NOT_HELD
        add(h.get("date"), HEARING, "hearings", h, done=held, proceeding_id=h.get("proceeding_id"))
        add(h.get("next_date"), NEXT_HEARING, "hearings", h, proceeding_id=h.get("proceeding_id"))
    for c in communications:
        answered = replied(c.get("reply_received"), c.get("status"))
        add(c.get("reply_due"), REPLY_DUE, "communications", c, done=answered)
        add(c.get("follow_up"), FOLLOW_UP, "communications", c, done=c.get("status") == "closed")
    return soonest_first(out)


def soonest_first(deadlines: Iterable[Deadline]) -> list[Deadline]:
    """Overdue first, then by date; ties in a fixed order (kind, then what it is about)."""
    return sorted(
        deadlines,
        key=lambda d: (not d.overdue, d.date.sort_key, KINDS.index(d.kind), d.code or "", d.entity_id),
    )


def within(deadlines: Iterable[Deadline], today: dt.date, days: int | None) -> list[Deadline]:
    """Those due in the next ``days`` days; overdue ones always stay."""
    if days is None:
        return list(deadlines)
    limit = today + dt.timedelta(days=days)
    return [d for d in deadlines if d.overdue or d.date.start <= limit]


def group_deadlines(deadlines: Sequence[Deadline]) -> list[DeadlineGroup]:
    """The same measure ending on the same day for several people of a case becomes one group;
    every other deadline is a group of its own. The order of first appearance is kept."""
    groups: dict[tuple, list[Deadline]] = {}
    for d in deadlines:
        if d.kind == MEASURE_EXPIRY:
            key: tuple = (d.case_id, d.kind, d.date.start, d.date.end, d.code, d.overdue)
        else:
            key = ("single", len(groups))
        groups.setdefault(key, []).append(d)
    return [DeadlineGroup(members[0], tuple(members)) for members in groups.values()]


def _date(value: Any) -> FuzzyDate | None:
    if isinstance(value, FuzzyDate) or value is None:
        return value
    return FuzzyDate.from_json(value)
