"""Types told by content: real files made in the test (Pillow, wave, zipfile), and text notes stored as text."""

from __future__ import annotations

import io
import struct
import wave
import zipfile

import pytest
from PIL import Image

from app.evidence.media_types import HEAD_BYTES, sniff_media_type, text_media_type
from app.services.evidence import EvidenceService
from app.services.evidence import sniff_media_type as reexported
from app.services.records import Records

NOTE_RU = "Задержаны у здания суда в 14:05, отпущены в 20:30.\nСвидетель: сосед.\n"
NOTE_KK = "Сот ғимаратының жанында 14:05-те ұсталды. Куәгер көрші.\n"


def image(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(out, format=fmt)
    return out.getvalue()


def iso(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x02\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00\x00\x00\x08free"


def ebml(doc_type: bytes) -> bytes:
    # EBMLVersion 1, EBMLReadVersion 1, MaxIDLength 4, MaxSizeLength 8, DocType, DocTypeVersion 4
    body = b"\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08"
    body += b"\x42\x82" + bytes([0x80 | len(doc_type)]) + doc_type + b"\x42\x87\x81\x04\x42\x85\x81\x02"
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(body)]) + body + b"\x18\x53\x80\x67\x01"


def mp3_frames(n: int = 4) -> bytes:
    # MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames.
    return (b"\xff\xfb\x90\x00" + b"\x00" * 413) * n


def wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 800)
    return out.getvalue()


def ogg(first_packet: bytes) -> bytes:
    header = b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x02\x03\x04" + b"\x00" * 4 + b"\x00\x00\x00\x00" + b"\x01"
    return header + bytes([len(first_packet)]) + first_packet


