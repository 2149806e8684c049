"""report.pdf for a pack: the same pipeline as a report file (``app.services.reports.render_checked``),
kept in memory, because a pack must not put plaintext on disk."""

from __future__ import annotations

from app.packs.build import ReportMaker
from app.services.reports import CheckedReport, render_checked
from storage.vault import Vault


def report_maker(
    person_overrides: dict[str, str] | None = None, field_overrides: list[dict] | None = None
) -> ReportMaker:
    """A ReportMaker with the user's per-report choices, as ``export_report`` takes them."""

    def make(vault: Vault, case_id: str, profile: str, lang: str) -> CheckedReport:
        return render_checked(
            vault,
            case_id,
            profile=profile,
            lang=lang,
            person_overrides=person_overrides,
            field_overrides=field_overrides,
        )

    return make
