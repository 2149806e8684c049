"""A case at a glance: who is at risk and their status, what is due next, what happened last."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QFrame, QGridLayout, QListView, QTableView, QVBoxLayout

from app.domain.deadlines import is_past
from app.domain.status import UNKNOWN, severity
from app.views.events import EventIndex
from app.views.people import PersonStatus
from ui import fmt
from ui.case.base import CaseTab, details_browser, fit_columns, table
from ui.errors import Failure
from ui.i18n import counted, set_texts
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.sidebar import deadline_column, deadline_lines
from ui.widgets import heading, note, quiet
from ui.workers import Worker, WorkerPool

STATUS_LABELS = {
    "imprisoned": QT_TRANSLATE_NOOP("status", "Imprisoned"),
    "detained": QT_TRANSLATE_NOOP("status", "Detained"),
    "house_arrest": QT_TRANSLATE_NOOP("status", "House arrest"),
    "restricted_liberty": QT_TRANSLATE_NOOP("status", "Restricted liberty"),
    "suspended_sentence": QT_TRANSLATE_NOOP("status", "Suspended sentence"),
    "not_to_leave": QT_TRANSLATE_NOOP("status", "Must not leave town"),
    "travel_ban": QT_TRANSLATE_NOOP("status", "Travel ban"),
    "on_bail": QT_TRANSLATE_NOOP("status", "On bail"),
    "activity_ban": QT_TRANSLATE_NOOP("status", "Activity ban"),
    "charged": QT_TRANSLATE_NOOP("status", "Charged"),
    "fined": QT_TRANSLATE_NOOP("status", "Fined"),
    "released": QT_TRANSLATE_NOOP("status", "Released"),
    "unknown": QT_TRANSLATE_NOOP("status", "Unknown"),
}


def status_label(status: str) -> str:
    """A person's current status (derived from acts and measures) in the interface language."""
    if status in STATUS_LABELS:
        return QCoreApplication.translate("status", STATUS_LABELS[status])
    return fmt.plain(status)


