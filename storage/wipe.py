"""Panic wipe (crypto-shred): destroy the key material first, then everything else.

The first write overwrites the header's shred block, which masks every key slot: from the moment it
returns, neither the passphrase nor the recovery code opens anything, even if the process is killed
before the rest. Then every key area and both metadata copies are overwritten in place, the keychain
pepper is removed, and the database and evidence files are deleted.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from storage.evidence import SET_ASIDE_DIR
from storage.fsutil import fsync_dir
from storage.header import HEADER_NAME, LEGACY_HEADER_NAME, destroy_header, read_vault_id, shred_file, shred_leftovers
from storage.keystore import KeyStore
from storage.layout import DB_NAME, EVIDENCE_DIR, LOCK_NAME, NEXT_SUFFIX


def wipe_vault(
    folder: Path | str, keystore: KeyStore | None = None, on_keys_destroyed: Callable[[], object] | None = None
) -> None:
    folder = Path(folder)
    vault_id = read_vault_id(folder)
    destroy_header(folder / HEADER_NAME)
    shred_file(folder / LEGACY_HEADER_NAME)  # a vault not yet upgraded, or an upgrade cut short
    shred_leftovers(folder)
    (folder / HEADER_NAME).unlink(missing_ok=True)
    fsync_dir(folder)
    if vault_id and keystore is not None:
        keystore.delete_pepper(vault_id)
    if on_keys_destroyed is not None:
        on_keys_destroyed()
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + NEXT_SUFFIX):
        (folder / name).unlink(missing_ok=True)
    shutil.rmtree(folder / EVIDENCE_DIR, ignore_errors=True)
    shutil.rmtree(folder / SET_ASIDE_DIR, ignore_errors=True)
    (folder / LOCK_NAME).unlink(missing_ok=True)
    for leftover in folder.iterdir():
        if leftover.is_file():
            leftover.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass
