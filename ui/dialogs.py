"""Every small dialog of the app goes through here, so tests can answer them.

Tests put answers in ``next_answers`` (KeePassXC gives its message box the same
"next answer" seam): while it holds anything, no dialog is shown and the first
answer is returned. ``asked`` records the titles of the dialogs that were asked.

A dialog closed by the auto-lock answers "no" / nothing, so callers never act on
a vault that was locked while they waited.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

next_answers: deque[Any] = deque()
asked: list[str] = []


def _seam(title: str) -> tuple[bool, Any]:
    asked.append(title)
    if next_answers:
        return True, next_answers.popleft()
    return False, None


def answer_from_seam(title: str) -> tuple[bool, Any]:
    """For a dialog of its own (not one of these): (True, the tests' answer) if they gave one."""
    return _seam(title)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    answered, _ = _seam(title)
    if not answered:
        _message(QMessageBox.Icon.Information, parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    answered, _ = _seam(title)
    if not answered:
        _message(QMessageBox.Icon.Warning, parent, title, text)


def _message(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """Yes or no; the safe answer (no) is the default button."""
    answered, answer = _seam(title)
    if answered:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("dialogs", "Yes"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *, secret: bool = False) -> str | None:
    answered, answer = _seam(title)
    if answered:
        return answer
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    _name_buttons(dialog)
    dialog.setTextValue(text)
    if secret:
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    ok = dialog.exec()
    return dialog.textValue() if ok else None


def choose(parent: QWidget | None, title: str, label: str, options: list[str]) -> int | None:
    """Index of the chosen option, or None."""
    answered, answer = _seam(title)
    if answered:
        return answer
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    _name_buttons(dialog)
    dialog.setComboBoxItems(options)
    dialog.setComboBoxEditable(False)
    if not dialog.exec():
        return None
    value = dialog.textValue()
    return options.index(value) if value in options else None


def _name_buttons(dialog: QInputDialog) -> None:
    dialog.setOkButtonText(QCoreApplication.translate("dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("dialogs", "Cancel"))


def choose_files(parent: QWidget | None, title: str) -> list[Path]:
    """Files to add as evidence. Qt's own dialog, not the desktop's: the native ones
    (GTK) add every chosen file to the desktop's "recently used" list."""
    answered, answer = _seam(title)
    if answered:
        return [Path(p) for p in answer or []]
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    chosen = [Path(p) for p in dialog.selectedFiles()] if dialog.exec() else []
    shiboken6.delete(dialog)  # its destructor writes the history: let it happen now, then scrub
    scrub_file_dialog_history()
    return chosen


def choose_save_path(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
    """Where to write a file (a report, a pack, a contact card). Qt's own dialog, not the desktop's,
    for the reason given in ``choose_files``."""
    answered, answer = _seam(title)
    if answered:
        return Path(answer) if answer else None
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setNameFilter(name_filter)
    dialog.selectFile(suggested)
    chosen = Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None
    shiboken6.delete(dialog)
    scrub_file_dialog_history()
    return chosen


def scrub_file_dialog_history() -> None:
    """QFileDialog remembers visited folders in Qt's own settings ("QtProject"): folder names
    of evidence must not outlive the session there. (``settings.redirect_qt_settings`` points
    those settings nowhere on Linux; this covers the platforms where it cannot.)"""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()
