"""build_report: redact, render in memory, pass the leak gate, then write the file atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.progress import CancelToken, Progress, no_progress
from app.redaction import RedactionPlan, redact
from app.report.leakgate import ReportLeakError, check_pdf
from app.report.render import render_pdf
from app.report.sections import ReadEvidence
from app.report.strings import report_words
from app.report.vocab import all_labels

_STEPS = 4


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sha256: str
    pages: int
    plan: RedactionPlan


def build_report(
    doc: dict,
    *,
    profile: str,
    lang: str,
    out_path: str | os.PathLike[str],
    report_date: dt.date,
    read_evidence: ReadEvidence | None = None,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    thorough: bool = False,
) -> ReportResult:
    """Produce the report of ``doc`` at ``profile`` in ``lang`` and save it to ``out_path``.

    The PDF exists only in memory until the leak gate has passed; a failing
    gate raises ReportLeakError and nothing is written. A cancel leaves no file.
    ``thorough`` adds pypdf's text extraction to the gate (see ``check_pdf``).
    """
    token = cancel or CancelToken()
    out = Path(out_path)
    progress(0, _STEPS, "redacting")
    redacted = redact(
        doc, profile, person_overrides, field_overrides, lang=lang, reserved_words=report_reserved_words()
    )
    token.check()
    progress(1, _STEPS, "rendering")

    def render_progress(done: int, total: int, message: str) -> None:
        progress(1, _STEPS, f"rendering {message}")

    pdf = render_pdf(redacted, lang, report_date, read_evidence=read_evidence, progress=render_progress, cancel=token)
    token.check()
    progress(2, _STEPS, "checking for leaks")
    leaks = check_pdf(pdf, redacted.withheld, redacted.title, report_date=report_date, pypdf_text=thorough)
    if leaks:
        raise ReportLeakError(leaks)
    token.check()
    progress(3, _STEPS, "saving")
    _write_atomically(out, pdf)
    progress(4, _STEPS, "done")
    return ReportResult(out, hashlib.sha256(pdf).hexdigest(), _count_pages(pdf), redacted.plan)


def report_reserved_words() -> list[str]:
    """Words the report prints by itself: headings, dates and vocabulary labels in every language."""
    return report_words() + all_labels()


def _count_pages(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to "<out>.partial" beside the target, fsync, rename, fsync the folder."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, path)
    except BaseException:
        try:
            partial.unlink()
        except FileNotFoundError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a folder; the rename is done
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
