"""Vault ▸ Check the vault… runs the checks off the GUI thread; what opening found is told after unlock."""

from __future__ import annotations

from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, unlock
from ui import dialogs


def _check_action(window):
    return next(a for a in window._vault_actions if "Check the vault" in a.text())


def test_check_from_the_menu_passes_on_a_sound_vault(qtbot, case_vault):
    folder, _case, _person = case_vault
    window = make_window(qtbot, folder)
    assert not _check_action(window).isEnabled()  # nothing to check while locked
    unlock(qtbot, window)
    _check_action(window).trigger()
    from ui.integrity import CheckDialog

    dialog = window.findChild(CheckDialog)
    qtbot.waitUntil(lambda: "All checks passed." in dialog.results.toPlainText(), timeout=20_000)
    assert dialog.close_button.text() == "Close"
    dialog.reject()
    assert not dialog.isVisible()
    window.lock()


def test_damage_is_told_after_unlock_and_found_by_the_check(qtbot, case_vault):
    folder, _case, _person = case_vault
    db = folder / "casefile.db"
    with open(db, "r+b") as f:  # one flipped byte in the last page
        f.seek(db.stat().st_size - 2000)
        byte = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([byte[0] ^ 1]))
    window = make_window(qtbot, folder)
    dialogs.next_answers.append(None)  # the warning after unlock
    unlock(qtbot, window)
    assert "Opening the vault" in dialogs.asked
    _check_action(window).trigger()
    from ui.integrity import CheckDialog

    dialog = window.findChild(CheckDialog)
    qtbot.waitUntil(lambda: "Problems found" in dialog.results.toPlainText(), timeout=20_000)
    assert "authentication check" in dialog.results.toPlainText()
    window.lock()
