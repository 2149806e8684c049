"""report.pdf for a pack: the report feature's redaction, rendering and leak gate, all in memory.

``build_report`` writes its PDF to a file; a pack must not put plaintext on disk, so this runs the same
three steps (redact, render, leak gate) and hands the bytes to the pack builder.
"""

from __future__ import annotations

from app.packs.build import ReportMaker
from app.services.interchange import export_case
from storage.vault import Vault

MAX_IMAGE_BYTES = 64 * 1024 * 1024


def report_maker() -> ReportMaker:
    """A ReportMaker; raises ImportError when this Casefile has no report feature."""
    from app.redaction import redact
    from app.report import ReportLeakError, check_pdf, render_pdf

    def make(vault: Vault, case_id: str, profile: str, lang: str) -> bytes:
        doc = export_case(vault, case_id)
        media = {e["id"]: (e.get("media_type") or "", e.get("size") or 0) for e in doc.get("evidence", [])}

        def read_evidence(evidence_id: str) -> bytes | None:
            kind, size = media.get(evidence_id, ("", 0))
            if not kind.startswith("image/") or size > MAX_IMAGE_BYTES:
                return None
            row = vault.db.one("SELECT blob_id FROM evidence WHERE id = ?", (evidence_id,))
            return vault.evidence.read_bytes(row[0]) if row and row[0] else None

        redacted = redact(doc, profile, lang=lang)
        day = vault.clock.now().date()
        pdf = render_pdf(redacted, lang, day, read_evidence=read_evidence)
        leaks = check_pdf(pdf, redacted.withheld, redacted.title, report_date=day)
        if leaks:
            raise ReportLeakError(leaks)
        return pdf

    return make
