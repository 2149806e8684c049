"""Turn withheld values into the strings the leak gate looks for.

A withheld name must not come back under another spelling, a withheld
coordinate under another notation. Each helper returns the variants of one
value: the gate and the scrubber normalise case, marks and spacing themselves
(see ``textnorm``), so the variants here are those normalisation cannot reach:
name parts, transliterations, phone digits, DMS and decimal coordinates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from app.redaction.textnorm import has_cyrillic, skeleton, strip_diacritics, transliterate

# A name part shorter than this is too common to search for on its own.
MIN_PART = 4
# Particles that are part of many names and identify nobody.
_PARTICLES = {
    "uly", "ulu", "uulu", "kyzy", "qyzy", "ұлы", "қызы", "улы", "кызы", "оглы", "gizi", "oglu",
    "ibn", "bin", "bint", "binti", "abu", "umm", "van", "von", "der", "den", "del", "della", "dos", "das",
}  # fmt: skip

_WORD_SPLIT = re.compile(r"[\s\-‐‑–—_.,;:()\[\]/\\\"'«»]+")


def word_split(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(text) if w]


def _forms(value: str) -> set[str]:
    """The value itself, case-folded, without marks, and in Latin if Cyrillic."""
    value = " ".join(value.split())
    out = {value, value.casefold(), strip_diacritics(value), strip_diacritics(value).casefold()}
    if has_cyrillic(value):
        out.add(transliterate(value))
    return {v for v in out if v}


def name_parts(value: str) -> list[str]:
    """Words of a name long and particular enough to identify on their own."""
    parts = []
    for w in _WORD_SPLIT.split(value):
        if len(skeleton(w)) >= MIN_PART and skeleton(w) not in _PARTICLES and not w.isdigit():
            parts.append(w)
    return parts


def name_tokens(values: Iterable[str], protected_parts: set[str]) -> tuple[set[str], set[str]]:
    """(full-name variants, part variants) for one person's name rows.

    ``protected_parts`` are skeletons of name parts of persons shown by name:
    a part of a redacted name that is contained in one of them (a shared
    surname, "Ivan" inside "Ivanov") is not searched on its own, or every
    mention of the named person would stop the report.
    """
    full: set[str] = set()
    parts: set[str] = set()
    protected = "\x00" + "\x00".join(protected_parts) + "\x00"
    for value in values:
        if not value or not value.strip():
            continue
        full |= _forms(value)
        for p in name_parts(value):
            sk = skeleton(p)
            if sk in protected:
                continue
            parts |= _forms(p)
    return full, parts - full


def text_tokens(value: str, *, split_clauses: bool = False) -> set[str]:
    """A withheld free-text value (health notes, origin): the whole and, optionally, its clauses."""
    value = " ".join(value.split())
    if len(skeleton(value)) < 3:
        return set()
    out = {value}
    if split_clauses:
        for clause in re.split(r"[.;\n!?]+", value):
            clause = clause.strip(" ,")
            if len(skeleton(clause)) >= 12:
                out.add(clause)
    return out


_PHONE = re.compile(r"\+?\d[\d\s().\-]{5,}\d")


def contact_tokens(value: str) -> set[str]:
    """Phone numbers, handles and addresses: the whole, each listed item, bare digits of phones."""
    out = text_tokens(value)
    for item in re.split(r"[,;\n]|\s/\s|\s+or\s+|\s+или\s+|\s+немесе\s+", value):
        item = item.strip()
        if len(skeleton(item)) >= 4:
            out.add(item)
        for phone in _PHONE.findall(item):
            digits = re.sub(r"\D", "", phone)
            if len(digits) >= 7:
                out.add(digits)
                out.add(phone.strip())
    return out


def address_tokens(value: str) -> set[str]:
    """An exact address: the whole, and the parts that carry a number (street and house)."""
    out = text_tokens(value)
    for part in re.split(r"[,;\n]", value):
        part = part.strip()
        if re.search(r"\d", part) and len(skeleton(part)) >= 4:
            out.add(part)
    for coord in parse_coordinates(value):
        out |= coordinate_tokens(coord)
    return out


def file_name_tokens(value: str) -> set[str]:
    """An original file name: the whole, and its stem."""
    out = text_tokens(value)
    stem = value.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    out.add(stem)
    if "." in stem:
        out.add(stem.rsplit(".", 1)[0])
    return {t for t in out if len(skeleton(t)) >= 4}


# --- coordinates -------------------------------------------------------------

_NUM = r"\d+(?:[.,]\d+)?"
_DMS = re.compile(
    rf"(?P<d>{_NUM})\s*[°º˚]\s*(?:(?P<m>{_NUM})\s*['′’]\s*)?(?:(?P<s>{_NUM})\s*(?:\"|″|''|′′|”)\s*)?"
    r"(?P<h>[NSEWnsewСЮВЗ])?"
)
_DEC = re.compile(r"(?<![\d.,])[-+]?\d{1,3}[.,]\d{3,}(?![\d])")


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def parse_coordinates(text: str) -> list[float]:
    """Latitude/longitude values written in decimal or degree-minute-second form."""
    values: list[float] = []
    covered: list[tuple[int, int]] = []
    for m in _DMS.finditer(text):
        if m.group("m") is None and m.group("s") is None and "." not in m.group("d") and "," not in m.group("d"):
            continue  # a bare "43°" is a temperature as often as a latitude
        v = _f(m.group("d"))
        v += _f(m.group("m")) / 60 if m.group("m") else 0
        v += _f(m.group("s")) / 3600 if m.group("s") else 0
        if v <= 180:
            values.append(v)
            covered.append(m.span())
    for m in _DEC.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        v = abs(_f(m.group()))
        if v <= 180:
            values.append(v)
    return values


def coordinate_tokens(value: float) -> set[str]:
    """One latitude or longitude in the notations people and devices write."""
    value = abs(value)
    out: set[str] = set()
    for decimals in (3, 4, 5):
        rounded = f"{value:.{decimals}f}"
        truncated = f"{math.floor(value * 10**decimals) / 10**decimals:.{decimals}f}"
        for s in (rounded, truncated):
            out.add(s)
            if decimals > 3:  # "43,256" is as often a thousands separator as a decimal comma
                out.add(s.replace(".", ","))
    d = int(value)
    minutes = (value - d) * 60
    m = int(minutes)
    seconds = (minutes - m) * 60
    for sec in {int(seconds), min(59, round(seconds))}:
        out.add(f"{d}°{m}'{sec}\"")
        out.add(f"{d}°{m:02d}'{sec:02d}\"")
        out.add(f"{d} {m} {sec}")  # "43 15 24", as some tools print DMS
    out.add(f"{d}°{math.floor(minutes * 10) / 10:.1f}'")
    out.add(f"{d}°{math.floor(minutes * 10) / 10:.1f}".replace(".", ","))
    return out


def capture_tokens(capture: object) -> set[str]:
    """Capture metadata (EXIF, device, GPS): coordinates in every notation, other strings as they are."""
    out: set[str] = set()

    def walk(node: object, key: str) -> None:
        k = key.lower()
        if k in ("redact_regions",):
            return
        gps = any(w in k for w in ("gps", "lat", "lon", "coord", "location", "position"))
        if isinstance(node, dict):
            for kk, vv in node.items():
                walk(vv, f"{key}.{kk}" if key else str(kk))
            return
        if isinstance(node, (list, tuple)):
            nums = [x for x in node if isinstance(x, (int, float)) and not isinstance(x, bool)]
            if gps and len(nums) == len(node) and 2 <= len(nums) <= 3 and all(x >= 0 for x in nums):
                # EXIF rationals as degrees, minutes[, seconds]
                v = nums[0] + nums[1] / 60 + (nums[2] / 3600 if len(nums) == 3 else 0)
                if v <= 180:
                    out.update(coordinate_tokens(v))
                return
            for x in node:
                walk(x, key)
            return
        if isinstance(node, bool) or node is None:
            return
        if isinstance(node, (int, float)):
            if gps and isinstance(node, float) and abs(node) <= 180 and node != int(node):
                out.update(coordinate_tokens(node))
            return
        s = str(node).strip()
        if gps:
            for v in parse_coordinates(s):
                out.update(coordinate_tokens(v))
        if len(skeleton(s)) >= 6:
            out.add(s)

    walk(capture, "")
    return out
