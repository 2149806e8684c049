"""Street addresses, compared by street and house number rather than by spelling.

"Dostyk St 7-12", "Dostyk Street 7, flat 12", "ул. Достык, д. 7, кв. 12",
"Достық көшесі 7/12" and "7 Dostyk Street" are one building.  A withheld
address is read as (street, house number); a text names it when a word of
that street (in any script and case form: "проспект Абая", "Достыққа") stands
next to that house number, with only street, house and flat words
(en/ru/kk) between them.  The street alone (many people live on Abay Avenue)
or the number alone is not the address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.names.forms import MAX_ENDING, endings_after, stems_of
from app.names.keys import word_key
from app.names.words import WordScan, word_spans

__all__ = ["Address", "AddressMatch", "parse_addresses", "street_matches"]

_STREET_WORDS = """
street st str road rd lane ln avenue ave av boulevard blvd bd square sq drive dr highway hwy alley district
microdistrict mkr mcr residential complex block
улица ул проспект пр прт просп бульвар бул переулок пер площадь пл шоссе ш тракт микрорайон мкр мкрн
район квартал жилой комплекс жк проезд тупик набережная наб аллея
көше көшесі кошеси кош к сі даңғыл даңғылы дангылы даңғ алаң алаңы шағын аудан аудандағы ықшамаудан ықшам
тұйық жолы жол ауданы
"""
_HOUSE_WORDS = "house h no nr number bldg building дом д үй уй корпус корп к строение стр блок № #"
_FLAT_WORDS = "flat apt apartment app office of room unit квартира кв пәтер пат пәт офис оф комната комн бөлме"

_STREET_KEYS = frozenset(word_key(w) for w in _STREET_WORDS.split())
_HOUSE_KEYS = frozenset(word_key(w) for w in _HOUSE_WORDS.split() if word_key(w))
_FLAT_KEYS = frozenset(word_key(w) for w in _FLAT_WORDS.split())
_FILLER = _STREET_KEYS | _HOUSE_KEYS
_NUMBER = re.compile(r"\d+[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]?")
_FLAT_ALTERNATIVES = "|".join(sorted((re.escape(w) for w in _FLAT_WORDS.split()), key=len, reverse=True))
# What may follow the house number: "-12", "/12", ", flat 12", ", кв. 12", and the Kazakh
# order "7 үй, 12 пәтер".
_FLAT_TAIL = re.compile(
    r"(?:\s?(?:үй|уй)(?![^\W\d_]))?"
    r"(?:\s?[-/]\s?\d+[^\W\d_]?"
    r"|[\s,]{0,3}(?:" + _FLAT_ALTERNATIVES + r")\.?\s?№?\s?\d+[^\W\d_]?"
    r"|[\s,]{0,3}\d+[^\W\d_]?\s?(?:" + _FLAT_ALTERNATIVES + r")(?![^\W\d_]))?",
    re.IGNORECASE,
)
_WINDOW = 4  # words between the street name and the house number, at most
_GAP = 4  # characters between two of those words, at most


@dataclass(frozen=True)
class Address:
    """A withheld building: the keys of its street's name words and its house number."""

    street: tuple[str, ...]
    house: str


@dataclass(frozen=True)
class AddressMatch:
    start: int
    end: int
    address: Address


def _is_number(word: str) -> bool:
    return bool(_NUMBER.fullmatch(word))


def parse_addresses(value: str) -> list[Address]:
    """The buildings a withheld address value names (usually one)."""
    out: list[Address] = []
    segments = [s for s in re.split(r"[,;\n]", value)]
    previous_names: tuple[str, ...] = ()
    for seg in segments:
        words = [seg[a:b] for a, b in word_spans(seg)]
        names: list[str] = []
        house = None
        after_flat = False
        for n, w in enumerate(words):
            key = word_key(w)
            if _is_number(w):
                if house is None and not after_flat and not (n > 0 and _joined_flat(seg, words, n)):
                    house = w.casefold()
                after_flat = False
                continue
            after_flat = key in _FLAT_KEYS
            if key in _FILLER or after_flat or len(key) < 2:
                continue
            if house is None or not names:
                names.append(key)
        if house is not None:
            street = tuple(names) or previous_names
            if street:
                out.append(Address(street, house))
        if names:
            previous_names = tuple(names)
    return list(dict.fromkeys(out))


def _joined_flat(seg: str, words: list[str], n: int) -> bool:
    """Whether number ``n`` follows the house number with "-" or "/" (7-12: flat 12)."""
    return n > 0 and _is_number(words[n - 1]) and bool(re.search(r"\d\s?[-/]\s?" + re.escape(words[n]), seg))


