"""Add a person: several spellings of the name (value, script, language, kind), who they are,
their role in the case and whether they consented to be named publicly. While the names are
typed, existing persons they may belong to are shown ("Possibly the same as …"), with a button to
take that person instead of creating a second record of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.scripts import guess_lang, guess_script
from app.services.persons import add_to_existing_person, create_person
from ui import dialogs
from ui.errors import Failure
from ui.forms.base import DraftedDialog
from ui.forms.duplicates import DuplicateWarning, Match, find_duplicates
from ui.i18n import on_language_change, relabel, set_texts
from ui.session import Session
from ui.widgets import StatusNote, buddy, label, note, quiet

SCRIPTS = (
    ("", QT_TRANSLATE_NOOP("names", "(automatic)")),
    ("Cyrl", QT_TRANSLATE_NOOP("names", "Cyrillic")),
    ("Latn", QT_TRANSLATE_NOOP("names", "Latin")),
    ("Arab", QT_TRANSLATE_NOOP("names", "Arabic")),
    ("Hani", QT_TRANSLATE_NOOP("names", "Chinese characters")),
)
LANGS = (
    ("", QT_TRANSLATE_NOOP("names", "(not known)")),
    ("kk", QT_TRANSLATE_NOOP("names", "Kazakh")),
    ("ru", QT_TRANSLATE_NOOP("names", "Russian")),
    ("en", QT_TRANSLATE_NOOP("names", "English")),
    ("ug", QT_TRANSLATE_NOOP("names", "Uyghur")),
    ("zh", QT_TRANSLATE_NOOP("names", "Chinese")),
)
DUPLICATE_CHECK_MS = 350


def script_name(code: str | None) -> str:
    """ "Cyrillic" for Cyrl, in the interface language (the code itself if unknown)."""
    found = dict(SCRIPTS).get(code or "")
    return QCoreApplication.translate("names", found) if found and code else (code or "")


def language_name(code: str | None) -> str:
    found = dict(LANGS).get(code or "")
    return QCoreApplication.translate("names", found) if found and code else (code or "")


def _labels(table: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {key: QCoreApplication.translate("names", text) for key, text in table}


class NameRow:
    """The widgets of one spelling."""

    def __init__(self, dialog: PersonDialog, kinds: list[tuple[str, str]]) -> None:
        self.value = QLineEdit()
        self.value.setMinimumWidth(240)
        set_texts(self.value, accessibleName=lambda: QCoreApplication.translate("PersonDialog", "Name as written"))
        self.script = QComboBox()
        set_texts(self.script, accessibleName=lambda: QCoreApplication.translate("PersonDialog", "Script"))
        for key, text in _labels(SCRIPTS).items():
            self.script.addItem(text, key)
        self.lang = QComboBox()
        set_texts(self.lang, accessibleName=lambda: QCoreApplication.translate("PersonDialog", "Language"))
        for key, text in _labels(LANGS).items():
            self.lang.addItem(text, key)
        self.kind = QComboBox()
        set_texts(self.kind, accessibleName=lambda: QCoreApplication.translate("PersonDialog", "Kind of spelling"))
        for key, text in kinds:
            self.kind.addItem(text, key)
        self.value.textChanged.connect(self._auto)
        for signal in (
            self.value.textChanged,
            self.script.currentIndexChanged,
            self.lang.currentIndexChanged,
            self.kind.currentIndexChanged,
        ):
            signal.connect(dialog.changed)
        self.value.textChanged.connect(dialog.names_changed)

    def relabel(self, kinds: list[tuple[str, str]]) -> None:
        """Labels in the new interface language; the choices stay."""
        relabel(self.script, _labels(SCRIPTS))
        relabel(self.lang, _labels(LANGS))
        relabel(self.kind, dict(kinds))

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
        set_texts(self, windowTitle=lambda: self.tr("Add a person"))
        self.setModal(True)
        self.resize(760, 500)
        self.rows: list[NameRow] = []
        self._names_fields()
        self._person_fields()
        self._lay_out(self._buttons(), with_role=bool(case_id))
        self.duplicates.chain(self.add_row_button, self.person_kind)
        for signal in (
            self.person_kind.currentIndexChanged,
            self.description.textChanged,
            self.role.currentIndexChanged,
            self.consent.toggled,
        ):
            signal.connect(self.changed)
        on_language_change(self, self._relabel)
        self.add_row()
        self.rows[0].value.setFocus()

    # -- building -----------------------------------------------------------------------

    def _names_fields(self) -> None:
        """A grid of spellings (one row each), and the warning of a possible duplicate under it."""
        self.grid = QGridLayout()
        for col, text in enumerate(
            (
                lambda: self.tr("Name, as written"),
                lambda: self.tr("Script"),
                lambda: self.tr("Language"),
                lambda: self.tr("Kind"),
            )
        ):
            self.grid.addWidget(quiet(label(text)), 0, col)
        self.grid.setColumnStretch(0, 3)
        self.add_row_button = QPushButton()
        set_texts(
            self.add_row_button,
            text=lambda: self.tr("Add another &spelling"),
            accessibleName=lambda: self.tr("Add another spelling"),
        )
        self.add_row_button.setAutoDefault(False)
        self.add_row_button.clicked.connect(lambda: self.add_row(focus=True))
        self.duplicates = DuplicateWarning(self)
        self.duplicates.use_requested.connect(self.use_existing)
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_CHECK_MS)
        self.duplicate_timer.timeout.connect(self.check_duplicates)

    def _person_fields(self) -> None:
        """Individual or group, who they are, their role in the case, consent to be named."""
        vocab = self.session.vocab
        self.person_kind = QComboBox()
        set_texts(self.person_kind, accessibleName=lambda: self.tr("Individual or group"))
        for key, text in vocab.terms("person_kind"):
            self.person_kind.addItem(text, key)
        self.description = QLineEdit()
        set_texts(
            self.description,
            accessibleName=lambda: self.tr("Who this is"),
            placeholderText=lambda: self.tr("e.g. Atajurt activist from Almaty region; for a group, who is in it"),
        )
        self.role = QComboBox()
        set_texts(self.role, accessibleName=lambda: self.tr("Role in this case"))
        for key, text in vocab.terms("role"):
            self.role.addItem(text, key)
        self.role.setCurrentIndex(max(0, self.role.findData("subject_of_concern")))
        self.consent = QCheckBox()
        set_texts(
            self.consent,
            text=lambda: self.tr("Has agreed to be named in public reports"),
            accessibleName=lambda: self.tr("Consent to be named publicly"),
        )
        self.status = StatusNote()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        set_texts(
            self.save_button, text=lambda: self.tr("Save (Enter)"), accessibleName=lambda: self.tr("Save the person")
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _lay_out(self, buttons: QDialogButtonBox, *, with_role: bool) -> None:
        names_box = QWidget()
        nb = QVBoxLayout(names_box)
        nb.setContentsMargins(0, 0, 0, 0)
        nb.addWidget(
            quiet(
                note(
                    lambda: self.tr(
                        "Keep every spelling as the source wrote it; add transliterations as "
                        "further rows. The first row is the main one."
                    )
                )
            )
        )
        nb.addLayout(self.grid)
        nb.addWidget(self.add_row_button)
        nb.addWidget(self.duplicates)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(label(lambda: self.tr("Names:")), names_box)
        form.addRow(buddy(label(lambda: self.tr("&Individual or group:")), self.person_kind), self.person_kind)
        form.addRow(buddy(label(lambda: self.tr("&Who they are:")), self.description), self.description)
        if with_role:
            form.addRow(buddy(label(lambda: self.tr("&Role in this case:")), self.role), self.role)
        form.addRow("", self.consent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _name_kinds(self) -> list[tuple[str, str]]:
        vocab = self.session.vocab
        return [(k, vocab.short("name_kind", k)) for k, _ in vocab.terms("name_kind")] or [("primary", "primary")]

    def _relabel(self) -> None:
        vocab = self.session.vocab
        kinds = self._name_kinds()
        for row in self.rows:
            row.relabel(kinds)
        relabel(self.person_kind, dict(vocab.terms("person_kind")))
        relabel(self.role, dict(vocab.terms("role")))

    def add_row(self, focus: bool = False) -> NameRow:
        row = NameRow(self, self._name_kinds())
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

    # -- the duplicate warning ----------------------------------------------------------

    def typed_names(self) -> list[str]:
        return [r.value.text().strip() for r in self.rows if r.value.text().strip()]

    @Slot()
    def names_changed(self) -> None:
        self.duplicate_timer.start()

    @Slot()
    def check_duplicates(self) -> list[Match]:
        """Look for existing persons with these names now; returns what is shown."""
        self.duplicate_timer.stop()
        names = self.typed_names()
        matches = [Match(names[0] if names else "", d) for d in find_duplicates(self.session, names)]
        self.duplicates.show_matches(matches[:3])
        return self.duplicates.matches

    @Slot(object)
    def use_existing(self, match: Match) -> None:
        """Take the existing person: the spellings typed here are added to it, it joins the case."""
        if not self.session.alive:
            return
        try:
            person_id = add_to_existing_person(
                self.session.vault,
                self.case_id,
                match.duplicate.person_id,
                [r.state() for r in self.rows],
                role=self.role.currentData(),
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user; the draft stays
            self._error(Failure.of(exc))
            return
        self.discard_draft()
        self.saved.emit(person_id)
        self.locking = True
        self.accept()

    # -- drafts -------------------------------------------------------------------------

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
        self.status.say(lambda: self.tr("Restored your unsaved draft."))

    def is_empty(self) -> bool:
        return not (any(r.value.text().strip() for r in self.rows) or self.description.text().strip())

    # -- saving ------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if not self.session.alive:
            return
        matches = self.check_duplicates()
        if matches and not dialogs.confirm(
            self,
            self.tr("Save as a new person?"),
            self.tr(
                "%1 may already be in the vault as %2. If it is the same person, choose “Use this person” "
                "instead, so that their records stay together."
            )
            .replace("%1", matches[0].typed)
            .replace("%2", matches[0].duplicate.label),
            self.tr("Save as a new person"),
            self.tr("Go back"),
        ):
            return
        if not self.session.alive:  # locked while the question was open
            return
        try:
            person_id = create_person(
                self.session.vault,
                self.case_id,
                [r.state() for r in self.rows],
                kind=self.person_kind.currentData(),
                description=self.description.text().strip() or None,
                role=self.role.currentData(),
                public_consent=True if self.consent.isChecked() else None,
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user; the draft stays
            self._error(Failure.of(exc))
            return
        self.discard_draft()
        self.saved.emit(person_id)
        self.locking = True
        self.accept()

    def _error(self, failure: Failure) -> None:
        self.status.say(failure.text, is_alert=True)
