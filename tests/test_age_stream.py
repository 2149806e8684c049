"""Casefile's age stream: no unauthenticated byte handed out or left behind, keys as age writes them, buffers."""

from __future__ import annotations

import io
import os
import subprocess

import pytest

from storage.age import AgeHeaderError, AgeKeyError, AgePayloadError, AgeReader, AgeWriter, Identity, Recipient
from storage.age.stream import CHUNK, SEALED_CHUNK
from tests.age_support import HAVE_AGE_CLI, ours_decrypt, ours_encrypt


def _payload_start(sealed: bytes) -> int:
    return sealed.index(b"\n", sealed.index(b"\n---") + 1) + 1 + 16


def test_a_failed_chunk_leaves_no_plaintext_in_the_buffer():
    """decrypt_into writes plaintext before it checks the tag: the reader must wipe it."""
    ident = Identity.generate()
    data = bytes(range(256)) * (5 * CHUNK // 256)  # recognisable, no zero runs
    sealed = bytearray(ours_encrypt(data, [ident.to_public()]))
    sealed[_payload_start(bytes(sealed)) + 2 * SEALED_CHUNK + 100] ^= 0x40  # damage chunk 2 of 5
    reader = AgeReader(io.BytesIO(bytes(sealed)), [ident])
    first = bytes(reader.read_view())
    assert first == data[: 2 * CHUNK]  # chunks 0 and 1 authenticated and handed out, nothing of chunk 2
    failed_region = reader._plain[2 * CHUNK : 3 * CHUNK]  # noqa: SLF001 - the buffer is what this test is about
    assert failed_region == bytes(CHUNK), "unauthenticated plaintext left in the output buffer"
    with pytest.raises(AgePayloadError):
        reader.read_view()
    assert reader.read_view() == b""


def test_closing_wipes_the_buffers():
    ident = Identity.generate()
    data = b"confidential statement " * 5000
    reader = AgeReader(io.BytesIO(ours_encrypt(data, [ident.to_public()])), [ident])
    assert bytes(reader.read_view()) == data
    reader.close()
    assert not any(reader._plain)  # noqa: SLF001
    out = io.BytesIO()
    writer = AgeWriter(out, [ident.to_public()])
    writer.write(data)
    writer.close()
    assert not any(writer._plain)  # noqa: SLF001


@pytest.mark.parametrize("pieces", [1, 7, 513, 4096])
def test_any_write_pattern_gives_one_valid_file(pieces):
    ident = Identity.generate()
    data = os.urandom(3 * 16 * CHUNK + 5)  # three batches and a bit
    out = io.BytesIO()
    writer = AgeWriter(out, [ident.to_public()])
    step = -(-len(data) // pieces)
    for i in range(0, len(data), step):
        writer.write(memoryview(data)[i : i + step])
    writer.close()
    assert ours_decrypt(out.getvalue(), [ident]) == ("success", data)


@pytest.mark.parametrize("size", [0, CHUNK, 16 * CHUNK, 17 * CHUNK, 33 * CHUNK + 1])
def test_write_from_reads_straight_into_the_buffer(size):
    ident = Identity.generate()
    data = os.urandom(size)
    out = io.BytesIO()
    writer = AgeWriter(out, [ident.to_public()])
    seen = bytearray()
    src = io.BytesIO(data)
    while piece := writer.write_from(src):
        seen += piece
    writer.close()
    assert seen == data and writer.plaintext_size == size
    assert ours_decrypt(out.getvalue(), [ident]) == ("success", data)


def test_small_reads_and_readinto():
    ident = Identity.generate()
    data = os.urandom(2 * CHUNK + 999)
    reader = AgeReader(io.BytesIO(ours_encrypt(data, [ident.to_public()])), [ident])
    got = bytearray()
    buf = bytearray(777)
    while n := reader.readinto(buf):
        got += buf[:n]
    assert got == data


def test_header_limits_and_bad_keys():
    ident = Identity.generate()
    with pytest.raises(AgeHeaderError):
        AgeReader(io.BytesIO(b"age-encryption.org/v1\n-> X25519 " + b"A" * 3_000_000), [ident])
    with pytest.raises(AgeHeaderError):
        AgeReader(io.BytesIO(b"not an age file at all"), [ident])
    upper = str(ident.to_public()).upper()
    broken_checksum = upper[:-1] + ("P" if upper[-1] == "Q" else "Q")  # another last letter, whatever it was
    for bad in ["", "age1", "AGE-SECRET-KEY-1" + "Q" * 58, broken_checksum]:
        with pytest.raises(AgeKeyError):
            Recipient.from_str(bad)
    with pytest.raises(AgeKeyError):
        Identity.from_str(str(ident.to_public()))  # a recipient is not an identity
    with pytest.raises(ValueError):
        AgeWriter(io.BytesIO(), [])


@pytest.mark.skipif(not HAVE_AGE_CLI, reason="the age CLI is not installed")
def test_keys_are_spelled_as_age_spells_them(tmp_path):
    keyfile = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(keyfile)], capture_output=True, check=True)
    secret = next(line for line in keyfile.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-1"))
    public = subprocess.run(["age-keygen", "-y", str(keyfile)], capture_output=True, text=True, check=True).stdout
    ident = Identity.from_str(secret)
    assert str(ident) == secret and str(ident.to_public()) == public.strip()
    assert Recipient.from_str(public) == ident.to_public()
