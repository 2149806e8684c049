"""Producing a redacted report of a case from the vault (the CLI and the GUI call this)."""

from __future__ import annotations

import datetime as dt
import os

from app.report import ReportResult, build_report
from app.services.evidence import EvidenceService
from app.services.interchange import export_case
from storage.errors import EvidenceError, VaultDamaged
from storage.fsutil import check_output
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault


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
    out_path = check_output(out_path)  # a link, a device, a folder or a missing folder: said before the work
    doc = export_case(vault, case_id)
    evidence = EvidenceService(vault)
    shown: list[str] = []
    # Pictures go into the report: check each against its recorded hash first, so a replaced file stops
    # the report rather than costing one thumbnail.
    try:
        evidence.verify_items(case_id, media_prefix="image/")
    except VaultDamaged as exc:
        raise type(exc)(f"{str(exc).rstrip('.')}; the report was not written.") from None

    def read_evidence(evidence_id: str) -> bytes | None:
        try:
            data = vault.evidence.read_bytes(evidence.blob_id(evidence_id))
        except EvidenceError:
            return None
        shown.append(evidence_id)
        return data

    result = build_report(
        doc,
        profile=profile,
        lang=lang,
        out_path=out_path,
        report_date=report_date or vault.clock.now().date(),
        read_evidence=read_evidence,
        person_overrides=person_overrides,
        field_overrides=field_overrides,
        progress=progress,
        cancel=cancel,
    )
    details = {"profile": profile, "lang": lang, "sha256": result.sha256, "pages": result.pages}
    with vault.db.transaction() as conn:
        for evidence_id in dict.fromkeys(shown):
            evidence.add_custody(conn, evidence_id, "report", {"profile": profile, "report_sha256": result.sha256})
        vault.record(conn, "report.export", "cases", case_id, details)
    return result
