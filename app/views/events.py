"""The chronology of a case: an index of event dates, and events with the acts done to each person.

The index is built in short reads (other threads get the database between them) and sorted on
packed integer keys, so a case of 100,000 events opens with one page read, not all of them.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from app.domain.dates import FuzzyDate
from app.views.base import Reader, chunks, marks, stored_date
from storage.progress import CancelToken

SCAN = 1000  # rows per read while indexing: the database lock is held for one short read only
UNDATED = dt.date.max.toordinal()


@dataclass
class EventIndex:
    """Every event of a case in chronological order: rowids, start and end day ordinals."""

    rowids: array = field(default_factory=lambda: array("q"))
    starts: array = field(default_factory=lambda: array("l"))
    ends: array = field(default_factory=lambda: array("l"))

    def __len__(self) -> int:
        return len(self.rowids)

    def dated(self) -> int:
        """How many events have a date (they come first)."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < UNDATED:
                lo = mid + 1
            else:
                hi = mid
        return lo


@dataclass(frozen=True)
class Doer:
    """Who did an act: an organisation's or a person's name, and how (vocabulary 'involvement_role')."""

    name: str
    role: str | None


@dataclass(frozen=True)
class Act:
    id: str
    event_id: str
    victim_id: str
    victim: str  # the victim's name
    type: str  # vocabulary 'act_type'
    date: FuzzyDate | None
    description: str
    doers: tuple[Doer, ...]


@dataclass(frozen=True)
class Event:
    rowid: int
    id: str
    type: str  # vocabulary 'event_type'
    title: str
    date: FuzzyDate | None
    place: str
    description: str
    acts: tuple[Act, ...]


@dataclass(frozen=True)
class Claim:
    """What a source says about a record (or one of its fields)."""

    source_title: str
    field: str | None
    quote: str


@dataclass(frozen=True)
class EventChoice:
    id: str
    title: str
    date: FuzzyDate | None = None
    place: str = ""


def _ordinal(text: str | None) -> int:
    try:
        return dt.date.fromisoformat(text).toordinal() if text else UNDATED
    except ValueError:
        return UNDATED


class EventReader(Reader):
    def index(self, case_id: str, cancel: CancelToken | None = None) -> EventIndex:
        keys: list[int] = []
        last = 0
        while True:
            if cancel is not None:
                cancel.check()
            rows = self._db.query(
                "SELECT rowid, json_extract(date, '$.start'), json_extract(date, '$.end') FROM events"
                " WHERE case_id = ? AND rowid > ? ORDER BY rowid LIMIT ?",
                (case_id, last, SCAN),
            )
            if not rows:
                break
            for rowid, start, end in rows:
                s = _ordinal(start)
                e = _ordinal(end) if end else s
                keys.append((s << 86) | (max(e, s) << 64) | rowid)
            last = rows[-1][0]
        keys.sort()
        index = EventIndex()
        mask64, mask22 = (1 << 64) - 1, (1 << 22) - 1
        index.rowids = array("q", (k & mask64 for k in keys))
        index.starts = array("l", (k >> 86 for k in keys))
        index.ends = array("l", ((k >> 64) & mask22 for k in keys))
        return index

    def load(self, rowids: list[int], *, with_acts: bool = True) -> list[Event]:
        """The events with these rowids (and their acts), in that order; deleted ones are left out."""
        if not rowids:
            return []
        found = {
            r[0]: r
            for r in self._db.query(
                f"SELECT rowid, id, type, title, date, place, description FROM events WHERE rowid IN ({marks(rowids)})",
                rowids,
            )
        }
        rows = [found[rid] for rid in rowids if rid in found]
        acts = self._acts([r[1] for r in rows]) if with_acts else {}
        return [
            Event(r[0], r[1], r[2], r[3], stored_date(r[4]), r[5] or "", r[6] or "", tuple(acts.get(r[1], ())))
            for r in rows
        ]

    def of_person(self, case_id: str, person_id: str) -> set[int]:
        """Rowids of the events in which something was done to this person."""
        rows = self._db.query(
            "SELECT DISTINCT e.rowid FROM events e JOIN acts a ON a.event_id = e.id"
            " WHERE e.case_id = ? AND a.victim_id = ?",
            (case_id, person_id),
        )
        return {r[0] for r in rows}

    def rowid_of(self, entity: str, entity_id: str) -> int | None:
        """The rowid of an event, or of the event of an act."""
        if entity == "acts":
            found = self._db.one("SELECT event_id FROM acts WHERE id = ?", (entity_id,))
            if not found:
                return None
            entity_id = found[0]
        found = self._db.one("SELECT rowid FROM events WHERE id = ?", (entity_id,))
        return found[0] if found else None

    def claims(self, entity: str, entity_id: str) -> list[Claim]:
        """What each source says about one record, in the order recorded."""
        rows = self._db.query(
            "SELECT s.title, a.field, a.quote FROM attributions a JOIN sources s ON s.id = a.source_id"
            " WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.rowid",
            (entity, entity_id),
        )
        return [Claim(r[0], r[1], r[2] or "") for r in rows]

    def latest_choices(self, case_id: str, limit: int = 200) -> list[EventChoice]:
        """The case's most recent events, with their dates and places (to link something to)."""
        rows = self._db.query(
            "SELECT id, title, date, place FROM events WHERE case_id = ?"
            " ORDER BY json_extract(date, '$.start') DESC, rowid DESC LIMIT ?",
            (case_id, limit),
        )
        return [EventChoice(r[0], r[1], stored_date(r[2]), r[3] or "") for r in rows]

    def one(self, event_id: str) -> Event | None:
        """One event with its acts."""
        rowid = self.rowid_of("events", event_id)
        found = self.load([rowid]) if rowid is not None else []
        return found[0] if found else None

    def act(self, act_id: str) -> Act | None:
        row = self._db.one("SELECT event_id FROM acts WHERE id = ?", (act_id,))
        if row is None:
            return None
        return next((a for a in self._acts([row[0]]).get(row[0], []) if a.id == act_id), None)

    def _acts(self, event_ids: list[str]) -> dict[str, list[Act]]:
        acts = []
        for chunk in chunks(event_ids):
            acts += self._db.query(
                f"SELECT id, event_id, victim_id, type, date, description FROM acts WHERE event_id IN ({marks(chunk)})"
                " ORDER BY rowid",
                chunk,
            )
        if not acts:
            return {}
        involvements = []
        for chunk in chunks(a[0] for a in acts):
            involvements += self._db.query(
                f"SELECT act_id, organisation_id, person_id, role FROM involvements WHERE act_id IN ({marks(chunk)})"
                " ORDER BY rowid",
                chunk,
            )
        orgs = self.organisation_names(r[1] for r in involvements if r[1])
        names = self.person_names([a[2] for a in acts] + [r[2] for r in involvements if r[2]])
        doers: dict[str, list[Doer]] = defaultdict(list)
        for act_id, org_id, person_id, role in involvements:
            who = orgs.get(org_id) if org_id else names.get(person_id, "")
            if who and Doer(who, role) not in doers[act_id]:
                doers[act_id].append(Doer(who, role))
        out: dict[str, list[Act]] = defaultdict(list)
        for act_id, event_id, victim_id, kind, date, description in acts:
            out[event_id].append(
                Act(
                    act_id,
                    event_id,
                    victim_id,
                    names.get(victim_id, ""),
                    kind,
                    stored_date(date),
                    description or "",
                    tuple(doers.get(act_id, ())),
                )
            )
        return out
