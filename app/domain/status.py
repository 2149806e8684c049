"""A person's status today, derived from their measures and acts: nobody types a status twice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.dates import FuzzyDate
from app.domain.deadlines import current_measures

# Measures that restrict liberty, most severe first: the status shows the most severe one in force.
# Every measure type of the vocabulary has one; a test checks that none is left out.
MEASURE_STATUS = {
    "imprisonment": "imprisoned",
    "pre_trial_detention": "detained",
    "administrative_detention": "detained",
    "house_arrest": "house_arrest",
    "restriction_of_liberty": "restricted_liberty",
    "suspended_sentence": "suspended_sentence",
    "undertaking_not_to_leave": "not_to_leave",
    "travel_ban": "travel_ban",
    "bail": "on_bail",
    "activity_ban": "activity_ban",
    "fine": "fined",
}
# Acts tell a status only when no measure does; an arrest alone says nothing of today (it may be years
# old), while a release, a charge or a fine stays true until something later happens.
ACT_STATUS = {"release": "released", "charge": "charged", "fine": "fined"}
SEVERITY = (
    "imprisoned",
    "detained",
    "house_arrest",
    "restricted_liberty",  # probation with restrictions (curfew, no leaving the town)
    "suspended_sentence",  # convicted, on probation
    "not_to_leave",  # must not leave the town while the case runs
    "travel_ban",  # must not leave the country
    "on_bail",
    "activity_ban",  # barred from public or political activity
    "charged",
    "fined",
    "released",
    "unknown",
)
UNKNOWN = "unknown"


def person_status(
    measures: Iterable[Mapping[str, Any]], acts: Iterable[Mapping[str, Any]]
) -> tuple[str, FuzzyDate | None]:
    """(status code, until when) from one person's measures and the acts done to them."""
    candidates: list[tuple[str, FuzzyDate | None]] = []
    for m in current_measures(measures):
        status = MEASURE_STATUS.get(str(m.get("type")))
        if status:
            candidates.append((status, FuzzyDate.from_json(m.get("expiry"))))
    if not candidates:
        telling = [a for a in acts if a.get("type") in ACT_STATUS]
        dated = sorted(telling, key=lambda a: (a.get("date") or {}).get("end") or "")
        if dated:  # the latest act that tells a status
            return ACT_STATUS[str(dated[-1]["type"])], None
    return min(candidates, key=lambda c: SEVERITY.index(c[0]), default=(UNKNOWN, None))


def severity(status: str) -> int:
    """Rank of a status, most severe first (unknown codes last)."""
    return SEVERITY.index(status) if status in SEVERITY else len(SEVERITY)
