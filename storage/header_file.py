"""``vault.header``: a fixed-size file updated in place, never replaced (see docs/vault-format.md).

Layout (bytes):

    0        4 KiB   metadata, first copy     magic, layout version, copy number, sequence number,
    4 KiB    4 KiB   metadata, second copy    payload length, SHA-256 checksum, JSON payload
    8 KiB    4 KiB   shred block              random; its SHA-256 masks every key area
    12 KiB   6 × 256 KiB key areas            a slot's record, masked and split into 4,000 stripes

A change writes the first copy, syncs, writes the second, syncs: a crash leaves one whole copy,
and the reader takes the valid copy with the higher sequence number. Key material is written only
into areas that no copy refers to, and a released area is overwritten in place before it counts
as free again. Because the file never moves, overwriting it destroys the key material where it
lies (on a file system that updates in place), instead of leaving an old copy in free space.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from storage import afsplit
from storage.errors import VaultDamaged
from storage.fsutil import translate_os_error
from storage.header_codec import BLOCK, COPY_OFFSETS, LAYOUT_VERSION, frame, unframe
from storage.slots import RECORD_SIZE, SlotParams, hkdf

SHRED_OFFSET = 2 * BLOCK
AREA_OFFSET = 3 * BLOCK
STRIPES = 4000
AREA_SIZE = 64 * BLOCK  # 256 KiB, of which STRIPES * RECORD_SIZE = 256,000 bytes hold the stripes
AREAS = 6
HEADER_SIZE = AREA_OFFSET + AREAS * AREA_SIZE
MAX_GUARD = 1000


@dataclass
class Slot:
    """A slot as the metadata lists it: public parameters and where its key material lies."""

    params: SlotParams
    area: int
    mask_salt: bytes
    change: str  # the key change that made it (recorded in the audit log)

    @property
    def id(self) -> str:
        return self.params.id

    def to_json(self) -> dict:
        return {
            **self.params.params_json(),
            "area": self.area,
            "mask_salt": self.mask_salt.hex(),
            "change": self.change,
        }

    @classmethod
    def from_json(cls, obj: object) -> Slot:
        params = SlotParams.params_from_json(obj)
        assert isinstance(obj, dict)
        area, change = obj.get("area"), obj.get("change")
        if not isinstance(area, int) or isinstance(area, bool) or not 0 <= area < AREAS:
            raise VaultDamaged("The vault header is damaged (a key slot points outside the file).")
        if not isinstance(change, str) or len(change) > 64:
            raise VaultDamaged("The vault header is damaged (a key slot is malformed).")
        try:
            mask_salt = bytes.fromhex(obj.get("mask_salt", ""))
        except (TypeError, ValueError):
            mask_salt = b""
        if len(mask_salt) != 16:
            raise VaultDamaged("The vault header is damaged (a key slot is malformed).")
        return cls(params, area, mask_salt, change)


@dataclass
class Metadata:
    """What one metadata copy says."""

    vault_id: str
    slots: list[Slot]
    staged: list[Slot] = field(default_factory=list)  # written, not yet in use (a change in progress)
    dirty: list[int] = field(default_factory=list)  # released areas not yet overwritten
    guard_limit: int = 0  # wipe after this many failed unlocks; 0 = off
    guard_failed: int | None = 0  # None: the counter is missing, which counts as the maximum
    last_change: str = ""
    seq: int = 0

    def used_areas(self) -> set[int]:
        return {s.area for s in self.slots} | {s.area for s in self.staged} | set(self.dirty)

    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def to_payload(self) -> bytes:
        obj = {
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
            "staged": [s.to_json() for s in self.staged],
            "dirty": sorted(self.dirty),
            "guard": {"limit": self.guard_limit, "failed": self.guard_failed},
            "last_change": self.last_change,
        }
        return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_payload(cls, payload: bytes, seq: int) -> Metadata:
        try:
            obj = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultDamaged("The vault header is damaged (its metadata is not readable).") from None
        if not isinstance(obj, dict):
            raise VaultDamaged("The vault header is damaged (its metadata is not readable).")
        vault_id, slots, staged, dirty = obj.get("vault_id"), obj.get("slots"), obj.get("staged", []), obj.get("dirty")
        if not isinstance(vault_id, str) or not vault_id or len(vault_id) > 64:
            raise VaultDamaged("The vault header is damaged (no vault id).")
        if not isinstance(slots, list) or not isinstance(staged, list) or not isinstance(dirty, list):
            raise VaultDamaged("The vault header is damaged (no key slots).")
        if not all(isinstance(a, int) and not isinstance(a, bool) and 0 <= a < AREAS for a in dirty):
            raise VaultDamaged("The vault header is damaged (an area number is out of range).")
        guard = obj.get("guard")
        limit, failed = 0, None
        if isinstance(guard, dict):
            limit = guard.get("limit", 0)
            failed = guard.get("failed")
        if not isinstance(limit, int) or isinstance(limit, bool) or not 0 <= limit <= MAX_GUARD:
            raise VaultDamaged("The vault header is damaged (the attempt limit is not a number).")
        if not isinstance(failed, int) or isinstance(failed, bool) or failed < 0:
            failed = None  # missing or unreadable: counts as the maximum
        last_change = obj.get("last_change", "")
        meta = cls(
            vault_id=vault_id,
            slots=[Slot.from_json(s) for s in slots],
            staged=[Slot.from_json(s) for s in staged],
            dirty=list(dirty),
            guard_limit=limit,
            guard_failed=failed,
            last_change=last_change if isinstance(last_change, str) else "",
            seq=seq,
        )
        areas = [s.area for s in meta.slots + meta.staged] + meta.dirty
        ids = [s.id for s in meta.slots]
        if len(areas) != len(set(areas)) or len(ids) != len(set(ids)) or not meta.slots:
            raise VaultDamaged("The vault header is damaged (its key slots overlap).")
        return meta


def encode_copy(meta: Metadata, copy: int) -> bytes:
    return frame(meta.to_payload(), meta.seq, copy)


def decode_copy(block: bytes) -> Metadata | VaultDamaged | None:
    """The metadata in one copy; None if the copy is torn or not a header at all; the error if its
    checksum holds but its content is refused (an edit made with care, not damage)."""
    framed = unframe(block)
    if framed is None:
        return None
    version, seq, payload = framed
    if version != LAYOUT_VERSION:
        return VaultDamaged("The vault header has an unknown version; it was made by another Casefile or edited.")
    try:
        return Metadata.from_payload(payload, seq)
    except VaultDamaged as exc:
        return exc


def best_copy(copies: list[Metadata | VaultDamaged | None]) -> Metadata:
    valid = [m for m in copies if isinstance(m, Metadata)]
    if valid:
        return max(valid, key=lambda m: m.seq)
    refused = [m for m in copies if isinstance(m, VaultDamaged)]
    if refused:
        raise refused[0]
    raise VaultDamaged("The vault header is damaged: neither of its two metadata copies is readable.")


class HeaderFile:
    """The open header file: reads, commits metadata and writes key areas in place."""

    def __init__(self, path: Path, fd: int, meta: Metadata, copies: list[Metadata | VaultDamaged | None]) -> None:
        self.path = path
        self._fd = fd
        self.meta = meta
        self._seqs = [c.seq if isinstance(c, Metadata) else -1 for c in copies]
        self._shred_key: bytes | None = None

    # -- opening and creating ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> HeaderFile:
        fd = _open_regular(path)
        try:
            if os.fstat(fd).st_size != HEADER_SIZE:
                raise VaultDamaged("The vault header has the wrong size; it is damaged or not a Casefile header.")
            copies = [decode_copy(os.pread(fd, BLOCK, off)) for off in COPY_OFFSETS]
            meta = best_copy(copies)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd, meta, copies)

    @classmethod
    def create(cls, path: Path, meta: Metadata, records: dict[int, bytes]) -> None:
        """Write a whole new header file (the caller renames or owns the folder); fsynced."""
        shred = secrets.token_bytes(BLOCK)
        shred_key = _shred_key(shred)
        body = bytearray(encode_copy(meta, 0) + encode_copy(meta, 1) + shred)
        salts = {s.area: s.mask_salt for s in meta.slots + meta.staged}
        for area in range(AREAS):
            if area in records:
                body += _area_bytes(records[area], shred_key, salts[area])
            else:
                body += secrets.token_bytes(AREA_SIZE)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                _write_all(fd, bytes(body), 0)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise translate_os_error(exc, "writing the vault header") from None

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    # -- metadata -------------------------------------------------------------------------

    def needs_repair(self) -> bool:
        """One copy is torn, damaged or behind the other."""
        return any(seq != self.meta.seq for seq in self._seqs)

    def commit(self, meta: Metadata) -> None:
        """Make ``meta`` the header's state: first copy, sync, second copy, sync."""
        meta.seq = max(self.meta.seq, *self._seqs) + 1
        try:
            for copy, offset in enumerate(COPY_OFFSETS):
                _write_all(self._fd, encode_copy(meta, copy), offset)
                os.fsync(self._fd)
        except OSError as exc:
            raise translate_os_error(exc, "updating the vault header") from None
        self.meta = meta
        self._seqs = [meta.seq, meta.seq]

    # -- key areas --------------------------------------------------------------------------

    def free_area(self, also_used: set[int] | None = None) -> int:
        used = self.meta.used_areas() | (also_used or set())
        for area in range(AREAS):
            if area not in used:
                return area
        raise VaultDamaged("The vault header has no free key area; finish or undo the last key change first.")

    def write_record(self, area: int, record: bytes, mask_salt: bytes) -> None:
        """Write a slot's record into an area no metadata copy refers to, and sync."""
        data = _area_bytes(record, self.shred_key(), mask_salt)
        try:
            _write_all(self._fd, data, AREA_OFFSET + area * AREA_SIZE)
            os.fsync(self._fd)
        except OSError as exc:
            raise translate_os_error(exc, "writing a key slot") from None

    def read_record(self, slot: Slot) -> bytes:
        material = os.pread(self._fd, STRIPES * RECORD_SIZE, AREA_OFFSET + slot.area * AREA_SIZE)
        merged = afsplit.merge(material, STRIPES)
        return _xor(merged, _mask(self.shred_key(), slot.mask_salt))

    def overwrite_areas(self, areas: list[int]) -> None:
        """Overwrite key areas with random bytes, in place, and sync."""
        try:
            for area in areas:
                _write_all(self._fd, secrets.token_bytes(AREA_SIZE), AREA_OFFSET + area * AREA_SIZE)
            os.fsync(self._fd)
        except OSError as exc:
            raise translate_os_error(exc, "overwriting key slots") from None

    def shred_key(self) -> bytes:
        if self._shred_key is None:
            self._shred_key = _shred_key(os.pread(self._fd, BLOCK, SHRED_OFFSET))
        return self._shred_key

    # -- destruction ------------------------------------------------------------------------

    def destroy(self) -> None:
        """Panic wipe of the header: the shred block first (after that no slot can be unmasked),
        then every key area, then both metadata copies; each step synced."""
        steps = [(SHRED_OFFSET, BLOCK)] + [(AREA_OFFSET, AREAS * AREA_SIZE)] + [(0, 2 * BLOCK)]
        for offset, size in steps:
            _write_all(self._fd, secrets.token_bytes(size), offset)
            os.fsync(self._fd)
        self._shred_key = None


