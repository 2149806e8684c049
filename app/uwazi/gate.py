"""The last check before anything is written: no CSV cell may hold a withheld value.

The same matching the report's leak gate applies to a PDF's text (``app.redaction.search``:
case, marks, Kazakh letters, spacing and transliteration normalised) runs over every cell
of every CSV of the export. Findings name the file, row and column, never the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.redaction import TokenSource
from app.redaction.search import TokenIndex


@dataclass
class CsvTable:
    """One CSV file of the export: where it goes, its header and its rows."""

    name: str  # "persons.zip: import.csv", "thesauri/role.csv"
    header: list[str]
    rows: list[list[str]]


def findings(tables: Iterable[CsvTable], tokens: Mapping[str, TokenSource]) -> list[str]:
    """Every cell that holds a withheld value, described without the value."""
    index = TokenIndex(tokens)
    if not index:
        return []
    out: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    for table in tables:
        cells = [(0, col, col) for col in table.header]
        cells += [(r, col, cell) for r, row in enumerate(table.rows, start=1) for col, cell in zip(table.header, row)]
        for r, col, cell in cells:
            for token in index.find(cell):
                source = tokens.get(token) or TokenSource("unknown field", "withheld value", "secret")
                key = (source.field, source.label, f"{table.name}/{col}")
                if key in seen:
                    continue
                seen.add(key)
                where = f"the header of {table.name}" if r == 0 else f"{table.name}, row {r}, column '{col}'"
                out.append(f"{source.describe()} appears in {where}")
    return out
