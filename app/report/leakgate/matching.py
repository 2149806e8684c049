"""Stages that look for withheld values in every text the reading stages collected, and in raw streams."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from app.redaction.matcher import MultiMatcher
from app.redaction.textnorm import skeleton
from app.redaction.withheld import Hit, Withheld
from app.report.leakgate.findings import Leak, value_leak
from app.report.leakgate.subject import GateSubject, TextPiece

__all__ = ["contacts", "find_withheld", "names", "places", "stream_bytes", "withheld_text"]

_ENCODINGS = ("utf-8", "utf-16-be", "utf-16-le", "cp1251", "cp1252")


def find_withheld(withheld: Withheld, text: str) -> list[Hit]:
    """Every withheld value ``text`` shows, by the matching stages' rules: names, contacts, places, other text.

    One text at a time, for what is checked outside a PDF: the pictures a pack
    carries, the cells of an export.
    """
    return (
        withheld.find_names(text)
        + withheld.find_contacts(text)
        + withheld.find_places(text)
        + withheld.find_texts(text, spans=False)
    )


def _over_texts(s: GateSubject, find: Callable[[str], list[Hit]]) -> Iterator[Leak]:
    for piece in s.texts:
        yield from _hits(piece, find(piece.text))


def _hits(piece: TextPiece, hits: Iterable[Hit]) -> Iterator[Leak]:
    for h in hits:
        yield value_leak(h.source, piece.kind, piece.where, piece.page, h.found)


def names(s: GateSubject) -> Iterator[Leak]:
    """Names of pseudonymised persons and withheld informants, by phonetic key, inflected, in any order."""
    return _over_texts(s, s.withheld.find_names)


def contacts(s: GateSubject) -> Iterator[Leak]:
    """Phone numbers by national number; links, e-mail addresses and handles, also with a name inside."""
    return _over_texts(s, s.withheld.find_contacts)


def places(s: GateSubject) -> Iterator[Leak]:
    """Coordinates within about 100 m of a withheld position; withheld street addresses."""
    return _over_texts(s, s.withheld.find_places)


def withheld_text(s: GateSubject) -> Iterator[Leak]:
    """Other withheld text (health notes, file names, capture metadata), as written."""
    return _over_texts(s, lambda text: s.withheld.find_texts(text, spans=False))


def stream_bytes(s: GateSubject) -> Iterator[Leak]:
    """Every other stream (images, fonts, ...) searched as bytes for each withheld string in several encodings.

    A value copied into an image's EXIF or a comment is bytes, not drawn text.
    """
    strings = s.withheld.strings()
    patterns = _byte_patterns(strings)
    matcher = MultiMatcher(list(patterns), k=6, stride=2)
    if not matcher:
        return
    for stream in s.objects.streams:
        for pat in matcher.find(stream.data):
            token = patterns[pat]
            yield value_leak(strings[token], "data", stream.where, stream.page, token)


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
