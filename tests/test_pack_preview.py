"""The review says before packing what the pack will do with each evidence file, and the pack then does it."""

from __future__ import annotations

from app.packs import build_pack, derive, preview


def _going(result) -> set[str]:
    return {i.evidence_id for i in result.items if i.kind == "evidence"}


def test_the_review_and_the_pack_agree_on_every_file(two_vaults, tmp_path):
    w = two_vaults
    fates = preview.evidence_fates(w.doc, w.case_id, "partner")
    result = build_pack(w.doc, w.case_id, [w.partner], tmp_path / "p.casefile-pack", profile="partner")
    assert {f.evidence_id for f in fates if f.goes} == _going(result)
    assert {f.evidence_id for f in fates if not f.goes} == {evidence_id for evidence_id, _ in result.left_out}


def test_an_image_too_large_to_copy_is_said_before_and_not_read(two_vaults, tmp_path, monkeypatch):
    w = two_vaults
    monkeypatch.setattr(derive, "MAX_SOURCE_BYTES", 1000)  # the demo photo is larger than this
    photo = next(f for f in preview.evidence_fates(w.doc, w.case_id, "partner") if f.media_type == "image/jpeg")
    assert (photo.fate, photo.goes, photo.original_can_be_chosen) == (preview.TOO_LARGE, False, True)

    read = []
    real_read = type(w.doc.evidence).read_bytes
    monkeypatch.setattr(type(w.doc.evidence), "read_bytes", lambda s, b, *a: read.append(b) or real_read(s, b, *a))
    result = build_pack(w.doc, w.case_id, [w.partner], tmp_path / "p.casefile-pack", profile="partner")
    assert "too large" in dict(result.left_out)[photo.evidence_id]
    photo_blob = w.doc.db.one("SELECT blob_id FROM evidence WHERE id = ?", (photo.evidence_id,))[0]
    assert photo_blob not in read

    chosen = build_pack(
        w.doc, w.case_id, [w.partner], tmp_path / "o.casefile-pack", profile="partner",
        include_originals={photo.evidence_id},
    )  # fmt: skip
    assert photo.evidence_id in _going(chosen)
