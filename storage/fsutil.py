"""Crash-safe file writes: temporary name, fsync, rename, fsync the folder."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from storage.errors import DiskFull, StorageFull, WriteRefused


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_os_error(exc: OSError, what: str) -> Exception:
    """Turn an OSError into an error a user can act on (no paths of case data in it)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(what=what)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WriteRefused(what=what)
    return StorageFull(f"A write failed ({os.strerror(exc.errno or 0)}): {what} could not be completed.")


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new content."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise translate_os_error(exc, f"writing {path.name}") from None


def overwrite_in_place(path: Path) -> None:
    """Overwrite a file's bytes with random data and fsync (crypto-shred of key slots)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as f:
            f.write(secrets.token_bytes(max(size, 1)))
            os.fsync(f.fileno())
    except FileNotFoundError:
        pass