def zip_of(*members: tuple[str, bytes], stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, (name, data) in enumerate(members):
            method = zipfile.ZIP_STORED if stored_first and n == 0 else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return out.getvalue()


OOXML_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
ODT = "application/vnd.oasis.opendocument.text"

SAMPLES = {
    "jpeg": (lambda: image("JPEG"), "image/jpeg"),
    "png": (lambda: image("PNG"), "image/png"),
    "gif": (lambda: image("GIF"), "image/gif"),
    "webp": (lambda: image("WEBP"), "image/webp"),
    "tiff": (lambda: image("TIFF"), "image/tiff"),
    "pdf": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf"),
    "mp4": (lambda: iso(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), "video/mp4"),
    "mov": (lambda: iso(b"qt  ", b"qt  "), "video/quicktime"),
    "m4a": (lambda: iso(b"M4A ", b"M4A ", b"mp42", b"isom"), "audio/mp4"),
    "heic": (lambda: iso(b"heic", b"mif1", b"heic"), "image/heic"),
    "heif-generic": (lambda: iso(b"mif1", b"mif1", b"heic"), "image/heic"),
    "avif": (lambda: iso(b"avif", b"mif1", b"avif"), "image/avif"),
    "3gp": (lambda: iso(b"3gp4", b"isom", b"3gp4"), "video/3gpp"),
    "webm": (lambda: ebml(b"webm"), "video/webm"),
    "mkv": (lambda: ebml(b"matroska"), "video/x-matroska"),
    "mp3-id3": (lambda: b"ID3\x04\x00\x00\x00\x00\x00\x00" + mp3_frames(), "audio/mpeg"),
    "mp3-frames": (lambda: mp3_frames(), "audio/mpeg"),
    "wav": (wav, "audio/wav"),
    "opus": (lambda: ogg(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"), "audio/ogg"),
    "vorbis": (lambda: ogg(b"\x01vorbis\x00\x00\x00\x00\x01"), "audio/ogg"),
    "flac": (lambda: b"fLaC\x00\x00\x00\x22" + b"\x00" * 34, "audio/flac"),
    "docx": (
        lambda: zip_of(("[Content_Types].xml", OOXML_TYPES), ("_rels/.rels", b"<r/>"), ("word/document.xml", b"<d/>")),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "xlsx": (
        lambda: zip_of(("[Content_Types].xml", OOXML_TYPES), ("_rels/.rels", b"<r/>"), ("xl/workbook.xml", b"<w/>")),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "pptx": (
        lambda: zip_of(("[Content_Types].xml", OOXML_TYPES), ("ppt/presentation.xml", b"<p/>")),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    "odt": (lambda: zip_of(("mimetype", ODT.encode()), ("content.xml", b"<c/>"), stored_first=True), ODT),
    "epub": (
        lambda: zip_of(("mimetype", b"application/epub+zip"), ("META-INF/container.xml", b"<c/>"), stored_first=True),
        "application/epub+zip",
    ),
    "zip": (lambda: zip_of(("photos/1.jpg", b"x"), ("notes.txt", b"y")), "application/zip"),
    "note-utf8": (lambda: NOTE_RU.encode(), "text/plain; charset=utf-8"),
    "note-utf8-bom": (lambda: b"\xef\xbb\xbf" + NOTE_KK.encode(), "text/plain; charset=utf-8"),
    "note-utf16": (lambda: NOTE_KK.encode("utf-16"), "text/plain; charset=utf-16"),
    "note-utf16-be": (lambda: b"\xfe\xff" + NOTE_RU.encode("utf-16-be"), "text/plain; charset=utf-16"),
    "binary": (lambda: bytes(range(256)) * 4, "application/octet-stream"),
    "latin1": (lambda: "Détenu à la sortie du tribunal".encode("latin-1"), "application/octet-stream"),
    "nul-in-text": (lambda: b"plain words\x00 and a NUL", "application/octet-stream"),
    "riff-unknown": (lambda: b"RIFF\x10\x00\x00\x00XYZWdata", "application/octet-stream"),
    "zip-with-mimetype-lie": (lambda: zip_of(("mimetype", b"image/jpeg"), stored_first=True), "application/zip"),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_types_are_told_by_content(name):
    make, expected = SAMPLES[name]
    data = make()
    assert sniff_media_type(data[:HEAD_BYTES], whole=len(data) <= HEAD_BYTES) == expected


def test_old_import_path_still_works():
    assert reexported is sniff_media_type


def test_text_cut_inside_a_character_at_the_end_of_the_sample():
    data = ("ж" * 40_000).encode()  # two bytes each: the sample ends mid-character
    assert text_media_type(data[: HEAD_BYTES - 1]) == "text/plain; charset=utf-8"
    assert text_media_type(data[: HEAD_BYTES - 1], whole=True) is None  # a whole file may not end mid-character


def test_control_characters_make_it_binary():
    assert text_media_type(b"\x01\x02\x03\x04 mostly controls \x05\x06\x07\x08\x0e\x0f" * 10) is None
    assert text_media_type(("line\r\n\tindented\f" * 50).encode()) == "text/plain; charset=utf-8"


def test_a_lone_frame_sync_is_not_audio():
    assert sniff_media_type(b"\xff\xfb\x90\x00" + b"\x01" * 50 + b"\x00" * 20) == "application/octet-stream"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_text_note_goes_in_as_text(vault, tmp_path, encoding):
    case_id = Records(vault).insert("cases", {"title": "Notes"})
    note = tmp_path / "note.bin"  # the name says nothing; the content does
    note.write_bytes(NOTE_RU.encode(encoding))
    service = EvidenceService(vault)
    result = service.add_file(case_id, note)
    charset = "utf-8" if encoding == "utf-8" else "utf-16"
    assert result.media_type == f"text/plain; charset={charset}"
    assert service.records.get("evidence", result.evidence_id)["media_type"] == result.media_type
    assert service.read(result.evidence_id).decode(encoding) == NOTE_RU


def test_a_text_note_travels_in_a_pack(tmp_path, make_vault):
    """A pack manifest accepts the charset parameter, so a partner receives the note as text."""
    from app.packs import PartnerBook, build_pack, my_card, receive_pack

    doc, _ = make_vault("documenter")
    par, _ = make_vault("partner")
    case_id = Records(doc).insert("cases", {"title": "Notes"})
    note = tmp_path / "note.txt"
    note.write_text(NOTE_KK, encoding="utf-8")
    EvidenceService(doc).add_file(case_id, note)
    PartnerBook(doc).add(my_card(par, "Partner"), trusted=True)
    PartnerBook(par).add(my_card(doc, "Documenter"), trusted=True)
    pack = tmp_path / "notes.casefile-pack"
    build_pack(doc, case_id, [PartnerBook(doc).find("Partner")], pack, profile="internal")
    received = receive_pack(par, pack)
    (row,) = [r for r in EvidenceService(par).items(received.case_id)]
    assert row["media_type"] == "text/plain; charset=utf-8"
    assert EvidenceService(par).read(row["id"]).decode() == NOTE_KK