class AddressFinder:
    """Withheld buildings, found in text by street word and house number."""

    def __init__(self) -> None:
        self._addresses: list[Address] = []
        self._stems: dict[str, list[tuple[int, str]]] = {}
        self._heads: set[str] = set()
        self._streets: dict[str, frozenset[int]] = {}  # word as written -> addresses on that street
        self._street_words: set[str] = set()  # words of ``_streets`` on some withheld street
        self._seen_words: set[str] = set()  # the keys of ``_streets``, as a set for set operations

    def __bool__(self) -> bool:
        return bool(self._addresses)

    def add(self, address: Address) -> int:
        if address in self._addresses:
            return self._addresses.index(address)
        self._addresses.append(address)
        n = len(self._addresses) - 1
        for key in address.street:
            if len(key) >= 3:
                for stem in stems_of(key):
                    self._stems.setdefault(stem.key, []).append((n, stem.kind))
                    self._heads.add(stem.key[:2])
        self._streets = {}
        self._street_words = set()
        self._seen_words = set()
        return n

    def addresses(self) -> list[Address]:
        return list(self._addresses)

    def _street_of(self, raw: str) -> frozenset[int]:
        known = self._streets.get(raw)
        if known is None:
            keys = frozenset() if raw[:1].isdigit() else frozenset(self._street_of_key(word_key(raw)))
            known = self._streets[raw] = keys
        return known

    def _street_of_key(self, key: str) -> set[int]:
        out: set[int] = set()
        if key[:2] not in self._heads:
            return out
        for cut in range(len(key), max(2, len(key) - MAX_ENDING - 1), -1):
            for n, kind in self._stems.get(key[:cut], ()):
                if key[cut:] in endings_after(kind, key[cut - 1]):
                    out.add(n)
        return out

    def find(self, text: str | WordScan) -> Iterator[AddressMatch]:
        """Spans of the text that write a withheld building, flat number included."""
        if not self._stems:
            return
        scan = text if isinstance(text, WordScan) else WordScan(text)
        for raw in scan.distinct - self._seen_words:
            self._seen_words.add(raw)
            if self._street_of(raw):
                self._street_words.add(raw)
        on_streets = scan.distinct & self._street_words
        if not on_streets:
            return
        for i, raw in enumerate(scan.raws):
            if raw not in on_streets:
                continue
            for n in self._street_of(raw):
                hit = self._house_near(scan, i, self._addresses[n])
                if hit is not None:
                    yield AddressMatch(hit[0], hit[1], self._addresses[n])
                    break

    @staticmethod
    def _street_words_before(scan: WordScan, i: int) -> int:
        return scan.spans[_filler_around(scan, i, -1)][0]

    @staticmethod
    def _street_words_after(scan: WordScan, i: int) -> int:
        return _filler_around(scan, i, 1)

    def _house_near(self, scan: WordScan, i: int, address: Address) -> tuple[int, int] | None:
        text, spans, words = scan.text, scan.spans, scan.raws
        names = set(address.street)
        # After the street: "Dostyk St 7", "ул. Достык, д. 7", "Достық көшесі 7/12".
        for j in range(i + 1, min(len(words), i + _WINDOW + 1)):
            if len(scan.gap(j - 1)) > _GAP:
                break
            if _is_number(words[j]):
                if words[j].casefold() != address.house:
                    break
                end = spans[j][1]
                tail = _FLAT_TAIL.match(text, end)
                return self._street_words_before(scan, i), tail.end() if tail else end
            key = word_key(words[j])
            if key not in _FILLER and key not in names:
                break
        # Before it: "7 Dostyk Street", "д. 7, ул. Достык".
        for j in range(i - 1, max(-1, i - _WINDOW - 1), -1):
            if len(scan.gap(j)) > _GAP:
                break
            if _is_number(words[j]):
                if words[j].casefold() != address.house:
                    break
                end = spans[self._street_words_after(scan, i)][1]
                tail = _FLAT_TAIL.match(text, end)
                start = spans[j][0]
                if j > 0 and word_key(words[j - 1]) in _HOUSE_KEYS:
                    start = spans[j - 1][0]
                return start, tail.end() if tail else end
            key = word_key(words[j])
            if key not in _FILLER and key not in names:
                break
        return None


def _filler_around(scan: WordScan, i: int, step: int) -> int:
    """The farthest word from ``i`` (going by ``step``) across street words only ("ул.", "Street")."""
    j = i
    while 0 <= j + step < len(scan.raws):
        gap = scan.gap(min(j, j + step))
        if len(gap) > _GAP or word_key(scan.raws[j + step]) not in _STREET_KEYS:
            break
        j += step
    return j


def street_matches(finder: AddressFinder, text: str) -> list[AddressMatch]:
    return list(finder.find(text))
