"""The redacted-report dialog (issue 4) and its entry in the main window's Share menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.share import add_vault_action

if TYPE_CHECKING:
    from ui.reports.dialog import ReportDialog
    from ui.window import MainWindow


def open_report_dialog(window: MainWindow) -> ReportDialog | None:
    """Open the report dialog on the case shown in the window (window-modal, like the forms)."""
    if window.session is None:
        return None
    from PySide6.QtCore import Qt

    from ui.reports.dialog import ReportDialog

    case_id = window.workspace.current_case() if window.workspace is not None else None
    dialog = ReportDialog(window.session, window.pool, case_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    """Add "Redacted report…" (Ctrl+Shift+R) to the window's Share menu."""
    add_vault_action(
        window,
        lambda: QCoreApplication.translate("ShareMenu", "Redacted &report…"),
        lambda: open_report_dialog(window),
        "Ctrl+Shift+R",
    )
