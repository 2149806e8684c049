"""The left column: the vault's cases, and under them the deadlines across every case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from app.domain.dates import FuzzyDate
from app.services import cases as case_service
from ui import fmt
from ui.i18n import counted, set_texts
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button, heading, note, quiet

HORIZON_DAYS = 30


@dataclass(frozen=True)
class DeadlineItem:
    date: FuzzyDate
    kind: str
    title: str
    case_id: str
    entity: str
    entity_id: str
    overdue: bool
    people: tuple[str, ...] = ()


def grouped_deadlines(
    session: Session, case_id: str | None = None, horizon_days: int | None = HORIZON_DAYS, limit: int | None = None
) -> list[DeadlineItem]:
    """The service's deadlines, with measure expiries of many people on the same day folded into one
    line ("Pre-trial detention ends: 13 people"), and titles in the interface language."""
    vault, vocab = session.vault, session.vocab
    raw = case_service.deadlines(vault, session.today(), case_id=case_id, horizon_days=horizon_days)
    measure_ids = [d.entity_id for d in raw if d.kind == "measure_expiry"]
    measures: dict[str, tuple[str, str]] = {}
    for i in range(0, len(measure_ids), 500):
        chunk = measure_ids[i : i + 500]
        for mid, mtype, pid in vault.db.query(
            f"SELECT id, type, person_id FROM measures WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ):
            measures[mid] = (mtype, pid)
    from ui.case.data import person_names

    names = person_names(vault, [p for _, p in measures.values()])
    groups: dict[tuple, list] = {}
    order: list[tuple] = []
    for d in raw:
        if d.kind == "measure_expiry" and d.entity_id in measures:
            mtype, pid = measures[d.entity_id]
            key: tuple = (d.case_id, d.kind, d.date.start, d.date.end, mtype, d.overdue)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append((d, names.get(pid, "")))
        else:
            key = ("single", id(d))
            groups[key] = [(d, "")]
            order.append(key)
    out: list[DeadlineItem] = []
    for key in order:
        members = groups[key]
        d = members[0][0]
        if d.kind == "measure_expiry":
            mtype = key[4]
            people = tuple(n for _, n in members)
            what = vocab.short("measure_type", mtype)
            who = people[0] if len(people) == 1 else counted.people(len(people))
            title = QCoreApplication.translate("deadlines", "%1 ends: %2", "%1 a measure (house arrest), %2 who")
            title = title.replace("%1", what).replace("%2", who)
            out.append(DeadlineItem(d.date, d.kind, title, d.case_id, d.entity, d.entity_id, d.overdue, people))
        else:
            title = deadline_title(d.title)
            out.append(DeadlineItem(d.date, d.kind, title, d.case_id, d.entity, d.entity_id, d.overdue))
    return out[:limit] if limit else out


# The service names a deadline "Hearing: <proceeding>", "Reply due: <letter>" ...; the word before
# the colon is said in the interface language.
DEADLINE_PREFIXES = {
    "Hearing: ": QT_TRANSLATE_NOOP("deadlines", "Hearing: %1"),
    "Next hearing: ": QT_TRANSLATE_NOOP("deadlines", "Next hearing: %1"),
    "Reply due: ": QT_TRANSLATE_NOOP("deadlines", "Reply due: %1"),
    "Follow up: ": QT_TRANSLATE_NOOP("deadlines", "Follow up: %1"),
}


def deadline_title(title: str) -> str:
    for prefix, pattern in DEADLINE_PREFIXES.items():
        if title.startswith(prefix):
            return QCoreApplication.translate("deadlines", pattern).replace("%1", title[len(prefix) :])
    return title


def when_text(item: DeadlineItem, today: dt.date) -> str:
    date = fmt.fuzzy(item.date)
    if item.overdue:
        return QCoreApplication.translate("deadlines", "OVERDUE · %1").replace("%1", date)
    return f"{date} · {fmt.days_left(item.date.start, today)}"


class CasesPanel(QWidget):
    case_selected = Signal(str)
    new_case_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = LazyTableModel(
            [Column(lambda: self.tr("Case"), lambda r: r["title"], tooltip=lambda r: r["reference"] or None)], self
        )
        session.register(self.model)
        self.view = QListView()
        self.view.setModel(self.model)
        set_texts(self.view, accessibleName=lambda: self.tr("Cases"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSpacing(2)
        self.empty = quiet(note(lambda: self.tr("No cases yet. Create one to start recording.")))
        self.new_button = button(lambda: self.tr("&New case…"), lambda: self.tr("New case"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(lambda: self.tr("Cases"), 2))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_button)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.view.activated.connect(self._current)
        self.new_button.clicked.connect(self.new_case_requested)

    def reload(self) -> list[str]:
        rows = [
            {"id": c.id, "title": c.title, "reference": c.reference}
            for c in case_service.list_cases(self.session.vault)
        ]
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        return [r["id"] for r in rows]

    def select(self, case_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row["id"] == case_id:
                index = self.model.index(i, 0)
                if self.view.currentIndex() != index:
                    self.view.setCurrentIndex(index)
                return

    @Slot(QModelIndex)
    def _current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row:
            self.case_selected.emit(row["id"])


class DeadlinesPanel(QWidget):
    """Next 30 days across all cases, overdue first (in red and marked OVERDUE)."""

    activated = Signal(object)  # DeadlineItem

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        today = session.today
        self.model = LazyTableModel(
            [
                Column(
                    lambda: self.tr("Deadline"),
                    lambda r: f"{when_text(r['item'], today())}\n{r['item'].title}",
                    tooltip=lambda r: "\n".join(
                        (fmt.fuzzy_tooltip(r["item"].date), r["item"].title, *r["item"].people)
                    ),
                    alert=lambda r: r["item"].overdue,
                ),
            ],
            self,
        )
        session.register(self.model)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(1)
        set_texts(self.view, accessibleName=lambda: self.tr("Deadlines"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = quiet(note(lambda: self.tr("Nothing due in the next 30 days.")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(lambda: self.tr("Deadlines"), 2))
        layout.addWidget(
            quiet(note(lambda: self.tr("Overdue first, then the next 30 days. Click one to open its case.")))
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)

    def reload(self) -> None:
        items = grouped_deadlines(self.session)
        self.model.set_rows([{"item": i} for i in items])
        self.empty.setVisible(not items)

    def items(self) -> list[DeadlineItem]:
        return [r["item"] for r in self.model.rows()]

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row:
            self.activated.emit(row["item"])
