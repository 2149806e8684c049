"""The pictures a partner or public pack carries: regions blacked out, words read with OCR.

A public pack of a case holding a photographed summons with a non-consenting
person's name legible on it is refused, naming the evidence item (never the
name), and nothing is left behind; once the name is marked as a region to
redact, the pack's copy has it blacked out (OCR reads the rest, not the name)
and the pack is made.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from app.packs import PackError, build_pack
from app.packs.derive import BLACK_OUT
from app.packs.report import report_maker
from app.redaction.textnorm import skeleton
from app.report import ocr
from app.services.evidence import EvidenceService
from app.services.records import Records
from tests.pictures import summons
from tests.test_pack_support import decrypt, read_members, snapshot

NAME = "Бекзат Мақсұтхан"  # a person of the demo case who has not consented to be named in public

pytestmark = pytest.mark.skipif(ocr.missing() is not None, reason="Tesseract with kaz+rus+eng is needed")


@pytest.fixture
def world(two_vaults):
    picture = summons(NAME)
    item = EvidenceService(two_vaults.doc).add_bytes(two_vaults.case_id, picture.jpeg, media_type="image/jpeg")
    two_vaults.summons_id = item.evidence_id
    two_vaults.name_box = picture.name_box
    return two_vaults


def public_pack(world, name: str = "public.casefile-pack"):
    out = world.root / name
    return out, build_pack(world.doc, world.case_id, [world.partner], out, profile="public", report=report_maker())


def test_a_picture_showing_a_hidden_name_stops_the_pack(world):
    before = snapshot(world.doc)
    with pytest.raises(PackError) as caught:
        public_pack(world)
    message = str(caught.value)
    assert message.startswith("The pack was not made: the name of a pseudonymised person")
    assert f"in the picture of evidence item {world.summons_id}" in message
    assert "region to redact" in message
    for part in NAME.split():
        assert skeleton(part) not in skeleton(message)
    assert not (world.root / "public.casefile-pack").exists()
    assert snapshot(world.doc) == before  # no derivative, blob or custody row left behind


def test_a_marked_region_is_blacked_out_in_the_packs_copy(world):
    Records(world.doc).update("evidence", world.summons_id, {"capture": {"redact_regions": [world.name_box]}})
    out, result = public_pack(world)
    item = next(i for i in result.items if i.evidence_id == world.summons_id)
    assert item.operation == BLACK_OUT
    members = dict((info.name, data) for info, data in read_members(decrypt(out, world.par.identity)))
    copy = Image.open(io.BytesIO(members[item.path]))
    x, y, w, h = (int(v) for v in world.name_box)
    box = copy.convert("L").crop((x + 2, y + 2, x + w - 2, y + h - 2))
    assert box.getextrema()[1] < 40  # black, give or take JPEG's ringing
    read = ocr.read_pictures([ocr.Picture(copy)])[0].text
    assert "ПОВЕСТКА" in read and skeleton(NAME.split()[1]) not in skeleton(read)
    # The report in the pack blacks out the same region.
    pictures = [img.image for page in PdfReader(io.BytesIO(members["report.pdf"])).pages for img in page.images]
    texts = [r.text for r in ocr.read_pictures([ocr.Picture(p) for p in pictures])]
    assert any("ПОВЕСТКА" in t for t in texts)
    assert not any(skeleton(NAME.split()[1]) in skeleton(t) for t in texts)


def test_without_ocr_a_partner_pack_with_pictures_is_refused(world, monkeypatch):
    monkeypatch.setattr(ocr, "TESSERACT", "casefile-test-no-tesseract")
    with pytest.raises(PackError, match="only be checked for withheld names with OCR.*tesseract-ocr-kaz"):
        build_pack(world.doc, world.case_id, [world.partner], world.root / "p.casefile-pack", profile="partner")
    out = world.root / "internal.casefile-pack"
    build_pack(world.doc, world.case_id, [world.partner], out, profile="internal")  # nothing to withhold
    assert out.exists()


def test_a_person_hidden_for_this_pack_only_is_looked_for_in_its_pictures(world):
    """The picture check uses the pack's own choices, as its report and note copies do."""
    out = world.root / "named.casefile-pack"
    build_pack(world.doc, world.case_id, [world.partner], out, profile="partner")  # named at partner profile
    before = snapshot(world.doc)
    with pytest.raises(PackError, match="pseudonymised person"):
        build_pack(
            world.doc, world.case_id, [world.partner], world.root / "hidden.casefile-pack", profile="partner",
            person_overrides={"p-bekzat-maxutkhan": "pseudonymise"},
        )  # fmt: skip
    assert snapshot(world.doc) == before and not (world.root / "hidden.casefile-pack").exists()
