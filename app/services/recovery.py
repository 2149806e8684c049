"""The recovery code: whether the user confirmed having it, and replacing it with a new one.

A vault's recovery code is shown once. The desktop app asks for its last group before going on;
if the app is closed while the code is on screen, the vault exists but nobody confirmed the code
was written down. That is remembered inside the vault (a ``meta`` row), so that each unlock can
remind the user until a code is confirmed: the old one cannot be shown again, so the remedy is a
new one (``prepare_new_code`` → show ``code`` → ``commit_new_code`` once its last group is typed).
A vault without the row (made by ``casefile init``, which prints the code, or before this existed)
counts as confirmed.
"""

from __future__ import annotations

from storage.vault import PendingRecoveryCode, Vault

UNCONFIRMED = "recovery_code_unconfirmed"


def mark_unconfirmed(vault: Vault) -> None:
    """The code was shown, and the user has not yet confirmed writing it down."""
    with vault.db.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (UNCONFIRMED, vault.now()))
        vault.record(conn, "vault.recovery_code_shown")


def mark_confirmed(vault: Vault) -> None:
    """The user typed back the code's last group: no more reminders."""
    with vault.db.transaction() as conn:
        gone = conn.execute("DELETE FROM meta WHERE key = ?", (UNCONFIRMED,)).rowcount
        if gone:
            vault.record(conn, "vault.recovery_code_confirmed")


def is_confirmed(vault: Vault) -> bool:
    return vault.db.one("SELECT 1 FROM meta WHERE key = ?", (UNCONFIRMED,)) is None


def prepare_new_code(vault: Vault) -> PendingRecoveryCode:
    """A new code, staged: the old one works until ``commit_new_code``; ``abandon()`` drops it."""
    return vault.prepare_recovery_code()


def commit_new_code(pending: PendingRecoveryCode) -> None:
    """The user has the new code (they typed its last group): it replaces the old one."""
    pending.commit()
    mark_confirmed(pending.vault)
