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
from typing import Any

from app.domain import date_words as words
from storage.errors import CasefileError

PRECISIONS = ("day", "days", "part_of_month", "month", "season", "year")
CERTAINTIES = ("exact", "approximate", "uncertain")

EXAMPLES = "13.11.2025, 13 November 2025, 13–15 November 2025, late November 2025, summer 2025 or about July 2025"


class DateParseError(CasefileError):
    """The text is not a date Casefile understands."""

    code = "date_not_understood"


class UnknownDateWord(DateParseError):
    """A word in a date that is not a month, a season, a part of a month or a known qualifier."""

    code = "date_unknown_word"


class NoYear(DateParseError):
    """The date names no year."""

    code = "date_no_year"


class NotACalendarDate(DateParseError):
    """A day that does not exist (31 February) or a month number above 12."""

    code = "date_not_calendar_date"


class BadDateRange(DateParseError):
    """A range that ends before it starts, has one end only, or more than two."""

    code = "date_bad_range"


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


_TOKEN = re.compile(
    r"""
    (?P<dmy>\d{1,2}[./-]\d{1,2}[./-]\d{4})(?!\d)     # 13.11.2025, 13/11/2025, 13-11-2025
    |(?P<short>\d{1,2}[./]\d{1,2}[./]\d{2})(?!\d)     # 13.11.25: refused, the century is a guess
    |(?P<ymd>\d{4}[./-]\d{1,2}[./-]\d{1,2})(?!\d)    # 2025-11-13
    |(?P<ym>\d{4}-\d{1,2})(?![\d./-])                # 2025-11
    |(?P<my>\d{1,2}[./]\d{4})(?!\d)                  # 11.2025
    |(?P<dm>\d{1,2}[./]\d{1,2})(?![\d./])            # 13.11 (in "13.11–15.11.2025")
    |(?P<num>\d+)(?P<ending>-?[^\W\d_]+)?            # 13, 2025, 13th, 13-го, 13-нен
    |(?P<word>[^\W\d_]+\.?)
    |(?P<dash>\s+-\s+|-|[–—]|\.\.+|…)
    |(?P<approx>[~≈])
    |(?P<space>[\s,]+|\.)
    |(?P<other>.)
    """,
    re.VERBOSE,
)


# One element of a date: (kind, value), e.g. ("day", 13), (words.MONTH, 11), ("date", (13, 11, 2025)).
Item = tuple[str, Any]


