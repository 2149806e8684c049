"""One report pipeline for a file and for a pack (the CLI and the GUI call this).

``render_checked`` reads the case from the vault, checks the pictures it will show against their
recorded hashes, redacts, renders and passes the leak gate, all in memory; it returns the checked
bytes and which pictures went in. ``export_report`` writes those bytes to the file the user named;
a pack carries them as ``report.pdf``. Both record a "report" custody row for every picture shown,
with the same redaction inputs (the user's choices and the report's reserved words) either way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from dataclasses import dataclass

import sqlcipher3

from app.redaction import RedactionPlan
from app.report import ReportResult
from app.report.build import checked_pdf
from app.services.evidence import EvidenceService
from app.services.interchange import export_case
from storage.errors import EvidenceError, VaultDamaged
from storage.fsutil import check_output, write_output
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

MAX_IMAGE_BYTES = 64 * 1024 * 1024  # a larger picture is listed in the report, not drawn
_STEPS = 4  # redacting, rendering, checking for leaks, saving


@dataclass(frozen=True)
class CheckedReport:
    """A report that passed the leak gate: its bytes, and the evidence whose pictures it shows."""

    pdf: bytes
    sha256: str
    pages: int
    plan: RedactionPlan
    shown: tuple[str, ...]


def render_checked(
    vault: Vault,
    case_id: str,
    *,
    profile: str,
    lang: str,
    report_date: dt.date | None = None,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> CheckedReport:
    """The report of a case at ``profile`` in ``lang``, in memory, checked by the leak gate.

    A picture whose file is not the one recorded at intake stops the report (raises VaultDamaged);
    a gate that refuses raises ReportLeakError. Nothing is written and nothing is recorded here."""
    doc = export_case(vault, case_id)
    evidence = EvidenceService(vault)
    evidence.verify_items(case_id, media_prefix="image/")
    media = {e["id"]: (e.get("media_type") or "", e.get("size") or 0) for e in doc.get("evidence", [])}
    shown: list[str] = []

    def read_evidence(evidence_id: str) -> bytes | None:
        kind, size = media.get(evidence_id, ("", 0))
        if not kind.startswith("image/") or size > MAX_IMAGE_BYTES:
            return None
        try:
            data = vault.evidence.read_bytes(evidence.blob_id(evidence_id))
        except EvidenceError:
            return None
        shown.append(evidence_id)
        return data

    pdf, redacted = checked_pdf(
        doc,
        profile=profile,
        lang=lang,
        report_date=report_date or vault.clock.now().date(),
        read_evidence=read_evidence,
        person_overrides=person_overrides,
        field_overrides=field_overrides,
        progress=progress,
        cancel=cancel,
    )
    return CheckedReport(
        pdf, hashlib.sha256(pdf).hexdigest(), _count_pages(pdf), redacted.plan, tuple(dict.fromkeys(shown))
    )


def record_shown(conn: sqlcipher3.Connection, vault: Vault, report: CheckedReport, profile: str, **where: str) -> None:
    """A "report" custody row for every picture the report shows (``where``: e.g. the pack it went into)."""
    evidence = EvidenceService(vault)
    for evidence_id in report.shown:
        evidence.add_custody(conn, evidence_id, "report", {"profile": profile, "report_sha256": report.sha256, **where})


def export_report(
    vault: Vault,
    case_id: str,
    *,
    profile: str,
    lang: str,
    out_path: str | os.PathLike[str],
    report_date: dt.date | None = None,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ReportResult:
    """Build, leak-check and save the report; log it in the audit log and the custody trail of
    every evidence item whose picture went into it."""
    out = check_output(out_path)  # a link, a device, a folder or a missing folder: said before the work
    token = cancel or CancelToken()
    try:
        report = render_checked(
            vault,
            case_id,
            profile=profile,
            lang=lang,
            report_date=report_date,
            person_overrides=person_overrides,
            field_overrides=field_overrides,
            progress=progress,
            cancel=token,
        )
    except VaultDamaged as exc:
        raise type(exc)(f"{str(exc).rstrip('.')}; the report was not written.") from None
    token.check()
    progress(3, _STEPS, "saving")
    out = write_output(out, report.pdf)
    progress(4, _STEPS, "done")
    details = {"profile": profile, "lang": lang, "sha256": report.sha256, "pages": report.pages}
    with vault.db.transaction() as conn:
        record_shown(conn, vault, report, profile)
        vault.record(conn, "report.export", "cases", case_id, details)
    return ReportResult(out, report.sha256, report.pages, report.plan)


def _count_pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)
