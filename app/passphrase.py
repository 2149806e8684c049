"""How strong a new passphrase is, judged by zxcvbn (what a dictionary attack tries first).

zxcvbn knows English words, names, keyboard walks and the most common passwords. Two things are
added for Kazakh and Russian writers: a short list of their most guessed passwords and words, and
the same check on what the keys would spell on a Latin keyboard (``йцукен`` is ``qwerty`` typed
on a Russian layout). Text in Cyrillic is otherwise judged by its length and alphabet, so a long
Kazakh or Russian passphrase is not marked down for not being English.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.keyboard import as_latin_keys
from storage.errors import WeakPassphrase
from storage.vault import check_new_passphrase

# Estimated guesses (log10) below which a new passphrase is refused. zxcvbn's "very unguessable"
# starts at 10^10: with Argon2id at about a second per guess on a laptop, a well-equipped
# attacker still needs months of GPU time for that, where 10^8 falls in a day.
MIN_GUESSES_LOG10 = 10.0
ZXCVBN_MAX_LENGTH = 72  # zxcvbn refuses longer input; the rest of a long passphrase only adds

# Most guessed passwords and words in Russian and Kazakh, in Cyrillic and in Latin spelling.
LOCAL_WORDS = [
    "пароль",
    "парол",
    "құпиясөз",
    "құпия",
    "кұпиясөз",
    "купиясоз",
    "qupiyasoz",
    "parol",
    "parol123",
    "привет",
    "privet",
    "любовь",
    "lyubov",
    "люблю",
    "солнышко",
    "solnyshko",
    "котенок",
    "зайка",
    "qazaqstan",
    "kazakhstan",
    "казахстан",
    "қазақстан",
    "алматы",
    "almaty",
    "астана",
    "astana",
    "москва",
    "moskva",
    "россия",
    "rossiya",
    "сәлем",
    "salem",
    "мама",
    "папа",
    "максим",
    "наташа",
    "господь",
    "свобода",
    "бостандық",
    "атажұрт",
    "atajurt",
    "casefile",
    "vault",
    "passphrase",
]


class PassphraseTooCommon(WeakPassphrase):
    """The new passphrase is among the first a guessing program tries."""

    code = "passphrase_too_common"
    template = "This passphrase is among the first a guessing program tries. Use four or more unrelated words."


class PassphraseGuessable(WeakPassphrase):
    """The new passphrase could be guessed from common words and patterns."""

    code = "passphrase_guessable"
    template = (
        "This passphrase could be guessed by a program trying common words and patterns. "
        "Use four or more unrelated words."
    )


@dataclass(frozen=True)
class Strength:
    """The verdict on a new passphrase."""

    acceptable: bool
    guesses_log10: float
    error: WeakPassphrase | None = None  # why it is refused; None when acceptable

    @property
    def reason(self) -> str:
        """Why it is refused, in English; empty when acceptable."""
        return str(self.error) if self.error is not None else ""


def _guesses(text: str, context: list[str]) -> float:
    from zxcvbn import zxcvbn

    result = zxcvbn(text[:ZXCVBN_MAX_LENGTH], user_inputs=context, max_length=ZXCVBN_MAX_LENGTH)
    return float(result["guesses_log10"])


def assess(passphrase: str, context: list[str] | tuple[str, ...] = ()) -> Strength:
    """Judge ``passphrase``; ``context`` holds words an attacker would try first here (the vault's
    folder name, the user's name)."""
    try:
        check_new_passphrase(passphrase)
    except WeakPassphrase as exc:
        return Strength(False, 0.0, exc)
    text = unicodedata.normalize("NFC", passphrase)
    words = [w.lower() for w in context if w] + LOCAL_WORDS
    log10 = _guesses(text, words)
    latin = as_latin_keys(text)
    if latin != text:
        log10 = min(log10, _guesses(latin, words))
    if log10 >= MIN_GUESSES_LOG10:
        return Strength(True, log10)
    return Strength(False, log10, PassphraseTooCommon() if log10 < 4 else PassphraseGuessable())


def check_strength(passphrase: str, context: list[str] | tuple[str, ...] = ()) -> None:
    """Raise ``WeakPassphrase`` with a sentence a user can act on."""
    verdict = assess(passphrase, context)
    if verdict.error is not None:
        raise verdict.error
