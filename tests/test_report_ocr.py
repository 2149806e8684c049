"""Words inside pictures: the leak gate reads them with OCR at partner and public profile.

A photographed summons with a withheld name legible on it is refused, naming
the page and the evidence item (never the name); a name inside a region marked
for redaction is burned out before anything reads it; with no OCR installed,
pictures going out are refused rather than skipped.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from app.redaction.textnorm import skeleton
from app.report import ReportLeakError, ocr
from app.report.build import checked_pdf
from tests.pictures import summons
from tests.test_redaction import INFORMANT, P1_NAMES, small_case

DAY = dt.date(2026, 3, 20)

pytestmark = pytest.mark.skipif(ocr.missing() is not None, reason="Tesseract with kaz+rus+eng is needed")


def case_with_picture(regions: list[list[float]] | None = None) -> dict:
    doc = small_case()
    ev = next(e for e in doc["evidence"] if e["id"] == "ev0001")
    ev["capture"]["redact_regions"] = regions or []
    return doc


def report(doc: dict, picture: bytes, profile: str = "public") -> bytes:
    pdf, _red = checked_pdf(doc, profile=profile, lang="en", report_date=DAY, read_evidence={"ev0001": picture}.get)
    return pdf


def refusal(doc: dict, picture: bytes, profile: str = "public") -> ReportLeakError:
    with pytest.raises(ReportLeakError) as caught:
        report(doc, picture, profile)
    return caught.value


def embedded_pictures(pdf: bytes) -> list[Image.Image]:
    reader = PdfReader(io.BytesIO(pdf))
    return [img.image for page in reader.pages for img in page.images]


@pytest.fixture(scope="module")
def kazakh_summons():
    return summons(P1_NAMES[0])


def test_ocr_reads_kazakh_russian_and_latin_letters(kazakh_summons):
    img = Image.open(io.BytesIO(summons(P1_NAMES[1], heading="ПОВЕСТКА Ақжол").jpeg))
    both = ocr.read_pictures([ocr.Picture(Image.open(io.BytesIO(kazakh_summons.jpeg)), 1), ocr.Picture(img, 2, "x")])
    assert [r.picture.page for r in both] == [1, 2]
    assert skeleton(P1_NAMES[0]) in skeleton(both[0].text)
    assert skeleton(P1_NAMES[1]) in skeleton(both[1].text)
    assert "ПОВЕСТКА" in both[1].text


@pytest.mark.parametrize("name", [P1_NAMES[0], P1_NAMES[1], "МАКСУТХАН АКЖОЛУЛЫ"])
def test_summons_with_a_hidden_name_is_refused(name):
    picture = summons(name).jpeg
    err = refusal(case_with_picture(), picture)
    found = [x for x in err.leaks if x.kind == "picture"]
    assert found, [x.message for x in err.leaks]
    leak = found[0]
    assert leak.field == "persons.names" and leak.label == "Detained person 1"
    assert "evidence item ev0001" in leak.message and f"on page {leak.page}" in leak.message
    for part in name.split() + P1_NAMES[0].split() + P1_NAMES[1].split():
        assert skeleton(part) not in skeleton(leak.message)
    if name == P1_NAMES[0]:  # the page named is the page that shows the picture
        page = PdfReader(io.BytesIO(report(case_with_picture(), picture, "internal"))).pages[leak.page - 1]
        assert "ev0001" in page.extract_text()


def test_secret_informant_on_a_picture_is_refused_at_partner():
    err = refusal(case_with_picture(), summons(INFORMANT).jpeg, "partner")
    assert [(x.kind, x.field) for x in err.leaks] == [("picture", "sources.informant")]
    assert skeleton(INFORMANT) not in skeleton(err.leaks[0].message)


def test_burned_in_region_stops_ocr_and_the_report_passes(kazakh_summons):
    pdf = report(case_with_picture([kazakh_summons.name_box]), kazakh_summons.jpeg)
    pictures = embedded_pictures(pdf)
    assert len(pictures) == 1
    read = ocr.read_pictures([ocr.Picture(pictures[0], 1)])[0].text
    assert "ПОВЕСТКА" in read  # the rest of the summons is still read
    assert skeleton(P1_NAMES[0].split()[0]) not in skeleton(read)
    assert skeleton(P1_NAMES[0].split()[1]) not in skeleton(read)


def test_internal_reports_are_not_read(kazakh_summons, monkeypatch):
    monkeypatch.setattr(ocr, "TESSERACT", "casefile-test-no-tesseract")
    assert report(case_with_picture(), kazakh_summons.jpeg, "internal").startswith(b"%PDF-")


def test_without_ocr_pictures_that_go_out_are_refused(kazakh_summons, monkeypatch):
    monkeypatch.setattr(ocr, "TESSERACT", "casefile-test-no-tesseract")
    harmless = summons("Republic Square").jpeg
    err = refusal(case_with_picture(), harmless)
    assert [x.kind for x in err.leaks] == ["unchecked"]
    message = str(err)
    assert "OCR" in message and "tesseract-ocr-kaz" in message and "page" in message
    # A report with no picture needs no OCR.
    doc = case_with_picture()
    doc["evidence"] = [e for e in doc["evidence"] if e["id"] != "ev0001"]
    assert report(doc, harmless).startswith(b"%PDF-")


def test_an_undecodable_picture_is_refused(kazakh_summons, monkeypatch):
    def broken(self):
        raise ValueError("bad image")

    monkeypatch.setattr("pypdf.generic.StreamObject.decode_as_image", broken, raising=False)
    monkeypatch.setattr("pypdf.generic.EncodedStreamObject.decode_as_image", broken)
    err = refusal(case_with_picture(), kazakh_summons.jpeg)
    assert [x.kind for x in err.leaks] == ["unchecked"] and "cannot be decoded" in str(err)


def test_ocr_failure_fails_closed(kazakh_summons, monkeypatch, tmp_path):
    broken = tmp_path / "tesseract"  # lists its languages, then fails on every picture
    broken.write_text('#!/bin/sh\n[ "$1" = --list-langs ] && { printf "kaz\\nrus\\neng\\n"; exit 0; }\nexit 3\n')
    broken.chmod(0o755)
    monkeypatch.setattr(ocr, "TESSERACT", str(broken))
    err = refusal(case_with_picture(), kazakh_summons.jpeg)
    assert [x.kind for x in err.leaks] == ["unchecked"] and "could not be checked" in str(err)


def test_many_pictures_are_read_in_batches_in_order(kazakh_summons):
    base = Image.open(io.BytesIO(kazakh_summons.jpeg))
    plain = Image.new("RGB", base.size, (238, 233, 222))
    pictures = [ocr.Picture(base if i % 5 == 0 else plain, i) for i in range(ocr.BATCH + 3)]
    read = ocr.read_pictures(pictures)
    assert [r.picture.page for r in read] == list(range(ocr.BATCH + 3))
    hits = [r.picture.page for r in read if skeleton(P1_NAMES[0].split()[0]) in skeleton(r.text)]
    assert hits == [i for i in range(ocr.BATCH + 3) if i % 5 == 0]


def test_pictures_are_enlarged_or_reduced_for_reading():
    assert ocr.prepared(Image.new("RGB", (480, 320))).size == (1400, 933)
    assert ocr.prepared(Image.new("RGB", (100, 50))).size == (300, 150)
    assert ocr.prepared(Image.new("RGB", (4400, 3300))).size == (4000, 3000)
    assert ocr.prepared(Image.new("RGB", (2000, 1000))).mode == "L"


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("Мақсұтханның", "persons.names"),  # a Kazakh case form of the name, stored in no row
        ("AKZHOLOV Maxutkhan", "persons.names"),  # a Russified family name in another romanisation
        ("тел. 8 (701) 123-45-67", "persons.contact"),  # the withheld phone number, written another way
    ],
)
def test_what_ocr_reads_is_matched_by_meaning(written, field):
    # The OCR stage runs before the gate's matching stages: names by key and contacts by number
    # cover the words inside pictures as they cover the page text.
    err = refusal(case_with_picture(), summons(written).jpeg)
    assert field in [x.field for x in err.leaks if x.kind == "picture"], [x.message for x in err.leaks]
