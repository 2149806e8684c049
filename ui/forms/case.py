"""Create a case: title, short reference, summary."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.cases import create_case
from ui.errors import Failure
from ui.i18n import set_texts
from ui.session import Session
from ui.widgets import StatusNote, buddy, label


class CaseDialog(QDialog):
    saved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        set_texts(self, windowTitle=lambda: self.tr("New case"))
        self.setModal(True)
        self.resize(560, 320)
        self.title = QLineEdit()
        set_texts(
            self.title,
            accessibleName=lambda: self.tr("Case title"),
            placeholderText=lambda: self.tr("e.g. Atajurt activists detained after the border protest"),
        )
        self.reference = QLineEdit()
        set_texts(
            self.reference,
            accessibleName=lambda: self.tr("Short reference"),
            placeholderText=lambda: self.tr("e.g. ATAJURT-2025"),
        )
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        set_texts(self.summary, accessibleName=lambda: self.tr("Summary"))
        self.status = StatusNote()
        buttons = QDialogButtonBox()
        ok = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        set_texts(ok, text=lambda: self.tr("Create case"))
        ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy(label(lambda: self.tr("&Title:")), self.title), self.title)
        form.addRow(buddy(label(lambda: self.tr("&Reference:")), self.reference), self.reference)
        form.addRow(buddy(label(lambda: self.tr("&Summary:")), self.summary), self.summary)
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
            case_id = create_case(
                self.session.vault,
                title=self.title.text(),
                reference=self.reference.text(),
                summary=self.summary.toPlainText(),
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status.say(Failure.of(exc).text, is_alert=True)
            return
        self.saved.emit(case_id)
        self.accept()
