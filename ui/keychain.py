"""The system keychain, looked up the first time it is needed.

Loading ``keyring`` and probing its backends takes a quarter to half a second; the unlock
window needs the keychain only for a vault bound to this computer, so it is not asked at start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from storage.keystore import KeyStore


class LazyKeyStore:
    """A KeyStore that builds the real one on first use (from any thread)."""

    def __init__(self, factory: Callable[[], KeyStore]) -> None:
        self._factory = factory
        self._store: KeyStore | None = None
        self._lock = threading.Lock()

    def _get(self) -> KeyStore:
        with self._lock:
            if self._store is None:
                self._store = self._factory()
            return self._store

    def available(self) -> bool:
        return self._get().available()

    def describe(self) -> str:
        return self._get().describe()

    def get_pepper(self, vault_id: str) -> bytes | None:
        return self._get().get_pepper(vault_id)

    def create_pepper(self, vault_id: str) -> bytes:
        return self._get().create_pepper(vault_id)

    def delete_pepper(self, vault_id: str) -> None:
        self._get().delete_pepper(vault_id)
