"""Reading a case the way a documenter looks at it: who is at risk, their status, what is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.dates import FuzzyDate
from app.services.records import Records
from storage.vault import Vault

# Measures that restrict liberty, most severe first: the status badge shows the
# most severe one still in force.
_MEASURE_STATUS = {
    "pre_trial_detention": "detained",
    "administrative_detention": "detained",
    "imprisonment": "imprisoned",
    "house_arrest": "house_arrest",
    "travel_ban": "travel_ban",
    "fine": "fined",
}
# Acts tell a status only when no measure does; an arrest alone says nothing of today (it may be years
# old), while a release, a charge or a fine stays true until something later happens.
_ACT_STATUS = {"release": "released", "charge": "charged", "fine": "fined"}
_SEVERITY = ["imprisoned", "detained", "house_arrest", "travel_ban", "charged", "fined", "released", "unknown"]


@dataclass(frozen=True)
class CaseSummary:
    id: str
    reference: str
    title: str
    status: str


@dataclass(frozen=True)
class PersonStatus:
    person_id: str
    name: str
    roles: tuple[str, ...]
    status: str  # detained, house_arrest, released, fined, charged, unknown
    until: FuzzyDate | None  # the measure's expiry, if any


@dataclass(frozen=True)
class Deadline:
    date: FuzzyDate
    kind: str  # measure_expiry, hearing, hearing_outcome, reply_due, follow_up
    title: str
    case_id: str
    entity: str
    entity_id: str
    overdue: bool


def list_cases(vault: Vault) -> list[CaseSummary]:
    return [
        CaseSummary(r[0], r[1] or "", r[2], r[3] or "")
        for r in vault.db.query("SELECT id, reference, title, status FROM cases ORDER BY title")
    ]


def display_name(records: Records, person_id: str) -> str:
    names = records.rows("person_names", "person_id = ?", (person_id,), "kind != 'primary', rowid")
    if names:
        return names[0]["value"]
    person = records.get("persons", person_id)
    return (person or {}).get("description") or person_id


def current_measures(records: Records, person_id: str) -> list[dict]:
    """Measures not superseded by an extension and not ended."""
    measures = records.rows("measures", "person_id = ?", (person_id,))
    extended = {m["extends_id"] for m in measures if m["extends_id"]}
    return [m for m in measures if m["id"] not in extended and m["status"] != "ended"]


def person_status(records: Records, person_id: str, roles: tuple[str, ...] = ()) -> PersonStatus:
    candidates: list[tuple[str, FuzzyDate | None]] = []
    for m in current_measures(records, person_id):
        status = _MEASURE_STATUS.get(m["type"])
        if status:
            candidates.append((status, FuzzyDate.from_json(m["expiry"])))
    if not candidates:
        acts = [a for a in records.rows("acts", "victim_id = ?", (person_id,)) if a["type"] in _ACT_STATUS]
        dated = sorted(acts, key=lambda a: (a["date"] or {}).get("end") or "")
        if dated:  # the latest act that tells a status
            return PersonStatus(
                person_id, display_name(records, person_id), roles, _ACT_STATUS[dated[-1]["type"]], None
            )
    status, until = min(candidates, key=lambda c: _SEVERITY.index(c[0]), default=("unknown", None))
    return PersonStatus(person_id, display_name(records, person_id), roles, status, until)


def people_at_risk(vault: Vault, case_id: str) -> list[PersonStatus]:
    records = Records(vault)
    roles: dict[str, list[str]] = {}
    for row in records.rows("case_persons", "case_id = ?", (case_id,), "rowid"):
        roles.setdefault(row["person_id"], []).append(row["role"])
    return [person_status(records, pid, tuple(r)) for pid, r in roles.items()]


def deadlines(
    vault: Vault,
    today: dt.date,
    *,
    case_id: str | None = None,
    horizon_days: int | None = None,
    include_done: bool = False,
) -> list[Deadline]:
    """Measure expiries, hearings, reply windows and follow-ups, soonest first, overdue marked."""
    records = Records(vault)
    out: list[Deadline] = []
    cases = [case_id] if case_id else [c.id for c in list_cases(vault)]
    for cid in cases:
        out += _case_deadlines(records, cid, today, include_done)
    if horizon_days is not None:
        limit = today + dt.timedelta(days=horizon_days)
        out = [d for d in out if d.overdue or d.date.start <= limit]
    return sorted(out, key=lambda d: (not d.overdue, d.date.sort_key, d.title))


def _case_deadlines(records: Records, case_id: str, today: dt.date, include_done: bool) -> list[Deadline]:
    out: list[Deadline] = []

    def add(date_obj: dict | None, kind: str, title: str, entity: str, entity_id: str, done: bool = False) -> None:
        date = FuzzyDate.from_json(date_obj)
        if date is None or (done and not include_done):
            return
        out.append(Deadline(date, kind, title, case_id, entity, entity_id, overdue=not done and date.end < today))

    person_ids = {r["person_id"] for r in records.rows("case_persons", "case_id = ?", (case_id,))}
    proceedings = {p["id"]: p for p in records.rows("proceedings", "case_id = ?", (case_id,))}
    for pid in sorted(person_ids):
        for m in current_measures(records, pid):
            if m["proceeding_id"] and m["proceeding_id"] not in proceedings:
                continue
            name = display_name(records, pid)
            add(m["expiry"], "measure_expiry", f"{m['type'].replace('_', ' ')} ends: {name}", "measures", m["id"])
    for h in records.rows_in("hearings", "proceeding_id", proceedings):
        title = proceedings[h["proceeding_id"]]["title"]
        held = h["outcome"] not in (None, "", "scheduled")
        add(h["date"], "hearing", f"Hearing: {title}", "hearings", h["id"], done=held)
        add(h["next_date"], "hearing", f"Next hearing: {title}", "hearings", h["id"])
    for c in records.rows("communications", "case_id = ?", (case_id,)):
        label = c["reference"] or c["title"]
        replied = c["reply_received"] is not None or c["status"] in ("replied", "closed")
        add(c["reply_due"], "reply_due", f"Reply due: {label}", "communications", c["id"], done=replied)
        add(c["follow_up"], "follow_up", f"Follow up: {label}", "communications", c["id"], done=c["status"] == "closed")
    return out
