"""Complete capture metadata at intake, kept secret in the vault: every EXIF IFD, JPEG comments, XMP, IPTC and
PNG text, in the encrypted database, and never in a partner or public report."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib

import pytest
from PIL import ExifTags, Image, PngImagePlugin

from app.evidence.capture import capture_metadata
from app.services.evidence import EvidenceService
from app.services.evidence import capture_metadata as reexported
from app.services.records import Records
from app.services.reports import export_report

ARTIST = "Marat Seitkaliev"
COPYRIGHT = "Copyright Kazakh Field Monitors 2025"
XP_AUTHOR = "Айгерім Серікқызы"
COMMENT = "Sent by Daniyar Omarov on Signal"
XMP_CREATOR = "Saule Bekova"
IPTC_BYLINE = "Nurlan Abenov"
IPTC_CITY = "Almaty, Abay Avenue 150"
BODY_SERIAL = "R58N40ABCDE"
PNG_AUTHOR = "Gulnara Tulegenova"
PNG_LATE = "Written after the pixels by Yerlan Dosmukhamed"
SECRETS = [ARTIST, COPYRIGHT, XP_AUTHOR, COMMENT, XMP_CREATOR, IPTC_BYLINE, IPTC_CITY, BODY_SERIAL, PNG_AUTHOR]


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Model Z"
    exif[ExifTags.Base.Artist] = ARTIST
    exif[ExifTags.Base.Copyright] = COPYRIGHT
    exif[ExifTags.Base.XPAuthor] = XP_AUTHOR.encode("utf-16-le") + b"\x00\x00"
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = "2025:11:13 10:22:01"
    sub[ExifTags.Base.BodySerialNumber] = BODY_SERIAL
    sub[ExifTags.Base.MakerNote] = b"Vendor\x00\x01\x02" + BODY_SERIAL.encode()
    sub[ExifTags.Base.UserComment] = b"ASCII\x00\x00\x00" + b"raw user comment"
    sub[ExifTags.Base.ExposureProgram] = 2
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "N", 2: (43.0, 15.0, 24.5), 3: "E", 4: (76.0, 54.0, 10.0)})
    return exif


def _app13_iptc(records: list[tuple[int, int, str]]) -> bytes:
    iim = b"".join(b"\x1c" + bytes([r, d]) + struct.pack(">H", len(v.encode())) + v.encode() for r, d, v in records)
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def rich_jpeg() -> bytes:
    img = Image.new("RGB", (48, 32), (30, 90, 160))
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{XMP_CREATOR}</dc:creator></x:xmpmeta>'.encode()
    out = io.BytesIO()
    img.save(out, "JPEG", exif=_exif(), comment=COMMENT.encode(), xmp=xmp)
    data = out.getvalue()
    iptc = _app13_iptc([(2, 80, IPTC_BYLINE), (2, 90, IPTC_CITY), (2, 25, "protest"), (2, 25, "court")])
    return data[:2] + iptc + data[2:]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def rich_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", PNG_AUTHOR)
    info.add_text("Comment", "compressed note", zip=True)
    info.add_itxt("Description", "Описание на русском", lang="ru", tkey="Описание")
    out = io.BytesIO()
    Image.new("RGB", (48, 32), (30, 90, 160)).save(out, "PNG", pnginfo=info, exif=_exif())
    data = out.getvalue()
    # A text chunk after the pixels, where Pillow would only look after decoding them.
    end = data.rindex(b"IEND") - 4
    return data[:end] + _chunk(b"tEXt", b"Late\x00" + PNG_LATE.encode()) + data[end:]


def test_old_import_path_still_works():
    assert reexported is capture_metadata


def test_jpeg_capture_metadata_is_complete(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(rich_jpeg())
    meta = capture_metadata(path, "image/jpeg")
    assert (meta["make"], meta["model"], meta["captured"]) == ("PhoneMaker", "Model Z", "2025:11:13 10:22:01")
    ifd0, sub = meta["exif"]["ifd0"], meta["exif"]["exif"]
    assert (ifd0["Artist"], ifd0["Copyright"], ifd0["XPAuthor"]) == (ARTIST, COPYRIGHT, XP_AUTHOR)
    assert sub["BodySerialNumber"] == BODY_SERIAL and sub["UserComment"] == "raw user comment"
    assert sub["ExposureProgram"] == 2  # enumerations stay numbers
    assert bytes.fromhex(sub["MakerNote"]["hex"]).endswith(BODY_SERIAL.encode())
    assert meta["gps"]["GPSLatitude"] == "(43.0, 15.0, 24.5)"
    assert meta["jpeg_comments"] == [COMMENT]
    assert XMP_CREATOR in meta["xmp"]
    assert meta["iptc"]["2:080 By-line"] == [IPTC_BYLINE]
    assert meta["iptc"]["2:090 City"] == [IPTC_CITY]
    assert meta["iptc"]["2:025 Keywords"] == ["protest", "court"]


def test_png_text_chunks_and_exif_without_decoding_pixels():
    meta = capture_metadata(io.BytesIO(rich_png()), "image/png")
    assert meta["png_text"]["Author"] == PNG_AUTHOR
    assert meta["png_text"]["Comment"] == "compressed note"
    assert meta["png_text"]["Description"] == "Описание на русском"
    assert meta["png_text"]["Late"] == PNG_LATE
    assert meta["exif"]["ifd0"]["Artist"] == ARTIST


def test_png_bomb_keeps_its_text_and_decodes_nothing():
    """A PNG that claims 60 000 × 60 000 pixels: Pillow refuses it, the text chunks are still read."""
    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"tEXt", b"Author\x00" + PNG_AUTHOR.encode())
    data += _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    meta = capture_metadata(io.BytesIO(data), "image/png")
    assert meta["png_text"]["Author"] == PNG_AUTHOR
    assert meta.get("note") == "image metadata unreadable"


def test_a_zip_bomb_in_a_text_chunk_is_cut():
    bomb = zlib.compress(b"A" * (64 * 1024 * 1024), 9)
    data = rich_png()
    end = data.rindex(b"IEND") - 4
    data = data[:end] + _chunk(b"zTXt", b"Bomb\x00\x00" + bomb) + data[end:]
    meta = capture_metadata(io.BytesIO(data), "image/png")
    assert len(meta["png_text"]["Bomb"]) <= 4000


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
@pytest.mark.parametrize(
    "junk", [b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08", b"\x89PNG\r\n\x1a\n\x00"]
)
def test_broken_headers_give_a_note_not_an_error(junk):
    kind = "image/jpeg" if junk.startswith(b"\xff") else "image/png"
    assert "note" in capture_metadata(io.BytesIO(junk), kind)


@pytest.fixture
def intake(vault, tmp_path):
    case_id = Records(vault).insert("cases", {"title": "Metadata case", "reference": "META-1"})
    jpeg, png = tmp_path / "IMG_0007.jpg", tmp_path / "IMG_0008.png"
    jpeg.write_bytes(rich_jpeg())
    png.write_bytes(rich_png())
    service = EvidenceService(vault)
    ids = [
        service.add_file(case_id, jpeg, description=f"Photo by {ARTIST} near the court").evidence_id,
        service.add_file(case_id, png).evidence_id,
    ]
    return case_id, ids


def test_intake_keeps_it_all_in_the_encrypted_database(vault, intake):
    _case_id, (jpeg_id, png_id) = intake
    records = Records(vault)
    jpeg_capture = records.get("evidence", jpeg_id)["capture"]
    png_capture = records.get("evidence", png_id)["capture"]
    assert jpeg_capture["exif"]["ifd0"]["Artist"] == ARTIST and jpeg_capture["jpeg_comments"] == [COMMENT]
    assert png_capture["png_text"]["Late"] == PNG_LATE
    for path in vault.folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for secret in (ARTIST, COMMENT, IPTC_BYLINE, PNG_LATE, XP_AUTHOR):
                assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw, path.name


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
@pytest.mark.parametrize("profile", ["partner", "public"])
def test_capture_metadata_never_reaches_a_redacted_report(vault, intake, tmp_path, profile):
    case_id, _ids = intake
    path = tmp_path / f"{profile}.pdf"
    export_report(vault, case_id, profile=profile, lang="en", out_path=path)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    raw = path.read_bytes()
    for secret in SECRETS + [PNG_LATE]:
        assert secret not in text and secret.encode() not in raw, secret
    assert "near the court" in text  # the description is shown; the photographer's name in it is withheld
