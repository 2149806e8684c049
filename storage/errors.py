"""Errors a user can act on. Messages are plain sentences and never hold secrets."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: something about the vault the user should be told."""


class WrongPassphrase(VaultError):
    """The passphrase or recovery code does not open this vault, or the vault is damaged."""


class VaultDamaged(VaultError):
    """The vault's files are missing, edited or corrupted."""


class VaultNotFound(VaultError):
    """There is no vault in the given folder."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class VaultLocked(VaultError):
    """Another process has this vault open."""


class VaultReadOnly(VaultError):
    """The vault folder cannot be written to."""


class WeakPassphrase(VaultError):
    """The new passphrase is empty or too short."""


class StorageFull(VaultError):
    """The disk is full or a write failed; nothing was changed."""


class EvidenceError(VaultError):
    """An evidence file could not be read, stored or opened."""


class OutputRefused(VaultError):
    """A file the user asked for cannot be written where they asked; nothing was written."""


class InputRefused(VaultError):
    """A file given to Casefile to read is not an ordinary, readable file."""


class VaultWiped(VaultError):
    """The vault was destroyed after too many failed unlocks, as its owner had asked."""


class VaultBusy(VaultError):
    """Another change to the vault's keys is in progress."""
