"""Plumbing between pyrage's streaming calls and our tar code, through OS pipes.

pyrage's ``encrypt_io`` pulls from a reader and ``decrypt_io`` pushes into a
writer; the tar writer pushes and the tar reader pulls. A pipe and one thread
join each pair, so plaintext only ever sits in a pipe buffer and a few chunks
of memory, never in a file.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from storage.fsutil import fsync_dir

PIPE_BYTES = 1 << 20
READ_CHUNK = 1 << 20


def _pipe() -> tuple[int, int]:
    r, w = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(w, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError):  # not Linux, or above the system's limit: the default size works too
        pass
    return r, w


class _HashingFile:
    """A file wrapper that hashes and counts what passes through it."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.hash = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        chunk = self.f.read(n if n and n > 0 else READ_CHUNK)
        self.hash.update(chunk)
        self.size += len(chunk)
        return chunk

    def write(self, b: Any) -> int:
        self.f.write(b)
        self.hash.update(b)
        n = len(b)
        self.size += n
        return n


class DecryptState:
    """What the decrypting thread found: an error, and the ciphertext's hash and size."""

    def __init__(self) -> None:
        self.error: BaseException | None = None
        self.sha256 = ""
        self.size = 0
        self.plaintext_bytes = 0

    def describe_error(self) -> str | None:
        exc = self.error
        if exc is None:
            return None
        text = str(exc)
        if "No matching keys" in text:
            return (
                "The pack cannot be decrypted with this vault's key: it was encrypted for someone else, or its "
                "age header is damaged."
            )
        if isinstance(exc, pyrage.DecryptError):
            return (
                "The pack cannot be decrypted: its age header is damaged or truncated, or the file is not an "
                "age-encrypted pack."
            )
        if isinstance(exc, BrokenPipeError):
            return None  # we stopped reading on purpose
        return "The pack is damaged or truncated: decryption failed part-way (age authentication failed)."


class _CountingWriter:
    def __init__(self, f: BinaryIO, state: DecryptState) -> None:
        self.f, self.state = f, state

    def write(self, b: Any) -> int:
        n = self.f.write(b)
        self.state.plaintext_bytes += len(b)
        return n if n is not None else len(b)


@contextmanager
def decrypting(path: Path, identities: Sequence[Any]) -> Iterator[tuple[BinaryIO, DecryptState]]:
    """Yield a reader of the pack's plaintext; decryption runs in a thread.

    Read to EOF, then leave the block and check ``state.error``: a damaged or
    truncated pack still yields some plaintext before the error shows.
    """
    state = DecryptState()
    src = open(path, "rb")  # noqa: SIM115 - closed in the thread
    r_fd, w_fd = _pipe()

    def run() -> None:
        hashing = _HashingFile(src)
        try:
            with open(w_fd, "wb", buffering=0) as w:
                pyrage.decrypt_io(hashing, _CountingWriter(w, state), list(identities))
            # Hash the rest in case pyrage stopped before the end of the file.
            while hashing.read(READ_CHUNK):
                pass
        except BaseException as exc:  # noqa: BLE001 - reported through state
            state.error = exc
        finally:
            src.close()
            state.sha256, state.size = hashing.hash.hexdigest(), hashing.size

    thread = threading.Thread(target=run, name="pack-decrypt", daemon=True)
    reader = open(r_fd, "rb", buffering=READ_CHUNK)  # noqa: SIM115 - closed below
    thread.start()
    try:
        yield reader, state
    finally:
        reader.close()  # a writer still blocked gets EPIPE and stops
        thread.join()


class PackSink:
    """The pack's tar goes in through ``write``; age ciphertext comes out in ``<out>.partial``."""

    def __init__(self, partial: Path, recipients: Sequence[Any]) -> None:
        self.partial = partial
        self.error: BaseException | None = None
        self.sha256 = ""
        self.size = 0
        r_fd, w_fd = _pipe()
        self._out = open(partial, "xb")  # noqa: SIM115 - closed in finish/abort
        self._writer = open(w_fd, "wb", buffering=0)  # noqa: SIM115
        reader = open(r_fd, "rb", buffering=READ_CHUNK)  # noqa: SIM115 - closed in the thread
        self._hashing = _HashingFile(self._out)

        def run() -> None:
            try:
                pyrage.encrypt_io(reader, self._hashing, list(recipients))
            except BaseException as exc:  # noqa: BLE001 - reported through finish()
                self.error = exc
            finally:
                reader.close()

        self._thread = threading.Thread(target=run, name="pack-encrypt", daemon=True)
        self._thread.start()

    def write(self, b: Any) -> int:
        view = memoryview(b)
        while view:
            n = self._writer.write(view)
            view = view[n:]
        return len(b)

    def finish(self) -> None:
        """Close the tar side, wait for encryption to end, make the file durable."""
        self._writer.close()
        self._thread.join()
        if self.error is not None:
            raise self.error
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        self.sha256, self.size = self._hashing.hash.hexdigest(), self._hashing.size

    def abort(self) -> None:
        """Stop and remove the partial file (whatever state it is in)."""
        with suppress(OSError):
            self._writer.close()
        self._thread.join()
        with suppress(OSError):
            self._out.close()
        with suppress(FileNotFoundError):
            self.partial.unlink()
        with suppress(OSError):
            fsync_dir(self.partial.parent)
