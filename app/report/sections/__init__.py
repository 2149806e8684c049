"""The report's sections, built as platypus flowables from an already-redacted case.

Nothing here decides what to hide: it draws what the redacted document holds. ``index`` looks the
document's rows up once; ``base`` holds what every section draws with (and ``esc()``, which every piece
of case text passes before reaching a Paragraph); one module per section; ``builder`` puts them in order.
"""

from app.report.sections.base import CELL_LIMIT, ReadEvidence, SectionContext, Tick, esc
from app.report.sections.builder import SECTIONS, ReportBuilder
from app.report.sections.index import CaseIndex

__all__ = ["CELL_LIMIT", "SECTIONS", "CaseIndex", "ReadEvidence", "ReportBuilder", "SectionContext", "Tick", "esc"]
