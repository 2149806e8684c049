"""Uwazi's CSV import rules, as its own code states them.

Read from HURIDOCS' Uwazi, ``app/api/csv/`` (``csvDefinitions.ts``, ``entityRow.ts``,
``typeParsers*.ts``, ``importThesauri.ts``, ``validateColumns.ts``) and
``app/shared/propertyNames.ts``:

- a column header becomes a property name through ``safeName``: trimmed, every
  character outside ``a-z0-9`` (either case) replaced by ``_``, lower-cased;
- ``name__xx`` is the column of property ``name`` in language ``xx``; a property
  given per language must have a column for the instance's default language;
- ``|`` separates the values of multiselects, relationships, multi-date
  properties and ``attachments``; a geolocation is ``lat|lon``;
- ``Group::Term`` names a term nested in a group of a thesaurus;
- a date is read with moment in ``YYYY-MM-DD`` (among other formats), a range is
  ``from:to``;
- a relationship cell lists the titles of the entities it points to;
- a thesaurus CSV has one column per language, headed by the language's English
  name (``availableLanguages[].label``), and a term nested under the row above it
  starts with ``-``.

Uwazi reads the file with csvtojson 2.0.10, delimiter ``,`` or ``;`` (guessed from
the header line), cells trimmed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

MULTI = "|"
GROUP = "::"
RANGE = ":"
LANGUAGE_SEPARATOR = "__"
# Uwazi's availableLanguages: the English name heads a language's column in a thesaurus CSV.
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
LANGUAGES = tuple(LANGUAGE_NAMES)

_UNSAFE = re.compile(r"[^a-z0-9]", re.IGNORECASE | re.ASCII)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NUMBER = r"[-+]?\d{1,3}(?:[.,]\d+)?"
_DECIMAL_PAIR = re.compile(rf"^\s*({_NUMBER})\s*[,;\s]\s*({_NUMBER})\s*$")
_DMS = re.compile(
    r"(\d{1,3}(?:[.,]\d+)?)\s*[°º˚]\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*)?(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:\"|″|''|”)\s*)?"
    r"([NSEWnsew])"
)


def safe_name(label: str) -> str:
    """Uwazi's ``safeName`` (the classic rule): what a column header or property label becomes."""
    return _UNSAFE.sub("_", label.strip()).lower()


def language_column(name: str, lang: str) -> str:
    return f"{name}{LANGUAGE_SEPARATOR}{lang}"


def text(value: Any) -> str:
    """A cell's text: one kind of line break, no control characters, no surrounding space
    (csvtojson trims cells anyway)."""
    if value is None:
        return ""
    s = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", s).strip()


def item(value: Any) -> str:
    """One value of a ``|``-separated list: on one line, with no ``|`` of its own."""
    return " ".join(text(value).replace(MULTI, "/").split())


def term(value: Any) -> str:
    """A thesaurus term: an item that cannot be read as a group (``::``) or as nested (leading ``-``)."""
    s = item(value)
    while GROUP in s:
        s = s.replace(GROUP, ":")
    return s.lstrip("- ").strip()


def grouped(group: str, child: str) -> str:
    return f"{term(group)}{GROUP}{term(child)}"


def multi(values: Iterable[str]) -> str:
    """Values joined with ``|``, empty ones dropped, each once."""
    return MULTI.join(dict.fromkeys(v for v in values if v))


def date_range(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}{RANGE}{end.isoformat()}"


def fuzzy_range(value: Any) -> str:
    """A Casefile fuzzy date as an Uwazi date range (``from:to``): "late November 2025" is
    2025-11-21:2025-11-30, an exact day is the same day twice."""
    if not isinstance(value, dict):
        return ""
    try:
        start = dt.date.fromisoformat(str(value["start"]))
        end = dt.date.fromisoformat(str(value.get("end") or value["start"]))
    except (KeyError, ValueError):
        return ""
    return date_range(start, max(start, end))


def geolocation(lat: float, lon: float) -> str:
    return f"{lat:.6f}{MULTI}{lon:.6f}"


def parse_lat_lon(value: Any) -> tuple[float, float] | None:
    """Latitude and longitude from "43.2567, 76.9286" or "43°15'24\"N 76°55'34\"E"; None if unsure."""
    s = text(value)
    if not s:
        return None
    m = _DECIMAL_PAIR.match(s)
    if m:
        lat, lon = (float(g.replace(",", ".")) for g in m.groups())
    else:
        parts = _DMS.findall(s)
        if len(parts) != 2:
            return None
        values = []
        for deg, minutes, seconds, hemisphere in parts:
            v = float(deg.replace(",", "."))
            v += float(minutes.replace(",", ".")) / 60 if minutes else 0
            v += float(seconds.replace(",", ".")) / 3600 if seconds else 0
            values.append((-v if hemisphere.upper() in "SW" else v, hemisphere.upper()))
        (lat, h1), (lon, h2) = values
        if h1 in "EW" and h2 in "NS":
            lat, lon = lon, lat
        elif not (h1 in "NS" and h2 in "EW"):
            return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """RFC 4180 CSV in UTF-8 without a byte-order mark, quoted where needed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode("utf-8")
