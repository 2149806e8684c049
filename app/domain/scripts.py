"""Which letters a name is written in, guessed from the name itself (for a spelling typed in)."""

from __future__ import annotations

import unicodedata

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_SCRIPTS = (("CYRILLIC", "Cyrl"), ("LATIN", "Latn"), ("ARABIC", "Arab"), ("CJK", "Hani"))


def guess_script(text: str) -> str | None:
    """ISO 15924 code of the letters used most: Cyrl, Latn, Arab, Hani."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = next((code for prefix, code in _SCRIPTS if name.startswith(prefix)), None)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def guess_lang(text: str) -> str | None:
    """Only when the letters say so: Kazakh-only Cyrillic letters mean Kazakh."""
    return "kk" if any(ch in KAZAKH_LETTERS for ch in text) else None
