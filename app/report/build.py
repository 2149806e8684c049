"""build_report: redact, render in memory, pass the leak gate, then write the file atomically.

``checked_pdf`` is the in-memory part (a pack carries its report without writing it anywhere).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.progress import CancelToken, Progress, no_progress
from app.redaction import INTERNAL, RedactedCase, RedactionPlan, redact
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
    pdf, redacted = checked_pdf(
        doc,
        profile=profile,
        lang=lang,
        report_date=report_date,
        read_evidence=read_evidence,
        person_overrides=person_overrides,
        field_overrides=field_overrides,
        progress=progress,
        cancel=token,
        thorough=thorough,
    )
    token.check()
    progress(3, _STEPS, "saving")
    _write_atomically(out, pdf)
    progress(4, _STEPS, "done")
    return ReportResult(out, hashlib.sha256(pdf).hexdigest(), _count_pages(pdf), redacted.plan)


def checked_pdf(
    doc: dict,
    *,
    profile: str,
    lang: str,
    report_date: dt.date,
    read_evidence: ReadEvidence | None = None,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    thorough: bool = False,
) -> tuple[bytes, RedactedCase]:
    """Redact, render and leak-check in memory: the PDF's bytes and the redaction they came from.

    Raises ReportLeakError when the gate refuses. At partner and public
    profile the gate also reads the pictures with OCR.
    """
    token = cancel or CancelToken()
    progress(0, _STEPS, "redacting")
    redacted = redact(
        report_document(doc),
        profile,
        person_overrides,
        field_overrides,
        lang=lang,
        reserved_words=report_reserved_words(),
    )
    token.check()
    progress(1, _STEPS, "rendering")

    def render_progress(done: int, total: int, message: str) -> None:
        progress(1, _STEPS, f"rendering {message}")

    labels: dict[str, str] = {}
    pdf = render_pdf(
        redacted,
        lang,
        report_date,
        read_evidence=read_evidence,
        progress=render_progress,
        cancel=token,
        picture_labels=labels,
    )
    token.check()
    progress(2, _STEPS, "checking for leaks")
    leaks = check_pdf(
        pdf,
        redacted.withheld,
        redacted.title,
        report_date=report_date,
        pypdf_text=thorough,
        ocr=redacted.profile != INTERNAL,
        picture_labels=labels,
    )
    if leaks:
        raise ReportLeakError(leaks, redacted)
    return pdf, redacted


def report_document(doc: dict) -> dict:
    """The case document as a report shows it: without the custody rows that earlier reports left.

    Each report adds a "report" row to the custody trail of every picture it
    shows. Printing those rows would make two reports of unchanged data differ
    (other counts, another hash) and tells a reader nothing about the evidence;
    the vault keeps them, with the audit log.
    """
    custody = doc.get("custody")
    if not isinstance(custody, list):
        return doc
    return {**doc, "custody": [c for c in custody if not (isinstance(c, dict) and c.get("action") == "report")]}


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
    # O_NOFOLLOW: a link planted at "<out>.partial" is refused, never written through.
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
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
