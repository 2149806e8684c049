"""The left column: the vault's cases, and under them the deadlines across every case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from app.domain import deadlines as deadline_rules
from app.views.deadlines import DeadlineLine
from ui import fmt
from ui.i18n import Text, Vocab, counted, set_texts
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button, heading, note, quiet

HORIZON_DAYS = 30

# What each kind of deadline is called (app.domain.deadlines); %1 is the proceeding or the letter.
KIND_TITLES = {
    deadline_rules.HEARING: QT_TRANSLATE_NOOP("deadlines", "Hearing: %1"),
    deadline_rules.NEXT_HEARING: QT_TRANSLATE_NOOP("deadlines", "Next hearing: %1"),
    deadline_rules.REPLY_DUE: QT_TRANSLATE_NOOP("deadlines", "Reply due: %1"),
    deadline_rules.FOLLOW_UP: QT_TRANSLATE_NOOP("deadlines", "Follow up: %1"),
}


def deadline_title(line: DeadlineLine, vocab: Vocab) -> str:
    """A deadline line in the interface language: "House arrest ends: 6 people", "Hearing: …"."""
    d = line.deadline
    if d.kind == deadline_rules.MEASURE_EXPIRY:
        who = line.people[0] if len(line.people) == 1 else counted.people(len(line.people))
        title = QCoreApplication.translate("deadlines", "%1 ends: %2", "%1 a measure (house arrest), %2 who")
        return title.replace("%1", vocab.short("measure_type", d.code)).replace("%2", who)
    return QCoreApplication.translate("deadlines", KIND_TITLES[d.kind]).replace("%1", line.subject)


def deadline_lines(
    session: Session, case_id: str | None = None, horizon_days: int | None = HORIZON_DAYS, limit: int | None = None
) -> list[DeadlineLine]:
    return session.views.deadlines.lines(session.today(), case_id=case_id, horizon_days=horizon_days, limit=limit)


def when_text(line: DeadlineLine, today: dt.date) -> str:
    d = line.deadline
    date = fmt.fuzzy(d.date)
    if d.overdue:
        return QCoreApplication.translate("deadlines", "OVERDUE · %1").replace("%1", date)
    return f"{date} · {fmt.days_left(d.date.start, today)}"


def deadline_column(session: Session, title: Text) -> Column:
    """A deadline in a list: when (and how soon), then what, on two wrapped lines: nothing the app writes
    about a deadline is cut off, in any language. Overdue ones in red."""
    return Column(
        title,
        lambda r: f"{when_text(r, session.today())}\n{deadline_title(r, session.vocab)}",
        tooltip=lambda r: "\n".join((fmt.fuzzy_tooltip(r.deadline.date), deadline_title(r, session.vocab), *r.people)),
        alert=lambda r: r.deadline.overdue,
    )


class CasesPanel(QWidget):
    case_selected = Signal(str)
    new_case_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = LazyTableModel(
            [Column(lambda: self.tr("Case"), lambda r: r.title, tooltip=lambda r: r.reference or None)], self
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
        rows = self.session.views.cases.all()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        return [r.id for r in rows]

    def select(self, case_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.id == case_id:
                index = self.model.index(i, 0)
                if self.view.currentIndex() != index:
                    self.view.setCurrentIndex(index)
                return

    @Slot(QModelIndex)
    def _current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row:
            self.case_selected.emit(row.id)


class DeadlinesPanel(QWidget):
    """Next 30 days across all cases, overdue first (in red and marked OVERDUE)."""

    activated = Signal(object)  # DeadlineLine

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = LazyTableModel([deadline_column(session, lambda: self.tr("Deadline"))], self)
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
        lines = deadline_lines(self.session)
        self.model.set_rows(lines)
        self.empty.setVisible(not lines)

    def items(self) -> list[DeadlineLine]:
        return self.model.rows()

    def titles(self) -> list[str]:
        return [deadline_title(line, self.session.vocab) for line in self.items()]

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row:
            self.activated.emit(row)
