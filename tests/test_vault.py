"""The vault on disk: key hierarchy, fail-closed opening, damaged headers and databases."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from storage import kdf as kdf_module
from storage.errors import (
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from storage.header import HEADER_NAME
from storage.header_file import BLOCK, COPY_OFFSETS, decode_copy, encode_copy
from storage.keystore import MemoryKeyStore
from storage.vault import DB_NAME, Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE, ROOT


def reopen(folder: Path, **kw) -> Vault:
    return Vault.open(folder, **({"passphrase": PASSPHRASE} | kw))


def test_create_open_and_files(make_vault, tmp_path):
    vault, code = make_vault()
    folder = vault.folder
    assert {"casefile.db", "evidence", "vault.header"} <= {p.name for p in folder.iterdir()}
    assert not (folder / "vault.json").exists()
    header = _payload(folder)
    assert {s["id"] for s in header["slots"]} == {"passphrase", "recovery"}
    assert len(code.replace("-", "")) == 32  # 160 bits of base32
    vault.close()
    with reopen(folder) as again:
        assert again.vault_id == header["vault_id"]
    # no stray files next to the vault
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_database_is_sqlcipher_not_plain_sqlite(vault):
    path = vault.folder / DB_NAME
    vault.close()
    with open(path, "rb") as f:
        assert not f.read(16).startswith(b"SQLite format 3")
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.parametrize("wrong", ["", "   ", "wrong passphrase", PASSPHRASE + " ", PASSPHRASE.upper()])
def test_wrong_passphrases(vault, wrong):
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase=wrong)


@pytest.mark.parametrize(
    "odd",
    [
        "quo\"te's and `ticks`",
        "x'00ff'; PRAGMA key = 'x'",
        "emoji 🔐🗝️ key",
        "\u202eRTL mark\u200f passphrase",
        "Назигүл Мақсұтхан құпия",
        "tab\tand\nnewline here",
    ],
)
def test_odd_passphrases_round_trip(make_vault, odd):
    vault, _ = make_vault(passphrase=odd)
    folder = vault.folder
    vault.close()
    reopen(folder, passphrase=odd).close()


def test_nfc_and_nfd_forms_open_the_same_vault(make_vault):
    nfc = unicodedata.normalize("NFC", "Мақсұтхан é ё й passphrase")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    vault, _ = make_vault(passphrase=nfd)
    folder = vault.folder
    vault.close()
    reopen(folder, passphrase=nfc).close()


@pytest.mark.parametrize("weak", ["", "     ", "short", "with\0nul inside"])
def test_weak_new_passphrases_refused(tmp_path, weak):
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "v", weak, kdf=LIGHT_KDF, allow_below_floor=True)
    assert not (tmp_path / "v").exists()


def test_floor_enforced_for_product_defaults(tmp_path):
    with pytest.raises(ValueError):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=LIGHT_KDF)
    assert kdf_module.DEFAULT_MEMORY_KIB == 256 * 1024
    assert kdf_module.RECOVERY_PARAMS.at_floor()


def test_calibration_never_below_floor(monkeypatch):
    monkeypatch.setattr(kdf_module, "derive", lambda *a: b"\0" * 32)  # a machine "infinitely fast"
    params = kdf_module.calibrate(memory_kib=1024)
    assert params.memory_kib >= kdf_module.FLOOR_MEMORY_KIB and params.time_cost >= kdf_module.FLOOR_TIME_COST


def test_create_refuses_existing_vault_and_nonempty_folder(vault, tmp_path):
    with pytest.raises(VaultExists):
        Vault.create(vault.folder, PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    other = tmp_path / "other"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(VaultExists):
        Vault.create(other, PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)


def test_recovery_code_opens_and_resets(make_vault):
    vault, code = make_vault()
    folder = vault.folder
    vault.close()
    messy = " " + code.lower().replace("-", " ") + "\n"
    with Vault.open(folder, recovery_code=messy) as v:
        v.change_passphrase("a brand new passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    with pytest.raises(WrongPassphrase):
        reopen(folder)
    Vault.open(folder, passphrase="a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, recovery_code="AAAA-" * 7 + "AAAA")


def test_regenerated_recovery_code_replaces_old(make_vault):
    vault, old = make_vault()
    pending = vault.prepare_recovery_code()
    new = pending.code
    pending.commit()
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, recovery_code=old)
    Vault.open(folder, recovery_code=new).close()


# -- the header -----------------------------------------------------------------------------


def _payload(folder: Path) -> dict:
    """The header's metadata as JSON (the first copy)."""
    with open(folder / HEADER_NAME, "rb") as f:
        meta = decode_copy(f.read(BLOCK))
    return json.loads(meta.to_payload())


