"""The messages of the layers below (storage, services) in the interface language.

``storage/`` and ``app/`` do not import Qt, so their errors are English sentences written for the
user. The ones a user meets in the app (a wrong passphrase, a vault already open, a file that
cannot be read) are translated here by their exact text, or by a pattern for those that carry a
file name or a number. Anything not listed is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "errors"

KNOWN = (
    QT_TRANSLATE_NOOP("errors", "Wrong passphrase, or the vault header is damaged."),
    QT_TRANSLATE_NOOP("errors", "Wrong recovery code, or the vault header is damaged."),
    QT_TRANSLATE_NOOP("errors", "Wrong passphrase, or the vault's database is damaged."),
    QT_TRANSLATE_NOOP(
        "errors",
        "This vault is bound to another computer's keychain, and that keychain is not available here. "
        "Use the recovery code to open it.",
    ),
    QT_TRANSLATE_NOOP("errors", "This vault is already open in another Casefile window or process."),
    QT_TRANSLATE_NOOP("errors", "The vault folder is read-only; Casefile needs to write to it to open the vault."),
    QT_TRANSLATE_NOOP("errors", "A vault already exists in this folder."),
    QT_TRANSLATE_NOOP("errors", "The folder for the new vault is not empty; choose an empty or new folder."),
    QT_TRANSLATE_NOOP("errors", "There is no vault in this folder."),
    QT_TRANSLATE_NOOP("errors", "The vault header is missing; the vault cannot be unlocked."),
    QT_TRANSLATE_NOOP(
        "errors", "Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The vault header is older than this vault's database: it was put back from an earlier copy since the "
        "last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did "
        "not restore it yourself, run rotate-key.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The vault header's limit on failed unlocks had been changed outside Casefile; "
        "it was set back to what you chose.",
    ),
    QT_TRANSLATE_NOOP("errors", "The vault's database (casefile.db) is missing."),
    QT_TRANSLATE_NOOP("errors", "The vault's evidence folder is missing."),
    QT_TRANSLATE_NOOP("errors", "The database does not belong to this vault header."),
    QT_TRANSLATE_NOOP("errors", "The passphrase is empty."),
    QT_TRANSLATE_NOOP("errors", "The passphrase contains a NUL character, which some keyboards cannot type again."),
    QT_TRANSLATE_NOOP("errors", "This vault was written by a newer version of Casefile; please update Casefile."),
    QT_TRANSLATE_NOOP("errors", "This SQLite library has no encryption; refusing to open the vault."),
    QT_TRANSLATE_NOOP(
        "errors", "No system keychain is available on this computer; Casefile works with the passphrase alone."
    ),
    QT_TRANSLATE_NOOP("errors", "The system keychain could not be read (is it locked?)."),
    QT_TRANSLATE_NOOP("errors", "The system keychain refused to store the device key."),
    QT_TRANSLATE_NOOP("errors", "That case does not exist in this vault."),
    QT_TRANSLATE_NOOP("errors", "That evidence item does not exist."),
    QT_TRANSLATE_NOOP("errors", "This evidence item's file is not in this vault (it was imported as a record only)."),
    QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was kept."),
    QT_TRANSLATE_NOOP("errors", "The operation stopped unexpectedly."),
)


def _patterns() -> list[tuple[re.Pattern, Callable[[], str]]]:
    """(English pattern, its translation with %1, %2 for the captured parts)."""
    return [
        (
            re.compile(r"The passphrase is too short: use at least (\d+) characters\."),
            lambda: QCoreApplication.translate("errors", "The passphrase is too short: use at least %1 characters."),
        ),
        (
            re.compile(r"The file '(.+)' is empty; nothing was stored\."),
            lambda: QCoreApplication.translate("errors", "The file “%1” is empty; nothing was stored."),
        ),
        (
            re.compile(r"The file '(.+)' does not exist\."),
            lambda: QCoreApplication.translate("errors", "The file “%1” does not exist."),
        ),
        (
            re.compile(r"The file '(.+)' cannot be read \(check its permissions\)\."),
            lambda: QCoreApplication.translate("errors", "The file “%1” cannot be read (check its permissions)."),
        ),
        (
            re.compile(r"The file '(.+)' cannot be read\."),
            lambda: QCoreApplication.translate("errors", "The file “%1” cannot be read."),
        ),
        (
            re.compile(r"'(.+)' is a folder, not a file\."),
            lambda: QCoreApplication.translate("errors", "“%1” is a folder, not a file."),
        ),
        (
            re.compile(r"'(.+)' is not a regular file\."),
            lambda: QCoreApplication.translate("errors", "“%1” is not a regular file."),
        ),
        (
            re.compile(r"Something went wrong \((\w+)\); nothing was changed\."),
            lambda: QCoreApplication.translate("errors", "Something went wrong (%1); nothing was changed."),
        ),
        (
            re.compile(r"The disk is full: .+ could not be completed and nothing was changed\."),
            lambda: QCoreApplication.translate(
                "errors", "The disk is full; nothing was changed. Free some space and try again."
            ),
        ),
        (
            re.compile(r"The vault folder cannot be written to: .+ is not possible\."),
            lambda: QCoreApplication.translate("errors", "The vault folder cannot be written to; nothing was changed."),
        ),
    ]


def translated(message: str) -> str:
    """``message`` in the interface language when it is one we know; otherwise as it is."""
    text = message.strip()
    found = QCoreApplication.translate(CONTEXT, text)
    if found != text:
        return found
    for pattern, make in _patterns():
        m = pattern.fullmatch(text)
        if m:
            out = make()
            for i, part in enumerate(m.groups(), start=1):
                out = out.replace(f"%{i}", part)
            return out
    if " Attempts left before this vault is wiped: " in text:
        head, _, left = text.partition(" Attempts left before this vault is wiped: ")
        return (
            translated(head)
            + " "
            + QCoreApplication.translate("errors", "Attempts left before this vault is wiped: %1.").replace(
                "%1", left.rstrip(".")
            )
        )
    if text.endswith(" Use the recovery code to open this vault."):
        head = translated(text.removesuffix(" Use the recovery code to open this vault."))
        return head + " " + QCoreApplication.translate("errors", "Use the recovery code to open this vault.")
    return message
