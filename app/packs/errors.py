"""Errors of contact cards and handoff packs: plain sentences a user can act on."""

from __future__ import annotations

from collections.abc import Sequence

from storage.errors import CasefileError


class PackError(CasefileError):
    """A pack could not be made, read or received; nothing was changed."""

    code = "pack_error"


class CardError(PackError):
    """A contact card is malformed, or its fingerprint does not match its keys."""

    code = "card_error"


class PartnerNotFound(PackError):
    """No partner card in this vault matches what the user named."""

    code = "partner_not_found"


class PackAlreadyReceived(PackError):
    """This pack (same pack id) was received before; nothing was imported again."""

    code = "pack_already_received"


class PackRefused(PackError):
    """Verification failed; the message lists every failure found. Nothing was imported."""

    code = "pack_refused"

    def __init__(self, failures: Sequence[str], lead: str = "The pack was refused; nothing was imported.") -> None:
        self.failures = list(failures)
        super().__init__("\n  - ".join([lead, *self.failures]) if self.failures else lead)


class DerivativeError(PackError):
    """A metadata-free copy of an image could not be made."""

    code = "derivative_error"
