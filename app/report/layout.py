"""Page set-up: styles, the document template, and a canvas that leaks nothing about its maker.

reportlab's defaults write "anonymous" as author, "unspecified" as subject,
its own name as producer, and creation and modification times with the local
time zone; its canvas starts every page in Helvetica, which leaves an
unembedded base-font reference even when no Helvetica text is drawn. The
canvas here starts in the embedded font, writes an Info dictionary holding
only an allowlisted title, "Casefile" and the report date, and numbers pages
"n of m" once all pages are known.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from app.report.fonts import BOLD, REGULAR

PRODUCER = "Casefile"
PAGE = A4
MARGIN_X = 17 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_W = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1da")
HEAD_BG = colors.HexColor("#e8edf2")
ALERT = colors.HexColor("#b42318")


def pdf_date(day: dt.date) -> str:
    """A PDF date with the day only: no time of day, no time zone."""
    return f"D:{day:%Y%m%d}"


class _Info(PDFInfo):
    """The document Info dictionary: Title, Producer and CreationDate, nothing else."""

    def __init__(self, title: str, created: str) -> None:
        super().__init__()
        self._title = title
        self._created = created

    def digest(self, md5object: Any) -> None:
        md5object.update(self._title.encode("utf-8"))

    def format(self, document: Any) -> bytes:
        d = {"Title": PDFString(self._title), "Producer": PDFString(PRODUCER), "CreationDate": PDFString(self._created)}
        return PDFDictionary(d).format(document)


def canvas_maker(title: str, created: dt.date, footer: Callable[[int, int], str]) -> type[Canvas]:
    """A Canvas class bound to this report's title, date and footer text."""

    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._doc.info = _Info(title, pdf_date(created))
            self._pending: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            # Hold the page until the total is known, for "page n of m".
            self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pending)
            for number, state in enumerate(self._pending, start=1):
                self.__dict__.update(state)
                self.setFont(REGULAR, 7)
                self.setFillColor(MUTED)
                self.drawCentredString(PAGE[0] / 2, 9 * mm, footer(number, total))
                Canvas.showPage(self)
            Canvas.save(self)

    return ReportCanvas


def make_doc(buffer: Any, lang: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=REGULAR,
        invariant=1,
        lang=lang,
    )


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12.2, textColor=INK, alignment=TA_LEFT)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.8, leading=10),
        "muted": ParagraphStyle("muted", parent=base, fontSize=7.8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.6, leading=9.6),
        "cell_b": ParagraphStyle("cell_b", parent=base, fontName=BOLD, fontSize=7.6, leading=9.6),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=BOLD, fontSize=7.4, leading=9.2),
        "mono": ParagraphStyle("mono", parent=base, fontSize=6.6, leading=8.4),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=20, leading=25, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15, textColor=MUTED, spaceAfter=16),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=14, leading=18, spaceBefore=4, spaceAfter=8,
                             textColor=colors.HexColor("#102a43")),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=9,
                             spaceAfter=3),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9, leading=12, spaceBefore=6, spaceAfter=2),
        "meta": ParagraphStyle("meta", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3),
        "list": ParagraphStyle("list", parent=base, leftIndent=14, bulletIndent=2, spaceAfter=2,
                               bulletFontName=REGULAR),
        "box": ParagraphStyle("box", parent=base, fontSize=8.8, leading=12, spaceAfter=5),
    }  # fmt: skip
    return s
