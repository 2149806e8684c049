"""The last check before anything is written: no CSV cell may hold a withheld value.

The same matching the report's leak gate applies to a PDF's text (``find_withheld``: names
of pseudonymised persons by phonetic key, inflected and in any order; phone numbers, links
and handles as contacts; coordinates by distance and addresses by street and house; other
withheld text case, marks and spacing aside) runs over every cell of every CSV of the
export. Findings name the file, row and column, never the value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.redaction.withheld import Withheld
from app.report.leakgate import find_withheld


@dataclass
class CsvTable:
    """One CSV file of the export: where it goes, its header and its rows."""

    name: str  # "persons.zip: import.csv", "thesauri/role.csv"
    header: list[str]
    rows: list[list[str]]


def findings(tables: Iterable[CsvTable], withheld: Withheld) -> list[str]:
    """Every cell that holds a withheld value, described without the value."""
    if not withheld:
        return []
    out: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    for table in tables:
        cells = [(0, col, col) for col in table.header]
        cells += [(r, col, cell) for r, row in enumerate(table.rows, start=1) for col, cell in zip(table.header, row)]
        for r, col, cell in cells:
            for hit in find_withheld(withheld, cell):
                source = hit.source
                key = (source.field, source.label, f"{table.name}/{col}")
                if key in seen:
                    continue
                seen.add(key)
                where = f"the header of {table.name}" if r == 0 else f"{table.name}, row {r}, column '{col}'"
                out.append(f"{source.describe()} appears in {where}")
        withheld.forget_texts()
    return out
