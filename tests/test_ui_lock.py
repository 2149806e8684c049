"""Locking: after idle time (injected clock), with dialogs open, with work running; what is left
afterwards (no model with case data, no clipboard text of ours); panic wipe."""

from __future__ import annotations

import gc
import os
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from tests.conftest import PASSPHRASE
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
    with qtbot.waitSignal(window.lock_finished, timeout=20_000):
        window.lock()
        assert window.session is None and window.stack.currentWidget() is window.unlock_screen  # at once
    assert window.pool.running() == []
    assert list((window.folder / "evidence").iterdir()) == []
    assert "intake was stopped" in window.unlock_screen.notice.text()
    unlock(qtbot, window)
    assert window.session.vault.db.one("SELECT count(*) FROM evidence")[0] == 0


def test_panic_wipe_needs_the_word(qtbot, case_vault, clock):
    folder = case_vault[0]
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    dialogs.next_answers.extend(["wipe please", None])  # the word, then the message that nothing was wiped
    window.panic_wipe()
    assert window.is_unlocked() and (folder / "vault.header").exists()
    assert not dialogs.next_answers  # the refusal was said, not passed over
    window.session.clipboard.copy("Bekzat Maxutkhan")
    dialogs.next_answers.append("WIPE")
    window.wipe_action.trigger()
    assert not window.is_unlocked()
    assert not folder.exists()
    assert QGuiApplication.clipboard().text() == ""
    assert window.stack.currentWidget() is window.first_run


# -- the lock never blocks the window, lets a save finish, and happens once ------------------------


def start_held_job(window, job_body, name: str):
    """A job in the window's pool that waits for the test's go-ahead, then does ``job_body(vault)``."""
    from ui.workers import Worker

    started, go = threading.Event(), threading.Event()
    vault = window.session.vault

    def job(progress, cancel):
        started.set()
        assert go.wait(20)
        return job_body(vault, cancel)

    worker = window.pool.start(Worker(job, name))
    assert started.wait(20)  # running, past the worker's own first check
    return worker, go


def test_lock_during_a_running_intake_locks_the_window_at_once(qtbot, case_vault, clock, tmp_path):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    path = tmp_path / "video.bin"
    path.write_bytes(os.urandom(4 * 1024 * 1024))
    case_id = case_vault[1]

    def intake(vault, cancel):
        from app.services.evidence import EvidenceService

        return EvidenceService(vault).add_file(case_id, path, cancel=cancel)

    worker, go = start_held_job(window, intake, "intake:video.bin")
    started = time.monotonic()
    assert window.lock()
    assert time.monotonic() - started < 2  # the window's thread did not wait for the worker
    assert window.session is None and window.stack.currentWidget() is window.unlock_screen
    assert window.is_locking() and window.unlock_screen.held
    assert models_with_rows() == [] or all(m.rowCount() == 0 for m in models_with_rows())
    with qtbot.waitSignal(window.lock_finished, timeout=20_000):
        go.set()
    assert not window.is_locking() and list((window.folder / "evidence").iterdir()) == []
    unlock(qtbot, window)
    from app.views import Views

    assert Views(window.session.vault).evidence.count(case_id) == 0


def test_a_running_save_finishes_before_the_vault_closes(qtbot, case_vault, clock):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    case_id = case_vault[1]

    def save(vault, cancel):  # past its last check: a save is not cancelled half-way
        from app.services.records import Records

        return Records(vault).insert("events", {"case_id": case_id, "type": "arrest", "title": "Saved while locking"})

    worker, go = start_held_job(window, save, "save")
    results = []
    worker.finished.connect(results.append)
    window.lock()
    assert window.session is None and window.is_locking()
    # Unlocking is asked for while the save runs: it waits for the vault to close, then goes ahead.
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    assert "Finishing the work" in window.unlock_screen.status.text()
    go.set()
    qtbot.waitUntil(window.is_unlocked, timeout=20_000)
    assert results
    from app.services.records import Records

    rows = Records(window.session.vault).rows("events", "case_id = ?", (case_id,))
    assert [r["title"] for r in rows] == ["Saved while locking"]


def test_lock_twice_quickly_locks_once(qtbot, case_vault, clock):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    form = window.workspace.record_incident()
    form.what.setPlainText("Half-typed account")
    locks, inner = [], []
    window.locked.connect(lambda: locks.append("locked"))
    flush = window.workspace.flush_drafts

    def flush_while_asked_to_lock_again() -> None:
        # Ctrl+L, or the idle timer, delivered by an event loop that runs inside the lock.
        inner.append(window.lock())
        press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        flush()

    window.workspace.flush_drafts = flush_while_asked_to_lock_again
    QTimer.singleShot(0, window.lock)
    QTimer.singleShot(0, window.lock)  # pressed twice quickly
    qtbot.waitUntil(lambda: bool(locks), timeout=5_000)
    QApplication.processEvents()
    window.autolock.idle.emit()
    assert locks == ["locked"] and inner == [False]
    assert not window.is_unlocked() and window.stack.currentWidget() is window.unlock_screen
    assert not shiboken6.isValid(form) or not form.isVisible()
    unlock(qtbot, window)
    assert [f.what.toPlainText() for f in window.workspace.open_drafted_forms()] == ["Half-typed account"]


def test_lock_closes_only_its_own_dialogs(qtbot, case_vault, clock, tmp_path, make_vault):
    window = make_window(qtbot, case_vault[0], clock=clock)
    unlock(qtbot, window)
    other_vault, _ = make_vault("other")
    other_folder = other_vault.folder
    other_vault.close()
    other = make_window(qtbot, other_folder, clock=clock)
    unlock(qtbot, other)
    form = other.workspace.new_case()  # a dialog of the other window
    assert form.isVisible()
    window.lock()
    assert not window.is_unlocked() and form.isVisible() and other.is_unlocked()
    other.lock()
    assert not form.isVisible()
