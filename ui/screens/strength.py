"""The passphrase-strength hint of the first-run screen: zxcvbn's verdict (``app.passphrase``) in the
interface language. A passphrase the check refuses cannot be used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

STRONG_LOG10 = 14.0  # above the refusal line (10^10 guesses) by a comfortable margin


def verdict(text: str, context: Sequence[str] = ()) -> tuple[str, bool]:
    """(hint, acceptable)."""
    from app.passphrase import PassphraseGuessable, PassphraseTooCommon, assess
    from storage.vault import MIN_PASSPHRASE_CHARS

    if len(text.strip()) < MIN_PASSPHRASE_CHARS:
        return (
            QCoreApplication.translate(
                "strength", "Too short: use at least %1 characters; several words are best."
            ).replace("%1", str(MIN_PASSPHRASE_CHARS)),
            False,
        )
    strength = assess(text, list(context))
    if isinstance(strength.error, PassphraseTooCommon):
        return (
            QCoreApplication.translate(
                "strength",
                "This passphrase is among the first a guessing program tries. Use four or more unrelated words.",
            ),
            False,
        )
    if isinstance(strength.error, PassphraseGuessable):
        return (
            QCoreApplication.translate(
                "strength",
                "This passphrase could be guessed by a program trying common words and patterns. "
                "Use four or more unrelated words.",
            ),
            False,
        )
    if strength.error is not None:  # empty, NUL: said by their codes
        from ui.errors import message

        return message(strength.error), False
    if strength.guesses_log10 < STRONG_LOG10:
        return (QCoreApplication.translate("strength", "Fair. One or two more words would make it strong."), True)
    return (QCoreApplication.translate("strength", "Strong."), True)
