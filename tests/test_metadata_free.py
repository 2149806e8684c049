"""No metadata survives in what Casefile derives from an image: report thumbnails and pack copies.

The test files are built segment by segment (tests/pictures.py): a JPEG with
EXIF and GPS, XMP, an ICC profile, IPTC (APP13), Content Credentials (C2PA
JUMBF in APP11) and a comment; a PNG with iCCP, tEXt, zTXt, iTXt (XMP), eXIf,
tIME and caBX (C2PA). exiftool and mat2 first prove they see all of it in the
source, then find nothing in the copies.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.packs.derive import strip_image
from app.report.images import make_thumbnail
from tests.judges import exiftool_metadata, judges_missing, mat2_metadata
from tests.pictures import jpeg_with_metadata, png_with_metadata

SECRET = "Aigul Secretova"
pytestmark = pytest.mark.skipif(
    bool({"exiftool", "mat2"} & set(judges_missing())), reason="needs exiftool and mat2 (tools/setup.sh)"
)

SOURCES = {"jpeg": (jpeg_with_metadata, "image/jpeg", "jpg"), "png": (png_with_metadata, "image/png", "png")}
# What exiftool must see in each source, by group: proof that the planted segments are real.
PLANTED = {
    "jpeg": {"IFD0", "GPS", "XMP-dc", "ICC_Profile", "IPTC", "JUMBF", "File:Comment"},
    "png": {"PNG:Author", "PNG:Comment", "PNG:Description", "XMP-dc", "IFD0", "GPS", "ICC_Profile", "PNG:ModifyDate"},
}


def secret_bytes() -> list[bytes]:
    return [SECRET.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [b"c2pa", b"jumb", b"8BIM"]


@pytest.fixture(params=sorted(SOURCES))
def source(request, tmp_path):
    make, media, ext = SOURCES[request.param]
    data = make(SECRET)
    path = tmp_path / f"source.{ext}"
    path.write_bytes(data)
    return request.param, data, media, path


def test_the_judges_see_every_planted_segment(source):
    kind, data, _media, path = source
    found = exiftool_metadata(path)
    for group in PLANTED[kind]:
        assert any(k == group or k.startswith(group + ":") for k in found), (group, sorted(found))
    assert SECRET in mat2_metadata(path)
    if kind == "png":
        assert b"caBX" in data  # exiftool 12.57 does not list C2PA in PNG; the bytes check below covers it


def test_pack_copies_carry_no_metadata(source, tmp_path):
    kind, data, media, _path = source
    copy, copy_media = strip_image(data, media)
    out = tmp_path / f"copy.{'jpg' if copy_media == 'image/jpeg' else 'png'}"
    out.write_bytes(copy)
    assert exiftool_metadata(out) == {}
    assert mat2_metadata(out) == ""
    for needle in secret_bytes():
        assert needle not in copy, needle
    assert Image.open(io.BytesIO(copy)).size == (320, 200)


def test_report_thumbnails_carry_no_metadata(source, tmp_path):
    _kind, data, _media, _path = source
    thumb = make_thumbnail(data, [[10, 10, 50, 30]])
    assert thumb is not None and thumb.regions == 1
    out = tmp_path / "thumb.jpg"
    out.write_bytes(thumb.jpeg)
    assert exiftool_metadata(out) == {}
    assert mat2_metadata(out) == ""
    for needle in secret_bytes():
        assert needle not in thumb.jpeg, needle


def test_blacked_out_regions_in_a_png_copy_are_opaque(tmp_path):
    copy, media = strip_image(png_with_metadata(SECRET), "image/png", [[20, 20, 40, 30]])
    img = Image.open(io.BytesIO(copy))
    assert media == "image/png" and img.mode == "RGBA"
    assert img.getpixel((30, 30)) == (0, 0, 0, 255) and img.getpixel((5, 5)) == (120, 160, 200, 255)
