"""Disk full, write errors and read-only folders: a clear error, and the vault as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.evidence import EvidenceService
from app.services.records import Records
from storage import audit
from storage.errors import StorageFull, VaultReadOnly
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE, ROOT


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MiB tmpfs (needs root, as in CI); skipped elsewhere."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mnt)], capture_output=True).returncode
    ):
        pytest.skip("mounting a small tmpfs needs root")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _state(vault: Vault) -> tuple:
    return (
        vault.db.one("SELECT count(*) FROM evidence")[0],
        vault.db.one("SELECT count(*) FROM audit")[0],
        sorted(p.name for p in (vault.folder / "evidence").iterdir()),
    )


def test_disk_full_during_intake(small_disk, tmp_path):
    vault, _ = Vault.create(small_disk / "v", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    try:
        case = Records(vault).insert("cases", {"title": "Full disk"})
        small = tmp_path / "small.bin"
        small.write_bytes(os.urandom(100_000))
        EvidenceService(vault).add_file(case, small)
        before = _state(vault)
        big = tmp_path / "big.bin"
        big.write_bytes(os.urandom(12 * 1024 * 1024))
        with pytest.raises(StorageFull, match="disk is full"):
            EvidenceService(vault).add_file(case, big)
        assert _state(vault) == before
        assert vault.db.integrity_problems() == []
        with vault.db.lock:
            assert audit.verify(vault.db.conn) == []
    finally:
        vault.close()
    with Vault.open(small_disk / "v", passphrase=PASSPHRASE) as again:
        assert again.db.one("SELECT count(*) FROM evidence")[0] == 1


def test_disk_full_during_database_writes(small_disk):
    vault, _ = Vault.create(small_disk / "v", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    rec = Records(vault)
    case = rec.insert("cases", {"title": "Full disk"})
    written = 0
    with pytest.raises(StorageFull):
        for i in range(10_000):
            rec.insert("events", {"case_id": case, "type": "protest", "title": f"e{i}", "description": "x" * 50_000})
            written += 1
    assert vault.db.one("SELECT count(*) FROM events")[0] == written
    vault.close()
    (small_disk / "filler").unlink(missing_ok=True)
    with Vault.open(small_disk / "v", passphrase=PASSPHRASE) as again:
        assert again.db.one("SELECT count(*) FROM events")[0] == written
        assert again.db.integrity_problems() == []


def test_disk_full_when_creating_a_vault_leaves_nothing(small_disk):
    (small_disk / "filler").write_bytes(b"\0" * (6 * 1024 * 1024 - 64 * 1024))
    with pytest.raises(StorageFull):
        Vault.create(small_disk / "v", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_read_only_vault_folder(small_disk):
    vault, _ = Vault.create(small_disk / "v", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    vault.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(VaultReadOnly, match="read-only"):
        Vault.open(small_disk / "v", passphrase=PASSPHRASE)
    with pytest.raises((VaultReadOnly, StorageFull)):
        Vault.create(small_disk / "w", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)


def test_file_size_limit_is_a_clear_error(tmp_path):
    """Without root: a process file-size limit makes writes fail (EFBIG) mid-intake."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    case = Records(vault).insert("cases", {"title": "Limits"})
    vault.close()
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(8 * 1024 * 1024))
    code = f"""
import resource, signal, sys
sys.path.insert(0, {str(ROOT)!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from storage.vault import Vault
from app.services.evidence import EvidenceService
from storage.errors import StorageFull
v = Vault.open({str(tmp_path / "v")!r}, passphrase={PASSPHRASE!r})
resource.setrlimit(resource.RLIMIT_FSIZE, (2 * 1024 * 1024, resource.RLIM_INFINITY))
try:
    EvidenceService(v).add_file({case!r}, {str(src)!r})
except StorageFull as e:
    print("FULL", e)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "FULL" in out.stdout, out.stderr[-2000:]
    with Vault.open(tmp_path / "v", passphrase=PASSPHRASE) as v:
        assert v.db.one("SELECT count(*) FROM evidence")[0] == 0
        assert list((tmp_path / "v" / "evidence").iterdir()) == []


def test_clock_jump_does_not_break_timestamps(vault):
    """Audit timestamps come from the wall clock, which may jump back; the chain does not care."""
    import datetime as dt

    from storage.clock import FakeClock

    clock = FakeClock(dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    vault.clock = clock
    rec = Records(vault)
    rec.insert("cases", {"title": "a"})
    clock._now -= dt.timedelta(days=400)  # the clock jumps back a year
    rec.insert("cases", {"title": "b"})
    with vault.db.lock:
        assert audit.verify(vault.db.conn) == []


def test_unreadable_source_path_is_named_without_its_contents(vault, tmp_path):
    case = Records(vault).insert("cases", {"title": "x"})
    with pytest.raises(Exception) as info:
        EvidenceService(vault).add_file(case, Path("/proc/self/mem"))
    assert "Traceback" not in str(info.value)
