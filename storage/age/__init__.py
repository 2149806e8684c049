"""Casefile's own age v1 (C2SP ``age.md``): X25519 recipients, binary files only.

Why our own: the evidence store, packs and receive stream gigabytes through
age, and need large buffers, a cipher that releases the GIL, strict parsing
and control over what plaintext is handed out before authentication. The
format is the standard one: files written here open with the ``age`` tool,
and files from ``age`` open here. No armor, no scrypt, no plugins, no
post-quantum recipients: such files are refused (they fail closed).

- ``keys``: X25519 identities and recipients, Bech32, stanza wrap and unwrap;
- ``header``: the header's strict parser and encoder, and its MAC;
- ``stream``: ``AgeWriter`` and ``AgeReader``, STREAM with 64 KiB chunks.

Checked against the C2SP CCTV vectors, pyrage and the Go ``age`` CLI
(``tests/test_age_*.py``).
"""

from storage.age.errors import AgeError, AgeHeaderError, AgeHmacError, AgeKeyError, AgeNoMatch, AgePayloadError
from storage.age.header import Stanza
from storage.age.keys import Identity, Recipient
from storage.age.stream import CHUNK, AgeReader, AgeWriter

__all__ = [
    "CHUNK",
    "AgeError",
    "AgeHeaderError",
    "AgeHmacError",
    "AgeKeyError",
    "AgeNoMatch",
    "AgePayloadError",
    "AgeReader",
    "AgeWriter",
    "Identity",
    "Recipient",
    "Stanza",
]
