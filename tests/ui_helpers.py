"""Shared helpers for the desktop-app tests (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from storage.clock import FakeClock
from tests.conftest import LIGHT_KDF, PASSPHRASE

TODAY = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # the seed documents' "now"

# Fixtures, for ``from tests.ui_helpers import *`` in the test modules.
__all__ = ["case_vault", "clean_dialog_answers", "clock", "demo_folder", "demo_unlocked", "english_afterwards"]


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one key event per character (QTest.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def shown(model, predicate, column: int) -> str:
    """The text a table model shows in ``column`` for the first row (a view value) that ``predicate`` accepts."""
    rows = model.rows()
    i = next(i for i, r in enumerate(rows) if predicate(r))
    return model.data(model.index(i, column))


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def make_window(
    qtbot,
    folder: Path,
    *,
    clock: FakeClock | None = None,
    keystore=None,
    idle_seconds: float = 300,
    settings_path: Path | None = None,
):
    from ui.settings import UiSettings
    from ui.window import MainWindow

    window = MainWindow(
        folder,
        keystore=keystore,
        clock=clock or FakeClock(TODAY),
        kdf=LIGHT_KDF,
        allow_below_floor=True,
        idle_seconds=idle_seconds,
        settings=UiSettings(settings_path or folder.parent / "ui-settings.ini"),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    screen.secret.setText(passphrase)
    screen.unlock()
    qtbot.waitUntil(window.is_unlocked, timeout=10_000)


def wait_index(qtbot, window) -> None:
    """Until the case's chronology and its overview (read off the GUI thread) are in."""
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.event_index is not None and not view.overview.loading, timeout=10_000)


@pytest.fixture(autouse=True)
def clean_dialog_answers():
    from ui import dialogs

    dialogs.next_answers.clear()
    dialogs.asked.clear()
    yield
    dialogs.next_answers.clear()


@pytest.fixture(autouse=True)
def english_afterwards():
    """A test that switches the language leaves the next one in English."""
    yield
    from ui.i18n import apply_language

    apply_language("en")


@pytest.fixture
def case_vault(make_vault):
    """A closed vault holding one case and one person; returns (folder, case_id, person_id)."""
    from app.services.records import Records

    vault, _ = make_vault()
    records = Records(vault)
    case_id = records.insert("cases", {"title": "Border protest", "reference": "BP-2025"})
    person_id = records.insert("persons", {"kind": "individual"})
    records.insert(
        "person_names", {"person_id": person_id, "value": "Bekzat Maxutkhan", "script": "Latn", "kind": "primary"}
    )
    records.insert("case_persons", {"case_id": case_id, "person_id": person_id, "role": "defendant"})
    folder = vault.folder
    vault.close()
    return folder, case_id, person_id


@pytest.fixture
def demo_folder(make_vault):
    from app.demo import load_demo

    vault, _ = make_vault()
    load_demo(vault)
    folder = vault.folder
    vault.close()
    return folder


@pytest.fixture
def clock():
    return FakeClock(TODAY)


def open_vault_for_check(folder: Path):
    from storage.vault import Vault

    return Vault.open(folder, passphrase=PASSPHRASE)


@pytest.fixture
def demo_unlocked(qtbot, demo_folder, clock):
    """The demo vault unlocked in a 1280×800 window, its chronology read; English again afterwards."""
    window = make_window(qtbot, demo_folder, clock=clock)
    unlock(qtbot, window)
    window.resize(1280, 800)
    wait_index(qtbot, window)
    yield window
    window.set_language("en")
    window.pool.cancel_all()
    window.pool.wait_all()
