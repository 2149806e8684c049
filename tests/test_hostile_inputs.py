"""Hostile inputs through the command line, as a user or a script meets them.

Each row: a vault in some state, a command, and the plain sentence it must answer with. Every row
is run as a subprocess and must end with a non-zero exit code other than 70 ("internal error"),
one sentence on stderr and no traceback, and every file of the vault as it was (hashed before and
after). Rows marked ``disk`` need a small tmpfs (root, as in CI).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storage.header import HEADER_NAME
from tests.cli_helpers import fingerprint, run_cli
from tests.conftest import LIGHT_KDF, PASSPHRASE, ROOT

Setup = Callable[[Path, Path], None]


@dataclass
class Row:
    name: str
    args: Callable[[Path, Path], list[str]]  # (vault folder, scratch folder) -> arguments
    says: str  # what stderr must say, in plain words (a regular expression)
    setup: Setup | None = None
    disk: str = ""  # "full" or "read-only": the vault sits on a small tmpfs in that state
    after: Callable[[Path, Path], None] | None = None
    env: dict[str, str] = field(default_factory=dict)


# -- the template vault: the demo case and one evidence file ----------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> dict:
    from app.demo import load_demo
    from app.services.evidence import EvidenceService
    from storage.vault import Vault

    root = tmp_path_factory.mktemp("hostile")
    vault, _ = Vault.create(root / "vault", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    case_id = load_demo(vault)
    (root / "photo.bin").write_bytes(os.urandom(20_000))
    EvidenceService(vault).add_file(case_id, root / "photo.bin")
    person = vault.db.one("SELECT person_id FROM case_persons WHERE case_id = ? LIMIT 1", (case_id,))[0]
    event = vault.db.one("SELECT id FROM events WHERE case_id = ? LIMIT 1", (case_id,))[0]
    reference = vault.db.one("SELECT reference FROM cases WHERE id = ?", (case_id,))[0]
    vault.close()
    return {"folder": root / "vault", "case": reference, "person": person, "event": event}


IDS: dict[str, str] = {}  # filled from the template before the rows run


def _doc(**sections) -> dict:
    return {"format": "casefile-case", "version": 1, "cases": [{"id": "c-hostile", "title": "Hostile"}], **sections}


def _write(name: str, content: str | bytes) -> Setup:
    def setup(_vault: Path, scratch: Path) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (scratch / name).write_bytes(data)

    return setup


def _json_file(name: str, make: Callable[[], dict]) -> Setup:
    def setup(vault: Path, scratch: Path) -> None:
        (scratch / name).write_text(json.dumps(make()), encoding="utf-8")

    return setup


def _fifo(where: Callable[[Path, Path], Path]) -> Setup:
    def setup(vault: Path, scratch: Path) -> None:
        path = where(vault, scratch)
        if path.exists():
            path.unlink()
        os.mkfifo(path)

    return setup


def _symlink_to_victim(vault: Path, scratch: Path) -> None:
    (scratch / "victim.txt").write_text("not yours to overwrite")
    os.symlink(scratch / "victim.txt", scratch / "link.json")


def _victim_untouched(vault: Path, scratch: Path) -> None:
    assert (scratch / "link.json").is_symlink()
    assert (scratch / "victim.txt").read_text() == "not yours to overwrite"


def _device(vault: Path, scratch: Path) -> None:
    """A private /dev/null (a FIFO without root): a regression replaces this one, not the system's."""
    try:
        os.mknod(scratch / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        os.mkfifo(scratch / "null")


def _device_untouched(vault: Path, scratch: Path) -> None:
    mode = os.lstat(scratch / "null").st_mode
    assert stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


DEVICE = "is a (device|named pipe)"
NOT_A_FILE = "not (an ordinary|a regular) file"


def _null(s: Path) -> str:
    return str(s / "null")


def _replace_with_dir(name: str) -> Setup:
    def setup(vault: Path, scratch: Path) -> None:
        (vault / name).unlink()
        (vault / name).mkdir()

    return setup


def _empty_database(vault: Path, scratch: Path) -> None:
    (vault / "casefile.db").write_bytes(b"")


def _case(v: Path, s: Path) -> str:
    return IDS["case"]


ROWS = [
    Row("export to a symlink", lambda v, s: ["export", _case(v, s), "-o", str(s / "link.json")],
        "is a symbolic link", _symlink_to_victim, after=_victim_untouched),
    Row("export to a device", lambda v, s: ["export", _case(v, s), "-o", _null(s)], DEVICE, _device,
        after=_device_untouched),
    Row("export to a missing folder", lambda v, s: ["export", _case(v, s), "-o", str(s / "nowhere" / "x.json")],
        "does not exist"),
    Row("report to a device", lambda v, s: ["report", _case(v, s), "-o", _null(s)], DEVICE, _device,
        after=_device_untouched),
    Row("report to a missing folder", lambda v, s: ["report", _case(v, s), "-o", str(s / "nowhere" / "r.pdf")],
        "does not exist"),
    Row("report to a folder", lambda v, s: ["report", _case(v, s), "-o", str(s)], "is a folder"),
    Row("report to /proc/version", lambda v, s: ["report", _case(v, s), "-o", "/proc/version"],
        "cannot create files in that place"),
    Row("pack to a device", lambda v, s: ["pack", _case(v, s), "--to", "x", "-o", _null(s)], DEVICE, _device,
        after=_device_untouched),
    Row("card export to a symlink", lambda v, s: ["card", "export", "-o", str(s / "link.json")],
        "is a symbolic link", _symlink_to_victim, after=_victim_untouched),
    Row("audit head to a device", lambda v, s: ["audit", "head", "-o", _null(s)], DEVICE, _device,
        after=_device_untouched),
    Row("import reusing another case's person id", lambda v, s: ["import", str(s / "p.json")],
        "a different person with this id is already in the vault",
        _json_file("p.json", lambda: _doc(persons=[{"id": IDS["person"], "kind": "individual", "notes": "other"}]))),
    Row("import reusing another case's event id", lambda v, s: ["import", str(s / "e.json")],
        "already used in the vault by another case",
        _json_file("e.json", lambda: _doc(events=[
            {"id": IDS["event"], "case_id": "c-hostile", "type": "protest", "title": "Planted"}]))),
    Row("import with a lone surrogate", lambda v, s: ["import", str(s / "u.json")], "broken character",
        _write("u.json", '{"format":"casefile-case","version":1,"cases":[{"id":"c-u","title":"\\ud800"}]}')),
    Row("import with a 5,000-digit integer", lambda v, s: ["import", str(s / "i.json")], "digits",
        _write("i.json", '{"format":"casefile-case","version":1,"cases":[],"n":' + "7" * 5000 + "}")),
    Row("import with NaN", lambda v, s: ["import", str(s / "n.json")], "NaN",
        _write("n.json", '{"format":"casefile-case","version":1,"cases":[{"id":"c-n","title":"x"}],"x":NaN}')),
    Row("import with Infinity", lambda v, s: ["import", str(s / "n.json")], "Infinity",
        _write("n.json", '{"format":"casefile-case","version":-Infinity}')),
    Row("import of a named pipe", lambda v, s: ["import", str(s / "pipe")], "named pipe",
        _fifo(lambda v, s: s / "pipe")),
    Row("import of a folder", lambda v, s: ["import", str(s)], "is a folder"),
    Row("evidence add of a named pipe", lambda v, s: ["evidence", "add", _case(v, s), str(s / "pipe")],
        "named pipe", _fifo(lambda v, s: s / "pipe")),
    Row("card import of a named pipe", lambda v, s: ["card", "import", str(s / "pipe"), "--untrusted"],
        "named pipe", _fifo(lambda v, s: s / "pipe")),
    Row("receive of a folder", lambda v, s: ["receive", str(s)], "is a folder"),
    Row("verify of a named pipe", lambda v, s: ["verify", str(s / "pipe")], "named pipe",
        _fifo(lambda v, s: s / "pipe")),
    Row("audit verify against garbage", lambda v, s: ["audit", "verify", "--against", str(s / "w.json")],
        "cannot be used", _write("w.json", b"\x00\xff not a witness")),
    Row("the vault header a named pipe", lambda v, s: ["cases"], NOT_A_FILE, _fifo(lambda v, s: v / HEADER_NAME)),
    Row("the vault header a folder", lambda v, s: ["cases"], NOT_A_FILE, _replace_with_dir(HEADER_NAME)),
    Row("wipe of a vault whose header is a folder", lambda v, s: ["wipe", "--yes"], NOT_A_FILE,
        _replace_with_dir(HEADER_NAME)),
    Row("a 0-byte casefile.db", lambda v, s: ["cases"], "is empty", _empty_database),
    Row("a full disk", lambda v, s: ["cases"], "disk is full", disk="full"),
    Row("export on a full disk", lambda v, s: ["export", _case(v, s), "-o", str(s / "out.json")], "disk is full",
        disk="full"),
    Row("wipe on a read-only mount", lambda v, s: ["wipe", "--yes"], "read-only", disk="read-only"),
]  # fmt: skip


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a small tmpfs needs root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _place(template: dict, row: Row, tmp_path: Path, request) -> Path:
    if not row.disk:
        folder = tmp_path / "vault"
        shutil.copytree(template["folder"], folder)
        return folder
    disk = request.getfixturevalue("small_disk")
    folder = disk / "vault"
    shutil.copytree(template["folder"], folder)
    if row.disk == "full":
        with open(disk / "filler", "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    return folder


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_hostile_input_gets_a_sentence_and_changes_nothing(template, row, tmp_path, request):
    IDS.update({k: v for k, v in template.items() if k != "folder"})
    vault = _place(template, row, tmp_path, request)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    if row.setup is not None:
        row.setup(vault, scratch)
    before = fingerprint(vault)
    out = run_cli(vault, *row.args(vault, scratch), timeout=60, **row.env)
    assert out.returncode not in (0, 70), (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr
    lines = [line for line in out.stderr.splitlines() if line.startswith("casefile: ")]
    assert lines and re.search(row.says, lines[-1]), out.stderr
    assert fingerprint(vault) == before
    if row.after is not None:
        row.after(vault, scratch)


# -- wipe while another process holds the vault ----------------------------------------------------

HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from storage.vault import Vault
from app.services.records import Records
v = Vault.open(sys.argv[2], passphrase=sys.argv[3])
print("READY", flush=True)
for line in sys.stdin:
    try:
        Records(v).insert("cases", {"title": "written after the wipe?"})
        print("ACK", flush=True)
    except Exception as exc:
        print("REFUSED", exc, flush=True)
"""


def test_wipe_refuses_a_held_vault_and_force_stops_the_holder_from_saving(template, tmp_path):
    folder = tmp_path / "vault"
    shutil.copytree(template["folder"], folder)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(ROOT), str(folder), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().startswith("READY"), holder.stderr.read()
        holder.stdin.write("write\n")
        holder.stdin.flush()
        assert holder.stdout.readline().startswith("ACK")  # before any wipe, writes are fine
        before = fingerprint(folder)
        out = run_cli(folder, "wipe", "--yes")
        assert out.returncode == 1 and "open in another Casefile window" in out.stderr
        assert fingerprint(folder) == before
        out = run_cli(folder, "wipe", "--yes", "--force")
        assert out.returncode == 0, out.stderr
        assert not (folder / "vault.json").exists() and not (folder / "casefile.db").exists()
        holder.stdin.write("write\n")
        holder.stdin.flush()
        answer = holder.stdout.readline()
        assert answer.startswith("REFUSED") and "wiped" in answer, answer
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        for stream in (holder.stdin, holder.stdout, holder.stderr):
            stream.close()
