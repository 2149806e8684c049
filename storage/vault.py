"""The vault: a folder holding ``vault.header``, ``casefile.db`` and ``evidence/``.

Key hierarchy (DESIGN §3): passphrase ─Argon2id→ KEK (optionally mixed with a
device pepper) ─AES-GCM→ DEK ─HKDF→ SQLCipher raw key. The vault's age
identity and signing key live inside the encrypted database.
"""

from __future__ import annotations

import base64
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage import audit, guard, keychange, rotation
from storage.age import Identity
from storage.clock import Clock, SystemClock, iso
from storage.database import Database
from storage.errors import (
    CasefileError,
    DatabaseMissing,
    EmptyPassphrase,
    EvidenceFolderMissing,
    EvidenceSetAside,
    FolderNotEmpty,
    ForeignDatabase,
    HeaderMissing,
    KeychainNeeded,
    KeyChangePending,
    NoPassphraseGiven,
    PassphraseTooShort,
    PassphraseWithNul,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    VaultWiped,
    WrongPassphrase,
    WrongPassphraseAttemptsLeft,
)
from storage.evidence import BlobRecord, EvidenceStore
from storage.fsutil import fsync_dir, translate_os_error
from storage.header import (
    KeyHeader,
    LegacyHeader,
    new_change_id,
    shred_file,
    shred_leftovers,
    upgrade_legacy,
)
from storage.kdf import LIGHT_FOR_TESTS_ENV, RECOVERY_PARAMS, KdfParams, calibrate, light_parameters_allowed
from storage.keystore import KeyStore, KeyStoreUnavailable, NoKeyStore
from storage.layout import DB_NAME, EVIDENCE_DIR, HEADER_NAME, LEGACY_HEADER_NAME, LOCK_NAME, NEXT_SUFFIX
from storage.progress import CancelToken, Progress, no_progress
from storage.rotation import PendingRotation, db_key
from storage.slots import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    SlotParams,
    new_recovery_code,
    normalise_recovery_code,
    passphrase_bytes,
    wrap,
)
from storage.wipe import wipe_vault

__all__ = [
    "DB_NAME",
    "EVIDENCE_DIR",
    "HEADER_NAME",
    "LEGACY_HEADER_NAME",
    "LOCK_NAME",
    "NEXT_SUFFIX",
    "PendingRecoveryCode",
    "PendingRotation",
    "Vault",
    "check_new_passphrase",
    "vault_exists",
    "wipe_vault",
]

