"""A new recovery code on screen, and the check that it was written down: its last group of four
characters typed back. Used by the first-run screen and by "New recovery code…"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.i18n import Text, set_texts
from ui.widgets import StatusNote, button, heading, note


class RecoveryCodePage(QWidget):
    """Emits ``confirmed`` when the last group was typed and Enter or the button pressed."""

    confirmed = Signal()

    def __init__(self, title: Text, intro: Text, button_text: Text) -> None:
        super().__init__()
        self.code = ""
        self.code_label = QLabel()
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.code_label.font().pointSizeF() * 1.5)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        set_texts(self.code_label, accessibleName=lambda: self.tr("Recovery code"))
        self.retype = QLineEdit()
        self.retype.setMaxLength(9)
        set_texts(self.retype, accessibleName=lambda: self.tr("Last group of the recovery code"))
        self.retype_status = StatusNote()
        self.continue_button = button(button_text, default=True)
        self.continue_button.setEnabled(False)
        self.retype.textChanged.connect(self._check_retype)
        self.retype.returnPressed.connect(self._confirm)
        self.continue_button.clicked.connect(self._confirm)
        self.widgets = [
            heading(title),
            note(intro),
            self.code_label,
            note(lambda: self.tr("To check you have it, type its last group of four characters:")),
            self.retype,
            self.retype_status,
            self.continue_button,
        ]

    def lay_out(self) -> QVBoxLayout:
        """The page's widgets in a column (callers may put them in a card instead)."""
        layout = QVBoxLayout(self)
        for w in self.widgets:
            layout.addWidget(w)
        return layout

    def show_code(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code)
        self.retype.clear()
        self.retype.setFocus()

    def clear(self) -> None:
        """Forget the code (it is on screen only until confirmed)."""
        self.code = ""
        self.code_label.clear()
        self.retype.clear()

    def retype_ok(self) -> bool:
        last = self.code.rsplit("-", 1)[-1].upper()
        typed = "".join(c for c in self.retype.text().upper() if c.isalnum())
        return bool(last) and typed == last

    @Slot()
    def _check_retype(self) -> None:
        ok = self.retype_ok()
        self.continue_button.setEnabled(ok)
        typed = self.retype.text().strip()
        if ok or len(typed) < 4:
            self.retype_status.clear()
        else:
            self.retype_status.say(lambda: self.tr("That is not the last group."), is_alert=True)

    @Slot()
    def _confirm(self) -> None:
        if self.retype_ok():
            self.confirmed.emit()
