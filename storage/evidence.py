"""Evidence bytes at rest: one age file per item, encrypted to the vault's secret at-rest identity.

Intake streams the original through SHA-256 into age encryption, writes the
ciphertext under a temporary name inside ``evidence/``, fsyncs, renames, and
only then does the caller commit the item's row. Decryption goes to memory or
to a caller's stream, never to disk.

Binding (docs/vault-format.md): the at-rest identity is not the one on the
contact card, so nobody outside the vault can encrypt a blob we would open.
Each blob's age header carries a ``casefile/blob <id>`` stanza naming its own
blob id; the header MAC covers it, so a blob moved or swapped to another name
is refused before any byte of it is decrypted. Every read ends by checking
the SHA-256 and size recorded at intake (``BlobRecord``); a reader that sees
more bytes than recorded stops at once. Blobs from before the at-rest
identity (format 1) were encrypted to the card identity and carry no binding:
they are opened with that identity alone, and the hash check guards them.

Files in ``evidence/`` that no row refers to (left by a crash, or put there by
someone) are never deleted on open: they are moved to ``evidence-set-aside/``
beside it and reported.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from storage.age import AgeError, AgeNoMatch, AgePayloadError, AgeReader, AgeWriter, Identity, Recipient, Stanza
from storage.errors import EvidenceError, EvidenceMismatch, VaultDamaged
from storage.fsutil import fsync_dir, translate_os_error
from storage.progress import CancelToken, Progress, no_progress
from storage.writeback import EarlyWriteback

TMP_SUFFIX = ".partial"
SET_ASIDE_DIR = "evidence-set-aside"  # beside evidence/, so evidence/ holds only blobs
BIND_STANZA = "casefile/blob"
FORMAT_LEGACY = 1  # card identity, no binding (written before the at-rest identity existed)
FORMAT_BOUND = 2  # at-rest identity, header names the blob id
REPORT_EVERY = 4 * 1024 * 1024  # bytes between progress reports and cancel checks
MISMATCH = (
    "An evidence file in the vault is not the one recorded at intake (it was replaced, swapped or altered); "
    "it was not used."
)
DAMAGED = "An evidence file in the vault is damaged and cannot be decrypted."


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BlobRecord:
    """What the vault's database says a blob must hold."""

    sha256: str
    size: int
    format: int = FORMAT_BOUND


BlobLookup = Callable[[str], "BlobRecord | None"]


class WriteFailed(Exception):
    """Writing a blob's ciphertext failed (disk full, I/O error): not the source's fault."""

    def __init__(self, error: OSError) -> None:
        super().__init__("writing an evidence file failed")
        self.error = error


class _Output:
    """The blob's file, telling its own write errors apart from the source's read errors."""

    def __init__(self, path: Path) -> None:
        # Only the owner may read it: ciphertext, but its size and existence are nobody else's business.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self.file = open(fd, "wb", buffering=0)  # noqa: SIM115 - closed by BlobWriter
        self._writeback = EarlyWriteback(fd)

    def write(self, data: memoryview) -> int:
        try:
            n = self.file.write(data) or 0
        except OSError as exc:
            raise WriteFailed(exc) from None
        self._writeback.wrote(n)
        return n


