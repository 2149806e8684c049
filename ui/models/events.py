"""The chronology of a case: an index of event dates built off the GUI thread, and a lazy
tree model (events, with the acts done to each person under them) that reads a page of
events at a time in chronological order."""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass, field
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

from app.domain.dates import FuzzyDate
from app.progress import CancelToken
from storage.vault import Vault
from ui import fmt
from ui.case.data import organisation_names, person_names
from ui.i18n import Vocab, counted
from ui.models.lazy import ROW_ROLE, retitle, settle

SCAN = 1000  # rows per read while indexing: the database lock is held for one short read only
UNDATED = dt.date.max.toordinal()
PAGE = 100  # events per read as the view scrolls: about 15 ms of work on the GUI thread
Index = QModelIndex | QPersistentModelIndex


@dataclass
class EventIndex:
    """Every event of a case in chronological order: rowids, start and end day ordinals."""

    rowids: array = field(default_factory=lambda: array("q"))
    starts: array = field(default_factory=lambda: array("l"))
    ends: array = field(default_factory=lambda: array("l"))

    def __len__(self) -> int:
        return len(self.rowids)

    def dated(self) -> int:
        """How many events have a date (they come first)."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < UNDATED:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _ordinal(text: str | None) -> int:
    try:
        return dt.date.fromisoformat(text).toordinal() if text else UNDATED
    except ValueError:
        return UNDATED


def build_event_index(vault: Vault, case_id: str, cancel: CancelToken | None = None) -> EventIndex:
    """Read event dates in short slices (other threads get the database between them) and sort
    them on packed integer keys (one short C-level sort instead of a long tuple sort)."""
    keys: list[int] = []
    last = 0
    while True:
        if cancel is not None:
            cancel.check()
        rows = vault.db.query(
            "SELECT rowid, json_extract(date, '$.start'), json_extract(date, '$.end') FROM events"
            " WHERE case_id = ? AND rowid > ? ORDER BY rowid LIMIT ?",
            (case_id, last, SCAN),
        )
        if not rows:
            break
        for rowid, start, end in rows:
            s = _ordinal(start)
            e = _ordinal(end) if end else s
            keys.append((s << 86) | (max(e, s) << 64) | rowid)
        last = rows[-1][0]
    keys.sort()
    index = EventIndex()
    mask64, mask22 = (1 << 64) - 1, (1 << 22) - 1
    index.rowids = array("q", (k & mask64 for k in keys))
    index.starts = array("l", (k >> 86 for k in keys))
    index.ends = array("l", ((k >> 64) & mask22 for k in keys))
    return index


def load_events(vault: Vault, rowids: list[int], vocab: Vocab, *, with_acts: bool = True) -> list[dict]:
    """Event rows (and their acts) for the given rowids, in that order."""
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    found = {
        r[0]: r
        for r in vault.db.query(
            f"SELECT rowid, id, type, title, date, place, description FROM events WHERE rowid IN ({marks})", rowids
        )
    }
    events = []
    for rid in rowids:
        r = found.get(rid)
        if r is None:
            continue
        date = FuzzyDate.from_json(_json(r[4]))
        events.append(
            {
                "rowid": rid,
                "id": r[1],
                "type": r[2],
                "title": r[3],
                "date": date,
                "place": r[5] or "",
                "description": r[6] or "",
                "acts": [],
                "kind": "event",
                "type_label": vocab.short("event_type", r[2]),
            }
        )
    if with_acts and events:
        _attach_acts(vault, events, vocab)
    return events


def _json(text: str | None) -> Any:
    import json

    return json.loads(text) if text else None


def _attach_acts(vault: Vault, events: list[dict], vocab: Vocab) -> None:
    by_id = {e["id"]: e for e in events}
    ids = list(by_id)
    marks = ",".join("?" * len(ids))
    acts = vault.db.query(
        f"SELECT id, event_id, victim_id, type, date, description FROM acts WHERE event_id IN ({marks}) ORDER BY rowid",
        ids,
    )
    if not acts:
        return
    names = person_names(vault, [a[2] for a in acts])
    act_ids = [a[0] for a in acts]
    doers: dict[str, list[str]] = {}
    inv_rows = []
    for i in range(0, len(act_ids), 500):
        chunk = act_ids[i : i + 500]
        inv_rows += vault.db.query(
            f"SELECT act_id, organisation_id, person_id, role FROM involvements WHERE act_id IN"
            f" ({','.join('?' * len(chunk))}) ORDER BY rowid",
            chunk,
        )
    orgs = organisation_names(vault, [r[1] for r in inv_rows if r[1]])
    people = person_names(vault, [r[2] for r in inv_rows if r[2]])
    for act_id, org_id, person_id, role in inv_rows:
        who = orgs.get(org_id) if org_id else people.get(person_id, "")
        if who:
            doers.setdefault(act_id, []).append(
                who if not role or role == "perpetrator" else f"{who} ({vocab.short('involvement_role', role)})"
            )
    for act_id, event_id, victim_id, kind, date, description in acts:
        event = by_id[event_id]
        event["acts"].append(
            {
                "id": act_id,
                "kind": "act",
                "victim_id": victim_id,
                "victim": names.get(victim_id, ""),
                "type": kind,
                "type_label": vocab.short("act_type", kind),
                "date": FuzzyDate.from_json(_json(date)),
                "description": description or "",
                "by": ", ".join(dict.fromkeys(doers.get(act_id, []))),
                "event_id": event_id,
            }
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

    def __init__(self, vault: Vault | None, vocab: Vocab, parent: Any = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.vocab = vocab
        self.show_acts = True
        self.index_: EventIndex | None = None
        self._order: list[int] = []
        self._events: list[dict] = []
        self._rows: list[dict] = []  # what is shown: events, and their acts under them
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

    def _flatten(self, events: list[dict]) -> list[dict]:
        rows: list[dict] = []
        for event in events:
            rows.append(event)
            if self.show_acts:
                rows.extend(event["acts"])
        return rows

    def purge(self) -> None:
        self.beginResetModel()
        self.vault, self.index_, self._order, self._events, self._rows = None, None, [], [], []
        self.endResetModel()

    def total(self) -> int:
        """Events in the chronology (loaded or not)."""
        return len(self._order)

    def loaded(self) -> int:
        return len(self._events)

    def row_of(self, event_id: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row["kind"] == "event" and row["id"] == event_id:
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
        return self.row_of(self._events[target]["id"])

    # -- Qt ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.vault is not None and len(self._events) < len(self._order)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.vault is None:
            return
        start = len(self._events)
        wanted = self._order[start : start + PAGE]
        if not wanted:
            return
        events = load_events(self.vault, wanted, self.vocab)
        if len(events) < len(wanted):  # deleted meanwhile: forget them
            self._order[start : start + len(wanted)] = [e["rowid"] for e in events]
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

    def item(self, index: Index) -> dict | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def event_of(self, index: Index) -> dict | None:
        """The event a row belongs to (itself, or the event of an act)."""
        row = index.row() if index.isValid() else -1
        while 0 <= row < len(self._rows):
            if self._rows[row]["kind"] == "event":
                return self._rows[row]
            row -= 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        col = index.column()
        event = item["kind"] == "event"
        if role == Qt.ItemDataRole.DisplayRole:
            if event:
                n = len(item["acts"])
                title = item["title"] + (f"  ({counted.people(n)})" if n and not self.show_acts else "")
                return (fmt.fuzzy(item["date"]) or self.tr("date unknown"), title, item["type_label"], item["place"])[
                    col
                ]
            return (
                fmt.fuzzy(item["date"]),
                "      " + item["victim"],
                item["type_label"],
                self.tr("by %1", "who did it: a police force, a court").replace("%1", item["by"]) if item["by"] else "",
            )[col]
        if role == Qt.ItemDataRole.FontRole and event:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return fmt.fuzzy_tooltip(item["date"]) or None
            text = item.get("description") or item.get("title") or ""
            return text[:600] or None
        if role == ROW_ROLE:
            return item
        return None
