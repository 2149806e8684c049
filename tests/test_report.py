"""Real PDFs of the demo case and the fixture, read back with poppler (pdftotext, pdffonts, pdfinfo,
pdftoppm) and pypdf."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.progress import Cancelled, CancelToken
from app.redaction import redact
from app.redaction.textnorm import fold, skeleton
from app.report import ReportError, ReportLeakError, build_report, render_pdf
from app.report import build as build_module
from app.report.images import make_thumbnail
from tests.test_redaction import P1_NAMES, P3_NAMES, demo_case, evidence_jpeg, small_case

REPORT_DATE = dt.date(2026, 3, 20)
POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def pypdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def read_evidence_for(doc: dict) -> dict[str, bytes]:
    return {"ev0001": evidence_jpeg()} if any(e["id"] == "ev0001" for e in doc.get("evidence", [])) else {}


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[tuple[str, str, str], tuple[Path, object]]:
    """Each report built once: (case, profile, lang) -> (path, ReportResult)."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    jobs = [("demo", p, "en") for p in ("internal", "partner", "public")]
    jobs += [("demo", "public", "kk"), ("demo", "internal", "kk"), ("demo", "internal", "ru"), ("demo", "public", "ru")]
    jobs += [("fixture", p, "en") for p in ("internal", "partner", "public")]
    for case, profile, lang in jobs:
        doc = demo_case() if case == "demo" else small_case()
        blobs = read_evidence_for(doc)
        path = folder / f"{case}-{profile}-{lang}.pdf"
        result = build_report(
            doc,
            profile=profile,
            lang=lang,
            out_path=path,
            report_date=REPORT_DATE,
            read_evidence=blobs.get,
            thorough=(profile, lang) == ("public", "kk"),  # one report through the pypdf pass as well
        )
        out[(case, profile, lang)] = (path, result)
    return out


def demo_name_rows() -> list[str]:
    return [n["value"] for n in demo_case()["person_names"]]


# --- the files -------------------------------------------------------------------------


def test_build_writes_only_the_final_file(reports):
    for path, result in reports.values():
        assert path.exists() and not path.with_name(path.name + ".partial").exists()
        assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert result.pages == len(PdfReader(str(path)).pages) >= 5
        assert result.path == path
    assert reports[("demo", "public", "en")][1].plan.pseudonymised()


def test_output_is_deterministic(tmp_path):
    a = build_report(small_case(), profile="public", lang="en", out_path=tmp_path / "a.pdf", report_date=REPORT_DATE)
    b = build_report(small_case(), profile="public", lang="en", out_path=tmp_path / "b.pdf", report_date=REPORT_DATE)
    assert a.sha256 == b.sha256


@needs_poppler
def test_public_report_names_nobody_without_consent(reports):
    # A surname that is also a word the report prints by itself ("Шұғыл" is Kazakh for "urgent", in the
    # label of emergency medical care) can appear alone; the full name never does.
    vocabulary = skeleton(" ".join(build_module.report_reserved_words()))
    for key in [("demo", "public", "en"), ("demo", "public", "kk"), ("demo", "public", "ru")]:
        path, _ = reports[key]
        texts = [pdftotext(path), pypdf_text(path)]
        for text in texts:
            folded, skel = fold(text), skeleton(text)
            for name in demo_name_rows():
                assert fold(name) not in folded, (key, name)
                assert skeleton(name) not in skel, (key, name)
                for part in name.split():
                    if len(part) >= 5 and skeleton(part) not in vocabulary:
                        assert skeleton(part) not in skel, (key, part)
    en = pdftotext(reports[("demo", "public", "en")][0])
    for pseudonym in ("Detained person 1", "Detained person 19", "Official F"):
        assert pseudonym in en
    assert "Ұсталған адам 14" in pdftotext(reports[("demo", "public", "kk")][0])
    assert "Задержанное лицо 14" in pdftotext(reports[("demo", "public", "ru")][0])


@needs_poppler
def test_fixture_public_report(reports):
    path, result = reports[("fixture", "public", "en")]
    text = pdftotext(path)
    for secret in P1_NAMES + P3_NAMES + ["Ospanov", "+7 701", "Abay Ave", "43.2567", "insulin", "IMG_2034", "Pixel"]:
        assert fold(secret) not in fold(text), secret
    assert "Aigerim Bekova" in text and "Ivan Petrov" in text  # they agreed to be named
    assert "Detained person 1" in text and "Relative A" in text
    assert "[withheld]" in text
    assert result.plan.regions == 1


@needs_poppler
def test_internal_report_names_everyone(reports):
    text = pdftotext(reports[("demo", "internal", "en")][0])
    for name in ("Nazigul Maksutkhan", "Bekzat Maxutkhan", "Alimnur Turganbai", "Gina Romero"):
        assert name in text
    assert "Heavily pregnant" in " ".join(text.split())  # health concerns: internal only
    assert "Heavily pregnant" not in " ".join(pdftotext(reports[("demo", "partner", "en")][0]).split())
    fixture = pdftotext(reports[("fixture", "internal", "en")][0])
    assert "Maksutkhan Akzholuly" in fixture and "Marat Ospanov" in fixture and "43.2567" in fixture


