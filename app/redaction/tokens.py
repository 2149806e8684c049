"""Turn withheld values into the strings the leak gate looks for as written.

Names, phone numbers, links, coordinates and addresses are matched by their
meaning (``app.names``, ``contacts``, ``coordinates``, ``addresses``); the
strings here serve what can only be compared as written: free text (health
notes, file names, capture metadata) and the byte search of the PDF's
streams, where a value can hide in any encoding.  The gate and the scrubber
normalise case, marks and spacing themselves (see ``textnorm``), so the
variants here are those normalisation cannot reach: name parts,
romanisations, phone digits, DMS and decimal coordinates.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from app.names.letters import fold, plain_cyrillic
from app.redaction.coordinates import readings
from app.redaction.textnorm import has_cyrillic, skeleton, strip_diacritics

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


def spellings(value: str) -> set[str]:
    """The value itself, case-folded, without marks, and in Latin if Cyrillic.

    Two romanisations: the letter tables' own (қ -> q) and that of a document
    written without Kazakh letters (қ -> к -> k), as passports and news agencies write.
    """
    value = " ".join(value.split())
    out = {value, value.casefold(), strip_diacritics(value), strip_diacritics(value).casefold()}
    if has_cyrillic(value):
        out.add(fold(value))
        out.add(fold(plain_cyrillic(value)))
    return {v for v in out if v}


def name_parts(value: str) -> list[str]:
    """Words of a name long and particular enough to identify on their own."""
    parts = []
    for w in _WORD_SPLIT.split(value):
        if len(skeleton(w)) >= MIN_PART and skeleton(w) not in _PARTICLES and not w.isdigit():
            parts.append(w)
    return parts


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
    return out


def coordinate_notations(value: str) -> set[str]:
    """Every coordinate written in ``value``, in the notations people and devices write."""
    out: set[str] = set()
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


def parse_coordinates(text: str) -> list[float]:
    """Latitude/longitude values written in decimal or degree-minute-second form (unsigned)."""
    return [abs(r.value) for r in readings(text)]


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


@dataclass
class CaptureParts:
    """What capture metadata withholds: strings as written, and positions by meaning."""

    texts: set[str] = field(default_factory=set)  # device names, dates, free strings
    notations: set[str] = field(default_factory=set)  # GPS values written out, for the byte search
    values: list[tuple[float, str | None]] = field(default_factory=list)  # degrees, "lat"/"lon"/None


def capture_parts(capture: object) -> CaptureParts:
    """Capture metadata (EXIF, device, GPS): GPS as positions, other strings as they are."""
    out = CaptureParts()

    def position(v: float, key: str) -> None:
        axis = "lat" if "lat" in key else "lon" if ("lon" in key or "lng" in key) else None
        out.values.append((v, axis))
        out.notations.update(coordinate_tokens(v))

    def walk(node: object, key: str) -> None:
        k = key.lower()
        if k in ("redact_regions",):
            return
        gps = any(w in k for w in ("gps", "lat", "lon", "lng", "coord", "location", "position"))
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
                    position(v, k)
                return
            for x in node:
                walk(x, key)
            return
        if isinstance(node, bool) or node is None:
            return
        if isinstance(node, (int, float)):
            if gps and isinstance(node, float) and abs(node) <= 180 and node != int(node):
                position(node, k)
            return
        s = str(node).strip()
        if gps:
            for r in readings(s):
                position(r.value, k)
        if len(skeleton(s)) >= 6:
            out.texts.add(s)

    walk(capture, "")
    return out


def capture_tokens(capture: object) -> set[str]:
    """Capture metadata as strings: coordinates in every notation, other strings as they are."""
    parts = capture_parts(capture)
    return parts.texts | parts.notations
