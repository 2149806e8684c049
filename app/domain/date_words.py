"""The words a fuzzy date may contain, in English, Russian and Kazakh.

Every word of a date must be one of these: a word the parser does not know is refused, never
skipped, so a typo ("lat November") cannot quietly widen a date to the whole month. Russian words
are listed with their case forms ("ноябрь", "ноября", "ноябре"); Kazakh words take the case
endings below ("қараша", "қарашаның", "қарашада", "қарашадан").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# What a word does in a date.
MONTH = "month"  # value: 1..12
SEASON = "season"  # value: (first month, last month)
PART = "part"  # value: (first day, last day) of a month
APPROX = "approx"  # the date is approximate
FROM = "from"  # opens a range: "from", "с", "бастап"
TO = "to"  # separates the two ends of a range: "to", "по", "до"
UNTIL = "until"  # closes a range after its end: "дейін"
AND = "and"  # "between 13 and 15": a separator only after "between"
BETWEEN = "between"
TODAY = "today"  # value: days before today
FILLER = "filler"  # "in", "of", "года", "жылы": carries nothing


@dataclass(frozen=True)
class Word:
    kind: str
    value: Any = None
    ablative: bool = False  # a Kazakh "-дан/-нен" ending: "13 қарашадан" = "from 13 November"


EARLY, MID, LATE = (1, 10), (11, 20), (21, 31)
SPRING, SUMMER, AUTUMN, WINTER = (3, 5), (6, 8), (9, 11), (12, 2)

# Kazakh case endings, all harmony variants together (a word's own vowels pick one in real text).
_KK_POSSESSIVE = ("ы", "і", "сы", "сі")
_KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен", "ынан", "інен", "сынан", "сінен")
_KK_OTHER = (
    *("ның", "нің", "дың", "дің", "тың", "тің", "ының", "інің", "сының", "сінің"),  # genitive
    *("ға", "ге", "қа", "ке", "на", "не", "ына", "іне", "сына", "сіне"),  # dative
    *("да", "де", "та", "те", "нда", "нде", "ында", "інде", "сында", "сінде"),  # locative
    *("ғы", "гі", "қы", "кі", "дағы", "дегі", "тағы", "тегі", "ындағы", "індегі", "сындағы", "сіндегі"),
)
KK_ENDINGS = ("", *_KK_POSSESSIVE, *_KK_OTHER, *_KK_ABLATIVE)

# Endings a day or year number may carry: "13th", "13-го", "13-нен", "2025-жылы" is two words.
NUMBER_ENDINGS = frozenset(
    {"st", "nd", "rd", "th", "го", "е", "ое", "ого", "й", "ий", "ый", "м", "ші", "шы", "інші", "ыншы"}
    | set(KK_ENDINGS[1:])
)


def is_ablative(ending: str) -> bool:
    return ending in _KK_ABLATIVE


_EN_MONTHS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# Russian months: nominative, then the other case forms, then abbreviations.
_RU_SOFT = ("январ", "феврал", None, "апрел", None, "июн", "июл", None, "сентябр", "октябр", "ноябр", "декабр")
_RU_ABBREVIATIONS = (
    ("янв",),
    ("фев", "февр"),
    ("мар",),
    ("апр",),
    (),
    ("июн",),
    ("июл",),
    ("авг",),
    ("сен", "сент"),
    ("окт",),
    ("ноя", "нояб"),
    ("дек",),
)
_KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)


def _ru_month_forms(n: int) -> set[str]:
    stem = _RU_SOFT[n - 1]
    if stem:  # январь, января, январе, январю, январём
        forms = {stem + e for e in ("ь", "я", "е", "ю", "ем")}
    elif n == 5:
        forms = {"май", "мая", "мае", "маю", "маем"}
    else:  # март, августа ...
        base = "март" if n == 3 else "август"
        forms = {base + e for e in ("", "а", "е", "у", "ом")}
    return forms | set(_RU_ABBREVIATIONS[n - 1])


def _kk_forms(stems: tuple[str, ...] | list[str], kind: str, value: Any) -> dict[str, Word]:
    return {stem + e: Word(kind, value, is_ablative(e)) for stem in stems for e in KK_ENDINGS}


def _build() -> dict[str, Word]:
    words: dict[str, Word] = {}

    def add(kind: str, value: Any, *forms: str) -> None:
        for form in forms:
            words[form] = Word(kind, value)

    for n, forms in enumerate(_EN_MONTHS, 1):
        add(MONTH, n, *forms)
        add(MONTH, n, *_ru_month_forms(n))
        words.update(_kk_forms([_KK_MONTHS[n - 1]], MONTH, n))
        add(MONTH, n, _KK_MONTHS[n - 1][:3])  # "қар." as a Kazakh calendar abbreviates
    # "қыркүйек" softens before a vowel: "қыркүйегі", "қыркүйегінде".
    words.update({"қыркүйег" + e: Word(MONTH, 9, is_ablative(e)) for e in KK_ENDINGS if e[:1] in ("ы", "і")})
    for value, en, ru, kk in (
        (SPRING, ("spring",), ("весна", "весны", "весне", "весну", "весной"), ("көктем",)),
        (SUMMER, ("summer",), ("лето", "лета", "лете", "летом"), ("жаз",)),
        (AUTUMN, ("autumn", "fall"), ("осень", "осени", "осенью"), ("күз",)),
        (WINTER, ("winter",), ("зима", "зимы", "зиме", "зиму", "зимой"), ("қыс",)),
    ):
        add(SEASON, value, *en, *ru)
        words.update(_kk_forms(kk, SEASON, value))
    add(PART, EARLY, "early", "beginning", "start", "начало", "начала", "началу", "началом", "начале")
    add(PART, MID, "mid", "middle", "середина", "середины", "середине", "середину", "серединой")
    add(PART, LATE, "late", "end", "конец", "конца", "концу", "концом", "конце")
    # "айдың басы / ортасы / аяғы / соңы" and their case forms ("басында", "аяғынан").
    for stem, value in (("бас", EARLY), ("орта", MID), ("аяғ", LATE), ("соң", LATE)):
        link = "с" if stem.endswith("а") else ""
        for e in ("ы", "ында", "ынан", "ындағы", "ына"):
            words[stem + link + e] = Word(PART, value, is_ablative(e))
    add(APPROX, None, "about", "around", "approximately", "approx", "circa", "c", "ca", "roughly")
    add(APPROX, None, "около", "примерно", "приблизительно", "ориентировочно", "шамамен", "шамасы", "шамасында")
    add(FILLER, None, "reportedly")  # who says so is the source's business; the date stays as exact
    add(FROM, None, "from", "since", "с", "со", "от", "бастап")
    add(TO, None, "to", "till", "until", "through", "thru", "по", "до")
    add(UNTIL, None, "дейін", "шейін")
    add(AND, None, "and", "и", "мен", "бен", "пен")
    add(BETWEEN, None, "between", "между", "аралығы", "аралығында", "арасында")
    add(TODAY, 0, "today", "сегодня", "бүгін")
    add(TODAY, 1, "yesterday", "вчера", "кеше")
    add(FILLER, None, "in", "on", "of", "the", "в", "во", "на", "г", "гг", "год", "года", "году", "числа")
    add(FILLER, None, "ж", "жж")
    words.update(_kk_forms(["жыл", "жылдар", "ай"], FILLER, None))
    return words


WORDS: dict[str, Word] = _build()


def normalise(word: str) -> str:
    """A word as the tables hold it: lower case, "ё" as "е", no abbreviation dot."""
    return word.casefold().replace("ё", "е").rstrip(".")


def lookup(word: str) -> Word | None:
    """What ``word`` means in a date, or None if it is not a date word."""
    return WORDS.get(normalise(word))
