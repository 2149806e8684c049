"""Text normalisation shared by redaction (scrubbing) and the leak gate (searching).

Both sides must agree on what "the same string" means, or a leak slips between
them: a name written with or without Kazakh letters, in capitals, with an
apostrophe of another shape or split over two lines is still the same name.

- ``fold`` : case-folded, accents and Arabic vowel marks removed, Kazakh letters
  mapped to their nearest Russian letter, quote marks unified.
- ``loose``: ``fold`` with every run of other punctuation and white space made a
  single space (word boundaries kept).
- ``skeleton``: ``loose`` without any space (survives words broken across lines).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that are distinct code points but that a reader, a transliteration or
# a keyboard without Kazakh layout would write as the plain Cyrillic letter.
_LETTER_FOLD = {
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

_QUOTES_SINGLE = "'`´‘’‚‛′ʹʼˈ"
_QUOTES_DOUBLE = '"“”„‟″«»ʺ'

_FOLD_TABLE = {ord(k): v for k, v in _LETTER_FOLD.items()}
_FOLD_TABLE.update({ord(c): "'" for c in _QUOTES_SINGLE})
_FOLD_TABLE.update({ord(c): '"' for c in _QUOTES_DOUBLE})
_QUOTE_TABLE = {ord(c): "'" for c in _QUOTES_SINGLE} | {ord(c): '"' for c in _QUOTES_DOUBLE}
_FOLD_TABLE.update({0x00AD: "", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: "", 0xFEFF: ""})

# Characters kept by ``loose`` besides letters and digits: they carry meaning
# in coordinates, e-mail addresses and phone numbers.
_KEEP = "°@+"
_NON_WORD = re.compile(r"[^\w" + re.escape(_KEEP) + r"]+|_+")


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


_COMBINING = _combining_class()


def fold(text: str) -> str:
    """Case-fold and strip marks so that spellings of one name compare equal."""
    if text.isascii():
        return text.casefold().translate(_FOLD_TABLE)
    # Quotes first: NFKC would turn a double prime into two single primes.
    text = unicodedata.normalize("NFKC", text.translate(_QUOTE_TABLE)).casefold()
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.translate(_FOLD_TABLE)


def _loose(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


_loose_short = functools.lru_cache(maxsize=65536)(_loose)


def loose(text: str) -> str:
    """``fold`` with punctuation and white space collapsed to single spaces."""
    # Names and other tokens are normalised again and again: remember the short ones.
    return _loose_short(text) if len(text) <= 80 else _loose(text)


def skeleton(text: str) -> str:
    """``loose`` without spaces."""
    return loose(text).replace(" ", "")


_CASED_FOLD = {ord(k): v for k, v in _LETTER_FOLD.items()} | {
    ord(k.upper()): v.upper() for k, v in _LETTER_FOLD.items() if k.upper() != k and len(k.upper()) == 1
}


def strip_diacritics(text: str) -> str:
    """The same text without accents and with Kazakh letters as Russian ones, case kept."""
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text))).translate(_CASED_FOLD)


# Cyrillic to Latin, close to what Kazakh and Russian passports and news agencies
# write, so that "Мақсұтхан" is also looked for as "Maksutkhan".
_TRANSLIT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def transliterate(text: str) -> str:
    """A Latin rendering of Cyrillic text (other characters unchanged), lower case."""
    return "".join(_TRANSLIT.get(c, c) for c in text.lower())


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
