"""Add a person: several spellings of the name (value, script, language, kind), who they are,
their role in the case and whether they consented to be named publicly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.forms.base import DraftedDialog
from ui.forms.saving import create_person, guess_lang, guess_script
from ui.session import Session
from ui.widgets import alert, note, quiet
from ui.workers import user_message

SCRIPTS = (("", "(automatic)"), ("Cyrl", "Cyrillic"), ("Latn", "Latin"), ("Arab", "Arabic"), ("Hani", "Chinese"))
LANGS = (
    ("", "(not known)"),
    ("kk", "Kazakh"),
    ("ru", "Russian"),
    ("en", "English"),
    ("ug", "Uyghur"),
    ("zh", "Chinese"),
)


class NameRow:
    """The widgets of one spelling."""

    def __init__(self, dialog: PersonDialog, kinds: list[tuple[str, str]]) -> None:
        tr = dialog.tr
        self.value = QLineEdit()
        self.value.setMinimumWidth(240)
        self.value.setAccessibleName(tr("Name as written"))
        self.script = QComboBox()
        self.script.setAccessibleName(tr("Script"))
        for key, label in SCRIPTS:
            self.script.addItem(tr(label), key)
        self.lang = QComboBox()
        self.lang.setAccessibleName(tr("Language"))
        for key, label in LANGS:
            self.lang.addItem(tr(label), key)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of spelling"))
        for key, label in kinds:
            self.kind.addItem(label, key)
        self.value.textChanged.connect(self._auto)
        for signal in (
            self.value.textChanged,
            self.script.currentIndexChanged,
            self.lang.currentIndexChanged,
            self.kind.currentIndexChanged,
        ):
            signal.connect(dialog.changed)

    @Slot()
    def _auto(self) -> None:
        """Fill script and language from the letters, unless the user chose them."""
        text = self.value.text()
        if self.script.currentIndex() <= 0 or self.script.property("auto"):
            found = self.script.findData(guess_script(text) or "")
            self.script.setCurrentIndex(max(0, found))
            self.script.setProperty("auto", True)
        if (self.lang.currentIndex() <= 0 or self.lang.property("auto")) and guess_lang(text):
            self.lang.setCurrentIndex(max(0, self.lang.findData(guess_lang(text))))
            self.lang.setProperty("auto", True)

    def state(self) -> dict[str, Any]:
        return {
            "value": self.value.text(),
            "script": self.script.currentData() or None,
            "lang": self.lang.currentData() or None,
            "kind": self.kind.currentData(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.value.setText(state.get("value", ""))
        for combo, key in ((self.script, "script"), (self.lang, "lang"), (self.kind, "kind")):
            combo.setCurrentIndex(max(0, combo.findData(state.get(key) or "")))


class PersonDialog(DraftedDialog):
    kind = "person"

    def __init__(
        self, session: Session, case_id: str | None, draft_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, draft_id, parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Add a person"))
        self.setModal(True)
        self.resize(720, 460)
        vocab = session.vocab
        self.name_kinds = [(k, vocab.short("name_kind", k)) for k, _ in vocab.terms("name_kind")] or [
            ("primary", "primary")
        ]
        self.rows: list[NameRow] = []
        self.grid = QGridLayout()
        for col, text in enumerate(
            (self.tr("Name, as written"), self.tr("Script"), self.tr("Language"), self.tr("Kind"))
        ):
            self.grid.addWidget(quiet(QLabel(text)), 0, col)
        self.grid.setColumnStretch(0, 3)
        self.add_row_button = QPushButton(self.tr("Add another &spelling"))
        self.add_row_button.setAccessibleName(self.tr("Add another spelling"))
        self.add_row_button.setAutoDefault(False)
        self.add_row_button.clicked.connect(lambda: self.add_row(focus=True))

        self.person_kind = QComboBox()
        self.person_kind.setAccessibleName(self.tr("Individual or group"))
        for key, label in vocab.terms("person_kind"):
            self.person_kind.addItem(label, key)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Who this is"))
        self.description.setPlaceholderText(
            self.tr("e.g. Atajurt activist from Almaty region; for a group, who is in it")
        )
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role in this case"))
        for key, label in vocab.terms("role"):
            self.role.addItem(label, key)
        self.role.setCurrentIndex(max(0, self.role.findData("subject_of_concern")))
        self.consent = QCheckBox(self.tr("Has agreed to be named in public reports"))
        self.consent.setAccessibleName(self.tr("Consent to be named publicly"))
        self.status = note()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the person"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        names_box = QWidget()
        nb = QVBoxLayout(names_box)
        nb.setContentsMargins(0, 0, 0, 0)
        nb.addWidget(
            quiet(
                note(
                    self.tr(
                        "Keep every spelling as the source wrote it; add transliterations as "
                        "further rows. The first row is the main one."
                    )
                )
            )
        )
        nb.addLayout(self.grid)
        nb.addWidget(self.add_row_button)
        form = QFormLayout()
        form.addRow(self.tr("Names:"), names_box)
        form.addRow(self.tr("&Individual or group:"), self.person_kind)
        form.addRow(self.tr("&Who they are:"), self.description)
        if case_id:
            form.addRow(self.tr("&Role in this case:"), self.role)
        form.addRow("", self.consent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for signal in (
            self.person_kind.currentIndexChanged,
            self.description.textChanged,
            self.role.currentIndexChanged,
            self.consent.toggled,
        ):
            signal.connect(self.changed)
        self.add_row()
        self.rows[0].value.setFocus()

    def add_row(self, focus: bool = False) -> NameRow:
        row = NameRow(self, self.name_kinds)
        n = len(self.rows) + 1
        if self.rows:
            row.kind.setCurrentIndex(max(0, row.kind.findData("transliteration")))
        self.grid.addWidget(row.value, n, 0)
        self.grid.addWidget(row.script, n, 1)
        self.grid.addWidget(row.lang, n, 2)
        self.grid.addWidget(row.kind, n, 3)
        previous = self.rows[-1].kind if self.rows else None
        self.rows.append(row)
        if previous is not None:
            QWidget.setTabOrder(previous, row.value)
        for a, b in (
            (row.value, row.script),
            (row.script, row.lang),
            (row.lang, row.kind),
            (row.kind, self.add_row_button),
        ):
            QWidget.setTabOrder(a, b)
        if focus:
            row.value.setFocus()
        return row

    def state(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "names": [r.state() for r in self.rows],
            "kind": self.person_kind.currentData(),
            "description": self.description.text(),
            "role": self.role.currentData(),
            "consent": self.consent.isChecked(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.restoring = True
        try:
            names = [n for n in state.get("names", []) if isinstance(n, dict)]
            while len(self.rows) < len(names):
                self.add_row()
            for row, n in zip(self.rows, names):
                row.restore(n)
            self.person_kind.setCurrentIndex(max(0, self.person_kind.findData(state.get("kind"))))
            self.description.setText(state.get("description", ""))
            self.role.setCurrentIndex(max(0, self.role.findData(state.get("role"))))
            self.consent.setChecked(bool(state.get("consent")))
        finally:
            self.restoring = False
        self.status.setText(self.tr("Restored your unsaved draft."))

    def is_empty(self) -> bool:
        return not (any(r.value.text().strip() for r in self.rows) or self.description.text().strip())

    @Slot()
    def save(self) -> None:
        if not self.session.alive:
            return
        try:
            person_id = create_person(
                self.session,
                self.case_id,
                [r.state() for r in self.rows],
                kind=self.person_kind.currentData(),
                description=self.description.text().strip() or None,
                role=self.role.currentData(),
                public_consent=True if self.consent.isChecked() else None,
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user; the draft stays
            self.status.setText(user_message(exc))
            alert(self.status, True)
            return
        self.discard_draft()
        self.saved.emit(person_id)
        self.locking = True
        self.accept()
