"""The names of a vault folder's files."""

from __future__ import annotations

from storage.header import HEADER_NAME, LEGACY_HEADER_NAME

DB_NAME = "casefile.db"
EVIDENCE_DIR = "evidence"
LOCK_NAME = "vault.lock"
NEXT_SUFFIX = ".next"  # files of a data-key rotation not yet committed

__all__ = ["DB_NAME", "EVIDENCE_DIR", "HEADER_NAME", "LEGACY_HEADER_NAME", "LOCK_NAME", "NEXT_SUFFIX"]
