"""Text notes in partner and public packs: a redacted copy of the note's words, never the note itself.

A note typed at a hearing names people, phone numbers and addresses as they
were said. At ``partner`` and ``public`` profile the pack carries a copy whose
text went through the report's own redaction at that profile (the same
withheld names, contacts, coordinates and addresses, replaced the same way),
plus one step the report's text does not need: a word that search would take
for a hidden person's name (another romanisation, Cyrillic for Latin, an
inflected form) is replaced by that person's pseudonym too. Then the copy is
checked with the leak gate's text check before anything is written; whatever
is still found stops the pack (fail closed), as a picture showing a withheld
name does.

The copy is plain UTF-8 text: no byte order mark, no other charset, nothing
but the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.packs.errors import DerivativeError
from app.packs.pictures import PictureLeak
from app.redaction import RedactedCase, redact
from app.redaction.pseudonyms import WITHHELD_VALUE
from app.search.match import token_sim
from app.search.translit import name_keys
from storage.vault import Vault

OPERATION = "redact-text"
MEDIA_TYPE = "text/plain; charset=utf-8"
MAX_NOTE_BYTES = 4 * 1024 * 1024
# A word of a note is a hidden name if search would pair it with one of the name's words this closely
# (exact key, cheap variant, or the same name with an ending), or if it starts with a long name word
# (an inflected form: "Максутханом").
_SAME_WORD = 0.84
_INFLECTED_FROM = 5
_MIN_NAME_KEY = 4
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


def is_note(media_type: str | None) -> bool:
    return (media_type or "").split(";")[0].strip().lower() == "text/plain"


class NoteLeak(PictureLeak):
    """A text note the pack would carry still holds a withheld name or value after redaction; no pack was made."""

    code = "pack_note_leak"


@dataclass(frozen=True)
class NoteRedaction:
    """The report's redaction of one case at one profile, with the hidden persons' name keys for notes."""

    redacted: RedactedCase
    hidden_keys: dict[str, str]  # key of a hidden person's own name word -> their pseudonym
    shared_keys: dict[str, frozenset[str]]  # pseudonym -> keys of their name words also borne by a shown person
    shown_keys: frozenset[str]  # keys of the name words of persons shown by name: never replaced alone

    def clean(self, evidence_id: str, data: bytes, media_type: str) -> bytes:
        """The note's redacted text as UTF-8; raises NoteLeak if the leak check still finds anything."""
        text = self.redacted.scrub_text(_decoded(data, media_type))
        text = self._replace_spellings(text)
        self._check(evidence_id, text)
        return text.encode("utf-8")

    def _pseudonym_of(self, key: str) -> str | None:
        for hidden, pseudonym in self.hidden_keys.items():
            if token_sim(key, hidden)[0] >= _SAME_WORD:
                return pseudonym
            if len(hidden) >= _INFLECTED_FROM and key.startswith(hidden):
                return pseudonym
        return None

    def _shared(self, key: str, pseudonym: str) -> bool:
        return any(token_sim(key, k)[0] >= _SAME_WORD for k in self.shared_keys.get(pseudonym, ()))

    def _replace_spellings(self, text: str) -> str:
        """Words search takes for a hidden person's name, replaced by their pseudonym. A word the person shares
        with someone shown by name (a family name) goes only next to one of their own ("Nazygul Maxutkhan")."""
        if not self.hidden_keys:
            return text
        words: list[tuple[int, int, str]] = []
        for m in _WORD.finditer(text):
            keys = name_keys(m.group())
            words.append((m.start(), m.end(), keys[0] if len(keys) == 1 else ""))
        spans: list[tuple[int, int, str]] = []
        for i, (_a, _b, key) in enumerate(words):
            shown = len(key) < _MIN_NAME_KEY or key in self.shown_keys
            pseudonym = None if shown else self._pseudonym_of(key)
            if pseudonym is None:
                continue
            lo, hi = i, i
            while lo > 0 and _adjacent(text, words[lo - 1], words[lo]) and self._shared(words[lo - 1][2], pseudonym):
                lo -= 1
            while (
                hi + 1 < len(words)
                and _adjacent(text, words[hi], words[hi + 1])
                and self._shared(words[hi + 1][2], pseudonym)
            ):
                hi += 1
            a, b = words[lo][0], words[hi][1]
            if spans and spans[-1][2] == pseudonym and not text[spans[-1][1] : a].strip():
                a = spans.pop()[0]  # "Nazygul Maxutkhan" is one person: one pseudonym
            elif spans and a < spans[-1][1]:
                continue
            spans.append((a, b, pseudonym))
        out: list[str] = []
        last = 0
        for a, b, pseudonym in spans:
            out += [text[last:a], pseudonym]
            last = b
        out.append(text[last:])
        return _once("".join(out), {p for _a, _b, p in spans} | set(self.redacted.pseudonyms.values()))

    def _check(self, evidence_id: str, text: str) -> None:
        from app.redaction.search import TokenIndex
        from app.report.leakgate import Leak, find_withheld

        where = f"in the text note evidence item {evidence_id}"
        leaks: list[Any] = []
        seen: set[tuple[str, str]] = set()
        if self.redacted.tokens:
            for token in find_withheld(TokenIndex(self.redacted.tokens), text):
                src = self.redacted.token_sources[token]
                if (src.field, src.label) not in seen:
                    seen.add((src.field, src.label))
                    leaks.append(Leak("text", where, None, src.field, src.label, src.describe(), token, src.kind))
        if leaks:
            raise NoteLeak(leaks, self.redacted)


