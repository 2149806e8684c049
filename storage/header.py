"""``vault.json``: the non-secret header holding the key slots.

Each slot wraps the same random data key (DEK) with AES-256-GCM under a key
derived from a passphrase or recovery code. The associated data is every
header field that steers the derivation, so an edited header fails to unwrap.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import DeviceKeyMissing, VaultDamaged, WrongPassphrase, WrongRecoveryCode
from storage.fsutil import atomic_write
from storage.kdf import KdfParams, derive

FORMAT = "casefile-vault"
VERSION = 1
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
MAX_HEADER_BYTES = 64 * 1024


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


def hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


@dataclass
class Slot:
    id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    pepper: bool = False  # mixed with a device pepper from the OS keychain

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kdf": self.kdf.to_json(),
            "salt": b64(self.salt),
            "pepper": "keyring" if self.pepper else "none",
            "nonce": b64(self.nonce),
            "wrapped_key": b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, obj: object) -> Slot:
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            raise VaultDamaged("The vault header is damaged (a key slot is malformed).")
        pepper = obj.get("pepper")
        if pepper not in ("none", "keyring"):
            raise VaultDamaged("The vault header is damaged (unknown device binding).")
        return cls(
            id=obj["id"],
            kdf=KdfParams.from_json(obj.get("kdf")),
            salt=unb64(obj.get("salt"), 16),
            nonce=unb64(obj.get("nonce"), 12),
            wrapped=unb64(obj.get("wrapped_key"), 48),
            pepper=pepper == "keyring",
        )


@dataclass
class Header:
    vault_id: str
    slots: list[Slot]
    version: int = VERSION

    def slot(self, slot_id: str) -> Slot:
        for s in self.slots:
            if s.id == slot_id:
                return s
        raise VaultDamaged(f"The vault header has no {slot_id} key slot.")

    def associated_data(self, slot: Slot) -> bytes:
        fields = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "slot": slot.id,
            "kdf": slot.kdf.to_json(),
            "salt": b64(slot.salt),
            "pepper": slot.pepper,
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        obj = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(obj, indent=2).encode() + b"\n"

    @classmethod
    def parse(cls, raw: bytes) -> Header:
        if len(raw) > MAX_HEADER_BYTES:
            raise VaultDamaged("The vault header is far too large; it is not a Casefile vault header.")
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultDamaged("The vault header (vault.json) is not readable; it is damaged.") from None
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise VaultDamaged("vault.json is not a Casefile vault header.")
        if obj.get("version") != VERSION:
            raise VaultDamaged("The vault header has an unknown version; it was made by another Casefile or edited.")
        vault_id = obj.get("vault_id")
        slots = obj.get("slots")
        if not isinstance(vault_id, str) or not vault_id or not isinstance(slots, list) or not slots:
            raise VaultDamaged("The vault header is damaged (no vault id or key slots).")
        return cls(vault_id=vault_id, slots=[Slot.from_json(s) for s in slots])

    @classmethod
    def read(cls, path: Path) -> Header:
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_HEADER_BYTES + 1)
        except FileNotFoundError:
            raise VaultDamaged("The vault header (vault.json) is missing.") from None
        return cls.parse(raw)

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes(), mode=0o600)

    # -- wrapping -------------------------------------------------------------

    def kek(self, slot: Slot, secret: bytes, pepper: bytes | None) -> bytes:
        key = derive(secret, slot.salt, slot.kdf)
        if slot.pepper:
            if pepper is None:
                raise DeviceKeyMissing()
            key = hkdf(key, b"casefile/v1/kek-pepper", salt=pepper)
        return key

    def new_slot(self, slot_id: str, secret: bytes, dek: bytes, kdf: KdfParams, pepper: bytes | None) -> Slot:
        slot = Slot(slot_id, kdf, secrets.token_bytes(16), secrets.token_bytes(12), b"", pepper is not None)
        kek = self.kek(slot, secret, pepper)
        slot.wrapped = AESGCM(kek).encrypt(slot.nonce, dek, self.associated_data(slot))
        return slot

    def set_slot(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.id != slot.id] + [slot]

    def unwrap(self, slot_id: str, secret: bytes, pepper: bytes | None) -> bytes:
        slot = self.slot(slot_id)
        kek = self.kek(slot, secret, pepper)
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self.associated_data(slot))
        except InvalidTag:
            raise (WrongRecoveryCode() if slot_id == RECOVERY_SLOT else WrongPassphrase()) from None


def new_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 letters, to print or write down."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(code: str) -> bytes:
    """Accept the code with any spacing, dashes or case."""
    return "".join(ch for ch in code.upper() if ch.isalnum()).encode("ascii", "ignore")