class BlobWriter:
    """A blob being written: ``write`` plaintext (hashed on the way), then ``finish`` or ``abort``."""

    def __init__(
        self, blob_id: str, tmp: Path, final: Path | None, recipient: Recipient, hashed_by: Any = None
    ) -> None:
        self.blob_id, self._tmp, self._final = blob_id, tmp, final
        self._out = _Output(tmp)
        self._file = self._out.file
        try:
            self._age = AgeWriter(self._out, [recipient], extra_stanzas=[Stanza(BIND_STANZA, (blob_id,), b"")])
        except BaseException:
            self._file.close()
            tmp.unlink(missing_ok=True)
            raise
        # A caller that already hashes exactly the bytes it writes here lends its hash: one pass, not two.
        self._own_hash = hashed_by is None
        self.hash = hashlib.sha256() if hashed_by is None else hashed_by
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Add plaintext. A failed write of the blob itself raises StorageFull or VaultReadOnly."""
        if self._own_hash:
            self.hash.update(data)
        try:
            n = self._age.write(data)
        except WriteFailed as exc:
            raise translate_os_error(exc.error, "storing the evidence file") from None
        self.size += n
        return n

    def fill_from(self, src: BinaryIO) -> int:
        """Read the next piece of ``src`` straight into the cipher's buffer; 0 at EOF.

        An OSError here is the source's; the blob's own write failures raise StorageFull or VaultReadOnly.
        """
        try:
            view = self._age.write_from(src)  # type: ignore[arg-type]  # BinaryIO has readinto at run time
        except WriteFailed as exc:
            raise translate_os_error(exc.error, "storing the evidence file") from None
        self.hash.update(view)
        self.size += len(view)
        return len(view)

    def finish(self) -> StoredBlob:
        """Seal, fsync and (for a new blob) rename into place: durable, but no row refers to it yet."""
        try:
            self._age.close()
            os.fsync(self._file.fileno())
            self._file.close()
            if self._final is not None:
                os.replace(self._tmp, self._final)
            fsync_dir(self._tmp.parent)
        except WriteFailed as exc:
            self.abort()
            raise translate_os_error(exc.error, "storing the evidence file") from None
        except OSError as exc:
            self.abort()
            raise translate_os_error(exc, "storing the evidence file") from None
        except BaseException:
            self.abort()
            raise
        return StoredBlob(self.blob_id, self.hash.hexdigest(), self.size)

    def abort(self) -> None:
        self._age.abort()
        try:
            self._file.close()
        except OSError:
            pass
        self._tmp.unlink(missing_ok=True)


class BlobReader:
    """One blob's plaintext, checked against its record: the binding before any byte, size and hash at the end."""

    def __init__(self, path: Path, blob_id: str, record: BlobRecord, identities: list[Identity]) -> None:
        self.record = record
        try:
            self._file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        except FileNotFoundError:
            raise EvidenceError("An evidence file is missing from the vault.") from None
        except OSError:
            raise VaultDamaged("An evidence file in the vault cannot be read.") from None
        try:
            self._age = AgeReader(self._file, identities)
            bindings = [s.args for s in self._age.header.stanzas if s.type == BIND_STANZA]
            if record.format == FORMAT_BOUND and bindings != [(blob_id,)]:
                raise EvidenceMismatch(MISMATCH)
        except AgeNoMatch:
            self._file.close()
            raise EvidenceMismatch(MISMATCH) from None
        except (AgeError, OSError):
            self._file.close()
            raise VaultDamaged(DAMAGED) from None
        except BaseException:
            self._file.close()
            raise
        self.hash = hashlib.sha256()
        self.size = 0
        self.verified = False

    def read_view(self, limit: int = -1) -> memoryview:
        """Up to ``limit`` bytes of plaintext (valid until the next call); empty once all of it has checked out."""
        try:
            view = self._age.read_view(limit)
        except AgePayloadError:
            raise VaultDamaged(DAMAGED) from None
        except OSError:
            raise VaultDamaged("An evidence file in the vault cannot be read.") from None
        if view:
            self.size += len(view)
            if self.size > self.record.size:
                raise EvidenceMismatch(MISMATCH)
            self.hash.update(view)
        elif not self.verified:
            if self.size != self.record.size or self.hash.hexdigest() != self.record.sha256:
                raise EvidenceMismatch(MISMATCH)
            self.verified = True
        return view

    def read(self, n: int = -1) -> bytes:
        return bytes(self.read_view(n))

    def close(self) -> None:
        self._age.close()
        self._file.close()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EvidenceStore:
    """The ``evidence/`` folder. ``lookup`` gives a blob's record from the database (every read checks it)."""

    def __init__(
        self,
        folder: Path,
        identity: Identity,
        *,
        legacy_identity: Identity | None = None,
        lookup: BlobLookup | None = None,
    ) -> None:
        self.folder = folder
        self._identity = identity
        self._legacy = legacy_identity
        self._lookup = lookup
        self.recipient = identity.to_public()

    def path(self, blob_id: str) -> Path:
        if not blob_id or not all(c in "0123456789abcdef" for c in blob_id):
            raise EvidenceError("An evidence reference is malformed.")
        return self.folder / blob_id

    # -- writing ----------------------------------------------------------------------

    def new_blob(self, hashed_by: Any = None) -> BlobWriter:
        """A new blob; ``hashed_by``: a SHA-256 object the caller updates with exactly what it writes."""
        blob_id = secrets.token_hex(16)
        try:
            return BlobWriter(
                blob_id, self.folder / f"{blob_id}{TMP_SUFFIX}", self.folder / blob_id, self.recipient, hashed_by
            )
        except OSError as exc:
            raise translate_os_error(exc, "storing the evidence file") from None

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
        writer = self.new_blob()
        # Files are read straight into the cipher's buffer; other sources (tests, wrappers) through read().
        pull = isinstance(src, io.FileIO | io.BufferedReader | io.BytesIO)
        next_report = REPORT_EVERY
        try:
            while True:
                if cancel is not None:
                    cancel.check()
                try:
                    if pull:
                        n = writer.fill_from(src)
                    else:
                        piece = src.read(1 << 20)
                        n = writer.write(piece) if piece else 0
                except OSError:  # the blob's own write failures arrive translated: this is the source
                    raise _ReadFailed from None
                if not n:
                    break
                if writer.size >= next_report:
                    next_report = writer.size + REPORT_EVERY
                    progress(writer.size, total, message)
            stored = writer.finish()
        except _ReadFailed:
            writer.abort()
            raise EvidenceError("The file could not be read to the end; nothing was stored.") from None
        except BaseException:
            writer.abort()
            raise
        progress(stored.size, stored.size, message)
        return stored

    def write_bytes(self, data: bytes) -> StoredBlob:
        return self.write_stream(io.BytesIO(data), total=len(data))

    def copy_from(self, source: EvidenceStore, blob_id: str, dest: Path) -> None:
        """Re-encrypt ``source``'s blob (checked against its record) to this store's identity, into ``dest``."""
        try:
            writer = BlobWriter(blob_id, dest, None, self.recipient)
        except OSError as exc:
            raise translate_os_error(exc, "re-encrypting evidence") from None
        try:
            with source.open_reader(blob_id) as reader:
                while view := reader.read_view():
                    writer.write(view)
            writer.finish()
        except BaseException:
            writer.abort()
            raise

    # -- reading ----------------------------------------------------------------------

    def record(self, blob_id: str) -> BlobRecord:
        found = self._lookup(blob_id) if self._lookup is not None else None
        if found is None:
            raise EvidenceError("No evidence item in this vault refers to that file; it was not used.")
        return found

    def open_reader(self, blob_id: str, expect: BlobRecord | None = None) -> BlobReader:
        """A checked reader of a blob; ``expect`` stands in for the row of a blob whose row is not committed yet."""
        record = expect or self.record(blob_id)
        if record.format == FORMAT_LEGACY:
            identities = [self._legacy] if self._legacy is not None else []
        else:
            identities = [self._identity]
        return BlobReader(self.path(blob_id), blob_id, record, identities)

    def read_bytes(self, blob_id: str, expect: BlobRecord | None = None) -> bytes:
        """Decrypt a blob into memory (previews, reports): returned only once its hash has checked out."""
        out = bytearray()
        with self.open_reader(blob_id, expect) as reader:
            while view := reader.read_view():
                out += view
        return bytes(out)

    def decrypt_to(self, blob_id: str, writer: BinaryIO, expect: BlobRecord | None = None) -> None:
        """Stream a blob's plaintext into ``writer`` (memory, a pack): never a file of ours.

        The hash is checked at the end: a caller writing into something lasting must discard it on error.
        """
        with self.open_reader(blob_id, expect) as reader:
            while view := reader.read_view():
                writer.write(view)

    def verify(self, blob_id: str, sha256: str, size: int, format: int = FORMAT_BOUND) -> None:
        """Decrypt a blob to nowhere and check it holds what its row says; raises EvidenceMismatch or VaultDamaged."""
        with self.open_reader(blob_id, BlobRecord(sha256, size, format)) as reader:
            while reader.read_view():
                pass

    # -- housekeeping -----------------------------------------------------------------

    def delete(self, blob_id: str) -> None:
        self.path(blob_id).unlink(missing_ok=True)

    def blob_ids(self) -> list[str]:
        return [p.name for p in self.folder.iterdir() if not p.name.endswith(TMP_SUFFIX)]

    def set_aside_unknown(self, referenced: Iterable[str]) -> list[str]:
        """Move every file no row refers to into ``evidence-set-aside/``; never delete. Returns their names."""
        keep = set(referenced)
        strays = sorted(p.name for p in self.folder.iterdir() if p.name not in keep)
        if not strays:
            return []
        aside = self.folder.parent / SET_ASIDE_DIR
        try:
            aside.mkdir(mode=0o700, exist_ok=True)
            for name in strays:
                target = aside / name
                if target.exists():
                    target = aside / f"{name}.{secrets.token_hex(4)}"
                os.replace(self.folder / name, target)
            fsync_dir(aside)
            fsync_dir(self.folder)
        except OSError as exc:
            raise translate_os_error(exc, "setting aside unknown files in the evidence folder") from None
        return strays


class _ReadFailed(Exception):
    """The source file could not be read to the end."""
