"""Durations as sources and decisions state them ("10 days", "two months", "2 месяца", "екі ай"), and the
end of a measure they give: the start shifted by the duration, as fuzzy as the start was."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.domain.dates import FuzzyDate

DAYS, WEEKS, MONTHS, YEARS = "days", "weeks", "months", "years"

_UNITS: dict[str, str] = {}
for _unit, _words in (
    (DAYS, "day days д дн день дня дней сут сутки суток күн тәулік"),
    (WEEKS, "week weeks нед неделя недели недель апта"),
    (MONTHS, "month months mo мес месяц месяца месяцев ай"),
    (YEARS, "year years yr г год года лет жыл"),
):
    for _word in _words.split():
        _UNITS[_word] = _unit

_NUMBERS: dict[str, int] = {}
for _n, _words in enumerate(
    (
        "one a an один одна одни одну бір",
        "two два две екі",
        "three три үш",
        "four четыре төрт",
        "five пять бес",
        "six шесть алты",
        "seven семь жеті",
        "eight восемь сегіз",
        "nine девять тоғыз",
        "ten десять он",
        "eleven одиннадцать",
        "twelve двенадцать",
    ),
    start=1,
):
    for _word in _words.split():
        _NUMBERS[_word] = _n

_DURATION = re.compile(r"^\s*(?:for\s+|на\s+)?(\d{1,4}|[^\W\d_]+)[\s-]*([^\W\d_]+)\.?\s*$")


@dataclass(frozen=True)
class Duration:
    amount: int
    unit: str  # DAYS, WEEKS, MONTHS or YEARS


def parse_duration(text: str) -> Duration | None:
    """The duration a text states, or None when it states none Casefile can count ("until the trial")."""
    m = _DURATION.match((text or "").casefold())
    if not m:
        return None
    number, word = m.groups()
    amount = int(number) if number.isdigit() else _NUMBERS.get(number)
    unit = _UNITS.get(word)
    if not amount or unit is None:
        return None
    return Duration(amount, unit)


def _shift(day: dt.date, d: Duration) -> dt.date:
    if d.unit == DAYS:
        return day + dt.timedelta(days=d.amount)
    if d.unit == WEEKS:
        return day + dt.timedelta(weeks=d.amount)
    months = d.amount * (12 if d.unit == YEARS else 1)
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    # The last day of a month stays the last day: "late November" plus two months is late January, to the 31st.
    month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return dt.date(year, month, last if month_end else min(day.day, last))


def measure_end(start: FuzzyDate | None, duration: str) -> FuzzyDate | None:
    """When a measure that began on ``start`` and lasts ``duration`` ends: every day the start may mean,
    shifted. None when either is missing or the duration is not a count of days, weeks, months or years."""
    d = parse_duration(duration)
    if start is None or d is None:
        return None
    first, last = _shift(start.start, d), _shift(start.end, d)
    precision = "day" if first == last else "days"
    return FuzzyDate(first, last, precision, start.certainty, "")
