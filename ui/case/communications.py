"""Communications: UN letters and statements, the questions they ask, and when a reply is due."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout

from app.domain.deadlines import is_past
from app.views.communications import Communication
from ui import fmt
from ui.case.base import CaseTab, button_bar, details_browser, esc, fit_columns, html_list, html_rows, select_row, table
from ui.i18n import counted
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button


class CommunicationsTab(CaseTab):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        vocab = session.vocab
        self.model = LazyTableModel(
            [
                Column(lambda: self.tr("Reference"), lambda r: r.reference),
                Column(lambda: self.tr("Sent"), lambda r: fmt.fuzzy(r.date)),
                Column(
                    lambda: self.tr("Reply due"),
                    self._due_text,
                    alert=self._overdue,
                    tooltip=lambda r: fmt.fuzzy_tooltip(r.reply_due) or None,
                ),
                Column(lambda: self.tr("Status"), lambda r: vocab.label("communication_status", r.status)),
                Column(lambda: self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            ],
            self,
        )
        self.view = table(QTableView(), lambda: self.tr("Communications"))
        self.view.setModel(self.model)
        self.details = details_browser(lambda: self.tr("Communication details"))
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.add_button = button(lambda: self.tr("&Add letter or statement…"), lambda: self.tr("Add a communication"))
        self.edit_button = button(
            lambda: self.tr("E&dit…"), lambda: self.tr("Correct or delete the selected communication")
        )
        self.add_button.clicked.connect(lambda: self.form_requested.emit("communication", {}))
        self.edit_button.clicked.connect(self.edit_selected)
        self.view.doubleClicked.connect(self.edit_selected)
        bar = button_bar(self.edit_button, self.add_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def _overdue(self, row: Communication) -> bool:
        return not row.replied and is_past(row.reply_due, self.session.today())

    def _due_text(self, row: Communication) -> str:
        due = row.reply_due
        if due is None:
            return ""
        text = fmt.fuzzy(due)
        if not row.replied:
            text += " · " + (
                self.tr("OVERDUE") if self._overdue(row) else fmt.days_left(due.start, self.session.today())
            )
        return text

    def load(self, case_id: str) -> None:
        super().load(case_id)
        rows = self.session.views.communications.all(case_id)
        self.model.set_rows(rows)
        fit_columns(self.view, [-1, -1, -1, -1])
        if rows:
            self.view.selectRow(0)

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        row = self.view.currentIndex().data(ROW_ROLE)
        if row is None or not self.session.alive:
            return
        vocab = self.session.vocab
        window = counted.days(row.reply_window_days) if row.reply_window_days else ""
        html = f"<h3>{esc(row.title)}</h3>" + html_rows(
            [
                (self.tr("Kind"), vocab.label("communication_kind", row.kind)),
                (self.tr("Reference"), row.reference),
                (self.tr("Sent"), fmt.fuzzy(row.date, long=True)),
                (self.tr("From"), row.sender),
                (self.tr("To"), row.addressee),
                (self.tr("Reply window"), window),
                (self.tr("Reply due"), self._due_text(row)),
                (self.tr("Reply received"), fmt.fuzzy(row.reply_received, long=True)),
                (self.tr("Published"), fmt.fuzzy(row.publication_date, long=True)),
                (self.tr("Follow up"), fmt.fuzzy(row.follow_up, long=True)),
                (self.tr("Status"), vocab.label("communication_status", row.status)),
            ]
        )
        if row.questions:
            asked = self.tr("Questions asked (%1)").replace("%1", str(len(row.questions)))
            html += "<h4>" + esc(asked) + "</h4>" + html_list(row.questions, numbered=True)
        if row.recommendations:
            html += "<h4>" + esc(self.tr("Recommendations")) + "</h4>" + html_list(row.recommendations)
        if row.mandates:
            html += "<h4>" + esc(self.tr("Sent by")) + "</h4>" + html_list(row.mandates)
        if row.rights_invoked:
            html += "<h4>" + esc(self.tr("Standards invoked")) + "</h4>" + html_list(row.rights_invoked)
        self.details.setHtml(html)

    @Slot()
    def edit_selected(self) -> None:
        row = self.view.currentIndex().data(ROW_ROLE)
        if row is not None:
            self.form_requested.emit("communication", {"record_id": row.id})

    def show_entity(self, entity: str, entity_id: str) -> bool:
        return entity == "communications" and select_row(self.view, self.model, lambda r: r.id, entity_id)

    def purge(self) -> None:
        super().purge()
        self.model.purge()
        self.details.clear()