@needs_poppler
def test_kazakh_and_russian_extract_as_letters(reports):
    kk = pdftotext(reports[("demo", "internal", "kk")][0])
    assert "Мақсұтхан" in kk and "Бекзат Мақсұтхан" in kk
    assert "Оқиғалар хронологиясы" in kk and "Бұл есепте не жасырылды және неге" in kk
    assert "2026 жылғы 20 наурыз" in kk
    ru = pdftotext(reports[("demo", "internal", "ru")][0])
    assert "Хронология событий" in ru and "Меры пресечения" in ru and "20 марта 2026 г." in ru
    fixture = pdftotext(reports[("fixture", "internal", "en")][0])
    assert "Қазақстан" in fixture and "Мақсұтхан Ақжолұлы" in fixture


@needs_poppler
def test_only_embedded_fonts(reports):
    for path, _ in reports.values():
        out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            cols = row.split()
            assert "DejaVuSans" in cols[0], row
            # columns: name type [type2] encoding emb sub uni id gen
            assert cols[-5] == "yes", f"font not embedded: {row}"
        assert "Helvetica" not in out


@needs_poppler
def test_metadata_is_minimal(reports):
    path, _ = reports[("demo", "public", "en")]
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert "Title:           Atajurt activists" in info
    assert "Producer:        Casefile" in info
    assert "Author" not in info and "Creator" not in info and "ModDate" not in info
    assert "Metadata Stream: no" in info and "JavaScript:      no" in info
    reader = PdfReader(str(path))
    assert set(reader.metadata) == {"/Title", "/Producer", "/CreationDate"}
    assert reader.metadata["/CreationDate"] == "D:20260320"
    raw = path.read_bytes()
    assert raw.count(b"%%EOF") == 1 and b"/Prev" not in raw and b"anonymous" not in raw


@needs_poppler
def test_every_page_has_the_footer(reports):
    path, result = reports[("demo", "public", "en")]
    for n in range(1, result.pages + 1):
        page = pdftotext(path, "-f", str(n), "-l", str(n))
        assert "ATAJURT-2025" in page and "public" in page and f"page {n} of {result.pages}" in page
    kk_path, kk = reports[("demo", "public", "kk")]
    assert f"1-бет, барлығы {kk.pages}" in pdftotext(kk_path, "-f", "1", "-l", "1")


@needs_poppler
def test_page_one_renders(reports, tmp_path):
    path, _ = reports[("demo", "public", "en")]
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    pngs = list(tmp_path.glob("p*.png"))
    assert len(pngs) == 1
    with Image.open(pngs[0]) as img:
        lo, hi = img.convert("L").getextrema()
        assert img.width > 200 and hi - lo > 100  # not blank


@needs_poppler
def test_sections_and_sources(reports):
    text = pdftotext(reports[("demo", "public", "en")][0])
    flat = " ".join(text.split())
    for heading in ("Summary", "Persons", "Timeline", "Chronology of events", "Proceedings", "Hearings",
                    "Restrictive measures", "Communications and statements", "Sources"):  # fmt: skip
        assert heading in text
    # Conflicting attributions side by side: 21 January (IPHR/KIBHR) against 23 January (UN).
    assert "Sources disagree" in flat and "2026-01-21" in flat and "2026-01-23" in flat
    assert "AL KAZ 2/2026" in flat and "Please provide detailed information on the legal basis" in flat
    assert "5 May 2026" in flat and "Reply due" in flat
    assert "Pre-trial detention" in flat and "overdue" in flat
    assert re.search(r"late January 2026 \(approx\.\)", flat)


