"""Stages that check the file's structure: what a PDF may carry besides its pages."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pypdf.generic import DictionaryObject

from app.report.layout import PRODUCER
from app.report.leakgate.findings import Leak, structure_leak
from app.report.leakgate.subject import INFORMATION, GateSubject

__all__ = ["document_information", "forbidden_objects", "one_revision", "trailer_entries"]

INFO_KEYS = {"/Title", "/Producer", "/CreationDate"}
_TRAILER_KEYS = ("/Size", "/Root", "/Info", "/ID")


def one_revision(s: GateSubject) -> Iterator[Leak]:
    """Exactly one revision (an incremental update can keep what an earlier one removed), nothing after it."""
    if s.pdf.count(b"%%EOF") != 1 or s.pdf.count(b"startxref") != 1:
        yield structure_leak("more than one revision (incremental updates)")
    elif s.pdf[s.pdf.rindex(b"%%EOF") + 5 :].strip():
        yield structure_leak("data after the end of the file")


def trailer_entries(s: GateSubject) -> Iterator[Leak]:
    for key in s.reader.trailer:
        if key not in _TRAILER_KEYS:
            yield structure_leak(f"an unexpected trailer entry ({key})")


def forbidden_objects(s: GateSubject) -> Iterator[Leak]:
    """No outlines, annotations, attachments, scripts, forms, XMP, links; nothing outside the table."""
    for what in s.objects.forbidden:
        yield structure_leak(what)
    if s.objects.missing:
        yield structure_leak("an object outside the cross-reference table")


def document_information(s: GateSubject) -> Iterator[Leak]:
    """The Info dictionary holds the allowed title, "Casefile" as producer and a date without a time."""
    info = s.reader.trailer.get("/Info")
    info = info.get_object() if info is not None else None
    if not isinstance(info, DictionaryObject):
        return
    for key in info:
        if key not in INFO_KEYS:
            yield structure_leak(f"extra document information ({key})", INFORMATION)
    if str(info.get("/Producer", "")) != PRODUCER:
        yield structure_leak("a producer other than Casefile", INFORMATION)
    if str(info.get("/Title", "")) != s.allowed_title:
        yield structure_leak("a title other than the allowed one", INFORMATION)
    created = str(info.get("/CreationDate", ""))
    if not re.fullmatch(r"D:\d{8}", created):
        yield structure_leak("a creation time of day or time zone", INFORMATION)
    elif s.report_date is not None and created != f"D:{s.report_date:%Y%m%d}":
        yield structure_leak("a creation date other than the report date", INFORMATION)
