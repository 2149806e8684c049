"""Transliteration and phonetic keys for names written in several scripts.

Two layers:

``fold(text)``
    A readable, lowercase Latin rendering: Kazakh and Russian Cyrillic are
    transliterated, the Kazakh Latin alphabets (2017 apostrophe form, 2018
    acute form, 2021 form) and other diacritics are reduced to plain letters.
    ``fold("Мақсұтхан Назигүл") == "maqsutkhan nazigul"``.

``name_keys(text)``
    One matching key per word: the folded word reduced to a phonetic
    skeleton in which the spellings that the different romanisations use for
    one Cyrillic letter become the same (kh/h/x-as-ks, zh/j, gh/g, q/k,
    y/i, doubled letters, ...).  ``name_keys("Maxutkhan") ==
    name_keys("Мақсұтхан") == ["maksuthan"]``.

The letter tables come from public standards; see docs/search.md for their
origin.  Everything here is pure Python and deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_keys", "fold_words", "name_tokens", "skeleton"]

# ---------------------------------------------------------------------------
# Letter tables (lowercase only; input is case-folded first)
# ---------------------------------------------------------------------------

# Kazakh and Russian Cyrillic (plus a few letters of neighbouring Cyrillic
# alphabets that have no Unicode decomposition) to the common Latin base.
# Consonants follow BGN/PCGN and ICAO Doc 9303 (zh, kh, ts, ch, sh, shch);
# the Kazakh letters follow BGN/PCGN Kazakh (gh, q, ng) with the vowels
# reduced to their base letter (ә -> a, ө -> o, ұ/ү -> u, і -> i).
_CYRILLIC = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "gh",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ng",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # neighbours without a Unicode decomposition
    "є": "ye",
    "ґ": "g",
    "ҳ": "h",
    "ҷ": "j",
    "ҫ": "s",
    "ҙ": "z",
    "ҡ": "q",
    "ӈ": "ng",
    "ҥ": "ng",
    "ӏ": "",
    "ҕ": "gh",
    "ӄ": "q",
}

# Latin letters with their own meaning in the Kazakh Latin alphabets
# (2021: Ä Ğ I/ı Ñ Ö Ş Ū Ü; 2018: Á Ǵ Ń Ó Ú Ý; 2019 draft: Ŋ Ç) and in
# scholarly transliteration (ISO 9: č š ž ŝ; Yañalif: ƣ ɵ ə).  Letters not
# listed lose their diacritics through Unicode decomposition.
_LATIN = {
    "ä": "a",
    "á": "a",
    "ə": "a",
    "æ": "a",
    "ğ": "gh",
    "ǵ": "gh",
    "ġ": "gh",
    "ǧ": "gh",
    "ƣ": "gh",
    "ı": "i",
    "ñ": "ng",
    "ń": "ng",
    "ŋ": "ng",
    "ņ": "ng",
    "ö": "o",
    "ó": "o",
    "ɵ": "o",
    "ø": "o",
    "ş": "sh",
    "ș": "sh",
    "š": "sh",
    "ŝ": "shch",
    "ç": "ch",
    "č": "ch",
    "ĉ": "ch",
    "ž": "zh",
    "ţ": "ts",
    "ț": "ts",
    "ū": "u",
    "ü": "u",
    "ú": "u",
    "ý": "u",  # 2018 Kazakh Latin: Ý = У
    "ķ": "q",
    "ĸ": "q",
    "ḩ": "h",
    "ħ": "h",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "œ": "oe",
    "þ": "th",
}

_MAP = {**_CYRILLIC, **_LATIN}

# 2017 Kazakh Latin (decree 569) wrote the extra letters with an apostrophe:
# A' G' N' O' U' Y'(=У) I'(=И/Й) S'(=Ш) C'(=Ч); informal Kazakh chat
# romanisation also uses K' for Қ.
_APOSTROPHE_LETTERS = {
    "a": "a",
    "g": "gh",
    "n": "ng",
    "o": "o",
    "u": "u",
    "y": "u",
    "i": "i",
    "s": "sh",
    "c": "ch",
    "k": "q",
}

# Every character that people type as an apostrophe, unified to "'" before
# Unicode normalisation (NFKC would turn the acute accent into a space).
_APOSTROPHES = "'’‘ʼʻ`´ʹʺ′ʽ"
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in _APOSTROPHES})

_ASCII_WORD = re.compile(r"[A-Za-z0-9']+")
_APOS_DIGRAPH = re.compile(r"([agnouyisck])'")
_POSSESSIVE = re.compile(r"'s$")
_FINAL_S_APOS = re.compile(r"s'$")


def _is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or ch == "'"


def _raw_words(text: str) -> list[str]:
    """Split into words after NFKC; format characters (RTL marks, zero-width
    joiners, soft hyphens) vanish, anything not a letter/digit/mark/
    apostrophe separates."""
    text = text.translate(_APOSTROPHE_TABLE)
    if text.isascii():
        return _ASCII_WORD.findall(text)
    text = unicodedata.normalize("NFKC", text)
    words: list[str] = []
    cur: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            cur.append(ch)
        elif unicodedata.category(ch) == "Cf":
            continue
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return words


def _map_chars(word: str) -> str:
    out: list[str] = []
    for ch in word:
        rep = _MAP.get(ch)
        if rep is not None:
            out.append(rep)
            continue
        # Decompose, drop combining marks, and map what is left once more
        # (so that e.g. Cyrillic ӯ becomes у and then u).
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.category(part) == "Mn":
                continue
            rep = _MAP.get(part)
            out.append(rep if rep is not None else part)
    return "".join(out)


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    w = word.casefold()
    if "'" in w:
        w = _POSSESSIVE.sub("", w) if len(w) > 3 else w
        w = _FINAL_S_APOS.sub("s", w)
        w = _APOS_DIGRAPH.sub(lambda m: _APOSTROPHE_LETTERS[m.group(1)], w)
        w = w.replace("'", "")
    w = _map_chars(w)
    # Recompose (Hangul and the like) and keep only word characters.
    w = unicodedata.normalize("NFC", w)
    return "".join(ch for ch in w if _is_word_char(ch) and ch != "'")


def fold_words(text: str) -> list[tuple[str, str]]:
    """(original word, folded word) pairs; words that fold to nothing are
    dropped."""
    pairs = []
    for raw in _raw_words(text):
        f = _fold_word(raw)
        if f:
            pairs.append((raw, f))
    return pairs


def fold(text: str) -> str:
    """Lowercase, NFKC, transliterate Cyrillic and the Kazakh Latin
    alphabets to plain Latin, drop diacritics and punctuation.

    Scripts with no table here (Arabic, Chinese, ...) are kept, normalised.
    Idempotent: ``fold(fold(s)) == fold(s)``.
    """
    return " ".join(f for _, f in fold_words(text))


# ---------------------------------------------------------------------------
# Phonetic skeleton
# ---------------------------------------------------------------------------

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
