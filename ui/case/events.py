"""The chronology: events in date order with the acts done to each person under them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.views.events import Act, Event, EventIndex
from ui import fmt
from ui.case.base import CaseTab, details_browser, esc, fit_columns, html_rows, table
from ui.i18n import Text, counted, on_language_change, set_texts
from ui.models.events import EventTreeModel, doers_text
from ui.session import Session
from ui.widgets import button, label, quiet


class PersonFilter(QComboBox):
    """ "Everyone" or one person of the case."""

    def __init__(self, session: Session, accessible: Text) -> None:
        super().__init__()
        self.session = session
        set_texts(self, accessibleName=accessible)
        on_language_change(self, lambda: self.setItemText(0, self.tr("Everyone")) if self.count() else None)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def fill(self, case_id: str) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Everyone"), None)
        for person in self.session.views.people.choices(case_id):
            self.addItem(person.name, person.person_id)
        self.blockSignals(False)

    def person(self) -> str | None:
        return self.currentData()

    def events(self, case_id: str) -> set[int] | None:
        """Rowids of the events of the person chosen; None for everyone."""
        person = self.person()
        return self.session.views.events.of_person(case_id, person) if person else None

    def purge(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)


class EventsTab(CaseTab):
    record_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.index_: EventIndex | None = None
        self.model = EventTreeModel(session.views.events, session.vocab, self)
        self.view = table(QTableView(), lambda: self.tr("Events and acts"))
        self.view.setModel(self.model)
        self.acts_box = QCheckBox()
        set_texts(
            self.acts_box,
            text=lambda: self.tr("S&how what was done to each person"),
            accessibleName=lambda: self.tr("Show the acts under each event"),
        )
        self.acts_box.setChecked(True)
        self.acts_box.toggled.connect(self.model.set_show_acts)
        self.details = details_browser(lambda: self.tr("Event details"))
        self.who = PersonFilter(session, lambda: self.tr("Show events of"))
        self.status = quiet(QLabel())
        self.record_button = button(lambda: self.tr("Record &incident…"), lambda: self.tr("Record incident"))
        self.record_button.clicked.connect(self.record_requested)
        self.edit_button = button(
            lambda: self.tr("E&dit…"), lambda: self.tr("Correct or delete the selected event or act")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.view.doubleClicked.connect(self.edit_selected)
        self.who.currentIndexChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(lambda: self.tr("Show:")))
        row.addWidget(self.who)
        row.addWidget(self.acts_box)
        row.addWidget(self.status, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.record_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def load(self, case_id: str) -> None:
        super().load(case_id)
        self.model.reader = self.session.views.events
        self.who.fill(case_id)
        self.details.clear()
        if self.index_ is None:
            self.status.setText(self.tr("Reading the chronology…"))

    def set_event_index(self, index: EventIndex) -> None:
        self.index_ = index
        self._filter()

    @Slot()
    def _filter(self) -> None:
        if self.index_ is None or self.case_id is None or not self.session.alive:
            return
        only = self.who.events(self.case_id)
        self.model.reader = self.session.views.events
        self.model.set_index(self.index_, only)
        fit_columns(self.view, [-1, 340, -1], caps=[190, None, 190])
        total = self.model.total()
        self.status.setText(counted.events(total))

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        item = self.model.item(self.view.currentIndex())
        if item is None or not self.session.alive:
            return
        self.details.setHtml(self._details_html(item))

    def _details_html(self, item: Event | Act) -> str:
        vocab = self.session.vocab
        if isinstance(item, Act):
            return f"<h3>{esc(item.victim)}: {esc(vocab.label('act_type', item.type))}</h3>" + html_rows(
                [
                    (self.tr("When"), fmt.fuzzy_tooltip(item.date)),
                    (self.tr("By"), doers_text(item, vocab)),
                    (self.tr("What"), item.description),
                ]
            )
        claims = self.session.views.events.claims("events", item.id)
        html = (
            f"<h3>{esc(item.title)}</h3>"
            + html_rows(
                [
                    (self.tr("When"), fmt.fuzzy_tooltip(item.date) or self.tr("date unknown")),
                    (self.tr("Where"), item.place),
                    (self.tr("Kind"), vocab.label("event_type", item.type)),
                    (self.tr("People"), str(len(item.acts)) if item.acts else ""),
                ]
            )
            + f"<p>{esc(item.description)}</p>"
        )
        if claims:
            lines = [
                f"<li>{esc(c.source_title)}{(' (' + esc(c.field) + ')') if c.field else ''}: <i>{esc(c.quote)}</i></li>"
                for c in claims
            ]
            html += "<b>" + esc(self.tr("According to")) + "</b><ul>" + "".join(lines) + "</ul>"
        return html

    @Slot()
    def edit_selected(self) -> None:
        item = self.model.item(self.view.currentIndex())
        if isinstance(item, Act):
            self.form_requested.emit("act", {"record_id": item.id})
        elif isinstance(item, Event):
            self.form_requested.emit("event", {"record_id": item.id})

    def show_entity(self, entity: str, entity_id: str) -> bool:
        if entity not in ("events", "acts") or self.index_ is None:
            return False
        rowid = self.session.views.events.rowid_of(entity, entity_id)
        if rowid is None:
            return False
        if self.who.currentIndex() != 0:
            self.who.setCurrentIndex(0)
        row = self.model.ensure_loaded(rowid)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)
        return True

    def purge(self) -> None:
        super().purge()
        self.index_ = None
        self.model.purge()
        self.who.purge()
        self.details.clear()
        self.status.clear()
