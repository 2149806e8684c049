"""The fields of the record forms: each knows its value as a draft keeps it (``state`` / ``restore``),
whether it is empty, what is wrong with it (``problem``), and signals ``changed``.

- ``DateField``: a date as a source gives it, read as you type ("✓ late November 2025 (21–30 November
  2025)"), or what is not understood, in red.
- ``ChoiceField``: a controlled term or a record, picked by typing part of its name (type-ahead).
- ``PeopleField``: people of the case, ticked in a list filtered as you type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import dates
from ui import fmt
from ui.i18n import Text, on_language_change, set_texts, text_of
from ui.widgets import alert

Problem = Callable[[], str]  # what is wrong with a field, in the interface language


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, placeholder: Text = "") -> None:
        super().__init__()
        if placeholder:
            set_texts(self, placeholderText=placeholder)
        self.textChanged.connect(self.changed)

    def state(self) -> str:
        return self.text()

    def restore(self, value: Any) -> None:
        self.setText(str(value or ""))
        self.setCursorPosition(0)  # a long title shows its beginning

    def value(self) -> str:
        return " ".join(self.text().split())

    def is_empty(self) -> bool:
        return not self.text().strip()

    def problem(self) -> Problem | None:
        return None


class NotesField(QPlainTextEdit):
    """Several lines; Tab moves on (a form is walked with Tab). ``lines()`` for lists (one item a line)."""

    changed = Signal()

    def __init__(self, placeholder: Text = "", lines: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if placeholder:
            set_texts(self, placeholderText=placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 3)
        self.textChanged.connect(self.changed)

    def state(self) -> str:
        return self.toPlainText()

    def restore(self, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = "\n".join(str(v) for v in value)
        self.setPlainText(str(value or ""))

    def value(self) -> str:
        return self.toPlainText().strip()

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def is_empty(self) -> bool:
        return not self.toPlainText().strip()

    def problem(self) -> Problem | None:
        return None


def _days(start: Any, end: Any) -> dict:
    return {"start": start.isoformat(), "end": end.isoformat(), "precision": "days", "certainty": "exact"}


class DateField(QWidget):
    """A fuzzy date with live feedback under it."""

    changed = Signal()

    def __init__(self, today: Callable[[], Any], *, required: bool = False) -> None:
        super().__init__()
        self.today = today
        self.required = required
        # A recorded date being corrected: kept as it is (its words, precision, certainty) while its text
        # is not edited, so that opening and saving a record never rewrites its dates.
        self.original: dates.FuzzyDate | None = None
        self.original_text = ""
        self.edit = QLineEdit()
        set_texts(self.edit, placeholderText=lambda: self.tr("13.11.2025, late November 2025, summer 2025…"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        set_texts(self.feedback, accessibleName=lambda: self.tr("How the date was understood"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.feedback)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._feedback)
        self.edit.textChanged.connect(self.changed)
        on_language_change(self, self._feedback)
        self._feedback()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def state(self) -> str:
        return self.edit.text()

    def restore(self, value: Any) -> None:
        if isinstance(value, dates.FuzzyDate):
            self.original, self.original_text = value, editable_text(value, self.today())
            self.edit.setText(self.original_text)
            return
        self.original, self.original_text = None, ""
        self.edit.setText(str(value or ""))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLineEdit
        self.edit.setText(text)

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def value(self) -> dates.FuzzyDate | None:
        """The date typed (None when empty); raises ``DateParseError`` when it is not understood."""
        if self.original is not None and self.edit.text() == self.original_text:
            return self.original
        text = self.edit.text().strip()
        return dates.parse(text, today=self.today()) if text else None

    def problem(self) -> Problem | None:
        if self.is_empty():
            return (lambda: self.tr("A date is needed here.")) if self.required else None
        try:
            self.value()
        except dates.DateParseError as exc:
            error = exc
            return lambda: date_problem(error)
        return None

    @Slot()
    def _feedback(self) -> None:
        if self.is_empty():  # the placeholder says what to type; no line of its own
            self.feedback.clear()
            self.feedback.hide()
            alert(self.feedback, False)
            return
        self.feedback.show()
        try:
            fd = self.value()
        except dates.DateParseError as exc:
            self.feedback.setText(date_problem(exc))
            alert(self.feedback, True)
            return
        assert fd is not None
        span = "" if fd.start == fd.end else f" ({fmt.fuzzy(_days(fd.start, fd.end), long=True)})"
        self.feedback.setText("✓ " + fmt.fuzzy(fd, long=True) + span)
        alert(self.feedback, False)


def editable_text(value: dates.FuzzyDate, today: Any) -> str:
    """A recorded date as text that reads back as the same days: the words it was recorded with when they
    do ("late November 2025"), else its days written out ("~21.01.2026–31.01.2026")."""
    try:
        again = dates.parse(value.text, today=today) if value.text else None
    except dates.DateParseError:
        again = None
    if again is not None and (again.start, again.end) == (value.start, value.end):
        return value.text
    mark = "~" if value.certainty != "exact" else ""
    first = value.start.strftime("%d.%m.%Y")
    if value.start == value.end:
        return mark + first
    return f"{mark}{first}–{value.end.strftime('%d.%m.%Y')}"


def date_problem(error: dates.DateParseError) -> str:
    """Why a date is refused, in the interface language, with the word that was not understood."""
    translate = QCoreApplication.translate
    if isinstance(error, dates.UnknownDateWord):
        word = str(error.params.get("word", ""))
        text = translate("DateField", "“%1” is not understood in a date. Try 13.11.2025, “late November 2025”.")
        return text.replace("%1", word)
    if isinstance(error, dates.NoYear):
        return translate("DateField", "Give the year as well, e.g. 13.11.2025.")
    if isinstance(error, dates.NotACalendarDate):
        return translate("DateField", "There is no such day in the calendar.")
    if isinstance(error, dates.BadDateRange):
        return translate("DateField", "A range needs both ends, the first before the last: 13–15 November 2025.")
    return translate("DateField", "Not understood yet. Try 13.11.2025, “late November 2025” or “summer 2025”.")


class ChoiceField(QComboBox):
    """One of a list (vocabulary terms, sources, proceedings), picked by typing part of its name: the list
    narrows as you type; Enter takes the match and moves on (it never saves the form from here), Tab too.
    ``key()`` is the chosen item's data."""

    changed = Signal()

    def __init__(self, items: Iterable[tuple[Any, str]] = (), *, none: Text | None = None, required: bool = False):
        super().__init__()
        self.none = none
        self.required = required
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_items(items)
        self.currentIndexChanged.connect(self.changed)
        self.lineEdit().textEdited.connect(lambda _t: self.changed.emit())
        self.lineEdit().editingFinished.connect(self._settle)
        if none is not None:
            on_language_change(self, self._rename_none)

    def set_items(self, items: Iterable[tuple[Any, str]], keep: Any = None) -> None:
        self.blockSignals(True)
        self.clear()
        if self.none is not None:
            self.addItem(text_of(self.none), None)
        for key, label in items:
            self.addItem(label, key)
        self.blockSignals(False)
        self.select(keep)

    def _rename_none(self) -> None:
        if self.count() and self.itemData(0) is None and self.none is not None:
            current = self.currentIndex() == 0
            self.setItemText(0, text_of(self.none))
            if current:
                self.setEditText(text_of(self.none))

    def relabel(self, labels: dict) -> None:
        """New labels for the items (a language change), keeping the choice."""
        key = self.key()
        for i in range(self.count()):
            if self.itemData(i) in labels:
                self.setItemText(i, labels[self.itemData(i)])
        self.select(key)

    def select(self, key: Any) -> bool:
        index = self.findData(key) if key is not None else (0 if self.none is not None else -1)
        if index < 0:
            self.setCurrentIndex(0 if self.none is not None else -1)
            if self.none is None:
                self.setEditText("")
            return False
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        self.lineEdit().setCursorPosition(0)  # a long title shows its beginning
        return True

    def _match(self) -> int:
        """The item the typed text names: written out (any case), else the only one containing it."""
        text = " ".join(self.currentText().split()).casefold()
        if not text:
            return 0 if self.none is not None else -1
        items = [self.itemText(i).casefold() for i in range(self.count())]
        if text in items:
            return items.index(text)
        found = [i for i, item in enumerate(items) if text in item]
        return found[0] if len(found) == 1 else -1

    @Slot()
    def _settle(self) -> None:
        index = self._match()
        if index >= 0 and (index != self.currentIndex() or self.currentText() != self.itemText(index)):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    def key(self) -> Any:
        index = self._match()
        return self.itemData(index) if index >= 0 else None

    def state(self) -> Any:
        return self.key()

    def restore(self, value: Any) -> None:
        self.select(value)

    def is_empty(self) -> bool:
        return self.key() is None

    def problem(self) -> Problem | None:
        typed = self.currentText().strip()
        if self._match() < 0 and typed:
            return lambda: self.tr("“%1” is not one of the choices: pick one from the list.").replace("%1", typed)
        if self.required and self.key() is None:
            return lambda: self.tr("Choose one from the list.")
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer().popup()
            if popup.isVisible() and popup.currentIndex().isValid():
                super().keyPressEvent(event)
                return
            popup.hide()
            self._settle()
            if self._match() >= 0:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)


