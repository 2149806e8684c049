"""Letters: how the scripts and romanisations of a name fold to one base.

Everything Casefile knows about letters lives here, for search, redaction
and the leak gate alike:

``fold(text)`` / ``fold_word(word)``
    A readable, lowercase Latin rendering: Kazakh and Russian Cyrillic are
    transliterated, the Kazakh Latin alphabets (2017 apostrophe form, 2018
    acute form, 2021 form) and other diacritics are reduced to plain letters.
    ``fold("Мақсұтхан Назигүл") == "maqsutkhan nazigul"``.

``fold_text(text)``
    The same text compared character for character: case-folded, marks
    removed, Kazakh letters as the Russian letters a keyboard without them
    writes (қ -> к), quotes unified, invisible characters dropped; the script
    is kept.  For withheld values that are not names (a health note, a file
    name), whose words are compared as written.

``plain_cyrillic(text)``
    Kazakh letters as their nearest Russian ones, case and everything else
    kept: "Мақсұтхан" as a Russian-language document writes it.

The phonetic keys built on ``fold`` are in ``app.names.keys``.  The letter
tables come from public standards; see docs/search.md for their origin.
Everything here is pure Python and deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_text", "fold_word", "fold_words", "plain_cyrillic", "strip_diacritics"]

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
    # Once more after NFKC: it makes apostrophes of other characters (the Greek numeral sign
    # U+0374 becomes the modifier prime U+02B9), and a folded text must split as the original did.
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHE_TABLE)
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
def fold_word(word: str) -> str:
    """One word folded to the Latin base (see ``fold``)."""
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
        f = fold_word(raw)
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


def raw_words(text: str) -> list[str]:
    """The words of ``text`` as ``fold`` splits them, unfolded."""
    return _raw_words(text)


# ---------------------------------------------------------------------------
# Character-for-character folding (script kept)
# ---------------------------------------------------------------------------

# Letters that are distinct code points but that a reader, a transliteration or
# a keyboard without the Kazakh layout writes as the plain Cyrillic letter.
# The Kazakh ones agree with the Latin table above at the level of the
# phonetic key (қ -> к -> k and қ -> q -> k both give "k").
KAZAKH_AS_RUSSIAN = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
    "ї": "и",
    "є": "е",
    "ў": "у",
}
_TEXT_FOLD = {
    **KAZAKH_AS_RUSSIAN,
    "ı": "i",  # dotless i (Kazakh and Turkish Latin)
    "ß": "ss",
    "ø": "o",
    "đ": "d",
    "ł": "l",
    "æ": "ae",
    "œ": "oe",
    # Arabic-script letter variants that writers interchange.
    "ى": "ي",
    "ی": "ي",
    "ک": "ك",
    "ة": "ه",
    "ـ": "",  # tatweel (a stretching stroke, not a letter)
}
ARABIC_VARIANTS = str.maketrans({k: v for k, v in _TEXT_FOLD.items() if "\u0600" <= k <= "\u06ff"})

QUOTES_SINGLE = "'`´‘’‚‛′ʹʼˈ"
QUOTES_DOUBLE = '"“”„‟″«»ʺ'
_QUOTE_TABLE = {ord(c): "'" for c in QUOTES_SINGLE} | {ord(c): '"' for c in QUOTES_DOUBLE}
_INVISIBLE = {0x00AD: "", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: "", 0xFEFF: ""}
_FOLD_TABLE = {ord(k): v for k, v in _TEXT_FOLD.items()} | _QUOTE_TABLE | _INVISIBLE


def _combining_class() -> re.Pattern[str]:
    """One regex class of every combining mark in the Basic Multilingual Plane (built once)."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.combining(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{body}]+")


COMBINING = _combining_class()


def fold_text(text: str) -> str:
    """Case-fold and strip marks so that two writings of one text compare equal (script kept)."""
    if text.isascii():
        return text.casefold().translate(_FOLD_TABLE)
    # Quotes first: NFKC would turn a double prime into two single primes.
    text = unicodedata.normalize("NFKC", text.translate(_QUOTE_TABLE)).casefold()
    text = COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.translate(_FOLD_TABLE)


_CASED_FOLD = {ord(k): v for k, v in _TEXT_FOLD.items()} | {
    ord(k.upper()): v.upper() for k, v in _TEXT_FOLD.items() if k.upper() != k and len(k.upper()) == 1
}
_CASED_KAZAKH = {ord(k): v for k, v in KAZAKH_AS_RUSSIAN.items()} | {
    ord(k.upper()): v.upper() for k, v in KAZAKH_AS_RUSSIAN.items()
}


def strip_diacritics(text: str) -> str:
    """The same text without accents and with Kazakh letters as Russian ones, case kept."""
    return unicodedata.normalize("NFC", COMBINING.sub("", unicodedata.normalize("NFD", text))).translate(_CASED_FOLD)


def plain_cyrillic(text: str) -> str:
    """Kazakh letters as the Russian letters written without a Kazakh keyboard, case kept."""
    return text.translate(_CASED_KAZAKH)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)
