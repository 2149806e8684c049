"""The OS keychain, used only to hold an optional device pepper.

The pepper binds a vault to one computer: a copied vault folder then also
needs this computer's keychain. The data key and the passphrase never go in.
Only real OS backends are accepted; plaintext, file-based and 'fail' backends
are refused whatever PYTHON_KEYRING_BACKEND says.
"""

from __future__ import annotations

import base64
import secrets
from typing import Protocol

from storage.errors import CasefileError

SERVICE = "casefile"

# Module and class names of keyring backends that store secrets in the OS.
ALLOWED_BACKENDS = {
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.libsecret", "Keyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
}


class KeyStoreUnavailable(CasefileError):
    """No usable OS keychain on this system."""

    code = "keychain_unavailable"


class NoKeychain(KeyStoreUnavailable):
    """There is no system keychain here: the normal case on headless Linux."""

    code = "no_keychain"
    template = "No system keychain is available on this computer; Casefile works with the passphrase alone."


class KeychainUnreadable(KeyStoreUnavailable):
    """The system keychain could not be read."""

    code = "keychain_unreadable"
    template = "The system keychain could not be read (is it locked?)."


class KeychainRefused(KeyStoreUnavailable):
    """The system keychain refused to store the device key."""

    code = "keychain_refused"
    template = "The system keychain refused to store the device key."


class KeyStore(Protocol):
    """Where a device pepper lives, if anywhere."""

    def available(self) -> bool: ...
    def describe(self) -> str: ...
    def get_pepper(self, vault_id: str) -> bytes | None: ...
    def create_pepper(self, vault_id: str) -> bytes: ...
    def delete_pepper(self, vault_id: str) -> None: ...


class NoKeyStore:
    """The normal case on headless Linux: no keychain, the passphrase alone."""

    def available(self) -> bool:
        return False

    def describe(self) -> str:
        return NoKeychain.template

    def get_pepper(self, vault_id: str) -> bytes | None:
        return None

    def create_pepper(self, vault_id: str) -> bytes:
        raise NoKeychain()

    def delete_pepper(self, vault_id: str) -> None:
        return None


class MemoryKeyStore:
    """An in-process keychain for tests of binding logic."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def available(self) -> bool:
        return True

    def describe(self) -> str:
        return "in-memory test keychain"

    def get_pepper(self, vault_id: str) -> bytes | None:
        return self.items.get(vault_id)

    def create_pepper(self, vault_id: str) -> bytes:
        self.items[vault_id] = secrets.token_bytes(32)
        return self.items[vault_id]

    def delete_pepper(self, vault_id: str) -> None:
        self.items.pop(vault_id, None)


class OsKeyStore:
    """keyring, restricted to real OS backends."""

    def __init__(self) -> None:
        import keyring

        self._keyring = keyring
        backend = keyring.get_keyring()
        self._backend = self._pick(backend)

    @staticmethod
    def _pick(backend: object) -> object | None:
        candidates = getattr(backend, "backends", None) or [backend]  # chainer holds several
        for b in candidates:
            cls = type(b)
            if (cls.__module__, cls.__name__) in ALLOWED_BACKENDS:
                return b
        return None

    def available(self) -> bool:
        if self._backend is None:
            return False
        try:
            self._backend.get_password(SERVICE, "probe")  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - any backend failure means "not usable"
            return False
        return True

    def describe(self) -> str:
        if self._backend is None:
            return NoKeyStore().describe()
        return f"System keychain: {type(self._backend).__module__.rsplit('.', 1)[-1]}"

    def get_pepper(self, vault_id: str) -> bytes | None:
        if self._backend is None:
            return None
        try:
            value = self._backend.get_password(SERVICE, vault_id)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001
            raise KeychainUnreadable() from exc
        return base64.b64decode(value) if value else None

    def create_pepper(self, vault_id: str) -> bytes:
        if self._backend is None:
            raise NoKeychain()
        pepper = secrets.token_bytes(32)
        try:
            self._backend.set_password(SERVICE, vault_id, base64.b64encode(pepper).decode())  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001
            raise KeychainRefused() from exc
        return pepper

    def delete_pepper(self, vault_id: str) -> None:
        if self._backend is None:
            return
        try:
            self._backend.delete_password(SERVICE, vault_id)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - already gone, or keychain unavailable
            pass


def system_keystore() -> KeyStore:
    """The OS keychain if a real one works here, else the null store."""
    try:
        store = OsKeyStore()
    except Exception:  # noqa: BLE001 - keyring import or backend discovery failed
        return NoKeyStore()
    return store if store.available() else NoKeyStore()
