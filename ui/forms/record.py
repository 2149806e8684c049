"""What the record forms share (source, proceeding, hearing, measure, letter, event, act): fields in a
column with a mnemonic each, a draft kept in the vault as you type, Enter that saves only what is valid
(and otherwise says what is missing, and goes there), "According to" with a way to add a first-hand
source on the spot, and, for a record being corrected, Delete (undoable, Ctrl+Z).

A subclass names its ``entity``, builds its fields in ``build``, fills them from the read side in
``load`` (a record being corrected) and writes through a service in ``write``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import ChangeService
from ui import dialogs
from ui.case.base import entity_label
from ui.errors import Failure
from ui.forms.base import DraftedDialog
from ui.forms.fields import ChoiceField, TextField
from ui.i18n import Text, set_texts, text_of
from ui.session import Session
from ui.widgets import StatusNote, buddy, label, note, quiet


class RecordForm(DraftedDialog):
    kind = "record"
    entity = ""  # the table of the record written (for Delete)
    size_wanted = (700, 560)

    def __init__(
        self,
        session: Session,
        case_id: str,
        record_id: str | None = None,
        draft_id: str | None = None,
        parent: QWidget | None = None,
        **start: Any,
    ) -> None:
        super().__init__(session, draft_id, parent)
        self.case_id = case_id
        self.record_id = record_id
        self.start_with = start  # what a new record starts from (a proceeding, people, a first-hand source)
        self.touched = False
        self.alerting = False
        self.setModal(True)
        self.fields: dict[str, Any] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status = StatusNote()
        set_texts(self.status, accessibleName=lambda: self.tr("Form status"))
        self.build()
        if record_id is not None:
            self.restoring = True
            try:
                self.load()
            finally:
                self.restoring = False
        self._lay_out()
        for widget in self.fields.values():
            widget.changed.connect(self.changed)
        set_texts(self, windowTitle=self.title_text)
        self.fit(*self.size_wanted)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def fit(self, width: int, height: int) -> None:
        """The size wanted, or the screen's height less room for a title bar and a panel."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            height = min(height, screen.height() - 60)
            width = min(width, screen.width() - 40)
        self.resize(width, height)

    # -- for subclasses ------------------------------------------------------------------------

    def title_text(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the fields from the record being corrected."""

    def write(self) -> str:
        """Save through a service; returns the id of the record saved."""
        raise NotImplementedError

    def extra_problems(self) -> list[tuple[QWidget, Text]]:
        """Problems no single field knows of (a field needed only when another is set)."""
        return []

    # -- building ------------------------------------------------------------------------------

    def add(self, key: str, text: Text, widget: Any, accessible: Text | None = None) -> Any:
        """A row: its label (with a mnemonic, Alt+letter, that moves to the field) and the field."""
        self.fields[key] = widget
        name = accessible or (lambda: text_of(text).replace("&", "").rstrip(":"))
        set_texts(widget, accessibleName=name)
        self.form.addRow(buddy(label(text), widget), widget)
        return widget

    def add_row(self, text: Text, widget: QWidget) -> None:
        """A row of something that is not a field (a computed end date, a hint)."""
        self.form.addRow(label(text), widget)

    def source_row(self, key: str = "source", text: Text | None = None) -> ChoiceField:
        """ "According to": the case's sources, and a button to add one here (e.g. an interview)."""
        sources = ChoiceField(self._sources(), none=lambda: self.tr("(no source yet)"))
        self.fields[key] = sources
        set_texts(sources, accessibleName=lambda: self.tr("According to"))
        self.new_source_button = new_source_button(self)
        self.new_source_button.clicked.connect(lambda: self.new_source(sources))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(sources, 1)
        line.addWidget(self.new_source_button)
        self.form.addRow(buddy(label(text or (lambda: self.tr("Accordin&g to:"))), sources), row)
        return sources

    def _sources(self) -> list[tuple[str, str]]:
        return [(s.id, s.name[:90]) for s in self.session.views.cases.sources(self.case_id)]

    @Slot()
    def new_source(self, field: ChoiceField) -> None:
        open_source_form(self, self.session, self.case_id, lambda source_id: self._source_added(field, source_id))

    def _source_added(self, field: ChoiceField, source_id: str) -> None:
        if self.session.alive:
            field.set_items(self._sources(), keep=source_id)
            field.setFocus()

    def _lay_out(self) -> None:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        set_texts(self.save_button, text=lambda: self.tr("Save (Enter)"), accessibleName=lambda: self.tr("Save"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.delete_button: QPushButton | None = None
        if self.record_id is not None and self.entity:
            self.delete_button = buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
            set_texts(self.delete_button, text=lambda: self.tr("Delete…"), accessibleName=lambda: self.tr("Delete"))
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(self.delete)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        # Long forms scroll inside the dialog, so that it fits a 768-pixel-high screen.
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addLayout(self.form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(quiet(note(lambda: self.tr("Your typing is kept as a draft inside the vault."))), 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    # -- drafts ---------------------------------------------------------------------------------

    def changed(self) -> None:
        if not (self.restoring or self.locking):
            self.touched = True
            if self.alerting:  # what was wrong is being corrected
                self.status.clear()
                self.alerting = False
        super().changed()

    def state(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "record_id": self.record_id,
            "fields": {k: w.state() for k, w in self.fields.items()},
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.restoring = True
        try:
            values = state.get("fields") if isinstance(state.get("fields"), dict) else {}
            for key, widget in self.fields.items():
                if key in values:
                    widget.restore(values[key])
        finally:
            self.restoring = False
        self.touched = True
        self.status.say(lambda: self.tr("Restored your unsaved draft."))

    def is_empty(self) -> bool:
        return not self.touched

    # -- saving ---------------------------------------------------------------------------------

    def problems(self) -> list[tuple[QWidget, Text]]:
        found: list[tuple[QWidget, Text]] = []
        for widget in self.fields.values():
            problem = widget.problem()
            if problem is not None:
                found.append((widget, problem))
        return found + self.extra_problems()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()  # refuses, says why and goes to the field, unless everything is valid
            return
        super().keyPressEvent(event)

    @Slot()
    def save(self) -> None:
        if not self.session.alive:
            return
        problems = self.problems()
        if problems:
            widget, text = problems[0]
            self._alert(text)
            widget.setFocus()
            return
        try:
            record_id = self.write()
        except Exception as exc:  # noqa: BLE001 - shown to the user; the draft stays
            self._alert(Failure.of(exc).text)
            return
        self.close_saved(record_id)

    def add_or_edit(self, add: Callable[[], str], edit: Callable[[str], object]) -> str:
        """``edit(record_id)`` for a record being corrected, else ``add()``; the id of the record saved."""
        if self.record_id:
            edit(self.record_id)
            return self.record_id
        return add()

    def _alert(self, text: Text) -> None:
        self.status.say(text, is_alert=True)
        self.alerting = True

    @Slot()
    def delete(self) -> None:
        if not self.session.alive or self.record_id is None:
            return
        changes = ChangeService(self.session.vault)
        try:
            removal = changes.removal(self.entity, self.record_id)
        except Exception as exc:  # noqa: BLE001
            self._alert(Failure.of(exc).text)
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete this record?"),
            removal_text(entity_label(self.entity), removal.counts()),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        if not self.session.alive:
            return
        try:
            changes.delete(self.entity, self.record_id)
        except Exception as exc:  # noqa: BLE001
            self._alert(Failure.of(exc).text)
            return
        self.close_saved(self.record_id)


def new_source_button(owner: QWidget) -> QPushButton:
    """ "New source…", beside an "According to" list (the record forms' and the incident form's)."""
    button = QPushButton()
    set_texts(
        button,
        text=lambda: QCoreApplication.translate("RecordForm", "New so&urce…"),
        accessibleName=lambda: QCoreApplication.translate("RecordForm", "Add a new source, e.g. an interview"),
    )
    button.setAutoDefault(False)
    return button


def open_source_form(parent: QWidget, session: Session, case_id: str, added: Callable[[str], None]) -> None:
    """The source form over ``parent``, for a first-hand source (an interview); ``added(id)`` once saved."""
    from ui.forms.source import SourceForm

    form = SourceForm(session, case_id, parent=parent, first_hand=True)
    form.saved.connect(added)
    form.open()


def removal_text(what: str, counts: dict[str, int]) -> str:
    """ "The hearing goes, and with it: attribution ×2. Undo (Ctrl+Z) brings everything back." in the
    interface language."""
    translate = QCoreApplication.translate
    text = translate("RecordForm", "This %1 will be deleted.").replace("%1", what)
    if counts:
        items = ", ".join(f"{entity_label(name)} ×{n}" for name, n in counts.items())
        text += " " + translate("RecordForm", "With it go: %1.").replace("%1", items)
    return text + " " + translate("RecordForm", "Undo (Ctrl+Z) brings everything back.")


__all__ = ["ChoiceField", "RecordForm", "TextField", "removal_text"]
