"""The media type of an evidence file, decided from its first bytes and never from its name.

Only signatures that cannot be mistaken are used: a wrong "image/jpeg" on a PDF would send it down the
wrong path later (previews, derivatives), while "application/octet-stream" is always safe. Text is
recognised by decoding, not by guessing: a file is text only if the bytes read decode cleanly and hold
almost no control characters.
"""

from __future__ import annotations

import codecs
import struct

# Enough to see a ZIP's second member name, an EBML doc type or a few MP3 frames, and to judge text.
HEAD_BYTES = 64 * 1024
OCTET_STREAM = "application/octet-stream"
TEXT_UTF8 = "text/plain; charset=utf-8"

_SIMPLE = [
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"fLaC", "audio/flac"),
    (b"#!AMR\n", "audio/amr"),
    (b"\xff\x0a", "image/jxl"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "image/jxl"),
]

# ISO base media (MP4 family): the ftyp box's major and compatible brands.
_BRANDS = {
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"M4V ": "video/x-m4v",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"hevc": "image/heic",
    b"hevx": "image/heic",
    b"avif": "image/avif",
    b"avis": "image/avif",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3gp6": "video/3gpp",
    b"3g2a": "video/3gpp2",
}
# Brands that say only "this is an image container": the specific brand, if any, follows among the others.
_GENERIC_IMAGE_BRANDS = (b"mif1", b"msf1")

