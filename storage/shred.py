"""Overwrite a file in place before removing it.

Evidence files are ciphertext whose key lives in the vault, so a deleted file is unreadable without
the passphrase anyway. Overwriting first means that someone who later learns the passphrase still
cannot recover a file the documenter deleted from the disk's free space. Flash storage and copy-on-write
file systems may keep older copies of the blocks: ``docs/threat-model.md`` says so.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

CHUNK = 1024 * 1024


def shred(path: Path) -> bool:
    """Overwrite ``path`` with random bytes, flush it to the disk, then remove it. Returns whether it existed."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return False
    try:
        left = os.fstat(fd).st_size
        while left > 0:
            left -= os.write(fd, secrets.token_bytes(min(CHUNK, left)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
    return True