@needs_poppler
def test_evidence_index_and_clean_thumbnail(reports):
    path, _ = reports[("fixture", "public", "en")]
    text = " ".join(pdftotext(path).split())
    assert "ev0001" in text and "a" * 32 in text and "preview unavailable" not in text
    assert "no preview (not an image)" in text and "1 regions blacked out" in text
    reader = PdfReader(str(path))
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1
    # The embedded bytes are exactly the re-encoded thumbnail: no EXIF, no comment, no name, no GPS.
    page = next(p for p in reader.pages if p.images)
    xobj = next(v.get_object() for v in page["/Resources"]["/XObject"].values())
    raw = xobj._data  # the stream as stored (DCT data as reportlab embedded it)
    assert raw.startswith(b"\xff\xd8")
    for needle in (b"Exif", b"\xff\xfe", b"taken by", "Мақсұтхан".encode(), b"http://ns.adobe.com/xap"):
        assert needle not in raw, needle
    assert hashlib.sha256(raw).hexdigest() in text.replace(" ", "") or hashlib.sha256(raw).hexdigest()[:32] in text
    thumb = Image.open(io.BytesIO(raw))
    assert not thumb.info.get("exif") and not thumb.info.get("icc_profile") and not thumb.info.get("comment")
    # EXIF orientation 6 applied: a 200x100 landscape stored on its side shows upright as portrait.
    assert thumb.height > thumb.width
    # The marked region (x 20..80, y 10..50 in the upright image) is black in the public report...
    sx, sy = thumb.width / 100, thumb.height / 200
    assert max(thumb.convert("RGB").getpixel((int(50 * sx), int(30 * sy)))) < 30
    # ... and only outlined in the internal one.
    internal = PdfReader(str(reports[("fixture", "internal", "en")][0]))
    ipage = next(p for p in internal.pages if p.images)
    iraw = next(v.get_object() for v in ipage["/Resources"]["/XObject"].values())._data
    ithumb = Image.open(io.BytesIO(iraw)).convert("RGB")
    assert max(ithumb.getpixel((int(50 * sx), int(30 * sy)))) > 100


def test_thumbnail_survives_bad_images():
    assert make_thumbnail(b"") is None
    assert make_thumbnail(evidence_jpeg()[:300]) is None  # truncated
    assert make_thumbnail(b"GIF89a" + b"\x00" * 20) is None
    # A PNG header claiming 100,000 x 100,000 pixels: refused before decoding (no memory blow-up).
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
    bomb += chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
    assert make_thumbnail(bomb) is None
    # CMYK and palette images come out as plain RGB JPEGs.
    for mode in ("CMYK", "P", "LA", "I;16"):
        buf = io.BytesIO()
        Image.new(mode, (40, 30)).save(buf, "TIFF")
        thumb = make_thumbnail(buf.getvalue())
        assert thumb is not None and Image.open(io.BytesIO(thumb.jpeg)).mode == "RGB", mode


def test_unreadable_evidence_gives_preview_unavailable(tmp_path):
    def broken(evidence_id: str) -> bytes:
        raise OSError("vault locked")

    path = tmp_path / "r.pdf"
    build_report(small_case(), profile="partner", lang="en", out_path=path, report_date=REPORT_DATE,
                 read_evidence=broken)  # fmt: skip
    assert "preview unavailable" in pypdf_text(path)


def test_gate_failure_writes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the previous report")
    real = build_module.render_pdf

    def leaky(redacted, lang, report_date, **kw):
        tampered = redact(small_case(), "internal")  # names everyone
        tampered.profile = redacted.profile
        tampered.title = redacted.title
        return real(tampered, lang, report_date, **kw)

    monkeypatch.setattr(build_module, "render_pdf", leaky)
    with pytest.raises(ReportLeakError) as info:
        build_report(small_case(), profile="public", lang="en", out_path=path, report_date=REPORT_DATE)
    assert path.read_bytes() == b"the previous report"
    assert not path.with_name("report.pdf.partial").exists()
    message = str(info.value)
    assert message.startswith("The report was not saved: ") and "field persons.names" in message
    assert "Мақсұтхан" not in message and "Maksutkhan" not in message


def test_cancel_leaves_no_file(tmp_path):
    token = CancelToken()
    token.cancel()
    path = tmp_path / "r.pdf"
    with pytest.raises(Cancelled):
        build_report(small_case(), profile="public", lang="en", out_path=path, report_date=REPORT_DATE, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_progress_reports_steps(tmp_path):
    seen = []
    build_report(small_case(), profile="public", lang="en", out_path=tmp_path / "r.pdf", report_date=REPORT_DATE,
                 progress=lambda d, t, m: seen.append((d, t, m)))  # fmt: skip
    assert seen[0][0] == 0 and seen[-1][:2] == (4, 4)
    assert any("checking" in m for _, _, m in seen)


def test_unknown_language_is_refused():
    with pytest.raises(ReportError, match="unknown report language"):
        render_pdf(redact(small_case(), "public"), "fr", REPORT_DATE)


def test_case_text_cannot_inject_markup(tmp_path):
    doc = small_case()
    doc["events"][0]["description"] = '<img src="/etc/passwd"/> <b>bold</b> & <font size=40>x</font>'
    path = tmp_path / "r.pdf"
    build_report(doc, profile="internal", lang="en", out_path=path, report_date=REPORT_DATE)
    assert '<img src="/etc/passwd"/>' in pypdf_text(path)


def test_huge_fields_still_make_a_report(tmp_path):
    doc = small_case()
    doc["acts"][1]["description"] = "word " * 20_000  # 100,000 characters in one table cell
    doc["events"][0]["description"] = "Long account. " * 5_000
    path = tmp_path / "r.pdf"
    result = build_report(doc, profile="internal", lang="en", out_path=path, report_date=REPORT_DATE)
    assert result.pages > 3 and "more characters not shown" in pypdf_text(path)
