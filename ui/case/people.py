"""The people of a case: every spelling of their names, roles, status, and what was done to them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTableView, QVBoxLayout, QWidget

from app.views.people import PersonDetails, PersonRow
from ui import fmt
from ui.case.base import CaseTab, details_browser, esc, fit_columns, html_rows, select_row, table
from ui.case.overview import status_label
from ui.forms.person import language_name, script_name
from ui.i18n import counted
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button


class PeopleTab(CaseTab):
    add_person_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = LazyTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.name),
                Column(lambda: self.tr("Status"), self._status),
                Column(lambda: self.tr("Role"), self._roles, tooltip=lambda r: self._roles(r) or None),
                Column(
                    lambda: self.tr("Other spellings"),
                    lambda r: ", ".join(r.other_spellings),
                    tooltip=lambda r: ", ".join(r.other_spellings) or None,
                ),
            ],
            self,
        )
        self.view = table(QTableView(), lambda: self.tr("People in this case"))
        self.view.setModel(self.model)
        self.details = details_browser(lambda: self.tr("Person details"))
        self.add_button = button(lambda: self.tr("&Add person…"), lambda: self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person_requested)
        self.edit_button = button(lambda: self.tr("E&dit…"), lambda: self.tr("Correct or delete the selected person"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.measure_button = button(
            lambda: self.tr("Add meas&ure…"), lambda: self.tr("Add a measure for the selected person")
        )
        self.measure_button.clicked.connect(self.add_measure)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.doubleClicked.connect(self.edit_selected)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 300])
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.measure_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def load(self, case_id: str) -> None:
        super().load(case_id)
        people = self.session.views.people
        ids = people.ids(case_id)
        self.model.load(len(ids), lambda offset, limit: people.rows(case_id, ids[offset : offset + limit]))
        fit_columns(self.view, [-1, -1, -1], caps=[200, 360, 420])  # roles are our words: whole, never cut
        self.details.clear()
        if self.model.rowCount():
            self.view.selectRow(0)

    def _status(self, row: PersonRow) -> str:
        label = status_label(row.status)
        if row.until:
            label += self.tr(" until %1").replace("%1", fmt.fuzzy(row.until))
        return label

    def _roles(self, row: PersonRow) -> str:
        return ", ".join(dict.fromkeys(self.session.vocab.short("role", r) for r in row.roles))

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None or not self.session.alive:
            return
        details = self.session.views.people.details(row.person_id)
        self.details.setHtml(self._details_html(details) if details else "")

    def _details_html(self, person: PersonDetails) -> str:
        vocab = self.session.vocab
        parts = [f"<h3>{esc(person.name)}</h3>"]
        if person.spellings:
            items = []
            for s in person.spellings:
                about = " · ".join(
                    x for x in (script_name(s.script), language_name(s.lang), vocab.short("name_kind", s.kind)) if x
                )
                items.append(f"<li>{esc(s.value)} ({esc(about)})</li>")
            parts.append("<b>" + esc(self.tr("Spellings")) + "</b><ul>" + "".join(items) + "</ul>")
        parts.append(
            html_rows(
                [
                    (self.tr("Kind"), vocab.label("person_kind", person.kind)),
                    (self.tr("Who"), person.description),
                    (
                        self.tr("Consent to be named publicly"),
                        self.tr("yes") if person.public_consent else self.tr("not recorded"),
                    ),
                ]
            )
        )
        if person.acts:
            items = [
                f"<li>{esc(fmt.fuzzy(a.date))} — <b>{esc(vocab.short('act_type', a.type))}</b>: "
                f"{esc(a.event_title)}</li>"
                for a in person.acts
            ]
            parts.append("<b>" + esc(self.tr("What was done to them")) + "</b><ul>" + "".join(items) + "</ul>")
        if person.measures:
            items = [
                f"<li>{esc(vocab.short('measure_type', m.type))}: {esc(fmt.fuzzy(m.start))} → "
                f"{esc(fmt.fuzzy(m.expiry))} ({esc(counted.length(m.duration))}, "
                f"{esc(vocab.label('measure_status', m.status))})</li>"
                for m in person.measures
            ]
            parts.append("<b>" + esc(self.tr("Measures")) + "</b><ul>" + "".join(items) + "</ul>")
        return "".join(parts)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.person_id if row is not None else None

    @Slot()
    def edit_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            self.form_requested.emit("person", {"record_id": person_id})

    @Slot()
    def add_measure(self) -> None:
        person_id = self.selected_id()
        self.form_requested.emit("measure", {"person_ids": [person_id] if person_id else []})

    def show_entity(self, entity: str, entity_id: str) -> bool:
        return entity == "persons" and select_row(self.view, self.model, lambda r: r.person_id, entity_id)

    def purge(self) -> None:
        super().purge()
        self.model.purge()
        self.details.clear()
