"""Errors of the Uwazi export. Their messages name files, rows and fields, never a withheld value."""

from __future__ import annotations

from storage.errors import CasefileError


class UwaziExportError(CasefileError):
    """The Uwazi export cannot be made as asked; nothing was written."""

    code = "uwazi_export_refused"


class UwaziLeakError(UwaziExportError):
    """A CSV cell would carry a withheld value; nothing was written."""

    code = "uwazi_leak"

    def __init__(self, findings: list[str]) -> None:
        self.findings = findings
        first = findings[0] if findings else "a withheld value"
        more = f" ({len(findings) - 1} more finding{'s' if len(findings) > 2 else ''})" if len(findings) > 1 else ""
        super().__init__(f"The Uwazi export was not written: {first}.{more}")
