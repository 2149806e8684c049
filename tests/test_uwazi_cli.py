"""``casefile export --uwazi`` as a user meets it: run as a subprocess, and its plain-word refusals."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.cli import main
from app.demo import load_demo
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE, ROOT
from tests.uwazi_support import read_export, uwazi_problems


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("uwazi-cli") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    load_demo(vault)
    vault.close()
    return folder


@pytest.fixture
def vault_dir(demo_dir, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    return demo_dir


def test_export_uwazi_as_a_subprocess(vault_dir, tmp_path):
    out = tmp_path / "for-uwazi"
    env = {**os.environ, "CASEFILE_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--vault", str(vault_dir), "export", "--uwazi", str(out)]
        + ["--profile", "partner", "--lang", "kk", "ATAJURT-2025"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert "persons.zip" in result.stdout and "26 rows" in result.stdout
    assert "(no Evidence entities: no zip)" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == [
        "README.txt",
        "communications.zip",
        "events.zip",
        "persons.zip",
        "proceedings.zip",
        "thesauri",
    ]
    parsed = read_export(out)
    assert uwazi_problems(parsed, "partner", "kk") == []
    assert parsed.zips["persons.zip"]["rows"][0]["person_kind"] == "Жеке тұлға"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--uwazi", "{out}", "--profile", "partner", "ATAJURT-2025", "-o", "x.json"], "leave out -o"),
        (["export", "ATAJURT-2025", "--profile", "partner", "-o", "{out}.json"], "go with --uwazi"),
        (["export", "ATAJURT-2025", "case-atajurt", "-o", "{out}.json"], "takes one case"),
        (["export", "--uwazi", "{out}", "NO-SUCH-CASE"], "no case 'NO-SUCH-CASE'"),
        (["export", "--uwazi", "{full}", "ATAJURT-2025"], "is not empty"),
    ],
)
def test_plain_refusals(vault_dir, tmp_path, capsys, args, message):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    argv = [a.format(out=tmp_path / "out", full=tmp_path / "full") for a in args]
    assert main(["--vault", str(vault_dir), *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists() and not (tmp_path / "out.json").exists()
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]


def test_json_export_is_unchanged(vault_dir, tmp_path, capsys):
    assert main(["--vault", str(vault_dir), "export", "ATAJURT-2025", "-o", str(tmp_path / "case.json")]) == 0
    assert "NOT encrypted and NOT redacted" in capsys.readouterr().err
    assert (tmp_path / "case.json").read_text(encoding="utf-8").startswith("{")
