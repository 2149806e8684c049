"""Errors a user can act on, under one root. Messages never hold secrets or case data.

Every error whose message is written for the user derives from ``CasefileError``; anything else that
escapes an operation is an internal error, and the CLI and the app show only its class name. Each
class carries a ``code`` (what crosses to the interface, which says it in its own language) and an
English ``template`` (what the command line prints), filled from the parameters it was raised with::

    class PassphraseTooShort(WeakPassphrase):
        \"\"\"The new passphrase is shorter than the minimum.\"\"\"

        code = "passphrase_too_short"
        template = "The passphrase is too short: use at least {min_chars} characters."

    raise PassphraseTooShort(min_chars=8)

A class raised with a sentence of its own (``raise VaultDamaged("The header is damaged.")``) keeps
the template ``"{detail}"``: the sentence is its ``detail``. Every class names its own code, unique in
the product (``tests/test_errors.py`` checks it); the desktop app maps codes to translated texts in
``ui/errors.py``. This module imports nothing, so the pure core (``app/domain``, ``app/redaction``,
``app/report``, ``app/search``) may use it without depending on the rest of ``storage``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

_PLACEHOLDER = re.compile(r"\{(\w+)(!r)?\}")


def fill(template: str, params: Mapping[str, Any]) -> str | None:
    """``template`` with each ``{name}`` (or ``{name!r}``, quoted) replaced by its parameter; None if one
    is missing. Values are inserted as they are (never read as templates themselves)."""
    if any(name not in params for name, _ in _PLACEHOLDER.findall(template)):
        return None
    return _PLACEHOLDER.sub(lambda m: (repr if m.group(2) else str)(params[m.group(1)]), template)


class CasefileError(Exception):
    """Something went wrong that the user can act on; nothing was changed."""

    code: ClassVar[str] = "casefile_error"
    template: ClassVar[str] = "{detail}"

    def __init__(self, detail: str = "", /, **params: Any) -> None:
        self.params: dict[str, Any] = dict(params)
        if detail:
            self.params["detail"] = detail
        super().__init__(self.english())

    def english(self) -> str:
        """The message in English: the template filled, else the class's one-line description."""
        text = fill(self.template, self.params)
        if text:
            return text
        doc = (type(self).__doc__ or "").strip().splitlines()
        return doc[0] if doc else type(self).__name__


# -- the vault ------------------------------------------------------------------------------------


class VaultError(CasefileError):
    """Something about the vault the user should be told."""

    code = "vault_error"


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault, or the vault is damaged."""

    code = "wrong_passphrase"
    template = "Wrong passphrase, or the vault header is damaged."


class WrongRecoveryCode(WrongPassphrase):
    """The recovery code does not open this vault, or the vault is damaged."""

    code = "wrong_recovery_code"
    template = "Wrong recovery code, or the vault header is damaged."


class WrongDatabaseKey(WrongPassphrase):
    """The key opened the header but not the database: a wrong passphrase or a damaged database."""

    code = "wrong_key_or_damaged_database"
    template = "Wrong passphrase, or the vault's database is damaged."


class NoPassphraseGiven(WrongPassphrase):
    """An unlock was tried with an empty passphrase."""

    code = "no_passphrase_given"
    template = "The passphrase is empty."


class DeviceKeyMissing(WrongPassphrase):
    """The vault is bound to another computer's keychain."""

    code = "device_key_missing"
    template = (
        "This vault is bound to another computer's keychain, and that keychain is not available here. "
        "Use the recovery code to open it."
    )


class KeychainNeeded(WrongPassphrase):
    """The vault is bound to this computer's keychain, and the keychain cannot be used now."""

    code = "keychain_needed"
    template = "{keychain} Use the recovery code to open this vault."  # keychain: the KeyStoreUnavailable


class VaultDamaged(VaultError):
    """The vault's files are missing, edited or corrupted."""

    code = "vault_damaged"


class HeaderMissing(VaultDamaged):
    """The vault header is missing."""

    code = "header_missing"
    template = "The vault header is missing; the vault cannot be unlocked."


