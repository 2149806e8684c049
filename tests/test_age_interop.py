"""Differential tests: Casefile's age, pyrage and the Go ``age`` CLI read each other's files, and agree on damage."""

from __future__ import annotations

import os
import random

import pytest

from storage.age import Identity
from storage.age.stream import CHUNK, SEALED_CHUNK
from tests.age_support import (
    HAVE_AGE_CLI,
    cli_decrypt,
    cli_encrypt,
    cli_keyfile,
    ours_decrypt,
    ours_encrypt,
    pyrage_decrypt,
    pyrage_encrypt,
)

pytestmark = pytest.mark.skipif(not HAVE_AGE_CLI, reason="the age CLI is not installed (tools/setup.sh installs it)")

SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7, 17 * CHUNK + 1]  # the last crosses a 16-chunk batch


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    ids = [Identity.generate() for _ in range(3)]
    folder = tmp_path_factory.mktemp("age-keys")
    return ids, [cli_keyfile(folder, [i]) for i in ids]


@pytest.mark.parametrize("size", SIZES)
def test_each_reads_the_others_files(keys, size):
    ids, keyfiles = keys
    data = os.urandom(size)
    one = [ids[0].to_public()]
    ours = ours_encrypt(data, one)
    assert cli_decrypt(ours, keyfiles[0]) == data
    assert pyrage_decrypt(ours, [ids[0]]) == data
    assert ours_decrypt(cli_encrypt(data, one), [ids[0]]) == ("success", data)
    assert ours_decrypt(pyrage_encrypt(data, one), [ids[0]]) == ("success", data)
    # The STREAM layout is the same everywhere: header, 16-byte nonce, ceil(size / 64 KiB) sealed chunks.
    chunks = max(1, -(-size // CHUNK))
    header_len = ours.index(b"\n", ours.index(b"\n---") + 1) + 1
    assert len(ours) == header_len + 16 + size + 16 * chunks


@pytest.mark.parametrize("maker", ["ours", "cli", "pyrage"])
def test_several_recipients_each_opens(keys, maker):
    ids, keyfiles = keys
    data = os.urandom(2 * CHUNK + 3)
    recipients = [i.to_public() for i in ids]
    sealed = {"ours": ours_encrypt, "cli": cli_encrypt, "pyrage": pyrage_encrypt}[maker](data, recipients)
    for ident, keyfile in zip(ids, keyfiles):
        assert ours_decrypt(sealed, [ident]) == ("success", data)
        assert pyrage_decrypt(sealed, [ident]) == data
        assert cli_decrypt(sealed, keyfile) == data
    stranger = Identity.generate()
    assert ours_decrypt(sealed, [stranger])[0] == "no match"


def _mutants(sealed: bytes, header_len: int) -> dict[str, bytes]:
    rnd = random.Random(12)
    payload = header_len + 16
    chunks = [sealed[i : i + SEALED_CHUNK] for i in range(payload, len(sealed), SEALED_CHUNK)]
    head = sealed[:payload]
    out: dict[str, bytes] = {}
    for n in range(24):  # single bit flips spread over the whole file, and a few in the header
        pos = rnd.randrange(len(sealed)) if n >= 8 else rnd.randrange(header_len)
        b = bytearray(sealed)
        b[pos] ^= 1 << rnd.randrange(8)
        out[f"flip@{pos}"] = bytes(b)
    for cut in [0, 10, header_len - 1, header_len, header_len + 8, payload, payload + 1, payload + SEALED_CHUNK]:
        out[f"truncate@{cut}"] = sealed[:cut]
    out["truncate-last-chunk"] = sealed[: payload + SEALED_CHUNK * (len(chunks) - 1)]
    out["truncate-tag"] = sealed[:-1]
    out["drop-first-chunk"] = head + b"".join(chunks[1:])
    out["drop-middle-chunk"] = head + chunks[0] + b"".join(chunks[2:])
    out["swap-chunks"] = head + chunks[1] + chunks[0] + b"".join(chunks[2:])
    out["repeat-chunk"] = head + chunks[0] + b"".join(chunks)
    out["append-byte"] = sealed + b"\0"
    out["append-chunk"] = sealed + chunks[-1]
    text = sealed[:header_len]
    edits = {
        "version": text.replace(b"/v1\n", b"/v2\n", 1),
        "stanza-type": text.replace(b"-> X25519 ", b"-> x25519 ", 1),
        "extra-arg": text.replace(b"-> X25519 ", b"-> X25519 extra ", 1),
        "mac-line-space": text.replace(b"--- ", b"---  ", 1),
        "crlf": text.replace(b"\n", b"\r\n", 1),
        "grease-stanza": text.replace(b"\n-> X25519", b"\n-> grease\n\n-> X25519", 1),
        "drop-stanza-body": text.replace(text.split(b"\n")[2] + b"\n", b"", 1),
        "padded-base64": text.replace(b"\n---", b"=\n---", 1),
    }
    for name, new_head in edits.items():
        out[f"header-{name}"] = new_head + sealed[header_len:]
    return out


def test_mutations_all_three_agree(keys):
    ids, keyfiles = keys
    data = os.urandom(4 * CHUNK + 100)
    sealed = ours_encrypt(data, [ids[0].to_public()])
    header_len = sealed.index(b"\n---") + 1
    header_len = sealed.index(b"\n", header_len) + 1
    verdicts = {}
    for name, mutant in _mutants(sealed, header_len).items():
        ours, released = ours_decrypt(mutant, [ids[0]])
        theirs_cli = cli_decrypt(mutant, keyfiles[0])
        theirs_py = pyrage_decrypt(mutant, [ids[0]])
        ok = ours == "success"
        assert ok == (theirs_cli is not None) == (theirs_py is not None), (name, ours)
        if ok:
            assert released == theirs_cli == theirs_py
        else:
            assert data.startswith(released), name  # nothing unauthenticated was handed out
        verdicts[name] = ok
    # Every mutation breaks the header's form, its MAC or a chunk's tag (even an added unknown stanza, which
    # readers ignore, changes what the MAC covers): nothing may be accepted.
    assert {n for n, ok in verdicts.items() if ok} == set()
    assert len(verdicts) >= 45