class OverviewTab(CaseTab):
    ready = Signal()  # people at risk and deadlines are in

    def __init__(self, session: Session, pool: WorkerPool) -> None:
        super().__init__(session)
        self.pool = pool
        self._worker: Worker | None = None
        self.loading = False
        self.title = heading("")
        self.subtitle = quiet(note())
        self.summary = details_browser(lambda: self.tr("Case summary"))
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        margin = int(self.summary.document().documentMargin())
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + margin)  # four whole lines
        self.summary.viewport().setAutoFillBackground(False)
        self.counts = note()
        set_texts(self.counts, accessibleName=lambda: self.tr("Counts"))

        today = session.today
        self.people = LazyTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(lambda: self.tr("Status"), lambda r: status_label(r.status)),
                Column(
                    lambda: self.tr("Until"),
                    lambda r: self._until(r),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r.until),
                    alert=lambda r: is_past(r.until, today()),
                ),
                Column(lambda: self.tr("Role"), self._roles, tooltip=lambda r: self._roles(r) or None),
            ],
            self,
        )
        self.people_view = table(QTableView(), lambda: self.tr("People at risk"))
        self.people_view.setModel(self.people)
        self.people_note = quiet(note())

        self.deadlines = LazyTableModel([deadline_column(session, lambda: self.tr("Deadline"))], self)
        self.deadlines_view = QListView()
        self.deadlines_view.setModel(self.deadlines)
        self.deadlines_view.setWordWrap(True)
        self.deadlines_view.setAlternatingRowColors(True)
        self.deadlines_view.setSpacing(1)
        self.deadlines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        set_texts(self.deadlines_view, accessibleName=lambda: self.tr("Next deadlines of this case"))
        self.latest = LazyTableModel(
            [
                Column(
                    lambda: self.tr("When"),
                    lambda r: fmt.fuzzy(r.date) or self.tr("date unknown"),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r.date),
                ),
                Column(lambda: self.tr("What happened"), lambda r: r.title, tooltip=lambda r: r.title),
            ],
            self,
        )
        self.latest_view = table(QTableView(), lambda: self.tr("Latest events"))
        self.latest_view.setModel(self.latest)
        self.latest_view.activated.connect(self._open_event)
        self.latest_view.doubleClicked.connect(self._open_event)
        self.deadlines_view.activated.connect(self._open_deadline)
        self.deadlines_view.doubleClicked.connect(self._open_deadline)
        self.people_view.activated.connect(self._open_person)
        self.people_view.doubleClicked.connect(self._open_person)

        grid = QGridLayout()
        grid.addWidget(heading(lambda: self.tr("People at risk"), 2), 0, 0)
        grid.addWidget(self.people_view, 1, 0, 3, 1)
        grid.addWidget(self.people_note, 4, 0)
        grid.addWidget(heading(lambda: self.tr("Next deadlines"), 2), 0, 1)
        grid.addWidget(self.deadlines_view, 1, 1)
        grid.addWidget(heading(lambda: self.tr("Latest events"), 2), 2, 1)
        grid.addWidget(self.latest_view, 3, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addLayout(grid, 1)

    def _until(self, row: PersonStatus) -> str:
        if not row.until:
            return ""
        text = fmt.fuzzy(row.until)
        if is_past(row.until, self.session.today()):
            text += self.tr(" (passed)")
        return text

    def _roles(self, row: PersonStatus) -> str:
        vocab = self.session.vocab
        return ", ".join(dict.fromkeys(vocab.short("role", r) for r in row.roles))

    def load(self, case_id: str) -> None:
        super().load(case_id)
        vocab = self.session.vocab
        case = self.session.views.cases.overview(case_id)
        if case is None:
            return
        self.title.setText(case.title)
        bits = [case.reference, vocab.label("case_status", case.status)]
        self.subtitle.setText("  ·  ".join(b for b in bits if b))
        self.summary.setPlainText(case.summary)
        self.summary.setVisible(bool(case.summary))
        c = case.counts
        self.counts.setText(
            "  ·  ".join(
                (
                    counted.people(c.people),
                    counted.events(c.events),
                    counted.evidence_files(c.evidence),
                    counted.sources(c.sources),
                    counted.communications(c.communications),
                )
            )
        )
        self.people_note.setText(self.tr("Reading who is at risk…"))
        self.loading = True
        # Statuses and deadlines read every person's measures and acts: off the GUI thread.
        session = self.session

        def job(progress: object, cancel: object) -> tuple[str, list, list]:
            statuses = session.views.people.statuses(case_id)
            return case_id, statuses, deadline_lines(session, case_id, None, limit=8)

        worker = Worker(job, "overview")
        worker.finished.connect(self._loaded)
        worker.failed.connect(self._failed)
        self._worker = worker
        self.pool.start(worker)

    @Slot(object)
    def _loaded(self, result: tuple[str, list, list]) -> None:
        case_id, statuses, deadlines = result
        if not self.session.alive or case_id != self.case_id:
            return
        self.loading = False
        at_risk = sorted((s for s in statuses if s.status != UNKNOWN), key=lambda s: (severity(s.status), s.name))
        self.people.set_rows(at_risk)
        others = len(statuses) - len(at_risk)
        self.people_note.setText(counted.others_unrestricted(others) if others else "")
        fit_columns(self.people_view, [-1, -1, -1], caps=[170, 200, 320])
        self.deadlines.set_rows(deadlines)
        self.ready.emit()

    @Slot(object, bool)
    def _failed(self, failure: Failure, cancelled: bool) -> None:
        if self.session.alive:
            self.loading = False
            self.people_note.setText(failure.text())

    def set_event_index(self, index: EventIndex) -> None:
        if not self.session.alive:
            return
        dated = index.dated()
        last = list(index.rowids[max(0, dated - 6) : dated])[::-1]
        self.latest.set_rows(self.session.views.events.load(last, with_acts=False))
        fit_columns(self.latest_view, [-1], cap=240)

    @Slot(QModelIndex)
    def _open_event(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.open_entity.emit("events", row.id)

    @Slot(QModelIndex)
    def _open_deadline(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.open_entity.emit(row.deadline.entity, row.deadline.entity_id)

    @Slot(QModelIndex)
    def _open_person(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.open_entity.emit("persons", row.person_id)

    def purge(self) -> None:
        super().purge()
        self._worker = None
        self.loading = False
        for model in (self.people, self.deadlines, self.latest):
            model.purge()
        for label in (self.title, self.subtitle, self.summary, self.counts, self.people_note):
            label.clear()
