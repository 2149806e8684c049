"""The framing of one metadata copy of ``vault.header``, with no crypto libraries imported, so the
start screen can look at a header before they load.

A copy is one 4 KiB block: magic ``CASEFILE``, layout version (u16), copy number (u16), sequence
number (u64), payload length (u32), SHA-256 of the block with this field zeroed (32 bytes), then
the JSON payload and zero padding. All integers big-endian.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

MAGIC = b"CASEFILE"
LAYOUT_VERSION = 2
BLOCK = 4096
COPY_OFFSETS = (0, BLOCK)
FIXED = 56
_CHECKSUM = slice(24, 56)


def frame(payload: bytes, seq: int, copy: int) -> bytes:
    if len(payload) > BLOCK - FIXED:
        raise ValueError("header metadata too large")
    block = bytearray(BLOCK)
    block[0:8] = MAGIC
    block[8:10] = LAYOUT_VERSION.to_bytes(2, "big")
    block[10:12] = copy.to_bytes(2, "big")
    block[12:20] = seq.to_bytes(8, "big")
    block[20:24] = len(payload).to_bytes(4, "big")
    block[FIXED : FIXED + len(payload)] = payload
    block[_CHECKSUM] = hashlib.sha256(bytes(block)).digest()
    return bytes(block)


def unframe(block: bytes) -> tuple[int, int, bytes] | None:
    """(layout version, sequence number, payload), or None for a torn, damaged or foreign block."""
    if len(block) != BLOCK or block[0:8] != MAGIC:
        return None
    blank = bytearray(block)
    blank[_CHECKSUM] = bytes(32)
    if hashlib.sha256(bytes(blank)).digest() != bytes(block[_CHECKSUM]):
        return None
    length = int.from_bytes(block[20:24], "big")
    if length > BLOCK - FIXED:
        return None
    return int.from_bytes(block[8:10], "big"), int.from_bytes(block[12:20], "big"), bytes(block[FIXED : FIXED + length])


def vault_present(folder: Path) -> bool:
    """A header of either format is in ``folder``."""
    return (folder / "vault.header").exists() or (folder / "vault.json").exists()


def peek(folder: Path) -> dict | None:
    """The public metadata of the vault in ``folder`` as JSON (a hint only: unlocking checks it fully)."""
    try:
        with open(folder / "vault.header", "rb") as f:
            blocks = [f.read(BLOCK), f.read(BLOCK)]
        found = [c for c in (unframe(b) for b in blocks) if c is not None and c[0] == LAYOUT_VERSION]
        if found:
            return json.loads(max(found, key=lambda c: c[1])[2])
    except (OSError, ValueError):
        pass
    try:
        with open(folder / "vault.json", encoding="utf-8") as f:
            obj = json.loads(f.read(64 * 1024))
        return obj if isinstance(obj, dict) else None
    except (OSError, ValueError):
        return None
