"""HKDF-SHA-256 with a 32-byte output, the only key derivation age v1 uses."""

from __future__ import annotations

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    # An empty salt is the same as no salt (RFC 5869: a string of HashLen zeros, and HMAC pads keys with zeros).
    return HKDF(algorithm=SHA256(), length=32, salt=salt or None, info=info).derive(ikm)
