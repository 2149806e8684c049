"""Fuzzy dates: "13 November 2025", "late November 2025", "summer 2025", "about July 2025".

A fuzzy date is a range (start, end) with a precision and a certainty, plus
the text as the user or source wrote it. Sorting uses the range; a timeline
draws it as a bar.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from storage.errors import CasefileError

PRECISIONS = ("day", "days", "part_of_month", "month", "season", "year")
CERTAINTIES = ("exact", "approximate", "uncertain")

_MONTHS = {
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    # Russian (nominative and genitive stems are matched by prefix below)
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
    # Kazakh
    "қаңтар": 1,
    "ақпан": 2,
    "наурыз": 3,
    "сәуір": 4,
    "мамыр": 5,
    "маусым": 6,
    "шілде": 7,
    "тамыз": 8,
    "қыркүйек": 9,
    "қазан": 10,
    "қараша": 11,
    "желтоқсан": 12,
}
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
    "весн": (3, 5),
    "лет": (6, 8),
    "осен": (9, 11),
    "зим": (12, 2),
    "көктем": (3, 5),
    "жаз": (6, 8),
    "күз": (9, 11),
    "қыс": (12, 2),
}
_PARTS = {
    "early": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
    "начал": (1, 10),
    "середин": (11, 20),
    "конц": (21, 31),
    "конец": (21, 31),
    "басы": (1, 10),
    "ортасы": (11, 20),
    "соңы": (21, 31),
}
_APPROX = (
    "about",
    "around",
    "approximately",
    "approx",
    "circa",
    "c.",
    "ca.",
    "примерно",
    "около",
    "шамамен",
    "reportedly",
)


class DateParseError(CasefileError):
    """The text is not a date Casefile understands."""

    code = "date_not_understood"


@dataclass(frozen=True)
class FuzzyDate:
    start: dt.date
    end: dt.date
    precision: str = "day"
    certainty: str = "exact"
    text: str = ""

    def to_json(self) -> dict:
        return {
            "text": self.text or self.label(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "certainty": self.certainty,
        }

    @classmethod
    def from_json(cls, obj: object) -> FuzzyDate | None:
        if obj is None:
            return None
        if not isinstance(obj, dict):
            raise DateParseError("a date must be an object with start and end")
        try:
            start = dt.date.fromisoformat(str(obj["start"]))
            end = dt.date.fromisoformat(str(obj.get("end") or obj["start"]))
        except (KeyError, ValueError):
            raise DateParseError("a date needs ISO start and end (YYYY-MM-DD)") from None
        if end < start:
            raise DateParseError("a date's end is before its start")
        precision = obj.get("precision") or "day"
        certainty = obj.get("certainty") or "exact"
        if precision not in PRECISIONS or certainty not in CERTAINTIES:
            raise DateParseError("unknown date precision or certainty")
        return cls(start, end, precision, certainty, str(obj.get("text") or ""))

    @classmethod
    def day(cls, year: int, month: int, day: int) -> FuzzyDate:
        d = dt.date(year, month, day)
        return cls(d, d, "day", "exact", "")

    def label(self) -> str:
        if self.text:
            return self.text
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def sort_key(self) -> tuple[dt.date, dt.date]:
        return (self.start, self.end)


def parse(text: str, *, today: dt.date | None = None) -> FuzzyDate:
    """Parse what a documenter types or a source says, in English, Russian or Kazakh."""
    raw = " ".join(text.split())
    if not raw:
        raise DateParseError("empty date")
    s = raw.lower().replace("–", "-").replace("—", "-")
    certainty = "exact"
    for word in _APPROX:
        if s.startswith(word + " ") or s.startswith(word):
            if s.startswith(word):
                s = s[len(word) :].strip(" ,")
                certainty = "approximate" if word != "reportedly" else "exact"
                break
    if s in ("today", "сегодня", "бүгін") and today:
        return FuzzyDate(today, today, "day", certainty, raw)
    # ISO 2025-11-13, dotted 13.11.2025, slashed 13/11/2025
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]), certainty, raw)
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", s)
    if m:
        return _day(int(m[3]), int(m[2]), int(m[1]), certainty, raw)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s) or re.fullmatch(r"(\d{1,2})[./](\d{4})", s)
    if m:
        y, mo = (int(m[1]), int(m[2])) if len(m[1]) == 4 else (int(m[2]), int(m[1]))
        return _month(y, mo, certainty, raw)
    m = re.fullmatch(r"(\d{4})", s.rstrip(" гж.ы"))
    if m:
        y = int(m[1])
        return FuzzyDate(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", certainty, raw)
    tokens = re.findall(r"[^\W\d_]+\.?|\d+", s)
    year = next((int(t) for t in tokens if t.isdigit() and len(t) == 4), None)
    if year is None:
        raise DateParseError(f"no year in {raw!r}")
    words = [t.rstrip(".") for t in tokens if not t.isdigit()]
    numbers = [int(t) for t in tokens if t.isdigit() and len(t) <= 2]
    month = next((_month_of(w) for w in words if _month_of(w)), None)
    season = next((_season_of(w) for w in words if _season_of(w)), None)
    part = next((_part_of(w) for w in words if _part_of(w)), None)
    if month and len(numbers) == 2 and re.search(r"\d+\s*-\s*\d+", s):
        first, last = numbers
        start, end = _safe_date(year, month, first), _safe_date(year, month, last)
        if end < start:
            raise DateParseError(f"{raw!r}: the range ends before it starts")
        return FuzzyDate(start, end, "days", certainty, raw)
    if month and len(numbers) == 1:
        return _day(year, month, numbers[0], certainty, raw)
    if month and part:
        last = calendar.monthrange(year, month)[1]
        return FuzzyDate(
            dt.date(year, month, part[0]), dt.date(year, month, min(part[1], last)), "part_of_month", certainty, raw
        )
    if month:
        return _month(year, month, certainty, raw)
    if season:
        first, last = season
        if first > last:  # winter spans the new year: "winter 2025" = Dec 2025 – Feb 2026
            end_year = year + 1
        else:
            end_year = year
        end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
        return FuzzyDate(dt.date(year, first, 1), end, "season", certainty, raw)
    raise DateParseError(f"{raw!r} is not a date Casefile understands (try 13.11.2025 or 'late November 2025')")


def _safe_date(y: int, m: int, d: int) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise DateParseError(f"{d:02d}.{m:02d}.{y} is not a calendar date") from None


def _day(y: int, m: int, d: int, certainty: str, raw: str) -> FuzzyDate:
    day = _safe_date(y, m, d)
    return FuzzyDate(day, day, "day", certainty, raw)


def _month(y: int, m: int, certainty: str, raw: str) -> FuzzyDate:
    if not 1 <= m <= 12:
        raise DateParseError(f"month {m} does not exist")
    return FuzzyDate(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month", certainty, raw)


def _month_of(word: str) -> int | None:
    if word in _MONTHS:
        return _MONTHS[word]
    if len(word) >= 3:
        for stem, n in _MONTHS.items():
            if len(stem) >= 3 and word.startswith(stem):
                return n
        for name, n in list(_MONTHS.items())[:12]:
            if name.startswith(word):
                return n
    if word in ("мая", "май"):
        return 5
    return None


def _season_of(word: str) -> tuple[int, int] | None:
    for stem, rng in _SEASONS.items():
        if word.startswith(stem):
            return rng
    return None


def _part_of(word: str) -> tuple[int, int] | None:
    for stem, rng in _PARTS.items():
        if word.startswith(stem):
            return rng
    return None


def add_days(date: FuzzyDate, days: int, text: str = "") -> FuzzyDate:
    """Shift a fuzzy date, keeping its precision (e.g. a 60-day reply window)."""
    delta = dt.timedelta(days=days)
    return FuzzyDate(date.start + delta, date.end + delta, date.precision, date.certainty, text)
