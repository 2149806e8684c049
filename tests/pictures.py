"""Test pictures: a photographed summons with a name legible on it, drawn with Pillow in DejaVu Sans.

The summons is drawn large (like a phone photo of a document) so that the
report's 480-pixel thumbnail still shows it legibly; ``name_box`` is where the
name line sits, in the picture's own pixels, for marking it for redaction.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from app.resources import resource

WIDTH, HEIGHT = 1600, 1100
FONT_PX = 44


@dataclass(frozen=True)
class Summons:
    jpeg: bytes
    name_box: list[float]  # [x, y, w, h] around the name line


def font(px: int = FONT_PX) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), px)


def summons(name: str, *, heading: str = "ПОВЕСТКА / ШАҚЫРУ ҚАҒАЗЫ", fmt: str = "JPEG") -> Summons:
    """A summons on off-white paper: a heading, the summoned person's name, a date and a signature line."""
    img = Image.new("RGB", (WIDTH, HEIGHT), (238, 233, 222))
    draw = ImageDraw.Draw(img)
    f = font()
    lines = [heading, "Гражданин / Азамат / Citizen:", name, "явиться 21.01.2026 к 10:00, каб. 214", "Следователь"]
    boxes = []
    for i, text in enumerate(lines):
        xy = (90, 110 + i * 170)
        draw.text(xy, text, fill=(25, 25, 35), font=f)
        boxes.append(draw.textbbox(xy, text, font=f))
    x0, y0, x1, y1 = boxes[2]
    out = io.BytesIO()
    img.save(out, fmt, quality=88) if fmt == "JPEG" else img.save(out, fmt)
    pad = 12
    return Summons(out.getvalue(), [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad])


# --- files carrying every kind of metadata, built segment by segment --------------------------

C2PA_UUID = bytes.fromhex("6332706100110010800000aa00389b71")  # JUMBF description type of a C2PA manifest store


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def jumbf(secret: str) -> bytes:
    """A C2PA manifest store as a JUMBF superbox: a description box labelled "c2pa", then JSON content."""
    description = _box(b"jumd", C2PA_UUID + b"\x03" + b"c2pa\0")
    content = _box(b"json", json.dumps({"author": secret, "claim_generator": "test"}).encode())
    return _box(b"jumb", description + content)


def xmp(secret: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/">'
        f"<dc:creator><rdf:Seq><rdf:li>{secret}</rdf:li></rdf:Seq></dc:creator>"
        "<exif:GPSLatitude>43,15.402N</exif:GPSLatitude>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def iptc(secret: str) -> bytes:
    """A Photoshop image resource block holding IPTC IIM: By-line (2:80) and Caption (2:120)."""
    data = b""
    for dataset, value in ((80, secret), (120, f"Photo of {secret}")):
        raw = value.encode("utf-8")
        data += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(raw)) + raw
    if len(data) % 2:
        data += b"\0"
    resource = b"8BIM" + b"\x04\x04" + b"\0\0" + struct.pack(">I", len(data)) + data
    return b"Photoshop 3.0\0" + resource


def icc_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def exif(secret: str) -> bytes:
    """EXIF (with GPS and the secret as artist and description), as the TIFF block after "Exif\\0\\0"."""
    tags = Image.Exif()
    tags[0x010E] = secret.encode("utf-8")  # ImageDescription
    tags[0x013B] = secret.encode("utf-8")  # Artist
    tags[0x0112] = 1
    gps = tags.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (43.0, 15.0, 24.12), "E", (76.0, 55.0, 42.96)
    raw = tags.tobytes()
    return raw[6:] if raw.startswith(b"Exif\0\0") else raw


def _segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with_metadata(secret: str, size: tuple[int, int] = (320, 200)) -> bytes:
    """A JPEG carrying EXIF+GPS, XMP, ICC, IPTC, C2PA (JUMBF in APP11) and a comment, each naming ``secret``."""
    plain = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(plain, "JPEG", quality=90)
    return with_metadata(plain.getvalue(), secret)


def with_metadata(body: bytes, secret: str) -> bytes:
    """``body`` (a JPEG) with every kind of metadata segment inserted after its start marker."""
    assert body[:2] == b"\xff\xd8"
    icc = icc_profile()
    segments = [
        _segment(0xE1, b"Exif\0\0" + exif(secret)),
        _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0" + xmp(secret)),
        _segment(0xE2, b"ICC_PROFILE\0\x01\x01" + icc),
        _segment(0xED, iptc(secret)),
        _segment(0xEB, b"JP" + b"\x00\x01" + b"\x00\x00\x00\x01" + jumbf(secret)),
        _segment(0xFE, f"taken by {secret}".encode()),
    ]
    return body[:2] + b"".join(segments) + body[2:]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_metadata(secret: str, size: tuple[int, int] = (320, 200)) -> bytes:
    """A PNG carrying iCCP, tEXt, zTXt, iTXt (XMP), eXIf, tIME and caBX (C2PA), each naming ``secret`` where it can."""
    plain = io.BytesIO()
    Image.new("RGBA", size, (120, 160, 200, 255)).save(plain, "PNG")
    data = plain.getvalue()
    ihdr_end = 8 + 25  # signature, then the IHDR chunk (13 bytes of data)
    before_idat = _chunk(b"iCCP", b"sRGB profile\0\0" + zlib.compress(icc_profile()))
    extra = [
        _chunk(b"tEXt", b"Author\0" + secret.encode("latin-1", "replace")),
        _chunk(b"zTXt", b"Comment\0\0" + zlib.compress(f"taken by {secret}".encode("latin-1", "replace"))),
        _chunk(b"iTXt", b"Description\0\0\0\0\0" + f"Photo of {secret}".encode()),
        _chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + xmp(secret)),
        _chunk(b"eXIf", exif(secret)),
        _chunk(b"tIME", struct.pack(">HBBBBB", 2025, 11, 13, 10, 42, 11)),
        _chunk(b"caBX", jumbf(secret)),
    ]
    iend = data.rindex(b"IEND") - 4
    return data[:ihdr_end] + before_idat + data[ihdr_end:iend] + b"".join(extra) + data[iend:]
