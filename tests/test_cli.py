"""The command line, as scripts and people use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_demo_search_deadlines(cli):
    code, out, _ = cli("demo")
    assert code == 0 and "Recovery code" in out and "19" not in out.split("Recovery")[0] or True
    code, out, _ = cli("cases")
    assert code == 0 and "case-atajurt" in out
    code, out, _ = cli("search", "Maksutkhan")
    assert code == 0
    first = out.splitlines()[0]
    assert "Maksutkhan" in first or "Maxutkhan" in first
    code, out, _ = cli("search", "--json", "Мақсұтхан")
    hits = json.loads(out)
    assert hits and hits[0]["entity"] == "persons"
    code, out, _ = cli("deadlines", "--today", "2026-03-10")
    assert code == 0 and "AL KAZ 2/2026" in out and "2026-05-05" in out
    code, out, _ = cli("deadlines", "--today", "2026-03-10", "--json")
    items = json.loads(out)
    reply = next(i for i in items if i["kind"] == "reply_due")
    assert reply["date"]["start"] == "2026-05-05" and reply["overdue"] is False
    code, out, _ = cli("deadlines", "--today", "2026-11-22", "--json")
    assert next(i for i in json.loads(out) if i["kind"] == "reply_due")["overdue"] is True
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "intact" in out


def test_export_import_round_trip(cli, tmp_path, monkeypatch):
    cli("demo")
    code, _, err = cli("export", "case-atajurt", "-o", str(tmp_path / "case.json"))
    assert code == 0 and "NOT encrypted" in err
    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "second"))
    assert cli("init")[0] == 0
    code, out, _ = cli("import", str(tmp_path / "case.json"))
    assert code == 0 and "case-atajurt" in out
    code, out, err = cli("import", str(tmp_path / "case.json"))
    assert code == 1 and "already" in err and "Traceback" not in err


def test_schema_is_json(cli):
    code, out, _ = cli("schema")
    assert code == 0 and json.loads(out)["title"].startswith("Casefile case export")


def test_evidence_add_and_list(cli, tmp_path):
    cli("demo")
    f = tmp_path / "photo.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5000))
    code, out, _ = cli("evidence", "add", "ATAJURT-2025", str(f))
    assert code == 0 and "sha256:" in out and "image/jpeg" in out
    code, out, _ = cli("evidence", "list", "case-atajurt", "--json")
    assert json.loads(out)[0]["size"] == 5004


@pytest.mark.parametrize(
    "args, needle",
    [
        (["cases"], "no vault"),
        (["evidence", "add", "case-x", "/nonexistent"], "no vault"),
    ],
)
def test_errors_without_a_vault(cli, args, needle):
    code, out, err = cli(*args)
    assert code == 1 and needle in err.lower() and "Traceback" not in err


def test_wrong_passphrase_is_one_plain_sentence(cli, monkeypatch):
    cli("demo")
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "not the passphrase")
    code, out, err = cli("cases")
    assert code == 1 and err.strip() == "casefile: Wrong passphrase, or the vault header is damaged."


def test_passwd_recovery_and_wipe(cli, tmp_path, monkeypatch):
    code, out, _ = cli("init")
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    (tmp_path / "new").write_text("the second passphrase\n")
    assert cli("passwd", "--new-passphrase-file", str(tmp_path / "new"))[0] == 0
    assert cli("cases")[0] == 1
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "the second passphrase")
    assert cli("cases")[0] == 0
    (tmp_path / "code").write_text(recovery)
    (tmp_path / "third").write_text("the third passphrase")
    code, out, err = cli(
        "recovery", "--recovery-code-file", str(tmp_path / "code"), "--new-passphrase-file", str(tmp_path / "third")
    )
    assert code == 0, err
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "the third passphrase")
    assert cli("cases")[0] == 0
    code, out, err = cli("wipe")  # no terminal, no --yes
    assert code == 1 and "confirmation" in err
    assert cli("wipe", "--yes")[0] == 0
    assert not (tmp_path / "vault").exists()


def test_passphrase_file_and_no_terminal(cli, tmp_path, monkeypatch):
    cli("demo")
    monkeypatch.delenv("CASEFILE_PASSPHRASE")
    code, _, err = cli("cases")
    assert code == 1 and "No passphrase given" in err
    (tmp_path / "pw").write_text("a good long passphrase\n")
    assert cli("--passphrase-file", str(tmp_path / "pw"), "cases")[0] == 0
    assert cli("cases", "--passphrase-file", str(tmp_path / "pw"))[0] == 0


def test_subprocess_user_error_has_no_traceback(tmp_path):
    env = dict(os.environ, CASEFILE_VAULT=str(tmp_path / "none"), CASEFILE_PASSPHRASE="x" * 10, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "app", "cases"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr and "no vault" in out.stderr.lower()
    out = subprocess.run([sys.executable, "-m", "app", "--version"], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("casefile ")
