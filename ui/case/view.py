"""The centre of the window: one case, its tabs, and the evidence intake rows. Files dropped
anywhere on it are added to the case as evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.views.events import EventIndex
from storage.progress import CancelToken, Progress
from ui.case.base import CaseTab
from ui.case.communications import CommunicationsTab
from ui.case.events import EventsTab
from ui.case.evidence import EvidenceTab
from ui.case.intake import IntakePanel
from ui.case.overview import OverviewTab
from ui.case.people import PeopleTab
from ui.case.proceedings import ProceedingsTab
from ui.case.sources import SourcesTab
from ui.case.timeline import TimelineTab
from ui.i18n import on_language_change, set_texts
from ui.session import Session
from ui.widgets import note, quiet
from ui.workers import Worker, WorkerPool

ENTITY_TAB = {
    "persons": "people",
    "events": "events",
    "acts": "events",
    "hearings": "proceedings",
    "measures": "proceedings",
    "proceedings": "proceedings",
    "evidence": "evidence",
    "sources": "sources",
    "communications": "communications",
}


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class CaseView(QWidget):
    """Tabs are built the first time they are shown, so unlocking builds one tab, not eight."""

    index_ready = Signal()
    add_files_requested = Signal()
    add_person_requested = Signal()
    record_requested = Signal()
    form_requested = Signal(str, object)  # a record form to open (see CaseTab.form_requested)
    records_changed = Signal()  # something was deleted or changed outside a form

    def __init__(self, session: Session, pool: WorkerPool) -> None:
        super().__init__()
        self.session, self.pool = session, pool
        self.case_id: str | None = None
        self.event_index: EventIndex | None = None
        self._index_worker: Worker | None = None
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        set_texts(self.tabs, accessibleName=lambda: self.tr("Case sections"))
        self._built: dict[str, CaseTab] = {}
        self._pages: dict[str, QWidget] = {}
        self.tab_names = ["overview", "people", "events", "timeline", "proceedings", "evidence", "sources"]
        self.tab_names.append("communications")
        for name in self.tab_names:
            page = QWidget()
            page.setObjectName(name)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.tabs.addTab(page, "")
        self._title_tabs()
        on_language_change(self.tabs, self._title_tabs)
        self.intake = IntakePanel(session, pool)
        self.intake.stored.connect(self._evidence_stored)
        self.placeholder = quiet(note(lambda: self.tr("Choose a case on the left, or create one.")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.intake)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.hide()
        session.register(self)

    def _title_tabs(self) -> None:
        titles = {
            "overview": self.tr("&Overview"),
            "people": self.tr("&People"),
            "events": self.tr("&Events"),
            "timeline": self.tr("&Timeline"),
            "proceedings": self.tr("Proceedin&gs"),
            "evidence": self.tr("E&vidence"),
            "sources": self.tr("Sou&rces"),
            "communications": self.tr("Co&mmunications"),
        }
        for i, name in enumerate(self.tab_names):
            self.tabs.setTabText(i, titles[name])

    def _build(self, name: str) -> CaseTab:
        session, pool = self.session, self.pool
        tab: CaseTab
        if name == "overview":
            tab = OverviewTab(session, pool)
        elif name == "people":
            tab = PeopleTab(session)
            tab.add_person_requested.connect(self.add_person_requested)
        elif name == "events":
            tab = EventsTab(session)
            tab.record_requested.connect(self.record_requested)
        elif name == "timeline":
            tab = TimelineTab(session)
        elif name == "proceedings":
            tab = ProceedingsTab(session)
        elif name == "evidence":
            tab = EvidenceTab(session, pool)
            tab.add_files_requested.connect(self.add_files_requested)
            tab.records_changed.connect(self.records_changed)
        elif name == "sources":
            tab = SourcesTab(session)
        else:
            tab = CommunicationsTab(session)
        tab.open_entity.connect(self.show_entity)
        tab.form_requested.connect(self.form_requested)
        self._pages[name].layout().addWidget(tab)
        self._built[name] = tab
        return tab

    def tab(self, name: str) -> CaseTab:
        """The tab, built now if it was not yet."""
        return self._built.get(name) or self._build(name)

    @property
    def overview(self) -> OverviewTab:
        return self.tab("overview")  # type: ignore[return-value]

    @property
    def people(self) -> PeopleTab:
        return self.tab("people")  # type: ignore[return-value]

    @property
    def events(self) -> EventsTab:
        return self.tab("events")  # type: ignore[return-value]

    @property
    def timeline(self) -> TimelineTab:
        return self.tab("timeline")  # type: ignore[return-value]

    @property
    def proceedings(self) -> ProceedingsTab:
        return self.tab("proceedings")  # type: ignore[return-value]

    @property
    def evidence(self) -> EvidenceTab:
        return self.tab("evidence")  # type: ignore[return-value]

    @property
    def sources(self) -> SourcesTab:
        return self.tab("sources")  # type: ignore[return-value]

    @property
    def communications(self) -> CommunicationsTab:
        return self.tab("communications")  # type: ignore[return-value]

    def current_tab(self) -> CaseTab:
        return self.tab(self.tabs.currentWidget().objectName())

    def open_case(self, case_id: str) -> None:
        if case_id == self.case_id:
            return
        self._reset_tabs()
        self.case_id = case_id
        self.placeholder.hide()
        self.tabs.show()
        self._tab_shown(self.tabs.currentIndex())
        self._build_index()

    def reload(self) -> None:
        """Re-read everything (after a save)."""
        case_id = self.case_id
        if case_id is None:
            return
        current = self.tabs.currentIndex()
        self.case_id = None
        self.open_case(case_id)
        self.tabs.setCurrentIndex(current)

    def _reset_tabs(self) -> None:
        if self._index_worker is not None:
            self._index_worker.cancel()
            self._index_worker = None
        self.event_index = None
        for tab in self._built.values():
            tab.purge()

    def _build_index(self) -> None:
        events, case_id = self.session.views.events, self.case_id
        if case_id is None:
            return

        def job(progress: Progress, cancel: CancelToken) -> tuple[str, EventIndex]:
            return case_id, events.index(case_id, cancel)

        worker = Worker(job, "event-index")
        worker.finished.connect(self._index_built)
        self._index_worker = worker
        self.pool.start(worker)

    @Slot(object)
    def _index_built(self, result: tuple[str, EventIndex]) -> None:
        case_id, index = result
        if not self.session.alive or case_id != self.case_id:
            return
        self._index_worker = None
        self.event_index = index
        for tab in self._built.values():
            if tab.loaded:
                tab.set_event_index(index)
        self.index_ready.emit()

    @Slot(int)
    def _tab_shown(self, number: int) -> None:
        page = self.tabs.widget(number)
        if self.case_id is None or page is None or not self.session.alive:
            return
        tab = self.tab(page.objectName())
        if not tab.loaded:
            tab.load(self.case_id)
            if self.event_index is not None:
                tab.set_event_index(self.event_index)

    def show_tab(self, name: str) -> CaseTab:
        tab = self.tab(name)
        self.tabs.setCurrentWidget(self._pages[name])
        if self.case_id is not None and not tab.loaded:
            self._tab_shown(self.tabs.currentIndex())
        return tab

    @Slot(str, str)
    def show_entity(self, entity: str, entity_id: str) -> bool:
        name = ENTITY_TAB.get(entity)
        if name is None:
            return False
        tab = self.show_tab(name)
        if name == "events" and self.event_index is None:
            # The chronology is still being read: select the event once it is there.
            def later() -> None:
                self.index_ready.disconnect(later)
                tab.show_entity(entity, entity_id)

            self.index_ready.connect(later)
            return True
        return tab.show_entity(entity, entity_id)

    # -- evidence ------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> list:
        if self.case_id is None or not paths:
            return []
        return self.intake.add_files(self.case_id, paths)

    @Slot(str)
    def _evidence_stored(self, evidence_id: str) -> None:
        if self.case_id is None:
            return
        for name in ("evidence", "overview"):
            tab = self._built.get(name)
            if tab is not None and tab.loaded:
                tab.load(self.case_id)
                if self.event_index is not None:
                    tab.set_event_index(self.event_index)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.case_id is not None and dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = dropped_files(event)
        if self.case_id is not None and files:
            event.acceptProposedAction()
            self.add_files(files)

    def purge(self) -> None:
        self._reset_tabs()
        self.case_id = None
        self.tabs.hide()
        self.placeholder.show()