def _edit_header(folder: Path, edit, copies=(0, 1)) -> None:
    """Edit the metadata the way a careful tamperer would: checksums recomputed."""
    path = folder / HEADER_NAME
    raw = bytearray(path.read_bytes())
    meta = decode_copy(bytes(raw[:BLOCK]))
    obj = json.loads(meta.to_payload())
    edit(obj)
    payload = json.dumps(obj).encode()
    for copy in copies:
        block = bytearray(encode_copy(meta, copy))
        block[20:24] = len(payload).to_bytes(4, "big")
        block[56:] = payload + bytes(BLOCK - 56 - len(payload))
        block[24:56] = bytes(32)
        import hashlib

        block[24:56] = hashlib.sha256(bytes(block)).digest()
        raw[COPY_OFFSETS[copy] : COPY_OFFSETS[copy] + BLOCK] = block
    path.write_bytes(bytes(raw))


def _flip_at(path: Path, offset: int, bit: int = 0) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 1 << bit
    path.write_bytes(bytes(raw))


def _flip(b64text: str, bit: int = 0) -> str:
    raw = bytearray(base64.b64decode(b64text))
    raw[bit // 8] ^= 1 << (bit % 8)
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("bit", [0, 77])
def test_one_flipped_bit_in_a_salt_fails_to_unwrap(vault, bit):
    folder = vault.folder
    vault.close()
    _edit_header(folder, lambda h: _passphrase_slot(h).__setitem__("salt", _flip(_passphrase_slot(h)["salt"], bit)))
    with pytest.raises(WrongPassphrase):
        reopen(folder)


def _passphrase_slot(h: dict) -> dict:
    return next(s for s in h["slots"] if s["id"] == "passphrase")


@pytest.mark.parametrize("where", ["first stripe", "middle stripe", "last stripe", "mask salt"])
def test_one_flipped_bit_in_the_key_material_fails(vault, where):
    """Every stripe of the split key material is needed: one bit anywhere, and the slot is gone."""
    from storage.header_file import AREA_OFFSET, AREA_SIZE, STRIPES

    folder = vault.folder
    vault.close()
    slot = next(s for s in _payload(folder)["slots"] if s["id"] == "passphrase")
    base = AREA_OFFSET + slot["area"] * AREA_SIZE
    if where == "mask salt":
        _edit_header(folder, lambda h: [s.__setitem__("mask_salt", "00" * 16) for s in h["slots"]])
    else:
        offset = {"first stripe": 0, "middle stripe": 64 * (STRIPES // 2) + 5, "last stripe": 64 * STRIPES - 1}[where]
        _flip_at(folder / HEADER_NAME, base + offset, 3)
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        reopen(folder)


def test_a_torn_metadata_copy_is_survived_and_repaired(vault):
    folder = vault.folder
    vault.close()
    for copy in (0, 1):
        _flip_at(folder / HEADER_NAME, COPY_OFFSETS[copy] + 100)
        with reopen(folder):
            pass
        raw = (folder / HEADER_NAME).read_bytes()
        repaired = decode_copy(raw[COPY_OFFSETS[copy] : COPY_OFFSETS[copy] + BLOCK])
        assert repaired is not None and repaired.vault_id, "the torn copy was not rewritten"
    (folder / HEADER_NAME).write_bytes(b"\0" * 2 * BLOCK + (folder / HEADER_NAME).read_bytes()[2 * BLOCK :])
    with pytest.raises(VaultDamaged, match="neither"):
        reopen(folder)


def test_edited_kdf_parameters_fail_to_unwrap(vault):
    """The header is the associated data: lowering the work factor breaks the slot."""
    folder = vault.folder
    vault.close()
    _edit_header(folder, lambda h: _passphrase_slot(h)["kdf"].__setitem__("time_cost", 2))
    with pytest.raises(WrongPassphrase):
        reopen(folder)


@pytest.mark.parametrize(
    "edit",
    [
        {"memory_kib": 4 * 1024 * 1024},
        {"time_cost": 1000},
        {"lanes": 64},
        {"time_cost": 0},
        {"name": "scrypt"},
        {"memory_kib": "lots"},
        {"time_cost": True},
    ],
)
def test_absurd_kdf_parameters_refused_before_the_kdf_runs(vault, monkeypatch, edit):
    folder = vault.folder
    vault.close()
    _edit_header(folder, lambda h: _passphrase_slot(h)["kdf"].update(edit))
    import storage.slots as slots_module

    def boom(*a, **k):
        raise AssertionError("the KDF ran on an absurd header")

    monkeypatch.setattr(slots_module, "derive", boom)
    with pytest.raises(VaultDamaged):
        reopen(folder)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"[]",
        b'{"format": "casefile-vault", "version": 2}',
        b"\xff\xfe garbage",
        b'{"format": "casefile-vault", "version": 1, "vault_id": "x", "slots": [{"id": "passphrase"}]}',
        b" " * 200_000,
    ],
)
def test_garbage_headers(vault, content):
    folder = vault.folder
    vault.close()
    (folder / HEADER_NAME).write_bytes(content)
    with pytest.raises(VaultDamaged):
        reopen(folder)


def test_missing_header_or_database(vault):
    folder = vault.folder
    vault.close()
    header = (folder / HEADER_NAME).read_bytes()
    (folder / HEADER_NAME).unlink()
    with pytest.raises(VaultDamaged, match="header"):
        reopen(folder)
    (folder / HEADER_NAME).write_bytes(header)
    (folder / DB_NAME).rename(folder / "moved.db")
    for suffix in ("-wal", "-shm"):
        (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
    with pytest.raises(VaultDamaged, match="database"):
        reopen(folder)
    assert not (folder / DB_NAME).exists(), "an open that failed must never create a database"


def test_no_vault_here(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing", passphrase=PASSPHRASE)
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "empty", passphrase=PASSPHRASE)
    assert list((tmp_path / "empty").iterdir()) == []


def _fill(vault: Vault, n: int = 300) -> None:
    from app.services.records import Records

    rec = Records(vault)
    case = rec.insert("cases", {"title": "Case"})
    for i in range(n):
        rec.insert("events", {"case_id": case, "type": "protest", "title": f"Event {i} " + "x" * 200})


@pytest.mark.parametrize("damage", ["truncate", "zero_page1", "zero_middle"])
def test_damaged_database_is_reported_not_recreated(vault, damage):
    _fill(vault)
    folder = vault.folder
    vault.close()
    db = folder / DB_NAME
    size = db.stat().st_size
    with open(db, "r+b") as f:
        if damage == "truncate":
            f.truncate(size // 3)
        elif damage == "zero_page1":
            f.write(b"\0" * 4096)
        else:
            f.seek(size // 2)
            f.write(b"\0" * 8192)
    try:
        with reopen(folder) as v:
            problems = v.db.integrity_problems()
            assert problems, "damage went unnoticed"
    except (VaultDamaged, WrongPassphrase):
        pass
    assert db.exists() and db.stat().st_size <= size


def test_foreign_wal_is_not_trusted(make_vault):
    a, _ = make_vault("a")
    b, _ = make_vault("b")
    _fill(a, 20)
    _fill(b, 20)
    wal_b = b.folder / (DB_NAME + "-wal")
    foreign = wal_b.read_bytes() if wal_b.exists() else b""
    fa = a.folder
    a.close()
    b.close()
    (fa / (DB_NAME + "-wal")).write_bytes(foreign or os.urandom(8192))
    try:
        with reopen(fa) as v:
            assert v.db.integrity_problems() == []
            assert v.db.one("SELECT count(*) FROM events")[0] in (0, 20)
    except (VaultDamaged, WrongPassphrase):
        pass


def test_database_swapped_from_another_vault_is_refused(make_vault):
    a, _ = make_vault("a")
    b, _ = make_vault("b")
    fa, fb = a.folder, b.folder
    a.close()
    b.close()
    # b's header cannot unwrap to a's key, so this fails closed as wrong key or mismatch
    (fa / HEADER_NAME).write_bytes((fb / HEADER_NAME).read_bytes())
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        reopen(fa)


def test_second_process_gets_a_clear_error(vault):
    code = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from storage.vault import Vault; from storage.errors import VaultLocked\n"
        "try:\n Vault.open(sys.argv[1], passphrase=sys.argv[3])\nexcept VaultLocked as e:\n print('LOCKED', e)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(vault.folder), str(ROOT), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "LOCKED" in out.stdout and "already open" in out.stdout
    with pytest.raises(VaultLocked):
        reopen(vault.folder)


def test_passphrase_change_keeps_recovery_and_data(make_vault):
    vault, code = make_vault()
    _fill(vault, 5)
    vault.change_passphrase("second passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongPassphrase):
        reopen(folder)
    with Vault.open(folder, passphrase="second passphrase") as v:
        assert v.db.one("SELECT count(*) FROM events")[0] == 5
    Vault.open(folder, recovery_code=code).close()


def test_data_key_rotation_reencrypts_everything(make_vault):
    vault, code = make_vault()
    _fill(vault, 5)
    blob = vault.evidence.write_bytes(b"evidence bytes " * 1000)
    with vault.db.transaction() as conn:
        conn.execute(
            "INSERT INTO evidence (id, case_id, sha256, size, intake_time, blob_id) "
            "SELECT 'e1', id, ?, ?, 'now', ? FROM cases",
            (blob.sha256, blob.size, blob.blob_id),
        )
    folder = vault.folder
    old_vault_id = vault.vault_id
    old_cipher = (folder / "evidence" / blob.blob_id).read_bytes()
    pending = vault.prepare_rotation("rotated passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    new_code = pending.code
    pending.commit()
    assert vault.evidence.read_bytes(blob.blob_id) == b"evidence bytes " * 1000
    vault.close()
    assert (folder / "evidence" / blob.blob_id).read_bytes() != old_cipher
    assert not list(folder.glob("*.next")) and not list((folder / "evidence").glob("*.next"))
    for kw in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, **kw)
    with Vault.open(folder, recovery_code=new_code) as v:
        assert v.db.one("SELECT count(*) FROM events")[0] == 5
        assert v.db.integrity_problems() == []
    assert _payload(folder)["vault_id"] == old_vault_id


def test_device_binding_needs_the_keychain_or_the_recovery_code(make_vault):
    store = MemoryKeyStore()
    vault, code = make_vault(keystore=store, bind_to_device=True)
    assert vault.bound_to_device
    folder = vault.folder
    vault.close()
    Vault.open(folder, passphrase=PASSPHRASE, keystore=store).close()
    # the vault folder copied to another computer: no pepper there
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open(folder, passphrase=PASSPHRASE, keystore=MemoryKeyStore())
    Vault.open(folder, recovery_code=code, keystore=MemoryKeyStore()).close()
    # the keychain alone (without the passphrase) unlocks nothing
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase="not the passphrase", keystore=store)


def test_rotation_leftovers_before_the_commit_are_dropped(make_vault):
    """A crash right after the re-keyed copy was started: an empty or partial .next must never win."""
    vault, _ = make_vault()
    _fill(vault, 5)
    folder = vault.folder
    vault.close()
    for content in (b"", os.urandom(8192)):
        (folder / (DB_NAME + ".next")).write_bytes(content)
        (folder / "evidence" / ("ab" * 16 + ".next")).write_bytes(b"half")
        with reopen(folder) as v:
            assert v.db.one("SELECT count(*) FROM events")[0] == 5
        assert not (folder / (DB_NAME + ".next")).exists()
        assert not list((folder / "evidence").glob("*.next"))


def test_rotation_committed_but_not_renamed_rolls_forward(make_vault, monkeypatch):
    import storage.rotation as rotation_module

    vault, _ = make_vault()
    _fill(vault, 5)
    blob = vault.evidence.write_bytes(b"kept through rotation")
    with vault.db.transaction() as conn:
        conn.execute(
            "INSERT INTO evidence (id, case_id, sha256, size, intake_time, blob_id) "
            "SELECT 'e1', id, ?, ?, 'now', ? FROM cases",
            (blob.sha256, blob.size, blob.blob_id),
        )
    folder = vault.folder

    def crash(*args):
        raise KeyboardInterrupt("killed after the header was written")

    monkeypatch.setattr(rotation_module, "finish_or_drop", crash)
    pending = vault.prepare_rotation("rotated passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    with pytest.raises(KeyboardInterrupt):
        pending.commit()
    monkeypatch.undo()
    vault.db.close()
    vault.header.close()
    vault._lock.release()
    assert (folder / (DB_NAME + ".next")).exists()
    with Vault.open(folder, passphrase="rotated passphrase") as v:
        assert v.db.one("SELECT count(*) FROM events")[0] == 5
        assert v.evidence.read_bytes(blob.blob_id) == b"kept through rotation"
    assert not (folder / (DB_NAME + ".next")).exists()