@dataclass
class _Point:
    """One end of a date as written: any of day, month, year, part of a month, season."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    part: tuple[int, int] | None = None
    season: tuple[int, int] | None = None
    year_borrowed: bool = False

    def set(self, name: str, value: object, raw: str) -> None:
        if getattr(self, name) is not None:
            raise DateParseError(f"“{raw}” names two {name}s in one date; write a range as 13–15 November 2025.")
        setattr(self, name, value)


def parse(text: str, *, today: dt.date | None = None) -> FuzzyDate:
    """Parse what a documenter types or a source says, in English, Russian or Kazakh.

    Every word must be understood: a typo is refused and named, never skipped."""
    raw = " ".join(text.split())
    if not raw:
        raise DateParseError("The date is empty.")
    items = _items(raw)
    certainty = "approximate" if any(k == words.APPROX for k, _ in items) else "exact"
    days_back = [v for k, v in items if k == words.TODAY]
    if days_back:
        if len(items) - (certainty != "exact") != 1 or today is None:
            raise DateParseError(f"“{raw}” is not a date Casefile understands. Try {EXAMPLES}.")
        day = today - dt.timedelta(days=days_back[0])
        return FuzzyDate(day, day, "day", certainty, raw)
    segments, range_words = _segments(items, raw)
    if len(segments) == 1:
        if range_words:
            raise BadDateRange(f"“{raw}” gives only one end of a range; give both, e.g. 13–15 November 2025.")
        start, end, precision = _resolve(segments[0], raw)
        return FuzzyDate(start, end, precision, certainty, raw)
    first, last = segments
    _share(first, last)
    (start, _, p1), (_, end, p2) = _resolve(first, raw), _resolve(last, raw)
    # Across the new year, the year written once belongs to its own end: "28 December – 3 January 2026".
    new_year = end < start and (first.month or 0) > (last.month or 13)
    if new_year and first.year_borrowed:
        first.year = (first.year or 0) - 1
        (start, _, p1) = _resolve(first, raw)
    elif new_year and last.year_borrowed:  # "28 December 2025 – 3 January"
        last.year = (last.year or 0) + 1
        (_, end, p2) = _resolve(last, raw)
    if end < start:
        raise BadDateRange(f"“{raw}”: the range ends before it starts.")
    precision = "year" if p1 == p2 == "year" else "day" if start == end else "days"
    return FuzzyDate(start, end, precision, certainty, raw)


def _items(raw: str) -> list[Item]:
    """The date as a list of (kind, value): words.MONTH, words.TO, "day", "year", "date", ..."""
    tokens = [("num" if m["num"] else m.lastgroup or "", m) for m in _TOKEN.finditer(raw)]
    out: list[Item] = []
    for i, (kind, m) in enumerate(tokens):
        text = m.group()
        if kind == "space":
            continue
        if kind == "other":
            raise UnknownDateWord(_unknown(text), word=text)
        if kind == "approx":
            out.append((words.APPROX, None))
        elif kind == "dash":
            if text == "-" and not _dash_separates(tokens, i):
                continue  # "mid-November", "13-November-2025": a hyphen inside a phrase
            out.append((words.TO, None))
        elif kind == "dmy":
            d, mo, y = re.split(r"[./-]", text)
            out.append(("date", (int(d), int(mo), int(y))))
        elif kind == "ymd":
            y, mo, d = re.split(r"[./-]", text)
            out.append(("date", (int(d), int(mo), int(y))))
        elif kind in ("ym", "my"):
            a, b = re.split(r"[./-]", text)
            out.append(("month_year", (int(b), int(a)) if kind == "ym" else (int(a), int(b))))
        elif kind == "dm":
            d, mo = re.split(r"[./]", text)
            out.append(("day_month", (int(d), int(mo))))
        elif kind == "short":
            raise NoYear(f"“{text}”: write the year in full, e.g. 13.11.2025.")
        elif kind == "num":
            out += _number(m["num"], m["ending"] or "", text)
        else:
            word = words.lookup(text)
            if word is None:
                clean = text.rstrip(".")
                raise UnknownDateWord(_unknown(clean), word=clean)
            if word.kind != words.FILLER:
                out.append((word.kind, word.value))
            if word.ablative:
                out.append((words.TO, None))
    return out


def _unknown(word: str) -> str:
    shown = word if len(word) <= 30 else word[:29] + "…"
    return f"“{shown}” is not understood in a date. Dates look like {EXAMPLES}."


def _number(digits: str, ending: str, text: str) -> list[Item]:
    """A day or a year, with what is written onto it: "13th", "13-го", "13-нен", "2025г", "13nov"."""
    ending = ending.lstrip("-")
    glued = words.lookup(ending) if ending else None
    if ending and glued is None and ending.casefold() not in words.NUMBER_ENDINGS:
        raise UnknownDateWord(_unknown(text), word=text)
    n = int(digits)
    if len(digits) == 4 and 1900 <= n <= 2100:
        kind: Item = ("year", n)
    elif len(digits) <= 2 and 1 <= n <= 31:
        kind = ("day", n)
    else:
        raise DateParseError(f"“{text}” is neither a day (1–31) nor a year. Dates look like {EXAMPLES}.")
    out = [kind]
    if glued is not None and glued.kind != words.FILLER:
        out.append((glued.kind, glued.value))
    if words.is_ablative(ending.casefold()) or (glued is not None and glued.ablative):
        out.append((words.TO, None))
    return out


def _dash_separates(tokens: list[tuple[str, re.Match[str]]], i: int) -> bool:
    """A bare hyphen separates a range between numbers ("13-15") or after a month or season
    ("July-August"); after a part of a month or between a number and a word it joins a phrase
    ("mid-November", "13-November-2025")."""
    if i == 0 or i + 1 >= len(tokens):
        return True
    left, right = _side(*tokens[i - 1], last=True), _side(*tokens[i + 1], last=False)
    if left == "space" or right == "space":
        return True
    if left == right == "number":
        return True
    return left in (words.MONTH, words.SEASON) and right != "number"


def _side(kind: str, m: re.Match[str], *, last: bool) -> str:
    """What stands next to a hyphen: "space", "number", a word's kind, or "word"."""
    if kind in ("space", "dash", "other", "approx"):
        return "space"
    if kind == "num" and m["ending"] and last:
        kind = "word"  # "13-November" ends in a word
    if kind != "word":
        return "number"
    word = words.lookup(m.group() if not m["num"] else m["ending"].lstrip("-"))
    return word.kind if word is not None else "word"


