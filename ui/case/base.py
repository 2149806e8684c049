"""What every tab of a case shares: the session, the case id, load on first show, purge at lock."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTextBrowser, QTreeView, QWidget

from ui.models.events import EventIndex
from ui.session import Session


class CaseTab(QWidget):
    """A tab of the case view. ``load`` reads what the tab shows; ``purge`` forgets it."""

    open_entity = Signal(str, str)  # entity, id: ask the case view to show it in its tab

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.case_id: str | None = None
        self.loaded = False
        session.register(self)

    @property
    def vault(self):  # noqa: ANN201 - the session's vault
        return self.session.vault

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


def table(view: QTableView | QTreeView, accessible: str) -> QTableView | QTreeView:
    """Read-only, row-selecting, keyboard-friendly list settings."""
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
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


def fit_columns(view: QTableView | QTreeView, widths: Iterable[int], cap: int = 280) -> None:
    """Set column widths: a number is a width; -1 fits the contents, up to ``cap`` pixels
    (long texts are elided and shown whole in the tooltip). The last column stretches."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    for i, w in enumerate(widths):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        if w < 0:
            view.resizeColumnToContents(i)
            header.resizeSection(i, min(max(header.sectionSize(i), 60), cap))
        else:
            header.resizeSection(i, w)


def details_browser(accessible: str) -> QTextBrowser:
    """Read-only rich text for a record's details. Never loads anything from outside."""
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.setAcceptDrops(False)  # files dropped here go to the case (evidence intake)
    browser.setAccessibleName(accessible)
    return browser


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
