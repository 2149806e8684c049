"""Errors of the layers below, said in the interface language by their code.

``storage/`` and ``app/`` raise errors under one root (``storage.errors.CasefileError``), each with a
code and parameters. Here each code has a translatable text whose ``%1``, ``%2`` … are filled with the
named parameters; an error of a class with no text here is shown as its English sentence, as the
command line prints it. Anything not under the root is an internal error: only its class name is
shown (its text could carry case data). Nothing here reads English to find out what went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.errors import CasefileError
from storage.progress import Cancelled

CONTEXT = "errors"

# code: (text with %1, %2 …, the parameters that fill them, in order)
TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "wrong_passphrase": (QT_TRANSLATE_NOOP("errors", "Wrong passphrase, or the vault header is damaged."), ()),
    "wrong_recovery_code": (QT_TRANSLATE_NOOP("errors", "Wrong recovery code, or the vault header is damaged."), ()),
    "wrong_key_or_damaged_database": (
        QT_TRANSLATE_NOOP("errors", "Wrong passphrase, or the vault's database is damaged."),
        (),
    ),
    "no_passphrase_given": (QT_TRANSLATE_NOOP("errors", "The passphrase is empty."), ()),
    "device_key_missing": (
        QT_TRANSLATE_NOOP(
            "errors",
            "This vault is bound to another computer's keychain, and that keychain is not available here. "
            "Use the recovery code to open it.",
        ),
        (),
    ),
    "keychain_needed": (QT_TRANSLATE_NOOP("errors", "%1 Use the recovery code to open this vault."), ("keychain",)),
    "vault_locked": (
        QT_TRANSLATE_NOOP("errors", "This vault is already open in another Casefile window or process."),
        (),
    ),
    "vault_read_only": (
        QT_TRANSLATE_NOOP("errors", "The vault folder is read-only; Casefile needs to write to it to open the vault."),
        (),
    ),
    "write_refused": (
        QT_TRANSLATE_NOOP("errors", "The vault folder cannot be written to; nothing was changed."),
        (),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP("errors", "The disk is full; nothing was changed. Free some space and try again."),
        (),
    ),
    "vault_exists": (QT_TRANSLATE_NOOP("errors", "A vault already exists in this folder."), ()),
    "folder_not_empty": (
        QT_TRANSLATE_NOOP("errors", "The folder for the new vault is not empty; choose an empty or new folder."),
        (),
    ),
    "vault_not_found": (QT_TRANSLATE_NOOP("errors", "There is no vault in this folder."), ()),
    "header_missing": (
        QT_TRANSLATE_NOOP("errors", "The vault header is missing; the vault cannot be unlocked."),
        (),
    ),
    "database_missing": (QT_TRANSLATE_NOOP("errors", "The vault's database (casefile.db) is missing."), ()),
    "evidence_folder_missing": (QT_TRANSLATE_NOOP("errors", "The vault's evidence folder is missing."), ()),
    "foreign_database": (QT_TRANSLATE_NOOP("errors", "The database does not belong to this vault header."), ()),
    "newer_vault": (
        QT_TRANSLATE_NOOP("errors", "This vault was written by a newer version of Casefile; please update Casefile."),
        (),
    ),
    "no_encryption": (
        QT_TRANSLATE_NOOP("errors", "This SQLite library has no encryption; refusing to open the vault."),
        (),
    ),
    "passphrase_empty": (QT_TRANSLATE_NOOP("errors", "The passphrase is empty."), ()),
    "passphrase_with_nul": (
        QT_TRANSLATE_NOOP("errors", "The passphrase contains a NUL character, which some keyboards cannot type again."),
        (),
    ),
    "passphrase_too_short": (
        QT_TRANSLATE_NOOP("errors", "The passphrase is too short: use at least %1 characters."),
        ("min_chars",),
    ),
    "no_keychain": (
        QT_TRANSLATE_NOOP(
            "errors", "No system keychain is available on this computer; Casefile works with the passphrase alone."
        ),
        (),
    ),
    "keychain_unreadable": (QT_TRANSLATE_NOOP("errors", "The system keychain could not be read (is it locked?)."), ()),
    "keychain_refused": (QT_TRANSLATE_NOOP("errors", "The system keychain refused to store the device key."), ()),
    "no_such_case": (QT_TRANSLATE_NOOP("errors", "That case does not exist in this vault."), ()),
    "no_such_evidence": (QT_TRANSLATE_NOOP("errors", "That evidence item does not exist."), ()),
    "evidence_not_here": (
        QT_TRANSLATE_NOOP(
            "errors", "This evidence item's file is not in this vault (it was imported as a record only)."
        ),
        (),
    ),
    "file_empty": (QT_TRANSLATE_NOOP("errors", "The file “%1” is empty; nothing was stored."), ("name",)),
    "file_missing": (QT_TRANSLATE_NOOP("errors", "The file “%1” does not exist."), ("name",)),
    "file_not_permitted": (
        QT_TRANSLATE_NOOP("errors", "The file “%1” cannot be read (check its permissions)."),
        ("name",),
    ),
    "file_unreadable": (QT_TRANSLATE_NOOP("errors", "The file “%1” cannot be read."), ("name",)),
    "file_is_folder": (QT_TRANSLATE_NOOP("errors", "“%1” is a folder, not a file."), ("name",)),
    "not_regular_file": (QT_TRANSLATE_NOOP("errors", "“%1” is not a regular file."), ("name",)),
    "case_title_missing": (QT_TRANSLATE_NOOP("errors", "A case needs a title."), ()),
    "title_missing": (QT_TRANSLATE_NOOP("errors", "This record needs a title."), ()),
    "unknown_code": (QT_TRANSLATE_NOOP("errors", "“%1” is not one of the known choices."), ("value",)),
    "not_in_case": (QT_TRANSLATE_NOOP("errors", "A record this needs is not in this case (any more)."), ()),
    "measure_without_person": (
        QT_TRANSLATE_NOOP("errors", "Choose the person (or people) the measure is imposed on."),
        (),
    ),
    "bad_reply_window": (
        QT_TRANSLATE_NOOP("errors", "The reply window must be a number of days between 1 and 3650."),
        (),
    ),
    "nothing_to_undo": (QT_TRANSLATE_NOOP("errors", "There is no change to undo."), ()),
    "undo_conflict": (
        QT_TRANSLATE_NOOP("errors", "What this change touched was changed again since; nothing was undone."),
        (),
    ),
    "not_changeable": (QT_TRANSLATE_NOOP("errors", "This cannot be changed this way."), ()),
    "no_such_record": (QT_TRANSLATE_NOOP("errors", "This record is not in the vault (any more)."), ()),
    "person_name_missing": (
        QT_TRANSLATE_NOOP("errors", "A person needs at least one name (or, for a group, a description)."),
        (),
    ),
    "vault_wiped": (
        QT_TRANSLATE_NOOP(
            "errors", "Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be."
        ),
        (),
    ),
    "wrong_passphrase_attempts_left": (
        QT_TRANSLATE_NOOP("errors", "%1 Attempts left before this vault is wiped: %2."),
        ("reason", "left"),
    ),
    "key_material_destroyed": (
        QT_TRANSLATE_NOOP(
            "errors",
            "The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked.",
        ),
        (),
    ),
    "header_rolled_back": (
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault header is older than this vault's database: it was put back from an earlier copy since the "
            "last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did "
            "not restore it yourself, run rotate-key.",
        ),
        (),
    ),
    "unlock_limit_restored": (
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault header's limit on failed unlocks had been changed outside Casefile; "
            "it was set back to what you chose.",
        ),
        (),
    ),
    "key_change_pending": (
        QT_TRANSLATE_NOOP("errors", "Another key change is waiting for confirmation; finish or cancel it first."),
        (),
    ),
    "date_not_understood": (QT_TRANSLATE_NOOP("errors", "Casefile does not understand this date."), ()),
    "date_unknown_word": (QT_TRANSLATE_NOOP("errors", "“%1” is not a date word Casefile knows."), ("word",)),
    "date_no_year": (
        QT_TRANSLATE_NOOP("errors", "The date has no year, or its year is not written in full (2025, not 25)."),
        (),
    ),
    "date_not_calendar_date": (
        QT_TRANSLATE_NOOP("errors", "There is no such day in the calendar (such as 31 February, or month 13)."),
        (),
    ),
    "date_bad_range": (
        QT_TRANSLATE_NOOP("errors", "The range is not complete: give both ends, the first before the last."),
        (),
    ),
    "passphrase_too_common": (
        QT_TRANSLATE_NOOP(
            "errors", "This passphrase is among the first a guessing program tries. Use four or more unrelated words."
        ),
        (),
    ),
    "passphrase_guessable": (
        QT_TRANSLATE_NOOP(
            "errors",
            "This passphrase could be guessed by a program trying common words and patterns. "
            "Use four or more unrelated words.",
        ),
        (),
    ),
}


def _fill(pattern: str, values: list[str]) -> str:
    """Qt's %1, %2 … placeholders (highest first, so %1 never eats the start of %10)."""
    for i in range(len(values), 0, -1):
        pattern = pattern.replace(f"%{i}", values[i - 1])
    return pattern


