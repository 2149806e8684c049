"""The in-place header: upgrade from vault.json, KDF limits, slots overwritten where they lie."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.services.evidence import EvidenceService
from storage import audit
from storage.errors import VaultDamaged, WrongPassphrase
from storage.header import HEADER_NAME, LEGACY_HEADER_NAME
from storage.header_file import AREA_OFFSET, AREA_SIZE, BLOCK, HEADER_SIZE, SHRED_OFFSET, decode_copy
from storage.kdf import LIGHT_FOR_TESTS_ENV
from storage.vault import Vault, wipe_vault
from tests.conftest import LIGHT_KDF, PASSPHRASE, ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "vault-v1"
FIXTURE_SECRETS = json.loads((ROOT / "tests" / "fixtures" / "vault-v1.json").read_text())


def _payload(folder: Path) -> dict:
    with open(folder / HEADER_NAME, "rb") as f:
        return json.loads(decode_copy(f.read(BLOCK)).to_payload())


def _area(folder: Path, area: int) -> bytes:
    with open(folder / HEADER_NAME, "rb") as f:
        f.seek(AREA_OFFSET + area * AREA_SIZE)
        return f.read(AREA_SIZE)


def _legacy_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    return folder


# -- upgrading a vault made before the in-place header -------------------------------------------


def test_a_v1_vault_opens_and_is_upgraded_in_place(tmp_path, monkeypatch):
    monkeypatch.delenv(LIGHT_FOR_TESTS_ENV)  # the fixture was made with real parameters
    folder = _legacy_copy(tmp_path)
    old_json = (folder / LEGACY_HEADER_NAME).read_bytes()
    with Vault.open(folder, passphrase=FIXTURE_SECRETS["passphrase"]) as v:
        assert v.db.one("SELECT title FROM cases WHERE id = ?", (FIXTURE_SECRETS["case_id"],))
        service = EvidenceService(v)
        blob = service.blob_id(FIXTURE_SECRETS["evidence_id"])
        assert v.evidence.read_bytes(blob) == b"fixture evidence bytes\n" * 100
        with v.db.lock:
            assert audit.verify(v.db.conn) == []
        actions = [r[0] for r in v.db.query("SELECT action FROM audit ORDER BY seq")]
        assert actions[-1] == "vault.header_upgraded"
    assert (folder / HEADER_NAME).stat().st_size == HEADER_SIZE
    assert not (folder / LEGACY_HEADER_NAME).exists()
    assert not list(folder.glob(".vault.header.*"))
    # the old slots moved unchanged: both secrets still open it, and nothing else does
    Vault.open(folder, recovery_code=FIXTURE_SECRETS["recovery_code"]).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase=FIXTURE_SECRETS["old_passphrase"])
    assert old_json[:20] not in (folder / HEADER_NAME).read_bytes()
    # and later changes happen in place
    monkeypatch.setenv(LIGHT_FOR_TESTS_ENV, "1")
    with Vault.open(folder, passphrase=FIXTURE_SECRETS["passphrase"]) as v:
        v.change_passphrase("a fresh passphrase after the upgrade", kdf=LIGHT_KDF, allow_below_floor=True)
    Vault.open(folder, passphrase="a fresh passphrase after the upgrade").close()


def test_a_wrong_passphrase_leaves_a_v1_vault_as_it_was(tmp_path):
    folder = _legacy_copy(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase="not the fixture passphrase")
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "vault.lock"}
    assert after == {k: v for k, v in before.items() if k != "vault.lock"}


def test_an_upgrade_cut_short_finishes_at_the_next_unlock(tmp_path, monkeypatch):
    import storage.header as header_module

    folder = _legacy_copy(tmp_path)
    real_shred = header_module.shred_file

    def crash(path):
        raise KeyboardInterrupt("killed after the rename, before vault.json was shredded")

    monkeypatch.setattr(header_module, "shred_file", crash)
    with pytest.raises(KeyboardInterrupt):
        Vault.open(folder, passphrase=FIXTURE_SECRETS["passphrase"])
    monkeypatch.setattr(header_module, "shred_file", real_shred)
    assert (folder / HEADER_NAME).exists() and (folder / LEGACY_HEADER_NAME).exists()
    with Vault.open(folder, recovery_code=FIXTURE_SECRETS["recovery_code"]):
        pass
    assert not (folder / LEGACY_HEADER_NAME).exists()


def test_a_leftover_temporary_header_is_shredded(tmp_path):
    folder = _legacy_copy(tmp_path)
    leftover = folder / ".vault.header.0123456789ab.tmp"
    leftover.write_bytes(os.urandom(HEADER_SIZE))
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase="not the fixture passphrase")
    assert not leftover.exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"format": "casefile-vault", "version": 2}', b"\xff\xfe garbage", b" " * 200_000],
)
def test_garbage_v1_headers(tmp_path, content):
    folder = _legacy_copy(tmp_path)
    (folder / LEGACY_HEADER_NAME).write_bytes(content)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, passphrase=FIXTURE_SECRETS["passphrase"])


@pytest.mark.parametrize("kind", ["directory", "fifo", "symlink"])
def test_a_header_that_is_not_a_regular_file_is_refused(make_vault, kind):
    vault, _ = make_vault()
    folder = vault.folder
    vault.close()
    header = folder / HEADER_NAME
    real = header.read_bytes()
    header.unlink()
    if kind == "directory":
        header.mkdir()
    elif kind == "fifo":
        os.mkfifo(header)
    else:
        (folder / "elsewhere").write_bytes(real)
        header.symlink_to(folder / "elsewhere")
    with pytest.raises(VaultDamaged, match="regular file"):
        Vault.open(folder, passphrase=PASSPHRASE)


# -- what a planted header can make the machine do -----------------------------------------------


def _set_kdf(folder: Path, **params) -> None:
    from tests.test_vault import _edit_header, _passphrase_slot

    _edit_header(folder, lambda h: _passphrase_slot(h)["kdf"].update(params))


@pytest.mark.parametrize(
    "params",
    [
        {"memory_kib": 2 * 1024 * 1024, "time_cost": 10},  # 2 GiB: more than Casefile ever asks
        {"memory_kib": 1024 * 1024, "time_cost": 10},  # 1 GiB ten times: over the work bound
        {"memory_kib": 512 * 1024, "time_cost": 6},
        {"lanes": 9},
    ],
)
def test_costly_kdf_parameters_are_refused_before_deriving(make_vault, monkeypatch, params):
    import storage.slots as slots_module

    vault, _ = make_vault()
    folder = vault.folder
    vault.close()
    _set_kdf(folder, **params)
    monkeypatch.setattr(slots_module, "derive", lambda *a: pytest.fail("the KDF ran on a costly header"))
    with pytest.raises(VaultDamaged, match="unreasonable"):
        Vault.open(folder, passphrase=PASSPHRASE)


def test_weak_kdf_parameters_are_refused_outside_tests(make_vault, monkeypatch):
    import storage.slots as slots_module

    vault, _ = make_vault()
    folder = vault.folder
    vault.close()
    monkeypatch.delenv(LIGHT_FOR_TESTS_ENV)
    monkeypatch.setattr(slots_module, "derive", lambda *a: pytest.fail("the KDF ran on a weak header"))
    with pytest.raises(VaultDamaged, match="less key-derivation work"):
        Vault.open(folder, passphrase=PASSPHRASE)


def test_calibration_stays_within_what_a_header_may_ask(monkeypatch):
    from storage import kdf as kdf_module

    monkeypatch.setattr(kdf_module, "derive", lambda *a: b"\0" * 32)  # an "infinitely fast" machine
    for memory in (64 * 1024, 256 * 1024, 4 * 1024 * 1024):
        params = kdf_module.calibrate(memory_kib=memory)
        assert kdf_module.KdfParams.from_json(params.to_json()) == params


# -- changes happen in place ---------------------------------------------------------------------


def test_passwd_overwrites_the_old_slot_where_it_lies(make_vault):
    vault, _ = make_vault()
    folder = vault.folder
    inode = (folder / HEADER_NAME).stat().st_ino
    old_area = next(s for s in _payload(folder)["slots"] if s["id"] == "passphrase")["area"]
    old_bytes = _area(folder, old_area)
    vault.change_passphrase("a second good passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    assert (folder / HEADER_NAME).stat().st_ino == inode, "the header was replaced, not updated in place"
    assert (folder / HEADER_NAME).stat().st_size == HEADER_SIZE
    new_area = next(s for s in _payload(folder)["slots"] if s["id"] == "passphrase")["area"]
    assert new_area != old_area
    after = _area(folder, old_area)
    assert sum(a == b for a, b in zip(after, old_bytes)) < len(old_bytes) // 100, "the old slot survived"
    assert _payload(folder)["dirty"] == [] and _payload(folder)["staged"] == []
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase=PASSPHRASE)


def test_a_recovery_code_not_confirmed_never_replaces_the_old_one(make_vault):
    vault, old_code = make_vault()
    folder = vault.folder
    pending = vault.prepare_recovery_code()
    staged_area = _payload(folder)["staged"][0]["area"]
    staged_bytes = _area(folder, staged_area)
    # the process dies before the user confirmed: no commit, no abandon
    vault.db.close()
    vault.header.close()
    vault._lock.release()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, recovery_code=pending.code)
    Vault.open(folder, recovery_code=old_code).close()
    assert _payload(folder)["staged"] == []
    assert _area(folder, staged_area)[:4096] != staged_bytes[:4096], "the unconfirmed slot was left on disk"
    # abandoning on purpose works the same
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        again = v.prepare_recovery_code()
        again.abandon()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, recovery_code=again.code)
    Vault.open(folder, recovery_code=old_code).close()


def test_wipe_killed_after_its_first_write_leaves_nothing_that_opens(make_vault, monkeypatch):
    import storage.header_file as header_file

    vault, code = make_vault()
    folder = vault.folder
    vault.close()
    real = header_file._write_all

    def first_write_then_die(fd, data, offset):
        real(fd, data, offset)
        assert offset == SHRED_OFFSET, "the wipe must start with the shred block"
        raise KeyboardInterrupt("killed after the first overwrite")

    monkeypatch.setattr(header_file, "_write_all", first_write_then_die)
    with pytest.raises(KeyboardInterrupt):
        wipe_vault(folder)
    monkeypatch.undo()
    assert (folder / HEADER_NAME).exists() and (folder / "casefile.db").exists()
    for kw in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        with pytest.raises((WrongPassphrase, VaultDamaged)):
            Vault.open(folder, **kw)


def test_light_parameters_outside_tests_fail_before_anything_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv(LIGHT_FOR_TESTS_ENV)
    with pytest.raises(ValueError, match="tests only"):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    assert not (tmp_path / "v").exists()
