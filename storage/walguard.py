"""The WAL guard: a leftover ``casefile.db-wal`` is checked before SQLite may apply it.

SQLite applies any write-ahead log it finds beside a database, checkpoints it into
the database and deletes it, even when the key turns out to be wrong; it cannot
tell a log of this database from one copied from another vault, nor a current
log from an old one put back. Applying a foreign or stale log destroys the vault.
So before the vault's database is opened:

1. the log is read as SQLite would read it (``storage.walformat``): the frames it
   would apply, and any whole transactions past a damaged frame;
2. every frame it would apply must carry a valid SQLCipher HMAC under this vault's
   key and this database file's salt (a log of another vault fails here);
3. the log must continue this database: every write transaction stamps a random
   ``application_id`` into the database header (page 1), and the first transaction
   of each log records the stamp it started from (``meta.wal_base``). A log is
   current if it started from the database's stamp, or if the database's first page
   is byte for byte one of the log's (a checkpoint from this log began), or if its
   last stamp is the database's; an older log put back fails here.

A log that fails is moved aside (never deleted) and the vault opens from its main
database; one with a damaged middle is applied up to the damage and a copy is kept.
The checks read the database with ``immutable=1`` (SQLite ignores the log) and a
read-only view made of a hard link to the database and a copy of the log in a
private folder: the vault's own files are never written by a check, whatever the key.
docs/vault-format.md explains the reasoning.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from storage.errors import CasefileError, JournalDamaged, JournalSetAside, VaultDamaged, WrongDatabaseKey
from storage.fsutil import fsync_dir, translate_os_error
from storage.pagecheck import first_page_authentic
from storage.walformat import SALT_BYTES, PageAuthenticator, WalLog, WalUnreadable, frames_of, read_log

WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"
SET_ASIDE = ".set-aside-"
CHECK_DIR_PREFIX = ".wal-check-"
WAL_BASE_KEY = "wal_base"


@dataclass(frozen=True)
class DatabaseHead:
    """What the database file alone says (its log ignored)."""

    page_size: int
    stamp: int
    first_page: bytes


def _query_readonly(uri: str, key: bytes, statements: list[str]) -> list[list[Any]] | None:
    """The first column of each statement's rows, from a read-only connection; None if the key
    does not open what the statements read."""
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error:
        return None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [[r[0] for r in conn.execute(sql).fetchall()] for sql in statements]
    except sqlcipher3.Error:
        return None
    finally:
        conn.close()


def read_head(db_path: Path, key: bytes) -> DatabaseHead | None:
    """The database's page size and stamp, read with ``immutable=1`` so that SQLite neither reads
    nor touches the log; None if the key does not open the first page."""
    uri = f"file:{quote(str(db_path))}?immutable=1"
    found = _query_readonly(uri, key, ["PRAGMA application_id", "PRAGMA page_size"])
    if found is None:
        return None
    stamp, page_size = int(found[0][0]), int(found[1][0])
    with open(db_path, "rb") as f:
        first = f.read(page_size)
    return DatabaseHead(page_size, stamp, first)


def _view_stamps(db_path: Path, wal_path: Path, key: bytes, *, full_check: bool) -> tuple[int, int | None] | None:
    """(stamp, base) of the database as it would be with the log applied, read from a private
    read-only view (a hard link to the database beside a copy of the log); None if unreadable,
    or, with ``full_check``, if any page of the view fails SQLite's own checks."""
    folder = db_path.parent / f"{CHECK_DIR_PREFIX}{secrets.token_hex(6)}"
    folder.mkdir(mode=0o700)
    try:
        view = folder / "view.db"
        try:
            os.link(db_path, view)
        except OSError:  # a file system without hard links: an encrypted copy instead
            shutil.copyfile(db_path, view)
        shutil.copyfile(wal_path, folder / ("view.db" + WAL_SUFFIX))
        statements = ["PRAGMA application_id", f"SELECT value FROM meta WHERE key = '{WAL_BASE_KEY}'"]
        statements += ["PRAGMA quick_check"] * full_check
        found = _query_readonly(f"file:{quote(str(view))}?mode=ro", key, statements)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if found is None or (full_check and found[2] != ["ok"]):
        return None
    stamp, base = found[0][0], found[1][0] if found[1] else None
    return int(stamp), int(base) if isinstance(base, str | int) and str(base).lstrip("-").isdigit() else None


def _set_aside(path: Path, tag: str) -> Path:
    target = path.with_name(f"{path.name}{SET_ASIDE}{tag}")
    os.rename(path, target)
    return target


def _tag() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


@contextmanager
def _in_folder(folder: Path, what: str) -> Iterator[None]:
    """File moves in the vault folder: made durable, and a failure told in plain words."""
    try:
        yield
        fsync_dir(folder)
    except OSError as exc:
        raise translate_os_error(exc, what) from None


def _move_aside(db_path: Path, why: str) -> JournalSetAside:
    """Move the log (and its index) aside; the notice to show the user."""
    wal = Path(f"{db_path}{WAL_SUFFIX}")
    shm = Path(f"{db_path}{SHM_SUFFIX}")
    tag = _tag()
    with _in_folder(db_path.parent, "setting the unusable journal file aside"):
        kept = _set_aside(wal, tag)
        if shm.exists() or shm.is_symlink():
            _set_aside(shm, tag)
    return JournalSetAside(name=wal.name, why=why, kept=kept.name)


