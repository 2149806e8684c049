"""Pseudonyms: stable within one report, chosen from a person's role, never from the name.

Detained persons are numbered ("Detained person 3"); everyone else gets a
letter from one shared sequence ("Supporter A", "Relative B", "Person C"), so
a letter names one person whatever their role. Numbers and letters follow the
order in which persons first appear in the case (``case_persons`` rows), an
order that says nothing about the name.
"""

from __future__ import annotations

import re

# category -> (en, ru, kk)
_LABELS: dict[str, tuple[str, str, str]] = {
    "detained": ("Detained person", "Задержанное лицо", "Ұсталған адам"),
    "supporter": ("Supporter", "Сторонник", "Қолдаушы"),
    "relative": ("Relative", "Родственник", "Туыс"),
    "witness": ("Witness", "Свидетель", "Куә"),
    "lawyer": ("Lawyer", "Адвокат", "Адвокат"),
    "official": ("Official", "Должностное лицо", "Лауазымды тұлға"),
    "group": ("Group", "Группа", "Топ"),
    "person": ("Person", "Лицо", "Тұлға"),
}
_LANGS = ("en", "ru", "kk")

# Placeholder for a withheld value inside free text: one fixed string per
# language, so its width says nothing about the length of what it replaces.
PLACEHOLDER = {"en": "[withheld]", "ru": "[скрыто]", "kk": "[жасырылды]"}

# What a receiving vault stores for a required value the sender's pack withheld (a person's name
# marked secret): it names nobody, so redaction never searches for it.
WITHHELD_VALUE = "[withheld by the sender]"

# Role codes (vocabulary "role") are matched by keyword so that new codes fall
# into a sensible category without a code change.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("detained", ("detain", "defendant", "accused", "suspect", "prisoner", "arrest", "victim")),
    ("relative", ("relative", "family", "spouse", "wife", "husband", "parent", "mother", "father", "child", "sibling")),
    ("supporter", ("support",)),
    ("witness", ("witness",)),
    ("lawyer", ("lawyer", "advocate", "counsel", "defence", "defense", "attorney")),
    ("official", ("official", "judge", "prosecutor", "investigator", "police", "officer")),
)


def pseudonym_words() -> list[str]:
    """Every word a pseudonym or placeholder can contain, in every language."""
    return [w for labels in _LABELS.values() for w in labels] + list(PLACEHOLDER.values())


def category(role: str | None, kind: str | None = None) -> str:
    """The pseudonym category of a role code (and person kind)."""
    if kind == "group":
        return "group"
    r = (role or "").lower()
    for cat, words in _KEYWORDS:
        if any(w in r for w in words):
            return cat
    return "person"


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA ... (spreadsheet columns)."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def label(cat: str, lang: str) -> str:
    return _LABELS.get(cat, _LABELS["person"])[_LANGS.index(lang) if lang in _LANGS else 0]


class PseudonymAllocator:
    """Hands out pseudonyms in call order: numbers for detained persons, shared letters for the rest."""

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._numbers = 0
        self._letters = 0

    def next(self, cat: str) -> str:
        if cat == "detained":
            self._numbers += 1
            return f"{label(cat, self._lang)} {self._numbers}"
        tag = letters(self._letters)
        self._letters += 1
        return f"{label(cat, self._lang)} {tag}"


def _forms(word: str) -> str:
    """A pattern for the word and its inflected forms: "witness(es)", "свидетел(ь|я|ями)"."""
    if word.isascii():
        return re.escape(word) + r"(?:e?s)?"
    return re.escape(word[: max(3, len(word) - 2)]) + r"\w{0,4}"


# "Witness C", "Задержанное лицо 3": a pseudonym in any language, as it appears in text.
_PSEUDONYM = re.compile(
    r"(?<!\w)(?P<label>"
    + "|".join(re.escape(lab) for lab in sorted({x for v in _LABELS.values() for x in v}, key=len, reverse=True))
    + r")\s+(?:\d+|[A-Z]{1,3})(?!\w)"
)
_CATEGORY_OF = {lab: cat for cat, labels in _LABELS.items() for lab in labels}


def phrase_once(text: str) -> str:
    """Say a person's role once: "the witness Witness C" -> "the Witness C".

    Scrubbing replaces a name by its pseudonym inside free text, where the
    writer had often put the role before the name ("supporter Aigerim
    Bekova"); the pseudonym already says it. Words just before a pseudonym
    that repeat its label, in any of the three languages and any inflection,
    are dropped.
    """
    out = text
    for m in reversed(list(_PSEUDONYM.finditer(text))):
        before = out[: m.start()]
        for label in _LABELS[_CATEGORY_OF[m.group("label")]]:
            words = label.split()
            pattern = r"(?<!\w)" + r"\s+".join(_forms(w) for w in words) + r"\s+$"
            hit = re.search(pattern, before, flags=re.IGNORECASE)
            if hit:
                out = before[: hit.start()] + out[m.start() :]
                break
    return out


def says_role(pseudonym: str, role_label: str) -> bool:
    """Whether ``pseudonym`` ("Supporter B") already says ``role_label`` ("Supporter", "supporter")."""
    head = pseudonym.rsplit(" ", 1)[0].casefold()
    role = role_label.casefold()
    return bool(role) and (head == role or head.startswith(role) or role.startswith(head))
