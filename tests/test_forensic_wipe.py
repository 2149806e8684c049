"""Looking for old key slots the way a forensic examiner would: on a raw ext4 image.

A vault is made on a fresh ext4 file system, its passphrase is changed and it is wiped through the
command line; the file system is unmounted and the whole image is searched for anything that looks
like a vault header (a metadata copy of ``vault.header``, or a ``vault.json`` of the first format).
Every candidate, and the header file rebuilt from the blocks it occupied (read with ``debugfs``),
is tried with every passphrase and recovery code the vault ever had. Goal: 0 found, 0 opened.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.demo import load_demo
from storage.errors import VaultDamaged, WrongPassphrase
from storage.header import KeyHeader, LegacyHeader
from storage.header_codec import BLOCK, MAGIC
from storage.header_file import HEADER_SIZE
from storage.slots import PASSPHRASE_SLOT, RECOVERY_SLOT, normalise_recovery_code, passphrase_bytes
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, ROOT

OLD = "old passphrase of the seized laptop"
NEW = "new passphrase after the border"
IMAGE_MIB = 48


# -- the file system -----------------------------------------------------------------------------


def _run(*cmd: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=120, **kw)


@contextmanager
def _mounted(image: Path, mountpoint: Path) -> Iterator[None]:
    """Mount with a loop device when root may, else with fuse2fs; skip with the reason otherwise."""
    mountpoint.mkdir(exist_ok=True)
    how = None
    if os.geteuid() == 0 and shutil.which("mount"):
        out = _run("mount", "-o", "loop", str(image), str(mountpoint))
        if out.returncode == 0:
            how = "loop"
    if how is None and shutil.which("fuse2fs"):
        out = _run("fuse2fs", "-o", "fakeroot", str(image), str(mountpoint))
        if out.returncode == 0:
            how = "fuse"
    if how is None:
        pytest.skip("cannot mount an ext4 image here: not root with loop devices, and no working fuse2fs")
    try:
        yield
    finally:
        os.sync()
        if how == "loop":
            _run("umount", str(mountpoint))
        else:
            _run("fusermount", "-u", str(mountpoint))


@pytest.fixture
def ext4(tmp_path) -> Path:
    if not shutil.which("mkfs.ext4") or not shutil.which("debugfs"):
        pytest.skip("mkfs.ext4 and debugfs (e2fsprogs) are needed for the forensic test")
    image = tmp_path / "disk.img"
    with open(image, "wb") as f:
        f.truncate(IMAGE_MIB * 1024 * 1024)
    out = _run("mkfs.ext4", "-q", "-F", "-b", "4096", str(image))
    assert out.returncode == 0, out.stderr
    return image


def _cli(mountpoint: Path, *args: str, passphrase: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, CASEFILE_VAULT=str(mountpoint / "vault"), CASEFILE_PASSPHRASE=passphrase)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=300, cwd=mountpoint
    )


def _file_blocks(image: Path, path_in_fs: str) -> list[int]:
    """The physical blocks a file occupies, as debugfs reports them (on the unmounted image)."""
    out = _run("debugfs", "-R", f"blocks {path_in_fs}", str(image))
    return [int(b) for b in out.stdout.split()]


# -- the examiner --------------------------------------------------------------------------------


def carve(raw: bytes) -> tuple[list[bytes], list[bytes]]:
    """Everything in ``raw`` that looks like a header: (in-place header files, vault.json texts)."""
    files = []
    for m in re.finditer(re.escape(MAGIC), raw):
        copy = int.from_bytes(raw[m.start() + 10 : m.start() + 12], "big")
        if raw[m.start() + 8 : m.start() + 10] != (2).to_bytes(2, "big") or copy > 1:
            continue
        start = m.start() - copy * BLOCK
        files.append(raw[start : start + HEADER_SIZE])
    legacy = []
    for m in re.finditer(rb'"format":\s*"casefile-vault"', raw):
        start = raw.rfind(b"{", max(0, m.start() - 200), m.start())
        end = raw.find(b"\n}", m.end())
        if start >= 0 and end > 0:
            legacy.append(raw[start : end + 2])
    return files, legacy


def try_all(files: list[bytes], legacy: list[bytes], passphrases: list[str], codes: list[str]) -> list[str]:
    """Which secrets open which candidate: a list of 'candidate k opened with …' findings."""
    opened = []
    secrets = [(PASSPHRASE_SLOT, passphrase_bytes(p), p) for p in passphrases]
    secrets += [(RECOVERY_SLOT, normalise_recovery_code(c), c) for c in codes]
    with tempfile.TemporaryDirectory() as work:
        for k, candidate in enumerate(files):
            path = Path(work) / f"candidate-{k}"
            path.write_bytes(candidate)
            try:
                header = KeyHeader.open(path)
            except VaultDamaged:
                continue
            with_header(header, secrets, f"header {k}", opened)
        for k, text in enumerate(legacy):
            try:
                with_header(LegacyHeader.parse(text), secrets, f"vault.json {k}", opened)
            except VaultDamaged:
                continue
    return opened


def with_header(header: KeyHeader | LegacyHeader, secrets: list, name: str, opened: list[str]) -> None:
    try:
        for slot_id, secret, label in secrets:
            try:
                header.unwrap(slot_id, secret, None)
            except (WrongPassphrase, VaultDamaged):
                continue
            opened.append(f"{name} opened with {label}")
    finally:
        header.close()


def _examine(image: Path, old_blocks: list[int], passphrases: list[str], codes: list[str]) -> tuple[int, list[str]]:
    raw = image.read_bytes()
    files, legacy = carve(raw)
    if old_blocks:  # the header file as it lay on disk, rebuilt from its blocks
        files.append(b"".join(raw[b * 4096 : (b + 1) * 4096] for b in old_blocks)[:HEADER_SIZE])
    opened = try_all(files, legacy, passphrases, codes)
    found = sum(1 for f in files[: len(files) - bool(old_blocks)] if f[:8] == MAGIC) + len(legacy)
    return found, opened


# -- the tests -----------------------------------------------------------------------------------


def test_carving_finds_a_live_vault_json(tmp_path):
    """The examiner is able to fail: a vault.json of the first format lying in free space opens."""
    fixture = ROOT / "tests" / "fixtures" / "vault-v1"
    import json

    secrets = json.loads((ROOT / "tests" / "fixtures" / "vault-v1.json").read_text())
    noise = os.urandom(100_000) + (fixture / "vault.json").read_bytes() + os.urandom(100_000)
    files, legacy = carve(noise)
    os.environ.pop("CASEFILE_INSECURE_TEST_KDF", None)
    try:
        found = try_all(files, legacy, [secrets["passphrase"]], [secrets["recovery_code"]])
    finally:
        os.environ["CASEFILE_INSECURE_TEST_KDF"] = "1"
    assert found == [
        "vault.json 0 opened with " + secrets["passphrase"],
        "vault.json 0 opened with " + secrets["recovery_code"],
    ]


def _control(image: Path, passphrases: list[str], current: str, codes: list[str], code: str) -> list[int]:
    """Before the wipe the examiner finds the live header, which opens with the current secrets only
    (the old ones were overwritten in place). Returns the header file's blocks for later."""
    blocks = _file_blocks(image, "/vault/vault.header")
    assert len(blocks) * 4096 >= HEADER_SIZE
    found, opened = _examine(image, [], passphrases, codes)
    assert found >= 1
    assert sorted(opened) == sorted({f"header {k} opened with {s}" for k in range(found) for s in (current, code)})
    return blocks


