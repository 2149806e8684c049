"""The recovery code in the desktop app: a code never confirmed is remembered and reminded at each
unlock; a new code replaces the old one only once its last group is typed back; no stale refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from storage.errors import WrongRecoveryCode
from storage.vault import Vault
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, press, type_text, unlock
from ui import dialogs
from ui.recovery_dialog import NewRecoveryCodeDialog

NEW_PASSPHRASE = "river lantern copper meadow"


def create_until_code_shown(qtbot, window) -> str:
    screen = window.first_run
    type_text(screen.passphrase, NEW_PASSPHRASE)
    type_text(screen.confirm, NEW_PASSPHRASE)
    press(screen.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=20_000)
    return screen.code_label.text()


def when_code_shown(window, act) -> QTimer:
    """Calls ``act(dialog)`` once the New recovery code dialog shows its code (it runs in its own loop)."""
    timer = QTimer(window)

    def poll() -> None:
        dialog = window.findChild(NewRecoveryCodeDialog)
        if dialog is not None and dialog.isVisible() and dialog.pending is not None:
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_no_stale_mismatch_once_the_passphrases_match(qtbot, tmp_path, clock):
    window = make_window(qtbot, tmp_path / "vault", clock=clock)
    screen = window.first_run
    type_text(screen.passphrase, NEW_PASSPHRASE)
    type_text(screen.confirm, NEW_PASSPHRASE[:-1] + "x")
    press(screen.confirm, Qt.Key.Key_Return)
    assert "differ" in screen.status.text() and "differ" in screen.match.text()
    press(screen.confirm, Qt.Key.Key_Backspace)
    type_text(screen.confirm, "w")
    assert screen.confirm.text() == NEW_PASSPHRASE
    assert screen.status.text() == "" and screen.match.text() == ""


def test_quitting_while_the_code_is_shown_leaves_a_reminder_until_a_new_code_is_confirmed(qtbot, tmp_path, clock):
    folder = tmp_path / "vault"
    window = make_window(qtbot, folder, clock=clock)
    first_code = create_until_code_shown(qtbot, window)
    window.close()  # quit with the code on screen, never confirmed
    window = make_window(qtbot, folder, clock=clock)
    title = "Recovery code not confirmed"
    dialogs.next_answers.append(False)  # "Remind me next time"
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert dialogs.asked[-1] == title
    window.lock()
    qtbot.waitUntil(lambda: not window.is_locking(), timeout=10_000)
    # the next unlock reminds again; this time a new code is made, shown and confirmed by keyboard
    shown = []

    def confirm_new_code(dialog) -> None:
        code = dialog.page.code_label.text()
        shown.append(code)
        type_text(dialog.page.retype, code.rsplit("-", 1)[1])
        press(dialog.page.retype, Qt.Key.Key_Return)

    dialogs.next_answers.append(True)  # "Make a new code"
    when_code_shown(window, confirm_new_code)
    asked = len(dialogs.asked)
    unlock(qtbot, window, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert dialogs.asked[asked:] == [title]
    new_code = shown[0]
    assert new_code != first_code
    window.lock()
    qtbot.waitUntil(lambda: not window.is_locking(), timeout=10_000)
    asked = len(dialogs.asked)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert title not in dialogs.asked[asked:]  # confirmed: no more reminders
    window.close()
    # the new code opens the vault; the old one no longer does
    Vault.open(folder, recovery_code=new_code, clock=clock).close()
    try:
        Vault.open(folder, recovery_code=first_code, clock=clock).close()
    except WrongRecoveryCode:
        pass
    else:
        raise AssertionError("the replaced recovery code still opens the vault")


def test_a_new_code_cancelled_leaves_the_old_one_in_force(qtbot, tmp_path, clock):
    folder = tmp_path / "vault"
    window = make_window(qtbot, folder, clock=clock)
    old_code = create_until_code_shown(qtbot, window)
    screen = window.first_run
    type_text(screen.retype, old_code.rsplit("-", 1)[1])
    press(screen.retype, Qt.Key.Key_Return)
    assert window.is_unlocked()
    seen = []

    def cancel_after_shown(dialog) -> None:
        seen.append(dialog.page.code_label.text())
        type_text(dialog.page.retype, "ABCD")  # a wrong group does not confirm
        press(dialog.page.retype, Qt.Key.Key_Return)
        assert dialog.isVisible() and "not the last group" in dialog.page.retype_status.text()
        press(dialog.page.retype, Qt.Key.Key_Escape)

    when_code_shown(window, cancel_after_shown)
    assert window.new_recovery_code() is False
    assert seen and seen[0] != old_code
    window.close()
    Vault.open(folder, recovery_code=old_code, clock=clock).close()
    try:
        Vault.open(folder, recovery_code=seen[0], clock=clock).close()
    except WrongRecoveryCode:
        pass
    else:
        raise AssertionError("a code never confirmed replaced the old one")


def key(widget, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press and release typing ``text`` (a letter key; Shift given or not)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    code = Qt.Key(ord(text.upper())) if text.isascii() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers, text))


def test_the_unlock_screen_says_caps_lock_and_the_layout_never_what_was_typed(qtbot, make_vault, clock):
    vault, _ = make_vault()
    vault.close()
    window = make_window(qtbot, vault.folder, clock=clock)
    screen = window.unlock_screen
    assert screen.caps_note.text() == "" and not screen.layout_note.isVisibleTo(screen)
    key(screen.secret, "r")
    assert screen.caps_note.text() == "" and "Latin" in screen.layout_note.text()
    key(screen.secret, "I")  # upper case without Shift: Caps Lock
    assert screen.caps_note.text() == "Caps Lock is on."
    key(screen.secret, "v", Qt.KeyboardModifier.ShiftModifier)  # lower case with Shift: Caps Lock still
    assert screen.caps_note.text() == "Caps Lock is on."
    key(screen.secret, "e")
    assert screen.caps_note.text() == ""
    key(screen.secret, "к")
    assert "Cyrillic" in screen.layout_note.text()
    assert screen.secret.text() == "rIveк"
    for shown in (screen.caps_note.text(), screen.layout_note.text()):
        assert "к" not in shown and "rIve" not in shown
    window.set_language("kk")
    assert "Cyrillic" not in screen.layout_note.text() and screen.layout_note.text()
    window.set_language("en")
    window.lock()  # nothing: already locked; the screen shown again starts without hints
    screen.refresh()
    assert screen.caps_note.text() == "" and screen.layout_note.text() == ""
