"""Phonetic keys: one skeleton per word, the same for every script and romanisation.

``name_keys(text)`` gives one key per word: the folded word (``app.names.letters``)
reduced to a skeleton in which the spellings that the different romanisations
use for one Cyrillic letter become the same (kh/h/x-as-ks, zh/j, gh/g, q/k,
y/i, doubled letters, ...).  ``name_keys("Maxutkhan") ==
name_keys("Мақсұтхан") == ["maksuthan"]``.

Search stores these keys in the case database, so the rules below may only
change together with a re-index of existing vaults.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.names.letters import ARABIC_VARIANTS, fold_words

__all__ = ["name_keys", "name_tokens", "skeleton", "word_key"]

# Ordered rewrite rules on a folded word.  Each rule merges spellings that
# the romanisation systems (or English-language journalism) use for one
# sound; see docs/search.md for the reasoning behind each line.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"shch", "sh"),  # щ: ICAO/BGN shch, 2021 ş
        (r"dzh|dj|zh", "j"),  # ж: zh (ICAO/BGN), j (Kazakh Latin), dzh/dj
        (r"kh", "h"),  # х: kh (ICAO/BGN), h (Kazakh Latin), һ
        (r"gh", "g"),  # ғ: gh (BGN), ğ (2021), g (Russian)
        (r"ph", "f"),
        (r"x", "ks"),  # Maxutkhan = Maksutkhan
        (r"ck", "k"),
        (r"q", "k"),  # қ: q (Kazakh Latin) = k (Russian/ICAO)
        (r"c(?!h)", "k"),
        (r"ou", "u"),  # French-style Nourlan
        (r"w", "u"),  # у written w (2019 draft, Uali/Wali)
        (r"y", "i"),  # ы, й, і, и and y/i of every system
        (r"^ie", "e"),  # Yergali = Ergali (е at word start)
        (r"(?<=[aeiou])i(?=e)", ""),  # Nurlybayev = Nurlybaev (ICAO drops й-glide)
        (r"(.)\1+", r"\1"),  # doubled letters
    ]
]


@lru_cache(maxsize=200_000)
def skeleton(folded_word: str) -> str:
    """Phonetic skeleton of one already folded word."""
    # Rewrite to a fixed point: a rule can create the input of an earlier
    # one (Cyrillic з+х folds to "zkh" -> "zh" -> "j", as the Latin "zh").
    w, prev = folded_word, None
    while w != prev:
        prev = w
        for pat, rep in _RULES:
            w = pat.sub(rep, w)
    return w


def name_tokens(text: str) -> list[tuple[str, str]]:
    """(original word, key) pairs, one per word of ``text``."""
    out = []
    for raw, f in fold_words(text):
        k = skeleton(f)
        if k:
            out.append((raw, k))
    return out


def name_keys(text: str) -> list[str]:
    """One phonetic key per word of a name (or of any text)."""
    return [k for _, k in name_tokens(text)]


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The key of one word as written in a report (its Arabic letter variants merged as well).

    Used by redaction and the leak gate on text and on stored names alike;
    search keeps ``name_keys`` unchanged because its keys are stored.
    """
    return skeleton("".join(f for _, f in fold_words(word.translate(ARABIC_VARIANTS))))
