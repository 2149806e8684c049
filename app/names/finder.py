"""Where a text names a withheld person: runs of words matched on phonetic keys.

Redaction replaces what ``NameFinder.find`` returns; the leak gate refuses a
report in which it returns anything.  Both ask the same question of the
same finder, so what one replaces the other would have refused.

Every word of the text is reduced to its key (``app.names.keys.word_key``)
and compared with the *forms* of each part of each withheld name
(``app.names.forms``: Kazakh and Russian endings, -ов/-ұлы siblings).  Parts
are of three strengths, decided when the finder is first used:

- **strong**: a word of five letters or more (four in scripts without a
  Latin table), not a common given name (``app.names.common``), that no
  protected word (a shown person's name, a word the report prints itself)
  reads as.  Found alone.
- **weak**: a short word or a common given name ("Nurlan", "Ayan").  Found
  next to another part of the same name, or next to the initial of one
  ("Serik A.").
- **protected**: read as a protected word.  Found only next to another part
  of the same name.

A run of parts of one name, in any order, with initials and particles
(ұлы, kyzy, ibn, van) between them, is found as a whole: "N. Maksutkhan",
"Maksutkhan N.", "Ақжолұлы Мақсұтхан".  A name stored as a single word is
found alone.  A part broken over two lines ("Мақсұт-" / "хан") or spaced letter
by letter is found by joining neighbouring pieces whose keys start it (and
keeps its strength: a weak part so found still needs company).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.names.common import is_common_given_name, is_particle
from app.names.forms import MAX_ENDING, Stem, endings_after, stems_of
from app.names.keys import skeleton, word_key
from app.names.letters import COMBINING
from app.names.words import WordScan, word_spans

__all__ = ["MIN_STRONG", "NameFinder", "NameMatch"]

T = TypeVar("T", bound=Hashable)

MIN_STRONG = 5  # letters of a key (Latin base) for a part to be found alone
MIN_STRONG_OTHER = 4  # in scripts without a Latin table (Arabic letters carry more)
MIN_JOINED = 4  # a part found from pieces must be at least this long
MAX_PIECES = 16

_APOSTROPHES = re.compile(r"['’ʼ‘`]")
# What may separate the words of one name: spaces, line breaks, hyphens, the
# dots of initials, quotes and brackets.  A comma too, next to a strong part
# ("Akhmetov, Serik").
_GLUE_GAP = re.compile(r"[\s.\-‐‑–—'’\"«»()]{1,8}")
_COMMA_GAP = re.compile(r"[\s.\-‐‑–—'’\"«»(),]{1,8}")
_PIECE_GAP = re.compile(r"[\s\-‐‑–—]{1,4}")
_DIGRAPH_INITIALS = frozenset({"zh", "kh", "sh", "ch", "ts", "ya", "yu", "ye", "yo", "dzh", "sch", "shch"})

STRONG, WEAK, PROTECTED = "strong", "weak", "protected"


@dataclass(frozen=True)
class NameMatch(Generic[T]):
    """Characters ``start:end`` of a text name the withheld name registered as ``owner``."""

    start: int
    end: int
    owner: T


@dataclass
class _Part:
    key: str
    patronymic_root: bool
    strength: str = STRONG

    @property
    def initials(self) -> frozenset[str]:
        """Keys of single letters other romanisations start this part with, beside its key's own."""
        return _other_initials(self.key)


@dataclass
class _Entry(Generic[T]):
    owner: T
    parts: list[_Part] = field(default_factory=list)
    values: list[frozenset[int]] = field(default_factory=list)  # part indexes of each stored name


@dataclass(frozen=True)
class _Hit:
    first: int  # word index
    last: int
    part: int
    strong: bool


