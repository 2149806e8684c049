"""What the app shows as a date (ui.fmt, in each language) can be typed back and means the same days."""

from __future__ import annotations

import pytest

from app.domain.dates import parse

SAMPLES = [
    "13.11.2025",
    "1 May 2025",
    "late November 2025",
    "early Jan 2026",
    "mid-May 2025",
    "about 17-23 November 2025",
    "28 November – 3 December 2025",
    "28 December 2025 – 3 January 2026",
    "March 2025",
    "June 2025",
    "September 2025",
    "summer 2025",
    "spring 2024",
    "autumn 2024",
    "winter 2025",
    "2019",
    "about 2019",
    "2017-2019",
]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_shown_dates_parse_back(qapp, lang):
    from ui import fmt
    from ui.i18n import apply_language

    apply_language(lang)
    try:
        for text in SAMPLES:
            date = parse(text)
            for long in (False, True):
                shown = fmt.fuzzy(date, long=long)
                back = parse(shown)
                assert (back.start, back.end, back.certainty) == (date.start, date.end, date.certainty), (text, shown)
    finally:
        apply_language("en")
