"""A table model that reads its rows a page at a time, as the view scrolls to them.

Views call ``canFetchMore``/``fetchMore`` when they reach the end of what is loaded, so
a case with 100,000 events opens with one page read and scrolls without reading the rest.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

PAGE = 200
BIG = 2000  # rows: past this, loaded rows are moved out of the garbage collector's way
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ALERT = QColor(190, 20, 20)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str | Callable[[], str]  # a function for a translated title (read at each paint)
    text: Callable[[dict], str]
    tooltip: Callable[[dict], str] | None = None
    alert: Callable[[dict], bool] | None = None  # drawn in red (overdue, failed)
    align_right: bool = False
    extra: dict = field(default_factory=dict)


Fetch = Callable[[int, int], list[dict]]


def settle(rows_loaded: int) -> None:
    """Exclude what is loaded from future full garbage collections.

    A full collection walks every tracked object: with 100,000 rows loaded it stalls the window
    for a quarter of a second. Loaded rows hold no reference cycles and are freed by reference
    counting when a model is purged; ``Session.close`` unfreezes and collects at lock time.
    """
    if rows_loaded >= BIG:
        gc.freeze()


class LazyTableModel(QAbstractTableModel):
    """Rows come from ``fetch(offset, limit)``; ``total`` says how many there are."""

    def __init__(self, columns: Sequence[Column], parent: Any = None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.page = page
        self._rows: list[dict] = []
        self._total = 0
        self._fetch: Fetch | None = None

    # -- loading ----------------------------------------------------------------------

    def load(self, total: int, fetch: Fetch) -> None:
        self.beginResetModel()
        self._rows, self._total, self._fetch = [], total, fetch
        self.endResetModel()
        if total:
            self.fetchMore(QModelIndex())

    def set_rows(self, rows: list[dict]) -> None:
        """For short lists that are read at once."""
        self.beginResetModel()
        self._rows, self._total, self._fetch = list(rows), len(rows), None
        self.endResetModel()

    def purge(self) -> None:
        self.beginResetModel()
        self._rows, self._total, self._fetch = [], 0, None
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rows(self) -> list[dict]:
        return list(self._rows)

    # -- Qt -----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._fetch is None:
            return
        start = len(self._rows)
        count = min(self.page, self._total - start)
        if count <= 0:
            return
        new = self._fetch(start, count)
        if not new:
            self._total = start  # fewer rows than counted (deleted meanwhile)
            return
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()
        settle(len(self._rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self.columns[section].title
            return title() if callable(title) else title
        return None

    def event(self, event: QEvent) -> bool:
        # The model is a child of its widget, so it hears of a language change: titles and the
        # texts its columns compute (status words, dates) are read again.
        if event.type() == QEvent.Type.LanguageChange:
            retitle(self)
        return super().event(event)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole and col.alert and col.alert(row):
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None


def retitle(model: QAbstractTableModel) -> None:
    """Tell the views that every header and cell may read differently now (new language)."""
    columns, rows = model.columnCount(), model.rowCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
