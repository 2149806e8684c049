"""The audit log's evolving keys: one Ed25519 key per row, each derived one way from the last.

K_{j+1} = SHA-256("casefile/audit/evolve" ‖ K_j): from today's key nobody can compute
yesterday's. The first key is random, not derived from the vault's data key, so the
passphrase does not lead back to it either.
"""

from __future__ import annotations

import hashlib
import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

EVOLVE = b"casefile/audit/evolve\0"
SIGNED = b"casefile/audit/row\0"  # domain separation: a row signature is never a valid pack signature


def first_key() -> bytes:
    return secrets.token_bytes(32)


def successor(key: bytes) -> bytes:
    return hashlib.sha256(EVOLVE + key).digest()


def public_hex(key: bytes) -> str:
    return Ed25519PrivateKey.from_private_bytes(key).public_key().public_bytes_raw().hex()


def sign(key: bytes, digest: str) -> str:
    return Ed25519PrivateKey.from_private_bytes(key).sign(SIGNED + bytes.fromhex(digest)).hex()


def signature_valid(public: str, digest: str, signature: str | None) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(
            bytes.fromhex(signature or ""), SIGNED + bytes.fromhex(digest)
        )
    except (InvalidSignature, ValueError):
        return False
    return True
