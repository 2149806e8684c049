"""Text normalisation for withheld values that are not names (scrubbing and the leak gate).

Both sides must agree on what "the same string" means, or a leak slips between
them: a health note written with or without Kazakh letters, in capitals, with
an apostrophe of another shape or split over two lines is still the same text.
Names are matched by their phonetic keys instead (``app.names``); the letters
here come from the same tables (``app.names.letters.fold_text``).

- ``fold`` : case-folded, accents and Arabic vowel marks removed, Kazakh letters
  mapped to their nearest Russian letter, quote marks unified.
- ``loose``: ``fold`` with every run of other punctuation and white space made a
  single space (word boundaries kept).
- ``skeleton``: ``loose`` without any space (survives words broken across lines).
"""

from __future__ import annotations

import functools
import re

from app.names.letters import fold_text as fold
from app.names.letters import has_cyrillic, strip_diacritics

__all__ = ["fold", "has_cyrillic", "loose", "loose_with_map", "skeleton", "strip_diacritics"]

# Characters kept by ``loose`` besides letters and digits: they carry meaning
# in coordinates, e-mail addresses and phone numbers.
_KEEP = "°@+"
_NON_WORD = re.compile(r"[^\w" + re.escape(_KEEP) + r"]+|_+")


def _loose(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


_loose_short = functools.lru_cache(maxsize=65536)(_loose)


def loose(text: str) -> str:
    """``fold`` with punctuation and white space collapsed to single spaces."""
    # Tokens are normalised again and again: remember the short ones.
    return _loose_short(text) if len(text) <= 80 else _loose(text)


def skeleton(text: str) -> str:
    """``loose`` without spaces."""
    return loose(text).replace(" ", "")


_fold_char = functools.lru_cache(maxsize=8192)(fold)


_WORD_RUN = re.compile(r"(?:[^\W_]|[" + re.escape(_KEEP) + r"])+")


def loose_with_map(text: str) -> tuple[str, list[int]]:
    """``" " + loose(text) + " "`` and, for each of its characters, the index in ``text`` it came from.

    Lets the scrubber find a token in normalised form and replace the
    original characters, whatever case, marks or spacing they were written in.
    """
    folds = [_fold_char(c) for c in text]
    folded = "".join(folds)
    if len(folded) == len(text):
        origin: list[int] = list(range(len(text)))
    else:
        origin = [i for i, f in enumerate(folds) for _ in f]
    out: list[str] = [" "]
    back: list[int] = [0]
    for m in _WORD_RUN.finditer(folded):
        a, b = m.span()
        out.append(m.group())
        back.extend(origin[a:b])
        out.append(" ")
        back.append(origin[b] if b < len(origin) else len(text))
    return "".join(out), back
