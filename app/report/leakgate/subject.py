"""What the gate's stages share: the PDF, what is withheld, and what earlier stages read.

Parsing is lazy and done once: the first stage that needs the page texts or
the objects reads them, the later ones reuse them.  Reading stages add the
texts they extract to ``texts``; matching stages look for withheld values in
every text there, wherever it came from (a page, pypdf's extraction, an
object's strings, and any reader added later such as OCR of images).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from app.redaction.withheld import Withheld
from app.report.pdftext import PageContent, read_pages

__all__ = ["FORBIDDEN_KEYS", "FORBIDDEN_TYPES", "GateSubject", "ObjectScan", "TextPiece"]

FORBIDDEN_KEYS = {
    "/Outlines": "an outline (bookmarks)",
    "/Annots": "annotations",
    "/EmbeddedFiles": "attached files",
    "/EmbeddedFile": "an attached file",
    "/JavaScript": "JavaScript",
    "/JS": "JavaScript",
    "/AcroForm": "a form",
    "/XFA": "a form",
    "/Metadata": "an XMP metadata stream",
    "/OpenAction": "an action run on opening",
    "/AA": "automatic actions",
    "/Names": "a name tree (attachments, scripts or destinations)",
    "/URI": "a link",
    "/Launch": "a launch action",
    "/PieceInfo": "private application data",
    "/Encrypt": "encryption",
}
FORBIDDEN_TYPES = {
    "/Annot": "an annotation",
    "/Outlines": "an outline (bookmarks)",
    "/Metadata": "an XMP metadata stream",
    "/EmbeddedFile": "an attached file",
    "/Filespec": "a file reference",
    "/ObjStm": "a compressed object stream",
    "/XRef": "a cross-reference stream",
}
_OBJ_HEADER = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")
INFORMATION = "in the document information"
INTERNAL_DATA = "in the document's internal data"


@dataclass(frozen=True)
class TextPiece:
    """Text read from the PDF, and where a reader would see it."""

    text: str
    where: str  # "on page 3", "in the document information", ...
    page: int | None
    kind: str  # the Leak kind a finding in it gets: "text", "picture", "data" or "metadata"


@dataclass(frozen=True)
class RawStream:
    """A stream that is not page content (an image, a font, ...), inflated."""

    data: bytes
    where: str
    page: int | None


@dataclass
class ObjectScan:
    """Every indirect object walked once: what it holds that matters to the gate."""

    forbidden: list[str] = field(default_factory=list)  # descriptions of forbidden structure
    missing: int = 0  # objects in the file but outside the cross-reference table
    strings: dict[str, list[str]] = field(default_factory=dict)  # where -> every string found there
    streams: list[RawStream] = field(default_factory=list)


@dataclass
class GateSubject:
    """One run of the gate over one PDF."""

    pdf: bytes
    withheld: Withheld
    allowed_title: str
    report_date: dt.date | None = None
    pypdf_text: bool = False
    ocr: bool = False  # read the words inside pictures (partner and public reports)
    picture_labels: Mapping[str, str] = field(default_factory=dict)  # image SHA-256 -> evidence item
    texts: list[TextPiece] = field(default_factory=list)

    @cached_property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.pdf), strict=False)

    @cached_property
    def pages(self) -> list[PageContent]:
        return read_pages(self.reader)

    @cached_property
    def page_images(self) -> dict[int, int]:
        """Every image object a page draws -> the first page that draws it."""
        out: dict[int, int] = {}
        for n, p in enumerate(self.pages, start=1):
            for num in p.images:
                out.setdefault(num, n)
        return out

    @cached_property
    def objects(self) -> ObjectScan:
        return _scan_objects(self.pdf, self.reader, self.pages, self.page_images)


def _scan_objects(pdf: bytes, reader: PdfReader, pages: list[PageContent], page_images: dict[int, int]) -> ObjectScan:
    scan = ObjectScan()
    page_streams: dict[int, int] = {}  # content and form streams, read as page text
    for n, p in enumerate(pages, start=1):
        for num in p.streams:
            page_streams.setdefault(num, n)
    trailer = reader.trailer
    info_ref = trailer.raw_get("/Info") if "/Info" in trailer else None
    info_num = info_ref.idnum if isinstance(info_ref, IndirectObject) else None
    # Every object the file holds, whether or not the cross-reference table lists it.
    headers = {(int(a), int(b)) for a, b in _OBJ_HEADER.findall(pdf)}
    for num, gen in sorted(headers):
        obj = reader.get_object(IndirectObject(num, gen, reader))
        if obj is None:
            scan.missing += 1
            continue
        place = INFORMATION if num == info_num else INTERNAL_DATA
        _walk(obj, lambda o, place=place: _visit(o, place, scan))
        if isinstance(obj, StreamObject) and num not in page_streams:
            if num in page_images:
                where, page = f"in an image on page {page_images[num]}", page_images[num]
            elif obj.get("/Length1") is not None or obj.get("/Subtype") in ("/Type1C", "/CIDFontType0C", "/OpenType"):
                where, page = "in an embedded font", None
            else:
                where, page = INTERNAL_DATA, None
            scan.streams.append(RawStream(obj.get_data(), where, page))
    return scan


def _visit(o: Any, place: str, scan: ObjectScan) -> None:
    if isinstance(o, DictionaryObject):
        for k in o:
            if k in FORBIDDEN_KEYS:
                scan.forbidden.append(f"{FORBIDDEN_KEYS[k]} ({k})")
        t = o.get("/Type")
        if isinstance(t, NameObject) and t in FORBIDDEN_TYPES:
            scan.forbidden.append(f"{FORBIDDEN_TYPES[t]} ({t})")
    elif isinstance(o, (TextStringObject, ByteStringObject)):
        scan.strings.setdefault(place, []).extend(_decode_string(o))


def _walk(obj: Any, visit: Any, depth: int = 0) -> None:
    """Visit a direct object tree (not following references: every indirect object is walked on its own)."""
    if depth > 64:
        return
    visit(obj)
    if isinstance(obj, DictionaryObject):
        for k in obj:
            v = obj.raw_get(k)
            if not isinstance(v, IndirectObject):
                _walk(v, visit, depth + 1)
    elif isinstance(obj, ArrayObject):
        for v in obj:
            if not isinstance(v, IndirectObject):
                _walk(v, visit, depth + 1)


def _decode_string(s: Any) -> list[str]:
    if isinstance(s, TextStringObject):
        out = [str(s)]
        raw = s.original_bytes if hasattr(s, "original_bytes") else b""
        if raw:
            out.append(raw.decode("latin-1"))
        return out
    if isinstance(s, ByteStringObject):
        b = bytes(s)
        out = [b.decode("latin-1")]
        try:
            out.append(b.decode("utf-8"))
        except UnicodeDecodeError:
            pass
        return out
    return []
