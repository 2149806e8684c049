"""Wipe after N failed unlocks: off by default, counted before the KDF, never silently reset."""

from __future__ import annotations

import json

import pytest

from storage.errors import VaultNotFound, VaultWiped, WrongPassphrase
from storage.header import HEADER_NAME
from storage.header_file import BLOCK, decode_copy
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_vault import _edit_header


def _guard(folder) -> dict:
    with open(folder / HEADER_NAME, "rb") as f:
        return json.loads(decode_copy(f.read(BLOCK)).to_payload())["guard"]


def _limited(make_vault, limit: int = 3):
    vault, code = make_vault()
    vault.set_unlock_limit(limit)
    folder = vault.folder
    vault.close()
    return folder, code


def _wrong(folder, times: int) -> list[str]:
    messages = []
    for _ in range(times):
        with pytest.raises(WrongPassphrase) as err:
            Vault.open(folder, passphrase="not the passphrase")
        messages.append(str(err.value))
    return messages


def test_off_by_default(make_vault):
    vault, _ = make_vault()
    folder = vault.folder
    assert vault.unlock_limit == 0
    vault.close()
    messages = _wrong(folder, 8)
    assert not any("wiped" in m for m in messages)
    Vault.open(folder, passphrase=PASSPHRASE).close()


def test_the_nth_wrong_passphrase_wipes(make_vault):
    folder, code = _limited(make_vault, 3)
    assert _wrong(folder, 2) == [
        "Wrong passphrase, or the vault header is damaged. Attempts left before this vault is wiped: 2.",
        "Wrong passphrase, or the vault header is damaged. Attempts left before this vault is wiped: 1.",
    ]
    with pytest.raises(VaultWiped):
        Vault.open(folder, passphrase="still not it")
    assert not folder.exists()
    for kw in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        with pytest.raises(VaultNotFound):
            Vault.open(folder, **kw)


def test_a_success_resets_the_count_and_the_recovery_code_counts_too(make_vault):
    folder, code = _limited(make_vault, 3)
    _wrong(folder, 2)
    Vault.open(folder, passphrase=PASSPHRASE).close()
    assert _guard(folder) == {"limit": 3, "failed": 0}
    _wrong(folder, 2)
    with pytest.raises(VaultWiped):
        Vault.open(folder, recovery_code="AAAA-" * 7 + "AAAA")  # a wrong recovery code is a failed unlock too
    with pytest.raises(VaultNotFound):
        Vault.open(folder, recovery_code=code)


def test_the_count_is_on_disk_before_the_kdf_runs(make_vault, monkeypatch):
    """Killing the process during a slow attempt must not make the attempt free."""
    import storage.slots as slots_module

    folder, _ = _limited(make_vault, 5)
    seen = []

    def killed_mid_derivation(*args):
        seen.append(_guard(folder)["failed"])
        raise KeyboardInterrupt("killed while deriving")

    monkeypatch.setattr(slots_module, "derive", killed_mid_derivation)
    for _ in range(2):
        with pytest.raises(KeyboardInterrupt):
            Vault.open(folder, passphrase=PASSPHRASE)
    assert seen == [1, 2]
    monkeypatch.undo()
    assert _guard(folder)["failed"] == 2
    Vault.open(folder, passphrase=PASSPHRASE).close()


def test_a_missing_counter_counts_as_the_maximum(make_vault):
    folder, _ = _limited(make_vault, 5)
    _edit_header(folder, lambda h: h["guard"].pop("failed"))
    with pytest.raises(VaultWiped):
        Vault.open(folder, passphrase=PASSPHRASE)
    assert not folder.exists()


def test_a_restored_older_header_is_noticed(make_vault):
    folder, _ = _limited(make_vault, 5)
    saved = (folder / HEADER_NAME).read_bytes()
    Vault.open(folder, passphrase=PASSPHRASE).close()  # the database now knows a later header
    _wrong(folder, 3)
    (folder / HEADER_NAME).write_bytes(saved)  # "put back" to hide the three attempts
    assert _guard(folder)["failed"] == 0
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert any("put back from an earlier copy" in str(n) for n in v.notices)
        assert v.db.one("SELECT count(*) FROM audit WHERE action = 'vault.header_rolled_back'")[0] == 1
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.notices == []


def test_a_limit_removed_from_the_header_comes_back(make_vault):
    folder, _ = _limited(make_vault, 4)
    _edit_header(folder, lambda h: h.__setitem__("guard", {"limit": 0, "failed": 0}))
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert any("set back" in str(n) for n in v.notices)
        assert v.unlock_limit == 4
    assert _guard(folder)["limit"] == 4


def test_a_limit_change_cut_short_is_finished_quietly(make_vault, monkeypatch):
    from storage.header import KeyHeader

    vault, _ = make_vault()
    folder = vault.folder

    def killed(*args):
        raise KeyboardInterrupt("killed before the header switched")

    monkeypatch.setattr(KeyHeader, "set_guard", killed)
    with pytest.raises(KeyboardInterrupt):
        vault.set_unlock_limit(6)
    monkeypatch.undo()
    vault.close()
    assert _guard(folder)["limit"] == 0
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.notices == [] and v.unlock_limit == 6
    assert _guard(folder)["limit"] == 6


@pytest.mark.parametrize("bad", [1, 2, 101, -1])
def test_unreasonable_limits_are_refused(vault, bad):
    with pytest.raises(ValueError):
        vault.set_unlock_limit(bad)
    assert vault.unlock_limit == 0
