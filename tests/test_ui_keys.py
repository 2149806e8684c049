"""The first-run strength check and the attempt-limit setting in the desktop app."""

from __future__ import annotations

import pytest

from storage.errors import VaultWiped, WrongPassphrase
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, unlock


@pytest.mark.parametrize("weak", ["password123", "qwertyuiop", "йцукенгшщз", "пароль2024"])
def test_first_run_refuses_a_guessable_passphrase_and_says_why(qtbot, tmp_path, clock, weak):
    window = make_window(qtbot, tmp_path / "vault", clock=clock)
    screen = window.first_run
    screen.passphrase.setText(weak)
    assert "guess" in screen.strength.text()
    screen.confirm.setText(weak)
    screen.create()
    assert "guess" in screen.status.text() and "four or more unrelated words" in screen.status.text()
    assert not (tmp_path / "vault").exists()


def test_first_run_reason_in_russian_and_a_kazakh_passphrase_passes(qtbot, tmp_path, clock):
    from ui.i18n import apply_language

    window = make_window(qtbot, tmp_path / "vault", clock=clock)
    screen = window.first_run
    try:
        apply_language("ru")
        screen.passphrase.setText("qwertyuiop")
        assert "парольную фразу" in screen.strength.text().lower()
        kazakh = "Менің құпия сөзім ұзын әрі күшті"
        screen.passphrase.setText(kazakh)
        screen.confirm.setText(kazakh)
        assert screen.status.text() == ""
        screen.create()
        qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=10_000)
    finally:
        apply_language("en")


def test_the_attempt_limit_is_set_from_the_vault_menu(qtbot, make_vault, clock):
    from ui import dialogs

    vault, _ = make_vault()
    folder = vault.folder
    vault.close()
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    dialogs.next_answers.extend([1, False])  # "after 3 failed unlocks", then "no" to the warning
    window.choose_unlock_limit()
    assert window.session.vault.unlock_limit == 0
    dialogs.next_answers.extend([1, True])
    window.choose_unlock_limit()
    assert window.session.vault.unlock_limit == 3
    window.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase, match="Attempts left"):
            Vault.open(folder, passphrase="not it at all")
    unlock(qtbot, window, PASSPHRASE)  # a success starts the count again
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase="not it at all")
    screen = window.unlock_screen
    for expected in ("Attempts left before this vault is wiped: 1.", "destroyed"):
        screen.secret.setText("still not it")
        screen.unlock()
        qtbot.waitUntil(lambda expected=expected: expected in screen.status.text(), timeout=10_000)
    assert not folder.exists()
    with pytest.raises(Exception) as err:
        Vault.open(folder, passphrase=PASSPHRASE)
    assert not isinstance(err.value, VaultWiped)
