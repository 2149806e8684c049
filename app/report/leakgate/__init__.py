"""The leak gate: the last check before a report is saved.

Redaction happens in the data; this gate checks the product.  It runs a list
of stages over the PDF's bytes, each a small function that yields findings
(``Leak``), in three kinds:

- structure: one revision only; no unexpected trailer entry; no outlines,
  annotations, attachments, scripts, forms, XMP or links; an Info dictionary
  with only the allowed title, "Casefile" as producer and a date;
- reading: the text each page draws (through the fonts' ToUnicode maps, our
  own reader in ``pdftext``; text it cannot map is a finding), pypdf's
  extraction on request, every string of every object.  Reading stages add
  what they read to ``GateSubject.texts`` and find nothing themselves;
- matching: withheld names (by phonetic key, inflected, in any order),
  contacts (phones by national number, links and handles as whole tokens),
  places (coordinates by distance, addresses by street and house) and other
  withheld text, in every text read; and every other stream (images, fonts)
  searched as bytes for each withheld string.

At partner and public profile (``ocr=True``) a reading stage also reads the
words inside every picture with OCR (``picture_text``, see ``picturegate``):
what it reads goes through every matching stage like the page text.

A new check is one function ``(GateSubject) -> Iterable[Leak]`` put in
``STAGES``: a new reader goes before the matching stages and appends
``TextPiece``s, and every matching stage then covers it.

Findings name the field and the page, never the withheld value: messages end
up in logs and bug reports.  A stage that fails is itself a finding (fail
closed): what cannot be checked cannot be saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from app.redaction import TokenSource
from app.redaction.withheld import Withheld
from app.report.leakgate.findings import Leak, ReportLeakError, structure_leak
from app.report.leakgate.matching import contacts, find_withheld, names, places, stream_bytes, withheld_text
from app.report.leakgate.reading import object_strings, page_text, picture_text, pypdf_page_text
from app.report.leakgate.structure import document_information, forbidden_objects, one_revision, trailer_entries
from app.report.leakgate.subject import GateSubject, TextPiece

__all__ = [
    "STAGES",
    "GateSubject",
    "Leak",
    "ReportLeakError",
    "Stage",
    "TextPiece",
    "check_pdf",
    "find_withheld",
]

Stage = Callable[[GateSubject], Iterable[Leak]]

STAGES: list[Stage] = [
    # structure
    one_revision,
    trailer_entries,
    forbidden_objects,
    document_information,
    # reading (each adds texts; readers of images go here too)
    page_text,
    pypdf_page_text,
    object_strings,
    picture_text,
    # matching, over every text read
    names,
    contacts,
    places,
    withheld_text,
    stream_bytes,
]


def check_pdf(
    pdf_bytes: bytes,
    tokens: Withheld | set[str] | Mapping[str, TokenSource],
    allowed_title: str,
    *,
    sources: Mapping[str, TokenSource] | None = None,
    report_date: dt.date | None = None,
    pypdf_text: bool = False,
    ocr: bool = False,
    picture_labels: Mapping[str, str] | None = None,
    stages: Iterable[Stage] | None = None,
) -> list[Leak]:
    """Every leak and structural problem found in ``pdf_bytes``; an empty list means it may be saved.

    ``tokens`` is what was withheld: a RedactedCase's ``withheld`` (names,
    contacts and places matched by meaning), or, for callers that have only
    strings, its ``tokens`` with ``sources`` (its ``token_sources``, which
    also say which field each came from); a mapping serves as both.

    ``pypdf_text`` adds pypdf's ``extract_text`` of every page as a second,
    independent reading of the text layer.  Our own reader maps the same
    ToUnicode tables and fails closed where it cannot; the pypdf pass costs
    about as much as rendering the report again, so it is off by default and
    the tests run it on every report they build.

    ``ocr`` reads the words inside every picture (see ``picturegate``);
    ``picture_labels`` maps the SHA-256 of an embedded image to the evidence
    item it shows, for the messages.
    """
    if isinstance(tokens, Withheld):
        withheld = tokens
    else:
        if sources is None:
            sources = tokens if isinstance(tokens, Mapping) else {}
        withheld = Withheld.from_strings(tokens, sources)
    subject = GateSubject(pdf_bytes, withheld, allowed_title, report_date, pypdf_text, ocr, picture_labels or {})
    leaks: list[Leak] = []
    # One finding per field, place and writing: the same spelling twice on a page is one leak,
    # two spellings are two (each is something redaction missed).
    seen: set[tuple[str, str, str, str, str]] = set()
    for stage in STAGES if stages is None else stages:
        try:
            found = list(stage(subject))
        except Exception as exc:  # noqa: BLE001 - what cannot be checked cannot be saved
            found = [structure_leak(f"a part of the report that could not be checked ({type(exc).__name__})")]
        for leak in found:
            key = (leak.field, leak.label, leak.where, leak.description, " ".join(leak.token.casefold().split()))
            if key not in seen:
                seen.add(key)
                leaks.append(leak)
    withheld.forget_texts()
    return leaks