MIN_PASSPHRASE_CHARS = 8


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases that protect nothing (the strength check proper is ``app.passphrase``)."""
    if not passphrase or not passphrase.strip():
        raise EmptyPassphrase()
    if "\0" in passphrase:
        raise PassphraseWithNul()
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooShort(min_chars=MIN_PASSPHRASE_CHARS)


def vault_exists(folder: Path) -> bool:
    """Whether a vault header (of either format) is in ``folder``."""
    return (folder / HEADER_NAME).exists() or (folder / LEGACY_HEADER_NAME).exists()


def _new_kdf(kdf: KdfParams | None, allow_below_floor: bool) -> KdfParams:
    kdf = kdf or calibrate()
    if not kdf.at_floor() and not allow_below_floor:
        raise ValueError("key-derivation parameters below the floor (m = 64 MiB, t = 3)")
    if not kdf.at_floor() and not light_parameters_allowed():
        # such a header would be refused when read back: fail before writing it
        raise ValueError(f"light key-derivation parameters are for tests only (set {LIGHT_FOR_TESTS_ENV}=1)")
    return kdf


class _FolderLock:
    """One process at a time: an exclusive advisory lock on ``vault.lock``."""

    def __init__(self, folder: Path) -> None:
        path = folder / LOCK_NAME
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise translate_os_error(exc, "opening the vault") from None
        try:
            import fcntl

            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # Windows: the database's own locking still guards writes
            pass
        except OSError:
            os.close(self.fd)
            raise VaultLocked() from None

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = -1


VaultLock = _FolderLock  # for commands that must hold the vault without opening it (wipe)


def _check_writable(folder: Path) -> None:
    if not os.access(folder, os.W_OK):
        raise VaultReadOnly()


@dataclass
class PendingRecoveryCode:
    """A new recovery code, written but not in use: show ``code``, then ``commit()`` or ``abandon()``.
    Until the commit the old code keeps working."""

    vault: Vault
    code: str
    change: str
    done: bool = False

    def commit(self) -> None:
        if self.done:
            raise RuntimeError("this recovery code was already committed or abandoned")
        self.done = True
        try:
            self.vault.commit_change(self.change, "vault.recovery_code_replaced")
        finally:
            self.vault.end_key_change()

    def abandon(self) -> None:
        if self.done:
            return
        self.done = True
        try:
            self.vault.header.abandon(self.change)
        finally:
            self.vault.end_key_change()


class Vault:
    """An unlocked vault. Use ``Vault.create`` or ``Vault.open``; ``close()`` when done."""

    def __init__(
        self,
        folder: Path,
        header: KeyHeader,
        dek: bytes,
        db: Database,
        lock: _FolderLock,
        keystore: KeyStore,
        pepper: bytes | None,
        clock: Clock,
    ) -> None:
        self.folder = folder
        self.header = header
        self._dek = dek
        self.db = db
        self._lock = lock
        self.keystore = keystore
        self._pepper = pepper
        self.clock = clock
        self.vault_id = header.vault_id
        self.notices: list[CasefileError] = list(db.notices)  # things found at unlock that the user should hear about
        self._key_change_busy = False
        self.identity = Identity.from_str(self._meta("age_identity"))  # on the contact card: packs to us
        self.evidence = self._evidence_store(self._evidence_identity())
        # Files no row refers to: moved aside and reported, never deleted (they may be someone's only copy).
        self.set_aside = self.evidence.set_aside_unknown(self._referenced_blobs())
        if self.set_aside:
            self.notices.append(EvidenceSetAside(count=len(self.set_aside)))

    # -- creating and opening ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        keystore: KeyStore | None = None,
        bind_to_device: bool = False,
        clock: Clock | None = None,
        allow_below_floor: bool = False,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it open, with the recovery code to show the user once."""
        folder = Path(folder)
        check_new_passphrase(passphrase)
        kdf = _new_kdf(kdf, allow_below_floor)
        keystore = keystore or NoKeyStore()
        clock = clock or SystemClock()
        if folder.exists() and any(folder.iterdir()):
            if vault_exists(folder) or (folder / DB_NAME).exists():
                raise VaultExists()
            raise FolderNotEmpty()
        parent = folder.parent
        parent.mkdir(parents=True, exist_ok=True)
        _check_writable(parent)
        # Build the vault in a sibling folder and rename it into place, so a crash
        # leaves either nothing or a complete vault.
        staging = parent / f".{folder.name}.creating-{secrets.token_hex(4)}"
        try:
            staging.mkdir(mode=0o700)
            (staging / EVIDENCE_DIR).mkdir(mode=0o700)
            vault_id = secrets.token_hex(16)
            dek = secrets.token_bytes(32)
            pepper = keystore.create_pepper(vault_id) if bind_to_device else None
            code = new_recovery_code()
            change = new_change_id()
            slots = []
            for slot_id, secret, params, slot_pepper in (
                (PASSPHRASE_SLOT, passphrase_bytes(passphrase), kdf, pepper),
                (RECOVERY_SLOT, normalise_recovery_code(code), RECOVERY_PARAMS, None),
            ):
                slot = SlotParams(slot_id, params, secrets.token_bytes(16), slot_pepper is not None)
                slots.append((slot, wrap(slot, vault_id, secret, dek, slot_pepper)))
            db = Database.open(staging / DB_NAME, db_key(dek), create=True)
            try:
                with db.transaction() as conn:
                    signing = Ed25519PrivateKey.generate().private_bytes_raw()
                    rows = {
                        "vault_id": vault_id,
                        "created": iso(clock.now()),
                        "age_identity": str(Identity.generate()),
                        "evidence_identity": str(Identity.generate()),
                        "signing_key": base64.b64encode(signing).decode(),
                    }
                    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows.items())
                    audit.append(
                        conn, at=iso(clock.now()), actor="user", action="vault.create", details={"change": change}
                    )
            finally:
                db.close()
            KeyHeader.write_new(staging / HEADER_NAME, vault_id, slots, change)
            fsync_dir(staging)
            if folder.exists():
                folder.rmdir()  # empty, checked above
            os.replace(staging, folder)
            fsync_dir(parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise translate_os_error(exc, "creating the vault") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls.open(folder, passphrase=passphrase, keystore=keystore, clock=clock)
        return vault, code

    @classmethod
    def open(
        cls,
        folder: Path | str,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        keystore: KeyStore | None = None,
        clock: Clock | None = None,
    ) -> Vault:
        """Unlock a vault with its passphrase or recovery code. Never creates anything."""
        folder = Path(folder)
        keystore = keystore or NoKeyStore()
        clock = clock or SystemClock()
        if not folder.is_dir():
            raise VaultNotFound()
        has_header = vault_exists(folder)
        has_db = (folder / DB_NAME).exists() or (folder / (DB_NAME + NEXT_SUFFIX)).exists()
        if not has_header and not has_db:
            raise VaultNotFound()
        if not has_header:
            raise HeaderMissing()
        if not has_db:
            raise DatabaseMissing()
        _check_writable(folder)
        if not (folder / EVIDENCE_DIR).is_dir():
            raise EvidenceFolderMissing()
        lock = _FolderLock(folder)
        header: KeyHeader | LegacyHeader | None = None
        try:
            shred_leftovers(folder)
            if (folder / HEADER_NAME).exists():
                header = KeyHeader.open(folder / HEADER_NAME)
            else:
                header = LegacyHeader.read(folder / LEGACY_HEADER_NAME)
            seq_at_open = header.seq
            if recovery_code is not None:
                slot_id, secret = RECOVERY_SLOT, normalise_recovery_code(recovery_code)
            else:
                slot_id, secret = PASSPHRASE_SLOT, passphrase_bytes(passphrase or "")
            if not secret:
                raise NoPassphraseGiven()
            slot = header.slot_params(slot_id)
            pepper = None
            if header.peppered():
                try:
                    pepper = keystore.get_pepper(header.vault_id)
                except KeyStoreUnavailable as exc:
                    if slot.pepper:
                        raise KeychainNeeded(keychain=exc) from None
            dek = _unwrap_counted(header, slot_id, secret, pepper)
            rotation.finish_or_drop(folder, db_key(dek), header.vault_id)
            db = Database.open(folder / DB_NAME, db_key(dek))
            try:
                row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
                if row is None or row[0] != header.vault_id:
                    raise ForeignDatabase()
                upgraded = isinstance(header, LegacyHeader)
                if isinstance(header, LegacyHeader):
                    header = upgrade_legacy(folder, header)
                else:
                    shred_file(folder / LEGACY_HEADER_NAME)  # left by an upgrade cut short
                vault = cls(folder, header, dek, db, lock, keystore, pepper, clock)
                if upgraded:
                    with db.transaction() as conn:
                        vault.record(conn, "vault.header_upgraded", details={"from": LEGACY_HEADER_NAME})
                vault.notices += keychange.reconcile(vault, seq_at_open)
                return vault
            except BaseException:
                db.close()
                raise
        except guard.AttemptsExhausted:
            if header is not None:
                header.close()
            wipe_vault(folder, keystore)
            lock.release()
            raise VaultWiped() from None
        except BaseException:
            if header is not None:
                header.close()
            lock.release()
            raise

    def close(self) -> None:
        """Close the database and forget the data key."""
        self.db.close()
        self._dek = b""
        self.header.close()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity ---------------------------------------------------------------------

    def _meta(self, key: str) -> str:
        row = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        if row is None:
            raise VaultDamaged(f"The vault's database lacks its {key.replace('_', ' ')}.")
        return row[0]

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(self._meta("signing_key")))

    def _referenced_blobs(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT blob_id FROM evidence WHERE blob_id IS NOT NULL")]

    def _evidence_identity(self) -> Identity:
        """The secret at-rest identity (never on the card); vaults made before it existed get one now."""
        row = self.db.one("SELECT value FROM meta WHERE key = 'evidence_identity'")
        if row is not None:
            return Identity.from_str(row[0])
        identity = Identity.generate()
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('evidence_identity', ?)", (str(identity),))
            self.record(conn, "vault.evidence_key_added")
        return identity

    def _evidence_store(self, at_rest: Identity) -> EvidenceStore:
        return EvidenceStore(
            self.folder / EVIDENCE_DIR, at_rest, legacy_identity=self.identity, lookup=self._blob_record
        )

    def _blob_record(self, blob_id: str) -> BlobRecord | None:
        row = self.db.one("SELECT sha256, size, blob_format FROM evidence WHERE blob_id = ?", (blob_id,))
        return None if row is None else BlobRecord(row[0], row[1], row[2])

    @property
    def bound_to_device(self) -> bool:
        return self.header.slot_params(PASSPHRASE_SLOT).pepper

    def now(self) -> str:
        return iso(self.clock.now())

    def record(
        self,
        conn: object,
        action: str,
        entity: str | None = None,
        entity_id: str | None = None,
        details: dict | None = None,
        actor: str = "user",
    ) -> None:
        """Append an audit row inside the caller's transaction."""
        audit.append(
            conn, at=self.now(), actor=actor, action=action, entity=entity, entity_id=entity_id, details=details
        )

    # -- key management ----------------------------------------------------------------

    def begin_key_change(self) -> None:
        if self._key_change_busy:
            raise KeyChangePending()
        self._key_change_busy = True

    def end_key_change(self) -> None:
        self._key_change_busy = False

    def commit_change(self, change: str, action: str, details: dict | None = None) -> None:
        """Audit row first (with a pending marker), then the header switch, then the old slot overwritten."""
        try:
            keychange.record_intent(self, change, action, details)
        except BaseException:
            self.header.abandon(change)
            raise
        try:
            self.header.activate(change)
        except BaseException:
            self.header.abandon(change)  # the next unlock records that the change did not happen
            raise
        self.header.scrub()
        keychange.clear_intent(self)

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams | None = None, allow_below_floor: bool = False
    ) -> None:
        """Re-wrap the data key under a new passphrase, in place; the recovery code keeps working."""
        check_new_passphrase(new_passphrase)
        kdf = _new_kdf(kdf, allow_below_floor)
        pepper = self._pepper if self.bound_to_device else None
        params = SlotParams(PASSPHRASE_SLOT, kdf, secrets.token_bytes(16), pepper is not None)
        record = wrap(params, self.vault_id, passphrase_bytes(new_passphrase), self._dek, pepper)
        change = new_change_id()
        self.begin_key_change()
        try:
            self.header.stage(params, record, change)
            self.commit_change(change, "vault.passphrase_changed")
        finally:
            self.end_key_change()

    def prepare_recovery_code(self) -> PendingRecoveryCode:
        """A new recovery code, staged: the old one works until ``commit()``."""
        code = new_recovery_code()
        params = SlotParams(RECOVERY_SLOT, RECOVERY_PARAMS, secrets.token_bytes(16), False)
        record = wrap(params, self.vault_id, normalise_recovery_code(code), self._dek, None)
        change = new_change_id()
        self.begin_key_change()
        try:
            self.header.stage(params, record, change)
        except BaseException:
            self.end_key_change()
            raise
        return PendingRecoveryCode(self, code, change)

    def prepare_rotation(
        self,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        allow_below_floor: bool = False,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> PendingRotation:
        """For a compromised passphrase: everything re-encrypted under a new data key, with a new
        recovery code (``PendingRotation.code``). Nothing changes until ``commit()``."""
        check_new_passphrase(new_passphrase)
        kdf = _new_kdf(kdf, allow_below_floor)
        pepper = self._pepper if self.bound_to_device else None
        self.begin_key_change()
        try:
            return rotation.prepare(self, new_passphrase, kdf, pepper, progress, cancel)
        except BaseException:
            self.end_key_change()
            raise

    def _switch_key(self, new_dek: bytes, new_identity: Identity, new_at_rest: Identity) -> None:
        """After a committed rotation: reopen on the new key."""
        self._dek = new_dek
        self.db = Database.open(self.folder / DB_NAME, db_key(new_dek))
        self.identity = new_identity
        self.evidence = self._evidence_store(new_at_rest)

    @property
    def unlock_limit(self) -> int:
        """Wipe after this many failed unlocks in a row; 0 when off."""
        return keychange.unlock_limit(self)

    def set_unlock_limit(self, limit: int) -> None:
        """Turn the attempt limit on (``guard.MIN_LIMIT`` to ``guard.MAX_LIMIT``) or off (0)."""
        if limit and not guard.MIN_LIMIT <= limit <= guard.MAX_LIMIT:
            raise ValueError(f"the limit must be 0 (off) or from {guard.MIN_LIMIT} to {guard.MAX_LIMIT}")
        change = new_change_id()
        keychange.record_intent(self, change, keychange.LIMIT_ACTION, {"limit": limit})
        self.header.set_guard(limit, change)
        keychange.clear_intent(self)

    # -- panic ------------------------------------------------------------------------

    def wipe(self) -> None:
        """Crypto-shred this (open) vault; see ``wipe_vault``."""
        folder, keystore = self.folder, self.keystore
        self.close()
        wipe_vault(folder, keystore)


def _unwrap_counted(header: KeyHeader | LegacyHeader, slot_id: str, secret: bytes, pepper: bytes | None) -> bytes:
    """Unwrap, counting the attempt against the limit (if one is set) before the KDF runs."""
    guard.before_attempt(header)
    try:
        dek = header.unwrap(slot_id, secret, pepper)
    except WrongPassphrase as exc:
        left = guard.attempts_left(header)
        if left is None:
            raise
        raise WrongPassphraseAttemptsLeft(reason=exc, left=left) from None
    guard.after_success(header)
    return dek
