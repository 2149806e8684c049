"""Create a case: title, short reference, summary."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.forms.saving import save_case
from ui.session import Session
from ui.widgets import alert, note
from ui.workers import user_message


class CaseDialog(QDialog):
    saved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New case"))
        self.setModal(True)
        self.resize(560, 320)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Case title"))
        self.title.setPlaceholderText(self.tr("e.g. Atajurt activists detained after the border protest"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Short reference"))
        self.reference.setPlaceholderText(self.tr("e.g. ATAJURT-2025"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.status = note()
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Create case"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Summary:"), self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def close_for_lock(self) -> None:
        self.reject()

    @Slot()
    def save(self) -> None:
        if not self.session.alive:
            return
        try:
            case_id = save_case(
                self.session,
                title=self.title.text(),
                reference=self.reference.text(),
                summary=self.summary.toPlainText(),
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status.setText(user_message(exc))
            alert(self.status, True)
            return
        self.saved.emit(case_id)
        self.accept()