class CheckField(QCheckBox):
    changed = Signal()

    def __init__(self, text: Text) -> None:
        super().__init__()
        set_texts(self, text=text)
        self.toggled.connect(self.changed)

    def state(self) -> bool:
        return self.isChecked()

    def restore(self, value: Any) -> None:
        self.setChecked(bool(value))

    def is_empty(self) -> bool:
        return not self.isChecked()

    def problem(self) -> Problem | None:
        return None


class DaysField(QSpinBox):
    """A number of days (a reply window); 0 shows as "none"."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 3650)
        set_texts(self, specialValueText=lambda: self.tr("none"), suffix=lambda: self.tr(" days"))
        self.valueChanged.connect(self.changed)

    def state(self) -> int:
        return self.value()

    def restore(self, value: Any) -> None:
        self.setValue(int(value or 0))

    def days(self) -> int | None:
        return self.value() or None

    def is_empty(self) -> bool:
        return self.value() == 0

    def problem(self) -> Problem | None:
        return None


class TickList(QListWidget):
    """Space ticks the current item."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class TickFilter(QLineEdit):
    """Enter ticks the one item that contains what was typed (and clears the filter); Down goes to the list."""

    tick = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.tick.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class TickField(QWidget):
    """Items ticked in a list that narrows as you type part of them. ``items`` are (key, text) pairs."""

    changed = Signal()

    def __init__(self, items: Iterable[tuple[Any, str]], *, required: bool = False, rows: int = 6) -> None:
        super().__init__()
        self.required = required
        self.filter = TickFilter()
        self.list = TickList()
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * rows)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * (rows + 4))
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._narrow)
        self.filter.tick.connect(self._tick_match)
        self.list.itemChanged.connect(self._ticked)
        on_language_change(self, self._count)
        self._count()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def shown(self) -> list[str]:
        """The texts of the items the filter leaves in view."""
        return [i.text() for i in self._items() if not i.isHidden()]

    @Slot(str)
    def _narrow(self, text: str) -> None:
        words = " ".join(text.split()).casefold().split()
        for item in self._items():
            haystack = item.text().casefold()
            item.setHidden(not all(w in haystack for w in words))

    @Slot()
    def _tick_match(self) -> None:
        shown = [i for i in self._items() if not i.isHidden()]
        if len(shown) == 1:
            shown[0].setCheckState(Qt.CheckState.Checked)
            self.filter.clear()

    @Slot()
    def _ticked(self, _item: QListWidgetItem | None = None) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        n = len(self.chosen())
        self.count.setText(QCoreApplication.translate("TickField", "Ticked: %1").replace("%1", str(n)) if n else "")

    def chosen(self) -> tuple[Any, ...]:
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in self._items() if i.checkState() == Qt.CheckState.Checked)

    def choose(self, keys: Iterable[Any]) -> None:
        wanted = set(keys)
        self.list.blockSignals(True)
        for item in self._items():
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._ticked()

    def state(self) -> list[Any]:
        return list(self.chosen())

    def restore(self, value: Any) -> None:
        self.choose(value if isinstance(value, list | tuple) else [])

    def is_empty(self) -> bool:
        return not self.chosen()

    def problem(self) -> Problem | None:
        if self.required and not self.chosen():
            return lambda: QCoreApplication.translate("TickField", "Tick at least one.")
        return None


class PeopleField(TickField):
    """People of the case, ticked in a list that narrows as you type a name."""

    def __init__(self, people: Iterable[tuple[str, str]], *, required: bool = False) -> None:
        super().__init__(people, required=required)
        set_texts(
            self.filter,
            placeholderText=lambda: self.tr("Type part of a name, Enter to tick; Space ticks in the list"),
            accessibleName=lambda: self.tr("Find a person"),
        )
        set_texts(self.list, accessibleName=lambda: self.tr("People of the case"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def problem(self) -> Problem | None:
        if self.required and not self.chosen():
            return lambda: self.tr("Tick at least one person.")
        return None
