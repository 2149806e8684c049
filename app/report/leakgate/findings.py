"""What the leak gate reports: findings that name the field and the page, never the value."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from app.redaction import TokenSource
from storage.errors import CasefileError

__all__ = ["Leak", "ReportLeakError", "structure_leak", "unchecked_leak", "value_leak"]


@dataclass(frozen=True)
class Leak:
    """One finding. ``message`` is safe to show and to log; ``token`` is not."""

    kind: str  # "text", "picture" (read with OCR), "data", "metadata", "structure", "unchecked"
    where: str  # "on page 3", "in an image on page 2", "in the document information", ...
    page: int | None = None
    field: str = ""  # e.g. "persons.names"
    label: str = ""  # e.g. "Supporter A"
    description: str = ""  # what leaked, without the value
    token: str = dc_field(default="", repr=False, compare=False)  # what was found: never show or log it
    withheld: str = ""  # what kind of value: "name" (of a pseudonymised person), "secret", "value"

    @property
    def message(self) -> str:
        if self.kind == "unchecked":  # the description is a whole clause, place included
            return f"The report was not saved: {self.description}."
        return f"The report was not saved: {self.description} appears {self.where}."

    def __str__(self) -> str:
        return self.message


class ReportLeakError(CasefileError):
    """The finished PDF failed the leak gate; no file was written."""

    code = "report_leak"

    def __init__(self, leaks: list[Leak], redacted: Any = None) -> None:
        self.leaks = leaks
        self.redacted = redacted  # the RedactedCase whose PDF was refused: explanations read it
        first = leaks[0].message if leaks else "The report was not saved."
        more = f" ({len(leaks) - 1} more finding{'s' if len(leaks) > 2 else ''})" if len(leaks) > 1 else ""
        super().__init__(first + more)


def value_leak(source: TokenSource, kind: str, where: str, page: int | None, found: str) -> Leak:
    """A withheld value found ``where``; ``found`` is what the text showed (kept out of the message)."""
    return Leak(kind, where, page, source.field, source.label, source.describe(), found, source.kind)


def structure_leak(what: str, where: str = "in the file's structure") -> Leak:
    return Leak("structure", where, None, "", "", what)


def unchecked_leak(sentence: str, where: str) -> Leak:
    """Something that could not be checked (a picture OCR cannot read, OCR not installed): a refusal.

    ``sentence`` says what and where, and so is the whole message.
    """
    return Leak("unchecked", where, None, "", "", sentence)
