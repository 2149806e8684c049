"""The main window's Share menu: redacted reports, handoff packs and contact cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.i18n import set_texts

if TYPE_CHECKING:
    from ui.window import MainWindow

SHARE_MENU = "casefile_share_menu"


def share_menu(window: MainWindow) -> QMenu:
    """The "Share" menu of the main window, made once."""
    bar = window.menuBar()
    found = bar.findChild(QMenu, SHARE_MENU)
    if found is not None:
        return found
    menu = bar.addMenu("")
    menu.setObjectName(SHARE_MENU)
    set_texts(menu, watch=window, title=lambda: QCoreApplication.translate("ShareMenu", "&Share"))
    return menu


def add_vault_action(
    window: MainWindow, text: Callable[[], str], slot: Callable[[], Any], shortcut: str | None = None
) -> QAction:
    """An entry of the Share menu, usable only while a vault is unlocked (it follows the window's
    ``locked``/``unlocked`` signals)."""
    action = QAction(window)
    set_texts(action, watch=window, text=text)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    share_menu(window).addAction(action)
    action.setEnabled(bool(window.is_unlocked()))
    window.unlocked.connect(lambda: action.setEnabled(True))
    window.locked.connect(lambda: action.setEnabled(False))
    return action
