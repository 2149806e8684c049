"""Streaming age v1 encryption and decryption (C2SP age, "Payload").

The payload is STREAM over ChaCha20-Poly1305: 64 KiB chunks, each sealed with
an 11-byte big-endian counter and a last-chunk flag byte as its nonce. Both
directions work on large preallocated buffers (``BATCH_CHUNKS`` chunks at a
time, with ``encrypt_into``/``decrypt_into`` writing into them) so the cost per
byte is the cipher's, not Python's; the cipher releases the GIL meanwhile.

Safety rules kept here:
- plaintext is handed out only after its chunk's tag has checked; when a tag
  fails, the bytes ``decrypt_into`` already wrote are wiped before anything
  else happens;
- a chunk is only ever taken for the last one when the input really ends
  there, and the end must be a valid last chunk (not empty after a full one,
  not shorter than a tag, no data after it);
- the buffers are wiped when a writer or reader is closed.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Sequence
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from storage.age.errors import AgeHeaderError, AgeHmacError, AgeNoMatch, AgePayloadError
from storage.age.header import Header, Stanza, encode_header, header_end, header_mac, parse_header
from storage.age.kdf import hkdf_sha256
from storage.age.keys import FILE_KEY_BYTES, Identity, Recipient, check_x25519_stanzas

CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
NONCE_BYTES = 16
BATCH_CHUNKS = 16  # 1 MiB of plaintext per cipher batch and per read or write call
MAX_HEADER = BATCH_CHUNKS * SEALED_CHUNK  # far above any header with a few recipients
_COUNTER_LIMIT = 1 << 88
_NOT_LAST, _LAST = b"\x00", b"\x01"


class Readable(Protocol):
    def readinto(self, buffer: memoryview, /) -> int | None: ...


class Writable(Protocol):
    def write(self, data: memoryview, /) -> int | None: ...


def _write_all(dst: Writable, view: memoryview) -> None:
    while view:
        n = dst.write(view)
        if n is None:  # a non-blocking raw file would say None; ours never are
            raise OSError("the output refused the write")
        view = view[n:]


def _payload_cipher(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload"))


class AgeWriter:
    """Encrypts everything written to it into ``dst`` as one age file; ``close()`` seals the last chunk.

    ``extra_stanzas`` are added to the header after the recipients' (covered by the header MAC).
    Nothing reaches ``dst`` but header and ciphertext; the caller owns ``dst`` and closes it.
    """

    def __init__(
        self,
        dst: Writable,
        recipients: Sequence[Recipient],
        *,
        extra_stanzas: Sequence[Stanza] = (),
        batch_chunks: int = BATCH_CHUNKS,
    ) -> None:
        if not recipients:
            raise ValueError("an age file needs at least one recipient")
        file_key = os.urandom(FILE_KEY_BYTES)
        header = encode_header([r.wrap(file_key) for r in recipients] + list(extra_stanzas), file_key)
        nonce = os.urandom(NONCE_BYTES)
        self._cipher = _payload_cipher(file_key, nonce)
        self._batch = batch_chunks
        # One chunk more than a batch: the chunk held back may turn out to be the last.
        self._plain = bytearray((batch_chunks + 1) * CHUNK)
        self._plain_view = memoryview(self._plain)
        self._sealed = bytearray((batch_chunks + 1) * SEALED_CHUNK)
        self._sealed_view = memoryview(self._sealed)
        self._filled = 0
        self._counter = 0
        self._dst = dst
        self._closed = False
        self.header_bytes = header
        self.plaintext_size = 0
        _write_all(dst, memoryview(header + nonce))

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        if view.format != "B" or view.ndim != 1:
            view = view.cast("B")
        total = len(view)
        capacity = len(self._plain)
        pos = 0
        while pos < total:
            if self._filled == capacity:
                self._seal(final=False)
            take = min(total - pos, capacity - self._filled)
            self._plain_view[self._filled : self._filled + take] = view[pos : pos + take]
            self._filled += take
            pos += take
        self.plaintext_size += total
        return total

    def write_from(self, src: Readable) -> memoryview:
        """Read the next piece of ``src`` straight into the plaintext buffer (no copy); returns it (empty at EOF).

        The view is valid until the next call: hash it there and then.
        """
        if self._filled == len(self._plain):
            self._seal(final=False)
        room = self._plain_view[self._filled :]
        n = src.readinto(room) or 0
        self._filled += n
        self.plaintext_size += n
        return room[:n]

    def _seal(self, *, final: bool) -> None:
        if final:
            count = max(1, -(-self._filled // CHUNK))
            end = self._filled
        else:
            count = self._batch
            end = count * CHUNK
        if self._counter + count >= _COUNTER_LIMIT:
            raise AgePayloadError("the file is too large for one age stream")
        out = 0
        plain, sealed, cipher, counter = self._plain_view, self._sealed_view, self._cipher, self._counter
        for i in range(count):
            start = i * CHUNK
            stop = min(start + CHUNK, end)
            flag = _LAST if final and i == count - 1 else _NOT_LAST
            cipher.encrypt_into(
                (counter + i).to_bytes(11, "big") + flag,
                plain[start:stop],
                None,
                sealed[out : out + stop - start + TAG],
            )
            out += stop - start + TAG
        self._counter += count
        _write_all(self._dst, sealed[:out])
        if not final:
            held = self._filled - end
            self._plain[:held] = self._plain[end : self._filled]
            self._filled = held

    def close(self) -> None:
        """Seal the last chunk (an empty one for an empty file) and wipe the buffers."""
        if self._closed:
            return
        try:
            self._seal(final=True)
        finally:
            self._wipe()

    def abort(self) -> None:
        """Stop without sealing: the output is left incomplete (the caller removes it)."""
        self._wipe()

    def _wipe(self) -> None:
        self._closed = True
        self._plain_view[:] = bytes(len(self._plain))
        self._filled = 0


class AgeReader:
    """Reads an age file's plaintext from ``src``, opened with one of ``identities``.

    The header is read and checked on construction (AgeHeaderError, AgeNoMatch, AgeHmacError).
    ``read_view`` then hands out plaintext whose chunks have all authenticated; a damaged or cut
    payload raises AgePayloadError once the plaintext before the damage has been handed out.
    """

    def __init__(self, src: Readable, identities: Sequence[Identity], *, batch_chunks: int = BATCH_CHUNKS) -> None:
        self._src = src
        self._batch = batch_chunks
        self._sealed = bytearray((batch_chunks + 1) * SEALED_CHUNK)
        self._sealed_view = memoryview(self._sealed)
        self._plain = bytearray((batch_chunks + 1) * CHUNK)  # the last batch may hold one chunk more
        self._plain_view = memoryview(self._plain)
        self._filled = 0
        self._eof = False
        self._counter = 0
        self._done = False
        self._error: AgePayloadError | None = None
        self._out = memoryview(b"")
        self.ciphertext_size = 0
        self.header = self._read_header(identities)

    # -- header ------------------------------------------------------------------------

    def _fill(self) -> None:
        capacity = len(self._sealed)
        while self._filled < capacity and not self._eof:
            n = self._src.readinto(self._sealed_view[self._filled :]) or 0
            if n == 0:
                self._eof = True
            self._filled += n
            self.ciphertext_size += n

    def _read_header(self, identities: Sequence[Identity]) -> Header:
        self._fill()
        end = header_end(self._sealed, min(self._filled, MAX_HEADER))
        if end < 0:
            if self._eof:
                raise AgeHeaderError("the file ends inside its age header (truncated, or not an age file)")
            raise AgeHeaderError("the age header is larger than this program accepts")
        header = parse_header(bytes(self._sealed[:end]))
        if any(s.type == "scrypt" for s in header.stanzas) and len(header.stanzas) > 1:
            raise AgeHeaderError("an scrypt stanza must be the only stanza of an age header")
        stanzas = check_x25519_stanzas(header.stanzas)
        file_key = None
        for identity in identities:
            for stanza in stanzas:
                file_key = identity.unwrap(stanza)
                if file_key is not None:
                    break
            if file_key is not None:
                break
        if file_key is None:
            raise AgeNoMatch("the file is not encrypted to this key")
        if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
            raise AgeHmacError("the age header was altered (its MAC does not match)")
        if self._filled - end < NONCE_BYTES:
            raise AgeHeaderError("the file ends before its payload nonce")
        nonce = bytes(self._sealed[end : end + NONCE_BYTES])
        self._cipher = _payload_cipher(file_key, nonce)
        self._shift(end + NONCE_BYTES)
        return header

    def _shift(self, consumed: int) -> None:
        rest = self._filled - consumed
        self._sealed[:rest] = self._sealed[consumed : self._filled]
        self._filled = rest
        self._fill()

    # -- payload -----------------------------------------------------------------------

    def _next_batch(self) -> memoryview:
        if self._error is not None:
            error, self._error = self._error, None
            self._done = True
            raise error
        if self._done:
            return memoryview(b"")
        problem: str | None = None
        if not self._eof:
            # The buffer is full: a whole chunk follows this batch, so none of it is the last chunk.
            sizes = [SEALED_CHUNK] * self._batch
            final = False
        elif self._filled == 0:
            self._done = True
            raise AgePayloadError("the age file has no payload (it was cut after its header)")
        else:
            whole, tail = divmod(self._filled, SEALED_CHUNK)
            sizes = [SEALED_CHUNK] * whole + ([tail] if tail else [])
            final = True
            if sizes[-1] < TAG:
                problem = "the age file ends with a chunk too short to be sealed (it was cut)"
            elif sizes[-1] == TAG and self._counter + len(sizes) > 1:
                problem = "the age file ends with an empty chunk after a full one"
            if problem:
                sizes.pop()
        out = self._decrypt(sizes, final and problem is None)
        if problem is not None and self._error is None:
            self._error = AgePayloadError(problem)
        if final or self._error is not None:
            self._done = self._error is None
        else:
            self._shift(len(sizes) * SEALED_CHUNK)
        return self._plain_view[:out]

    def _decrypt(self, sizes: list[int], final: bool) -> int:
        sealed, plain, counter = self._sealed_view, self._plain_view, self._counter
        pos = out = 0
        last = len(sizes) - 1
        for i, size in enumerate(sizes):
            n = size - TAG
            expect_last = final and i == last
            if not self._open_chunk(counter + i, expect_last, sealed[pos : pos + size], plain[out : out + n]):
                # A full chunk sealed with the other flag is authentic, but the stream is cut there, or goes on
                # after its last chunk: hand out what it holds, then fail (as the age test vectors expect).
                if size == SEALED_CHUNK and self._open_chunk(
                    counter + i, not expect_last, sealed[pos : pos + size], plain[out : out + n]
                ):
                    out += n
                    self._error = AgePayloadError(
                        "the age file was cut: its last chunk is missing"
                        if expect_last
                        else "the age file has data after its last chunk"
                    )
                else:
                    self._error = AgePayloadError("the age file is damaged: a chunk failed authentication")
                self._counter += i + 1
                return out
            pos += size
            out += n
        self._counter += len(sizes)
        return out

    def _open_chunk(self, index: int, is_last: bool, sealed: memoryview, plain: memoryview) -> bool:
        try:
            self._cipher.decrypt_into(
                index.to_bytes(11, "big") + (_LAST if is_last else _NOT_LAST), sealed, None, plain
            )
        except InvalidTag:
            # decrypt_into has already written the unauthenticated plaintext: it must not survive.
            plain[:] = bytes(len(plain))
            return False
        return True

    def read_view(self, limit: int = -1) -> memoryview:
        """Up to ``limit`` bytes (all that is ready if negative) of authenticated plaintext; empty at the end.

        The view is only valid until the next call.
        """
        while not self._out:
            if self._done and self._error is None:
                return memoryview(b"")
            self._out = self._next_batch()
            if not self._out and self._done and self._error is None:
                return self._out
        if limit < 0 or limit >= len(self._out):
            view, self._out = self._out, memoryview(b"")
        else:
            view, self._out = self._out[:limit], self._out[limit:]
        return view

    def read(self, n: int = -1) -> bytes:
        return bytes(self.read_view(n))

    def readinto(self, buffer: memoryview | bytearray) -> int:
        target = memoryview(buffer).cast("B")
        view = self.read_view(len(target))
        target[: len(view)] = view
        return len(view)

    def close(self) -> None:
        """Wipe the plaintext buffer; the caller closes ``src``."""
        self._plain_view[:] = bytes(len(self._plain))
        self._out = memoryview(b"")
        self._done = True

    def __enter__(self) -> AgeReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
