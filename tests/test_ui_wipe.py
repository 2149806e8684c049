"""The panic wipe never fails silently: the word in any case and layout, a clear "Nothing was wiped"
otherwise, one shortcut from anywhere, the lock screen, and an auto-lock that leaves the dialog open."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.panic import judge_wipe_word
from tests.ui_helpers import *  # noqa: F403 - fixtures
from tests.ui_helpers import make_window, press, type_text, unlock
from ui import dialogs
from ui.i18n import apply_language
from ui.wipe import WipeDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("typed", ["WIPE", "wipe", " Wipe ", "ЦШЗУ", "цшзу", "Цшзу"])
def test_the_word_in_any_case_and_layout(typed):
    assert judge_wipe_word(typed).accepted


@pytest.mark.parametrize(
    ("typed", "why"), [("", "empty"), ("   ", "empty"), ("wipe please", "other"), ("WIPEE", "other")]
)
def test_anything_else_is_refused_with_a_reason(typed, why):
    answer = judge_wipe_word(typed)
    assert not answer.accepted and answer.why == why


def open_wipe_dialog(qtbot, window) -> WipeDialog:
    """Ctrl+Shift+Del, pressed wherever the focus is."""
    target = QApplication.focusWidget() or window
    press(target, Qt.Key.Key_Delete, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window._wipe_dialog is not None and window._wipe_dialog.isVisible())  # noqa: SLF001
    return window._wipe_dialog  # noqa: SLF001


def test_shortcut_wrong_word_says_nothing_was_wiped_then_the_russian_layout_wipes(qtbot, case_vault, clock):
    folder = case_vault[0]
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    assert window.wipe_action.shortcut().toString() == "Ctrl+Shift+Del"
    dialog = open_wipe_dialog(qtbot, window)
    type_text(dialog.word, "wipe please")
    press(dialog.word, Qt.Key.Key_Return)
    assert dialog.isVisible(), "a wrong word must not close the dialog silently"
    assert dialog.feedback.text().startswith("Nothing was wiped")
    assert "“wipe please” is not the word WIPE" in dialog.feedback.text()
    assert window.is_unlocked() and (folder / "vault.header").exists()

    window.session.clipboard.copy("Bekzat Maxutkhan")
    destroyed = []
    window.keys_destroyed.connect(lambda: destroyed.append(time.perf_counter()))
    dialog.word.clear()
    type_text(dialog.word, "ЦШЗУ")  # WIPE typed on a Russian layout
    started = time.perf_counter()
    press(dialog.word, Qt.Key.Key_Return)
    assert destroyed, "the keys were not destroyed"
    elapsed = destroyed[0] - started
    print(f"\npanic wipe: Enter to keys destroyed in {elapsed * 1000:.1f} ms")
    assert elapsed < 1.0
    assert not window.is_unlocked()
    assert not folder.exists()
    assert QApplication.clipboard().text() == ""
    assert window.stack.currentWidget() is window.first_run
    assert "wiped" in window.first_run.status.text()


def test_auto_lock_leaves_the_wipe_dialog_open_and_the_action_enabled(qtbot, case_vault, clock):
    folder = case_vault[0]
    window = make_window(qtbot, folder, clock=clock, idle_seconds=60)
    unlock(qtbot, window)
    dialog = open_wipe_dialog(qtbot, window)
    type_text(dialog.word, "wip")
    clock.advance(61)
    window.autolock.check()
    assert not window.is_unlocked()
    assert dialog.isVisible() and dialog.word.text() == "wip"
    assert window.wipe_action.isEnabled()
    type_text(dialog.word, "e")
    press(dialog.word, Qt.Key.Key_Return)
    assert not folder.exists()


def test_lock_screen_offers_the_wipe_and_a_cancel_is_said(qtbot, case_vault, clock):
    folder = case_vault[0]
    window = make_window(qtbot, folder, clock=clock)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen and screen.wipe_button.isVisible()
    screen.wipe_button.click()
    dialog = window._wipe_dialog  # noqa: SLF001
    assert dialog is not None and dialog.isVisible()
    dialogs.next_answers.append(None)  # the "nothing was wiped" notice
    press(dialog.word, Qt.Key.Key_Escape)
    assert dialogs.asked[-1] == "Panic wipe"
    assert (folder / "vault.header").exists()
    qtbot.waitUntil(lambda: window._wipe_dialog is None)  # noqa: SLF001
    # the shortcut works on the lock screen too, and Kazakh letters of the layout are read as keys
    apply_language("kk")
    dialog = open_wipe_dialog(qtbot, window)
    assert dialog.windowTitle() != "Panic wipe"
    type_text(dialog.word, "цшзу")
    dialog.wipe_button.click()
    assert not folder.exists()


def test_the_menu_entry_with_the_seam_refuses_then_wipes(qtbot, case_vault, clock):
    folder = case_vault[0]
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    dialogs.next_answers.extend(["wipe please", None])  # the word, then the refusal notice
    window.wipe_action.trigger()
    assert dialogs.asked == ["Panic wipe", "Panic wipe"]
    assert window.is_unlocked() and (folder / "vault.header").exists()
    dialogs.next_answers.append("wipe")
    window.wipe_action.trigger()
    assert not folder.exists()
