"""The SQLCipher database, opened fail-closed with a raw 256-bit key."""

from __future__ import annotations

import os
import re
import secrets
import stat
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from storage import audit, walguard
from storage.errors import (
    AuditLogBroken,
    CasefileError,
    DatabasePagesDamaged,
    NewerVault,
    NoEncryption,
    VaultBusy,
    VaultDamaged,
    VaultError,
)
from storage.fsutil import translate_os_error
from storage.migrations import LATEST, MIGRATIONS
from storage.pagecheck import UNLOCK_BUDGET, check_pages

DatabaseError = sqlcipher3.DatabaseError

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    # Checkpoints are ours (``Database.checkpoint``): each log then starts at a known point, which
    # the first transaction written into it records for the WAL guard.
    "PRAGMA wal_autocheckpoint = 0",
)
# Checkpoint after a commit once the log holds about as much as SQLite's default (1000 pages).
CHECKPOINT_BYTES = 4 * 1024 * 1024
LOW_SPACE_BYTES = 1024 * 1024  # below this, an I/O error from SQLite is taken for a full disk
_CHECKPOINT_SQL = re.compile(r"\s*PRAGMA\s+wal_checkpoint\b", re.IGNORECASE)


def holds_vault(path: Path, key: bytes, vault_id: str) -> bool:
    """Does ``path`` exist, open with ``key`` and belong to ``vault_id``? Reads only; writes nothing.

    An empty file opens with any key, so the vault id inside is what decides. ``immutable=1``: SQLite
    ignores any log beside the file and writes nothing, whatever the key."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlcipher3.connect(f"file:{quote(str(path))}?immutable=1", uri=True, isolation_level=None)
    except sqlcipher3.Error:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        return row is not None and row[0] == vault_id
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()


def _connect(path: Path, key: bytes, *, create: bool) -> sqlcipher3.Connection:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    if not create and not path.is_file():
        raise VaultDamaged("The vault's database file is missing.")
    if create and path.exists():
        raise VaultDamaged("A database file already exists where a new vault was to be created.")
    # mode=rw never creates a file: an open that fails must not leave a fresh,
    # possibly unkeyed, database behind.
    if create:
        # SQLite would create it 0644 (less the umask); the journal files it makes copy this mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise translate_os_error(exc, "creating the vault's database") from None
    scratch = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]
    uri = f"file:{quote(str(path))}?mode={'rwc' if create else 'rw'}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise VaultDamaged("The vault's database could not be opened.") from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The key must be the first statement that touches the file.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise NoEncryption()
        # A wrong key shows only on the first read: probe now.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not create and int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
            # Never answer an open by writing a fresh schema (nor even switching the journal mode).
            raise VaultDamaged("The vault's database holds no tables; Casefile left it as it was.")
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        conn.execute("PRAGMA trusted_schema = OFF")
    except VaultError:
        conn.close()
        _remove_empty_scratch(scratch)
        raise
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        _remove_empty_scratch(scratch)
        if create:
            raise VaultDamaged("The vault's database could not be created.") from exc
        # The WAL guard has already shown that the key opens the database: what failed here is the
        # disk or the file (a full disk used to be reported as a wrong passphrase).
        raise _translate(exc, path, "opening the vault") from None
    return conn


def _remove_empty_scratch(created: list[Path]) -> None:
    """A failed open leaves the vault as it was: the journal and index SQLite has just made for it
    (an empty log, an index of nothing; the vault lock keeps any other process out) go again."""
    for p in created:
        try:
            if p.name.endswith("-shm") or p.stat().st_size == 0:
                p.unlink()
        except OSError:
            pass


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _check_existing(path: Path) -> None:
    """Refuse, before SQLite sees it, a database file SQLite would answer by writing a new one."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise VaultDamaged("The vault's database file is missing.") from None
    except OSError as exc:
        raise translate_os_error(exc, "opening the vault") from None
    if not stat.S_ISREG(info.st_mode):
        raise VaultDamaged("The vault's database (casefile.db) is not a regular file; Casefile left it untouched.")
    if info.st_size == 0:
        raise VaultDamaged(
            "The vault's database file (casefile.db) is empty; Casefile left it untouched. "
            "Restore it from a backup, or open the vault with the recovery code on the machine that has it."
        )