class DatabaseMissing(VaultDamaged):
    """The vault's database file is missing."""

    code = "database_missing"
    template = "The vault's database (casefile.db) is missing."


class EvidenceFolderMissing(VaultDamaged):
    """The vault's evidence folder is missing."""

    code = "evidence_folder_missing"
    template = "The vault's evidence folder is missing."


class ForeignDatabase(VaultDamaged):
    """The database and the header belong to different vaults."""

    code = "foreign_database"
    template = "The database does not belong to this vault header."


class NewerVault(VaultError):
    """The vault was written by a newer Casefile."""

    code = "newer_vault"
    template = "This vault was written by a newer version of Casefile; please update Casefile."


class NoEncryption(VaultError):
    """The SQLite library found has no encryption."""

    code = "no_encryption"
    template = "This SQLite library has no encryption; refusing to open the vault."


class VaultNotFound(VaultError):
    """There is no vault in the given folder."""

    code = "vault_not_found"
    template = "There is no vault in this folder."


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""

    code = "vault_exists"
    template = "A vault already exists in this folder."


class FolderNotEmpty(VaultExists):
    """The folder for a new vault holds other files."""

    code = "folder_not_empty"
    template = "The folder for the new vault is not empty; choose an empty or new folder."


class VaultLocked(VaultError):
    """Another process has this vault open."""

    code = "vault_locked"
    template = "This vault is already open in another Casefile window or process."


class VaultBusy(VaultLocked):
    """The database is busy in another window."""

    code = "vault_busy"
    template = "The vault is busy in another Casefile window; try again."


class VaultReadOnly(VaultError):
    """The vault folder cannot be written to."""

    code = "vault_read_only"
    template = "The vault folder is read-only; Casefile needs to write to it to open the vault."


class WriteRefused(VaultReadOnly):
    """A write into the vault folder was refused; nothing was changed."""

    code = "write_refused"
    template = "The vault folder cannot be written to: {what} is not possible."


class WeakPassphrase(VaultError):
    """The new passphrase is empty or too short."""

    code = "weak_passphrase"


class EmptyPassphrase(WeakPassphrase):
    """The new passphrase is empty."""

    code = "passphrase_empty"
    template = "The passphrase is empty."


class PassphraseWithNul(WeakPassphrase):
    """The new passphrase holds a NUL character."""

    code = "passphrase_with_nul"
    template = "The passphrase contains a NUL character, which some keyboards cannot type again."


class PassphraseTooShort(WeakPassphrase):
    """The new passphrase is shorter than the minimum."""

    code = "passphrase_too_short"
    template = "The passphrase is too short: use at least {min_chars} characters."


class StorageFull(VaultError):
    """The disk is full or a write failed; nothing was changed."""

    code = "storage_full"


class DiskFull(StorageFull):
    """The disk is full; nothing was changed."""

    code = "disk_full"
    template = "The disk is full: {what} could not be completed and nothing was changed."


class EvidenceError(VaultError):
    """An evidence file could not be read, stored or opened."""

    code = "evidence_error"


class NoSuchCase(EvidenceError):
    """Evidence was added to a case that is not in the vault."""

    code = "no_such_case"
    template = "That case does not exist in this vault."


class NoSuchEvidence(EvidenceError):
    """An evidence item asked for is not in the vault."""

    code = "no_such_evidence"
    template = "That evidence item does not exist."


class EvidenceNotHere(EvidenceError):
    """An evidence item was imported as a record only; its file is elsewhere."""

    code = "evidence_not_here"
    template = "This evidence item's file is not in this vault (it was imported as a record only)."


class FileMissing(EvidenceError):
    """A file to add does not exist."""

    code = "file_missing"
    template = "The file {name!r} does not exist."


class FileIsFolder(EvidenceError):
    """A folder was given where a file was wanted."""

    code = "file_is_folder"
    template = "{name!r} is a folder, not a file."


class NotRegularFile(EvidenceError):
    """A device, pipe or socket was given where a file was wanted."""

    code = "not_regular_file"
    template = "{name!r} is not a regular file."


class FileEmpty(EvidenceError):
    """A file to add is empty."""

    code = "file_empty"
    template = "The file {name!r} is empty; nothing was stored."


class FileNotPermitted(EvidenceError):
    """A file to add cannot be opened (permissions)."""

    code = "file_not_permitted"
    template = "The file {name!r} cannot be read (check its permissions)."


class FileUnreadable(EvidenceError):
    """A file to add could not be read."""

    code = "file_unreadable"
    template = "The file {name!r} cannot be read."


class OutputRefused(VaultError):
    """A file the user asked for cannot be written where they asked; nothing was written."""

    code = "output_refused"


class InputRefused(VaultError):
    """A file given to Casefile to read is not an ordinary, readable file."""

    code = "input_refused"


# -- what an unlock found and told (Vault.notices): the vault opened all the same --------------------


class JournalSetAside(VaultError):
    """A journal file that does not continue this vault's database was moved aside, not applied."""

    code = "journal_set_aside"
    template = (
        "The journal file beside the vault's database ({name}) {why}. Applying it would have damaged the vault, "
        "so it was moved aside as {kept} and the vault opened from its main database."
    )


class JournalDamaged(VaultError):
    """The vault's journal file is damaged: what came before the damage was recovered, a copy was kept."""

    code = "journal_damaged"
    template = (
        "The vault's journal file ({name}) is damaged: the {count} change(s) saved before the damage were "
        "recovered, later ones could not be. A copy of the damaged journal was kept as {kept}."
    )


class DatabasePagesDamaged(VaultDamaged):
    """Pages of the vault's database fail their authentication check."""

    code = "database_pages_damaged"


class AuditLogBroken(VaultError):
    """The audit log's last entry or kept key does not hold together."""

    code = "audit_log_broken"
    template = "The audit log does not hold together: {problem}. Run 'casefile check' for more."


class VaultWiped(VaultError):
    """The vault was destroyed after too many failed unlocks, as its owner had asked."""

    code = "vault_wiped"
    template = "Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be."


class WrongPassphraseAttemptsLeft(WrongPassphrase):
    """A wrong passphrase or code, with the failed unlocks left before the vault wipes itself."""

    code = "wrong_passphrase_attempts_left"
    template = "{reason} Attempts left before this vault is wiped: {left}."


class KeyMaterialDestroyed(VaultDamaged):
    """A key slot's material does not parse: damaged, or destroyed by a wipe."""

    code = "key_material_destroyed"
    template = "The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked."


# -- things found at unlock, told to the user (not raised) ----------------------------------------


class HeaderRolledBack(VaultError):
    """The header is older than the database last saw: it was put back from a copy."""

    code = "header_rolled_back"
    template = (
        "The vault header is older than this vault's database: it was put back from an earlier copy since the "
        "last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did "
        "not restore it yourself, run rotate-key."
    )


class UnlockLimitRestored(VaultError):
    """The header's limit on failed unlocks differed from the vault's setting and was put back."""

    code = "unlock_limit_restored"
    template = (
        "The vault header's limit on failed unlocks had been changed outside Casefile; "
        "it was set back to what you chose."
    )


class KeyChangePending(VaultError):
    """Another change to the vault's keys is in progress."""

    code = "key_change_pending"
    template = "Another key change is waiting for confirmation; finish or cancel it first."


class EvidenceMismatch(VaultDamaged):
    """An evidence file is not the one recorded at intake: replaced, swapped or altered."""

    code = "evidence_mismatch"


class EvidenceSetAside(VaultError):
    """Files in the evidence folder that belonged to no item were moved aside at unlock (told, not raised)."""

    code = "evidence_set_aside"
    template = (
        "{count} file(s) in the vault's evidence folder belonged to no evidence item (left by an interrupted "
        "operation, or put there by hand). They were moved to the folder evidence-set-aside beside it; "
        "nothing was deleted."
    )