def _open_regular(path: Path) -> int:
    """Open the header read-write, refusing anything but a regular file (a FIFO would hang us)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise VaultDamaged("The vault header is missing; the vault cannot be unlocked.") from None
    except OSError as exc:
        raise translate_os_error(exc, "reading the vault header") from None
    if not stat.S_ISREG(st.st_mode):
        raise VaultDamaged("The vault header is not a regular file; it was replaced or edited.")
    try:
        return os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise translate_os_error(exc, "opening the vault header") from None


def _write_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        view, offset = view[n:], offset + n


def _shred_key(block: bytes) -> bytes:
    return hashlib.sha256(b"casefile/v2/shred\0" + block).digest()


def _mask(shred_key: bytes, mask_salt: bytes) -> bytes:
    return hkdf(shred_key, b"casefile/v2/slot-mask", salt=mask_salt, length=RECORD_SIZE)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _area_bytes(record: bytes, shred_key: bytes, mask_salt: bytes) -> bytes:
    material = afsplit.split(_xor(record, _mask(shred_key, mask_salt)), STRIPES)
    return material + secrets.token_bytes(AREA_SIZE - len(material))


def new_slot(params: SlotParams, area: int, change: str) -> Slot:
    return Slot(params, area, secrets.token_bytes(16), change)
