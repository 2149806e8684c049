"""Capture metadata of a photo, kept whole in the vault (secret) and never in partner or public outputs.

What a camera or an editor wrote into the file is evidence too: when and where it was taken, with what,
by whom (EXIF Artist, Copyright, XPAuthor; IPTC By-line), and what was said about it (JPEG comments, XMP,
PNG text). All of it is kept, as JSON-safe values, in the item's ``capture`` field, whose sensitivity is
``secret``: redaction withholds it and treats every string in it as a token that must not appear in a
partner or public report.

Only image headers are read here, in the main process, with Pillow (no pixel is decoded) or with a small
PNG chunk walker. PDFs, office files and videos stay opaque bytes.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any, BinaryIO

MAX_TEXT = 4000  # one EXIF string, comment or text chunk
MAX_XMP = 1024 * 1024
MAX_MAKER_NOTE = 64 * 1024
MAX_PNG_TEXT_CHUNKS = 200
MAX_INFLATED = 1024 * 1024  # a zTXt/iTXt chunk inflates to at most this (a zip bomb gets cut)

# EXIF strings stored as UTF-16LE bytes by Windows (XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject).
_XP_TAGS = {0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F}
_USER_COMMENT = 0x9286
_MAKER_NOTE = 0x927C
_IPTC_NAMES = {
    (2, 5): "ObjectName",
    (2, 25): "Keywords",
    (2, 40): "SpecialInstructions",
    (2, 55): "DateCreated",
    (2, 60): "TimeCreated",
    (2, 80): "By-line",
    (2, 85): "By-lineTitle",
    (2, 90): "City",
    (2, 92): "Sub-location",
    (2, 95): "Province-State",
    (2, 101): "Country",
    (2, 103): "OriginalTransmissionReference",
    (2, 105): "Headline",
    (2, 110): "Credit",
    (2, 115): "Source",
    (2, 116): "CopyrightNotice",
    (2, 118): "Contact",
    (2, 120): "Caption-Abstract",
    (2, 122): "Writer-Editor",
}


def capture_metadata(source: Path | BinaryIO, media_type: str) -> dict[str, Any]:
    """Everything the file says about its capture, as JSON-safe values; ``{}`` for files that are not images.

    The summary keys the rest of Casefile reads (``captured``, ``modified``, ``make``, ``model``,
    ``orientation``, ``width``, ``height``, ``format``, ``gps``) stay as they were; the full record is
    under ``exif``, ``jpeg_comments``, ``xmp``, ``iptc``, ``png_text`` and ``icc_profile``.
    """
    if not media_type.startswith("image/"):
        return {}
    png: dict[str, Any] = {}
    if media_type == "image/png":
        try:
            png = _png_chunks(source)
        except (OSError, ValueError, struct.error):
            png = {}
    try:
        return _image_metadata(source, media_type, dict(png))
    except Exception:  # noqa: BLE001 - a broken image is still evidence; its metadata is just unknown
        # What the chunk walker found (text, XMP) is kept even when the image itself cannot be opened.
        meta: dict[str, Any] = {"note": "image metadata unreadable"}
        if png.get("text"):
            meta["png_text"] = png["text"]
        if png.get("xmp"):
            meta["xmp"] = _xmp_text(png["xmp"])
        return meta


def _image_metadata(source: Path | BinaryIO, media_type: str, png: dict[str, Any]) -> dict[str, Any]:
    from PIL import ExifTags, Image

    if not isinstance(source, Path):
        source.seek(0)
    with Image.open(source) as img:
        meta: dict[str, Any] = {"width": img.width, "height": img.height, "format": img.format}
        exif = Image.Exif()
        if png.get("exif"):
            exif.load(png.pop("exif"))
        elif media_type != "image/png":  # Pillow would decode a PNG's pixels to look for a late eXIf chunk
            exif = img.getexif()
        _summary(meta, exif, ExifTags)
        full = _exif_record(exif, ExifTags)
        if full:
            meta["exif"] = full
        comments = [_text(value) for marker, value in getattr(img, "applist", []) if marker == "COM"]
        if comments:
            meta["jpeg_comments"] = comments
        xmp = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp") or png.get("xmp")
        if xmp:
            meta["xmp"] = _xmp_text(xmp)
        iptc = _iptc(img)
        if iptc:
            meta["iptc"] = iptc
        icc = img.info.get("icc_profile") or png.get("icc_profile")
        if icc:
            meta["icc_profile"] = _icc_header(icc)
        if png.get("text"):
            meta["png_text"] = png["text"]
    return meta


def _summary(meta: dict[str, Any], exif: Any, tags: Any) -> None:
    """The few fields shown beside an item (kept as strings, as they always were)."""
    names = {
        tags.Base.DateTimeOriginal: "captured",
        tags.Base.DateTime: "modified",
        tags.Base.Make: "make",
        tags.Base.Model: "model",
        tags.Base.Orientation: "orientation",
    }
    merged = dict(exif.items())
    merged.update(exif.get_ifd(tags.IFD.Exif).items())
    for tag, name in names.items():
        if tag in merged:
            meta[name] = str(merged[tag])[:200]
    gps = exif.get_ifd(tags.IFD.GPSInfo)
    if gps:
        meta["gps"] = {tags.GPSTAGS.get(k, str(k)): str(v)[:100] for k, v in gps.items()}


def _exif_record(exif: Any, tags: Any) -> dict[str, Any]:
    """Every EXIF IFD but GPS (kept under ``gps``): IFD0, Exif, Interop and IFD1 (the thumbnail's)."""
    record: dict[str, Any] = {}
    ifds = {"ifd0": {k: v for k, v in exif.items() if k not in (tags.IFD.Exif, tags.IFD.GPSInfo, tags.IFD.Interop)}}
    for name, ifd in (("exif", tags.IFD.Exif), ("interop", tags.IFD.Interop), ("ifd1", tags.IFD.IFD1)):
        try:
            ifds[name] = dict(exif.get_ifd(ifd).items())
        except (KeyError, ValueError, TypeError, struct.error):
            continue
    for name, entries in ifds.items():
        out: dict[str, Any] = {}
        for tag, value in entries.items():
            if tag in (tags.IFD.Exif, tags.IFD.GPSInfo, tags.IFD.Interop):
                continue
            label = tags.TAGS.get(tag, f"0x{tag:04x}")
            if tag == _MAKER_NOTE:
                out[label] = _maker_note(value)
            else:
                out[label] = _value(tag, value)
        if out:
            record[name] = out
    return record


def _maker_note(value: Any) -> Any:
    raw = bytes(value) if isinstance(value, bytes | bytearray) else str(value).encode()
    if len(raw) > MAX_MAKER_NOTE:
        # Vendor binary; past this size it is usually embedded previews, not facts about the capture.
        return {"omitted": f"maker note of {len(raw)} bytes not kept (over {MAX_MAKER_NOTE})"}
    return {"hex": raw.hex()}


def _value(tag: int, value: Any) -> Any:
    """A JSON-safe form: numbers stay numbers (so enumerations are not strings), text is decoded."""
    if isinstance(value, bytes | bytearray):
        raw = bytes(value)
        if tag in _XP_TAGS:
            return _text(raw.decode("utf-16-le", "replace"))
        if tag == _USER_COMMENT:
            return _user_comment(raw)
        stripped = raw.rstrip(b"\x00")
        if stripped and all(32 <= b < 127 for b in stripped):
            return _text(stripped.decode("ascii"))
        return {"hex": raw[:MAX_TEXT].hex()}
    if isinstance(value, tuple | list):
        if value and all(isinstance(v, int) for v in value) and tag in _XP_TAGS:
            return _text(bytes(value).decode("utf-16-le", "replace"))
        return [_value(tag, v) for v in value[:256]]
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else None
    numerator = getattr(value, "numerator", None)
    denominator = getattr(value, "denominator", None)
    if isinstance(numerator, int) and isinstance(denominator, int):
        return numerator / denominator if denominator else None
    return _text(str(value))


def _user_comment(raw: bytes) -> str:
    """EXIF UserComment: an 8-byte character code, then the text."""
    code, body = raw[:8], raw[8:]
    if code.startswith(b"UNICODE"):
        encoding = "utf-16-be" if body[:1] == b"\x00" else "utf-16-le"
        return _text(body.decode(encoding, "replace"))
    return _text(body.decode("utf-8" if code.startswith(b"ASCII") or not code.strip(b"\x00") else "latin-1", "replace"))


def _text(value: Any) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes | bytearray) else str(value)
    return text.replace("\x00", "").strip()[:MAX_TEXT]


