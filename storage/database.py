"""The SQLCipher database, opened fail-closed with a raw 256-bit key."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from storage.errors import NewerVault, NoEncryption, VaultBusy, VaultDamaged, VaultError, WrongDatabaseKey
from storage.fsutil import translate_os_error
from storage.migrations import LATEST, MIGRATIONS

DatabaseError = sqlcipher3.DatabaseError

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)


def holds_vault(path: Path, key: bytes, vault_id: str) -> bool:
    """Does ``path`` exist, open with ``key`` and belong to ``vault_id``? Reads only; writes nothing.

    An empty file opens with any key, so the vault id inside is what decides."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlcipher3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
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
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        conn.execute("PRAGMA trusted_schema = OFF")
    except VaultError:
        conn.close()
        raise
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if create:
            raise VaultDamaged("The vault's database could not be created.") from exc
        raise WrongDatabaseKey() from None
    return conn


class Database:
    """One keyed connection, shared by threads under a lock."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.lock = threading.RLock()
        self._depth = 0

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        db = cls(_connect(path, key, create=create))
        try:
            db.migrate()
        except BaseException:
            db.close()
            raise
        return db

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
            with self.transaction():
                for statement in MIGRATIONS[version - 1]:
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version}")

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
                raise _translate(exc) from None
            self._depth = 1
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
                self.conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlcipher3.Error:
                    pass
                raise _translate(exc) from None

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlcipher3.Row]:
        with self.lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc) from None

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> None:
        with self.lock:
            try:
                self.conn.execute(sql, params)
            except sqlcipher3.IntegrityError:
                raise
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc) from None

    def integrity_problems(self) -> list[str]:
        """PRAGMA integrity_check and cipher_integrity_check; empty when all is well."""
        with self.lock:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            problems += [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            return problems


def _translate(exc: sqlcipher3.Error) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        return translate_os_error(OSError(28, "No space left on device"), "saving")
    if "readonly" in text or "read-only" in text:
        return translate_os_error(OSError(30, "Read-only file system"), "saving")
    if "locked" in text or "busy" in text:
        return VaultBusy()
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return VaultDamaged("The vault's database is damaged.")
    return VaultError(f"The vault's database reported an error ({type(exc).__name__}).")