def message(error: BaseException) -> str:
    """What to tell the user about ``error``, in the interface language; never a traceback."""
    if isinstance(error, Cancelled):
        return QCoreApplication.translate("errors", "Cancelled; nothing was kept.")
    if not isinstance(error, CasefileError):
        return internal(type(error).__name__)
    found = TEXTS.get(error.code)
    if found is None:
        return str(error)  # a sentence of its own, written for the user in English
    text, names = found
    values = [error.params.get(n, "") for n in names]
    return _fill(
        QCoreApplication.translate(CONTEXT, text),
        [message(v) if isinstance(v, BaseException) else str(v) for v in values],
    )


def internal(kind: str) -> str:
    return QCoreApplication.translate("errors", "Something went wrong (%1); nothing was changed.").replace("%1", kind)


@dataclass(frozen=True)
class Failure:
    """Why a job ended without a result. ``text`` says it in the language of the moment it is read,
    so a message on screen follows a language change."""

    error: CasefileError | Cancelled | None  # None: an internal error (only its class name is kept)
    kind: str = ""

    @classmethod
    def of(cls, exc: BaseException) -> Failure:
        if isinstance(exc, CasefileError | Cancelled):
            # Keep the error, not what it points to: frames of the traceback hold case data.
            exc.__traceback__ = exc.__context__ = exc.__cause__ = None
            return cls(exc)
        return cls(None, type(exc).__name__)

    @classmethod
    def stopped(cls) -> Failure:
        return cls(None, "")

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    def text(self) -> str:
        if self.error is not None:
            return message(self.error)
        if not self.kind:
            return QCoreApplication.translate("errors", "The operation stopped unexpectedly.")
        return internal(self.kind)
