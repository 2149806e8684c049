"""The optional limit on failed unlocks: wipe the vault after N wrong passphrases in a row.

The counter lives in the header's metadata, so it survives a crash and moves with the header's
sequence number. It is raised and synced *before* the key derivation runs (killing the process
mid-attempt still counts) and reset only after a success. A counter that is missing or unreadable
while a limit is set counts as the maximum. Restoring an older header resets it: that cannot be
prevented without hardware, but it is noticed at the next unlock (see ``keychange.reconcile``).
"""

from __future__ import annotations

from storage.header import KeyHeader, LegacyHeader

MIN_LIMIT = 3
MAX_LIMIT = 100


class AttemptsExhausted(Exception):
    """The limit is reached: the vault must be wiped now."""


def _limit(header: KeyHeader | LegacyHeader) -> int:
    return header.meta.guard_limit if isinstance(header, KeyHeader) else 0


def before_attempt(header: KeyHeader | LegacyHeader) -> None:
    limit = _limit(header)
    if not limit:
        return
    assert isinstance(header, KeyHeader)
    failed = header.meta.guard_failed
    if failed is None or failed >= limit:
        raise AttemptsExhausted
    header.set_failed(failed + 1)


def attempts_left(header: KeyHeader | LegacyHeader) -> int | None:
    """After a failed attempt: how many remain (None when no limit is set); raises when none."""
    limit = _limit(header)
    if not limit:
        return None
    assert isinstance(header, KeyHeader)
    left = limit - (header.meta.guard_failed or limit)
    if left <= 0:
        raise AttemptsExhausted
    return left


def after_success(header: KeyHeader | LegacyHeader) -> None:
    if isinstance(header, KeyHeader) and header.meta.guard_failed != 0:
        header.set_failed(0)
