"""Proceedings: court, charges, hearings (with their outcome) and restrictive measures with expiry."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

from app.domain.deadlines import NOT_HELD, is_past
from app.views.proceedings import CaseMeasure
from ui import fmt
from ui.case.base import (
    CaseTab,
    button_bar,
    details_browser,
    esc,
    fit_columns,
    fit_first_stretches,
    html_rows,
    select_row,
    table,
)
from ui.i18n import counted
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button, heading


class ProceedingsTab(CaseTab):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        vocab = session.vocab
        today = session.today
        self.proceedings = LazyTableModel(
            [
                Column(lambda: self.tr("Proceeding"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(lambda: self.tr("Status"), lambda r: vocab.label("proceeding_status", r.status)),
            ],
            self,
        )
        self.hearings = LazyTableModel(
            [
                Column(
                    lambda: self.tr("Date"), lambda r: fmt.fuzzy(r.date), tooltip=lambda r: fmt.fuzzy_tooltip(r.date)
                ),
                Column(
                    lambda: self.tr("Outcome"),
                    lambda r: vocab.label("hearing_outcome", r.outcome),
                    alert=lambda r: is_past(r.date, today()) and r.outcome in NOT_HELD,
                ),
                Column(lambda: self.tr("Place"), lambda r: r.place),
                Column(lambda: self.tr("Closed doors"), lambda r: self.tr("yes") if r.closed_session else ""),
                Column(lambda: self.tr("Notes"), lambda r: r.notes, tooltip=lambda r: r.notes or None),
            ],
            self,
        )
        self.measures = LazyTableModel(
            [
                Column(lambda: self.tr("Person"), lambda r: r.person),
                Column(lambda: self.tr("Measure"), lambda r: vocab.short("measure_type", r.measure.type)),
                Column(
                    lambda: self.tr("Expires"),
                    lambda r: fmt.fuzzy(r.measure.expiry) + (self.tr(" (passed)") if self._overdue(r) else ""),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r.measure.expiry),
                    alert=self._overdue,
                ),
                Column(lambda: self.tr("State"), self._state),
                Column(
                    lambda: self.tr("From"),
                    lambda r: fmt.fuzzy(r.measure.start),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r.measure.start),
                ),
                Column(lambda: self.tr("For"), lambda r: counted.length(r.measure.duration)),
            ],
            self,
        )
        self.list_view = table(QTableView(), lambda: self.tr("Proceedings"))
        self.list_view.setModel(self.proceedings)
        self.details = details_browser(lambda: self.tr("Proceeding details"))
        self.hearings_view = table(QTableView(), lambda: self.tr("Hearings"))
        self.hearings_view.setModel(self.hearings)
        self.measures_view = table(QTableView(), lambda: self.tr("Measures"))
        self.measures_view.setModel(self.measures)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        self._last = "proceedings"  # the list whose selection "Edit…" corrects
        for name, view in (
            ("proceedings", self.list_view),
            ("hearings", self.hearings_view),
            ("measures", self.measures_view),
        ):
            view.selectionModel().selectionChanged.connect(lambda *_a, n=name: self._chose(n))
            view.doubleClicked.connect(lambda _i, n=name: (self._chose(n), self.edit_selected()))
        self.new_proceeding = button(lambda: self.tr("New proceed&ing…"), lambda: self.tr("Add a proceeding"))
        self.new_hearing = button(lambda: self.tr("New &hearing…"), lambda: self.tr("Add a hearing"))
        self.new_measure = button(
            lambda: self.tr("New meas&ure…"), lambda: self.tr("Add a measure (detention, house arrest, extension)")
        )
        self.edit_button = button(lambda: self.tr("E&dit…"), lambda: self.tr("Correct or delete the selected line"))
        self.new_proceeding.clicked.connect(lambda: self.form_requested.emit("proceeding", {}))
        self.new_hearing.clicked.connect(
            lambda: self.form_requested.emit("hearing", {"proceeding_id": self._proceeding()})
        )
        self.new_measure.clicked.connect(lambda: self.form_requested.emit("measure", {}))
        self.edit_button.clicked.connect(self.edit_selected)
        bar = button_bar(self.new_proceeding, self.new_hearing, self.new_measure, self.edit_button)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(heading(lambda: self.tr("Proceedings"), 2))
        lv.addWidget(self.list_view, 1)
        lv.addWidget(self.details, 2)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(heading(lambda: self.tr("Hearings"), 2))
        rv.addWidget(self.hearings_view, 1)
        rv.addWidget(heading(lambda: self.tr("Measures (detention, house arrest) and when they expire"), 2))
        rv.addWidget(self.measures_view, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 590])
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def _overdue(self, row: CaseMeasure) -> bool:
        return row.current and is_past(row.measure.expiry, self.session.today())

    def _state(self, row: CaseMeasure) -> str:
        return self.tr("extended") if row.extended else self.session.vocab.label("measure_status", row.measure.status)

    def load(self, case_id: str) -> None:
        super().load(case_id)
        views = self.session.views.proceedings
        procs = views.all(case_id)
        self.proceedings.set_rows(procs)
        fit_first_stretches(self.list_view)
        ids = [p.id for p in procs]
        self.hearings.set_rows(views.hearings(ids))
        fit_columns(self.hearings_view, [-1, -1, -1, -1])
        self.measures.set_rows(views.measures(case_id, ids))
        fit_columns(self.measures_view, [-1, -1, -1, -1, -1], caps=[200, 220, 330])
        if procs:
            self.list_view.selectRow(0)

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        row = self.list_view.currentIndex().data(ROW_ROLE)
        if row is None or not self.session.alive:
            return
        vocab = self.session.vocab
        details = self.session.views.proceedings.details(row)
        html = (
            f"<h3>{esc(row.title)}</h3>"
            + html_rows(
                [
                    (self.tr("Kind"), vocab.label("proceeding_kind", row.kind)),
                    (self.tr("Court"), details.court),
                    (self.tr("Case number"), row.case_number),
                    (self.tr("Charges"), "; ".join(row.provisions)),
                    (self.tr("Status"), vocab.label("proceeding_status", row.status)),
                ]
            )
            + f"<p>{esc(row.description)}</p>"
        )
        if details.parties:
            html += (
                "<b>"
                + esc(self.tr("Parties"))
                + "</b><ul>"
                + "".join(f"<li>{esc(p.name)} — {esc(vocab.short('role', p.role))}</li>" for p in details.parties)
                + "</ul>"
            )
        self.details.setHtml(html)

    def _chose(self, name: str) -> None:
        self._last = name

    def _proceeding(self) -> str | None:
        row = self.list_view.currentIndex().data(ROW_ROLE)
        return row.id if row is not None else None

    @Slot()
    def edit_selected(self) -> None:
        view = {"proceedings": self.list_view, "hearings": self.hearings_view, "measures": self.measures_view}[
            self._last
        ]
        row = view.currentIndex().data(ROW_ROLE)
        if row is None:
            return
        if isinstance(row, CaseMeasure):
            self.form_requested.emit("measure", {"record_id": row.measure.id})
        elif self._last == "hearings":
            self.form_requested.emit("hearing", {"record_id": row.id})
        else:
            self.form_requested.emit("proceeding", {"record_id": row.id})

    def show_entity(self, entity: str, entity_id: str) -> bool:
        model, view = {
            "hearings": (self.hearings, self.hearings_view),
            "measures": (self.measures, self.measures_view),
            "proceedings": (self.proceedings, self.list_view),
        }.get(entity, (None, None))
        if model is None or view is None:
            return False
        found = select_row(view, model, lambda r: r.measure.id if isinstance(r, CaseMeasure) else r.id, entity_id)
        if found:
            view.setFocus()
        return found

    def purge(self) -> None:
        super().purge()
        for model in (self.proceedings, self.hearings, self.measures):
            model.purge()
        self.details.clear()