class Database:
    """One keyed connection, shared by threads under a lock."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.lock = threading.RLock()
        self._depth = 0
        self._path = path
        self._identity = _file_identity(path) if path is not None else None
        self._wal_path = Path(f"{path}{walguard.WAL_SUFFIX}") if path is not None else None
        self._generation_base: int | None = None  # set when the next write starts a new log
        self._migrating = False
        self.notices: list[CasefileError] = []  # for the user: what the WAL guard set aside, damage found

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        notices: list[CasefileError] = []
        if not create:
            _check_existing(path)
            # Before SQLite may apply a leftover log: is it this database's current one?
            notices = walguard.guard(path, key)
        db = cls(_connect(path, key, create=create), path)
        db.notices = notices
        try:
            db.migrate()
        except BaseException:
            db.close()
            raise
        try:
            db.checkpoint()  # start from an empty log; on a full disk, go on with the log as it is
        except VaultError:
            pass
        if not create:
            db.notices += db._unlock_findings(path, key)
        return db

    def _unlock_findings(self, path: Path, key: bytes) -> list[CasefileError]:
        """The cheap checks run at every unlock: every page's MAC (a sample past 64 MiB), and the
        audit log's last row and kept key. Damage is told, not hidden; the vault still opens."""
        with self.lock:
            page_size = int(self.conn.execute("PRAGMA page_size").fetchone()[0])
            is_vault = self.conn.execute("SELECT 1 FROM meta WHERE key = 'vault_id'").fetchone() is not None
            audit_problems = audit.quick_problems(self.conn) if is_vault else []
        sentence = check_pages(path, key, page_size=page_size, budget_bytes=UNLOCK_BUDGET).sentence()
        found: list[CasefileError] = [DatabasePagesDamaged(sentence)] if sentence else []
        return found + [AuditLogBroken(problem=p) for p in audit_problems]

    def close(self) -> None:
        with self.lock:
            try:
                self.conn.close()
            except sqlcipher3.Error:
                pass

    # -- schema -------------------------------------------------------------------

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int = LATEST) -> None:
        current = self.version
        if current > LATEST:
            raise NewerVault()
        for version in range(current + 1, target + 1):
            self._migrating = True  # schema changes count no rows, yet write pages: stamp them too
            try:
                with self.transaction():
                    for statement in MIGRATIONS[version - 1]:
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {version}")
            finally:
                self._migrating = False

    # -- statements -----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error. Nested calls join the outer one."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as exc:
                raise _translate(exc, self._path) from None
            self._depth = 1
            changes_before = self.conn.total_changes
            try:
                yield self.conn
            except BaseException:
                self._depth = 0
                try:
                    self.conn.execute("ROLLBACK")
                except sqlcipher3.Error:
                    pass
                raise
            self._depth = 0
            try:
                self._still_in_place()
                # A transaction that changed nothing writes nothing, not even a stamp.
                stamped = self.conn.total_changes != changes_before or self._migrating
                if stamped:
                    self._stamp()
                self.conn.execute("COMMIT")
            except BaseException as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlcipher3.Error:
                    pass
                if isinstance(exc, sqlcipher3.Error):
                    raise _translate(exc, self._path) from None
                raise
            if stamped:
                self._generation_base = None
            self._checkpoint_if_large()

    def _still_in_place(self) -> None:
        """A vault wiped (or moved) by another process while this one has it open: its file is gone,
        and a commit would go into an unlinked file. Refuse, so nothing is acknowledged."""
        if self._path is not None and _file_identity(self._path) != self._identity:
            raise VaultDamaged("The vault was wiped or moved while it was open here; this change was not saved.")

    # -- the log ----------------------------------------------------------------------------

    def _stamp(self) -> None:
        """A new random stamp in the database header, and, in a log's first transaction, the stamp the
        log starts from: what the WAL guard compares (storage/walguard.py)."""
        if self._generation_base is not None and self._has_meta():
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (walguard.WAL_BASE_KEY, str(self._generation_base)),
            )
        self.conn.execute(f"PRAGMA application_id = {secrets.randbelow(2**31 - 1) + 1}")

    def _has_meta(self) -> bool:
        found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
        return found.fetchone() is not None

    def checkpoint(self) -> None:
        """Copy the log into the database file and empty it; the next write starts a new log."""
        with self.lock:
            try:
                row = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc, self._path) from None
            self._after_checkpoint(row)

    def _after_checkpoint(self, row: Sequence[int] | None) -> None:
        if row is None:
            return
        _busy, logged, copied = row
        if logged <= 0 or logged == copied:  # all in the database file: the next write restarts the log
            self._generation_base = int(self.conn.execute("PRAGMA application_id").fetchone()[0])

    def _checkpoint_if_large(self) -> None:
        if self._wal_path is None:
            return
        try:
            if self._wal_path.stat().st_size < CHECKPOINT_BYTES:
                return
            self.checkpoint()
        except (OSError, VaultError):
            pass  # the commit is durable in the log; the next commit tries again

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlcipher3.Row]:
        with self.lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc, self._path) from None

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> None:
        if _CHECKPOINT_SQL.match(sql):
            self.checkpoint()
            return
        with self.lock:
            try:
                self.conn.execute(sql, params)
            except sqlcipher3.IntegrityError:
                raise
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc, self._path) from None

    def integrity_problems(self) -> list[str]:
        """PRAGMA integrity_check and cipher_integrity_check; empty when all is well."""
        with self.lock:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            problems += [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            return problems


def _disk_full(path: Path | None) -> bool:
    """SQLite reports a disk with no room for its index (-shm) as an I/O error: look at the disk."""
    if path is None:
        return False
    try:
        info = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < LOW_SPACE_BYTES


def _translate(exc: sqlcipher3.Error, path: Path | None = None, what: str = "saving") -> Exception:
    text = str(exc).lower()
    if "full" in text or (("disk i/o" in text or "unable to open" in text) and _disk_full(path)):
        return translate_os_error(OSError(28, "No space left on device"), what)
    if "readonly" in text or "read-only" in text:
        return translate_os_error(OSError(30, "Read-only file system"), what)
    if "locked" in text or "busy" in text:
        return VaultBusy()
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return VaultDamaged("The vault's database is damaged.")
    return VaultError(f"The vault's database reported an error ({type(exc).__name__}).")
