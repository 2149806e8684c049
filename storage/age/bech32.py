"""Bech32 (BIP 173) without the 90-character limit, as age uses it for its keys."""

from __future__ import annotations

from storage.age.errors import AgeKeyError

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, g in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= g
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: list[int] | bytes, from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    top = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & top)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & top)
    elif bits >= from_bits or (acc << (to_bits - bits)) & top:
        raise AgeKeyError("the key has stray bits at its end")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Lower-case Bech32 of ``data`` under the human-readable part ``hrp``."""
    values = _regroup(data, 8, 5, pad=True)
    check = _polymod(_hrp_expand(hrp) + values + [0] * 6) ^ 1
    checksum = [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[v] for v in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """The human-readable part (lower case) and the data of a Bech32 string; AgeKeyError if malformed."""
    if text != text.lower() and text != text.upper():
        raise AgeKeyError("the key mixes upper- and lower-case letters")
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1 or sep + 7 > len(text):
        raise AgeKeyError("the key is not a Bech32 string")
    hrp, rest = text[:sep], text[sep + 1 :]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise AgeKeyError("the key's prefix has characters Bech32 does not allow")
    try:
        values = [CHARSET.index(c) for c in rest]
    except ValueError:
        raise AgeKeyError("the key has characters Bech32 does not allow") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise AgeKeyError("the key's checksum does not match (a typing or copying error)")
    return hrp, bytes(_regroup(values[:-6], 5, 8, pad=False))
