"""Key slots: one wrapping of the data key (DEK) under a key derived from a passphrase or recovery code.

A slot's public part (KDF parameters, salt, device binding) lives in the header's metadata; its
secret part, the *record* (AES-GCM nonce and wrapped DEK), lives in a key area of the header file,
masked and spread by the anti-forensic splitter. The associated data of the wrap is every field that
steers the derivation, so a header whose parameters were edited fails to unwrap.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import DeviceKeyMissing, KeyMaterialDestroyed, VaultDamaged, WrongPassphrase, WrongRecoveryCode
from storage.kdf import KdfParams, derive

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
SLOT_IDS = (PASSPHRASE_SLOT, RECOVERY_SLOT)

# The wrap's associated data keeps the form of the first header format ("casefile-vault" version 1),
# so that slots of vaults made before the in-place header move into it unchanged.
WRAP_FORMAT = "casefile-vault"
WRAP_VERSION = 1

RECORD_SIZE = 64  # version byte, 12-byte nonce, 48-byte wrapped key, zero padding
RECORD_VERSION = 1


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise VaultDamaged("The vault header is damaged (a key slot field is not text).")
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise VaultDamaged("The vault header is damaged (a key slot is not valid base64).") from None
    if size is not None and len(raw) != size:
        raise VaultDamaged("The vault header is damaged (a key slot has the wrong length).")
    return raw


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on any keyboard matches."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def hkdf(key: bytes, info: bytes, salt: bytes | None = None, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


def new_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 letters, to print or write down."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(code: str) -> bytes:
    """Accept the code with any spacing, dashes or case."""
    return "".join(ch for ch in code.upper() if ch.isalnum()).encode("ascii", "ignore")


def what_opens(slot_id: str) -> str:
    return "recovery code" if slot_id == RECOVERY_SLOT else "passphrase"


@dataclass(frozen=True)
class SlotParams:
    """The public part of a slot: everything that steers the derivation of its key."""

    id: str
    kdf: KdfParams
    salt: bytes
    pepper: bool = False  # the KEK is mixed with a device pepper from the OS keychain

    def associated_data(self, vault_id: str) -> bytes:
        fields = {
            "format": WRAP_FORMAT,
            "version": WRAP_VERSION,
            "vault_id": vault_id,
            "slot": self.id,
            "kdf": self.kdf.to_json(),
            "salt": b64(self.salt),
            "pepper": self.pepper,
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()

    def kek(self, secret: bytes, pepper: bytes | None) -> bytes:
        key = derive(secret, self.salt, self.kdf)
        if self.pepper:
            if pepper is None:
                raise DeviceKeyMissing()
            key = hkdf(key, b"casefile/v1/kek-pepper", salt=pepper)
        return key

    def params_json(self) -> dict:
        return {
            "id": self.id,
            "kdf": self.kdf.to_json(),
            "salt": b64(self.salt),
            "pepper": "keyring" if self.pepper else "none",
        }

    @classmethod
    def params_from_json(cls, obj: object) -> SlotParams:
        if not isinstance(obj, dict) or obj.get("id") not in SLOT_IDS:
            raise VaultDamaged("The vault header is damaged (a key slot is malformed).")
        pepper = obj.get("pepper")
        if pepper not in ("none", "keyring"):
            raise VaultDamaged("The vault header is damaged (unknown device binding).")
        return cls(obj["id"], KdfParams.from_json(obj.get("kdf")), unb64(obj.get("salt"), 16), pepper == "keyring")


def pack_record(nonce: bytes, wrapped: bytes) -> bytes:
    record = bytes([RECORD_VERSION]) + nonce + wrapped
    return record + bytes(RECORD_SIZE - len(record))


def unpack_record(record: bytes) -> tuple[bytes, bytes]:
    """(nonce, wrapped) from a merged, unmasked record; a record that does not parse was destroyed."""
    if len(record) != RECORD_SIZE or record[0] != RECORD_VERSION or any(record[61:]):
        raise KeyMaterialDestroyed()
    return record[1:13], record[13:61]


def wrap(params: SlotParams, vault_id: str, secret: bytes, dek: bytes, pepper: bytes | None) -> bytes:
    """A fresh record holding ``dek`` wrapped for ``secret`` (runs the KDF)."""
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(params.kek(secret, pepper)).encrypt(nonce, dek, params.associated_data(vault_id))
    return pack_record(nonce, wrapped)


def unwrap(params: SlotParams, vault_id: str, record: bytes, secret: bytes, pepper: bytes | None) -> bytes:
    """The DEK, or WrongPassphrase (runs the KDF)."""
    nonce, wrapped = unpack_record(record)
    try:
        return AESGCM(params.kek(secret, pepper)).decrypt(nonce, wrapped, params.associated_data(vault_id))
    except InvalidTag:
        raise (WrongRecoveryCode() if params.id == RECOVERY_SLOT else WrongPassphrase()) from None