def _xmp_text(xmp: Any) -> str:
    """The XMP packet as text, kept whole (not parsed: an XML parser is attack surface we do not need)."""
    raw = xmp if isinstance(xmp, bytes | bytearray) else str(xmp).encode("utf-8", "replace")
    return bytes(raw[:MAX_XMP]).decode("utf-8", "replace").replace("\x00", "")


def _iptc(img: Any) -> dict[str, Any]:
    """IPTC IIM records (Photoshop APP13 in JPEG, tag 33723 in TIFF): By-line, caption, place, credit..."""
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:  # noqa: BLE001 - a damaged IPTC block loses the IPTC record, not the item
        return {"note": "IPTC block unreadable"}
    out: dict[str, Any] = {}
    for key, value in info.items():
        if not isinstance(key, tuple) or len(key) != 2 or key[0] == 1:
            continue  # record 1 is the envelope (character set, format): not about the picture
        name = f"{key[0]}:{key[1]:03d}"
        if key in _IPTC_NAMES:
            name += f" {_IPTC_NAMES[key]}"
        values = value if isinstance(value, list) else [value]
        out[name] = [_text(v) for v in values[:100]]
    return out


def _icc_header(icc: bytes) -> dict[str, Any]:
    """Size and the device signatures of an ICC profile's header (a phone model can show there)."""
    out: dict[str, Any] = {"size": len(icc)}
    if len(icc) >= 128:
        for name, start in (("cmm", 4), ("device_manufacturer", 48), ("device_model", 52), ("creator", 80)):
            sig = icc[start : start + 4]
            if sig.strip(b"\x00 ") and all(32 <= b < 127 for b in sig):
                out[name] = sig.decode("ascii").strip()
    return out


