"""Handoff packs in the desktop app (issue 5): make a pack, verify or receive one, contact cards.
``install`` adds them to the main window's Share menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ui.share import add_vault_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.packs.cards_dialog import CardsDialog
    from ui.packs.pack_dialog import PackDialog
    from ui.packs.receive_dialog import ReceiveDialog
    from ui.window import MainWindow


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, like the forms; the lock closes it


def open_pack_dialog(window: MainWindow) -> PackDialog | None:
    if window.session is None:
        return None
    from ui.packs.pack_dialog import PackDialog

    case_id = window.workspace.current_case() if window.workspace is not None else None
    dialog = PackDialog(window.session, window.pool, case_id, window)
    _show(dialog)
    return dialog


def open_receive_dialog(window: MainWindow) -> ReceiveDialog | None:
    if window.session is None:
        return None
    from ui.packs.receive_dialog import ReceiveDialog

    dialog = ReceiveDialog(window.session, window.pool, window)

    def refresh(_result: int) -> None:  # a received pack may have added a case or evidence
        if dialog.result is not None and window.workspace is not None and window.session is not None:
            window.workspace.refresh()

    dialog.finished.connect(refresh)
    _show(dialog)
    return dialog


def open_cards_dialog(window: MainWindow) -> CardsDialog | None:
    if window.session is None:
        return None
    from ui.packs.cards_dialog import CardsDialog

    dialog = CardsDialog(window.session, window)
    _show(dialog)
    return dialog


def install(window: MainWindow) -> None:
    """Add "Handoff pack…", "Verify or receive a pack…" and "Contact cards…" to the Share menu."""
    add_vault_action(
        window, lambda: QCoreApplication.translate("ShareMenu", "Handoff &pack…"), lambda: open_pack_dialog(window)
    )
    add_vault_action(
        window,
        lambda: QCoreApplication.translate("ShareMenu", "&Verify or receive a pack…"),
        lambda: open_receive_dialog(window),
    )
    add_vault_action(
        window, lambda: QCoreApplication.translate("ShareMenu", "&Contact cards…"), lambda: open_cards_dialog(window)
    )
