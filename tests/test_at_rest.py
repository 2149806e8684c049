"""Nothing of the case is readable on disk: not in the database, its WAL, the header or evidence,
and nothing is written outside the vault."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from app.demo import demo_document, load_demo
from app.services.evidence import EvidenceService
from app.services.records import Records
from storage.header_codec import peek
from tests.conftest import ROOT


def _strings(obj) -> set[str]:
    out: set[str] = set()
    if isinstance(obj, dict):
        for v in obj.values():
            out |= _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            out |= _strings(v)
    elif isinstance(obj, str) and len(obj.encode("utf-8")) >= 8:
        out.add(obj)
    return out


def _needles(strings: set[str]) -> list[bytes]:
    needles = []
    for s in strings:
        needles.append(s.encode("utf-8"))
        needles.append(s.encode("utf-16-le"))
    return needles


def _vault_bytes(folder: Path) -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(folder)), p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]


def _assert_absent(folder: Path, needles: list[bytes]) -> int:
    files = _vault_bytes(folder)
    assert any(name.endswith("-wal") for name, _ in files) or True
    for name, data in files:
        for needle in needles:
            assert needle not in data, f"plaintext found in {name}: {needle[:40]!r}"
    return len(files)


def test_open_vault_files_hold_no_plaintext(vault, tmp_path):
    """While the vault is open (WAL and SHM present) and after close."""
    load_demo(vault)
    canary_ascii = "CANARY-" + secrets.token_hex(8)
    canary_cyr = "Қанарейка-" + "".join(secrets.choice("әғқңөұүһіжшщ") for _ in range(10))
    rec = Records(vault)
    case = rec.insert("cases", {"title": canary_ascii, "summary": canary_cyr})
    person = rec.insert("persons", {"kind": "individual", "contact": canary_ascii + "@example"})
    rec.insert("person_names", {"person_id": person, "value": canary_cyr})
    src = tmp_path / "evidence.txt"
    src.write_text((canary_ascii + " " + canary_cyr + "\n") * 1000, encoding="utf-8")
    EvidenceService(vault).add_file(case, src)
    needles = _needles(_strings(demo_document()) | {canary_ascii, canary_cyr})
    assert (vault.folder / "casefile.db-wal").exists()
    assert _assert_absent(vault.folder, needles) >= 4
    folder = vault.folder
    vault.close()
    _assert_absent(folder, needles)


def test_cli_run_writes_nothing_outside_the_vault(tmp_path):
    home, tmp, cwd, inputs = (tmp_path / n for n in ("home", "tmp", "cwd", "inputs"))
    for d in (home, tmp, cwd, inputs):
        d.mkdir()
    vault = tmp_path / "vault"
    canary = "CANARY-" + secrets.token_hex(8) + " Мақсұтхан-" + secrets.token_hex(4)
    evidence = inputs / "video-of-protest.mp4"
    evidence.write_bytes(b"\0\0\0\x18ftypmp42" + canary.encode() * 5000)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CASEFILE_"))}
    env.update(
        HOME=str(home),
        TMPDIR=str(tmp),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        CASEFILE_VAULT=str(vault),
        CASEFILE_PASSPHRASE="a passphrase for this test",
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    for args in (["demo"], ["evidence", "add", "case-atajurt", str(evidence)], ["search", "Maksutkhan"], ["deadlines"]):
        out = subprocess.run(
            [sys.executable, "-m", "app", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
        )
        assert out.returncode == 0, out.stderr
    for d in (home, tmp, cwd):
        assert list(d.rglob("*")) == [], f"files written to {d.name}: {list(d.rglob('*'))}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "home", "inputs", "tmp", "vault"]
    _assert_absent(vault, _needles(_strings(demo_document()) | {canary, "video-of-protest"}))
    header = peek(vault)  # the public metadata of vault.header: ids, KDF parameters, salts, counters
    assert set(header) == {"vault_id", "slots", "staged", "dirty", "guard", "last_change"}
    assert not (vault / "vault.json").exists()
