"""Render an already-redacted case to PDF bytes, in memory."""

from __future__ import annotations

import datetime as dt
import io

from reportlab import rl_config

from app.progress import CancelToken, Progress, no_progress
from app.redaction import RedactedCase
from app.report import layout
from app.report.fonts import register_fonts
from app.report.sections import ReadEvidence, ReportBuilder
from app.report.strings import LANGS, t
from storage.errors import CasefileError


class ReportError(CasefileError):
    """The report cannot be produced as asked (unknown language, empty case)."""

    code = "report_error"


def render_pdf(
    redacted: RedactedCase,
    lang: str,
    report_date: dt.date,
    *,
    read_evidence: ReadEvidence | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    picture_labels: dict[str, str] | None = None,
) -> bytes:
    """The PDF of ``redacted`` in ``lang`` (en, ru, kk). Nothing touches the disk.

    ``picture_labels``, if given, receives the SHA-256 of every embedded
    thumbnail and the evidence item it shows (for the leak gate's messages).
    """
    if lang not in LANGS:
        raise ReportError(f"unknown report language {lang!r}: use one of {', '.join(LANGS)}")
    register_fonts()
    # Plain Flate streams, no ASCII85 layer: smaller files, and the leak gate
    # inflates every stream (pure-Python ASCII85 decoding was its slowest step).
    rl_config.useA85 = 0
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1
        if cancel is not None and ticks % 8 == 0:
            cancel.check()

    builder = ReportBuilder(redacted, lang, report_date, read_evidence, tick)
    story = builder.story()
    if cancel is not None:
        cancel.check()
    reference = str(builder.case.get("reference") or "")
    profile = t(f"profile.{redacted.profile}", lang)

    def footer(n: int, m: int) -> str:
        parts = ["Casefile", reference, profile, t("footer", lang, n=n, m=m)]
        return "  ·  ".join(p for p in parts if p)

    buf = io.BytesIO()
    doc = layout.make_doc(buf, lang)
    pages = 0

    def after_page() -> None:
        nonlocal pages
        pages += 1
        if cancel is not None:
            cancel.check()
        progress(pages, 0, f"page {pages}")

    doc.afterPage = after_page  # type: ignore[method-assign]
    doc.build(story, canvasmaker=layout.canvas_maker(redacted.title, report_date, footer))
    if picture_labels is not None:
        picture_labels.update(builder.pictures)
    return buf.getvalue()
