"""What a date field says back: how a fuzzy date was understood, or why it was not, with examples
written in the interface language (each of which the parser reads back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import dates
from ui import fmt
from ui.errors import message

# Examples of what a date may look like, as the app itself writes them in each language.
_EXAMPLES = ("late November 2025", "summer 2025", "about July 2025")


def examples() -> str:
    """ "13.11.2025, late November 2025, summer 2025, c. July 2025", in the interface language."""
    return ", ".join(["13.11.2025", *(fmt.fuzzy(dates.parse(e), long=True) for e in _EXAMPLES)])


def problem(error: dates.DateParseError) -> str:
    """Why a date was refused, and what dates look like."""
    shown = examples()
    hint = QCoreApplication.translate("dates", "Dates look like %1.")
    if shown.endswith("."):  # "… июль 2025 г." needs no second full stop
        hint = hint.replace("%1.", "%1")
    return f"{message(error)} {hint.replace('%1', shown)}"


def understood(fd: dates.FuzzyDate) -> str:
    """ "✓ late November 2025 (21–30 November 2025)": the words kept, the days they cover written out."""
    text = fmt.fuzzy(fd, long=True)
    if fd.start != fd.end:
        span = {"start": fd.start.isoformat(), "end": fd.end.isoformat(), "precision": "days", "certainty": "exact"}
        text += f" ({fmt.fuzzy(span, long=True)})"
    return "✓ " + text
