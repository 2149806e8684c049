"""Between a pack file and our tar code: age decryption and encryption in the caller's own thread.

Reading: ``decrypting`` yields the pack's plaintext as a stream (``read_view``/``read``) and hashes
the pack file's ciphertext as it goes (the pack's SHA-256 is of the file as sent). An age failure
(wrong key, damaged header, a chunk failing authentication, a cut file) ends the stream early and is
kept in ``DecryptState``: the tar reader then sees a short archive, and the age failure is what the
report leads with. Writing: ``PackSink`` takes the tar and writes age ciphertext to
``<out>.partial``, hashing it. No pipe, no thread: plaintext only ever sits in the age module's
buffers, never in a file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from storage.age import AgeError, AgeHeaderError, AgeHmacError, AgeNoMatch, AgeReader, AgeWriter, Identity, Recipient
from storage.fsutil import fsync_dir
from storage.writeback import EarlyWriteback

READ_CHUNK = 1 << 20


class _HashingSource:
    """The pack file, hashed and counted as the age reader pulls it in."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.hash = hashlib.sha256()
        self.size = 0

    def readinto(self, buffer: memoryview) -> int:
        n = self.f.readinto(buffer) or 0  # type: ignore[attr-defined]
        self.hash.update(buffer[:n])
        self.size += n
        return n

    def drain(self) -> None:
        buffer = memoryview(bytearray(READ_CHUNK))
        while self.readinto(buffer):
            pass


class DecryptState:
    """What decryption found: an error, and the pack file's hash and size."""

    def __init__(self) -> None:
        self.error: BaseException | None = None
        self.sha256 = ""
        self.size = 0
        self.plaintext_bytes = 0

    def describe_error(self) -> str | None:
        exc = self.error
        if exc is None:
            return None
        if isinstance(exc, AgeNoMatch):
            return (
                "The pack cannot be decrypted with this vault's key: it was encrypted for someone else, or its "
                "age header is damaged."
            )
        if isinstance(exc, AgeHeaderError | AgeHmacError):
            return (
                "The pack cannot be decrypted: its age header is damaged or truncated, or the file is not an "
                "age-encrypted pack."
            )
        if isinstance(exc, OSError):
            return "The pack file could not be read to the end."
        return "The pack is damaged or truncated: decryption failed part-way (age authentication failed)."


class PackPlaintext:
    """The pack's plaintext. Only authenticated bytes come out; a failure ends it early (see DecryptState)."""

    def __init__(self, reader: AgeReader | None, state: DecryptState) -> None:
        self._reader, self.state = reader, state

    def read_view(self, n: int = -1) -> memoryview:
        if self._reader is None:
            return memoryview(b"")
        try:
            view = self._reader.read_view(n)
        except (AgeError, OSError) as exc:
            self.state.error = exc
            self._reader = None
            return memoryview(b"")
        self.state.plaintext_bytes += len(view)
        return view

    def read(self, n: int = -1) -> bytes:
        return bytes(self.read_view(n))


@contextmanager
def decrypting(path: Path, identities: Sequence[Identity]) -> Iterator[tuple[PackPlaintext, DecryptState]]:
    """Yield the pack's plaintext stream; on leaving, ``state`` holds any age error and the file's hash."""
    state = DecryptState()
    with open(path, "rb", buffering=0) as f:
        source = _HashingSource(f)
        reader: AgeReader | None = None
        try:
            reader = AgeReader(source, identities)
        except (AgeError, OSError) as exc:
            state.error = exc
        try:
            yield PackPlaintext(reader, state), state
            with suppress(OSError):
                source.drain()  # the hash is of the whole file, whatever the reading stopped at
        finally:
            if reader is not None:
                reader.close()
            state.sha256, state.size = source.hash.hexdigest(), source.size


class _HashingOutput:
    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.hash = hashlib.sha256()
        self.size = 0
        self._writeback = EarlyWriteback(f.fileno())

    def write(self, view: memoryview) -> int:
        n = self.f.write(view) or 0
        self.hash.update(view[:n])
        self.size += n
        self._writeback.wrote(n)
        return n


class PackSink:
    """The pack's tar goes in through ``write``; age ciphertext comes out in ``<out>.partial``, hashed."""

    def __init__(self, partial: Path, recipients: Sequence[Recipient]) -> None:
        self.partial = partial
        self.sha256 = ""
        self.size = 0
        # Only the owner may read it until the user sends it on.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self._out = open(fd, "wb", buffering=0)  # noqa: SIM115 - closed in finish/abort
        self._hashing = _HashingOutput(self._out)
        try:
            self._age = AgeWriter(self._hashing, list(recipients))
        except BaseException:
            self.abort()
            raise

    def write(self, b: bytes | bytearray | memoryview) -> int:
        return self._age.write(b)

    def finish(self) -> None:
        """Seal the last chunk, make the file durable."""
        self._age.close()
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        self.sha256, self.size = self._hashing.hash.hexdigest(), self._hashing.size

    def abort(self) -> None:
        """Stop and remove the partial file (whatever state it is in)."""
        if hasattr(self, "_age"):
            self._age.abort()
        with suppress(OSError):
            self._out.close()
        with suppress(FileNotFoundError):
            self.partial.unlink()
        with suppress(OSError):
            fsync_dir(self.partial.parent)
