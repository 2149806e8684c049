"""Key changes are atomic with their audit rows; a new recovery code counts only once confirmed."""

from __future__ import annotations

import json

import pytest

from storage.errors import KeyChangePending, WrongPassphrase
from storage.header import HEADER_NAME, KeyHeader
from storage.header_file import BLOCK, decode_copy
from storage.rotation import VaultChangedMeanwhile
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE

NEW = "a second good passphrase"


def _slot_change(folder, slot_id: str) -> str:
    with open(folder / HEADER_NAME, "rb") as f:
        meta = decode_copy(f.read(BLOCK))
    return meta.slot(slot_id).change


def _audited_changes(vault: Vault) -> dict[str, str]:
    rows = vault.db.query("SELECT action, details FROM audit WHERE details LIKE '%change%'")
    return {json.loads(d)["change"]: a for a, d in rows}


def test_every_slot_in_the_header_has_its_audit_row(make_vault):
    vault, _ = make_vault()
    folder = vault.folder
    vault.change_passphrase(NEW, kdf=LIGHT_KDF, allow_below_floor=True)
    pending = vault.prepare_recovery_code()
    pending.commit()
    changes = _audited_changes(vault)
    assert changes[_slot_change(folder, "passphrase")] == "vault.passphrase_changed"
    assert changes[_slot_change(folder, "recovery")] == "vault.recovery_code_replaced"
    assert "vault.create" in changes.values()
    assert vault.db.one("SELECT value FROM meta WHERE key = 'key_change_pending'") is None


def test_a_passphrase_change_killed_before_the_switch_is_recorded_as_abandoned(make_vault, monkeypatch):
    vault, _ = make_vault()
    folder = vault.folder

    def killed(self, change):
        raise KeyboardInterrupt("killed between the audit row and the header switch")

    monkeypatch.setattr(KeyHeader, "activate", killed)
    monkeypatch.setattr(KeyHeader, "abandon", lambda self, change: None)  # a kill runs no clean-up
    with pytest.raises(KeyboardInterrupt):
        vault.change_passphrase(NEW, kdf=LIGHT_KDF, allow_below_floor=True)
    monkeypatch.undo()
    vault.db.close()
    vault.header.close()
    vault._lock.release()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase=NEW)
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        rows = v.db.query("SELECT action, details FROM audit ORDER BY seq")
        changed = [json.loads(d)["change"] for a, d in rows if a == "vault.passphrase_changed"]
        abandoned = [json.loads(d)["change"] for a, d in rows if a == "vault.key_change_abandoned"]
        assert changed == abandoned and len(changed) == 1
        assert v.db.one("SELECT value FROM meta WHERE key = 'key_change_pending'") is None
        v.change_passphrase(NEW, kdf=LIGHT_KDF, allow_below_floor=True)
    Vault.open(folder, passphrase=NEW).close()


def test_a_rotation_not_confirmed_changes_nothing(make_vault):
    vault, code = make_vault()
    folder = vault.folder
    pending = vault.prepare_rotation("rotated passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    assert (folder / "casefile.db.next").exists()
    with pytest.raises(KeyChangePending):
        vault.prepare_recovery_code()
    pending.abandon()
    assert not (folder / "casefile.db.next").exists()
    vault.close()
    for kw in ({"passphrase": "rotated passphrase"}, {"recovery_code": pending.code}):
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, **kw)
    Vault.open(folder, recovery_code=code).close()
    Vault.open(folder, passphrase=PASSPHRASE).close()


def test_a_rotation_is_refused_if_the_vault_changed_before_the_commit(make_vault):
    from app.services.records import Records

    vault, code = make_vault()
    folder = vault.folder
    pending = vault.prepare_rotation("rotated passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    Records(vault).insert("cases", {"title": "written while the code was on screen"})
    with pytest.raises(VaultChangedMeanwhile):
        pending.commit()
    assert not (folder / "casefile.db.next").exists()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase="rotated passphrase")
    with Vault.open(folder, recovery_code=code) as v:
        assert v.db.one("SELECT count(*) FROM cases")[0] == 1
