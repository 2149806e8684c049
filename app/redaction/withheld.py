"""Everything a report must not show, and one way of asking where a text shows it.

Redaction fills a ``Withheld`` while it hides fields, then replaces what
``Withheld.find`` returns in every free text it keeps; the leak gate asks the
same object about the text of the finished PDF.  One knowledge, two uses:
what redaction replaces is exactly what the gate would refuse.

What is looked for, and how:

- names of pseudonymised persons and of withheld informants: by phonetic key,
  inflections and initials (``app.names.finder``);
- phone numbers by national number, e-mail addresses, handles and links as
  whole tokens (``contacts``); a link or handle with a withheld name in it
  counts as that name;
- coordinates by distance, addresses by street and house number
  (``coordinates``, ``addresses``);
- other withheld text (health notes, file names, capture metadata, values
  hidden by an override) as written, case, marks and spacing aside
  (``search``).

Every hit carries the ``TokenSource`` of what it found (field and whose),
never the value.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.names.finder import NameFinder
from app.names.keys import word_key
from app.names.words import WordScan
from app.redaction import tokens as tk
from app.redaction.addresses import AddressFinder, parse_addresses
from app.redaction.contacts import (
    LinkToken,
    link_forms,
    link_tokens,
    link_words,
    phone_numbers,
    phone_runs,
    phone_suffixes,
)
from app.redaction.coordinates import Positions, readings
from app.redaction.plan import TokenSource
from app.redaction.search import TokenIndex, token_spans
from app.redaction.textnorm import skeleton

__all__ = ["Hit", "Withheld"]

NAME, CONTACT, PLACE, TEXT = "name", "contact", "place", "text"
_SCANS_KEPT = 4096  # texts whose words are remembered between the finders' passes
# Between texts searched together: no finder reads across NULs, and it is longer than any gap
# a finder allows between two words of one name or address.
_SEPARATOR = "\n" + "\x00" * 6 + "\n"


@dataclass(frozen=True)
class Hit:
    """Characters ``start:end`` of a text show something withheld."""

    start: int
    end: int
    source: TokenSource
    replacement: str
    kind: str  # NAME, CONTACT, PLACE or TEXT
    found: str = field(default="", repr=False)  # what the text shows there: never show or log it


@dataclass(frozen=True)
class _Target:
    source: TokenSource
    replacement: str


class Withheld:
    """What one report withholds, searchable in any text."""

    def __init__(self, placeholder: str = "[withheld]") -> None:
        self.placeholder = placeholder
        self._names: NameFinder[int] = NameFinder()
        self._name_targets: list[_Target] = []
        self._phones: dict[str, str] = {}  # national number (and its endings) -> national number
        self._phone_targets: dict[str, _Target] = {}
        self._links: dict[str, _Target] = {}
        self._positions = Positions()
        self._place_targets: list[_Target] = []  # in the order points and values were added
        self._addresses = AddressFinder()
        self._address_targets: dict[int, _Target] = {}
        self._texts: dict[str, _Target] = {}
        self._whole_words: set[str] = set()
        self._strings: dict[str, TokenSource] = {}
        # Spellings of name parts: strings only while the part is found alone (see strings()).
        self._part_strings: list[tuple[str, set[str], TokenSource]] = []
        self._text_index: TokenIndex | None = None
        self._scans: dict[str, tuple[WordScan, list[LinkToken]]] = {}

    # --- filling -------------------------------------------------------------------

    def add_name(self, values: Iterable[str], source: TokenSource, replacement: str) -> None:
        """A withheld person's (or informant's) name rows: found by key, inflected, in any order."""
        values = [v for v in values if v and v.strip()]
        if not values:
            return
        target = _Target(source, replacement)
        if target not in self._name_targets:
            self._name_targets.append(target)
        self._names.add(self._name_targets.index(target), values)
        for v in values:
            if len(skeleton(v)) >= 7 and len(v.split()) > 1:
                # A full name glued to other letters is found as written too.
                self.add_text(v, source, replacement, whole_word=True)
            for spelling in tk.spellings(v):
                self.add_string(spelling, source)
            for part in tk.name_parts(v):
                self._part_strings.append((word_key(part), tk.spellings(part), source))

    def protect(self, words: Iterable[str]) -> None:
        """Words the report shows anyway (shown persons' names, its own labels): never a name alone."""
        self._names.protect(words)

    def add_phones(self, value: str, source: TokenSource) -> None:
        for number in phone_numbers(value):
            self._phone_targets.setdefault(number, _Target(source, self.placeholder))
            for suffix in phone_suffixes(number):
                self._phones.setdefault(suffix, number)

    def add_links(self, value: str, source: TokenSource) -> None:
        for token in link_tokens(value):
            for form in link_forms(token.text):
                self._links.setdefault(form, _Target(source, self.placeholder))

    def add_coordinates(self, value: str, source: TokenSource) -> None:
        """Every position written in ``value``: pairs as points, each value on its own as well."""
        found = readings(value)
        for a, b in zip(found, found[1:]):
            if a.axis != "lon" and b.axis != "lat" and abs(a.value) <= 90:
                self.add_point(a.value, b.value, source)
        for r in found:
            self.add_value(r.value, r.axis, source)

    def add_point(self, lat: float, lon: float, source: TokenSource) -> None:
        self._positions.add_point(lat, lon)
        self._place_targets.append(_Target(source, self.placeholder))

    def add_value(self, degrees: float, axis: str | None, source: TokenSource) -> None:
        self._positions.add_value(degrees, axis)
        self._place_targets.append(_Target(source, self.placeholder))

    def add_address(self, value: str, source: TokenSource) -> None:
        for address in parse_addresses(value):
            n = self._addresses.add(address)
            self._address_targets.setdefault(n, _Target(source, self.placeholder))

    def add_text(self, token: str, source: TokenSource, replacement: str | None = None, *, whole_word: bool = False):
        """A string found as written (case, marks and spacing aside)."""
        token = " ".join(token.split())
        if len(skeleton(token)) < 3:
            return
        self._texts.setdefault(token, _Target(source, replacement or self.placeholder))
        if whole_word:
            self._whole_words.add(token)
        self.add_string(token, source)
        self._text_index = None

    def add_string(self, token: str, source: TokenSource) -> None:
        """A string for the byte search of the PDF's streams only (a spelling, a notation)."""
        token = " ".join(token.split())
        if token not in self._strings and sum(c.isalnum() for c in token) >= 3:
            self._strings[token] = source

    # --- what was added ------------------------------------------------------------------

    def strings(self) -> dict[str, TokenSource]:
        """Every withheld string as written, with where it came from (for byte searches and messages).

        A name part is one of them only if it identifies on its own (a strong
        part, see ``app.names.finder``): a common given name in an image's
        metadata is no more a leak than in the text.
        """
        out = dict(self._strings)
        if self._part_strings:
            strong = self._names.strong_keys()
            for key, spellings, source in self._part_strings:
                if key in strong:
                    for t in spellings:
                        out.setdefault(t, source)
        return out

    def __bool__(self) -> bool:
        return bool(
            self._names or self._phones or self._links or self._positions or self._addresses
            or self._texts or self._strings
        )  # fmt: skip

    @classmethod
    def from_strings(cls, tokens: Iterable[str], sources: Mapping[str, TokenSource] | None = None) -> Withheld:
        """A Withheld of plain strings (names grouped by whose they are), for callers that have only those."""
        out = cls()
        sources = sources or {}
        names: dict[TokenSource, list[str]] = {}
        for token in tokens:
            src = sources.get(token) or TokenSource("unknown field", "withheld value", "secret")
            if src.kind == "name":
                names.setdefault(src, []).append(token)
            out.add_text(token, src)
        for src, values in names.items():
            out.add_name(values, src, src.label)
        return out

    # --- finding ------------------------------------------------------------------------

    def forget_texts(self) -> None:
        """Drop the words remembered from texts already searched (call when done with a batch)."""
        self._scans.clear()

    def _scan(self, text: str) -> tuple[WordScan, list[LinkToken]]:
        """The words and links of ``text``, read once for all the finders that ask."""
        got = self._scans.get(text)
        if got is None:
            if len(self._scans) >= _SCANS_KEPT:
                self._scans.clear()
            got = self._scans[text] = (WordScan(text), link_tokens(text))
        return got

    def find_names(self, text: str) -> list[Hit]:
        out = []
        for m in self._names.find(self._scan(text)[0]):
            t = self._name_targets[m.owner]
            out.append(Hit(m.start, m.end, t.source, t.replacement, NAME, text[m.start : m.end]))
        return out

    def find_contacts(self, text: str) -> list[Hit]:
        """Phone numbers, and links, addresses and handles that are withheld or carry a withheld name."""
        out = []
        if self._phones:
            for p in phone_runs(text, self._phones):
                t = self._phone_targets[p.number]
                out.append(Hit(p.start, p.end, t.source, t.replacement, CONTACT, text[p.start : p.end]))
        for token in self._scan(text)[1]:
            link = self._link_target(token)
            if link is not None:
                out.append(Hit(token.start, token.end, link.source, link.replacement, CONTACT, token.text))
        return out

    def _link_target(self, token: LinkToken) -> _Target | None:
        for form in link_forms(token.text):
            if form in self._links:
                return self._links[form]
        words = link_words(token.text)
        if not words or not self._names:
            return None
        names = self._names.find(words)
        if names:
            return _Target(self._name_targets[names[0].owner].source, self.placeholder)
        owner = self._names.owner_inside(word_key(words.replace(" ", "")))
        if owner is not None:
            return _Target(self._name_targets[owner].source, self.placeholder)
        return None

    def find_places(self, text: str) -> list[Hit]:
        """Coordinates near a withheld position and withheld addresses."""
        out = []
        for p in self._positions.find(text):
            t = self._place_targets[p.index]
            out.append(Hit(p.start, p.end, t.source, t.replacement, PLACE, text[p.start : p.end]))
        if self._addresses:
            addresses = self._addresses.addresses()
            for a in self._addresses.find(self._scan(text)[0]):
                t = self._address_targets[addresses.index(a.address)]
                out.append(Hit(a.start, a.end, t.source, t.replacement, PLACE, text[a.start : a.end]))
        return out

    def find_texts(self, text: str, *, spans: bool = True, covered: frozenset[TokenSource] = frozenset()) -> list[Hit]:
        """Other withheld strings, as written.

        Without ``spans`` only which strings occur is worked out (start and
        end are -1), which is all the leak gate needs.  Full names of sources
        in ``covered`` (already found by key) are not placed again.
        """
        if not self._texts:
            return []
        if self._text_index is None:
            self._text_index = TokenIndex(self._texts)
        found = self._text_index.find(text)
        if not found:
            return []
        if not spans:
            return [Hit(-1, -1, self._texts[t].source, self._texts[t].replacement, TEXT, t) for t in sorted(found)]
        wanted = [t for t in found if not (t in self._whole_words and self._texts[t].source in covered)]
        if not wanted:
            return []
        out = []
        for a, b, token in token_spans(text, wanted, self._whole_words):
            t = self._texts[token]
            out.append(Hit(a, b, t.source, t.replacement, TEXT, text[a:b]))
        return out

    def find(self, text: str) -> list[Hit]:
        """Every hit in ``text``; a hit inside a link, address or handle takes the whole token."""
        names = self.find_names(text)
        # Where names were found by key, the finder has placed them; full names as written are the
        # fallback for texts it found nothing in (a name glued to other letters).
        covered = frozenset(t.source for t in self._name_targets) if names else frozenset()
        hits = self.find_contacts(text) + self.find_places(text) + names + self.find_texts(text, covered=covered)
        return self._whole_tokens(text, hits)

    def _whole_tokens(self, text: str, hits: list[Hit]) -> list[Hit]:
        if not hits:
            return hits
        links = self._scans[text][1] if text in self._scans else link_tokens(text)
        if not links:
            return hits
        out = []
        for h in hits:
            for token in links:
                if h.start < token.end and h.end > token.start and (h.start, h.end) != (token.start, token.end):
                    start, end = min(h.start, token.start), max(h.end, token.end)
                    h = Hit(start, end, h.source, self.placeholder, h.kind, text[start:end])
            out.append(h)
        return out

    def replace(self, text: str) -> tuple[str, int]:
        """``text`` with every hit replaced; overlapping hits become one replacement.

        The replacement of a stretch is its hits' own when they agree (a
        person's pseudonym), else the placeholder.  Returns the new text and
        the number of stretches replaced.
        """
        return self._apply(text, self.find(text))

    def replace_many(self, texts: list[str]) -> list[tuple[str, int]]:
        """``replace`` of each text, with the finders run once over all of them.

        The texts are searched joined by a separator no finder reads across
        (a NUL run between line breaks), which costs one pass instead of one
        per text; other withheld text is still looked for text by text.
        """
        if not texts:
            return []
        big = _SEPARATOR.join(texts)
        starts = list(itertools.accumulate((len(t) + len(_SEPARATOR) for t in texts[:-1]), initial=0))
        found = self.find_contacts(big) + self.find_places(big) + self.find_names(big)
        per_text: list[list[Hit]] = [[] for _ in texts]
        for h in found:
            n = bisect.bisect_right(starts, h.start) - 1
            if h.end <= starts[n] + len(texts[n]):
                off = starts[n]
                per_text[n].append(Hit(h.start - off, h.end - off, h.source, h.replacement, h.kind, h.found))
        self.forget_texts()
        out = []
        all_names = frozenset(t.source for t in self._name_targets)
        for text, hits in zip(texts, per_text, strict=True):
            covered = all_names if any(h.kind == NAME for h in hits) else frozenset()
            hits = hits + self.find_texts(text, covered=covered)
            out.append(self._apply(text, self._whole_tokens(text, hits)))
        self.forget_texts()
        return out

    def _apply(self, text: str, found: list[Hit]) -> tuple[str, int]:
        hits = sorted(found, key=lambda h: (h.start, -h.end))
        if not hits:
            return text, 0
        merged: list[list] = []  # [start, end, replacement]
        for h in hits:
            if merged and h.start < merged[-1][1]:
                last = merged[-1]
                last[1] = max(last[1], h.end)
                if last[2] != h.replacement:
                    last[2] = self.placeholder
            else:
                merged.append([h.start, h.end, h.replacement])
        out = []
        pos = 0
        for a, b, rep in merged:
            out.append(text[pos:a])
            out.append(rep)
            pos = b
        out.append(text[pos:])
        return "".join(out), len(merged)
