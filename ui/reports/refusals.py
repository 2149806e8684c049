"""The leak gate's refusals in the interface language: what was found where (never the value), and
what to do. The same sentences as the command line's (``app.report.explain``), built from the same
fields; the values themselves (field names, labels, ids) are shown as they are."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the report feature (reportlab, pypdf) loads only when a report is made
    from app.report.explain import Explanation


def leak_text(error: object, *, pack: bool, name_of: Callable[[str], str] | None = None) -> str | None:
    """The refusal paragraph when ``error`` is a refusal of the leak gate (the report's, or a pack
    picture's); None for any other error, which is said by its code."""
    from app.packs.pictures import PictureLeak
    from app.report import ReportLeakError
    from app.report.explain import explain

    if isinstance(error, ReportLeakError):
        return refusal_text(explain(error), pack=pack, name_of=name_of)
    if isinstance(error, PictureLeak):
        return refusal_text(error.explanation, pack=pack, name_of=name_of)
    return None


def refusal_text(explanation: Explanation, *, pack: bool, name_of: Callable[[str], str] | None = None) -> str:
    """One paragraph for the produce step. ``name_of`` (a person's id -> their name in this vault) is
    given where the user can act in the review step; otherwise the command line's options are named."""
    from app.report.explain import INSTALL

    leak = explanation.leak
    lead = (
        QCoreApplication.translate("leaks", "The pack was not made")
        if pack
        else QCoreApplication.translate("leaks", "The report was not saved")
    )
    if leak.kind == "unchecked":
        body = (
            QCoreApplication.translate(
                "leaks",
                "its pictures can only be checked for withheld names with OCR, and Tesseract OCR with its Kazakh, "
                "Russian and English data is not installed on this computer",
            )
            if explanation.cause == INSTALL
            else QCoreApplication.translate("leaks", "a part of it could not be checked for withheld names")
        )
        sentence = QCoreApplication.translate("leaks", "%1: %2.").replace("%1", lead).replace("%2", body)
    else:
        sentence = (
            QCoreApplication.translate("leaks", "%1: %2 appears %3.")
            .replace("%1", lead)
            .replace("%2", _what(explanation))
        )
        sentence = sentence.replace("%3", _where(explanation))
    text = f"{sentence} {_advice(explanation, name_of)}"
    if explanation.more:
        text += " " + QCoreApplication.translate("leaks", "(%1 more findings.)").replace("%1", str(explanation.more))
    return text


def _what(e: Explanation) -> str:
    leak = e.leak
    template = {
        "name": QCoreApplication.translate("leaks", "the name of a pseudonymised person (“%1”, field %2)"),
        "secret": QCoreApplication.translate("leaks", "a withheld value (“%1”, field %2)"),
        "value": QCoreApplication.translate("leaks", "a value marked as hidden (“%1”, field %2)"),
    }.get(leak.withheld)
    if template is None:
        return leak.description
    return template.replace("%1", leak.label).replace("%2", leak.field)


def _where(e: Explanation) -> str:
    leak = e.leak
    if e.item is not None and leak.page is not None:
        return (
            QCoreApplication.translate("leaks", "in the picture of evidence item %1 on page %2")
            .replace("%1", e.item)
            .replace("%2", str(leak.page))
        )
    if e.item is not None:
        return QCoreApplication.translate("leaks", "in the picture of evidence item %1").replace("%1", e.item)
    note = re.search(r"in the text note evidence item (\S+)", leak.where)
    if note is not None:  # a pack's redacted copy of a text note
        return QCoreApplication.translate("leaks", "in the text note evidence item %1").replace("%1", note.group(1))
    if leak.page is not None:
        return QCoreApplication.translate("leaks", "on page %1").replace("%1", str(leak.page))
    if "information" in leak.where:
        return QCoreApplication.translate("leaks", "in the document information")
    return QCoreApplication.translate("leaks", "in the file's internal data")


def _advice(e: Explanation, name_of: Callable[[str], str] | None) -> str:
    from app.report.explain import CONFLICT, FAULT, INSTALL, PICTURE, REWRITE, SPELLING

    c = e.conflict
    if e.cause == CONFLICT and c is not None:
        if name_of is not None:
            return QCoreApplication.translate(
                "leaks",
                "That value is written like the name of %1, whom the report names, so the name would give it away. "
                "Either hide that name too (tick “Pseudonymise” for %1 in the review), or, if the value need not "
                "be secret, show it (tick “Show these values” in the review).",
            ).replace("%1", name_of(c.person_id))
        return (
            QCoreApplication.translate(
                "leaks",
                "That value is written like the name of %1, whom the report names, so the name would give it away. "
                "Either hide that name too, or, if the value need not be secret, show it: make the pack with the "
                "command line, adding --pseudonymise %1 or --show-value %2.",
            )
            .replace("%1", c.person_label)
            .replace("%2", f"{c.field}:{c.row_label}")
        )
    return {
        PICTURE: QCoreApplication.translate(
            "leaks",
            "Black out the part of that picture that shows it (mark it as a region to redact on the evidence "
            "item), or remove the picture from the case.",
        ),
        SPELLING: QCoreApplication.translate(
            "leaks",
            "It is probably written in a spelling or form the person's records do not hold: add that spelling to "
            "the person's names, so that it is replaced, or rewrite the text where it appears.",
        ),
        REWRITE: QCoreApplication.translate(
            "leaks",
            "It is probably written another way than the recorded value: rewrite the text where it appears, or "
            "leave it out.",
        ),
        INSTALL: QCoreApplication.translate("leaks", "Install it, then try again."),
        FAULT: QCoreApplication.translate(
            "leaks", "This is a fault in Casefile rather than in your data: please report it."
        ),
    }.get(e.cause, "")