def test_passwd_then_wipe_leaves_nothing_to_carve(ext4, tmp_path):
    """Fast: the vault is made and its passphrase changed in this process with light key derivation;
    the wipe runs through the command line."""
    mnt = tmp_path / "mnt"
    with _mounted(ext4, mnt):
        vault, code = Vault.create(mnt / "vault", OLD, kdf=LIGHT_KDF, allow_below_floor=True)
        load_demo(vault)
        vault.change_passphrase(NEW, kdf=LIGHT_KDF, allow_below_floor=True)
        vault.close()
    blocks = _control(ext4, [OLD, NEW], NEW, [code], code)
    with _mounted(ext4, mnt):
        out = _cli(mnt, "wipe", "--yes", passphrase=NEW)
        assert out.returncode == 0, out.stderr
        assert not (mnt / "vault").exists()
    found, opened = _examine(ext4, blocks, [OLD, NEW], [code])
    print(f"after passwd + wipe: {found} header copies found, {len(opened)} opened")
    assert (found, opened) == (0, [])


@pytest.mark.slow
def test_every_key_change_then_wipe_through_the_cli_leaves_nothing_to_carve(ext4, tmp_path):
    """Slow: everything through the command line with real key derivation: init, evidence, passwd
    twice, a new recovery code, a key rotation, then wipe."""
    mnt = tmp_path / "mnt"
    passphrases = [OLD, NEW, "third passphrase on the road", "fourth passphrase after rotation"]
    codes = []
    with _mounted(ext4, mnt):
        out = _cli(mnt, "init", passphrase=OLD)
        assert out.returncode == 0, out.stderr
        codes.append(next(line.strip() for line in out.stdout.splitlines() if line.strip().count("-") == 7))
        evidence = tmp_path / "photo.jpg"
        evidence.write_bytes(os.urandom(300_000))
        for args in (["demo"], ["evidence", "add", "case-atajurt", str(evidence)]):
            out = _cli(mnt, *args, passphrase=OLD)
            assert out.returncode == 0, out.stderr
        for before, after in zip(passphrases[:2], passphrases[1:3]):
            (tmp_path / "new").write_text(after)
            out = _cli(mnt, "passwd", "--new-passphrase-file", str(tmp_path / "new"), passphrase=before)
            assert out.returncode == 0, out.stderr
        out = _cli(
            mnt, "recovery", "--regenerate", "--recovery-code-out", str(tmp_path / "c1"), passphrase=passphrases[2]
        )
        assert out.returncode == 0, out.stderr
        codes.append((tmp_path / "c1").read_text().strip())
        (tmp_path / "new").write_text(passphrases[3])
        out = _cli(
            mnt,
            "rotate-key",
            "--new-passphrase-file",
            str(tmp_path / "new"),
            "--recovery-code-out",
            str(tmp_path / "c2"),
            passphrase=passphrases[2],
        )
        assert out.returncode == 0, out.stderr
        codes.append((tmp_path / "c2").read_text().strip())
    blocks = _control(ext4, passphrases, passphrases[3], codes, codes[-1])
    with _mounted(ext4, mnt):
        out = _cli(mnt, "wipe", "--yes", passphrase=passphrases[3])
        assert out.returncode == 0, out.stderr
    found, opened = _examine(ext4, blocks, passphrases, codes)
    print(f"after init, 2 passwd, recovery, rotate-key and wipe: {found} header copies found, {len(opened)} opened")
    assert (found, opened) == (0, [])
