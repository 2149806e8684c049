"""Documenter → partner: pack, verify, receive, custody on both sides, second receive recognised."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from PIL import Image

from app.packs import PackAlreadyReceived, PackError, receive_pack, verify_pack
from app.packs.derive import OPERATION
from app.services.evidence import EvidenceService
from app.services.records import Records
from storage import audit
from tests.test_pack_support import make_world, snapshot


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path)
    yield w
    w.doc.close()
    w.par.close()


def test_round_trip_documenter_to_partner(world):
    doc, par = world.doc, world.par
    photo_id, video_id, pdf_id = world.evidence_ids
    event_id = doc.db.one("SELECT id FROM events WHERE case_id = ? LIMIT 1", (world.case_id,))[0]
    Records(doc).insert("evidence_links", {"evidence_id": photo_id, "entity": "events", "entity_id": event_id})
    pack = world.pack()
    pack_sha = hashlib.sha256(pack.read_bytes()).hexdigest()
    assert not list(world.root.glob("*.partial"))
    assert b"protest-photo" not in pack.read_bytes() and b"ATAJURT" not in pack.read_bytes()

    report = verify_pack(par, pack)
    assert report.ok, report.failures
    assert report.signer_label == "Field team" and report.signer_trusted and report.pack_sha256 == pack_sha
    assert [i.status for i in report.items] == ["ok"] * len(report.items)
    assert snapshot(par)["evidence"] == 0  # verify keeps nothing

    result = receive_pack(par, pack)
    m = report.manifest
    # at partner profile every id is opaque (ids such as "p-nazigul-maksutkhan" carry names)
    assert result.case_created and result.case_id == m.case_id != world.case_id and len(result.evidence_ids) == 3
    assert par.db.one("SELECT count(*) FROM persons WHERE id IN (SELECT id FROM persons)")[0] > 0
    assert not par.db.query("SELECT id FROM persons WHERE id NOT LIKE 'person-%'")
    items = [i for i in m.items if i.kind == "evidence"]
    svc_par, svc_doc = EvidenceService(par), EvidenceService(doc)
    by_sha = {}
    for item, eid in zip(items, result.evidence_ids):
        data = par.evidence.read_bytes(svc_par.blob_id(eid))
        assert hashlib.sha256(data).hexdigest() == item.sha256 and len(data) == item.size
        by_sha[item.sha256] = data
    # originals arrive byte for byte; the photo as a metadata-free, upright copy with its original's hash
    assert world.sources[1].read_bytes() in by_sha.values() and world.sources[2].read_bytes() in by_sha.values()
    photo_item = next(i for i in items if i.media_type == "image/jpeg")
    assert photo_item.original_sha256 == hashlib.sha256(world.sources[0].read_bytes()).hexdigest()
    assert photo_item.operation == OPERATION
    copy = by_sha[photo_item.sha256]
    with Image.open(io.BytesIO(copy)) as img:
        assert not img.getexif() and "icc_profile" not in img.info and "comment" not in img.info
        assert img.size == (64, 96)  # orientation applied
    assert b"PhoneMaker" not in copy and b"secret comment" not in copy

    # custody on the sender: a stored derivative, and 'handoff' on every item sent
    derivative = doc.db.one(
        "SELECT id, sha256 FROM evidence WHERE parent_id = ? AND operation = ?", (photo_id, OPERATION)
    )
    assert derivative[1] == photo_item.sha256
    for eid in (photo_id, video_id, pdf_id, derivative[0]):
        trail = svc_doc.custody_trail(eid)
        handoff = [c for c in trail if c["action"] == "handoff"]
        assert handoff and handoff[-1]["details"]["pack_sha256"] == pack_sha
        assert handoff[-1]["details"]["pack_id"] == m.pack_id
    # custody on the receiver: 'received' with provenance and the sender's own trail
    for eid in result.evidence_ids:
        trail = svc_par.custody_trail(eid)
        received = [c for c in trail if c["action"] == "received"]
        assert len(received) == 1
        d = received[0]["details"]
        assert d["pack_id"] == m.pack_id and d["pack_sha256"] == pack_sha
        assert d["sender_fingerprint"] == result.sender_fingerprint == m.producer_fingerprint
        assert d["received_at"]
        assert any(t["action"] == "intake" for t in d["sender_trail"])
    # the case arrived at partner profile: no secrets; the photo's link to its event survived
    assert par.db.one("SELECT count(*) FROM persons WHERE contact IS NOT NULL OR address IS NOT NULL")[0] == 0
    assert par.db.one("SELECT count(*) FROM events WHERE coordinates IS NOT NULL")[0] == 0
    assert par.db.one("SELECT count(*) FROM persons")[0] > 0
    photo_row = result.evidence_ids[items.index(photo_item)]
    from app.packs.content import _opaque_ids

    linked = par.db.one("SELECT entity_id FROM evidence_links WHERE evidence_id = ?", (photo_row,))[0]
    assert linked == _opaque_ids(doc)("events", event_id)
    assert par.db.one("SELECT 1 FROM events WHERE id = ?", (linked,))
    assert par.db.one("SELECT original_name FROM evidence WHERE original_name IS NOT NULL") is None
    for v in (doc, par):
        assert audit.verify(v.db.conn) == []
    actions = [r[0] for r in par.db.query("SELECT action FROM audit ORDER BY seq")]
    assert "pack.receive" in actions
    assert "pack.create" in [r[0] for r in doc.db.query("SELECT action FROM audit")]

    # a second receive of the same pack is recognised, and changes nothing
    before = snapshot(par)
    with pytest.raises(PackAlreadyReceived):
        receive_pack(par, pack)
    assert snapshot(par) == before
    again = verify_pack(par, pack)
    assert again.ok and again.already_received


def test_second_pack_reuses_the_stored_derivative_and_attaches_to_the_case(world):
    first = world.pack("one.casefile-pack")
    receive_pack(world.par, first)
    world.clock.advance(60)
    second = world.pack("two.casefile-pack")
    n_derivatives = world.doc.db.one("SELECT count(*) FROM evidence WHERE operation = ?", (OPERATION,))[0]
    assert n_derivatives == 1
    result = receive_pack(world.par, second)
    assert not result.case_created
    assert world.par.db.one("SELECT count(*) FROM cases")[0] == 1


def test_profiles_and_left_out_items(world):
    from app.packs import build_pack

    out = world.root / "public.casefile-pack"
    result = build_pack(world.doc, world.case_id, [world.partner], out, profile="public")
    kinds = [i.kind for i in result.items]
    assert "case" not in kinds and kinds.count("evidence") == 1  # only the image, as a copy
    assert sorted(e for e, _why in result.left_out) == sorted(world.evidence_ids[1:])
    with pytest.raises(PackError):
        build_pack(
            world.doc, world.case_id, [world.partner], world.root / "x", profile="public", include_originals=True
        )
    res = receive_pack(world.par, out)
    assert res.case_created  # a bare case named after the manifest
    assert world.par.db.one("SELECT count(*) FROM persons")[0] == 0
    internal = build_pack(
        world.doc, world.case_id, [world.partner], world.root / "int.casefile-pack", profile="internal"
    )
    assert sum(i.kind == "evidence" for i in internal.items) == 3
    assert all(i.original_sha256 is None for i in internal.items)


def test_pack_refuses_untrusted_recipients_and_existing_files(world):
    from app.packs import PartnerBook, build_pack, my_card

    stranger = PartnerBook(world.doc).add(
        my_card(world.doc, "Me again").__class__(
            "Unconfirmed", str(__import__("pyrage").x25519.Identity.generate().to_public()), None
        ),
        trusted=False,
    )
    with pytest.raises(PackError, match="not been confirmed"):
        build_pack(world.doc, world.case_id, [stranger], world.root / "a.casefile-pack")
    existing = world.root / "exists.casefile-pack"
    existing.write_bytes(b"keep me")
    with pytest.raises(PackError, match="already exists"):
        build_pack(world.doc, world.case_id, [world.partner], existing)
    assert existing.read_bytes() == b"keep me"


def test_cancel_removes_the_partial_file_and_the_new_derivative(tmp_path):
    from app.packs import build_pack
    from app.progress import Cancelled, CancelToken

    world = make_world(tmp_path, video_bytes=12 * 1024 * 1024)
    token = CancelToken()

    def progress(done, total, message):
        token.cancel()

    before = world.doc.db.one("SELECT count(*) FROM evidence")[0]
    blobs = sorted((world.doc.folder / "evidence").iterdir())
    with pytest.raises(Cancelled):
        build_pack(
            world.doc,
            world.case_id,
            [world.partner],
            world.root / "c.casefile-pack",
            include_originals=set(world.evidence_ids[1:]),
            progress=progress,
            cancel=token,
        )
    assert not list(world.root.glob("c.casefile-pack*"))
    assert world.doc.db.one("SELECT count(*) FROM evidence")[0] == before
    assert sorted((world.doc.folder / "evidence").iterdir()) == blobs
    world.doc.close()
    world.par.close()


def test_report_from_a_callable_travels_in_the_pack(world):
    from app.redaction import RedactionPlan
    from app.services.reports import CheckedReport

    pdf = b"%PDF-1.4\n% a stand-in report\n%%EOF\n"
    stand_in = CheckedReport(pdf, hashlib.sha256(pdf).hexdigest(), 1, RedactionPlan("partner", "en"), ())
    pack = world.pack(report=lambda vault, case_id, profile, lang: stand_in)
    report = verify_pack(world.par, pack)
    assert report.ok and report.items[0].path == "report.pdf"
    assert report.items[0].sha256 == hashlib.sha256(pdf).hexdigest()
    manifest = json.loads(report.manifest_bytes)
    assert manifest["items"][0]["kind"] == "report"


def test_the_real_redacted_report_travels_in_the_pack(world):
    report_feature = pytest.importorskip("app.report")
    from app.packs.report import report_maker

    assert report_feature.render_pdf
    pack = world.pack(report=report_maker(), lang="ru")
    report = verify_pack(world.par, pack)
    assert report.ok and report.items[0].path == "report.pdf" and report.items[0].size > 1000
    receive_pack(world.par, pack)  # the report is verified like every member, but not stored as evidence
    assert world.par.db.one("SELECT count(*) FROM evidence")[0] == 3


def test_an_image_that_cannot_be_decoded_is_left_out_not_sent(world, tmp_path):
    from app.packs import build_pack

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 200)
    bad_id = EvidenceService(world.doc).add_file(world.case_id, broken).evidence_id
    result = build_pack(world.doc, world.case_id, [world.partner], tmp_path / "p.casefile-pack")
    assert bad_id in dict(result.left_out) and "could not be decoded" in dict(result.left_out)[bad_id]
