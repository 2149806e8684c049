"""Data-key rotation, for a passphrase that may be compromised: a new data key, database key, age
identity, signing key and recovery code, all evidence re-encrypted.

Two phases, so that no recovery code is ever committed before the user has it: ``prepare`` writes a
re-keyed copy of the database and of every evidence file beside the originals (``.next``) and stages
the new key slots in the header; the caller shows the new recovery code; ``commit`` activates the new
slots (the commit point) and rolls the files forward. Until then the old passphrase and recovery code
keep working, and an open after a crash drops the ``.next`` files and the staged slots.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage import audit
from storage.age import Identity
from storage.database import holds_vault
from storage.errors import VaultError
from storage.evidence import FORMAT_BOUND, EvidenceStore
from storage.fsutil import fsync_dir
from storage.header import new_change_id
from storage.kdf import RECOVERY_PARAMS, KdfParams
from storage.layout import DB_NAME, EVIDENCE_DIR, NEXT_SUFFIX
from storage.progress import CancelToken, Progress, no_progress
from storage.slots import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    SlotParams,
    hkdf,
    new_recovery_code,
    normalise_recovery_code,
    passphrase_bytes,
    wrap,
)

if TYPE_CHECKING:
    from storage.vault import Vault


class VaultChangedMeanwhile(VaultError):
    """The vault was written to between preparing and committing a rotation."""

    code = "vault_changed_meanwhile"


def db_key(dek: bytes) -> bytes:
    return hkdf(dek, b"casefile/v1/sqlcipher")


@dataclass
class PendingRotation:
    """A prepared rotation: show ``code`` to the user, then ``commit()`` (or ``abandon()``)."""

    vault: Vault
    code: str
    change: str
    new_dek: bytes
    new_identity: Identity  # on the new contact card
    new_at_rest: Identity  # evidence at rest, never published
    _writes_seen: int
    done: bool = False

    def commit(self, progress: Progress = no_progress) -> None:
        vault = self.vault
        if self.done:
            raise RuntimeError("this rotation was already committed or abandoned")
        if vault.db.conn.total_changes != self._writes_seen:
            self.abandon()
            raise VaultChangedMeanwhile(
                "The vault changed while the new key was being prepared; nothing was rotated. Run it again."
            )
        self.done = True
        vault.header.activate(self.change)  # the commit point
        vault.db.close()
        finish_or_drop(vault.folder, db_key(self.new_dek), vault.vault_id)
        vault._switch_key(self.new_dek, self.new_identity, self.new_at_rest)  # noqa: SLF001 - the vault's own rotation
        vault.header.scrub()
        vault.end_key_change()

    def abandon(self) -> None:
        if self.done:
            return
        self.done = True
        try:
            drop(self.vault.folder)
        finally:
            self.vault.header.abandon(self.change)
            self.vault.end_key_change()


def prepare(
    vault: Vault,
    new_passphrase: str,
    kdf: KdfParams,
    pepper: bytes | None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> PendingRotation:
    new_dek = secrets.token_bytes(32)
    new_identity = Identity.generate()
    new_at_rest = Identity.generate()
    new_signing = Ed25519PrivateKey.generate().private_bytes_raw()
    change = new_change_id()
    folder = vault.folder
    next_db = folder / (DB_NAME + NEXT_SUFFIX)
    blobs = vault._referenced_blobs()  # noqa: SLF001
    total = len(blobs) + 3
    code = new_recovery_code()
    try:
        # 1. A re-keyed copy of the database holding the new identities and its own audit row.
        with vault.db.lock:
            vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for p in (next_db, Path(f"{next_db}-wal"), Path(f"{next_db}-shm")):
                p.unlink(missing_ok=True)
            conn = vault.db.conn
            conn.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{db_key(new_dek).hex()}'\"", (str(next_db),))
            try:
                conn.execute("PRAGMA rotated.journal_mode = DELETE")
                conn.execute("SELECT sqlcipher_export('rotated')")
                conn.execute(f"PRAGMA rotated.user_version = {vault.db.version}")
                conn.execute("UPDATE rotated.meta SET value = ? WHERE key = 'age_identity'", (str(new_identity),))
                conn.execute("UPDATE rotated.meta SET value = ? WHERE key = 'evidence_identity'", (str(new_at_rest),))
                conn.execute("UPDATE rotated.evidence SET blob_format = ? WHERE blob_id IS NOT NULL", (FORMAT_BOUND,))
                conn.execute(
                    "UPDATE rotated.meta SET value = ? WHERE key = 'signing_key'",
                    (base64.b64encode(new_signing).decode(),),
                )
                conn.execute("DELETE FROM rotated.meta WHERE key = 'key_change_pending'")
                audit.append(
                    conn,
                    at=vault.now(),
                    actor="user",
                    action="vault.data_key_rotated",
                    details={"change": change},
                    schema="rotated",
                )
            finally:
                conn.execute("DETACH DATABASE rotated")
            writes_seen = conn.total_changes
        _fsync_file(next_db)
        progress(1, total, "database re-keyed")
        # 2. Every evidence file re-encrypted to the new at-rest identity, beside the old one.
        new_store = EvidenceStore(folder / EVIDENCE_DIR, new_at_rest)
        for i, blob_id in enumerate(blobs, start=2):
            if cancel is not None:
                cancel.check()
            new_store.copy_from(vault.evidence, blob_id, folder / EVIDENCE_DIR / f"{blob_id}{NEXT_SUFFIX}")
            progress(i, total, "evidence re-encrypted")
        if cancel is not None:
            cancel.check()
        # 3. The new slots, staged: written, not yet in use.
        for slot_id, secret, params, slot_pepper in (
            (PASSPHRASE_SLOT, passphrase_bytes(new_passphrase), kdf, pepper),
            (RECOVERY_SLOT, normalise_recovery_code(code), RECOVERY_PARAMS, None),
        ):
            slot = SlotParams(slot_id, params, secrets.token_bytes(16), slot_pepper is not None)
            vault.header.stage(slot, wrap(slot, vault.vault_id, secret, new_dek, slot_pepper), change)
        progress(total - 1, total, "new keys ready")
    except BaseException:
        drop(folder)
        vault.header.abandon(change)
        raise
    return PendingRotation(vault, code, change, new_dek, new_identity, new_at_rest, writes_seen)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def drop(folder: Path) -> None:
    for p in [
        folder / (DB_NAME + NEXT_SUFFIX),
        folder / (DB_NAME + NEXT_SUFFIX + "-wal"),
        folder / (DB_NAME + NEXT_SUFFIX + "-shm"),
    ]:
        p.unlink(missing_ok=True)
    for p in (folder / EVIDENCE_DIR).glob(f"*{NEXT_SUFFIX}"):
        p.unlink(missing_ok=True)


def finish_or_drop(folder: Path, key: bytes, vault_id: str) -> None:
    """After a crash mid-rotation: if the header's key opens the new database (and not the old one),
    the rotation committed, so finish the renames; otherwise drop the half-made files."""
    next_db = folder / (DB_NAME + NEXT_SUFFIX)
    if not next_db.exists():
        drop(folder)
        return
    if holds_vault(folder / DB_NAME, key, vault_id) or not holds_vault(next_db, key, vault_id):
        drop(folder)  # not committed (or the copy is incomplete): the old files stay
        return
    for suffix in ("-wal", "-shm"):
        (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
    for p in (folder / EVIDENCE_DIR).glob(f"*{NEXT_SUFFIX}"):
        os.replace(p, p.with_name(p.name[: -len(NEXT_SUFFIX)]))
    fsync_dir(folder / EVIDENCE_DIR)
    for suffix in ("-wal", "-shm"):  # the copy is in rollback-journal mode: these hold nothing of it
        (folder / (DB_NAME + NEXT_SUFFIX + suffix)).unlink(missing_ok=True)
    os.replace(next_db, folder / DB_NAME)
    fsync_dir(folder)
