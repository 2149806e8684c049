"""PDF reports of a case: redacted in the data, rendered in memory, checked by the leak gate, then saved."""

from app.report.build import ReportResult, build_report
from app.report.leakgate import Leak, ReportLeakError, check_pdf
from app.report.render import ReportError, render_pdf

__all__ = ["Leak", "ReportError", "ReportLeakError", "ReportResult", "build_report", "check_pdf", "render_pdf"]
