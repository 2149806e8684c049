"""The vault header: key slots that each unwrap the data key, kept in ``vault.header``.

``KeyHeader`` is the in-place header (see ``header_file``); ``LegacyHeader`` reads the ``vault.json``
of vaults made before it, which are upgraded at their first unlock (``upgrade_legacy``).
"""

from __future__ import annotations

import copy
import json
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from storage.errors import VaultDamaged
from storage.fsutil import fsync_dir, overwrite_in_place, translate_os_error
from storage.header_file import HEADER_SIZE, HeaderFile, Metadata, Slot, new_slot
from storage.slots import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    SlotParams,
    pack_record,
    unb64,
    unwrap,
)

HEADER_NAME = "vault.header"
LEGACY_HEADER_NAME = "vault.json"
LEGACY_CHANGE = "v1"  # the change id of slots carried over from a vault.json header
MAX_LEGACY_BYTES = 64 * 1024
_TMP_PREFIX = f".{HEADER_NAME}."

__all__ = [
    "HEADER_NAME",
    "LEGACY_HEADER_NAME",
    "PASSPHRASE_SLOT",
    "RECOVERY_SLOT",
    "KeyHeader",
    "LegacyHeader",
    "upgrade_legacy",
]


def new_change_id() -> str:
    """Names one key change in the header and in the audit log."""
    return secrets.token_hex(8)


class KeyHeader:
    """An open ``vault.header``. Every method that changes it commits before it returns."""

    def __init__(self, file: HeaderFile) -> None:
        self.file = file

    @classmethod
    def open(cls, path: Path) -> KeyHeader:
        """Open and tidy: a torn copy is repaired, and areas of unfinished or finished changes that may
        still hold old key material are overwritten before anything else happens."""
        header = cls(HeaderFile.open(path))
        try:
            header.scrub()
            if header.file.needs_repair():
                header.file.commit(header._next())
        except BaseException:
            header.close()
            raise
        return header

    @classmethod
    def write_new(cls, path: Path, vault_id: str, slots: list[tuple[SlotParams, bytes]], change: str) -> None:
        """A new header file holding ``slots`` (public parameters and wrapped records)."""
        meta = Metadata(vault_id=vault_id, slots=[], last_change=change, seq=1)
        records = {}
        for area, (params, record) in enumerate(slots):
            meta.slots.append(new_slot(params, area, change))
            records[area] = record
        HeaderFile.create(path, meta, records)

    def close(self) -> None:
        self.file.close()

    @property
    def meta(self) -> Metadata:
        return self.file.meta

    @property
    def vault_id(self) -> str:
        return self.meta.vault_id

    @property
    def seq(self) -> int:
        return self.meta.seq

    def slot(self, slot_id: str) -> Slot:
        found = self.meta.slot(slot_id)
        if found is None:
            raise VaultDamaged(f"The vault header has no {slot_id} key slot.")
        return found

    def slot_params(self, slot_id: str) -> SlotParams:
        return self.slot(slot_id).params

    def peppered(self) -> bool:
        return any(s.params.pepper for s in self.meta.slots)

    def unwrap(self, slot_id: str, secret: bytes, pepper: bytes | None) -> bytes:
        slot = self.slot(slot_id)
        return unwrap(slot.params, self.vault_id, self.file.read_record(slot), secret, pepper)

    # -- key changes: stage, then activate, then scrub ---------------------------------------

    def stage(self, params: SlotParams, record: bytes, change: str) -> None:
        """Write a slot that is not yet in use. The metadata names its area first, so that a crash
        before ``activate`` leaves an area the next open overwrites."""
        meta = self._next()
        slot = new_slot(params, self.file.free_area(), change)
        meta.staged.append(slot)
        self.file.commit(meta)
        self.file.write_record(slot.area, record, slot.mask_salt)

    def activate(self, change: str) -> None:
        """The commit point of a change: its staged slots replace the slots of the same ids, whose
        areas are marked for overwriting."""
        meta = self._next()
        for slot in [s for s in meta.staged if s.change == change]:
            old = meta.slot(slot.id)
            if old is not None:
                meta.slots.remove(old)
                meta.dirty.append(old.area)
            meta.staged.remove(slot)
            meta.slots.append(slot)
        meta.last_change = change
        self.file.commit(meta)

    def abandon(self, change: str) -> None:
        """Drop the staged slots of a change that will not happen, overwriting their areas."""
        meta = self._next()
        dropped = [s for s in meta.staged if s.change == change]
        if not dropped:
            return
        self.file.overwrite_areas([s.area for s in dropped])
        meta.staged = [s for s in meta.staged if s.change != change]
        self.file.commit(meta)

    def scrub(self) -> None:
        """Overwrite released areas and the areas of changes that never finished."""
        areas = list(self.meta.dirty) + [s.area for s in self.meta.staged]
        if not areas:
            return
        self.file.overwrite_areas(areas)
        meta = self._next()
        meta.dirty, meta.staged = [], []
        self.file.commit(meta)

    def staged_changes(self) -> set[str]:
        return {s.change for s in self.meta.staged}

    # -- the attempt limit -----------------------------------------------------------------------

    def set_guard(self, limit: int, change: str) -> None:
        meta = self._next()
        meta.guard_limit, meta.guard_failed, meta.last_change = limit, 0, change
        self.file.commit(meta)

    def set_failed(self, failed: int) -> None:
        meta = self._next()
        meta.guard_failed = failed
        self.file.commit(meta)

    # -- the end ---------------------------------------------------------------------------------

    def destroy(self) -> None:
        self.file.destroy()

    def _next(self) -> Metadata:
        return copy.deepcopy(self.meta)


