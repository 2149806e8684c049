"""What every report section draws with: the redacted case, its index, the language, and the small helpers
that turn case text into paragraphs and tables.

Every piece of case text goes through ``esc()`` before reaching a Paragraph, whose mini-markup would
otherwise interpret it (``<img src=...>`` would read a local file into the PDF). ``para`` escapes;
``markup`` takes markup the section composed itself, with the case text in it already escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.redaction import RedactedCase
from app.report import layout as L
from app.report.fonts import REGULAR
from app.report.sections.index import CaseIndex
from app.report.strings import fmt_fuzzy, fuzzy_bounds, relative_days, t
from app.report.vocab import label

ReadEvidence = Callable[[str], "bytes | None"]
Tick = Callable[[], None]

CELL_LIMIT = 3000  # characters shown in one table cell

# Table cells default to Helvetica even when they hold paragraphs: name our font.
TABLE_FONT = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 7.6)]


def esc(value: Any) -> str:
    if value is None:
        return ""
    return escape(str(value))


def as_list(value: Any) -> list[str]:
    """A field that holds a list, or one text, as a list of non-empty texts."""
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")]
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def ruled_rows(*, left: float, top: float, bottom: float) -> TableStyle:
    """Cells aligned at the top, a thin rule under each row, and the given padding."""
    return TableStyle(
        TABLE_FONT
        + [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, L.RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ]
    )


class SectionContext:
    """One report being drawn: one RedactedCase in one language on one date."""

    def __init__(
        self,
        redacted: RedactedCase,
        lang: str,
        report_date: dt.date,
        read_evidence: ReadEvidence | None = None,
        tick: Tick | None = None,
    ) -> None:
        self.redacted = redacted
        self.doc = redacted.doc
        self.index = CaseIndex.of(redacted.doc)
        self.lang = lang
        self.today = report_date
        self.read_evidence = read_evidence
        self.tick = tick or (lambda: None)
        self.pictures: dict[str, str] = {}  # SHA-256 of each embedded thumbnail -> its evidence item
        self.styles = L.styles()

    # --- words --------------------------------------------------------------------------

    def words(self, key: str, **kw: Any) -> str:
        """The report's own text ``key`` in the report's language."""
        return t(key, self.lang, **kw)

    def label(self, vocabulary: str, code: Any) -> str:
        """The label of a vocabulary code in the report's language."""
        return label(vocabulary, code, self.lang)

    def clip(self, text: str, limit: int = CELL_LIMIT) -> str:
        """Table rows cannot be laid out quickly when one cell holds a book: say what was left out."""
        if len(text) <= limit:
            return text
        return text[:limit].rstrip() + " " + self.words("truncated", n=len(text) - limit)

    # --- paragraphs and tables ----------------------------------------------------------

    def para(self, text: Any, style: str = "body") -> Paragraph:
        """A paragraph of plain text (escaped; clipped in table cells)."""
        if style.startswith("cell") and text is not None:
            text = self.clip(str(text))
        return Paragraph(esc(text), self.styles[style])

    def markup(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of markup the section composed, whose case text is already escaped."""
        return Paragraph(markup, self.styles[style])

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        data: list[list[Any]] = [[self.para(h, "cell_head") for h in header]]
        for row in rows:
            data.append([c if isinstance(c, Flowable) else self.para(c, "cell") for c in row])
        # splitInRow: a row taller than a page (a 100,000-character field) splits instead of failing.
        tbl = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), L.HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, L.RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, L.RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        tbl.setStyle(TableStyle(TABLE_FONT + style))
        return tbl

    def key_values(self, pairs: list[tuple[str, Any]], key_w: float = 110) -> Table | None:
        """A two-column table of the pairs that have a value; None when none has."""
        rows = []
        for k, value in pairs:
            if value in (None, "", []):
                continue
            cell = value if isinstance(value, Flowable) else self.para(value, "cell")
            rows.append([self.para(k, "cell_b"), cell])
        if not rows:
            return None
        tbl = Table(rows, colWidths=[key_w, L.FRAME_W - key_w], hAlign="LEFT", splitInRow=1)
        tbl.setStyle(ruled_rows(left=3, top=2, bottom=2.5))
        return tbl

    def date_with_relative(self, value: Any, *, alert: bool = True) -> Paragraph:
        """A date cell with "(in 3 days)" or "(5 days ago)", red once the date is past."""
        text = esc(fmt_fuzzy(value, self.lang))
        b = fuzzy_bounds(value)
        if b and alert:
            rel = relative_days(b[1], self.today, self.lang)
            colour = "#b42318" if b[1] < self.today else "#5f6b7a"
            text += f' <font color="{colour}">({esc(rel)})</font>'
        return self.markup(text, "cell")

    # --- names of rows ------------------------------------------------------------------

    def person_name(self, person_id: Any) -> str:
        """The name a person is shown by: pseudonym, primary name, any name, else their description."""
        rows = self.index.names_by_person.get(str(person_id), [])
        for kind in ("pseudonym", "primary"):
            for r in rows:
                if r.get("kind") == kind and r.get("value"):
                    return str(r["value"])
        for r in rows:
            if r.get("value"):
                return str(r["value"])
        person = self.index.persons.get(str(person_id))
        desc = str((person or {}).get("description") or "").strip()
        if desc:
            short = desc.split(";")[0].split("(")[0].strip().rstrip(".,")
            return short if len(short) <= 70 else short[:68].rstrip() + "…"
        return self.words("unnamed")

    def other_spellings(self, person_id: Any, shown: str) -> list[str]:
        return [
            str(r["value"])
            for r in self.index.names_by_person.get(str(person_id), [])
            if r.get("value") and str(r["value"]) != shown and r.get("kind") != "pseudonym"
        ]

    def organisation_name(self, org_id: Any) -> str:
        o = self.index.organisations.get(str(org_id))
        return str(o.get("name") or "") if o else ""

    def source_name(self, source_id: Any) -> str:
        """A source as a citation: its reference or title (shortened) and its date."""
        s = self.index.sources.get(str(source_id))
        if not s:
            return ""
        name = s.get("reference") or s.get("title") or ""
        name = str(name)
        if len(name) > 80:
            name = name[:78].rstrip() + "…"
        date = fmt_fuzzy(s.get("date"), self.lang)
        return f"{name} ({date})" if date else name
