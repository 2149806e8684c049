"""The chronology of a case as a lazy model: events (with the acts done to each person under them)
read a page at a time in the order of an index built off the GUI thread (``app.views.events``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.views.events import Act, Event, EventIndex, EventReader
from ui import fmt
from ui.i18n import Vocab, counted
from ui.models.lazy import ROW_ROLE, retitle, settle

PAGE = 100  # events per read as the view scrolls: about 15 ms of work on the GUI thread
Index = QModelIndex | QPersistentModelIndex
Row = Event | Act


def doers_text(act: Act, vocab: Vocab) -> str:
    """Who did it: names, with how when it is not plainly "perpetrator"."""
    return ", ".join(
        dict.fromkeys(
            d.name if not d.role or d.role == "perpetrator" else f"{d.name} ({vocab.short('involvement_role', d.role)})"
            for d in act.doers
        )
    )


COLUMNS = (
    QT_TRANSLATE_NOOP("EventTreeModel", "When"),
    QT_TRANSLATE_NOOP("EventTreeModel", "What happened / to whom"),
    QT_TRANSLATE_NOOP("EventTreeModel", "Kind"),
    QT_TRANSLATE_NOOP("EventTreeModel", "Where / by whom"),
)


class EventTreeModel(QAbstractTableModel):
    """The chronology as a flat, lazily read list: each event, then (optionally) one row per act
    under it. A flat table, not a QTreeView: a tree view lays out every loaded row on each insert,
    which makes a 100,000-event chronology slower with every page."""

    def __init__(self, reader: EventReader | None, vocab: Vocab, parent: Any = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.vocab = vocab
        self.show_acts = True
        self.index_: EventIndex | None = None
        self._order: list[int] = []
        self._events: list[Event] = []
        self._rows: list[Row] = []  # what is shown: events, and their acts under them
        bold = QFont()
        bold.setWeight(QFont.Weight.DemiBold)
        self._bold = bold

    # -- loading ------------------------------------------------------------------------

    def set_index(self, index: EventIndex, only: set[int] | None = None) -> None:
        """Show the events of ``index`` (or only those whose rowid is in ``only``)."""
        self.beginResetModel()
        self.index_ = index
        self._order = list(index.rowids) if only is None else [r for r in index.rowids if r in only]
        self._events, self._rows = [], []
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def set_show_acts(self, shown: bool) -> None:
        self.beginResetModel()
        self.show_acts = shown
        self._rows = self._flatten(self._events)
        self.endResetModel()

    def _flatten(self, events: list[Event]) -> list[Row]:
        rows: list[Row] = []
        for event in events:
            rows.append(event)
            if self.show_acts:
                rows.extend(event.acts)
        return rows

    def purge(self) -> None:
        self.beginResetModel()
        self.reader, self.index_, self._order, self._events, self._rows = None, None, [], [], []
        self.endResetModel()

    def total(self) -> int:
        """Events in the chronology (loaded or not)."""
        return len(self._order)

    def loaded(self) -> int:
        return len(self._events)

    def row_of(self, event_id: str) -> int | None:
        for i, row in enumerate(self._rows):
            if isinstance(row, Event) and row.id == event_id:
                return i
        return None

    def ensure_loaded(self, event_rowid: int) -> int | None:
        """Read pages until the event is loaded; returns its row."""
        try:
            target = self._order.index(event_rowid)
        except ValueError:
            return None
        while len(self._events) <= target and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        if target >= len(self._events):
            return None
        return self.row_of(self._events[target].id)

    # -- Qt ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.reader is not None and len(self._events) < len(self._order)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.reader is None:
            return
        start = len(self._events)
        wanted = self._order[start : start + PAGE]
        if not wanted:
            return
        events = self.reader.load(wanted)
        if len(events) < len(wanted):  # deleted meanwhile: forget them
            self._order[start : start + len(wanted)] = [e.rowid for e in events]
        if not events:
            return
        new_rows = self._flatten(events)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
        self._events.extend(events)
        self._rows.extend(new_rows)
        self.endInsertRows()
        settle(len(self._rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EventTreeModel", COLUMNS[section])
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            retitle(self)
        return super().event(event)

    def item(self, index: Index) -> Row | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def event_of(self, index: Index) -> Event | None:
        """The event a row belongs to (itself, or the event of an act)."""
        row = index.row() if index.isValid() else -1
        while 0 <= row < len(self._rows):
            found = self._rows[row]
            if isinstance(found, Event):
                return found
            row -= 1
        return None

    def _texts(self, item: Row) -> tuple[str, str, str, str]:
        if isinstance(item, Event):
            n = len(item.acts)
            title = item.title + (f"  ({counted.people(n)})" if n and not self.show_acts else "")
            when = fmt.fuzzy(item.date) or self.tr("date unknown")
            return when, title, self.vocab.short("event_type", item.type), item.place
        by = doers_text(item, self.vocab)
        return (
            fmt.fuzzy(item.date),
            "      " + item.victim,
            self.vocab.short("act_type", item.type),
            self.tr("by %1", "who did it: a police force, a court").replace("%1", by) if by else "",
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(item)[col]
        if role == Qt.ItemDataRole.FontRole and isinstance(item, Event):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return fmt.fuzzy_tooltip(item.date) or None
            text = item.description or (item.title if isinstance(item, Event) else "")
            return text[:600] or None
        if role == ROW_ROLE:
            return item
        return None