_OOXML_PARTS = (
    (b"word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (b"xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (b"ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)

# MPEG-1/2 audio: kbit/s per bitrate index (layer III), and sample rates per version.
_MP3_BITRATES_V1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_MP3_BITRATES_V2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def sniff_media_type(head: bytes, *, whole: bool = False) -> str:
    """Decide the type from the file's first bytes (``whole``: ``head`` is the entire file)."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _iso_media(head)
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": "image/webp", b"AVI ": "video/x-msvideo", b"WAVE": "audio/wav"}.get(head[8:12], OCTET_STREAM)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _ebml_media(head)
    if head.startswith(b"OggS"):
        return _ogg_media(head)
    if head.startswith(b"PK\x03\x04"):
        return _zip_media(head)
    if head.startswith(b"ID3") or _mp3_frames(head):
        return "audio/mpeg"
    for magic, kind in _SIMPLE:
        if head.startswith(magic):
            return kind
    return text_media_type(head, whole=whole) or OCTET_STREAM


def _iso_media(head: bytes) -> str:
    size = struct.unpack(">I", head[:4])[0]
    box = head[8 : min(size, len(head))] if size >= 16 else head[8:16]
    major = box[:4]
    compatible = [box[i : i + 4] for i in range(8, len(box) - 3, 4)]
    if major in _BRANDS:
        return _BRANDS[major]
    if major in _GENERIC_IMAGE_BRANDS:
        for brand in compatible:
            if brand in _BRANDS and _BRANDS[brand].startswith("image/"):
                return _BRANDS[brand]
        return "image/heif"
    if major == b"crx ":
        return "image/x-canon-cr3"
    return "video/mp4"


def _ebml_media(head: bytes) -> str:
    """Matroska and WebM share the EBML header; its DocType element (0x4282) says which."""
    at = head.find(b"\x42\x82", 4, 64)
    if at != -1 and at + 3 < len(head):
        size_byte = head[at + 2]
        if size_byte & 0x80:
            doc_type = head[at + 3 : at + 3 + (size_byte & 0x7F)]
            if doc_type == b"webm":
                return "video/webm"
            if doc_type == b"matroska":
                return "video/x-matroska"
    return OCTET_STREAM


def _ogg_media(head: bytes) -> str:
    first_page = head[:512]
    if b"\x80theora" in first_page:
        return "video/ogg"
    if b"OpusHead" in first_page or b"\x01vorbis" in first_page or b"\x7fFLAC" in first_page:
        return "audio/ogg"
    return "application/ogg"


def _zip_media(head: bytes) -> str:
    """A ZIP is an office document or an e-book when its first member says so (name, or ODF's ``mimetype``)."""
    if len(head) < 30:
        return "application/zip"
    (method,) = struct.unpack("<H", head[8:10])
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    name = head[30 : 30 + name_len]
    body = 30 + name_len + extra_len
    if name == b"mimetype" and method == 0:
        # ODF and EPUB store their media type as the first member, uncompressed.
        declared = head[body : body + 80].split(b"PK\x03\x04")[0].strip()
        if declared.startswith((b"application/vnd.oasis.opendocument.", b"application/epub+zip")):
            try:
                return declared.decode("ascii")
            except UnicodeDecodeError:
                return "application/zip"
    if name in (b"[Content_Types].xml", b"_rels/.rels") or name.startswith((b"word/", b"xl/", b"ppt/")):
        for part, kind in _OOXML_PARTS:
            if name.startswith(part) or _has_member(head, part):
                return kind
    return "application/zip"


def _has_member(head: bytes, prefix: bytes) -> bool:
    """Whether a local file header in ``head`` names a member under ``prefix``."""
    at = head.find(b"PK\x03\x04")
    while at != -1 and at + 30 <= len(head):
        name_len = struct.unpack("<H", head[at + 26 : at + 28])[0]
        if head[at + 30 : at + 30 + name_len].startswith(prefix):
            return True
        at = head.find(b"PK\x03\x04", at + 4)
    return False


def _mp3_frame_length(header: bytes) -> int:
    """Length in bytes of the MPEG layer III frame starting with these 4 bytes, or 0 if it is none."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return 0
    version = (header[1] >> 3) & 3
    layer = (header[1] >> 1) & 3
    bitrate_index = header[2] >> 4
    rate_index = (header[2] >> 2) & 3
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return 0
    kbps = (_MP3_BITRATES_V1 if version == 3 else _MP3_BITRATES_V2)[bitrate_index]
    rate = _MP3_RATES[version][rate_index]
    per_frame = 144 if version == 3 else 72
    return per_frame * kbps * 1000 // rate + ((header[2] >> 1) & 1)


def _mp3_frames(head: bytes) -> bool:
    """Consecutive MPEG audio frames (three, or two at the end of the sample): a lone 0xFFFx could be anything."""
    at = frames = 0
    while frames < 3:
        length = _mp3_frame_length(head[at : at + 4])
        if not length:
            return False
        frames += 1
        at += length
        if at + 4 > len(head):
            return frames >= 2
    return True


def text_media_type(data: bytes, *, whole: bool = False) -> str | None:
    """``text/plain`` with its charset if ``data`` is text a person wrote; ``None`` otherwise.

    UTF-16 needs its byte order mark; UTF-8 may have one. ``whole`` says ``data`` is the entire file;
    otherwise a character cut at the end of the sample is forgiven.
    """
    if not data:
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        body = data[2:] if whole or len(data) % 2 == 0 else data[2:-1]
        codec = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text = _decode(body, codec, whole)
        return "text/plain; charset=utf-16" if text is not None and _looks_written(text) else None
    if b"\x00" in data:
        return None
    text = _decode(data.removeprefix(codecs.BOM_UTF8), "utf-8", whole)
    return TEXT_UTF8 if text is not None and _looks_written(text) else None


def _decode(data: bytes, codec: str, whole: bool) -> str | None:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        text = decoder.decode(data, final=whole)
    except UnicodeDecodeError:
        return None
    return text


def _looks_written(text: str) -> bool:
    """Almost every character printable or ordinary white space (a stray control code is tolerated)."""
    if not text:
        return False
    odd = sum(1 for ch in text if not ch.isprintable() and ch not in "\n\r\t\f\v\u2028\u2029\ufeff")
    return odd <= len(text) // 100 and "\x00" not in text