def note_redaction(
    vault: Vault,
    case_id: str,
    profile: str,
    lang: str,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
) -> NoteRedaction:
    """The redaction the pack's report uses (same document, profile, language and per-pack choices)."""
    from app.report.build import report_document, report_reserved_words
    from app.services.interchange import export_case

    doc = report_document(export_case(vault, case_id))
    redacted = redact(
        doc, profile, person_overrides, field_overrides, lang=lang, reserved_words=report_reserved_words()
    )
    hidden: dict[str, str] = {}
    shown: set[str] = set()
    for n in doc.get("person_names", []):
        value = n.get("value")
        if not isinstance(value, str) or value == WITHHELD_VALUE:
            continue
        pseudonym = redacted.pseudonyms.get(str(n.get("person_id")))
        for key in name_keys(value):
            if len(key) < _MIN_NAME_KEY:
                continue
            if pseudonym is None:
                shown.add(key)
            else:
                hidden[key] = pseudonym
    # A word shared with a person shown by name (a family name) is replaced only beside the person's own words.
    shared: dict[str, set[str]] = {}
    for key, pseudonym in hidden.items():
        if key in shown:
            shared.setdefault(pseudonym, set()).add(key)
    return NoteRedaction(
        redacted,
        {k: p for k, p in hidden.items() if k not in shown},
        {p: frozenset(keys) for p, keys in shared.items()},
        frozenset(shown),
    )


def _once(text: str, pseudonyms: set[str]) -> str:
    """A pseudonym said once where a name replaced word by word left it twice ("Supporter A Supporter A")."""
    for p in pseudonyms:
        text = re.sub(rf"{re.escape(p)}(?:[ \t]+{re.escape(p)})+(?!\w)", p.replace("\\", "\\\\"), text)
    return text


def _adjacent(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Two words with only spaces (or a line break) between them: parts of one name."""
    return not text[left[1] : right[0]].strip()


def _decoded(data: bytes, media_type: str) -> str:
    if len(data) > MAX_NOTE_BYTES:
        raise DerivativeError("A text note is too large to make a redacted copy of it.")
    charset = "utf-16" if "utf-16" in media_type.lower() else "utf-8-sig"
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        raise DerivativeError("A text note could not be read as text to make a redacted copy of it.") from None
