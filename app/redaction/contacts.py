"""Phone numbers, e-mail addresses, handles and links, compared by what they point to.

A phone number is the same number however it is written: "+7 701 123 45 67",
"8 (701) 123-45-67" and "87011234567" all reach one line.  Numbers are
compared by their national number (the country code or the Kazakh and Russian
trunk prefix 8 set aside; the last ten digits of longer numbers), and a
shorter local writing (7 to 9 digits) matches the end of a withheld number.

E-mail addresses, handles (@name) and links are tokens: each is compared as a
whole (case-folded, without scheme, "www." or trailing slash; a profile link
also as the handle it shows, "t.me/maks_kz" as "@maks_kz"), and each is
replaced or refused as a whole, never in part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "LinkToken",
    "PhoneMatch",
    "link_forms",
    "link_tokens",
    "national_number",
    "phone_numbers",
    "phone_runs",
]

MIN_DIGITS = 7
MAX_DIGITS = 15
MAX_GROUPS = 8  # "+7 (701) 123 45 67" has five

# Digits in groups joined by spaces, hyphens, dots or brackets; "+" may lead.
_PHONE_RUN = re.compile(r"(?<![\w+])\+?\(?\d(?:(?:[ \t\u00a0\u202f.\-‐‑–()]{1,3}|\s)?\d){6,}")
_GROUP = re.compile(r"\d+")
_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d\d[.-]\d\d[.-]\d{4}")  # 2024-01-31, 31.01.2024: dates, not phones


def national_number(digits: str, international: bool = False) -> str:
    """The part of a number that is the same however it is written."""
    if digits.startswith("00"):
        digits, international = digits[2:], True
    if len(digits) == 11 and digits[0] in "78":
        return digits[1:]  # +7 country code or the trunk prefix 8 (Kazakhstan, Russia)
    if len(digits) > 10:
        return digits[-10:]  # country code or trunk 0 before a ten-digit number
    if not international and len(digits) == 10 and digits[0] == "0":
        return digits[1:]
    return digits


def phone_numbers(text: str) -> list[str]:
    """National numbers of every phone number written in ``text`` (7 digits or more)."""
    out = []
    for m in _PHONE_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            out.append(national_number(digits, m.group().startswith("+")))
    return out


@dataclass(frozen=True)
class PhoneMatch:
    start: int
    end: int
    number: str  # the withheld national number it reaches


def phone_runs(text: str, withheld: dict[str, str]) -> Iterator[PhoneMatch]:
    """Every run of digits in ``text`` that writes a number of ``withheld``.

    ``withheld`` maps each withheld national number's suffixes of 7 digits
    and more to the number (see ``phone_suffixes``). Every window of
    consecutive digit groups of a run is tried, longest first, so that a
    number written next to other figures is still found.
    """
    for m in _PHONE_RUN.finditer(text):
        if _DATE.fullmatch(m.group()):
            continue
        groups = [(g.start() + m.start(), g.end() + m.start(), g.group()) for g in _GROUP.finditer(m.group())]
        if sum(len(g[2]) for g in groups) < MIN_DIGITS:
            continue
        found = _best_window(text, groups, withheld)
        if found is not None:
            yield found


def _best_window(text: str, groups: list[tuple[int, int, str]], withheld: dict[str, str]) -> PhoneMatch | None:
    n = len(groups)
    for size in range(min(n, MAX_GROUPS), 0, -1):
        for i in range(0, n - size + 1):
            window = groups[i : i + size]
            digits = "".join(g[2] for g in window)
            if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
                continue
            start = window[0][0]
            plus = start > 0 and text[start - 1] == "+" or (start > 1 and text[start - 2 : start] == "+(")
            number = _reaches(national_number(digits, plus), withheld)
            if number is None:
                continue
            # A country code or trunk prefix written apart before the match goes with it.
            lead = 0
            while i > 0 and lead + len(groups[i - 1][2]) <= 3:
                i -= 1
                lead += len(groups[i][2])
                start = groups[i][0]
            while start > 0 and text[start - 1] in "+(":
                start -= 1
            end = window[-1][1]
            if end < len(text) and text[end] == ")" and "(" in text[start:end]:
                end += 1
            return PhoneMatch(start, end, number)
    return None


def _reaches(national: str, withheld: dict[str, str]) -> str | None:
    if national in withheld:
        return withheld[national]
    for n in range(MIN_DIGITS, len(national)):
        hit = withheld.get(national[-n:])
        if hit is not None and len(hit) == n:
            return hit  # a withheld local number written here with its area code
    return None


def phone_suffixes(national: str) -> list[str]:
    """The number and its endings of 7 digits or more: what a shorter local writing matches."""
    return [national[-n:] for n in range(MIN_DIGITS, len(national) + 1)]


# --- e-mail addresses, handles, links ------------------------------------------------

_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_URL = r"(?:https?://|www\.)[^\s<>\"«»\x00]+"
_DOMAIN_PATH = r"(?<![\w@.])(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,6}/[^\s<>\"«»\x00]*"
_TLD = "com|org|net|kz|ru|me|io|info|biz|edu|gov|uk|de|fr|su|ua|kg|uz"
_DOMAIN = rf"(?<![\w@.])(?:[A-Za-z0-9\-]{{2,}}\.)+(?:{_TLD})(?![\w])"
_HANDLE = r"(?<![\w@.])@[A-Za-z0-9_][\w.]*"
_LINK = re.compile(
    f"(?P<email>{_EMAIL})|(?P<url>{_URL})|(?P<path>{_DOMAIN_PATH})|(?P<domain>{_DOMAIN})|(?P<handle>{_HANDLE})"
)
_TRAILING = ".,;:!?)]}'\"»’"
_SOCIAL = re.compile(
    r"^(?:t\.me|telegram\.me|telegram\.dog|instagram\.com|twitter\.com|x\.com|facebook\.com|fb\.com|vk\.com|"
    r"ok\.ru|tiktok\.com|youtube\.com|threads\.net|linkedin\.com/in)/@?([\w.]+)"
)


@dataclass(frozen=True)
class LinkToken:
    start: int
    end: int
    kind: str  # "email", "url", "handle"
    text: str


# Something every link, address or handle has; texts without one are not read further.
_HINT = re.compile(rf"@|://|www\.|[A-Za-z0-9]\.(?:{_TLD})(?![\w])|[A-Za-z0-9]\.[A-Za-z]{{2,6}}/")


def link_tokens(text: str) -> list[LinkToken]:
    """E-mail addresses, links and handles in ``text``, trailing punctuation left out."""
    out: list[LinkToken] = []
    if not _HINT.search(text):
        return out
    for m in _LINK.finditer(text):
        kind = m.lastgroup or "url"
        value = m.group()
        stripped = value.rstrip(_TRAILING)
        if kind == "url" and value.endswith(")") and "(" in stripped:
            stripped += ")"
        if not stripped or stripped == "@":
            continue
        kind = "url" if kind in ("path", "domain") else kind
        out.append(LinkToken(m.start(), m.start() + len(stripped), kind, stripped))
    return out


def link_forms(token: str) -> set[str]:
    """The forms one link, address or handle is compared in."""
    t = token.strip().rstrip(_TRAILING).casefold()
    t = re.sub(r"^(?:https?://)?(?:www\.)?", "", t).rstrip("/")
    forms = {t}
    m = _SOCIAL.match(t)
    if m:
        forms.add("@" + m.group(1).rstrip("."))
    if "@" in t[1:] and not t.startswith("@"):
        forms.add("@" + t.split("@", 1)[0])  # an address's local part is the handle people reuse
    if t.startswith("@"):
        forms.add(t)
    return {f for f in forms if len(f) >= 3}


def link_words(token: str) -> str:
    """The words of a link or handle, for looking for names in it ("nazigul_maksutkhan90")."""
    body = re.sub(r"^(?:https?://)?(?:www\.)?", "", token.casefold())
    return " ".join(re.findall(r"[^\W\d_]+", body))
