"""Stages that read text out of the PDF for the matching stages (and refuse what they cannot read)."""

from __future__ import annotations

from collections.abc import Iterator

from app.report.leakgate.findings import Leak, structure_leak, unchecked_leak
from app.report.leakgate.subject import INFORMATION, GateSubject, TextPiece
from app.report.picturegate import check_pictures

__all__ = ["object_strings", "page_text", "picture_text", "pypdf_page_text"]

UNREADABLE = "text the checker cannot read"


def page_text(s: GateSubject) -> Iterator[Leak]:
    """What each page draws, read through the fonts' ToUnicode maps; raw string readings as well.

    Drawn strings are joined by line breaks, so a name broken over two lines
    is two neighbouring words to the matching stages, as it is to a reader.
    """
    for n, p in enumerate(s.pages, start=1):
        where = f"on page {n}"
        if p.unreadable:
            yield structure_leak(UNREADABLE, where)
        s.texts.append(TextPiece("\n".join(p.text), where, n, "text"))
        s.texts.append(TextPiece("\n".join(p.raw), where, n, "text"))


def pypdf_page_text(s: GateSubject) -> Iterator[Leak]:
    """pypdf's own text extraction, a second, independent reading (``thorough`` reports only: it is slow)."""
    if not s.pypdf_text:
        return
    for n, page in enumerate(s.reader.pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:  # noqa: BLE001 - what cannot be read cannot be vouched for
            yield structure_leak(UNREADABLE, f"on page {n}")
            continue
        s.texts.append(TextPiece(text, f"on page {n}", n, "text"))


def object_strings(s: GateSubject) -> Iterator[Leak]:
    """Every string of every object: the document information, names, anything a viewer may show."""
    for where, strings in s.objects.strings.items():
        kind = "metadata" if where == INFORMATION else "data"
        s.texts.append(TextPiece("\n".join(strings), where, None, kind))
    return iter(())


def picture_text(s: GateSubject) -> Iterator[Leak]:
    """The words inside every picture, read with OCR (partner and public reports, when anything is withheld).

    What OCR reads is a text like any other: every matching stage looks for
    names, contacts and places in it.  A picture that cannot be read, or OCR
    that is not installed, is a refusal (see ``picturegate``).
    """
    if not s.ocr or not s.withheld:
        return iter(())
    refusals: list[Leak] = []

    def read(text: str, where: str, page: int | None, kind: str) -> None:
        s.texts.append(TextPiece(text, where, page, kind))

    def refuse(sentence: str, where: str) -> None:
        refusals.append(unchecked_leak(sentence, where))

    check_pictures(s.reader, s.page_images, s.picture_labels, read, refuse)
    return iter(refusals)
