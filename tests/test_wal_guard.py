"""A leftover casefile.db-wal is applied only when it is this database's current log.

Foreign, stale, unreadable and damaged logs are moved aside (never deleted) with a plain notice,
and the vault opens from its main database; a real log left by a crash is applied, so no
acknowledged write is lost; a wrong key changes no byte of any file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from app.services.records import Records
from storage import walguard
from storage.database import Database
from storage.errors import VaultDamaged, WrongPassphrase
from storage.rotation import db_key as _db_key
from storage.vault import DB_NAME, Vault
from storage.walformat import read_log
from tests.conftest import PASSPHRASE

WAL = DB_NAME + "-wal"
SHM = DB_NAME + "-shm"


def _add_events(vault: Vault, n: int, tag: str = "e") -> None:
    rec = Records(vault)
    case = vault.db.one("SELECT id FROM cases ORDER BY rowid LIMIT 1")
    case_id = case[0] if case else rec.insert("cases", {"title": "WAL case"})
    for i in range(n):
        rec.insert("events", {"case_id": case_id, "type": "protest", "title": f"{tag}{i} " + "x" * 300})


def _events(folder: Path) -> int:
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.db.integrity_problems() == []
        return v.db.one("SELECT count(*) FROM events")[0]


def _crash_image(vault: Vault, dest: Path) -> Path:
    """The vault's files as a SIGKILL at this moment would leave them (every commit is synced)."""
    shutil.copytree(vault.folder, dest)
    assert (dest / WAL).stat().st_size > 0
    return dest


def _image_with_log(vault: Vault, dest: Path, before: int, after: int) -> Path:
    """``before`` events checkpointed into the database, ``after`` more in the log a crash leaves."""
    _add_events(vault, before, "base")
    vault.db.checkpoint()
    _add_events(vault, after, "wal")
    image = _crash_image(vault, dest)
    vault.close()
    return image


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _set_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{WAL}{walguard.SET_ASIDE}*"))


def _open(folder: Path) -> Vault:
    return Vault.open(folder, passphrase=PASSPHRASE)


def test_foreign_log_from_another_vault_is_set_aside(make_vault, tmp_path):
    a, _ = make_vault("a")
    _add_events(a, 10)
    fa = a.folder
    a.close()
    b, _ = make_vault("b")
    _add_events(b, 30)
    foreign = (b.folder / WAL).read_bytes()
    db_before = (fa / DB_NAME).read_bytes()
    (fa / WAL).write_bytes(foreign)
    with _open(fa) as v:
        assert any("moved aside" in n and "not written by this vault" in n for n in map(str, v.notices)), v.notices
        assert v.db.one("SELECT count(*) FROM events")[0] == 10
        assert v.db.integrity_problems() == []
    kept = _set_aside(fa)
    assert len(kept) == 1 and kept[0].read_bytes() == foreign
    assert (fa / DB_NAME).read_bytes() == db_before
    assert _events(fa) == 10  # and it keeps opening


def test_stale_log_of_the_same_vault_put_back_is_set_aside(vault, tmp_path):
    _add_events(vault, 10, "old")
    stale = (vault.folder / WAL).read_bytes()
    _add_events(vault, 15, "new")
    with vault.db.transaction() as conn:  # an edit of rows the stale log also holds
        conn.execute("UPDATE events SET title = 'edited'")
    folder = vault.folder
    vault.close()
    (folder / WAL).write_bytes(stale)
    with _open(folder) as v:
        assert any("older than the database" in n for n in map(str, v.notices)), v.notices
        assert v.db.one("SELECT count(*) FROM events")[0] == 25
        assert v.db.one("SELECT count(*) FROM events WHERE title = 'edited'")[0] == 25
        assert v.db.integrity_problems() == []
    assert [p.read_bytes() for p in _set_aside(folder)] == [stale]


def test_stale_log_of_the_same_generation_is_set_aside(vault, tmp_path):
    """A copy taken mid-log, put back after the same log went on and was checkpointed."""
    _add_events(vault, 5, "a")
    stale = (vault.folder / WAL).read_bytes()
    _add_events(vault, 5, "b")
    vault.db.checkpoint()
    _add_events(vault, 3, "c")  # the next log, left by a crash ...
    image = _crash_image(vault, tmp_path / "image")
    vault.close()
    (image / WAL).write_bytes(stale)  # ... and replaced by the stale copy
    (image / SHM).unlink(missing_ok=True)
    with _open(image) as v:
        assert any("older than the database" in n for n in map(str, v.notices)), v.notices
        assert v.db.one("SELECT count(*) FROM events")[0] == 10
        assert v.db.integrity_problems() == []


@pytest.mark.parametrize(
    "before, drop_index", [(0, False), (0, True), (6, False)], ids=["crash", "without-shm", "after-a-checkpoint"]
)
def test_log_left_by_a_crash_is_applied(vault, tmp_path, before, drop_index):
    image = _image_with_log(vault, tmp_path / "image", before, 12 - before)
    if drop_index:
        (image / SHM).unlink()
    with _open(image) as v:
        assert v.notices == []
        assert v.db.one("SELECT count(*) FROM events")[0] == 12
    assert _set_aside(image) == []


