"""Evidence bytes at rest: one age file per item, encrypted to the vault's own X25519 identity.

Intake streams the original through SHA-256 into age encryption, writes the
ciphertext under a temporary name inside ``evidence/``, fsyncs, renames, and
only then does the caller commit the item's row. Files with no row are swept
on open. Decryption goes to memory or to a caller's stream, never to disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage

from storage.errors import EvidenceError, VaultDamaged
from storage.fsutil import fsync_dir, translate_os_error
from storage.progress import Cancelled, CancelToken, Progress, no_progress

TMP_SUFFIX = ".partial"
# Reads of this many bytes between progress reports / cancel checks.
REPORT_EVERY = 4 * 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    sha256: str
    size: int


class _HashingReader:
    """Feeds pyrage while hashing, counting, reporting progress and honouring cancel."""

    def __init__(self, src: BinaryIO, total: int, progress: Progress, cancel: CancelToken | None, message: str) -> None:
        self.src, self.total, self.progress, self.cancel, self.message = src, total, progress, cancel, message
        self.hash = hashlib.sha256()
        self.size = 0
        self._next_report = REPORT_EVERY
        self.cancelled = False
        self.error: OSError | None = None

    def read(self, n: int = -1) -> bytes:
        if self.cancel is not None and self.cancel.cancelled:
            self.cancelled = True
            raise Cancelled("cancelled")
        try:
            chunk = self.src.read(n if n and n > 0 else 1 << 20)
        except OSError as exc:
            self.error = exc
            raise
        self.hash.update(chunk)
        self.size += len(chunk)
        if self.size >= self._next_report:
            self._next_report = self.size + REPORT_EVERY
            self.progress(self.size, self.total, self.message)
        return chunk


class _RecordingWriter:
    """Passes writes through, remembering an OSError (pyrage wraps it in EncryptError)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            return self.out.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self.out.flush()


class EvidenceStore:
    def __init__(self, folder: Path, identity: pyrage.x25519.Identity) -> None:
        self.folder = folder
        self._identity = identity
        self._recipient = identity.to_public()

    def path(self, blob_id: str) -> Path:
        if not blob_id or not all(c in "0123456789abcdef" for c in blob_id):
            raise EvidenceError("An evidence reference is malformed.")
        return self.folder / blob_id

    def write_stream(
        self,
        src: BinaryIO,
        *,
        total: int = 0,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
        message: str = "",
    ) -> StoredBlob:
        """Encrypt ``src`` into a new blob; durable on return, but not yet referenced by any row."""
        blob_id = secrets.token_hex(16)
        final = self.folder / blob_id
        tmp = self.folder / f"{blob_id}{TMP_SUFFIX}"
        reader = _HashingReader(src, total, progress, cancel, message)
        try:
            with open(tmp, "xb") as out:
                writer = _RecordingWriter(out)
                try:
                    pyrage.encrypt_io(reader, writer, [self._recipient])
                except pyrage.EncryptError as exc:
                    if reader.cancelled:
                        raise Cancelled("cancelled") from None
                    if writer.error is not None:
                        raise writer.error from None
                    if reader.error is not None:
                        raise EvidenceError("The file could not be read to the end; nothing was stored.") from None
                    raise EvidenceError("The file could not be encrypted; nothing was stored.") from exc
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, final)
            fsync_dir(self.folder)
        except OSError as exc:
            _unlink(tmp)
            raise translate_os_error(exc, "storing the evidence file") from None
        except BaseException:
            _unlink(tmp)
            raise
        progress(reader.size, reader.size, message)
        return StoredBlob(blob_id, reader.hash.hexdigest(), reader.size)

    def write_bytes(self, data: bytes) -> StoredBlob:
        return self.write_stream(io.BytesIO(data), total=len(data))

    def read_bytes(self, blob_id: str) -> bytes:
        """Decrypt a blob into memory (for previews and reports)."""
        out = io.BytesIO()
        self.decrypt_to(blob_id, out)
        return out.getvalue()

    def decrypt_to(self, blob_id: str, writer: BinaryIO) -> None:
        """Stream a blob's plaintext into ``writer`` (memory, a pipe, a pack): never a file of ours."""
        path = self.path(blob_id)
        try:
            with open(path, "rb") as f:
                pyrage.decrypt_io(f, writer, [self._identity])
        except FileNotFoundError:
            raise EvidenceError("An evidence file is missing from the vault.") from None
        except (pyrage.DecryptError, OSError):
            raise VaultDamaged("An evidence file in the vault is damaged and cannot be decrypted.") from None

    def delete(self, blob_id: str) -> None:
        _unlink(self.path(blob_id))

    def blob_ids(self) -> list[str]:
        return [p.name for p in self.folder.iterdir() if not p.name.endswith(TMP_SUFFIX)]

    def sweep(self, referenced: Iterable[str]) -> int:
        """Remove ciphertext no row refers to (left by a crash mid-intake). Returns how many."""
        keep = set(referenced)
        removed = 0
        for p in list(self.folder.iterdir()):
            if p.name not in keep:
                _unlink(p)
                removed += 1
        if removed:
            fsync_dir(self.folder)
        return removed


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
