"""Text notes in partner and public packs: a redacted copy of the note's words, never the note itself.

A note typed at a hearing names people, phone numbers and addresses as they
were said. At ``partner`` and ``public`` profile the pack carries a copy whose
text went through the report's own redaction at that profile (the same
withheld names in any spelling, script or inflection, contacts, coordinates
and addresses, replaced the same way). Then the copy is checked with the leak
gate's text matching before anything is written; whatever is still found stops
the pack (fail closed), as a picture showing a withheld name does.

The copy is plain UTF-8 text: no byte order mark, no other charset, nothing
but the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.packs.errors import DerivativeError
from app.packs.pictures import PictureLeak
from app.redaction import RedactedCase

OPERATION = "redact-text"
MEDIA_TYPE = "text/plain; charset=utf-8"
MAX_NOTE_BYTES = 4 * 1024 * 1024


def is_note(media_type: str | None) -> bool:
    return (media_type or "").split(";")[0].strip().lower() == "text/plain"


class NoteLeak(PictureLeak):
    """A text note the pack would carry still holds a withheld name or value after redaction; no pack was made."""

    code = "pack_note_leak"


@dataclass(frozen=True)
class NoteRedaction:
    """The report's redaction of one case at one profile, applied to the text notes a pack carries."""

    redacted: RedactedCase

    def clean(self, evidence_id: str, data: bytes, media_type: str) -> bytes:
        """The note's redacted text as UTF-8; raises NoteLeak if the leak check still finds anything."""
        text = self.redacted.scrub_text(_decoded(data, media_type))
        self._check(evidence_id, text)
        return text.encode("utf-8")

    def _check(self, evidence_id: str, text: str) -> None:
        from app.report.leakgate import find_withheld
        from app.report.leakgate.findings import value_leak

        where = f"in the text note evidence item {evidence_id}"
        leaks: list[Any] = []
        seen: set[tuple[str, str]] = set()
        for hit in find_withheld(self.redacted.withheld, text):
            src = hit.source
            if (src.field, src.label) not in seen:
                seen.add((src.field, src.label))
                leaks.append(value_leak(src, "text", where, None, hit.found))
        self.redacted.withheld.forget_texts()
        if leaks:
            raise NoteLeak(leaks, self.redacted)


def _decoded(data: bytes, media_type: str) -> str:
    if len(data) > MAX_NOTE_BYTES:
        raise DerivativeError("A text note is too large to make a redacted copy of it.")
    charset = "utf-16" if "utf-16" in media_type.lower() else "utf-8-sig"
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        raise DerivativeError("A text note could not be read as text to make a redacted copy of it.") from None