@dataclass
class _LegacySlot:
    params: SlotParams
    nonce: bytes
    wrapped: bytes


class LegacyHeader:
    """``vault.json`` as written before the in-place header: read, unwrap, and carried over."""

    FORMAT = "casefile-vault"
    VERSION = 1

    def __init__(self, vault_id: str, slots: list[_LegacySlot]) -> None:
        self.vault_id = vault_id
        self.slots = slots
        self.seq = 0

    @classmethod
    def parse(cls, raw: bytes) -> LegacyHeader:
        if len(raw) > MAX_LEGACY_BYTES:
            raise VaultDamaged("The vault header is far too large; it is not a Casefile vault header.")
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultDamaged("The vault header (vault.json) is not readable; it is damaged.") from None
        if not isinstance(obj, dict) or obj.get("format") != cls.FORMAT:
            raise VaultDamaged("vault.json is not a Casefile vault header.")
        if obj.get("version") != cls.VERSION:
            raise VaultDamaged("The vault header has an unknown version; it was made by another Casefile or edited.")
        vault_id, slots = obj.get("vault_id"), obj.get("slots")
        if not isinstance(vault_id, str) or not vault_id or not isinstance(slots, list) or not slots:
            raise VaultDamaged("The vault header is damaged (no vault id or key slots).")
        parsed = []
        for s in slots:
            params = SlotParams.params_from_json(s)
            assert isinstance(s, dict)
            parsed.append(_LegacySlot(params, unb64(s.get("nonce"), 12), unb64(s.get("wrapped_key"), 48)))
        if len({s.params.id for s in parsed}) != len(parsed):
            raise VaultDamaged("The vault header is damaged (a key slot appears twice).")
        return cls(vault_id, parsed)

    @classmethod
    def read(cls, path: Path) -> LegacyHeader:
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode):
                raise VaultDamaged("The vault header is not a regular file; it was replaced or edited.")
            with open(path, "rb") as f:
                raw = f.read(MAX_LEGACY_BYTES + 1)
        except FileNotFoundError:
            raise VaultDamaged("The vault header is missing; the vault cannot be unlocked.") from None
        except OSError as exc:
            raise translate_os_error(exc, "reading the vault header") from None
        return cls.parse(raw)

    def _slot(self, slot_id: str) -> _LegacySlot:
        for s in self.slots:
            if s.params.id == slot_id:
                return s
        raise VaultDamaged(f"The vault header has no {slot_id} key slot.")

    def slot_params(self, slot_id: str) -> SlotParams:
        return self._slot(slot_id).params

    def peppered(self) -> bool:
        return any(s.params.pepper for s in self.slots)

    def unwrap(self, slot_id: str, secret: bytes, pepper: bytes | None) -> bytes:
        s = self._slot(slot_id)
        return unwrap(s.params, self.vault_id, pack_record(s.nonce, s.wrapped), secret, pepper)

    def close(self) -> None:
        return None


def upgrade_legacy(folder: Path, legacy: LegacyHeader) -> KeyHeader:
    """Carry the slots of ``vault.json`` into a new ``vault.header`` unchanged (their wrap does not
    depend on the container), then overwrite ``vault.json`` in place and remove it.

    The new file is made under a temporary name and renamed: a crash leaves ``vault.json`` alone (the
    temporary file is shredded at the next open), or both files, and then ``vault.header`` wins and
    ``vault.json`` is shredded at the next unlock."""
    target = folder / HEADER_NAME
    if not target.exists():
        tmp = folder / f"{_TMP_PREFIX}{secrets.token_hex(6)}.tmp"
        slots = [(s.params, pack_record(s.nonce, s.wrapped)) for s in legacy.slots]
        try:
            KeyHeader.write_new(tmp, legacy.vault_id, slots, LEGACY_CHANGE)
            os.replace(tmp, target)
            fsync_dir(folder)
        except OSError as exc:
            shred_file(tmp)
            raise translate_os_error(exc, "upgrading the vault header") from None
        except BaseException:
            shred_file(tmp)
            raise
    header = KeyHeader.open(target)
    if header.vault_id != legacy.vault_id:
        header.close()
        raise VaultDamaged("The two vault headers in this folder belong to different vaults.")
    shred_file(folder / LEGACY_HEADER_NAME)
    fsync_dir(folder)
    return header


def shred_file(path: Path) -> None:
    """Overwrite a file that may hold key slots in place, sync, and remove it."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return
    except FileNotFoundError:
        return
    overwrite_in_place(path)
    path.unlink(missing_ok=True)


def shred_leftovers(folder: Path) -> None:
    """Temporary header files of an upgrade that was interrupted hold working key slots."""
    for leftover in folder.glob(f"{_TMP_PREFIX}*.tmp"):
        shred_file(leftover)


def destroy_header(path: Path) -> None:
    """Panic wipe of a header file, whatever state it is in: the shred block first, then the key
    areas, then the rest; each step synced. A file of the wrong size is overwritten whole."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size != HEADER_SIZE:
        overwrite_in_place(path)
        return
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    try:
        meta = Metadata(vault_id="x", slots=[])
        HeaderFile(path, fd, meta, [meta, meta]).destroy()
    finally:
        os.close(fd)


def read_vault_id(folder: Path) -> str | None:
    """The vault id from whichever header is there, for removing a keychain entry; None if unreadable."""
    try:
        header = KeyHeader(HeaderFile.open(folder / HEADER_NAME))
        try:
            return header.vault_id
        finally:
            header.close()
    except Exception:  # noqa: BLE001 - a damaged header is wiped all the same
        pass
    try:
        return LegacyHeader.read(folder / LEGACY_HEADER_NAME).vault_id
    except Exception:  # noqa: BLE001
        return None
