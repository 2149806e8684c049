"""A person's status today, derived from their measures and acts: nobody types a status twice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.dates import FuzzyDate
from app.domain.deadlines import current_measures

# Measures that restrict liberty, most severe first: the status shows the most severe one in force.
MEASURE_STATUS = {
    "pre_trial_detention": "detained",
    "administrative_detention": "detained",
    "imprisonment": "imprisoned",
    "house_arrest": "house_arrest",
    "travel_ban": "travel_ban",
    "fine": "fined",
}
# Acts tell a status only when no measure does; an arrest alone says nothing of today (it may be years
# old), while a release, a charge or a fine stays true until something later happens.
ACT_STATUS = {"release": "released", "charge": "charged", "fine": "fined"}
SEVERITY = ("imprisoned", "detained", "house_arrest", "travel_ban", "charged", "fined", "released", "unknown")
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
