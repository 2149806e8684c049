"""Helpers for the age tests (no tests here): reading CCTV vectors, and running the three implementations."""

from __future__ import annotations

import io
import shutil
import subprocess
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from storage.age import (
    AgeError,
    AgeHeaderError,
    AgeHmacError,
    AgeNoMatch,
    AgePayloadError,
    AgeReader,
    AgeWriter,
    Identity,
    Recipient,
)

VECTORS = Path(__file__).resolve().parent.parent.parent / "shared" / "testdata" / "cctv-age"
KINDS = {
    AgeHeaderError: "header failure",
    AgeNoMatch: "no match",
    AgeHmacError: "HMAC failure",
    AgePayloadError: "payload failure",
}
HAVE_AGE_CLI = shutil.which("age") is not None and shutil.which("age-keygen") is not None


@dataclass
class Vector:
    name: str
    expect: str
    body: bytes
    identities: list[str] = field(default_factory=list)
    payload: str | None = None
    armored: bool = False
    passphrase: bool = False

    @property
    def x25519_identities(self) -> list[str]:
        return [i for i in self.identities if i.startswith("AGE-SECRET-KEY-1")]

    @property
    def applicable(self) -> bool:
        """A binary file whose keys are X25519 only (or none at all): what Casefile's age must get right."""
        return not self.armored and not self.passphrase and self.identities == self.x25519_identities


def vectors() -> list[Vector]:
    out = []
    for path in sorted(VECTORS.iterdir()):
        if path.name.startswith("README"):
            continue
        head, _, body = path.read_bytes().partition(b"\n\n")
        v = Vector(path.name, "", b"")
        compressed = False
        for line in head.decode("utf-8").splitlines():
            key, _, value = line.partition(": ")
            if key == "expect":
                v.expect = value
            elif key == "identity":
                v.identities.append(value)
            elif key == "payload":
                v.payload = value
            elif key == "armored":
                v.armored = value == "yes"
            elif key == "passphrase":
                v.passphrase = True
            elif key == "compressed":
                compressed = value == "zlib"
        v.body = zlib.decompress(body) if compressed else body
        out.append(v)
    return out


def ours_decrypt(data: bytes, identities: list[Identity]) -> tuple[str, bytes]:
    """('success' or the failure kind, every byte handed out before the end or the failure)."""
    released = bytearray()
    try:
        reader = AgeReader(io.BytesIO(data), identities)
        while view := reader.read_view():
            released += view
    except AgeError as exc:
        return KINDS[type(exc)], bytes(released)
    return "success", bytes(released)


def ours_encrypt(data: bytes, recipients: list[Recipient]) -> bytes:
    out = io.BytesIO()
    writer = AgeWriter(out, recipients)
    writer.write(data)
    writer.close()
    return out.getvalue()


def pyrage_decrypt(data: bytes, identities: list[Identity]) -> bytes | None:
    try:
        return pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(str(i)) for i in identities])
    except Exception:  # pyrage raises several kinds for a refused file
        return None


def pyrage_encrypt(data: bytes, recipients: list[Recipient]) -> bytes:
    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(str(r)) for r in recipients])


def cli_keyfile(folder: Path, identities: list[Identity]) -> Path:
    path = folder / f"keys-{len(list(folder.glob('keys-*')))}.txt"
    path.write_text("".join(f"{i}\n" for i in identities))
    return path


def cli_decrypt(data: bytes, keyfile: Path) -> bytes | None:
    out = subprocess.run(["age", "-d", "-i", str(keyfile)], input=data, capture_output=True)
    return out.stdout if out.returncode == 0 else None


def cli_encrypt(data: bytes, recipients: list[Recipient]) -> bytes:
    args = ["age"]
    for r in recipients:
        args += ["-r", str(r)]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout
