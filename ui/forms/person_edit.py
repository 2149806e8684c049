"""Correct a person: every spelling of the name (change one, add one, empty one to remove it), who they
are, their role in this case, consent to be named; or delete them with what was recorded about them.
The status (detained, house arrest…) is never typed: it follows from their measures and acts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from app.services.changes import ChangeService
from app.services.person_edits import PersonEdit, RecordEdits, SpellingEdit
from ui import dialogs
from ui.errors import Failure
from ui.forms.duplicates import Match
from ui.forms.person import PersonDialog
from ui.forms.record import removal_text
from ui.i18n import set_texts
from ui.session import Session


class PersonEditDialog(PersonDialog):
    kind = "person_edit"

    def __init__(
        self,
        session: Session,
        case_id: str | None,
        person_id: str,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.person_id = person_id
        self.touched = False
        self.name_ids: dict[int, str] = {}  # row number -> the spelling's record
        super().__init__(session, case_id, draft_id, parent)
        set_texts(self, windowTitle=lambda: self.tr("Correct a person"))
        buttons = self.findChild(QDialogButtonBox)
        self.delete_button = QPushButton()
        set_texts(self.delete_button, text=lambda: self.tr("Delete…"), accessibleName=lambda: self.tr("Delete"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self._load()

    def _load(self) -> None:
        views = self.session.views.people
        details = views.details(self.person_id)
        if details is None:
            return
        self.restoring = True
        try:
            while len(self.rows) < max(1, len(details.spellings)):
                self.add_row()
            for i, (row, spelling) in enumerate(zip(self.rows, details.spellings)):
                row.restore(
                    {"value": spelling.value, "script": spelling.script, "lang": spelling.lang, "kind": spelling.kind}
                )
                self.name_ids[i] = spelling.id
            self.person_kind.setCurrentIndex(max(0, self.person_kind.findData(details.kind)))
            self.description.setText(details.description)
            self.description.setCursorPosition(0)
            self.consent.setChecked(details.public_consent)
            roles = views.roles_in(self.case_id, self.person_id) if self.case_id else []
            if roles:
                self.role.setCurrentIndex(max(0, self.role.findData(roles[0])))
        finally:
            self.restoring = False
        self.duplicates.show_matches([])

    # -- the duplicate warning is for new records: this one exists ---------------------------

    @Slot()
    def names_changed(self) -> None:
        pass

    @Slot()
    def check_duplicates(self) -> list[Match]:
        return []

    # -- drafts ---------------------------------------------------------------------------------

    @Slot()
    def changed(self) -> None:
        if not (self.restoring or self.locking):
            self.touched = True
        super().changed()

    def is_empty(self) -> bool:
        return not self.touched

    def state(self) -> dict[str, Any]:
        return {
            **super().state(),
            "person_id": self.person_id,
            "name_ids": [self.name_ids.get(i) for i in range(len(self.rows))],
        }

    def restore(self, state: dict[str, Any]) -> None:
        super().restore(state)
        ids = state.get("name_ids") if isinstance(state.get("name_ids"), list) else []
        self.name_ids = {i: name_id for i, name_id in enumerate(ids) if isinstance(name_id, str)}
        self.touched = True

    # -- saving ---------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if not self.session.alive:
            return
        spellings = tuple(
            SpellingEdit(
                r.value.text(),
                self.name_ids.get(i),
                r.script.currentData() or None,
                r.lang.currentData() or None,
                r.kind.currentData(),
            )
            for i, r in enumerate(self.rows)
        )
        edit = PersonEdit(
            spellings,
            self.person_kind.currentData(),
            self.description.text(),
            self.consent.isChecked(),
            self.case_id,
            self.role.currentData() if self.case_id else None,
        )
        try:
            RecordEdits(self.session.vault).edit_person(self.person_id, edit)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the draft stays
            self._error(Failure.of(exc))
            return
        self.close_saved(self.person_id)

    @Slot()
    def delete(self) -> None:
        if not self.session.alive:
            return
        changes = ChangeService(self.session.vault)
        removal = changes.removal("persons", self.person_id)
        others = [c for c in self.session.views.people.cases_of(self.person_id) if c != self.case_id]
        text = removal_text(self.tr("person"), removal.counts())
        if others:
            text += "\n\n" + self.tr("This person is also in %1 other case(s): they go from there too.").replace(
                "%1", str(len(others))
            )
        if not dialogs.confirm(self, self.tr("Delete this person?"), text, self.tr("Delete"), self.tr("Keep them")):
            return
        if not self.session.alive:
            return
        try:
            changes.delete("persons", self.person_id)
        except Exception as exc:  # noqa: BLE001
            self._error(Failure.of(exc))
            return
        self.close_saved(self.person_id)
