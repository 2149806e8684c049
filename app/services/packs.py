"""Making a handoff pack of a case, with its redacted report (the CLI and the GUI call this)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from app.packs import PackResult, Partner, build_pack
from app.packs.cards import card_label
from app.packs.report import report_maker
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault


def make_pack(
    vault: Vault,
    case_id: str,
    recipients: Sequence[Partner],
    out_path: Path | str,
    *,
    profile: str,
    lang: str = "en",
    with_report: bool = True,
    include_originals: bool | Collection[str] = False,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> PackResult:
    """Write an encrypted, signed pack for trusted partners, signed with this vault's card label.

    ``person_overrides`` and ``field_overrides`` are the user's choices for this pack's report, as
    ``export_report`` takes them; they change ``report.pdf``, the redacted copies of text notes and what the
    pictures the pack carries are checked against (one redaction for all three)."""
    return build_pack(
        vault,
        case_id,
        recipients,
        out_path,
        profile=profile,
        include_originals=include_originals,
        report=report_maker(person_overrides, field_overrides) if with_report else None,
        lang=lang,
        sender_label=card_label(vault),
        person_overrides=person_overrides,
        field_overrides=field_overrides,
        progress=progress,
        cancel=cancel,
    )
