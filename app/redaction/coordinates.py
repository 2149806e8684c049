"""Geographic coordinates in the notations people and devices write, compared by distance.

Read: decimal degrees with a point or a comma ("43.2567", "43,2567"), degrees
and decimal minutes ("43°15.402'"), degrees, minutes and seconds with or
without decimal seconds ("51°10'12.5\\"N"), with every prime and quote
variant (′ ″ ' " ’ ”, two primes for seconds), signed or with a hemisphere
letter before or after (N S E W, Cyrillic С Ю В З, Russian "с. ш." / "в. д."),
latitude and longitude in either order.

Two values written together are a point; a point within ``RADIUS_M`` of a
withheld point is that place.  A value written alone is compared with each
withheld latitude and longitude (within ``DEGREES``, about the same
distance), so half a position is not let through either.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["DEGREES", "RADIUS_M", "Place", "Positions", "Reading", "distance_m", "readings"]

RADIUS_M = 100.0
DEGREES = 0.001  # ~111 m of latitude; less of longitude away from the equator

_HEMI_LETTER = r"[NSEWСЮВЗ]"
_HEMI_RU = r"(?:[сю]\.?\s?ш\.?|[вз]\.?\s?д\.?)"
_HEMI = rf"(?:{_HEMI_RU}|{_HEMI_LETTER}(?![^\W\d_]))"
_PRE = rf"(?:(?<![^\W\d_])(?P<pre>{_HEMI_LETTER})\s?)?"
# A hemisphere letter after a value.  In "N 43.2 E 76.9" the E is read as the first value's too:
# a letter before a value wins over one after it, so the first is still the latitude.
_POST = rf"(?:\s?(?P<post>{_HEMI}))?"
_SIGN = r"(?P<sign>[-+−])?"
_DEG = r"\s?[°º˚]\s?"
_MIN = r"\s?(?:[′'’‘´ʹ](?![′'’]))"
_SEC = r"\s?(?:[″\"”“ʺ]|′′|''|’’)"
_NUM = r"\d{1,3}(?:[.,]\d+)?"
_MARKED = re.compile(
    rf"{_PRE}{_SIGN}(?<![\d.,])(?P<d>{_NUM}){_DEG}(?:(?P<m>\d{{1,2}}(?:[.,]\d+)?){_MIN}\s?)?"
    rf"(?:(?P<s>\d{{1,2}}(?:[.,]\d+)?){_SEC})?{_POST}"
)
# "43 15 24 N": degrees, minutes and seconds apart, only with a hemisphere to say what they are.
_SPACED = re.compile(
    rf"{_PRE}(?<![\d.,])(?P<d>\d{{1,3}})\s(?P<m>\d{{1,2}})\s(?P<s>\d{{1,2}}(?:[.,]\d+)?)\s?(?P<post>{_HEMI})"
)
_DECIMAL = re.compile(rf"{_PRE}{_SIGN}(?<![\d.,])(?P<d>\d{{1,3}}[.,]\d{{3,}})(?![\d])(?:\s?[°º˚])?{_POST}")
# Map links write a pair with a bare comma: "?q=43.25671,76.92861", "@43.2567,76.9286,15z".
_TIGHT_PAIR = re.compile(r"(?<![\d.,])(?P<a>[-+]?\d{1,3}\.\d{3,}),(?P<b>[-+]?\d{1,3}\.\d{3,})(?![\d])")
_PAIR_GAP = re.compile(r"\s{0,3}[,;/]?\s{0,3}")

_MONTH_YEAR = re.compile(r"(?:0[1-9]|1[0-2])[.,](?:19|20)\d\d")
_SOUTH_WEST = set("SWЮЗюз")
_LATITUDE = set("NSСЮсю")


@dataclass(frozen=True)
class Reading:
    """One coordinate value found in text."""

    start: int
    end: int
    value: float  # degrees, signed when a sign or hemisphere says so
    axis: str | None  # "lat", "lon" or None when nothing says
    marked: bool  # written with degrees, minutes or a hemisphere (not a bare decimal)
    decimals: int
    comma: bool


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def _reading(m: re.Match[str], marked: bool) -> Reading | None:
    d = m.group("d")
    minutes = m.groupdict().get("m")
    seconds = m.groupdict().get("s")
    value = _f(d)
    if minutes:
        if _f(minutes) >= 60:
            return None
        value += _f(minutes) / 60
    if seconds:
        if _f(seconds) >= 60:
            return None
        value += _f(seconds) / 3600
    hemi = (m.groupdict().get("pre") or "") + (m.groupdict().get("post") or "")
    if value > 180 or (marked and not minutes and not seconds and not hemi and not re.search(r"[.,]", d)):
        return None  # a bare "43°" is a temperature as often as a latitude
    negative = m.groupdict().get("sign") in ("-", "−") or bool(hemi[:1] and hemi[0] in _SOUTH_WEST)
    axis = None
    if hemi:
        axis = "lat" if hemi[0] in _LATITUDE else "lon"
    decimals = len(d.replace(",", ".").split(".")[1]) if re.search(r"[.,]", d) else 0
    if not marked and not hemi and _MONTH_YEAR.fullmatch(d):
        return None  # "01.2024" is a month
    return Reading(m.start(), m.end(), -value if negative else value, axis, marked or bool(hemi), decimals, "," in d)


# Something only a coordinate has: a decimal with three or more decimals, a degree sign,
# or three numbers and a hemisphere.  Texts without one are not read further.
_HINT = re.compile(r"\d[.,]\d{3}|\d\s?[°º˚]|\d\s\d{1,2}(?:[.,]\d+)?\s?[NSEWСЮВЗ]")


def readings(text: str) -> list[Reading]:
    """Every coordinate value written in ``text``, in text order, not overlapping."""
    found: list[Reading] = []
    if not _HINT.search(text):
        return found
    for m in _TIGHT_PAIR.finditer(text):
        for g in ("a", "b"):
            v = float(m.group(g))
            if abs(v) <= 180:
                decimals = len(m.group(g).split(".")[1])
                found.append(Reading(m.start(g), m.end(g), v, None, False, decimals, False))
    for pattern, marked in ((_MARKED, True), (_SPACED, True), (_DECIMAL, False)):
        for m in pattern.finditer(text):
            r = _reading(m, marked)
            if r is not None and all(r.end <= f.start or r.start >= f.end for f in found):
                found.append(r)
    found.sort(key=lambda r: r.start)
    return found


def _pairs(text: str, found: list[Reading]) -> Iterator[tuple[Reading, Reading | None]]:
    """Readings two by two when written together (latitude and longitude), else alone."""
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            if _PAIR_GAP.fullmatch(text[a.end : b.start]) and not (a.axis and a.axis == b.axis):
                yield a, b
                i += 2
                continue
        yield a, None
        i += 1


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(h)))


def _lat_lon(a: Reading, b: Reading) -> list[tuple[float, float]]:
    if a.axis == "lon" or b.axis == "lat":
        return [(b.value, a.value)]
    if a.axis == "lat" or b.axis == "lon":
        return [(a.value, b.value)]
    return [(a.value, b.value), (b.value, a.value)]  # nothing says: either order


@dataclass(frozen=True)
class Place:
    """A span of text that writes (part of) a withheld position."""

    start: int
    end: int
    index: int  # which withheld point or value, in the order added


_CELL = 0.01  # degrees: a grid cell is wider than the radius everywhere people live


class Positions:
    """Withheld points and single values, indexed on a grid so a text's readings are checked quickly."""

    def __init__(self) -> None:
        self._count = 0
        self._points: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
        self._values: dict[int, list[tuple[float, str | None, int]]] = {}

    def __bool__(self) -> bool:
        return self._count > 0

    def add_point(self, lat: float, lon: float) -> int:
        """Index of a withheld (lat, lon); signs are set aside (a hemisphere written wrong still gives it away)."""
        n = self._count
        self._count += 1
        lat, lon = abs(lat), abs(lon)
        self._points.setdefault((int(lat / _CELL), int(lon / _CELL)), []).append((lat, lon, n))
        return n

    def add_value(self, degrees: float, axis: str | None) -> int:
        """Index of a withheld latitude or longitude on its own."""
        n = self._count
        self._count += 1
        self._values.setdefault(int(abs(degrees) / _CELL), []).append((abs(degrees), axis, n))
        return n

    def near_point(self, lat: float, lon: float) -> int | None:
        lat, lon = abs(lat), abs(lon)
        if lat > 90:
            return None
        ci, cj = int(lat / _CELL), int(lon / _CELL)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for plat, plon, n in self._points.get((ci + di, cj + dj), ()):
                    if distance_m(lat, lon, plat, plon) <= RADIUS_M:
                        return n
        return None

    def near_value(self, r: Reading) -> int | None:
        v = abs(r.value)
        c = int(v / _CELL)
        for dc in (-1, 0, 1):
            for pv, axis, n in self._values.get(c + dc, ()):
                if (not (r.axis and axis) or r.axis == axis) and abs(v - pv) <= DEGREES:
                    return n
        return None

    def find(self, text: str) -> Iterator[Place]:
        """Spans of ``text`` within reach of a withheld point, or writing a withheld latitude or longitude."""
        if not self._count:
            return
        found = readings(text)
        for a, b in _pairs(text, found):
            if b is not None:
                hit = next((n for lat, lon in _lat_lon(a, b) if (n := self.near_point(lat, lon)) is not None), None)
                if hit is not None:
                    yield Place(a.start, b.end, hit)
                    continue
            for r in (a, b) if b is not None else (a,):
                if not r.marked and r.comma and r.decimals < 4:
                    continue  # "43,256" is as often a thousands separator as a decimal comma
                hit = self.near_value(r)
                if hit is not None:
                    yield Place(r.start, r.end, hit)