class NameFinder(Generic[T]):
    """Withheld names, and the question "where does this text name one of them?"."""

    def __init__(self) -> None:
        self._entries: list[_Entry[T]] = []
        self._by_owner: dict[T, int] = {}
        self._protected: set[str] = set()
        self._compiled = False
        self._stems: dict[str, list[tuple[int, int, Stem]]] = {}
        self._heads: set[str] = set()
        self._prefixes: set[str] = set()
        self._lookups: dict[str, tuple[tuple[int, int, bool], ...]] = {}
        self._words: dict[str, tuple[tuple[tuple[int, int, bool], ...], bool]] = {}  # raw -> (hits, starts a part)
        self._seen_words: set[str] = set()  # the keys of ``_words``, as a set for set operations
        self._relevant_words: set[str] = set()  # words of ``_words`` with hits or starting a part

    def __bool__(self) -> bool:
        return any(e.parts for e in self._entries)

    # --- building ---------------------------------------------------------------

    def add(self, owner: T, values: Iterable[str]) -> None:
        """Withhold every name in ``values`` (spellings of one person) under ``owner``."""
        idx = self._by_owner.setdefault(owner, len(self._entries))
        if idx == len(self._entries):
            self._entries.append(_Entry(owner))
        entry = self._entries[idx]
        for value in values:
            words = [value[a:b] for a, b in word_spans(value)]
            keys = [word_key(w) for w in words]
            part_ids: set[int] = set()
            for n, key in enumerate(keys):
                if len(key) < 2 or is_particle(key) or key.isdigit():
                    continue
                followed_by_particle = n + 1 < len(keys) and is_particle(keys[n + 1])
                part = self._part_index(entry, key, followed_by_particle)
                part_ids.add(part)
            if part_ids:
                entry.values.append(frozenset(part_ids))
        self._compiled = False

    def protect(self, words: Iterable[str]) -> None:
        """Words a report shows anyway (shown persons' names, its own labels): never a name alone."""
        for text in words:
            for a, b in word_spans(text):
                key = word_key(text[a:b])
                if len(key) >= 2:
                    self._protected.add(key)
        self._compiled = False

    @staticmethod
    def _part_index(entry: _Entry[T], key: str, patronymic_root: bool) -> int:
        for n, p in enumerate(entry.parts):
            if p.key == key and p.patronymic_root == patronymic_root:
                return n
        entry.parts.append(_Part(key, patronymic_root))
        return len(entry.parts) - 1

    def _compile(self) -> None:
        self._stems = {}
        self._lookups = {}
        for e, entry in enumerate(self._entries):
            for p, part in enumerate(entry.parts):
                for stem in stems_of(part.key, patronymic_root=part.patronymic_root):
                    self._stems.setdefault(stem.key, []).append((e, p, stem))
        self._heads = {k[:2] for k in self._stems}
        self._compiled = True  # lookups below need the stems
        protected_parts = {(e, p) for key in self._protected for e, p, _ in self._lookup(key)}
        for e, entry in enumerate(self._entries):
            for p, part in enumerate(entry.parts):
                if (e, p) in protected_parts:
                    part.strength = PROTECTED
                elif _is_weak(part.key):
                    part.strength = WEAK
                else:
                    part.strength = STRONG
        self._lookups = {}
        self._words = {}
        self._seen_words = set()
        self._relevant_words = set()
        self._prefixes = set()
        for key in self._stems:
            if len(key) >= MIN_JOINED:
                self._prefixes.update(key[:n] for n in range(1, len(key)))

    def _strong_stem(self, e: int, p: int, stem: Stem) -> bool:
        part = self._entries[e].parts[p]
        # The bare form of a patronymic root is the father's given name: another person.
        return part.strength == STRONG and (stem.family or not part.patronymic_root)

    # --- looking up one word ------------------------------------------------------

    def _lookup(self, key: str) -> tuple[tuple[int, int, bool], ...]:
        """(entry, part, strong) for every part whose forms include ``key``."""
        got = self._lookups.get(key)
        if got is not None:
            return got
        out: list[tuple[int, int, bool]] = []
        if key[:2] in self._heads:
            n = len(key)
            for cut in range(n, max(1, n - MAX_ENDING - 1), -1):
                stems = self._stems.get(key[:cut])
                if not stems:
                    continue
                ending = key[cut:]
                for e, p, stem in stems:
                    if ending in endings_after(stem.kind, key[cut - 1]):
                        out.append((e, p, self._strong_stem(e, p, stem)))
        result = tuple(dict.fromkeys(out))
        self._lookups[key] = result
        return result

    def _word_hits(self, raw: str) -> tuple[tuple[int, int, bool], ...]:
        hits = self._lookup(word_key(raw))
        if not hits and _APOSTROPHES.search(raw):
            # Kazakh Latin may set an ending off with an apostrophe: "Maksutkhan'nyng".
            head = _APOSTROPHES.split(raw, 1)[0]
            if len(head) >= 3:
                hits = self._lookup(word_key(head))
        return hits

    # --- finding ------------------------------------------------------------------

    def find(self, text: str | WordScan) -> list[NameMatch[T]]:
        """Every stretch of the text that names a withheld name, in text order, not overlapping."""
        if not self._compiled:
            self._compile()
        if not self._stems or not text:
            return []
        scan = text if isinstance(text, WordScan) else WordScan(text)
        hits = self._hits(scan)
        if not hits:
            return []
        found: list[tuple[int, int, int]] = []
        for e, entry_hits in hits.items():
            for first, last in self._runs(scan, e, entry_hits):
                end = scan.spans[last][1]
                if self._initial_key(scan, last) and end < len(scan.text) and scan.text[end] == ".":
                    end += 1
                found.append((scan.spans[first][0], end, e))
        return self._non_overlapping(found)

    def _relevant(self, scan: WordScan) -> set[str]:
        """The distinct words of ``scan`` that name a part or may start one spelled in pieces."""
        # Set operations run in C: only words never seen before are looked up one by one.
        for raw in scan.distinct - self._seen_words:
            self._seen_words.add(raw)
            known = self._words[raw] = (self._word_hits(raw), self._starts_part(raw))
            if known[0] or known[1]:
                self._relevant_words.add(raw)
        return scan.distinct & self._relevant_words

    def _hits(self, scan: WordScan) -> dict[int, list[_Hit]]:
        """Every part found, by entry, in word order."""
        relevant = self._relevant(scan)
        hits: dict[int, list[_Hit]] = {}
        if not relevant:
            return hits
        for i, raw in enumerate(scan.raws):
            if raw not in relevant:
                continue
            word_hits, starts_part = self._words[raw]
            for e, p, strong in word_hits:
                hits.setdefault(e, []).append(_Hit(i, i, p, strong))
            if starts_part:
                for e, p, last, strong in self._joined(scan, i):
                    hits.setdefault(e, []).append(_Hit(i, last, p, strong))
        return hits

    def _starts_part(self, raw: str) -> bool:
        if len(raw) == 1 and not raw.isupper():
            return False  # "a", "в", "и": a name spelled letter by letter starts with a capital
        key = word_key(raw)
        # The last letter may merge with the next piece's first ("Мұхамед-" + "жан": d + zh is j).
        return key in self._prefixes or (len(key) > 1 and key[:-1] in self._prefixes)

    def _joined(self, scan: WordScan, i: int) -> list[tuple[int, int, int, bool]]:
        """(entry, part, last word, strong) for parts spelled across pieces starting at word ``i``.

        Keys are joined piece by piece (a key of keys is the key of the joined
        letters: "maksut" + "han", "maksutk" + "h" -> "maksuth") and the
        joining stops as soon as no strong part starts so; the gaps are
        checked only for a piece that completes a part.
        """
        out = []
        key = word_key(scan.raws[i])
        # A part the pieces so far already spell is not spelled again by adding the next word
        # ("Омар" + "Н." is the name and an initial, not the accusative "Омарн").
        spelled = {(e, p) for e, p, _ in self._lookup(key)}
        for j in range(i + 1, min(len(scan.raws), i + MAX_PIECES)):
            key = _joined_key(key, word_key(scan.raws[j]))
            for e, p, strong in self._lookup(key):
                if (e, p) not in spelled and all(_PIECE_GAP.fullmatch(scan.gap(g)) for g in range(i, j)):
                    out.append((e, p, j, strong))
                spelled.add((e, p))
            if key not in self._prefixes and key[:-1] not in self._prefixes:
                break
        return out

    def _initial_key(self, scan: WordScan, i: int) -> str:
        """The key of word ``i`` if it is an initial ("N.", "Zh.", a lone capital), else ""."""
        raw = scan.raws[i]
        if len(raw) > 4:
            return ""
        folded = COMBINING.sub("", raw)
        end = scan.spans[i][1]
        dotted = end < len(scan.text) and scan.text[end] == "."
        if len(folded) == 1 and folded.isalpha() and (dotted or folded.isupper()):
            return word_key(raw)
        if dotted and len(folded) <= 4 and folded.lower() in _DIGRAPH_INITIALS and folded[0].isupper():
            return word_key(raw)
        return ""

    def _initial_of(self, e: int, key: str) -> set[int]:
        """Parts of entry ``e`` whose initial ``key`` may be ("Zh." or "Z." for Жанар, "Sh." or "S." for Шолпан)."""
        if not key:
            return set()
        return {p for p, part in enumerate(self._entries[e].parts) if part.key.startswith(key) or key in part.initials}

    def _runs(self, scan: WordScan, e: int, entry_hits: list[_Hit]) -> list[tuple[int, int]]:
        """(first word, last word) of each accepted run of entry ``e``'s parts."""
        entry = self._entries[e]
        if not self._may_accept(scan, entry, entry_hits):
            return []
        entry_hits.sort(key=lambda h: (h.first, -h.last))
        groups: list[list[_Hit]] = []
        for h in entry_hits:
            if groups and self._continues(scan, e, groups[-1], h):
                groups[-1].append(h)
            else:
                groups.append([h])
        out = []
        for group in groups:
            first, last = group[0].first, max(h.last for h in group)
            initial_parts: set[int] = set()
            # Glue words inside the run that are initials of this name.
            for i in range(first, last + 1):
                if not any(h.first <= i <= h.last for h in group):
                    initial_parts |= self._initial_of(e, self._initial_key(scan, i))
            # Initials of this name right before or after the run.
            while first > 0 and _GLUE_GAP.fullmatch(scan.gap(first - 1)):
                parts = self._initial_of(e, self._initial_key(scan, first - 1))
                if not parts:
                    break
                initial_parts |= parts
                first -= 1
            while last + 1 < len(scan.spans) and _GLUE_GAP.fullmatch(scan.gap(last)):
                parts = self._initial_of(e, self._initial_key(scan, last + 1))
                if not parts:
                    break
                initial_parts |= parts
                last += 1
            parts = {h.part for h in group}
            strong = any(h.strong for h in group)
            whole = any(value <= parts for value in entry.values)
            weak_with_initial = any(entry.parts[p].strength == WEAK and initial_parts - {p} for p in parts)
            if strong or len(parts) >= 2 or whole or weak_with_initial:
                out.append((first, last))
        return out

    def _may_accept(self, scan: WordScan, entry: _Entry[T], entry_hits: list[_Hit]) -> bool:
        """A quick no: one weak part found, not a whole name, and no initial anywhere in the text."""
        if any(h.strong for h in entry_hits):
            return True
        parts = {h.part for h in entry_hits}
        if len(parts) > 1 or any(value <= parts for value in entry.values):
            return True
        if all(entry.parts[p].strength == PROTECTED for p in parts):
            return False
        return scan.has_short_capitalised

    def _continues(self, scan: WordScan, e: int, group: list[_Hit], h: _Hit) -> bool:
        """Whether hit ``h`` belongs to the same run as ``group`` (only glue between them)."""
        last = max(g.last for g in group)
        if h.first <= last:
            return True
        gap = _COMMA_GAP if (h.strong or group[-1].strong) else _GLUE_GAP
        for i in range(last + 1, h.first):  # words between must be initials of this name or particles
            key = word_key(scan.raws[i])
            if not (is_particle(key) or self._initial_of(e, self._initial_key(scan, i))):
                return False
        for i in range(last, h.first):
            if not gap.fullmatch(scan.gap(i)):
                return False
        return True

    def _non_overlapping(self, found: list[tuple[int, int, int]]) -> list[NameMatch[T]]:
        """Within each cluster of overlapping runs the longest wins; ties go to the name registered first."""
        found.sort()
        kept: list[tuple[int, int, int]] = []
        cluster: list[tuple[int, int, int]] = []
        reach = -1
        for run in [*found, (1 << 62, 1 << 62, -1)]:  # a sentinel closes the last cluster
            if cluster and run[0] >= reach:
                kept += _choose(cluster)
                cluster = []
            cluster.append(run)
            reach = max(reach, run[1]) if len(cluster) > 1 else run[1]
        kept.sort()
        return [NameMatch(a, b, self._entries[e].owner) for a, b, e in kept]

    def strong_keys(self) -> set[str]:
        """Keys of the parts found alone."""
        if not self._compiled:
            self._compile()
        return {p.key for e in self._entries for p in e.parts if p.strength == STRONG and not p.patronymic_root}

    # --- names inside other tokens --------------------------------------------------

    def owner_inside(self, key: str) -> T | None:
        """The owner of a strong name part whose key occurs inside ``key`` (a handle, a URL), or None."""
        if not self._compiled:
            self._compile()
        for stem_key, stems in self._stems.items():
            if len(stem_key) >= MIN_STRONG and stem_key in key:
                for e, p, stem in stems:
                    if stem.kind == "noun" and self._strong_stem(e, p, stem):
                        return self._entries[e].owner
        return None


