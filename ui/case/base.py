"""What every tab of a case shares: the session, the case id, load on first show, purge at lock."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from app.views.events import EventIndex
from ui import fmt
from ui.i18n import Text, set_texts
from ui.models.lazy import LazyTableModel
from ui.session import Session


class CaseTab(QWidget):
    """A tab of the case view. ``load`` reads what the tab shows; ``purge`` forgets it."""

    open_entity = Signal(str, str)  # entity, id: ask the case view to show it in its tab
    # A form to open: its kind (source, proceeding, hearing, measure, communication, event, act, person)
    # and what it starts from ({"record_id": … to correct one, "proceeding_id", "person_ids"}).
    form_requested = Signal(str, object)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.case_id: str | None = None
        self.loaded = False
        session.register(self)

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.loaded = True

    def set_event_index(self, index: EventIndex) -> None:
        """The chronology arrived (built off the GUI thread)."""

    def show_entity(self, entity: str, entity_id: str) -> bool:
        """Select a record of this tab; returns whether it was found."""
        return False

    def purge(self) -> None:
        self.case_id = None
        self.loaded = False


def button_bar(*buttons: QWidget) -> QWidget:
    """A tab's buttons in a row, on the right."""
    bar = QWidget()
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    return bar


def table(view: QTableView | QTreeView, accessible: Text) -> QTableView | QTreeView:
    """Read-only, row-selecting, keyboard-friendly list settings."""
    set_texts(view, accessibleName=accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move within it): no keyboard trap
    if isinstance(view, QTableView):
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setHighlightSections(False)
        view.setShowGrid(False)
    else:
        view.setUniformRowHeights(True)
        view.header().setStretchLastSection(True)
    return view


def select_row(view: QTableView, model: LazyTableModel, row_id: Callable[[Any], str], wanted: str) -> bool:
    """Select (and scroll to) the row whose id is ``wanted``, reading further pages until it is found."""
    while True:
        for i, row in enumerate(model.rows()):
            if row_id(row) == wanted:
                view.selectRow(i)
                view.scrollTo(model.index(i, 0))
                return True
        if not model.canFetchMore():
            return False
        model.fetchMore()


def fit_columns(
    view: QTableView | QTreeView, widths: Iterable[int], cap: int = 280, caps: Iterable[int | None] = ()
) -> None:
    """Set column widths: a number is a width; -1 fits the contents, up to ``cap`` pixels (or the
    column's own entry in ``caps``). Long case data (names, titles) is elided and shown whole in
    the tooltip; the words the app writes itself (dates, statuses) get room for their longest
    translation. The last column stretches."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    limits = list(caps)
    for i, w in enumerate(widths):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        if w < 0:
            limit = limits[i] if i < len(limits) and limits[i] else cap
            view.resizeColumnToContents(i)
            header.resizeSection(i, min(max(header.sectionSize(i), 60), limit))
        else:
            header.resizeSection(i, w)


def fit_first_stretches(view: QTableView) -> None:
    """The first column (a title) takes what the others, fitted to their contents, leave."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for i in range(1, header.count()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)


def details_browser(accessible: Text) -> QTextBrowser:
    """Read-only rich text for a record's details. Never loads anything from outside."""
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.setAcceptDrops(False)  # files dropped here go to the case (evidence intake)
    set_texts(browser, accessibleName=accessible)
    return browser


# Field and record names the sources tab shows ("what this source says about the date").
FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("fields", "date"),
    "place": QT_TRANSLATE_NOOP("fields", "place"),
    "type": QT_TRANSLATE_NOOP("fields", "kind"),
    "kind": QT_TRANSLATE_NOOP("fields", "kind"),
    "title": QT_TRANSLATE_NOOP("fields", "title"),
    "description": QT_TRANSLATE_NOOP("fields", "description"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "status": QT_TRANSLATE_NOOP("fields", "status"),
    "role": QT_TRANSLATE_NOOP("fields", "role"),
    "outcome": QT_TRANSLATE_NOOP("fields", "outcome"),
    "closed_session": QT_TRANSLATE_NOOP("fields", "closed doors"),
    "value": QT_TRANSLATE_NOOP("fields", "name"),
    "citizenship": QT_TRANSLATE_NOOP("fields", "citizenship"),
    "health_notes": QT_TRANSLATE_NOOP("fields", "health"),
    "court_id": QT_TRANSLATE_NOOP("fields", "court"),
    "provisions": QT_TRANSLATE_NOOP("fields", "charges"),
    "mandates": QT_TRANSLATE_NOOP("fields", "sent by"),
    "recommendations": QT_TRANSLATE_NOOP("fields", "recommendations"),
    "publication_date": QT_TRANSLATE_NOOP("fields", "publication date"),
    "reply_window_days": QT_TRANSLATE_NOOP("fields", "reply window"),
    "reply_due": QT_TRANSLATE_NOOP("fields", "reply due"),
    "expiry": QT_TRANSLATE_NOOP("fields", "expiry"),
    "start": QT_TRANSLATE_NOOP("fields", "start"),
    "duration": QT_TRANSLATE_NOOP("fields", "duration"),
    "reference": QT_TRANSLATE_NOOP("fields", "reference"),
    "case_number": QT_TRANSLATE_NOOP("fields", "case number"),
}
ENTITY_LABELS = {
    "persons": QT_TRANSLATE_NOOP("fields", "person"),
    "events": QT_TRANSLATE_NOOP("fields", "event"),
    "acts": QT_TRANSLATE_NOOP("fields", "act"),
    "measures": QT_TRANSLATE_NOOP("fields", "measure"),
    "hearings": QT_TRANSLATE_NOOP("fields", "hearing"),
    "proceedings": QT_TRANSLATE_NOOP("fields", "proceeding"),
    "communications": QT_TRANSLATE_NOOP("fields", "communication"),
    "sources": QT_TRANSLATE_NOOP("fields", "source"),
    "evidence": QT_TRANSLATE_NOOP("fields", "evidence"),
    "organisations": QT_TRANSLATE_NOOP("fields", "organisation"),
    "case_persons": QT_TRANSLATE_NOOP("fields", "person in the case"),
    "case_organisations": QT_TRANSLATE_NOOP("fields", "organisation in the case"),
    "person_names": QT_TRANSLATE_NOOP("fields", "spelling of a name"),
    "person_relations": QT_TRANSLATE_NOOP("fields", "relation"),
}


def field_label(field: str | None) -> str:
    if field in FIELD_LABELS:
        return QCoreApplication.translate("fields", FIELD_LABELS[field])
    return fmt.plain(field)


def entity_label(entity: str | None) -> str:
    if entity in ENTITY_LABELS:
        return QCoreApplication.translate("fields", ENTITY_LABELS[entity])
    return fmt.plain(entity)


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def html_rows(pairs: Iterable[tuple[str, object]]) -> str:
    """A two-column table of labels and (escaped) values; empty values are left out."""
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
        for k, v in pairs
        if v not in (None, "", [])
    )
    return f"<table cellspacing='2'>{cells}</table>"


def html_list(items: Iterable[object], numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    inner = "".join(f"<li style='margin-bottom:4px'>{esc(i)}</li>" for i in items)
    return f"<{tag}>{inner}</{tag}>" if inner else ""
