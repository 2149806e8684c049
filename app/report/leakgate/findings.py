"""What the leak gate reports: findings that name the field and the page, never the value."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

from app.redaction import TokenSource

__all__ = ["Leak", "ReportLeakError", "structure_leak", "value_leak"]


@dataclass(frozen=True)
class Leak:
    """One finding. ``message`` is safe to show and to log; ``token`` is not."""

    kind: str  # "text", "data", "metadata", "structure"
    where: str  # "on page 3", "in an image on page 2", "in the document information", ...
    page: int | None = None
    field: str = ""  # e.g. "persons.names"
    label: str = ""  # e.g. "Supporter A"
    description: str = ""  # what leaked, without the value
    token: str = dc_field(default="", repr=False, compare=False)  # what was found: never show or log it

    @property
    def message(self) -> str:
        return f"The report was not saved: {self.description} appears {self.where}."

    def __str__(self) -> str:
        return self.message


class ReportLeakError(Exception):
    """The finished PDF failed the leak gate; no file was written."""

    def __init__(self, leaks: list[Leak]) -> None:
        self.leaks = leaks
        first = leaks[0].message if leaks else "The report was not saved."
        more = f" ({len(leaks) - 1} more finding{'s' if len(leaks) > 2 else ''})" if len(leaks) > 1 else ""
        super().__init__(first + more)


def value_leak(source: TokenSource, kind: str, where: str, page: int | None, found: str) -> Leak:
    """A withheld value found ``where``; ``found`` is what the text showed (kept out of the message)."""
    return Leak(kind, where, page, source.field, source.label, source.describe(), found)


def structure_leak(what: str, where: str = "in the file's structure") -> Leak:
    return Leak("structure", where, None, "", "", what)
