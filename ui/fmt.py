"""Short, readable labels for fuzzy dates, sizes and time left, in the interface language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from app.domain.dates import FuzzyDate

_locale = QLocale(QLocale.Language.English)


def set_language(lang: str) -> None:
    global _locale
    _locale = QLocale(
        {"ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}.get(lang, QLocale.Language.English)
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("fmt", text)


def _month(m: int, long: bool = False) -> str:
    return _locale.monthName(m, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def _day(d: dt.date, long: bool = False) -> str:
    return f"{d.day} {_month(d.month, long)} {d.year}"


def _as_date(value: FuzzyDate | dict | None) -> FuzzyDate | None:
    if isinstance(value, dict):
        from app.domain.dates import FuzzyDate

        return FuzzyDate.from_json(value)
    return value


def fuzzy(value: FuzzyDate | dict | None, *, long: bool = False) -> str:
    """ "13 Nov 2025", "late Nov 2025", "17–23 Nov 2025", "summer 2025", "c. July 2025"."""
    fd = _as_date(value)
    if fd is None:
        return ""
    s, e = fd.start, fd.end
    if fd.precision == "day" or s == e:
        text = _day(s, long)
    elif fd.precision == "part_of_month" and (s.year, s.month) == (e.year, e.month):
        part = _tr("early") if s.day <= 1 and e.day <= 10 else _tr("mid") if s.day <= 11 else _tr("late")
        text = f"{part} {_month(s.month, long)} {s.year}"
    elif fd.precision == "month":
        text = f"{_month(s.month, long)} {s.year}"
    elif fd.precision == "season":
        names = {3: _tr("spring"), 6: _tr("summer"), 9: _tr("autumn"), 12: _tr("winter")}
        text = f"{names.get(s.month, _month(s.month))} {s.year}"
    elif fd.precision == "year" and s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
        text = str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    elif (s.year, s.month) == (e.year, e.month):
        text = f"{s.day}–{e.day} {_month(s.month, long)} {s.year}"
    elif s.year == e.year:
        text = f"{s.day} {_month(s.month, long)} – {e.day} {_month(e.month, long)} {s.year}"
    else:
        text = f"{_day(s, long)} – {_day(e, long)}"
    if fd.certainty != "exact":
        text = _tr("c. ") + text
    return text


def fuzzy_tooltip(value: FuzzyDate | dict | None) -> str:
    """The date as the source wrote it, when that says more than the short label."""
    fd = _as_date(value)
    if fd is None:
        return ""
    return fd.text or fuzzy(fd, long=True)


def days_left(target: dt.date, today: dt.date) -> str:
    n = (target - today).days
    if n == 0:
        return _tr("today")
    if n == 1:
        return _tr("tomorrow")
    if n == -1:
        return _tr("yesterday")
    if n > 0:
        return _tr("in %n days").replace("%n", str(n))
    return _tr("%n days ago").replace("%n", str(-n))


def size(n: int | None) -> str:
    if n is None:
        return ""
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return str(n)


def plain(key: str | None) -> str:
    """An unknown vocabulary key, made readable."""
    return (key or "").replace("_", " ")
