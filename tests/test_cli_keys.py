"""The key commands as a user meets them: strength checks, confirming a new recovery code, the attempt limit."""

from __future__ import annotations

import io
import stat

import pytest

from app.cli import main
from storage.errors import WrongPassphrase
from storage.vault import Vault

GOOD = "a good long passphrase"


@pytest.fixture
def cli(tmp_path, monkeypatch, light_cli_kdf, capsys):
    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "vault"))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", GOOD)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _typing(monkeypatch, *answers: str) -> None:
    """A person at a terminal, typing ``answers`` one per prompt."""
    replies = iter(answers)
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt="": next(replies))


def _code(out: str) -> str:
    return next(line.strip() for line in out.splitlines() if line.strip().count("-") == 7)


@pytest.mark.parametrize("weak", ["password", "12345678", "qwertyuiop", "йцукенгшщз", "пароль123", "vault-folder"])
def test_init_refuses_what_is_guessed_first(cli, tmp_path, monkeypatch, weak):
    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "vault-folder"))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", weak)
    code, out, err = cli("init")
    assert code == 1 and "guess" in err and "Use four or more unrelated words." in err
    assert not (tmp_path / "vault-folder").exists()


@pytest.mark.parametrize("strong", ["Менің құпия сөзім ұзын әрі күшті", "Дала кең, жол ұзақ, жүрек батыл", GOOD])
def test_strong_passphrases_in_any_script_are_accepted(cli, monkeypatch, strong):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", strong)
    code, out, err = cli("init")
    assert code == 0, err


def test_passwd_and_recovery_refuse_weak_passphrases(cli, tmp_path):
    code, out, _ = cli("init")
    (tmp_path / "weak").write_text("qwerty123456\n")
    code, _, err = cli("passwd", "--new-passphrase-file", str(tmp_path / "weak"))
    assert code == 1 and "guess" in err
    (tmp_path / "code").write_text(_code(out))
    code, _, err = cli(
        "recovery", "--recovery-code-file", str(tmp_path / "code"), "--new-passphrase-file", str(tmp_path / "weak")
    )
    assert code == 1 and "guess" in err
    assert cli("cases")[0] == 0  # the passphrase did not change


def test_a_new_recovery_code_needs_a_terminal_or_a_file(cli, tmp_path):
    _, out, _ = cli("init")
    old = _code(out)
    code, out, err = cli("recovery", "--regenerate")
    assert code == 1 and "--recovery-code-out" in err and "-" * 1 not in out.replace("--", "")
    Vault.open(tmp_path / "vault", recovery_code=old).close()


def test_a_new_recovery_code_written_to_a_file_first(cli, tmp_path):
    _, out, _ = cli("init")
    old = _code(out)
    target = tmp_path / "new-code.txt"
    code, out, err = cli("recovery", "--regenerate", "--recovery-code-out", str(target))
    assert code == 0, err
    new = target.read_text().strip()
    assert new == _code(out) and stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "vault", recovery_code=old)
    Vault.open(tmp_path / "vault", recovery_code=new).close()
    code, _, err = cli("recovery", "--regenerate", "--recovery-code-out", str(target))
    assert code == 1 and "already exists" in err
    Vault.open(tmp_path / "vault", recovery_code=new).close()


def test_a_new_recovery_code_is_confirmed_by_its_last_group(cli, tmp_path, monkeypatch):
    _, out, _ = cli("init")
    old = _code(out)
    _typing(monkeypatch, "AAAA", "BBBB", "CCCC")
    code, out, err = cli("recovery", "--regenerate")
    shown = _code(out)
    assert code == 1 and "not confirmed" in err and "old code still works" in err
    Vault.open(tmp_path / "vault", recovery_code=old).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "vault", recovery_code=shown)
    known = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    monkeypatch.setattr("storage.vault.new_recovery_code", lambda: known)
    _typing(monkeypatch, "wxyz", " 4567 ")
    code, out, err = cli("recovery", "--regenerate")
    assert code == 0 and "That is not the last group." in err
    Vault.open(tmp_path / "vault", recovery_code=known).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "vault", recovery_code=old)


def test_rotate_key_hands_over_the_code_before_committing(cli, tmp_path):
    _, out, _ = cli("init")
    old = _code(out)
    (tmp_path / "new").write_text("the rotated passphrase here\n")
    code, out, err = cli("rotate-key", "--new-passphrase-file", str(tmp_path / "new"))
    assert code == 1 and "--recovery-code-out" in err
    Vault.open(tmp_path / "vault", recovery_code=old).close()
    target = tmp_path / "code.txt"
    code, out, err = cli(
        "rotate-key", "--new-passphrase-file", str(tmp_path / "new"), "--recovery-code-out", str(target)
    )
    assert code == 0, err
    Vault.open(tmp_path / "vault", recovery_code=target.read_text().strip()).close()
    for kw in ({"recovery_code": old}, {"passphrase": GOOD}):
        with pytest.raises(WrongPassphrase):
            Vault.open(tmp_path / "vault", **kw)


def test_wipe_after(cli, tmp_path, monkeypatch):
    cli("init")
    assert "No attempt limit" in cli("wipe-after")[1]
    code, _, err = cli("wipe-after", "3")
    assert code == 1 and "confirmation" in err
    assert cli("wipe-after", "2", "--yes")[0] == 1
    assert cli("wipe-after", "3", "--yes")[0] == 0
    assert "after 3 failed unlocks" in cli("wipe-after")[1]
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "not the passphrase")
    for left in (2, 1):
        code, _, err = cli("cases")
        assert code == 1 and f"Attempts left before this vault is wiped: {left}." in err
    code, _, err = cli("cases")
    assert code == 1 and "destroyed" in err
    assert not (tmp_path / "vault").exists()