# A part's key may start differently from the key of the one letter some romanisation starts
# it with: ж (key j) written Z. or D. (zh, dzh), х (h) written K. (kh), ш (sh) S., ч (ch) C. (key k),
# ц (ts) T., е (e) Y. (ye, key i).
_OTHER_INITIALS = (("j", "zd"), ("h", "k"), ("sh", "s"), ("ch", "k"), ("ts", "t"), ("e", "i"))


def _other_initials(key: str) -> frozenset[str]:
    out: set[str] = set()
    for start, letters in _OTHER_INITIALS:
        if key.startswith(start):
            out.update(letters)
    return frozenset(out)


# Where two keys meet, the key rules may rewrite across the seam (k + h is h, d + j is j, a
# doubled letter is one): only then is the joined key computed again.
_SEAMS = frozenset({"kh", "zh", "gh", "ph", "dj", "ou"})


def _joined_key(a: str, b: str) -> str:
    """The key of two pieces' letters together, from the pieces' keys."""
    if not a or not b:
        return a + b
    if a[-1] == b[0] or a[-1] + b[0] in _SEAMS or (a[-2:] == "sh" and b[:2] == "ch") or "e" in (a[-1], b[0]):
        return skeleton(a + b)
    return a + b


def _choose(cluster: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Runs of one cluster that do not overlap, longest first."""
    chosen: list[tuple[int, int, int]] = []
    for a, b, e in sorted(cluster, key=lambda f: (-(f[1] - f[0]), f[2], f[0])):
        if all(b <= ka or a >= kb for ka, kb, _ in chosen):
            chosen.append((a, b, e))
    return chosen


def _is_weak(key: str) -> bool:
    shortest = MIN_STRONG if key.isascii() else MIN_STRONG_OTHER
    return len(key) < shortest or is_common_given_name(key)