def test_log_whose_checkpoint_was_cut_short_is_applied(vault, tmp_path):
    """A checkpoint copies frames verbatim, first page first; cut short (a kill, a full disk), the
    database holds a first page from the middle of the log, which still continues it."""
    _add_events(vault, 10, "base")
    rec = Records(vault)
    _add_events(vault, 40, "spare")  # freed below: room for the edits' audit rows, which keep the old values
    for (spare_id,) in vault.db.query("SELECT id FROM events WHERE title LIKE 'spare%'"):
        rec.delete("events", spare_id)
    vault.db.checkpoint()
    ids = [r[0] for r in vault.db.query("SELECT id FROM events ORDER BY rowid")]
    for i, event_id in enumerate(ids[:8]):  # edits in place: the database does not grow
        rec.update("events", event_id, {"title": f"edited {i}"})
    image = _crash_image(vault, tmp_path / "image")
    key = _db_key(vault._dek)
    vault.close()
    with open(image / WAL, "rb") as f:
        log = read_log(f)
    firsts = [f for f in log.committed if f.page == 1]
    middle = firsts[len(firsts) // 2]
    page = (image / WAL).read_bytes()[middle.offset : middle.offset + log.page_size]
    with open(image / DB_NAME, "r+b") as f:
        f.write(page)
    (image / SHM).unlink(missing_ok=True)
    assert walguard.read_head(image / DB_NAME, key) is not None  # the first page itself is whole
    with _open(image) as v:
        assert v.notices == []
        assert v.db.one("SELECT count(*) FROM events WHERE title LIKE 'edited %'")[0] == 8
        assert v.db.integrity_problems() == []


def test_truncated_log_keeps_what_it_holds(vault, tmp_path):
    """A log cut short (as a crash mid-write leaves it) is applied up to its last whole transaction."""
    image = _image_with_log(vault, tmp_path / "image", 4, 8)
    wal = (image / WAL).read_bytes()
    with open(image / WAL, "rb") as f:
        log = read_log(f)
    frame = 24 + log.page_size
    for cut in (len(wal) // 2, 32 + 3 * frame, 32 + 3 * frame + 100, len(wal) - 1):
        copy = tmp_path / f"cut{cut}"
        shutil.copytree(image, copy)
        (copy / WAL).write_bytes(wal[:cut])
        (copy / SHM).unlink(missing_ok=True)
        with _open(copy) as v:
            assert v.notices == []
            n = v.db.one("SELECT count(*) FROM events")[0]
            assert 4 <= n < 12
            assert v.db.integrity_problems() == []


def test_log_cut_inside_its_header_is_set_aside(vault, tmp_path):
    _add_events(vault, 5)
    image = _crash_image(vault, tmp_path / "image")
    vault.close()
    (image / WAL).write_bytes((image / WAL).read_bytes()[:20])
    with _open(image) as v:
        assert any("unreadable" in n for n in map(str, v.notices)), v.notices
        assert v.db.integrity_problems() == []


def test_log_with_a_flipped_byte_keeps_what_precedes_it_and_a_copy(vault, tmp_path):
    image = _image_with_log(vault, tmp_path / "image", 3, 10)
    with open(image / WAL, "rb") as f:
        log = read_log(f)
    middle = log.committed[len(log.committed) // 2]
    data = bytearray((image / WAL).read_bytes())
    data[middle.offset + 1000] ^= 0x01
    (image / WAL).write_bytes(bytes(data))
    (image / SHM).unlink(missing_ok=True)
    with _open(image) as v:
        assert any("damaged" in n and "copy" in n for n in map(str, v.notices)), v.notices
        n = v.db.one("SELECT count(*) FROM events")[0]
        assert 3 <= n < 13
        assert v.db.integrity_problems() == []
    assert [p.read_bytes() for p in _set_aside(image)] == [bytes(data)]


def test_log_with_a_flipped_header_byte_is_set_aside(vault, tmp_path):
    image = _image_with_log(vault, tmp_path / "image", 3, 5)
    data = bytearray((image / WAL).read_bytes())
    data[17] ^= 0x80  # a salt
    (image / WAL).write_bytes(bytes(data))
    with _open(image) as v:
        assert any("moved aside" in n for n in map(str, v.notices)), v.notices
        assert v.db.one("SELECT count(*) FROM events")[0] == 3


def test_log_that_is_a_directory_is_set_aside(vault):
    _add_events(vault, 2)
    folder = vault.folder
    vault.close()
    (folder / WAL).mkdir()
    with _open(folder) as v:
        assert any("not a regular file" in str(n) for n in v.notices)
        assert v.db.one("SELECT count(*) FROM events")[0] == 2


def test_wrong_key_changes_no_byte_of_any_file(vault, tmp_path):
    _add_events(vault, 10)
    image = _crash_image(vault, tmp_path / "image")
    vault.close()
    before = _hashes(image)
    names = sorted(p.name for p in image.iterdir())
    with pytest.raises(WrongPassphrase):
        Database.open(image / DB_NAME, os.urandom(32))
    with pytest.raises(WrongPassphrase):
        Vault.open(image, passphrase="not the passphrase")
    assert _hashes(image) == before
    assert sorted(p.name for p in image.iterdir()) == names
    with _open(image) as v:  # and the right key still recovers everything
        assert v.db.one("SELECT count(*) FROM events")[0] == 10


def test_key_of_another_vault_on_a_foreign_log_changes_nothing(make_vault, tmp_path):
    a, _ = make_vault("a")
    b, _ = make_vault("b")
    _add_events(a, 2)
    _add_events(b, 10)
    key_b = _db_key(b._dek)
    image = _crash_image(a, tmp_path / "image")  # a's files, with a's (empty) log ...
    shutil.copyfile(b.folder / WAL, image / WAL)  # ... replaced by b's log
    before = _hashes(image)
    with pytest.raises(WrongPassphrase):
        Database.open(image / DB_NAME, key_b)  # b's key opens b's log, not a's database
    assert _hashes(image) == before


def test_empty_database_file_is_refused_untouched(vault):
    _add_events(vault, 3)
    folder = vault.folder
    wal = (folder / WAL).read_bytes()
    vault.close()
    (folder / DB_NAME).write_bytes(b"")
    (folder / WAL).write_bytes(wal)
    with pytest.raises(VaultDamaged, match="empty"):
        _open(folder)
    assert (folder / DB_NAME).stat().st_size == 0
    assert (folder / WAL).read_bytes() == wal


def test_database_without_tables_is_refused(tmp_path, vault):
    """A database the key opens but that holds no schema is never given a fresh one."""
    import sqlcipher3

    key = _db_key(vault._dek)
    folder = vault.folder
    vault.close()
    (folder / DB_NAME).unlink()
    conn = sqlcipher3.connect(str(folder / DB_NAME))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA user_version = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    before = (folder / DB_NAME).read_bytes()
    with pytest.raises(VaultDamaged, match="holds no tables"):
        _open(folder)
    assert (folder / DB_NAME).read_bytes() == before


def test_every_write_transaction_stamps_the_header(vault):
    stamps = set()
    for i in range(5):
        _add_events(vault, 1, f"s{i}")
        stamps.add(vault.db.one("PRAGMA application_id")[0])
    assert len(stamps) == 5 and 0 not in stamps


# -- SIGKILL mid-write: the log a real crash leaves is applied, every acknowledged write kept ------

WORKER = """
import sys
sys.path.insert(0, sys.argv[1])
import storage.database
storage.database.CHECKPOINT_BYTES = 400 * 1024  # a new log every dozen commits or so
from storage.vault import Vault
from app.services.records import Records
v = Vault.open(sys.argv[2], passphrase=sys.argv[3])
rec = Records(v)
case = v.db.one("SELECT id FROM cases")[0]
print("READY", flush=True)
for i in range(1_000_000):
    rec.insert("events", {"case_id": case, "type": "protest", "title": f"k{sys.argv[4]}-{i} " + "x" * 900})
    print("ACK", i, flush=True)
"""


def _kill_rounds(vault: Vault, rounds: int) -> None:
    import random
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    Records(vault).insert("cases", {"title": "Kill case"})
    folder = vault.folder
    vault.close()
    rng = random.Random(11)
    with_log = 0
    for r in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(ROOT), str(folder), PASSPHRASE, str(r)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().startswith("READY"), proc.stderr.read()[-2000:]
        # Counted in commits, not seconds, so that a loaded machine still kills mid-log; the jitter
        # lands the kill anywhere in the next write.
        acked = [proc.stdout.readline().split()[1] for _ in range(rng.randint(3, 30))]
        time.sleep(rng.uniform(0, 0.02))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        acked += [line.split()[1] for line in proc.stdout.read().splitlines() if line.startswith("ACK")]
        proc.stdout.close()
        proc.stderr.close()
        if (folder / WAL).exists() and (folder / WAL).stat().st_size:
            with open(folder / WAL, "rb") as f:
                with_log += bool(read_log(f).committed)
        with _open(folder) as v:
            assert v.notices == [], v.notices
            titles = {
                row[0].split()[0] for row in v.db.query("SELECT title FROM events WHERE title LIKE ?", (f"k{r}-%",))
            }
            missing = [i for i in acked if f"k{r}-{i}" not in titles]
            assert not missing, f"round {r}: acknowledged writes lost: {missing[:5]}"
            assert v.db.integrity_problems() == []
        assert _set_aside(folder) == []
    assert with_log >= rounds // 2, "the kills left no log to recover: the test proves nothing"


def test_log_left_by_sigkill_mid_write_is_applied(vault):
    _kill_rounds(vault, 4)


@pytest.mark.slow
def test_log_left_by_sigkill_mid_write_is_applied_many_times(vault):
    _kill_rounds(vault, 60)
