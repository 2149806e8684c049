"""Locking: after idle time (injected clock), with dialogs open, with work running; what is left
afterwards (no model with case data, no clipboard text of ours); panic wipe."""

from __future__ import annotations

import gc
import os

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, press, unlock, wait_index
from ui import dialogs
from ui.models.events import EventTreeModel
from ui.models.lazy import LazyTableModel

CASE_WORDS = ("Atajurt", "Maxutkhan", "Мақсұтхан", "Taldykorgan", "AL KAZ", "Turganbai")


def visible_texts(window) -> list[str]:
    texts = []
    for widget in [window, *window.findChildren(object)]:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
    return texts


def models_with_rows() -> list[QAbstractItemModel]:
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, LazyTableModel | EventTreeModel):
            try:
                if obj.rowCount() or obj.rows() if isinstance(obj, LazyTableModel) else obj.rowCount():
                    found.append(obj)
            except RuntimeError:  # its C++ side is gone: it holds nothing
                pass
    return found


def test_auto_lock_after_idle_time(qtbot, case_vault, clock):
    folder, _, _ = case_vault
    window = make_window(qtbot, folder, clock=clock, idle_seconds=300)
    unlock(qtbot, window)
    clock.advance(200)
    window.autolock.check()
    QTest.mouseClick(window.workspace.search_field, Qt.MouseButton.LeftButton)  # activity restarts the wait
    clock.advance(200)
    window.autolock.check()
    assert window.is_unlocked()
    clock.advance(101)
    window.autolock.check()
    assert not window.is_unlocked()
    assert window.stack.currentWidget() is window.unlock_screen
    assert "5 minutes" in window.unlock_screen.notice.text()
    assert not window.autolock.armed
    # the timer drives the same check: nothing happens while locked
    clock.advance(10_000)
    window.autolock.check()
    unlock(qtbot, window)
    assert window.autolock.armed


def test_after_lock_no_model_holds_case_data_and_the_clipboard_is_cleared(qtbot, demo_folder, clock):
    window = make_window(qtbot, demo_folder, clock=clock)
    unlock(qtbot, window)
    wait_index(qtbot, window)
    view = window.workspace.case_view
    for name in view.tab_names:
        view.show_tab(name)
    view.people.view.selectRow(0)
    view.events.view.setCurrentIndex(view.events.model.index(0, 0))
    window.workspace.search_field.setText("Maxutkhan")
    window.workspace.results.run()
    assert models_with_rows()
    assert any(any(w in t for w in CASE_WORDS) for t in visible_texts(window))
    window.session.clipboard.copy("Bekzat Maxutkhan, Бекзат Мақсұтхан")
    vault = window.session.vault
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
    assert window.session is None and window.workspace is None
    QApplication.processEvents()
    gc.collect()
    assert models_with_rows() == []
    leftovers = [t for t in visible_texts(window) if any(w in t for w in CASE_WORDS)]
    assert leftovers == []
    with pytest.raises(Exception):  # noqa: B017 - the database is closed
        vault.db.query("SELECT count(*) FROM persons")


def test_lock_leaves_someone_elses_clipboard_alone(qtbot, case_vault, clock):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    window.session.clipboard.copy("Bekzat Maxutkhan")
    QGuiApplication.clipboard().setText("a shopping list")  # copied in another program since
    window.lock()
    assert QGuiApplication.clipboard().text() == "a shopping list"


@pytest.mark.parametrize("kind", ["message", "file", "ctrl-l-in-dialog"])
def test_lock_with_a_modal_dialog_open(qtbot, case_vault, clock, kind):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    seen = []

    def lock_from_inside() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal)
        if kind == "ctrl-l-in-dialog":
            press(modal, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            clock.advance(400)
            window.autolock.check()

    QTimer.singleShot(50, lock_from_inside)
    if kind == "file":
        answer = window.workspace.add_files()  # the file dialog runs its own event loop
        assert answer == []
    else:
        answer = dialogs.confirm(window, "Delete?", "Really?")
        assert answer is False
    assert seen and seen[0] is not None
    assert not window.is_unlocked()
    assert QApplication.activeModalWidget() is None
    assert window.stack.currentWidget() is window.unlock_screen


def test_lock_closes_forms_and_a_question_asked_by_one(qtbot, case_vault, clock):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    form = window.workspace.record_incident()
    form.what.setPlainText("Half-typed account")
    QTimer.singleShot(50, window.lock)
    form.reject()  # asks "discard?" in a nested event loop; the lock answers it
    assert not window.is_unlocked() and not form.isVisible()
    unlock(qtbot, window)
    restored = window.workspace.open_drafted_forms()
    assert [f.what.toPlainText() for f in restored] == ["Half-typed account"]


def test_lock_stops_a_running_intake_and_leaves_nothing(qtbot, case_vault, clock, tmp_path):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    path = tmp_path / "video.bin"
    path.write_bytes(os.urandom(12 * 1024 * 1024))
    view = window.workspace.case_view

    def hold_until_cancelled(row) -> None:
        token = row.worker.cancel_token  # the worker waits at its first progress report for the lock
        row.worker.progress.connect(lambda *_: token._event.wait(10), Qt.ConnectionType.DirectConnection)

    view.intake.starting.connect(hold_until_cancelled)
    row = view.add_files([path])[0]
    qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=20_000)
    window.lock()
    assert window.pool.running() == []
    assert list((window.folder / "evidence").iterdir()) == []
    assert "intake was stopped" in window.unlock_screen.notice.text()
    unlock(qtbot, window)
    assert window.session.vault.db.one("SELECT count(*) FROM evidence")[0] == 0


def test_panic_wipe_needs_the_word(qtbot, case_vault, clock):
    folder = case_vault[0]
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    dialogs.next_answers.append("wipe please")
    window.panic_wipe()
    assert window.is_unlocked() and (folder / "vault.header").exists()
    window.session.clipboard.copy("Bekzat Maxutkhan")
    dialogs.next_answers.append("WIPE")
    window.wipe_action.trigger()
    assert not window.is_unlocked()
    assert not folder.exists()
    assert QGuiApplication.clipboard().text() == ""
    assert window.stack.currentWidget() is window.first_run
