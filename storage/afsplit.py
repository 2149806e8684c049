"""Anti-forensic splitting of key material, after the idea in LUKS (Fruhwirth, 2005).

A small secret is expanded into ``stripes`` blocks of the same size, so that every bit of every
stripe is needed to get it back. A copy that was partly overwritten, or partly recovered from a
disk, gives nothing: one lost stripe changes the merged result completely.

Split: stripes s_1 … s_{n-1} are random; d_0 = 0, d_k = H(d_{k-1} ⊕ s_k); s_n = d_{n-1} ⊕ secret.
Merge runs the same chain over the stored stripes and XORs the last one back. H is a diffusion
function: SHA-256 of each 32-byte piece of a block, prefixed with the piece's index.
"""

from __future__ import annotations

import hashlib
import secrets

PIECE = 32


def _diffuse(block: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(block), PIECE):
        piece = block[i : i + PIECE]
        out += hashlib.sha256((i // PIECE).to_bytes(4, "big") + piece).digest()[: len(piece)]
    return bytes(out)


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


def split(secret: bytes, stripes: int) -> bytes:
    """``secret`` expanded to ``len(secret) * stripes`` bytes."""
    if stripes < 2:
        raise ValueError("an anti-forensic split needs at least two stripes")
    size = len(secret)
    random_part = secrets.token_bytes(size * (stripes - 1))
    d = bytes(size)
    for k in range(stripes - 1):
        d = _diffuse(_xor(d, random_part[k * size : (k + 1) * size]))
    return random_part + _xor(d, secret)


def merge(material: bytes, stripes: int) -> bytes:
    """The secret back from all its stripes."""
    if stripes < 2 or len(material) % stripes:
        raise ValueError("the key material does not divide into its stripes")
    size = len(material) // stripes
    d = bytes(size)
    for k in range(stripes - 1):
        d = _diffuse(_xor(d, material[k * size : (k + 1) * size]))
    return _xor(d, material[(stripes - 1) * size :])