def _segments(items: list[Item], raw: str) -> tuple[list[_Point], bool]:
    """The one or two ends of the date, and whether range words ("from", "дейін") were used."""
    kinds = {k for k, _ in items}
    between = words.BETWEEN in kinds
    if words.AND in kinds and not between:
        raise DateParseError(f"“{raw}” names two dates; write a range as 13–15 November 2025.")
    points = [_Point()]
    for kind, value in items:
        if kind == words.TO or (kind == words.AND and between):
            points.append(_Point())
        elif kind in ("day", "year", words.MONTH, words.PART, words.SEASON):
            points[-1].set(kind, value, raw)
        elif kind == "date":
            d, mo, y = value
            for name, v in (("day", d), ("month", mo), ("year", y)):
                points[-1].set(name, v, raw)
        elif kind == "month_year":
            mo, y = value
            points[-1].set("month", mo, raw)
            points[-1].set("year", y, raw)
        elif kind == "day_month":
            d, mo = value
            points[-1].set("day", d, raw)
            points[-1].set("month", mo, raw)
    if len(points) > 2:
        raise BadDateRange(f"“{raw}” has more than two ends; write a range as 13–15 November 2025.")
    if any(p == _Point() for p in points):
        raise BadDateRange(f"“{raw}” gives only one end of a range; give both, e.g. 13–15 November 2025.")
    range_words = bool(kinds & {words.FROM, words.UNTIL, words.BETWEEN})
    return points, range_words


def _share(first: _Point, last: _Point) -> None:
    """What one end leaves out, the other gives: "13–15 November 2025", "November 13–15, 2025"."""
    if first.year is None and last.year is not None:
        first.year, first.year_borrowed = last.year, True
    elif last.year is None and first.year is not None:
        last.year, last.year_borrowed = first.year, True
    if first.month is None and (first.day is not None or first.part is not None):
        first.month = last.month
    if last.month is None and (last.day is not None or last.part is not None):
        last.month = first.month


def _resolve(p: _Point, raw: str) -> tuple[dt.date, dt.date, str]:
    """The days one end covers, and its precision."""
    if p.year is None:
        raise NoYear(f"“{raw}” has no year. Dates look like {EXAMPLES}.")
    y = p.year
    if p.season is not None:
        if p.month is not None or p.day is not None or p.part is not None:
            raise DateParseError(f"“{raw}” names both a season and a month or day.")
        first, last = p.season
        end_year = y + 1 if first > last else y  # winter 2025 = December 2025 – February 2026
        return dt.date(y, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1]), "season"
    if p.month is None:
        if p.day is not None or p.part is not None:
            raise DateParseError(f"“{raw}” needs a month, e.g. 13 November 2025 or late November 2025.")
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if not 1 <= p.month <= 12:
        raise NotACalendarDate(f"There is no month {p.month}.", month=str(p.month))
    if p.day is not None:
        if p.part is not None:
            raise DateParseError(f"“{raw}” names both a day and a part of the month.")
        day = _safe_date(y, p.month, p.day)
        return day, day, "day"
    last_day = calendar.monthrange(y, p.month)[1]
    if p.part is not None:
        first, last = p.part
        return dt.date(y, p.month, first), dt.date(y, p.month, min(last, last_day)), "part_of_month"
    return dt.date(y, p.month, 1), dt.date(y, p.month, last_day), "month"


def _safe_date(y: int, m: int, d: int) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise NotACalendarDate(f"{d:02d}.{m:02d}.{y} is not a calendar date.", date=f"{d:02d}.{m:02d}.{y}") from None


def add_days(date: FuzzyDate, days: int, text: str = "") -> FuzzyDate:
    """Shift a fuzzy date, keeping its precision (e.g. a 60-day reply window)."""
    delta = dt.timedelta(days=days)
    return FuzzyDate(date.start + delta, date.end + delta, date.precision, date.certainty, text)


_EXIF = re.compile(r"\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")


def exif_datetime(text: object) -> dt.datetime | None:
    """A camera's clock as EXIF writes it ("2025:11:28 10:15:00"); None when unset or garbled.

    It is the camera's local time with no zone: show it as written, never converted from UTC."""
    m = _EXIF.match(str(text or ""))
    if not m:
        return None
    year, month, day, hour, minute, second = (int(x) for x in m.groups(default="0"))
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:  # "0000:00:00 00:00:00": the camera's clock was never set
        return None
