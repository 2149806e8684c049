"""The words of a text, with their places and keys, read once for every finder."""

from __future__ import annotations

import re

from app.names.keys import word_key

__all__ = ["WordScan", "word_spans"]

# Letters, digits and the combining marks written on them (Latin, Cyrillic,
# Arabic), and the invisible characters pasted text carries inside words
# (soft hyphen, zero-width joiners).  Underscores separate words: the text is
# read with them turned into spaces ("nazigul_maksutkhan" is two words).
_IN_WORD = r"\w\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u00ad\u200b-\u200d\u2060\ufeff"
_WORD = re.compile(rf"[{_IN_WORD}]+(?:['’ʼ‘`][{_IN_WORD}]+)*")


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word: letters, digits and marks, apostrophes between letters."""
    return [m.span() for m in _WORD.finditer(text.replace("_", " "))]


class WordScan:
    """One text's words as written; their places and keys are worked out when first asked for.

    Most texts name nobody: finders look at the distinct words first
    (``distinct``) and ask for places only when one of them matters.
    """

    __slots__ = ("_capitals", "_distinct", "_keys", "_spans", "raws", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raws: list[str] = _WORD.findall(text.replace("_", " "))
        self._spans: list[tuple[int, int]] | None = None
        self._keys: list[str] | None = None
        self._distinct: set[str] | None = None
        self._capitals: bool | None = None

    @property
    def distinct(self) -> set[str]:
        if self._distinct is None:
            self._distinct = set(self.raws)
        return self._distinct

    @property
    def has_short_capitalised(self) -> bool:
        """Whether some word of four letters or fewer starts with a capital (an initial may be there)."""
        if self._capitals is None:
            self._capitals = any(len(raw) <= 4 and raw[:1].isupper() for raw in self.distinct)
        return self._capitals

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = word_spans(self.text)
        return self._spans

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [word_key(w) for w in self.raws]
        return self._keys

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1``."""
        return self.text[self.spans[i][1] : self.spans[i + 1][0]]
