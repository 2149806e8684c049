"""Crash-safe file writes (temporary name, fsync, rename, fsync the folder), and the one way files the
user names are written and read."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from storage.errors import DiskFull, InputRefused, OutputRefused, StorageFull, WriteRefused


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


# -- files the user names: exports, reports, packs, cards, and what they give us to read ----------


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link (Casefile does not write through links: give the real path)"
    if stat.S_ISDIR(mode):
        return "a folder (give a file name)"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not an ordinary file"


def output_error(exc: OSError, path: Path | str) -> OutputRefused:
    """A failed write to a file the user named, in words they can act on."""
    where = str(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return OutputRefused(f"{where} could not be written: the disk is full. Nothing was written.")
    if exc.errno == errno.EROFS:
        return OutputRefused(f"{where} could not be written: that disk is read-only.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return OutputRefused(f"{where} could not be written: permission denied.")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EXDEV, errno.EINVAL):
        return OutputRefused(f"{where} could not be written: Casefile cannot create files in that place.")
    return OutputRefused(f"{where} could not be written ({os.strerror(exc.errno or 0)}).")


def check_output(path: str | os.PathLike[str]) -> Path:
    """Where a file the user asked for may go: a new name, or the name of an ordinary file, in a folder
    that exists. Its folder is resolved on purpose (it may be reached through links); the name itself
    must be no link, device, pipe or folder. Returns the path to write. Call it before the work."""
    given = Path(path)
    if given.name in ("", ".", ".."):
        raise OutputRefused(f"{path} is a folder; give a file name.")
    folder = given.parent
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            raise OutputRefused(f"{folder} is not a folder, so {given.name} cannot be written in it.")
    except FileNotFoundError:
        raise OutputRefused(f"The folder {folder} does not exist; create it first, or choose another place.") from None
    except OSError as exc:
        raise output_error(exc, given) from None
    target = Path(os.path.realpath(folder)) / given.name
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise output_error(exc, given) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputRefused(f"{path} is {_kind(mode)}; Casefile writes only new or ordinary files.")
    _probe(target, given)
    return target


def _probe(target: Path, path: Path | str) -> None:
    """Can a file be made beside ``target``? Asked by making one: a read-only disk, a folder of
    someone else's or a place like /proc is said before the work, not after it."""
    probe = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
    except OSError as exc:
        raise output_error(exc, path) from None
    _unlink_quietly(probe)


def write_output(path: Path | str, data: bytes, *, public: bool = False) -> Path:
    """Write a file the user asked for: whole or not at all, readable by the user alone unless
    ``public`` (contact cards, witnesses), never over anything but an ordinary file. Returns where."""
    target = check_output(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if public:
                os.fchmod(fd, 0o644)
            os.fsync(fd)
        finally:
            os.close(fd)
        check_output(target)  # still nothing but an ordinary file there
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise output_error(exc, path) from None
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return target


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def read_input(path: Path | str, limit: int) -> bytes:
    """Read a file the user gave (an import, a card, a witness): an ordinary file of at most ``limit``
    bytes. Opened without blocking, so a named pipe is refused instead of waited on forever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputRefused(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise InputRefused(f"{path} is a folder; give a file.") from None
    except OSError as exc:
        raise InputRefused(f"{path} cannot be read ({os.strerror(exc.errno or 0)}).") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise InputRefused(f"{path} is {_kind(mode)}; Casefile reads only ordinary files.")
    with os.fdopen(fd, "rb") as f:
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise InputRefused(f"{path} cannot be read ({os.strerror(exc.errno or 0)}).") from None
    if len(data) > limit:
        raise InputRefused(f"{path} is larger than Casefile reads for this ({limit // (1024 * 1024)} MiB).")
    return data


def check_input(path: Path | str) -> Path:
    """A file the user gave that Casefile will stream (a pack, an evidence file): it must be an ordinary
    file; links are followed, since reading through one changes nothing."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputRefused(f"There is no file {path}.") from None
    except OSError as exc:
        raise InputRefused(f"{path} cannot be read ({os.strerror(exc.errno or 0)}).") from None
    if not stat.S_ISREG(mode):
        raise InputRefused(f"{path} is {_kind(mode)}; Casefile reads only ordinary files.")
    if not os.access(path, os.R_OK):
        raise InputRefused(f"{path} cannot be read: permission denied.")
    return Path(path)
