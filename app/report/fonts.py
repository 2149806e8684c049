"""The report's one typeface: DejaVu Sans, embedded (subset) in every PDF.

The PDF base fonts have no Cyrillic or Kazakh letters (they come out as
black boxes), and an unembedded font lets the reader's machine substitute
another. DejaVu Sans covers Latin, Cyrillic (with Kazakh letters) and basic
Arabic; reportlab subsets it and writes a ToUnicode map, so the text extracts.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource

REGULAR = "CasefileSans"
BOLD = "CasefileSans-Bold"

_lock = threading.Lock()


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
        # <b> in paragraphs picks the bold face; italics fall back to regular (no oblique is bundled).
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
