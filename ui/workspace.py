"""The unlocked window's content: search across the top, cases and deadlines on the left,
the selected case in the centre, and the forms opened from it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from app.services.changes import Change, ChangeService
from app.views.deadlines import DeadlineLine
from ui import dialogs, fmt
from ui.case.base import entity_label
from ui.case.view import CaseView
from ui.errors import Failure
from ui.forms.base import DraftedDialog
from ui.forms.case import CaseDialog
from ui.forms.communication import CommunicationForm
from ui.forms.event_edit import ActForm, EventForm
from ui.forms.incident import IncidentDialog
from ui.forms.measure import MeasureForm
from ui.forms.person import PersonDialog
from ui.forms.person_edit import PersonEditDialog
from ui.forms.proceeding import HearingForm, ProceedingForm
from ui.forms.record import RecordForm
from ui.forms.source import SourceForm
from ui.i18n import on_language_change, set_texts
from ui.search_panel import SearchField, SearchResults
from ui.session import Session
from ui.sidebar import CasesPanel, DeadlinesPanel
from ui.widgets import button
from ui.workers import WorkerPool

CASE_ENTITIES = {"events", "evidence", "sources", "communications"}
# The record forms by kind (also the kind of draft each keeps).
RECORD_FORMS: dict[str, type[RecordForm]] = {
    "source": SourceForm,
    "proceeding": ProceedingForm,
    "hearing": HearingForm,
    "measure": MeasureForm,
    "communication": CommunicationForm,
    "event": EventForm,
    "act": ActForm,
}


class Workspace(QWidget):
    lock_requested = Signal()

    def __init__(self, session: Session, pool: WorkerPool) -> None:
        super().__init__()
        self.session, self.pool = session, pool
        self.forms: list[QDialog] = []
        self.search_field = SearchField()
        set_texts(
            self.search_field,
            placeholderText=lambda: self.tr("Search people, events, evidence, sources…  (Ctrl+F)"),
            accessibleName=lambda: self.tr("Search the vault"),
        )
        self.search_field.setClearButtonEnabled(True)
        self.results = SearchResults(session, self.search_field)
        self.results.opened.connect(self.open_hit)
        self.record_button = button(lambda: self.tr("Record incident  (Ctrl+N)"), lambda: self.tr("Record an incident"))
        self.lock_button = button(lambda: self.tr("Lock  (Ctrl+L)"), lambda: self.tr("Lock Casefile now"))
        self.record_button.clicked.connect(self.record_incident)
        self.lock_button.clicked.connect(self.lock_requested)

        self.cases = CasesPanel(session)
        self.deadlines = DeadlinesPanel(session)
        self.case_view = CaseView(session, pool)
        self.cases.case_selected.connect(self.open_case)
        self.cases.new_case_requested.connect(self.new_case)
        self.deadlines.activated.connect(self.open_deadline)
        self.case_view.add_files_requested.connect(self.add_files)
        self.case_view.add_person_requested.connect(self.add_person)
        self.case_view.record_requested.connect(self.record_incident)
        self.case_view.form_requested.connect(self.open_form)
        self.case_view.records_changed.connect(lambda: self._saved(""))

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.lock_button)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.cases)
        left.addWidget(self.deadlines)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 3)
        left.setSizes([170, 560])
        left.setMinimumWidth(300)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(self.case_view)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([380, 1100])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results)
        layout.addWidget(main, 1)
        QWidget.setTabOrder(self.search_field, self.record_button)
        QWidget.setTabOrder(self.record_button, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.cases.view)
        # A new language: read the case again, so that vocabulary labels, dates and numbers are
        # written in it. The open case, its tab and any open form stay as they are.
        on_language_change(self, self._language_changed)

    # -- starting ------------------------------------------------------------------------

    def start(self) -> None:
        ids = self.cases.reload()
        self.deadlines.reload()
        if ids:
            self.cases.select(ids[0])
        self.restore_drafts()  # reopens the forms that were open at lock time, over the case

    def refresh(self) -> None:
        self.cases.reload()
        self.deadlines.reload()
        self.case_view.reload()

    def _language_changed(self) -> None:
        if self.session.alive:
            self.deadlines.reload()
            self.case_view.reload()

    def current_case(self) -> str | None:
        return self.case_view.case_id

    @Slot(str)
    def open_case(self, case_id: str) -> None:
        self.cases.select(case_id)
        self.case_view.open_case(case_id)

    @Slot(object)
    def open_deadline(self, line: DeadlineLine) -> None:
        d = line.deadline
        self.open_case(d.case_id)
        self.case_view.show_entity(d.entity, d.entity_id)

    @Slot(object)
    def open_hit(self, hit: object) -> None:
        entity, entity_id, case_id = hit.entity, hit.entity_id, hit.case_id  # type: ignore[attr-defined]
        if case_id:
            self.open_case(case_id)
        if self.case_view.case_id:
            self.case_view.show_entity(entity, entity_id)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    # -- forms ---------------------------------------------------------------------------

    def _open_form(self, form: QDialog) -> QDialog:
        self.forms.append(form)
        form.finished.connect(lambda _r, f=form: self._form_closed(f))
        form.open()
        return form

    def _form_closed(self, form: QDialog) -> None:
        if form in self.forms:
            self.forms.remove(form)
        form.deleteLater()

    def _need_case(self) -> str | None:
        case_id = self.current_case()
        if case_id is None:
            dialogs.inform(self, self.tr("No case chosen"), self.tr("Choose or create a case first."))
        return case_id

    @Slot()
    def record_incident(self, draft_id: str | None = None, state: dict | None = None) -> IncidentDialog | None:
        case_id = (state or {}).get("case_id") or self._need_case()
        if case_id is None or not self.session.views.cases.exists(case_id):
            return None
        form = IncidentDialog(self.session, case_id, draft_id if isinstance(draft_id, str) else None, self)
        if state:
            form.restore(state)
        form.saved.connect(self._saved)
        self._open_form(form)
        return form

    @Slot()
    def add_person(self, draft_id: str | None = None, state: dict | None = None) -> PersonDialog | None:
        case_id = (state or {}).get("case_id") or self._need_case()
        if case_id is None:
            return None
        form = PersonDialog(self.session, case_id, draft_id if isinstance(draft_id, str) else None, self)
        if state:
            form.restore(state)
        form.saved.connect(self._saved)
        self._open_form(form)
        return form

    @Slot(str, object)
    def open_form(
        self, kind: str, params: dict | None = None, draft_id: str | None = None, state: dict | None = None
    ) -> QDialog | None:
        """A record form of the current case: a new record, or one to correct (``params["record_id"]``)."""
        params, state = dict(params or {}), dict(state or {})
        case_id = state.get("case_id") or self._need_case()
        if case_id is None or not self.session.views.cases.exists(case_id):
            return None
        record_id = params.get("record_id") or state.get("record_id") or state.get("person_id")
        draft = draft_id if isinstance(draft_id, str) else None
        form: QDialog
        if kind in ("person", "person_edit"):
            if not record_id:
                return self.add_person()
            form = PersonEditDialog(self.session, case_id, record_id, draft, self)
        elif kind == "hearing":
            form = HearingForm(self.session, case_id, record_id, draft, self, proceeding_id=params.get("proceeding_id"))
        elif kind == "measure":
            people = tuple(p for p in params.get("person_ids") or () if p)
            form = MeasureForm(self.session, case_id, record_id, draft, self, person_ids=people)
        elif kind in RECORD_FORMS:
            form = RECORD_FORMS[kind](self.session, case_id, record_id, draft, self)
        else:
            return None
        if state:
            form.restore(state)  # type: ignore[attr-defined]
        form.saved.connect(self._saved)  # type: ignore[attr-defined]
        return self._open_form(form)

    def add_source(self) -> QDialog | None:
        return self.open_form("source")

    def add_proceeding(self) -> QDialog | None:
        return self.open_form("proceeding")

    def add_hearing(self) -> QDialog | None:
        return self.open_form("hearing")

    def add_measure(self) -> QDialog | None:
        return self.open_form("measure")

    def add_communication(self) -> QDialog | None:
        return self.open_form("communication")

    @Slot()
    def undo_last(self) -> Change | None:
        """Undo the last change (after saying what it was); returns it, or None."""
        if not self.session.alive:
            return None
        changes = ChangeService(self.session.vault)
        last = changes.last()
        if last is None:
            dialogs.inform(self, self.tr("Undo"), self.tr("There is no change to undo."))
            return None
        if not dialogs.confirm(self, self.tr("Undo"), self.undo_question(last), self.tr("Undo"), self.tr("Keep it")):
            return None
        if not self.session.alive:
            return None
        try:
            changes.undo()
        except Exception as exc:  # noqa: BLE001 - said to the user
            dialogs.warn(self, self.tr("Undo"), Failure.of(exc).text())
            return None
        self.refresh()
        return last

    def undo_question(self, change: Change) -> str:
        what = entity_label(change.entity)
        question = {
            "edit": self.tr("Undo the correction of a %1 made %2?"),
            "delete": self.tr("Bring back the %1 deleted %2, with what was deleted with it?"),
            "create": self.tr("Undo the addition of a %1 made %2?"),
        }[change.kind]
        return question.replace("%1", what).replace("%2", fmt.moment(change.at))

    @Slot()
    def new_case(self) -> CaseDialog:
        form = CaseDialog(self.session, self)
        form.saved.connect(self._case_created)
        self._open_form(form)
        return form

    @Slot()
    def add_files(self) -> list:
        case_id = self._need_case()
        if case_id is None:
            return []
        paths = dialogs.choose_files(self, self.tr("Add evidence files"))
        if not paths or not self.session.alive:  # locked while the file dialog was open
            return []
        self.case_view.show_tab("evidence")
        return self.case_view.add_files(paths)

    @Slot(str)
    def _saved(self, _id: str) -> None:
        if self.session.alive:
            self.deadlines.reload()
            self.case_view.reload()

    @Slot(str)
    def _case_created(self, case_id: str) -> None:
        if self.session.alive:
            self.cases.reload()
            self.open_case(case_id)

    def open_drafted_forms(self) -> list[DraftedDialog]:
        return [f for f in self.forms if isinstance(f, DraftedDialog)]

    def restore_drafts(self) -> None:
        """Reopen the forms that were open at lock time (or at a crash), as they were."""
        for kind, opener in (("incident", self.record_incident), ("person", self.add_person)):
            found = self.session.drafts.latest(kind)
            if found is not None:
                draft_id, state = found
                opener(draft_id, state)
        for kind in (*RECORD_FORMS, "person_edit"):
            found = self.session.drafts.latest(kind)
            if found is not None:
                draft_id, state = found
                self.open_form(kind, {}, draft_id, state)

    def close_forms_for_lock(self) -> None:
        for form in list(self.forms):
            closer = getattr(form, "close_for_lock", None)
            if closer is not None:
                closer()
            else:
                form.reject()

    def flush_drafts(self) -> None:
        for form in self.open_drafted_forms():
            form.flush_draft()
