"""The C2SP CCTV age vectors: every binary X25519 vector gives its expected result and payload; the rest fail closed."""

from __future__ import annotations

import hashlib

import pytest

from storage.age import Identity
from tests.age_support import VECTORS, ours_decrypt, pyrage_decrypt, vectors

ALL = vectors() if VECTORS.is_dir() else []
APPLICABLE = [v for v in ALL if v.applicable]
OTHERS = [v for v in ALL if not v.applicable]
# pyrage accepts these two headers, which the specification rejects (a stanza needs a final body line).
PYRAGE_KNOWN_WRONG = {"stanza_missing_body", "stanza_missing_final_line"}


def _keys(v) -> list[Identity]:
    return [Identity.from_str(i) for i in v.x25519_identities] or [Identity.generate()]


def test_the_vectors_are_there():
    assert len(ALL) == 143
    assert len(APPLICABLE) == 67 and len(OTHERS) == 76


@pytest.mark.parametrize("v", APPLICABLE, ids=lambda v: v.name)
def test_binary_x25519_vector(v):
    result, released = ours_decrypt(v.body, _keys(v))
    assert result == v.expect
    if result in ("success", "payload failure"):
        # Everything handed out, even before a failure, is exactly the authenticated prefix.
        assert hashlib.sha256(released).hexdigest() == v.payload
    else:
        assert released == b""


@pytest.mark.parametrize("v", OTHERS, ids=lambda v: v.name)
def test_armor_scrypt_and_post_quantum_fail_closed(v):
    result, released = ours_decrypt(v.body, _keys(v))
    assert result != "success" and result in ("header failure", "no match")
    assert released == b""


def test_pyrage_is_no_oracle():
    """pyrage agrees on every applicable vector's success or failure, except two headers it wrongly accepts."""
    disagree = set()
    for v in APPLICABLE:
        plain = pyrage_decrypt(v.body, _keys(v))
        if (plain is not None) != (v.expect == "success"):
            disagree.add(v.name)
        elif plain is not None:
            assert hashlib.sha256(plain).hexdigest() == v.payload, v.name
    assert disagree == PYRAGE_KNOWN_WRONG
