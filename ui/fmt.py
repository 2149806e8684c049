"""Short, readable labels for fuzzy dates, sizes, numbers and time left, in the interface language.

Month names and digits come from ``QLocale``; the order of day, month and year (and the Russian
"г." or the Kazakh "ж.") comes from translatable patterns, so each language reads naturally:
"13 November 2025", «13 ноября 2025 г.», «2025 ж. 13 қараша». A fuzzy date keeps the text the
source gave ("late November 2025") in its tooltip; its label is the range, written per language.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from ui.i18n import counted, locale_for

if TYPE_CHECKING:
    from app.domain.dates import FuzzyDate

_state = {"lang": "en", "locale": locale_for("en")}


def set_language(lang: str) -> None:
    _state["lang"], _state["locale"] = lang, locale_for(lang)


def locale() -> QLocale:
    return _state["locale"]  # type: ignore[return-value]


def _fill(pattern: str, *values: object) -> str:
    """Qt's %1, %2 … placeholders (highest first, so %1 never eats the start of %10)."""
    for i in range(len(values), 0, -1):
        pattern = pattern.replace(f"%{i}", str(values[i - 1]))
    return pattern


def _month(m: int, long: bool = False) -> str:
    """The month's name as used inside a date ("13 ноября")."""
    return locale().monthName(m, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def _month_alone(m: int, long: bool = False) -> str:
    """The month's name standing alone ("ноябрь 2025"), in the case the running text uses."""
    loc = locale()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    alone, inside = loc.standaloneMonthName(m, kind), loc.monthName(m, kind)
    if alone and inside and inside[0].islower():
        alone = alone[0].lower() + alone[1:]
    return alone


def _day(d: dt.date, long: bool = False) -> str:
    if long:
        pattern = QCoreApplication.translate("fmt", "%1 %2 %3", "a date in full: %1 day, %2 month name, %3 year")
    else:
        pattern = QCoreApplication.translate("fmt", "%1 %2 %3", "a date in a table: %1 day, %2 short month, %3 year")
    return _fill(pattern, d.day, _month(d.month, long), d.year)


def _as_date(value: FuzzyDate | dict | None) -> FuzzyDate | None:
    if isinstance(value, dict):
        from app.domain.dates import FuzzyDate

        return FuzzyDate.from_json(value)
    return value


def _season(month: int, year: int, long: bool) -> str:
    if month == 3:
        pattern = (
            QCoreApplication.translate("fmt", "spring %1", "in full; %1 year")
            if long
            else QCoreApplication.translate("fmt", "spring %1", "in a table; %1 year")
        )
    elif month == 6:
        pattern = (
            QCoreApplication.translate("fmt", "summer %1", "in full; %1 year")
            if long
            else QCoreApplication.translate("fmt", "summer %1", "in a table; %1 year")
        )
    elif month == 9:
        pattern = (
            QCoreApplication.translate("fmt", "autumn %1", "in full; %1 year")
            if long
            else QCoreApplication.translate("fmt", "autumn %1", "in a table; %1 year")
        )
    elif month == 12:
        pattern = (
            QCoreApplication.translate("fmt", "winter %1", "in full; %1 year (the winter starting in December)")
            if long
            else QCoreApplication.translate("fmt", "winter %1", "in a table; %1 year (the winter starting in December)")
        )
    else:
        return month_year(month, year, long)
    return _fill(pattern, year)


def _part_of_month(first_day: int, last_day: int, month: int, year: int, long: bool) -> str:
    if first_day <= 1 and last_day <= 10:
        pattern = (
            QCoreApplication.translate("fmt", "early %1 %2", "in full; first third of a month: %1 month, %2 year")
            if long
            else QCoreApplication.translate(
                "fmt", "early %1 %2", "in a table; first third of a month: %1 month, %2 year"
            )
        )
    elif first_day <= 11:
        pattern = (
            QCoreApplication.translate("fmt", "mid %1 %2", "in full; middle of a month: %1 month, %2 year")
            if long
            else QCoreApplication.translate("fmt", "mid %1 %2", "in a table; middle of a month: %1 month, %2 year")
        )
    else:
        pattern = (
            QCoreApplication.translate("fmt", "late %1 %2", "in full; last third of a month: %1 month, %2 year")
            if long
            else QCoreApplication.translate("fmt", "late %1 %2", "in a table; last third of a month: %1 month, %2 year")
        )
    return _fill(pattern, _month(month, long), year)


def month_year(month: int, year: int, long: bool = False) -> str:
    """ "Nov 2025", «нояб. 2025», «2025 ж. қар.» (the timeline's axis, month-precise dates)."""
    if long:
        pattern = QCoreApplication.translate("fmt", "%1 %2", "a month in full: %1 month name, %2 year")
    else:
        pattern = QCoreApplication.translate("fmt", "%1 %2", "a month in a table: %1 short month name, %2 year")
    return _fill(pattern, _month_alone(month, long), year)


def fuzzy(value: FuzzyDate | dict | None, *, long: bool = False) -> str:
    """ "13 Nov 2025", "late Nov 2025", "17–23 Nov 2025", "summer 2025", "c. July 2025".

    ``long`` writes month names in full (and, in Russian and Kazakh, "г." / "ж."): for sentences
    and details; the short form is for table columns."""
    fd = _as_date(value)
    if fd is None:
        return ""
    s, e = fd.start, fd.end
    if fd.precision == "day" or s == e:
        text = _day(s, long)
    elif fd.precision == "part_of_month" and (s.year, s.month) == (e.year, e.month):
        text = _part_of_month(s.day, e.day, s.month, s.year, long)
    elif fd.precision == "month":
        text = month_year(s.month, s.year, long)
    elif fd.precision == "season":
        text = _season(s.month, s.year, long)
    elif fd.precision == "year" and s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
        text = str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    elif (s.year, s.month) == (e.year, e.month):
        if long:
            pattern = QCoreApplication.translate(
                "fmt", "%1–%2 %3 %4", "in full; days of one month: %1 first day, %2 last day, %3 month, %4 year"
            )
        else:
            pattern = QCoreApplication.translate(
                "fmt", "%1–%2 %3 %4", "in a table; days of one month: %1 first day, %2 last day, %3 month, %4 year"
            )
        text = _fill(pattern, s.day, e.day, _month(s.month, long), s.year)
    elif s.year == e.year:
        if long:
            pattern = QCoreApplication.translate(
                "fmt", "%1 %2 – %3 %4 %5", "in full; a range in one year: %1 day, %2 month, %3 day, %4 month, %5 year"
            )
        else:
            pattern = QCoreApplication.translate(
                "fmt",
                "%1 %2 – %3 %4 %5",
                "in a table; a range in one year: %1 day, %2 month, %3 day, %4 month, %5 year",
            )
        text = _fill(pattern, s.day, _month(s.month, long), e.day, _month(e.month, long), s.year)
    else:
        text = _fill(QCoreApplication.translate("fmt", "%1 – %2", "a range of two dates"), _day(s, long), _day(e, long))
    if fd.certainty != "exact":
        if long:
            pattern = QCoreApplication.translate("fmt", "c. %1", "an approximate date, in full")
        else:
            pattern = QCoreApplication.translate("fmt", "c. %1", "an approximate date, in a table")
        text = _fill(pattern, text)
    return text


def fuzzy_tooltip(value: FuzzyDate | dict | None) -> str:
    """The date in full, and the words the source used when they say more ("late November 2025")."""
    fd = _as_date(value)
    if fd is None:
        return ""
    text = fuzzy(fd, long=True)
    said = (fd.text or "").strip()
    if said and said.casefold() != text.casefold():
        text += QCoreApplication.translate("fmt", " (the source says: “%1”)").replace("%1", said)
    return text


def days_left(target: dt.date, today: dt.date) -> str:
    n = (target - today).days
    if n == 0:
        return QCoreApplication.translate("fmt", "today")
    if n == 1:
        return QCoreApplication.translate("fmt", "tomorrow")
    if n == -1:
        return QCoreApplication.translate("fmt", "yesterday")
    if n > 0:
        return counted.in_days(n)
    return counted.days_ago(-n)


def number(n: int) -> str:
    """1,500 / 1 500, the locale's way."""
    return locale().toString(int(n))


def size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1000:
        return _fill(QCoreApplication.translate("fmt", "%1 bytes", "a file size under 1 KB"), n)
    units = (
        QCoreApplication.translate("fmt", "%1 KB", "kilobytes"),
        QCoreApplication.translate("fmt", "%1 MB", "megabytes"),
        QCoreApplication.translate("fmt", "%1 GB", "gigabytes"),
        QCoreApplication.translate("fmt", "%1 TB", "terabytes"),
    )
    value = float(n)
    for i, pattern in enumerate(units):
        value /= 1000
        if value < 1000 or i == len(units) - 1:
            return _fill(pattern, locale().toString(value, "f", 1))
    return str(n)


def moment(iso: str | None) -> str:
    """A stored UTC time ("2026-03-10T09:00:00Z"), shown in local time: "10 Mar 2026, 09:00"."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    qt = QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second), QTimeZone.utc()
    ).toLocalTime()
    day = dt.date(qt.date().year(), qt.date().month(), qt.date().day())
    return _fill(
        QCoreApplication.translate("fmt", "%1, %2", "a date and a time of day"), _day(day), qt.time().toString("HH:mm")
    )


def clock(when: dt.datetime) -> str:
    """A time as a clock showed it, with no zone (a camera's EXIF time): written the locale's way and never
    converted, since nobody knows which zone the camera's clock was set to: "28 November 2025, 10:15"."""
    return _fill(
        QCoreApplication.translate("fmt", "%1, %2", "a date and a time of day"),
        _day(when.date(), long=True),
        f"{when.hour:02d}:{when.minute:02d}",
    )


def plain(key: str | None) -> str:
    """An unknown vocabulary key, made readable."""
    return (key or "").replace("_", " ")
