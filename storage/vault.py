"""The vault: a folder holding ``vault.json``, ``casefile.db`` and ``evidence/``.

Key hierarchy (DESIGN §3): passphrase ─Argon2id→ KEK (optionally mixed with a
device pepper) ─AES-GCM→ DEK ─HKDF→ SQLCipher raw key. The vault's age
identity and signing key live inside the encrypted database.
"""

from __future__ import annotations

import base64
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage import audit
from storage.clock import Clock, SystemClock, iso
from storage.database import Database, holds_vault
from storage.errors import (
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    WeakPassphrase,
    WrongPassphrase,
)
from storage.evidence import EvidenceStore
from storage.fsutil import fsync_dir, overwrite_in_place, translate_os_error
from storage.header import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    Header,
    hkdf,
    new_recovery_code,
    normalise_recovery_code,
    passphrase_bytes,
)
from storage.kdf import RECOVERY_PARAMS, KdfParams, calibrate
from storage.keystore import KeyStore, KeyStoreUnavailable, NoKeyStore
from storage.progress import CancelToken, Progress, no_progress

HEADER_NAME = "vault.json"
DB_NAME = "casefile.db"
EVIDENCE_DIR = "evidence"
LOCK_NAME = "vault.lock"
NEXT_SUFFIX = ".next"  # files of a DEK rotation not yet committed
MIN_PASSPHRASE_CHARS = 8


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases that protect nothing."""
    if not passphrase or not passphrase.strip():
        raise WeakPassphrase("The passphrase is empty.")
    if "\0" in passphrase:
        raise WeakPassphrase("The passphrase contains a NUL character, which some keyboards cannot type again.")
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(f"The passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters.")


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
            raise VaultLocked("This vault is already open in another Casefile window or process.") from None

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = -1


VaultLock = _FolderLock  # for commands that must hold the vault without opening it (wipe)


def _check_writable(folder: Path) -> None:
    if not os.access(folder, os.W_OK):
        raise VaultReadOnly("The vault folder is read-only; Casefile needs to write to it to open the vault.")


def _db_key(dek: bytes) -> bytes:
    return hkdf(dek, b"casefile/v1/sqlcipher")


class Vault:
    """An unlocked vault. Use ``Vault.create`` or ``Vault.open``; ``close()`` when done."""

    def __init__(
        self,
        folder: Path,
        header: Header,
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
        self.notices: list[str] = list(db.notices)  # for the user: what opening found and set aside
        self.identity = pyrage.x25519.Identity.from_str(self._meta("age_identity"))
        self.evidence = EvidenceStore(folder / EVIDENCE_DIR, self.identity)
        self.swept_orphans = self.evidence.sweep(self._referenced_blobs())

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
        kdf = kdf or calibrate()
        if not kdf.at_floor() and not allow_below_floor:
            raise ValueError("key-derivation parameters below the floor (m = 64 MiB, t = 3)")
        keystore = keystore or NoKeyStore()
        clock = clock or SystemClock()
        if folder.exists() and any(folder.iterdir()):
            if (folder / HEADER_NAME).exists() or (folder / DB_NAME).exists():
                raise VaultExists("A vault already exists in this folder.")
            raise VaultExists("The folder for the new vault is not empty; choose an empty or new folder.")
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
            header = Header(vault_id=vault_id, slots=[])
            header.set_slot(header.new_slot(PASSPHRASE_SLOT, passphrase_bytes(passphrase), dek, kdf, pepper))
            header.set_slot(header.new_slot(RECOVERY_SLOT, normalise_recovery_code(code), dek, RECOVERY_PARAMS, None))
            db = Database.open(staging / DB_NAME, _db_key(dek), create=True)
            try:
                with db.transaction() as conn:
                    signing = Ed25519PrivateKey.generate().private_bytes_raw()
                    rows = {
                        "vault_id": vault_id,
                        "created": iso(clock.now()),
                        "age_identity": str(pyrage.x25519.Identity.generate()),
                        "signing_key": base64.b64encode(signing).decode(),
                    }
                    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows.items())
                    audit.append(conn, at=iso(clock.now()), actor="user", action="vault.create")
            finally:
                db.close()
            header.write(staging / HEADER_NAME)
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
        header_path, db_path = folder / HEADER_NAME, folder / DB_NAME
        if not folder.is_dir():
            raise VaultNotFound("There is no vault in this folder.")
        has_header, has_db = header_path.exists(), db_path.exists() or (folder / (DB_NAME + NEXT_SUFFIX)).exists()
        if not has_header and not has_db:
            raise VaultNotFound("There is no vault in this folder.")
        if not has_header:
            raise VaultDamaged("The vault header (vault.json) is missing; the vault cannot be unlocked.")
        if not has_db:
            raise VaultDamaged("The vault's database (casefile.db) is missing.")
        if not header_path.is_file():  # a folder or a named pipe: never opened (a pipe would hang)
            raise VaultDamaged("The vault header (vault.json) is not an ordinary file; the vault cannot be unlocked.")
        _check_writable(folder)
        if not (folder / EVIDENCE_DIR).is_dir():
            raise VaultDamaged("The vault's evidence folder is missing.")
        lock = _FolderLock(folder)
        try:
            header = Header.read(header_path)
            if recovery_code is not None:
                slot_id, secret = RECOVERY_SLOT, normalise_recovery_code(recovery_code)
            else:
                slot_id, secret = PASSPHRASE_SLOT, passphrase_bytes(passphrase or "")
            if not secret:
                raise WrongPassphrase("The passphrase is empty.")
            slot = header.slot(slot_id)
            pepper = None
            if slot.pepper or any(s.pepper for s in header.slots):
                try:
                    pepper = keystore.get_pepper(header.vault_id)
                except KeyStoreUnavailable as exc:
                    if slot.pepper:
                        raise WrongPassphrase(f"{exc} Use the recovery code to open this vault.") from None
            dek = header.unwrap(slot_id, secret, pepper)
            _finish_or_drop_rotation(folder, _db_key(dek), header.vault_id)
            db = Database.open(db_path, _db_key(dek))
            try:
                row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
                if row is None or row[0] != header.vault_id:
                    raise VaultDamaged("The database does not belong to this vault header.")
                return cls(folder, header, dek, db, lock, keystore, pepper, clock)
            except BaseException:
                db.close()
                raise
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        """Close the database and forget the data key."""
        self.db.close()
        self._dek = b""
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

    @property
    def bound_to_device(self) -> bool:
        return self.header.slot(PASSPHRASE_SLOT).pepper

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

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams | None = None, allow_below_floor: bool = False
    ) -> None:
        """Re-wrap the data key under a new passphrase; one atomic header write."""
        check_new_passphrase(new_passphrase)
        kdf = kdf or calibrate()
        if not kdf.at_floor() and not allow_below_floor:
            raise ValueError("key-derivation parameters below the floor")
        pepper = self._pepper if self.bound_to_device else None
        header = Header(self.header.vault_id, list(self.header.slots))
        header.set_slot(header.new_slot(PASSPHRASE_SLOT, passphrase_bytes(new_passphrase), self._dek, kdf, pepper))
        header.write(self.folder / HEADER_NAME)
        self.header = header
        with self.db.transaction() as conn:
            self.record(conn, "vault.passphrase_changed")

    def new_recovery_code(self) -> str:
        """Replace the recovery slot; the old code stops working."""
        code = new_recovery_code()
        header = Header(self.header.vault_id, list(self.header.slots))
        header.set_slot(header.new_slot(RECOVERY_SLOT, normalise_recovery_code(code), self._dek, RECOVERY_PARAMS, None))
        header.write(self.folder / HEADER_NAME)
        self.header = header
        with self.db.transaction() as conn:
            self.record(conn, "vault.recovery_code_replaced")
        return code

    def rotate_data_key(
        self,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        allow_below_floor: bool = False,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> str:
        """For a compromised passphrase: new DEK, new database key, new age identity, all evidence
        re-encrypted, new recovery code (returned). Crash-safe: the header rename is the commit point;
        on open, leftover ``.next`` files are finished or dropped."""
        check_new_passphrase(new_passphrase)
        kdf = kdf or calibrate()
        if not kdf.at_floor() and not allow_below_floor:
            raise ValueError("key-derivation parameters below the floor")
        new_dek = secrets.token_bytes(32)
        new_identity = pyrage.x25519.Identity.generate()
        new_signing = Ed25519PrivateKey.generate().private_bytes_raw()
        next_db = self.folder / (DB_NAME + NEXT_SUFFIX)
        blobs = self._referenced_blobs()
        total = len(blobs) + 2
        try:
            # 1. A re-keyed copy of the database holding the new identities.
            with self.db.lock:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                for p in (next_db, Path(f"{next_db}-wal"), Path(f"{next_db}-shm")):
                    p.unlink(missing_ok=True)
                conn = self.db.conn
                conn.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{_db_key(new_dek).hex()}'\"", (str(next_db),))
                try:
                    conn.execute("PRAGMA rotated.journal_mode = DELETE")
                    conn.execute("SELECT sqlcipher_export('rotated')")
                    user_version = self.db.version
                    conn.execute(f"PRAGMA rotated.user_version = {user_version}")
                    conn.execute("UPDATE rotated.meta SET value = ? WHERE key = 'age_identity'", (str(new_identity),))
                    conn.execute(
                        "UPDATE rotated.meta SET value = ? WHERE key = 'signing_key'",
                        (base64.b64encode(new_signing).decode(),),
                    )
                    audit.append(conn, at=self.now(), actor="user", action="vault.data_key_rotated", schema="rotated")
                finally:
                    conn.execute("DETACH DATABASE rotated")
            _fsync_file(next_db)
            progress(1, total, "database re-keyed")
            # 2. Every evidence file re-encrypted to the new identity, beside the old one.
            new_store = EvidenceStore(self.folder / EVIDENCE_DIR, new_identity)
            for i, blob_id in enumerate(blobs, start=2):
                if cancel is not None:
                    cancel.check()
                _reencrypt(self.evidence, new_store, blob_id)
                progress(i, total, "evidence re-encrypted")
            if cancel is not None:
                cancel.check()
            # 3. Commit: the header now unwraps the new DEK.
            header = Header(self.header.vault_id, [])
            pepper = self._pepper if self.bound_to_device else None
            code = new_recovery_code()
            header.set_slot(header.new_slot(PASSPHRASE_SLOT, passphrase_bytes(new_passphrase), new_dek, kdf, pepper))
            header.set_slot(
                header.new_slot(RECOVERY_SLOT, normalise_recovery_code(code), new_dek, RECOVERY_PARAMS, None)
            )
            header.write(self.folder / HEADER_NAME)
        except BaseException:
            _drop_rotation(self.folder)
            raise
        # 4. Roll forward now (open() would do the same after a crash).
        self.db.close()
        _finish_or_drop_rotation(self.folder, _db_key(new_dek), self.vault_id)
        self.header, self._dek = header, new_dek
        self.db = Database.open(self.folder / DB_NAME, _db_key(new_dek))
        self.identity = new_identity
        self.evidence = EvidenceStore(self.folder / EVIDENCE_DIR, new_identity)
        progress(total, total, "done")
        return code

    # -- panic ------------------------------------------------------------------------

    def wipe(self) -> None:
        """Crypto-shred this (open) vault; see ``wipe_vault``."""
        folder, keystore = self.folder, self.keystore
        self.close()
        wipe_vault(folder, keystore)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _reencrypt(old: EvidenceStore, new: EvidenceStore, blob_id: str) -> None:
    import io

    tmp = new.folder / f"{blob_id}{NEXT_SUFFIX}"
    # Evidence plaintext passes through memory only, a chunk at a time, via a pipe thread.
    r_fd, w_fd = os.pipe()
    import threading

    errors: list[BaseException] = []

    def produce() -> None:
        try:
            with open(w_fd, "wb", closefd=True) as w:
                old.decrypt_to(blob_id, w)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    t = threading.Thread(target=produce, daemon=True)
    t.start()
    try:
        with open(r_fd, "rb", closefd=True) as r, open(tmp, "wb") as out:
            pyrage.encrypt_io(io.BufferedReader(r), out, [new._recipient])  # noqa: SLF001
            out.flush()
            os.fsync(out.fileno())
    finally:
        t.join()
    if errors:
        tmp.unlink(missing_ok=True)
        raise errors[0]


def _drop_rotation(folder: Path) -> None:
    for p in [
        folder / (DB_NAME + NEXT_SUFFIX),
        folder / (DB_NAME + NEXT_SUFFIX + "-wal"),
        folder / (DB_NAME + NEXT_SUFFIX + "-shm"),
    ]:
        p.unlink(missing_ok=True)
    for p in (folder / EVIDENCE_DIR).glob(f"*{NEXT_SUFFIX}"):
        p.unlink(missing_ok=True)


def _finish_or_drop_rotation(folder: Path, db_key: bytes, vault_id: str) -> None:
    """After a crash mid-rotation: if the header's key opens the new database (and not the old one),
    the rotation committed, so finish the renames; otherwise drop the half-made files."""
    next_db = folder / (DB_NAME + NEXT_SUFFIX)
    if not next_db.exists():
        _drop_rotation(folder)
        return
    if holds_vault(folder / DB_NAME, db_key, vault_id) or not holds_vault(next_db, db_key, vault_id):
        _drop_rotation(folder)  # not committed (or the copy is incomplete): the old files stay
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


def wipe_vault(
    folder: Path | str, keystore: KeyStore | None = None, on_keys_destroyed: Callable[[], None] | None = None
) -> None:
    """Panic wipe: destroy the key slots first (after that nothing opens), then everything else."""
    folder = Path(folder)
    header_path = folder / HEADER_NAME
    vault_id = None
    try:
        vault_id = Header.read(header_path).vault_id
    except Exception:  # noqa: BLE001 - a damaged header is wiped all the same
        pass
    overwrite_in_place(header_path)
    header_path.unlink(missing_ok=True)
    fsync_dir(folder)
    if vault_id and keystore is not None:
        keystore.delete_pepper(vault_id)
    if on_keys_destroyed is not None:
        on_keys_destroyed()
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + NEXT_SUFFIX):
        (folder / name).unlink(missing_ok=True)
    shutil.rmtree(folder / EVIDENCE_DIR, ignore_errors=True)
    (folder / LOCK_NAME).unlink(missing_ok=True)
    for leftover in folder.iterdir():
        if leftover.is_file():
            leftover.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass
