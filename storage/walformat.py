"""Reading a SQLite write-ahead log and SQLCipher 4 page MACs without SQLite.

The WAL guard (``storage.walguard``) uses this to learn, before SQLite may touch
a leftover ``casefile.db-wal``, which frames SQLite would apply, and whether each
of them was written under this vault's key. Formats: sqlite.org/fileformat2.html
(§4, the WAL file) and SQLCipher 4's page layout (AES-256-CBC, 16-byte IV and a
64-byte HMAC-SHA512 reserved at the end of every page, the page number mixed in).
"""

from __future__ import annotations

import array
import hashlib
import hmac
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit says the checksums read words big-endian
WAL_VERSION = 3007000
WAL_HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
SALT_BYTES = 16  # SQLCipher keeps its KDF salt in the first 16 bytes of the database file
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE_BYTES = IV_BYTES + HMAC_BYTES
HMAC_SALT_MASK = 0x3A
HMAC_KEY_ITERATIONS = 2
_MASK32 = 0xFFFFFFFF


class WalUnreadable(ValueError):
    """The file is not a write-ahead log SQLite would use; the message says why."""


@dataclass(frozen=True)
class Frame:
    index: int  # 1-based position in the file
    page: int
    commit_size: int  # database size in pages after this frame's transaction; 0 if not a commit
    offset: int  # where the page's bytes start in the file


@dataclass
class WalLog:
    """What SQLite would make of a WAL file."""

    page_size: int
    checkpoint_seq: int
    salts: bytes
    committed: list[Frame] = field(default_factory=list)  # the frames SQLite would apply, in order
    after_break: list[Frame] = field(default_factory=list)  # frames with this log's salts past the first bad one
    partial_tail: bool = False  # the file ends inside a frame

    @property
    def transactions(self) -> int:
        return sum(1 for f in self.committed if f.commit_size)


def _checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    words = array.array("I")
    words.frombytes(data)
    if big_endian != (sys.byteorder == "big"):
        words.byteswap()
    it = iter(words)
    for x0 in it:
        x1 = next(it)
        s1 = (s1 + x0 + s2) & _MASK32
        s2 = (s2 + x1 + s1) & _MASK32
    return s1, s2


def read_log(f: BinaryIO) -> WalLog:
    """Walk the log as SQLite's recovery does: frames count while their salts match the header's and
    the running checksum holds; the log ends at the last commit frame before the first bad frame."""
    header = f.read(WAL_HEADER_BYTES)
    if len(header) < WAL_HEADER_BYTES:
        raise WalUnreadable("it is shorter than a journal header")
    magic, version, page_size, seq = struct.unpack(">IIII", header[:16])
    if magic not in WAL_MAGIC:
        raise WalUnreadable("it is not a journal file")
    if version != WAL_VERSION:
        raise WalUnreadable("its format version is unknown")
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise WalUnreadable("its page size is impossible")
    big = bool(magic & 1)
    s1, s2 = _checksum(header[:24], 0, 0, big)
    if (s1, s2) != struct.unpack(">II", header[24:32]):
        raise WalUnreadable("its header checksum is wrong")
    log = WalLog(page_size=page_size, checkpoint_seq=seq, salts=header[16:24])
    pending: list[Frame] = []
    broken = False
    index = 0
    while True:
        offset = WAL_HEADER_BYTES + index * (FRAME_HEADER_BYTES + page_size)
        head = f.read(FRAME_HEADER_BYTES)
        body = f.read(page_size) if len(head) == FRAME_HEADER_BYTES else b""
        if len(head) < FRAME_HEADER_BYTES or len(body) < page_size:
            log.partial_tail = bool(head)
            break
        index += 1
        page, commit_size = struct.unpack(">II", head[:8])
        frame = Frame(index, page, commit_size, offset + FRAME_HEADER_BYTES)
        if head[8:16] != log.salts:
            if not broken:
                broken = True
            continue
        if broken:
            log.after_break.append(frame)
            continue
        t1, t2 = _checksum(head[:8], s1, s2, big)
        t1, t2 = _checksum(body, t1, t2, big)
        if page == 0 or (t1, t2) != struct.unpack(">II", head[16:24]):
            broken = True
            log.after_break.append(frame)
            continue
        s1, s2 = t1, t2
        pending.append(frame)
        if commit_size:
            log.committed.extend(pending)
            pending = []
    return log


def frames_of(path: Path, frames: list[Frame], page_size: int) -> Iterator[tuple[Frame, bytes]]:
    with open(path, "rb") as f:
        for frame in frames:
            f.seek(frame.offset)
            yield frame, f.read(page_size)


# -- SQLCipher 4 page authentication ------------------------------------------------------------


class PageAuthenticator:
    """Checks a page's HMAC as SQLCipher 4 does, given the raw key and the database's salt."""

    def __init__(self, key: bytes, db_salt: bytes) -> None:
        mask = bytes(b ^ HMAC_SALT_MASK for b in db_salt)
        self._key = hashlib.pbkdf2_hmac("sha512", key, mask, HMAC_KEY_ITERATIONS, len(key))

    def valid(self, page: bytes | memoryview, page_number: int) -> bool:
        body = page[SALT_BYTES:] if page_number == 1 else page
        mac_at = len(body) - HMAC_BYTES
        if mac_at <= IV_BYTES:
            return False
        mac = hmac.new(self._key, body[:mac_at], "sha512")
        mac.update(struct.pack("<I", page_number))
        return hmac.compare_digest(mac.digest(), bytes(body[mac_at:]))
