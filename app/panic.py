"""The word that confirms a panic wipe, and whether what was typed is it.

A documenter in a raid types fast, in whatever layout the keyboard is in: ``wipe``, ``Wipe`` and
``ЦШЗУ`` (the same keys on a Russian or Kazakh layout) all count. Anything else is refused with a
reason, so that nobody walks away believing a vault is gone when it is not.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.keyboard import as_latin_keys

WIPE_WORD = "WIPE"
_KEYS = WIPE_WORD.casefold()


@dataclass(frozen=True)
class WipeAnswer:
    """What the typed text means: ``accepted``, or why not (``empty``, ``other``)."""

    accepted: bool
    why: str = ""  # "" when accepted; "empty" or "other"
    typed: str = ""  # the text as typed, trimmed (to quote it back when refused)


def judge_wipe_word(text: str | None) -> WipeAnswer:
    """Is ``text`` the wipe word, in any letter case and any of the keyboard layouts we know?"""
    typed = unicodedata.normalize("NFC", text or "").strip()
    if not typed:
        return WipeAnswer(False, "empty")
    if as_latin_keys(typed.casefold()) == _KEYS:
        return WipeAnswer(True, "", typed)
    return WipeAnswer(False, "other", typed)
