"""First run, unlock, demo vault, settings: the way a user first meets the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.header_codec import peek
from storage.keystore import MemoryKeyStore, NoKeyStore
from tests.conftest import PASSPHRASE
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, unlock, wait_index

NEW_PASSPHRASE = "river lantern copper meadow"


def test_first_run_creates_a_vault_and_confirms_the_recovery_code(qtbot, tmp_path, clock):
    folder = tmp_path / "vault"
    window = make_window(qtbot, folder, clock=clock)
    screen = window.first_run
    assert window.stack.currentWidget() is screen
    # no keychain on a headless system: binding is offered, disabled, with the calm explanation
    assert not screen.bind_box.isEnabled()
    assert screen.bind_note.text() == NoKeyStore().describe()
    screen.passphrase.setText("short")
    assert "Too short" in screen.strength.text()
    screen.passphrase.setText(NEW_PASSPHRASE)
    assert "Strong" in screen.strength.text() or "Fair" in screen.strength.text()
    screen.confirm.setText(NEW_PASSPHRASE + "x")
    screen.create()
    assert "differ" in screen.status.text()
    screen.confirm.setText(NEW_PASSPHRASE)
    screen.create_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=10_000)
    code = screen.code_label.text()
    assert len(code.split("-")) == 8
    screen.retype.setText("ZZZZ" if not code.endswith("ZZZZ") else "YYYY")
    assert not screen.continue_button.isEnabled()
    screen.retype.setText(code.rsplit("-", 1)[1].lower())  # case does not matter
    assert screen.continue_button.isEnabled()
    screen.continue_button.click()
    assert window.is_unlocked()
    assert (folder / "vault.header").exists()
    assert screen.code_label.text() == "" and screen.passphrase.text() == ""
    # the new vault opens with the passphrase and with the recovery code
    window.lock()
    unlock(qtbot, window, NEW_PASSPHRASE)
    window.lock()
    window.unlock_screen.use_recovery.setChecked(True)
    unlock(qtbot, window, code)


def test_binding_is_offered_when_a_keychain_exists(qtbot, tmp_path, clock):
    store = MemoryKeyStore()
    window = make_window(qtbot, tmp_path / "vault", clock=clock, keystore=store)
    screen = window.first_run
    assert screen.bind_box.isEnabled()
    assert "copy of the vault folder" in screen.bind_note.text()
    screen.bind_box.setChecked(True)
    screen.passphrase.setText(NEW_PASSPHRASE)
    screen.confirm.setText(NEW_PASSPHRASE)
    screen.create()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=10_000)
    slots = peek(tmp_path / "vault")["slots"]
    assert next(s for s in slots if s["id"] == "passphrase")["pepper"] == "keyring"
    assert store.items


def test_wrong_passphrase_says_so_and_clears_the_field(qtbot, make_vault, clock):
    vault, _ = make_vault()
    vault.close()
    window = make_window(qtbot, vault.folder, clock=clock)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    screen.secret.setText("not the passphrase")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not screen.busy and screen.status.text() != "", timeout=10_000)
    assert "Wrong passphrase" in screen.status.text()
    assert screen.secret.text() == ""
    assert not window.is_unlocked()
    unlock(qtbot, window, PASSPHRASE)


def test_demo_vault_from_the_first_run_screen(qtbot, tmp_path, clock):
    window = make_window(qtbot, tmp_path / "vault", clock=clock)
    window.first_run.demo_button.click()
    qtbot.waitUntil(window.is_unlocked, timeout=20_000)
    wait_index(qtbot, window)
    assert window.folder == tmp_path / "vault-demo"
    overview = window.workspace.case_view.overview
    assert "Atajurt" in overview.title.text()
    panel = window.workspace.deadlines.titles()
    assert any(t.startswith("Pre-trial detention ends: 13 people") for t in panel)  # overdue on 10 March
    assert "Reply due: AL KAZ 2/2026" not in panel  # 56 days away: beyond the panel's 30 days
    model = overview.deadlines
    case_deadlines = [model.data(model.index(i, 0)).split("\n")[1] for i in range(model.rowCount())]
    assert "Reply due: AL KAZ 2/2026" in case_deadlines
    # the second time, the demo vault exists: its unlock screen says the passphrase
    window.lock()
    assert window.unlock_screen.folder == tmp_path / "vault-demo"


def test_settings_hold_only_geometry_and_language(qtbot, demo_folder, clock, tmp_path):
    ini = tmp_path / "settings.ini"
    window = make_window(qtbot, demo_folder, clock=clock, settings_path=ini)
    unlock(qtbot, window)
    window.settings.set_language("ru")
    window.close()
    from ui.settings import UiSettings

    keys = set(UiSettings(ini).keys())
    assert keys <= {"window/geometry", "ui/language"} and "window/geometry" in keys
    text = ini.read_text(encoding="utf-8", errors="replace")
    for secret in ("Atajurt", "Maxutkhan", str(demo_folder), "vault"):
        assert secret not in text


def test_qt_file_dialog_history_goes_nowhere(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import redirect_qt_settings

    redirect_qt_settings(tmp_path / "nowhere" / "file-not-dir")
    (tmp_path / "nowhere").mkdir()
    (tmp_path / "nowhere" / "file-not-dir").write_text("")
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/lastVisited", "file:///media/usb/protest")
    qt.sync()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["file-not-dir", "nowhere"]


def test_main_resolves_the_vault_folder(monkeypatch, tmp_path):
    import argparse

    from app.cli.common import vault_dir
    from app.location import default_vault_dir
    from ui.main import parse_args

    def desktop(argv: list[str]) -> Path:  # as ui.main.main finds it
        from app.location import vault_folder

        return vault_folder(parse_args(argv).vault)

    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "env-vault"))
    assert desktop([]) == tmp_path / "env-vault" == vault_dir(argparse.Namespace())
    assert desktop(["--vault", str(tmp_path / "arg")]) == tmp_path / "arg"
    monkeypatch.delenv("CASEFILE_VAULT")
    assert desktop([]) == default_vault_dir() == vault_dir(argparse.Namespace())  # the same place as the command line


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_translations_are_wired(qapp, lang):
    from ui.i18n import Vocab, install_translators

    loaded = install_translators(qapp, lang)
    assert f"casefile_{lang}" in loaded  # the compiled .qm files are committed
    assert Vocab(lang).label("event_type", "protest")
