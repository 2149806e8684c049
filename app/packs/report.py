"""report.pdf for a pack: the report feature's redaction, rendering and leak gate, all in memory.

``build_report`` writes its PDF to a file; a pack must not put plaintext on disk, so this runs the same
three steps (``checked_pdf``: redact, render, leak gate with OCR of the pictures) and hands the bytes to
the pack builder.
"""

from __future__ import annotations

from app.packs.build import ReportMaker
from app.services.evidence import EvidenceService
from app.services.interchange import export_case
from storage.vault import Vault

MAX_IMAGE_BYTES = 64 * 1024 * 1024


def report_maker(
    person_overrides: dict[str, str] | None = None, field_overrides: list[dict] | None = None
) -> ReportMaker:
    """A ReportMaker (with the user's per-report choices, as ``build_report`` takes them); raises
    ImportError when this Casefile has no report feature."""
    from app.report.build import checked_pdf

    def make(vault: Vault, case_id: str, profile: str, lang: str) -> bytes:
        # A replaced picture stops the pack here (its hash is checked), not just its thumbnail.
        EvidenceService(vault).verify_items(case_id, media_prefix="image/")
        doc = export_case(vault, case_id)
        media = {e["id"]: (e.get("media_type") or "", e.get("size") or 0) for e in doc.get("evidence", [])}

        def read_evidence(evidence_id: str) -> bytes | None:
            kind, size = media.get(evidence_id, ("", 0))
            if not kind.startswith("image/") or size > MAX_IMAGE_BYTES:
                return None
            row = vault.db.one("SELECT blob_id FROM evidence WHERE id = ?", (evidence_id,))
            return vault.evidence.read_bytes(row[0]) if row and row[0] else None

        pdf, _redacted = checked_pdf(
            doc,
            profile=profile,
            lang=lang,
            report_date=vault.clock.now().date(),
            read_evidence=read_evidence,
            person_overrides=person_overrides,
            field_overrides=field_overrides,
        )
        return pdf

    return make
