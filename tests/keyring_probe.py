"""Run inside a D-Bus session with gnome-keyring (see test_keyring.py). Prints one line per check."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.errors import WrongPassphrase  # noqa: E402
from storage.kdf import KdfParams  # noqa: E402
from storage.keystore import NoKeyStore, OsKeyStore, system_keystore  # noqa: E402
from storage.vault import Vault  # noqa: E402

folder = Path(sys.argv[1])
store = system_keystore()
print("BACKEND", type(store).__name__, store.describe())
if isinstance(store, NoKeyStore):
    raise SystemExit(0)
vault, code = Vault.create(
    folder,
    "bound vault passphrase",
    kdf=KdfParams(8192, 1, 1),
    allow_below_floor=True,
    keystore=store,
    bind_to_device=True,
)
vault.close()
Vault.open(folder, passphrase="bound vault passphrase", keystore=OsKeyStore()).close()
print("OPEN_WITH_KEYCHAIN ok")
import keyring  # noqa: E402

stored = keyring.get_password("casefile", vault.vault_id)
print("PEPPER_IS_NOT_THE_KEY", stored is not None and "bound vault passphrase" not in stored)
try:
    Vault.open(folder, passphrase="bound vault passphrase", keystore=NoKeyStore())
except WrongPassphrase as exc:
    print("COPIED_ELSEWHERE refused:", exc)
store.delete_pepper(vault.vault_id)  # the keychain was reset (reinstalled OS, changed backend)
try:
    Vault.open(folder, passphrase="bound vault passphrase", keystore=OsKeyStore())
except WrongPassphrase:
    print("KEYCHAIN_LOST refused")
Vault.open(folder, recovery_code=code, keystore=OsKeyStore()).close()
print("RECOVERY ok")
