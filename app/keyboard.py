"""What a key types on a Latin (QWERTY) keyboard, given what it typed on a Cyrillic one.

Russian and Kazakh keyboards put their letters on the same keys (the ЙЦУКЕН layout); the Kazakh
layout adds its own letters on the number row. A word typed "in the wrong layout" (``ЦШЗУ`` for
``WIPE``, ``йцукен`` for ``qwerty``) is the same keys pressed, and reads back through this table.
"""

from __future__ import annotations

__all__ = ["as_latin_keys", "caps_lock_on", "script_of"]

# Russian ЙЦУКЕН letters, then the Kazakh letters of the number row, to the Latin keys under them.
_CYRILLIC_KEYS = dict(
    zip(
        "йцукенгшщзхъфывапролджэячсмитьбюёәіңғүұқөһ",
        "qwertyuiop[]asdfghjkl;'zxcvbnm,.`2345890-=",
        strict=True,
    )
)


def as_latin_keys(text: str) -> str:
    """``text`` as the same keys would type it on a Latin layout (lower case); other characters stay."""
    return "".join(_CYRILLIC_KEYS.get(ch, _CYRILLIC_KEYS.get(ch.lower(), ch)) for ch in text)


def caps_lock_on(typed: str, shift: bool) -> bool | None:
    """Whether Caps Lock looks on, from one typed character and the Shift key: an upper-case letter
    without Shift (or a lower-case one with it). None when the character says nothing (no letter)."""
    if len(typed) != 1 or typed.upper() == typed.lower():
        return None
    return typed.isupper() != shift


def script_of(typed: str) -> str | None:
    """ "cyrillic", "latin" or None: which alphabet the keyboard layout in use types."""
    if len(typed) != 1 or not typed.isalpha():
        return None
    if "\u0400" <= typed <= "\u04ff":
        return "cyrillic"
    if typed.isascii():
        return "latin"
    return None
