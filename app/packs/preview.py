"""What a pack will do with each evidence file, said before it is made: the review step lists it by
description, so that nothing is left out silently (build_pack makes the same choices, in the same order)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.packs import notes
from app.packs.derive import can_strip, too_large_to_strip
from app.services.evidence import EvidenceService
from storage.vault import Vault

COPY = "copy"  # a metadata-free copy goes
REDACTED_TEXT = "redacted_text"  # a text note goes as a copy of its words, redacted as the report is
ORIGINAL = "original"  # the original goes, with its metadata
NO_COPY = "no_copy"  # left out: no metadata-free copy can be made of this kind of file
TOO_LARGE = "too_large"  # left out: an image too large to re-encode
NO_FILE = "no_file"  # left out: the record came without its file


@dataclass(frozen=True)
class EvidenceFate:
    evidence_id: str
    description: str
    media_type: str
    fate: str

    @property
    def goes(self) -> bool:
        return self.fate in (COPY, REDACTED_TEXT, ORIGINAL)

    @property
    def original_can_be_chosen(self) -> bool:
        """Left out for want of a copy, at a profile that may carry originals."""
        return self.fate in (NO_COPY, TOO_LARGE)


def evidence_fates(
    vault: Vault, case_id: str, profile: str, include_originals: bool | Collection[str] = False
) -> list[EvidenceFate]:
    """Each original evidence item of the case (copies made for earlier packs are not listed again)."""
    if profile == "public":
        include_originals = False
    elif profile == "internal":
        include_originals = True
    fates = []
    for e in EvidenceService(vault).items(case_id):
        if e["parent_id"] is not None:
            continue
        media = e["media_type"] or "application/octet-stream"
        blob = vault.db.one("SELECT blob_id FROM evidence WHERE id = ?", (e["id"],))[0]
        wanted = include_originals if isinstance(include_originals, bool) else e["id"] in include_originals
        if blob is None:
            fate = NO_FILE
        elif wanted:
            fate = ORIGINAL
        elif notes.is_note(media):
            fate = REDACTED_TEXT
        elif can_strip(media):
            fate = TOO_LARGE if too_large_to_strip(e["size"]) else COPY
        else:
            fate = NO_COPY
        description = (e["description"] or "").strip() or e["original_name"] or e["id"]
        fates.append(EvidenceFate(e["id"], description, media, fate))
    return fates
