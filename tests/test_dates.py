"""Fuzzy dates typed in English, Russian or Kazakh: what is understood, and every typo refused by name."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain import date_words
from app.domain.dates import (
    BadDateRange,
    DateParseError,
    FuzzyDate,
    NotACalendarDate,
    NoYear,
    UnknownDateWord,
    exif_datetime,
    parse,
)

TODAY = dt.date(2026, 3, 10)
D = dt.date

# text -> (start, end, precision, certainty)
ENGLISH = {
    "13 November 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13 Nov 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "Nov. 13, 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13th November 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "on 13-November-2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "Nov 2025": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "NOV 2025": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "in sept 2025": (D(2025, 9, 1), D(2025, 9, 30), "month", "exact"),
    "February 2024": (D(2024, 2, 1), D(2024, 2, 29), "month", "exact"),
    "early November 2025": (D(2025, 11, 1), D(2025, 11, 10), "part_of_month", "exact"),
    "mid-November 2025": (D(2025, 11, 11), D(2025, 11, 20), "part_of_month", "exact"),
    "late Feb 2025": (D(2025, 2, 21), D(2025, 2, 28), "part_of_month", "exact"),
    "the end of November 2025": (D(2025, 11, 21), D(2025, 11, 30), "part_of_month", "exact"),
    "beginning of July 2025": (D(2025, 7, 1), D(2025, 7, 10), "part_of_month", "exact"),
    "summer 2025": (D(2025, 6, 1), D(2025, 8, 31), "season", "exact"),
    "fall 2024": (D(2024, 9, 1), D(2024, 11, 30), "season", "exact"),
    "winter 2025": (D(2025, 12, 1), D(2026, 2, 28), "season", "exact"),
    "2019": (D(2019, 1, 1), D(2019, 12, 31), "year", "exact"),
    "about July 2025": (D(2025, 7, 1), D(2025, 7, 31), "month", "approximate"),
    "c. 2017": (D(2017, 1, 1), D(2017, 12, 31), "year", "approximate"),
    "circa late Nov 2025": (D(2025, 11, 21), D(2025, 11, 30), "part_of_month", "approximate"),
    "~ 13 Nov 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "approximate"),
    "reportedly 13 November 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13–15 November 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "13-15 Nov 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "November 13 - 15, 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "about 17-23 November 2025": (D(2025, 11, 17), D(2025, 11, 23), "days", "approximate"),
    "from 13 to 15 November 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "between 13 and 15 November 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "28 November – 3 December 2025": (D(2025, 11, 28), D(2025, 12, 3), "days", "exact"),
    "28 December – 3 January 2026": (D(2025, 12, 28), D(2026, 1, 3), "days", "exact"),
    "July–August 2025": (D(2025, 7, 1), D(2025, 8, 31), "days", "exact"),
    "early – mid November 2025": (D(2025, 11, 1), D(2025, 11, 20), "days", "exact"),
    "2017-2019": (D(2017, 1, 1), D(2019, 12, 31), "year", "exact"),
    "today": (TODAY, TODAY, "day", "exact"),
    "yesterday": (D(2026, 3, 9), D(2026, 3, 9), "day", "exact"),
}
RUSSIAN = {
    "13 ноября 2025 г.": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13-го ноября 2025 года": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13 нояб. 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "ноя 2025": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "Ноябрь 2025": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "в ноябре 2025 г.": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "май 2025": (D(2025, 5, 1), D(2025, 5, 31), "month", "exact"),
    "сент. 2025": (D(2025, 9, 1), D(2025, 9, 30), "month", "exact"),
    "начало ноября 2025": (D(2025, 11, 1), D(2025, 11, 10), "part_of_month", "exact"),
    "в середине июля 2025 года": (D(2025, 7, 11), D(2025, 7, 20), "part_of_month", "exact"),
    "конец ноября 2025": (D(2025, 11, 21), D(2025, 11, 30), "part_of_month", "exact"),
    "в конце февраля 2025": (D(2025, 2, 21), D(2025, 2, 28), "part_of_month", "exact"),
    "лето 2025": (D(2025, 6, 1), D(2025, 8, 31), "season", "exact"),
    "летом 2025 года": (D(2025, 6, 1), D(2025, 8, 31), "season", "exact"),
    "осенью 2024": (D(2024, 9, 1), D(2024, 11, 30), "season", "exact"),
    "зимой 2025": (D(2025, 12, 1), D(2026, 2, 28), "season", "exact"),
    "2025 год": (D(2025, 1, 1), D(2025, 12, 31), "year", "exact"),
    "около 15 ноября 2025": (D(2025, 11, 15), D(2025, 11, 15), "day", "approximate"),
    "примерно в июле 2025": (D(2025, 7, 1), D(2025, 7, 31), "month", "approximate"),
    "с 13 по 15 ноября 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "с 28 декабря 2025 по 3 января 2026": (D(2025, 12, 28), D(2026, 1, 3), "days", "exact"),
    "между 13 и 15 ноября 2025 г.": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "≈ 17–23 нояб. 2025": (D(2025, 11, 17), D(2025, 11, 23), "days", "approximate"),
    "сегодня": (TODAY, TODAY, "day", "exact"),
}
KAZAKH = {
    "2025 жылғы 13 қараша": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "2025 ж. 13 қар.": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13 қарашада 2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "қараша 2025": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "2025 жылдың қыркүйегінде": (D(2025, 9, 1), D(2025, 9, 30), "month", "exact"),
    "2025 ж. шілде": (D(2025, 7, 1), D(2025, 7, 31), "month", "exact"),
    "2025 жылдың қараша айының басында": (D(2025, 11, 1), D(2025, 11, 10), "part_of_month", "exact"),
    "2025 ж. қараша ортасы": (D(2025, 11, 11), D(2025, 11, 20), "part_of_month", "exact"),
    "2025 ж. қараша соңы": (D(2025, 11, 21), D(2025, 11, 30), "part_of_month", "exact"),
    "қараша аяғы 2025": (D(2025, 11, 21), D(2025, 11, 30), "part_of_month", "exact"),
    "2025 ж. жазы": (D(2025, 6, 1), D(2025, 8, 31), "season", "exact"),
    "2025 жылы жазда": (D(2025, 6, 1), D(2025, 8, 31), "season", "exact"),
    "2024 жылғы күзде": (D(2024, 9, 1), D(2024, 11, 30), "season", "exact"),
    "2025 жыл": (D(2025, 1, 1), D(2025, 12, 31), "year", "exact"),
    "шамамен 2025 жылғы шілде": (D(2025, 7, 1), D(2025, 7, 31), "month", "approximate"),
    "2025 жылғы 13–15 қараша": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "13 қарашадан 15 қарашаға дейін 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "2025 жылғы 13-нен 15-іне дейін қараша": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "13 мен 15 қараша аралығында 2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "2019 жылдан 2021 жылға дейін": (D(2019, 1, 1), D(2021, 12, 31), "year", "exact"),
    "бүгін": (TODAY, TODAY, "day", "exact"),
}
NUMERIC = {
    "13.11.2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "13/11/2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "1.2.2026": (D(2026, 2, 1), D(2026, 2, 1), "day", "exact"),
    "2025-11-13": (D(2025, 11, 13), D(2025, 11, 13), "day", "exact"),
    "11.2025": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "2025-11": (D(2025, 11, 1), D(2025, 11, 30), "month", "exact"),
    "13.11.2025 – 15.11.2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "13.11–15.11.2025": (D(2025, 11, 13), D(2025, 11, 15), "days", "exact"),
    "2025г.": (D(2025, 1, 1), D(2025, 12, 31), "year", "exact"),
    "около 13.11.2025": (D(2025, 11, 13), D(2025, 11, 13), "day", "approximate"),
}
ACCEPTED = {**ENGLISH, **RUSSIAN, **KAZAKH, **NUMERIC}


@pytest.mark.parametrize("text", list(ACCEPTED))
def test_accepted(text):
    start, end, precision, certainty = ACCEPTED[text]
    fd = parse(text, today=TODAY)
    assert (fd.start, fd.end, fd.precision, fd.certainty) == (start, end, precision, certainty)
    assert fd.text == " ".join(text.split())  # the words as typed are kept
    assert FuzzyDate.from_json(fd.to_json()) == fd


# text -> the word the message must name
TYPOS = {
    "lat Nov 2025": "lat",
    "blah Nov 2025": "blah",
    "коец ноября 2025": "коец",
    "Novmber 2025": "Novmber",
    "13 Novembre 2025": "Novembre",
    "late Novemebr 2025": "Novemebr",
    "нобяря 2025": "нобяря",
    "конц ноября 2025": "конц",
    "серидина июля 2025": "серидина",
    "қараш 2025": "қараш",
    "2025 жылғы қарша соңы": "қарша",
    "2025 ж. қараша соны": "соны",  # "соңы" typed without ң
    "summmer 2025": "summmer",
    "sometime soon": "sometime",
    "before 15 January 2026": "before",
    "after 13 November 2025": "after",
    "к 15 января 2026": "к",
    "13x November 2025": "13x",
    "13 November 2025!": "!",
    "13.11.2025 10:15": ":",
}


@pytest.mark.parametrize("text", list(TYPOS))
def test_typos_are_refused_by_name(text):
    with pytest.raises(UnknownDateWord) as caught:
        parse(text, today=TODAY)
    word = TYPOS[text]
    assert caught.value.code == "date_unknown_word"
    assert caught.value.params["word"] == word
    message = str(caught.value)
    assert f"“{word}”" in message and "13.11.2025" in message and "late November 2025" in message


@pytest.mark.parametrize(
    "text,error",
    [
        ("", DateParseError),
        ("   ", DateParseError),
        ("November", NoYear),
        ("13 ноября", NoYear),
        ("13.11.25", NoYear),  # a two-digit year is a guess about the century
        ("31.02.2025", NotACalendarDate),
        ("2025-13", NotACalendarDate),
        ("30 February 2024", NotACalendarDate),
        ("15–13 November 2025", BadDateRange),
        ("from 13 November 2025", BadDateRange),  # one end of a range is not a day
        ("до 15 января 2026", BadDateRange),
        ("2025 жылдан бастап", BadDateRange),
        ("13–15–17 November 2025", BadDateRange),
        ("13 and 15 November 2025", DateParseError),  # two days, not a range
        ("13 14 November 2025", DateParseError),
        ("July August 2025", DateParseError),
        ("late 2025", DateParseError),
        ("13 2025", DateParseError),
        ("summer July 2025", DateParseError),
        ("1850", DateParseError),
        ("45 November 2025", DateParseError),
        ("today", DateParseError),  # without knowing today's date
    ],
)
def test_refused(text, error):
    today = None if text == "today" else TODAY
    with pytest.raises(error) as caught:
        parse(text, today=today)
    assert caught.value.code.startswith("date_") and str(caught.value)


def test_every_refusal_is_a_date_parse_error_with_a_code():
    for cls in (UnknownDateWord, NoYear, NotACalendarDate, BadDateRange):
        assert issubclass(cls, DateParseError) and cls.code.startswith("date_") and cls.__doc__
    assert len({cls.code for cls in (DateParseError, UnknownDateWord, NoYear, NotACalendarDate, BadDateRange)}) == 5


LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
VALID = ["13.11.2025", "Nov 2025", "ноября 2025", "2025 жылғы 13 қараша", "summer 2025", "13–15 November 2025"]


@settings(max_examples=300, deadline=None)
@given(
    junk=st.text(alphabet=LETTERS + LETTERS.upper(), min_size=1, max_size=12),
    valid=st.sampled_from(VALID),
    where=st.sampled_from(["before", "inside", "after"]),
)
def test_junk_words_are_never_silently_accepted(junk, valid, where):
    assume(date_words.lookup(junk) is None)
    words = valid.split()
    if where == "before":
        text = f"{junk} {valid}"
    elif where == "after":
        text = f"{valid} {junk}"
    else:
        text = " ".join([*words[:1], junk, *words[1:]])
    with pytest.raises(UnknownDateWord) as caught:
        parse(text, today=TODAY)
    assert caught.value.params["word"] == junk


@given(word=st.sampled_from(sorted(date_words.WORDS)))
def test_every_known_word_is_known_in_any_case(word):
    assert date_words.lookup(word.upper()) == date_words.lookup(word) == date_words.WORDS[word]


def test_abbreviations_with_and_without_a_dot():
    for month, forms in {
        1: ("Jan", "jan.", "January", "янв", "янв.", "январь", "января", "қаң", "қаң.", "қаңтар"),
        9: ("Sep", "Sept.", "сен", "сент.", "сентября", "қыр.", "қыркүйек", "қыркүйегінде"),
        11: ("Nov", "nov.", "ноя", "нояб.", "ноября", "ноябре", "қар", "қар.", "қараша", "қарашада"),
    }.items():
        for form in forms:
            fd = parse(f"{form} 2025")
            assert (fd.start.month, fd.precision) == (month, "month"), form


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2025:11:28 10:15:00", dt.datetime(2025, 11, 28, 10, 15)),
        ("2025:11:28 10:15", dt.datetime(2025, 11, 28, 10, 15)),
        ("0000:00:00 00:00:00", None),
        ("", None),
        (None, None),
        ("yesterday", None),
    ],
)
def test_exif_datetime(text, expected):
    assert exif_datetime(text) == expected
