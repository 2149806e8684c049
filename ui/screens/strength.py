"""A rough passphrase-strength hint: enough to steer people to several words, not a meter to game."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

COMMON = {
    "password",
    "passphrase",
    "12345678",
    "123456789",
    "qwertyui",
    "qwerty123",
    "iloveyou",
    "11111111",
    "пароль",
    "йцукенгш",
    "casefile",
    "atajurt",
}


def estimate_bits(text: str) -> float:
    """Guessing work in bits, counted conservatively: words count as dictionary words."""
    stripped = text.strip()
    if not stripped or stripped.lower() in COMMON:
        return 0.0
    words = [w for w in stripped.split() if len(w) >= 3]
    if len(words) >= 2:
        by_words = 11.0 * len(words) + 2 * max(0, len(stripped) - 12) / 4
    else:
        by_words = 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in stripped):
        pool += 26
    if any(c.isupper() and c.isascii() for c in stripped):
        pool += 26
    if any(c.isdigit() for c in stripped):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in stripped):
        pool += 33
    if any(not c.isascii() for c in stripped):
        pool += 40
    distinct = len(set(stripped))
    by_chars = 0.5 * min(len(stripped), distinct * 2) * math.log2(max(pool, 2))
    return max(by_words, by_chars)


def verdict(text: str) -> tuple[str, bool]:
    """(hint, acceptable). Acceptable means long enough to be accepted at all."""
    from storage.vault import MIN_PASSPHRASE_CHARS

    if len(text.strip()) < MIN_PASSPHRASE_CHARS:
        return (
            QCoreApplication.translate(
                "strength", "Too short: use at least %1 characters; several words are best."
            ).replace("%1", str(MIN_PASSPHRASE_CHARS)),
            False,
        )
    bits = estimate_bits(text)
    if bits < 40:
        return (QCoreApplication.translate("strength", "Weak: easy to guess. Add more unrelated words."), True)
    if bits < 60:
        return (QCoreApplication.translate("strength", "Fair. One or two more words would make it strong."), True)
    return (QCoreApplication.translate("strength", "Strong."), True)
