"""The leak gate: the last check before a report is saved.

Redaction happens in the data; this gate checks the product. Given the PDF's
bytes and every withheld string (each name, alias and spelling of a
pseudonymised person, contacts, addresses, coordinates, ...), it looks for
them

- in the text each page draws, read through the fonts' ToUnicode maps (our
  own reader, see ``pdftext``) and, on request, also with pypdf's
  ``extract_text``;
- in every stream, inflated, as UTF-8, UTF-16 (both byte orders), Latin-1,
  Windows-1252 and Windows-1251 bytes (image data, fonts, anything);
- in every string of every object (document information included);

comparing case-folded, without marks and with white space collapsed or
removed (see ``app.redaction.search``). It also checks the file's structure:
one revision only, no outlines, annotations, attachments, scripts, forms or
XMP, and an Info dictionary holding only the allowed title, "Casefile" as
producer and a date without a time of day.

At partner and public profile (``ocr=True``) it also reads the words inside
every picture with OCR and puts them through the same text checks (see
``picturegate``).

Findings are ``Leak`` objects whose messages name the field and the page,
never the withheld value itself: messages end up in logs and bug reports.
Anything the gate cannot read counts as a leak (fail closed).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
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

from app.redaction import TokenSource
from app.redaction.matcher import MultiMatcher
from app.redaction.search import TokenIndex, padded_loose
from app.redaction.textnorm import skeleton
from app.report.layout import PRODUCER
from app.report.pdftext import read_pages
from app.report.picturegate import check_pictures
from storage.errors import CasefileError

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
INFO_KEYS = {"/Title", "/Producer", "/CreationDate"}
_ENCODINGS = ("utf-8", "utf-16-be", "utf-16-le", "cp1251", "cp1252")
_OBJ_HEADER = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")


@dataclass(frozen=True)
class Leak:
    """One finding. ``message`` is safe to show and to log; ``token`` is not."""

    kind: str  # "text", "picture" (read with OCR), "data", "metadata", "structure", "unchecked"
    where: str  # "on page 3", "in an image on page 2", "in the document information", ...
    page: int | None = None
    field: str = ""  # e.g. "persons.names"
    label: str = ""  # e.g. "Supporter A"
    description: str = ""  # what leaked, without the value
    token: str = dc_field(default="", repr=False, compare=False)
    withheld: str = ""  # what kind of value: "name" (of a pseudonymised person), "secret", "value"

    @property
    def message(self) -> str:
        if self.kind == "unchecked":  # the description is a whole clause, place included
            return f"The report was not saved: {self.description}."
        return f"The report was not saved: {self.description} appears {self.where}."

    def __str__(self) -> str:
        return self.message


class ReportLeakError(CasefileError):
    """The finished PDF failed the leak gate; no file was written."""

    code = "report_leak"

    def __init__(self, leaks: list[Leak], redacted: Any = None) -> None:
        self.leaks = leaks
        self.redacted = redacted  # the RedactedCase whose PDF was refused: explanations read it
        first = leaks[0].message if leaks else "The report was not saved."
        more = f" ({len(leaks) - 1} more finding{'s' if len(leaks) > 2 else ''})" if len(leaks) > 1 else ""
        super().__init__(first + more)


class _Findings:
    def __init__(self, sources: Mapping[str, TokenSource]) -> None:
        self.sources = sources
        self.leaks: list[Leak] = []
        self._seen: set[tuple[str, str, str]] = set()

    def token(self, token: str, kind: str, where: str, page: int | None) -> None:
        src = self.sources.get(token) or TokenSource("unknown field", "withheld value", "secret")
        key = (src.field, src.label, where)
        if key in self._seen:
            return
        self._seen.add(key)
        self.leaks.append(Leak(kind, where, page, src.field, src.label, src.describe(), token, src.kind))

    def unchecked(self, sentence: str, where: str) -> None:
        key = ("", sentence, where)
        if key not in self._seen:
            self._seen.add(key)
            self.leaks.append(Leak("unchecked", where, None, "", "", sentence))

    def structure(self, what: str, where: str = "in the file's structure") -> None:
        key = ("", what, where)
        if key in self._seen:
            return
        self._seen.add(key)
        self.leaks.append(Leak("structure", where, None, "", "", what))


def find_withheld(index: TokenIndex, text: str) -> list[str]:
    """The withheld strings ``text`` contains: the check applied to each page's text, to the
    words OCR reads in pictures, and to the pictures a pack carries."""
    lp = padded_loose(text)
    return list(index.find_normalised(lp, lp.replace(" ", "")))


def _byte_patterns(tokens: Iterable[str]) -> dict[bytes, str]:
    """Each token as the bytes it would be in a stream, in several encodings and cases."""
    out: dict[bytes, str] = {}
    for tok in tokens:
        if len(skeleton(tok)) < 4:
            continue
        # Case-folded and mark-free forms are tokens of their own already.
        variants = {tok, tok.upper(), tok.title()}
        encodings = _ENCODINGS if not tok.isascii() else ("utf-8", "utf-16-be", "utf-16-le")
        for v in variants:
            for enc in encodings:
                try:
                    b = v.encode(enc)
                except UnicodeEncodeError:
                    continue
                if len(b) >= 5:
                    out.setdefault(b, tok)
    return out


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


def check_pdf(
    pdf_bytes: bytes,
    tokens: set[str] | Mapping[str, TokenSource],
    allowed_title: str,
    *,
    sources: Mapping[str, TokenSource] | None = None,
    report_date: dt.date | None = None,
    pypdf_text: bool = False,
    ocr: bool = False,
    picture_labels: Mapping[str, str] | None = None,
) -> list[Leak]:
    """Every leak and structural problem found in ``pdf_bytes``; an empty list means it may be saved.

    ``tokens`` are the withheld strings (a RedactedCase's ``tokens``);
    ``sources`` (its ``token_sources``) say which field each came from, for
    the messages. If ``tokens`` is a mapping it serves as both.

    ``pypdf_text`` adds pypdf's ``extract_text`` of every page as a second,
    independent reading of the text layer. Our own reader maps the same
    ToUnicode tables and fails closed where it cannot; the pypdf pass costs
    about as much as rendering the report again, so it is off by default and
    the tests run it on every report they build.

    ``ocr`` reads the words inside every picture (see ``picturegate``);
    ``picture_labels`` maps the SHA-256 of an embedded image to the evidence
    item it shows, for the messages.
    """
    if sources is None:
        sources = tokens if isinstance(tokens, Mapping) else {}
    token_set = set(tokens)
    found = _Findings(sources)
    try:
        _check(pdf_bytes, token_set, allowed_title, report_date, pypdf_text, found, ocr, picture_labels or {})
    except Exception as exc:  # noqa: BLE001 - what cannot be checked cannot be saved
        found.structure(f"a part of the report that could not be checked ({type(exc).__name__})")
    return found.leaks


def _check(
    pdf: bytes,
    tokens: set[str],
    allowed_title: str,
    report_date: dt.date | None,
    pypdf_text: bool,
    found: _Findings,
    ocr: bool = False,
    picture_labels: Mapping[str, str] | None = None,
) -> None:
    # --- one revision, nothing after the end --------------------------------
    if pdf.count(b"%%EOF") != 1 or pdf.count(b"startxref") != 1:
        found.structure("more than one revision (incremental updates)")
    elif pdf[pdf.rindex(b"%%EOF") + 5 :].strip():
        found.structure("data after the end of the file")
    reader = PdfReader(io.BytesIO(pdf), strict=False)
    trailer = reader.trailer
    for key in trailer:
        if key not in ("/Size", "/Root", "/Info", "/ID"):
            found.structure(f"an unexpected trailer entry ({key})")

    index = TokenIndex(tokens)

    # --- every indirect object: structure, strings, streams ------------------
    pages = read_pages(reader)
    page_streams: dict[int, int] = {}  # stream object -> page number, for content and form streams
    page_images: dict[int, int] = {}
    for n, p in enumerate(pages, start=1):
        for num in p.streams:
            page_streams.setdefault(num, n)
        for num in p.images:
            page_images.setdefault(num, n)
    info_ref = trailer.raw_get("/Info") if "/Info" in trailer else None
    info_num = info_ref.idnum if isinstance(info_ref, IndirectObject) else None

    headers = {(int(a), int(b)) for a, b in _OBJ_HEADER.findall(pdf)}
    strings_by_place: dict[str, list[str]] = {}
    raw_streams: list[tuple[str, int | None, bytes]] = []
    for num, gen in sorted(headers):
        obj = reader.get_object(IndirectObject(num, gen, reader))
        if obj is None:
            found.structure("an object outside the cross-reference table")
            continue
        place = "in the document information" if num == info_num else "in the document's internal data"

        def visit(o: Any, place: str = place) -> None:
            if isinstance(o, DictionaryObject):
                for k in o:
                    if k in FORBIDDEN_KEYS:
                        found.structure(f"{FORBIDDEN_KEYS[k]} ({k})")
                t = o.get("/Type")
                if isinstance(t, NameObject) and t in FORBIDDEN_TYPES:
                    found.structure(f"{FORBIDDEN_TYPES[t]} ({t})")
            elif isinstance(o, (TextStringObject, ByteStringObject)):
                strings_by_place.setdefault(place, []).extend(_decode_string(o))

        _walk(obj, visit)
        if isinstance(obj, StreamObject) and num not in page_streams:
            data = obj.get_data()
            if num in page_images:
                where, page = f"in an image on page {page_images[num]}", page_images[num]
            elif obj.get("/Length1") is not None or obj.get("/Subtype") in ("/Type1C", "/CIDFontType0C", "/OpenType"):
                where, page = "in an embedded font", None
            else:
                where, page = "in the document's internal data", None
            raw_streams.append((where, page, data))

    # --- document information ------------------------------------------------
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else None
    if isinstance(info, DictionaryObject):
        for key in info:
            if key not in INFO_KEYS:
                found.structure(f"extra document information ({key})", "in the document information")
        if str(info.get("/Producer", "")) != PRODUCER:
            found.structure("a producer other than Casefile", "in the document information")
        if str(info.get("/Title", "")) != allowed_title:
            found.structure("a title other than the allowed one", "in the document information")
        created = str(info.get("/CreationDate", ""))
        if not re.fullmatch(r"D:\d{8}", created):
            found.structure("a creation time of day or time zone", "in the document information")
        elif report_date is not None and created != f"D:{report_date:%Y%m%d}":
            found.structure("a creation date other than the report date", "in the document information")

    if not index and not tokens:
        for n, p in enumerate(pages, start=1):
            if p.unreadable:
                found.structure("text the checker cannot read", f"on page {n}")
        return

    # --- what the pages show ---------------------------------------------------
    def check_text(text: str, where: str, page: int | None, kind: str = "text") -> None:
        for tok in find_withheld(index, text):
            found.token(tok, kind, where, page)

    extracted: list[str] = []
    if pypdf_text:
        for pdf_page in reader.pages:
            try:
                extracted.append(pdf_page.extract_text() or "")
            except Exception:  # noqa: BLE001
                extracted.append("")
                found.structure("text the checker cannot read", f"on page {len(extracted)}")
    for n, p in enumerate(pages, start=1):
        if p.unreadable:
            found.structure("text the checker cannot read", f"on page {n}")
        parts = [" ".join(p.text), " ".join(p.raw)]
        if pypdf_text and n <= len(extracted):
            parts.append(extracted[n - 1])
        for part in parts:
            check_text(part, f"on page {n}", n)

    # --- the words inside pictures, read with OCR (partner and public reports) ---
    if ocr:
        check_pictures(reader, page_images, picture_labels or {}, check_text, found.unchecked)

    # --- strings in objects (document information, annotations, names, ...) ---
    for place, strings in strings_by_place.items():
        lp = padded_loose(" ".join(strings))
        for tok in index.find_normalised(lp, lp.replace(" ", "")):
            found.token(tok, "metadata" if "information" in place else "data", place, None)

    # --- every other stream, as bytes in several encodings ----------------------
    patterns = _byte_patterns(tokens)
    matcher = MultiMatcher(list(patterns), k=6, stride=2)
    if matcher:
        for where, page, data in raw_streams:
            for pat in matcher.find(data):
                found.token(patterns[pat], "data", where, page)
