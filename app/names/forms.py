"""The forms a text may use for one word of a name, on phonetic keys.

A name part is found in text by its *stems*: the key of the part itself and,
for family names and patronymics, the key of each sibling form, and by the
*endings* Kazakh and Russian grammar put after a stem.  A word of a text
names the part when its key is a stem followed by one of the endings that
stem takes:

- Kazakh case endings in every vowel-harmony and assimilation variant
  (Мақсұтханның, Мақсұтханға, Мақсұтханды, Мақсұтханда, Мақсұтханнан,
  Мақсұтханмен), plurals and the possessive -дікі;
- English plurals ("the Omarovs");
- Russian noun and surname declension (Максутхана, Максутхану,
  Максутханом, Максутхане; Оспановым, Оспановой, Оспановых); a stem in -а
  drops it (Гульнара: Гульнары, Гульнаре, Гульнарой), a stem in -й softens
  (Николай: Николаем);
- family forms of one root are one name: -ов/-ова/-ев/-ева/-ёв, -ұлы/-қызы
  (uly, kyzy, uulu, ogly), -ович/-овна/-евич/-евна are siblings
  (Ақжолұлы, Акжолов, Акжоловна); -ин/-ина and -ский/-ская likewise among
  themselves.  The bare root (Ақжол, a father's given name) is another
  person and is not a form; a name without a suffix does take the -ов forms
  (Тұрғанбай, Турганбаев: the same name Russified).

Endings are written here as ``app.names.letters`` folds Cyrillic, and turned
into keys once, so that every romanisation of an ending is covered by the
same key rules that cover the name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.names.keys import skeleton

__all__ = ["MAX_ENDING", "Stem", "endings_after", "stems_of"]

# --- endings, folded as app.names.letters writes Cyrillic ----------------------

_RUSSIAN = [
    "", "s", "a", "ya", "u", "yu", "om", "em", "e", "y", "i", "oi", "ei", "oyu", "eyu",
    "ym", "im", "ykh", "ikh", "ymi", "imi", "am", "yam", "ami", "yami", "akh", "yakh",
]  # fmt: skip
_KAZAKH_CASES = [
    # genitive, dative, accusative, locative, ablative, instrumental
    "nyng", "ning", "dyng", "ding", "tyng", "ting",
    "nyn", "nin", "dyn", "din", "tyn", "tin",  # ң written n (passports, journalism)
    "gha", "ge", "qa", "ke", "na", "ne", "a", "e",
    "ny", "ni", "dy", "di", "ty", "ti", "n",
    "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "nan", "nen", "ndan", "nden",
    "men", "ben", "pen", "menen", "benen", "penen",
    # possessive 3rd person, "the one of": Мақсұтхандікі
    "y", "i", "sy", "si", "nyki", "niki", "dyki", "diki", "tyki", "tiki",
]  # fmt: skip
_KAZAKH_PLURALS = ["lar", "ler", "dar", "der", "tar", "ter"]
_AFTER_PLURAL = ["", "dyng", "ding", "dyn", "din", "gha", "ge", "dy", "di", "da", "de", "dan", "den", "men", "y", "i"]
# A stem in -а as Russian declines it (the vowel goes): Гульнар-ы, -е, -у, -ой, -ою.
_A_STEM = ["y", "i", "e", "u", "oi", "oyu", "ei", "eyu", "ya", "yu"]
# A stem in vowel + й as Russian declines it: Никола-ем, Никола-е (й goes before е).
_SOFT_STEM = ["em", "e"]
# Adjectival family names: Жуковск-ий, -ого, -ому, -им, -ом, -ая, -ой, -ую, -ие, -их, -ими.
_ADJECTIVAL = ["ii", "iy", "y", "ogo", "omu", "im", "om", "aya", "oi", "uyu", "ie", "ikh", "imi"]

# Family forms of one root, folded (keys below).
_PATRONYMIC_FAMILY = [
    "ov", "ova", "ev", "eva", "yov", "yova",
    "uly", "ulu", "uulu", "kyzy", "qyzy", "ogly", "ugly", "gyzy",
    "ovich", "evich", "ovna", "evna",
]  # fmt: skip
_IN_FAMILY = ["in", "ina", "yn", "yna"]
_SKY_FAMILY = ["skii", "skaya", "tskii", "tskaya"]


def _keys(endings: list[str]) -> frozenset[str]:
    return frozenset(skeleton(e) if e else "" for e in endings)


_NOUN = _keys(
    _RUSSIAN + _KAZAKH_CASES + [p + c for p in _KAZAKH_PLURALS for c in _AFTER_PLURAL]
)  # fmt: skip
_ENDINGS = {
    "noun": _NOUN,
    "a-stem": _keys(_A_STEM),
    "soft": _keys(_SOFT_STEM),
    "adjective": _keys(_ADJECTIVAL),
}
MAX_ENDING = max(len(e) for group in _ENDINGS.values() for e in group)


def _longest_first(suffixes: list[str]) -> list[str]:
    return sorted(_keys(suffixes), key=len, reverse=True)


# (suffix keys longest first, shortest root allowed, adjectival)
_PATRONYMIC = (_longest_first(_PATRONYMIC_FAMILY), 3, False)
_FAMILIES = [_PATRONYMIC, (_longest_first(_SKY_FAMILY), 3, True), (_longest_first(_IN_FAMILY), 4, False)]
_VOWELS = frozenset("aeiou")
_RUSSIFIED_FROM = 5  # letters a suffixless name needs before its -ов forms count as the same name


@lru_cache(maxsize=4096)
def endings_after(kind: str, last_letter: str) -> frozenset[str]:
    """Endings a stem of ``kind`` ending in ``last_letter`` takes, as keys.

    Keys write a doubled letter once, so an ending that starts with the
    stem's last letter also appears without it (Нұрлан + ның = "nurlaning").
    """
    endings = _ENDINGS[kind]
    return endings | frozenset(e[1:] for e in endings if e[:1] == last_letter)


@dataclass(frozen=True)
class Stem:
    """A key a text word must start with, and which endings may follow it."""

    key: str
    kind: str  # "noun", "a-stem", "soft" or "adjective"
    family: bool  # a sibling form of a family name or patronymic (not the bare word)


def _family_root(key: str) -> tuple[str, list[str], bool] | None:
    """(root, sibling suffixes, adjectival) when ``key`` is a family name or patronymic form."""
    for suffixes, min_root, adjectival in _FAMILIES:
        for suf in suffixes:
            if key.endswith(suf) and len(key) - len(suf) >= min_root:
                return key[: -len(suf)], suffixes, adjectival
    return None


def stems_of(key: str, *, patronymic_root: bool = False) -> list[Stem]:
    """Every stem of one name part given by its key.

    ``patronymic_root`` marks a word that a separate particle follows in the
    stored name ("Ақжол ұлы"): its -ұлы/-ов forms are stems too.
    """
    out: list[Stem] = []
    family = _family_root(key)
    if family is None and patronymic_root and len(key) >= 3:
        family = (key, _PATRONYMIC[0], False)
    if family is not None:
        root, suffixes, adjectival = family
        # A root in vowel + й loses it before a Russian suffix and keeps it before a Kazakh one
        # (Нұрлыбай: Нұрлыбаев, Нұрлыбайұлы).
        bare = root[:-1] if len(root) > 3 and root[-1] == "i" and root[-2] in _VOWELS else root
        roots = {root, bare} | ({bare + "i"} if bare[-1] in _VOWELS else set())
        for r in sorted(roots):
            for suf in suffixes:
                out.extend(_word_stems(skeleton(r + suf), family=True))
        if adjectival:
            out.append(Stem(skeleton(bare + "sk"), "adjective", True))
            out.append(Stem(skeleton(bare + "tsk"), "adjective", True))
    if family is None or patronymic_root:
        out.extend(_word_stems(key, family=False))
    if family is None and not patronymic_root and len(key) >= _RUSSIFIED_FROM:
        # A Kazakh family name without a suffix is Russified in documents (Тұрғанбай: Турганбаев),
        # and Russian makes possessives the same way (Максутханов "Maksutkhan's").
        bare = key[:-1] if key[-1] == "i" and key[-2] in _VOWELS else key
        for suf in ("ov", "ova", "ev", "eva"):
            out.extend(_word_stems(skeleton(bare + suf), family=True))
    seen: set[tuple[str, str]] = set()
    unique = []
    for s in out:
        if (s.key, s.kind) not in seen:
            seen.add((s.key, s.kind))
            unique.append(s)
    return unique


def _word_stems(key: str, *, family: bool) -> list[Stem]:
    stems = [Stem(key, "noun", family)]
    if len(key) > 3 and key[-1] == "a":
        stems.append(Stem(key[:-1], "a-stem", family))
    if len(key) > 3 and key[-1] == "i" and key[-2] in _VOWELS:
        stems.append(Stem(key[:-1], "soft", family))
    return stems
