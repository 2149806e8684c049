"""X25519 identities and recipients, and their stanzas (C2SP age, "The X25519 recipient type")."""

from __future__ import annotations

from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from storage.age import bech32
from storage.age.errors import AgeHeaderError, AgeKeyError
from storage.age.header import Stanza, b64decode, b64encode
from storage.age.kdf import hkdf_sha256

STANZA_TYPE = "X25519"
_LABEL = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = bytes(12)
RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
FILE_KEY_BYTES = 16


class Recipient:
    """An X25519 public key (``age1…``): files can be encrypted to it."""

    __slots__ = ("_public",)

    def __init__(self, public: bytes) -> None:
        if len(public) != 32:
            raise AgeKeyError("an X25519 recipient is 32 bytes")
        self._public = bytes(public)

    @classmethod
    def from_str(cls, text: str) -> Recipient:
        hrp, data = bech32.decode(text.strip())
        if hrp != RECIPIENT_HRP or len(data) != 32:
            raise AgeKeyError("this is not an age X25519 recipient (age1…)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self._public)

    def __repr__(self) -> str:
        return f"Recipient({self})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Recipient) and other._public == self._public

    def __hash__(self) -> int:
        return hash(self._public)

    def wrap(self, file_key: bytes) -> Stanza:
        """A stanza that gives ``file_key`` to the holder of this recipient's identity."""
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self._public))
        except ValueError:  # a low-order point: no key can be agreed with it
            raise AgeKeyError("this X25519 recipient is not a usable public key") from None
        wrap_key = hkdf_sha256(shared, share + self._public, _LABEL)
        body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza(STANZA_TYPE, (b64encode(share).decode("ascii"),), body)


class Identity:
    """An X25519 secret key (``AGE-SECRET-KEY-1…``): it opens files encrypted to its recipient."""

    __slots__ = ("_key", "_recipient")

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise AgeKeyError("an X25519 identity is 32 bytes")
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self._recipient = Recipient(self._key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> Identity:
        return cls(X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_str(cls, text: str) -> Identity:
        hrp, data = bech32.decode(text.strip())
        if hrp != IDENTITY_HRP or len(data) != 32:
            raise AgeKeyError("this is not an age X25519 identity (AGE-SECRET-KEY-1…)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(IDENTITY_HRP, self._key.private_bytes_raw()).upper()

    def __repr__(self) -> str:
        return "Identity(<secret>)"

    def to_public(self) -> Recipient:
        return self._recipient

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key if ``stanza`` (a well-formed X25519 stanza) is addressed to this identity, else None."""
        share = b64decode(stanza.args[0].encode("ascii"), "X25519 share")
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # all-zero shared secret: the specification says abort
            raise AgeHeaderError("an X25519 stanza carries a low-order share") from None
        wrap_key = hkdf_sha256(shared, share + self._recipient._public, _LABEL)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None


def check_x25519_stanzas(stanzas: Iterable[Stanza]) -> list[Stanza]:
    """The X25519 stanzas, each checked for form first (a malformed one rejects the whole header)."""
    found = []
    for s in stanzas:
        if s.type != STANZA_TYPE:
            continue
        if len(s.args) != 1:
            raise AgeHeaderError("an X25519 stanza must have exactly two arguments")
        if len(b64decode(s.args[0].encode("ascii"), "X25519 share")) != 32:
            raise AgeHeaderError("an X25519 stanza's share is not 32 bytes")
        if len(s.body) != FILE_KEY_BYTES + 16:
            raise AgeHeaderError("an X25519 stanza's body is not 32 bytes")
        found.append(s)
    return found