def _png_chunks(source: Path | BinaryIO) -> dict[str, Any]:
    """tEXt, zTXt and iTXt chunks (also after the pixels), eXIf, and iCCP, without decoding a pixel."""
    f = open(source, "rb") if isinstance(source, Path) else source  # noqa: SIM115 - closed below
    f.seek(0)
    try:
        return _walk_png(f)
    finally:
        if isinstance(source, Path):
            f.close()


def _walk_png(f: BinaryIO) -> dict[str, Any]:
    out: dict[str, Any] = {}
    texts: dict[str, list[str]] = {}
    if f.read(8) != b"\x89PNG\r\n\x1a\n":
        return out
    count = 0
    while True:
        header = f.read(8)
        if len(header) < 8:
            break
        length, kind = struct.unpack(">I4s", header)
        if kind == b"IEND" or length > 0x7FFFFFFF:
            break
        if kind in (b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP") and length <= 16 * 1024 * 1024:
            data = f.read(length)
            f.seek(4, 1)  # CRC
            if kind == b"eXIf":
                out["exif"] = data
            elif kind == b"iCCP":
                out["icc_profile"] = _inflate(data.split(b"\x00", 1)[-1][1:])
            elif count < MAX_PNG_TEXT_CHUNKS:
                count += 1
                keyword, text = _png_text(kind, data)
                if keyword == "XML:com.adobe.xmp":
                    out["xmp"] = text.encode("utf-8")
                elif keyword:
                    texts.setdefault(keyword, []).append(_text(text))
        else:
            f.seek(length + 4, 1)
    if texts:
        out["text"] = {k: v[0] if len(v) == 1 else v for k, v in texts.items()}
    return out


def _png_text(kind: bytes, data: bytes) -> tuple[str, str]:
    keyword, _, rest = data.partition(b"\x00")
    name = keyword.decode("latin-1", "replace")[:80]
    if kind == b"tEXt":
        return name, rest.decode("latin-1", "replace")
    if kind == b"zTXt":
        return name, _inflate(rest[1:]).decode("latin-1", "replace")
    # iTXt: compression flag, method, language tag NUL, translated keyword NUL, text (UTF-8)
    flag = rest[:1]
    _, _, after_lang = rest[2:].partition(b"\x00")
    _, _, body = after_lang.partition(b"\x00")
    if flag == b"\x01":
        body = _inflate(body)
    return name, body.decode("utf-8", "replace")


def _inflate(data: bytes) -> bytes:
    try:
        inflater = zlib.decompressobj()
        return inflater.decompress(data, MAX_INFLATED)
    except zlib.error:
        return b""
