"""Outside judges pass every report and pack Casefile makes, not only our own leak gate.

- Free Law Project's x-ray finds no bad redaction (text left under a box) in any
  report, including one whose picture has a burned-in region;
- ``qpdf --check`` finds the PDF sound;
- exiftool and mat2 find no metadata in any image taken out of a report
  (``pdfimages -all``) or out of a public pack (decrypted here), although the
  evidence photo came in with EXIF, GPS, XMP, ICC, IPTC, C2PA and a comment.

Each judge is first shown a bad file, to prove it can fail. Reports are built
once per module: the suite stays lean.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.packs import build_pack
from app.packs.report import report_maker
from app.report import ocr
from app.report.build import checked_pdf
from app.services.evidence import EvidenceService
from app.services.records import Records
from tests.judges import (
    exiftool_metadata,
    judges_missing,
    mat2_metadata,
    pdf_images,
    qpdf_problems,
    xray_bad_redactions,
)
from tests.pictures import summons, with_metadata
from tests.test_pack_support import decrypt, make_world, read_members
from tests.test_redaction import P1_NAMES, demo_case, small_case

DAY = dt.date(2026, 3, 20)
pytestmark = pytest.mark.skipif(
    bool(judges_missing()) or ocr.missing() is not None,
    reason=f"needs {', '.join(judges_missing()) or 'Tesseract'} (tools/setup.sh, pip install -e .[test])",
)


@pytest.fixture(scope="module")
def photo():
    """The summons photo with a hidden name on it, carrying every kind of metadata, and where the name is."""
    picture = summons(P1_NAMES[0])
    return with_metadata(picture.jpeg, P1_NAMES[1]), picture.name_box


@pytest.fixture(scope="module")
def reports(photo, tmp_path_factory) -> dict[str, Path]:
    """A public report with a burned-in region, a partner report in Russian, the demo case in Kazakh."""
    folder = tmp_path_factory.mktemp("reports")
    data, box = photo
    redacted_doc = small_case()
    next(e for e in redacted_doc["evidence"] if e["id"] == "ev0001")["capture"]["redact_regions"] = [box]
    made = {
        "public-en-burned": checked_pdf(
            redacted_doc, profile="public", lang="en", report_date=DAY, read_evidence={"ev0001": data}.get
        ),
        "partner-ru": checked_pdf(small_case(), profile="partner", lang="ru", report_date=DAY),
        "demo-public-kk": checked_pdf(demo_case(), profile="public", lang="kk", report_date=DAY),
    }
    out = {}
    for name, (pdf, _redacted) in made.items():
        out[name] = folder / f"{name}.pdf"
        out[name].write_bytes(pdf)
    return out


@pytest.fixture(scope="module")
def pack_members(photo, tmp_path_factory) -> dict[str, bytes]:
    """The members of a public pack whose photo has its name marked for redaction, decrypted."""
    world = make_world(tmp_path_factory.mktemp("pack"))
    try:
        data, box = photo
        item = EvidenceService(world.doc).add_bytes(world.case_id, data, media_type="image/jpeg")
        Records(world.doc).update("evidence", item.evidence_id, {"capture": {"redact_regions": [box]}})
        out = world.root / "public.casefile-pack"
        build_pack(world.doc, world.case_id, [world.partner], out, profile="public", report=report_maker())
        return {info.name: body for info, body in read_members(decrypt(out, world.par.identity))}
    finally:
        world.doc.close()
        world.par.close()


# --- the judges can fail -------------------------------------------------------------------


def test_the_judges_catch_bad_files(tmp_path):
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.drawString(100, 700, "Secret name under a box")
    c.rect(95, 690, 200, 25, fill=1)  # drawn over the text, which stays selectable
    c.save()
    assert xray_bad_redactions(buf.getvalue())
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(buf.getvalue().replace(b"startxref", b"startxerf"))
    assert qpdf_problems(broken)


# --- reports ---------------------------------------------------------------------------------


def test_xray_finds_no_bad_redaction_in_any_report(reports):
    for name, path in reports.items():
        assert xray_bad_redactions(path.read_bytes()) == {}, name


def test_qpdf_finds_every_report_sound(reports):
    for name, path in reports.items():
        assert qpdf_problems(path) == "", name


def test_no_metadata_in_any_image_of_a_report(reports, tmp_path):
    images = pdf_images(reports["public-en-burned"], tmp_path / "public")
    assert [p.suffix for p in images] == [".jpg"]
    for image in images:
        assert exiftool_metadata(image) == {}, image.name
        assert mat2_metadata(image) == "", image.name
        assert P1_NAMES[1].encode() not in image.read_bytes()


# --- packs -----------------------------------------------------------------------------------


def test_no_metadata_in_a_packs_pictures_and_its_report_is_sound(pack_members, tmp_path):
    manifest = json.loads(pack_members["manifest.json"])
    pictures = [i for i in manifest["items"] if i["media_type"].startswith("image/")]
    assert len(pictures) == 2  # the demo's photo with GPS, and the summons
    for item in pictures:
        path = tmp_path / Path(item["path"]).name
        path.write_bytes(pack_members[item["path"]])
        assert exiftool_metadata(path) == {}, item
        assert mat2_metadata(path) == "", item
    report = tmp_path / "report.pdf"
    report.write_bytes(pack_members["report.pdf"])
    assert qpdf_problems(report) == ""
    assert xray_bad_redactions(report.read_bytes()) == {}
    for image in pdf_images(report, tmp_path / "report-images"):
        assert exiftool_metadata(image) == {} and mat2_metadata(image) == "", image.name