def _keep_copy(db_path: Path, log: WalLog) -> JournalDamaged:
    wal = Path(f"{db_path}{WAL_SUFFIX}")
    copy = wal.with_name(f"{wal.name}{SET_ASIDE}{_tag()}")
    with _in_folder(db_path.parent, "keeping a copy of the damaged journal file"):
        shutil.copyfile(wal, copy)
        os.chmod(copy, 0o600)
    return JournalDamaged(name=wal.name, count=log.transactions, kept=copy.name)


def remove_check_leftovers(folder: Path) -> None:
    """Private check folders left by a crash during a check hold only a link and a copy."""
    for p in folder.glob(f"{CHECK_DIR_PREFIX}*"):
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)


def guard(db_path: Path, key: bytes) -> list[CasefileError]:
    """Check the log beside ``db_path`` before SQLite may open the database.

    Returns notices for the user (empty when there was nothing to say), after moving aside a log that
    is not this database's current one. Raises WrongDatabaseKey, having touched nothing, when the key
    opens neither the database nor the log: a wrong key never gets as far as SQLite's recovery."""
    remove_check_leftovers(db_path.parent)
    head = read_head(db_path, key)
    wal = Path(f"{db_path}{WAL_SUFFIX}")
    try:
        info = os.lstat(wal)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise translate_os_error(exc, "opening the vault") from None
    if info is None or (stat.S_ISREG(info.st_mode) and info.st_size == 0):
        if head is None:
            raise _unreadable(db_path, key)
        return []
    if head is None:
        # SQLite cannot read the database file with this key. If the key opens every frame the log
        # would apply, the key is right and the first page was torn mid-checkpoint: the log repairs it.
        if stat.S_ISREG(info.st_mode) and _log_proves_key(db_path, wal, key):
            return []
        raise _unreadable(db_path, key)
    if not stat.S_ISREG(info.st_mode):
        return [_move_aside(db_path, "is not a regular file")]
    try:
        with open(wal, "rb") as f:
            log = read_log(f)
    except WalUnreadable as exc:
        return [_move_aside(db_path, f"is unreadable ({exc})")]
    except OSError as exc:
        raise translate_os_error(exc, "reading the journal file") from None
    if not log.committed:
        return []  # nothing SQLite would apply; it resets such a log at the first write
    if log.page_size != head.page_size:
        return [_move_aside(db_path, "was written with another page size: it belongs to another database")]
    auth = PageAuthenticator(key, head.first_page[:SALT_BYTES])
    # Our reading of SQLCipher's page format must hold for a page SQLCipher itself just opened;
    # were a later SQLCipher to change it, SQLite's own full check of the view decides instead.
    known_format = auth.valid(head.first_page, 1)
    if known_format and not _all_authentic(wal, log, auth):
        return [_move_aside(db_path, "was not written by this vault (or is damaged)")]
    if _checkpoint_from_here(wal, log, head):
        return _keep_copy_if_damaged(db_path, wal, log, auth, known_format)
    stamps = _view_stamps(db_path, wal, key, full_check=not known_format)
    if stamps is None:
        return [_move_aside(db_path, "does not fit this database")]
    stamp, base = stamps
    if stamp != head.stamp and base != head.stamp:
        return [_move_aside(db_path, "is older than the database, or comes from another copy of this vault")]
    return _keep_copy_if_damaged(db_path, wal, log, auth, known_format)


def _checkpoint_from_here(wal: Path, log: WalLog, head: DatabaseHead) -> bool:
    """Is the database's first page, byte for byte, one this log holds? A checkpoint copies frames
    verbatim, first page first, and every transaction rewrites that page with a fresh stamp: so the
    database was last brought forward from this very log (a checkpoint cut short, or one that
    finished but left the log behind), and the log continues it."""
    firsts = [f for f in log.committed if f.page == 1]
    return any(page == head.first_page for _f, page in frames_of(wal, firsts, log.page_size))


def _keep_copy_if_damaged(
    db_path: Path, wal: Path, log: WalLog, auth: PageAuthenticator, known: bool
) -> list[CasefileError]:
    """Whole transactions of ours past a broken frame: SQLite will apply the log up to the break;
    a copy of all of it is kept for whoever can recover more by hand."""
    later = frames_of(wal, log.after_break, log.page_size)
    if known and any(f.commit_size and auth.valid(page, f.page) for f, page in later):
        return [_keep_copy(db_path, log)]
    return []


def _unreadable(db_path: Path, key: bytes) -> Exception:
    """SQLite cannot read the database with this key: say which of the two it is when we can tell."""
    if first_page_authentic(db_path, key):
        return VaultDamaged(
            "The vault's database is damaged: the passphrase is right, but the database cannot be read "
            "(it may have been cut short or overwritten). Casefile left it untouched; restore it from a backup."
        )
    return WrongDatabaseKey()


def _all_authentic(wal: Path, log: WalLog, auth: PageAuthenticator) -> bool:
    return all(auth.valid(page, frame.page) for frame, page in frames_of(wal, log.committed, log.page_size))


def _log_proves_key(db_path: Path, wal: Path, key: bytes) -> bool:
    try:
        with open(db_path, "rb") as f:
            salt = f.read(SALT_BYTES)
        with open(wal, "rb") as f:
            log = read_log(f)
    except (OSError, WalUnreadable):
        return False
    pages = {frame.page for frame in log.committed}
    return 1 in pages and len(salt) == SALT_BYTES and _all_authentic(wal, log, PageAuthenticator(key, salt))
