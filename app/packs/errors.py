"""Errors of contact cards and handoff packs: plain sentences a user can act on."""

from __future__ import annotations

from collections.abc import Sequence

from storage.errors import VaultError


class PackError(VaultError):
    """A pack could not be made, read or received; nothing was changed."""


class CardError(PackError):
    """A contact card is malformed, or its fingerprint does not match its keys."""


class PartnerNotFound(PackError):
    """No partner card in this vault matches what the user named."""


class PackAlreadyReceived(PackError):
    """This pack (same pack id) was received before; nothing was imported again."""


class PackRefused(PackError):
    """Verification failed; the message lists every failure found. Nothing was imported."""

    def __init__(self, failures: Sequence[str], lead: str = "The pack was refused; nothing was imported.") -> None:
        self.failures = list(failures)
        super().__init__("\n  - ".join([lead, *self.failures]) if self.failures else lead)


class DerivativeError(PackError):
    """A metadata-free copy of an image could not be made."""
