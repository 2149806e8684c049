"""Record an incident (Ctrl+N): one form for the event and what was done to each person in it.

Keyboard path: type the date, Tab, place, Tab, kind (type-ahead), Tab, what happened, Tab,
names (Enter after each; a comma-separated list adds several), Tab … Enter saves.

Enter never saves from the Who field, nor while a name is typed there but not added, nor while
nobody is listed: a tired documenter pressing Enter twice must not save half an incident. Ctrl+Enter
(or the Save button) saves an incident that names nobody. A new name that may be someone already in
the vault, already listed, or typed twice in two spellings is pointed out, and saving it as a new
person needs a yes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import dates
from app.domain.incidents import Incident, Victim, default_act
from app.services import search as search_service
from app.services.persons import PossibleDuplicate
from ui import dates as date_texts
from ui import dialogs
from ui.errors import Failure
from ui.forms.base import DraftedDialog
from ui.forms.duplicates import EXISTING, LISTED, TYPED, DuplicateWarning, Match, find_duplicates, same_among
from ui.forms.record import new_source_button, open_source_form
from ui.i18n import Text, on_language_change, relabel, set_texts
from ui.session import Session
from ui.widgets import StatusNote, alert, buddy, label, note, quiet


def split_names(text: str) -> list[str]:
    parts = text.replace(";", ",").replace("\n", ",").split(",")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _with_ctrl(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class WhoField(QLineEdit):
    """Enter adds the typed name(s) to the list; Enter on the empty field never saves the form (it
    says how to), Ctrl+Enter does."""

    add_requested = Signal()
    empty_enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _is_enter(event) and not self.text().strip():
            if _with_ctrl(event):
                event.ignore()  # the dialog saves
            else:
                self.empty_enter.emit()
                event.accept()
            return
        if _is_enter(event):
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
                event.ignore()  # a suggestion is highlighted: let the completer take it
                return
            if popup is not None:
                popup.hide()
            self.add_requested.emit()  # what was typed, as typed (a new person if nobody matches)
            event.accept()
            return
        super().keyPressEvent(event)


class IncidentDialog(DraftedDialog):
    kind = "incident"

    def __init__(
        self, session: Session, case_id: str, draft_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, draft_id, parent)
        self.case_id = case_id
        set_texts(self, windowTitle=lambda: self.tr("Record an incident"))
        self.setModal(True)
        self.resize(860, 720)
        self.people: list[dict[str, Any]] = []  # {name, person_id, act, act_touched, spellings}
        self._name_to_id: dict[str, str] = {}
        self._maybe: dict[str, list[PossibleDuplicate]] = {}  # typed name -> who it may be
        self._event_fields()
        self._people_fields()
        self._origin_fields()
        self._lay_out(self._buttons())
        self._connect()
        self._kind_changed()
        self._date_feedback()
        self._update_title_hint()
        on_language_change(self, self._relabel)
        self.when.setFocus()

    # -- building -----------------------------------------------------------------------

    def _event_fields(self) -> None:
        """When, where, what kind, the headline and what happened."""
        self.when = QLineEdit()
        set_texts(
            self.when,
            placeholderText=lambda: self.tr("13.11.2025, late November 2025, summer 2025…"),
            accessibleName=lambda: self.tr("When"),
        )
        self.when_feedback = QLabel()
        self.when_feedback.setWordWrap(True)
        set_texts(self.when_feedback, accessibleName=lambda: self.tr("How the date was understood"))
        self.where = QLineEdit()
        set_texts(
            self.where,
            accessibleName=lambda: self.tr("Where"),
            placeholderText=lambda: self.tr("Town, region, or “near the Kazakhstan–China border”"),
        )
        self.where.setCompleter(QCompleter(self.session.views.cases.places(self.case_id), self.where))
        self.kind_box = QComboBox()
        set_texts(self.kind_box, accessibleName=lambda: self.tr("Kind of incident"))
        for key, text in self.session.vocab.terms("event_type"):
            self.kind_box.addItem(text, key)
        self.title = QLineEdit()
        set_texts(self.title, accessibleName=lambda: self.tr("Headline"))
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        set_texts(
            self.what,
            accessibleName=lambda: self.tr("What happened"),
            placeholderText=lambda: self.tr("What happened, in your own words."),
        )
        self.what.setMinimumHeight(70)
        self.what.setMaximumHeight(130)

    def _people_fields(self) -> None:
        """Who (type-ahead over people), and the table of what was done to each."""
        self.who = WhoField()
        set_texts(
            self.who,
            accessibleName=lambda: self.tr("Who: type a name"),
            placeholderText=lambda: self.tr("Type a name, Enter to add it (several: separate with commas)"),
        )
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.who.setCompleter(self.completer)
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(150)
        self.lookup_timer.timeout.connect(self._lookup)
        self.add_button = QPushButton()
        set_texts(self.add_button, text=lambda: self.tr("Add"), accessibleName=lambda: self.tr("Add the typed name"))
        self.add_button.setAutoDefault(False)
        self.table = QTableWidget(0, 3)
        set_texts(self.table, accessibleName=lambda: self.tr("People and what was done to each"))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; its acts and buttons are in the Tab order
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.table.setMinimumHeight(170)
        self._title_table()
        self.duplicates = DuplicateWarning(self, name_typed=True)
        self.duplicates.use_requested.connect(self.use_existing)
        self.duplicates.refilled.connect(self._chain)

    def _origin_fields(self) -> None:
        """Who did it, and according to which source."""
        cases = self.session.views.cases
        self.by = QComboBox()
        set_texts(self.by, accessibleName=lambda: self.tr("Done by"))
        self.by.addItem(self.tr("(not recorded)"), None)
        for org in cases.organisations(self.case_id):
            self.by.addItem(org.name, org.id)
        self.source = QComboBox()
        set_texts(self.source, accessibleName=lambda: self.tr("Source"))
        self.source.addItem(self.tr("(no source yet)"), None)
        for src in cases.sources(self.case_id):
            self.source.addItem(src.name[:90], src.id)
        # A new case has no source yet: a first-hand one (an interview) is added from here.
        self.new_source_button = new_source_button(self)
        self.new_source_button.clicked.connect(self.new_source)
        self.status = StatusNote()
        set_texts(self.status, accessibleName=lambda: self.tr("Form status"))
        self.draft_note = quiet(note(lambda: self.tr("Your typing is kept as a draft inside the vault.")))

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        set_texts(
            self.save_button,
            text=lambda: self.tr("&Save  (Ctrl+Enter)"),
            accessibleName=lambda: self.tr("Save the incident"),
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        return buttons

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        who_row = QWidget()
        wr = QHBoxLayout(who_row)
        wr.setContentsMargins(0, 0, 0, 0)
        wr.addWidget(self.who, 1)
        wr.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(buddy(label(lambda: self.tr("&When:")), self.when), self.when)
        form.addRow("", self.when_feedback)
        form.addRow(buddy(label(lambda: self.tr("Whe&re:")), self.where), self.where)
        form.addRow(buddy(label(lambda: self.tr("&Kind:")), self.kind_box), self.kind_box)
        form.addRow(buddy(label(lambda: self.tr("&Headline:")), self.title), self.title)
        form.addRow(buddy(label(lambda: self.tr("What h&appened:")), self.what), self.what)
        form.addRow(buddy(label(lambda: self.tr("Wh&o:")), self.who), who_row)
        form.addRow("", self.table)
        form.addRow("", self.duplicates)
        form.addRow(buddy(label(lambda: self.tr("Done &by:")), self.by), self.by)
        source_row = QWidget()
        sr = QHBoxLayout(source_row)
        sr.setContentsMargins(0, 0, 0, 0)
        sr.addWidget(self.source, 1)
        sr.addWidget(self.new_source_button)
        form.addRow(buddy(label(lambda: self.tr("According &to:")), self.source), source_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_note, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._chain()

    def _connect(self) -> None:
        self.when.textChanged.connect(self._date_feedback)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.when.textChanged,
            self.where.textChanged,
            self.title.textChanged,
            self.what.textChanged,
            self.who.textChanged,
            self.kind_box.currentIndexChanged,
            self.by.currentIndexChanged,
            self.source.currentIndexChanged,
        ):
            signal.connect(self.changed)
        self.who.textEdited.connect(lambda _t: self.lookup_timer.start())
        self.who.add_requested.connect(self.add_typed)
        self.who.empty_enter.connect(self._enter_on_empty_who)
        self.add_button.clicked.connect(self.add_typed)
        self.completer.activated[str].connect(self._completed)

    @Slot()
    def _chain(self) -> None:
        """The Tab order, top to bottom: the acts and Remove buttons of each row, then the duplicate
        warning's buttons, come between the Who field and "Done by" (cell widgets made later would
        otherwise be reached only after Cancel)."""
        chain: list[QWidget] = [self.when, self.where, self.kind_box, self.title, self.what, self.who]
        chain += [self.add_button, self.table]
        for row in range(self.table.rowCount()):
            chain += [w for col in (1, 2) if (w := self.table.cellWidget(row, col)) is not None]
        chain += self.duplicates.buttons()
        chain += [self.by, self.source, self.new_source_button, self.save_button, self.cancel_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _title_table(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("What was done to them"), ""])
        header = self.table.horizontalHeader()
        header.resizeSection(2, QPushButton(self.tr("Remove")).sizeHint().width() + 8)
        # the acts' column fits its title in every language, before any row is there to widen it
        header.resizeSection(
            1, max(header.sectionSize(1) if self.people else 0, header.sectionSizeFromContents(1).width() + 4)
        )

    def _relabel(self) -> None:
        """A new interface language: labels and vocabulary in it; everything typed stays."""
        vocab = self.session.vocab
        relabel(self.kind_box, dict(vocab.terms("event_type")))
        self.by.setItemText(0, self.tr("(not recorded)"))
        self.source.setItemText(0, self.tr("(no source yet)"))
        self._title_table()
        self._fill_table()
        self._date_feedback()
        self._update_title_hint()

    @Slot()
    def new_source(self) -> None:
        """Add a source (an interview, by default) and take it as this incident's."""
        open_source_form(self, self.session, self.case_id, self._source_added)

    @Slot(str)
    def _source_added(self, source_id: str) -> None:
        if not self.session.alive:
            return
        found = self.session.views.sources.one(source_id)
        if found is not None:
            self.source.addItem(found.title[:90], source_id)
            self.source.setCurrentIndex(self.source.count() - 1)
            self.source.setFocus()

    # -- date ----------------------------------------------------------------------------

    def parsed_date(self) -> dates.FuzzyDate | None:
        text = self.when.text().strip()
        if not text:
            return None
        return dates.parse(text, today=self.session.today())

    @Slot()
    def _date_feedback(self) -> None:
        text = self.when.text().strip()
        if not text:
            self.when_feedback.setText(self.tr("Type the date the way a source gives it."))
            alert(self.when_feedback, False)
            return
        try:
            fd = dates.parse(text, today=self.session.today())
        except dates.DateParseError as exc:
            self.when_feedback.setText(date_texts.problem(exc))
            alert(self.when_feedback, True)
            return
        self.when_feedback.setText(date_texts.understood(fd))
        alert(self.when_feedback, False)
        self._update_title_hint()

    # -- people ------------------------------------------------------------------------

    @Slot()
    def _lookup(self) -> None:
        text = self.who.text().split(",")[-1].strip()
        if len(text) < 2 or not self.session.alive:
            return
        names: list[str] = []
        try:
            hits = search_service.search(self.session.vault, text, limit=12, entities=["persons"])
            names = [h.label for h in hits]
            for h in hits:
                self._name_to_id[h.label] = h.entity_id
        except Exception:  # noqa: BLE001 - the tolerant search cannot run: spellings containing the text instead
            for found in self.session.views.people.named_like(text):
                self._name_to_id[found.name] = found.person_id
                names.append(found.name)
        self.completer_model.setStringList(list(dict.fromkeys(names)))
        if names and self.who.hasFocus():
            self.completer.complete()

    @Slot(str)
    def _completed(self, text: str) -> None:
        QTimer.singleShot(0, lambda: self._add_names([text], clear=True))

    @Slot()
    def add_typed(self) -> None:
        self._add_names(split_names(self.who.text()), clear=True)

    def _add_names(self, names: list[str], clear: bool = False) -> None:
        for name in names:
            person_id = self._name_to_id.get(name) or self._exact_person(name)
            if any(p["name"] == name or (person_id and p["person_id"] == person_id) for p in self.people):
                continue
            act = self._default_act()
            self.people.append(
                {"name": name, "person_id": person_id, "act": act, "act_touched": False, "spellings": []}
            )
        if clear:
            self.who.clear()
        self._fill_table()
        self.check_duplicates()
        self.changed()

    # -- possible duplicates among the new names ----------------------------------------

    def check_duplicates(self) -> list[Match]:
        """For each new name, who it may be: a person in the vault ("possibly the same as …"), one
        already listed here, or another new name typed here (two spellings of one new person). A
        warning stays until it is answered: by "Use this person" / "Same person", or by removing a name."""
        listed = {p["person_id"] for p in self.people if p["person_id"]}
        matches = []
        for p in self.people:
            if p["person_id"]:
                continue
            if p["name"] not in self._maybe:
                self._maybe[p["name"]] = find_duplicates(self.session, [p["name"]])
            for d in self._maybe[p["name"]][:2]:
                matches.append(Match(p["name"], d, LISTED if d.person_id in listed else EXISTING))
        # two spellings of one new person: names the vault knows nobody for, compared with each other
        matches += same_among([p["name"] for p in self.people if not p["person_id"] and not self._maybe[p["name"]]])
        self.duplicates.show_matches(matches)
        return matches

    @Slot(object)
    def use_existing(self, match: Match) -> None:
        """The typed name is someone already known (in the vault, listed here, or typed here in another
        spelling): one row is kept for them, with the typed spelling as another name."""
        typed = next((p for p in self.people if p["name"] == match.typed and not p["person_id"]), None)
        if typed is None:
            return
        if match.kind == TYPED:
            keep = next((p for p in self.people if p["name"] == match.duplicate.label and not p["person_id"]), None)
        else:
            keep = next((p for p in self.people if p["person_id"] == match.duplicate.person_id), None)
        if keep is None:  # a person of the vault, not yet listed: the typed row becomes theirs
            typed["spellings"] = [*typed.get("spellings", []), typed["name"]]
            typed["person_id"], typed["name"] = match.duplicate.person_id, match.duplicate.label
        else:
            keep["spellings"] = [*keep.get("spellings", []), typed["name"], *typed.get("spellings", [])]
            self.people.remove(typed)
        self._fill_table()
        self.check_duplicates()
        self.changed()

    def _exact_person(self, name: str) -> str | None:
        return self.session.views.people.named_exactly(name)

    def _fill_table(self) -> None:
        vocab = self.session.vocab
        self.table.setRowCount(len(self.people))
        header = self.table.horizontalHeader()
        widest = header.sectionSizeFromContents(1).width()
        for i, p in enumerate(self.people):
            label = p["name"] if p["person_id"] else self.tr("%1 (new person)").replace("%1", p["name"])
            name_item = self.table.item(i, 0)
            if name_item is None:
                name_item = QTableWidgetItem()
                name_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, 0, name_item)
            name_item.setText(label)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What was done to %1").replace("%1", p["name"]))
            for key, text in vocab.terms("act_type"):  # short labels; the full one as a tooltip
                combo.addItem(vocab.short("act_type", key), key)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(p["act"])))
            widest = max(widest, combo.sizeHint().width())
            combo.currentIndexChanged.connect(lambda _i, row=i, c=combo: self._act_changed(row, c))
            self.table.setCellWidget(i, 1, combo)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", p["name"]))
            remove.setAutoDefault(False)
            remove.clicked.connect(lambda _c=False, row=i: self._remove(row))
            self.table.setCellWidget(i, 2, remove)
        # cell widgets do not count for ResizeToContents: the column fits the widest act instead
        header.resizeSection(1, widest + 4)
        self._chain()

    def _act_changed(self, row: int, combo: QComboBox) -> None:
        if row < len(self.people):
            self.people[row]["act"] = combo.currentData()
            self.people[row]["act_touched"] = True
            self.changed()

    def _remove(self, row: int) -> None:
        if row < len(self.people):
            del self.people[row]
            self._fill_table()
            self.check_duplicates()
            self.changed()

    def _default_act(self) -> str:
        return default_act(self.kind_box.currentData())

    @Slot()
    def _kind_changed(self) -> None:
        act = self._default_act()
        changed = False
        for p in self.people:
            if not p["act_touched"] and p["act"] != act:
                p["act"] = act
                changed = True
        if changed:
            self._fill_table()
        self._update_title_hint()

    def _update_title_hint(self) -> None:
        self.title.setPlaceholderText(self.default_title() + self.tr("  (used if you leave this empty)"))

    def default_title(self) -> str:
        kind = self.session.vocab.short("event_type", self.kind_box.currentData())
        place = self.where.text().strip()
        return f"{kind}, {place}" if place else kind

    # -- drafts -------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "when": self.when.text(),
            "where": self.where.text(),
            "kind": self.kind_box.currentData(),
            "title": self.title.text(),
            "what": self.what.toPlainText(),
            "who": self.who.text(),
            "people": self.people,
            "by": self.by.currentData(),
            "source": self.source.currentData(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.restoring = True
        try:
            self.when.setText(state.get("when", ""))
            self.where.setText(state.get("where", ""))
            index = self.kind_box.findData(state.get("kind"))
            if index >= 0:
                self.kind_box.setCurrentIndex(index)
            self.title.setText(state.get("title", ""))
            self.what.setPlainText(state.get("what", ""))
            self.who.setText(state.get("who", ""))
            self.people = [dict(p) for p in state.get("people", []) if isinstance(p, dict) and p.get("name")]
            for combo, key in ((self.by, "by"), (self.source, "source")):
                index = combo.findData(state.get(key))
                combo.setCurrentIndex(max(0, index))
            self._fill_table()
            self.check_duplicates()
        finally:
            self.restoring = False
        self.status.say(lambda: self.tr("Restored your unsaved draft."))

    def is_empty(self) -> bool:
        return not any(
            (
                self.when.text().strip(),
                self.where.text().strip(),
                self.title.text().strip(),
                self.what.toPlainText().strip(),
                self.who.text().strip(),
                self.people,
            )
        )

    # -- saving ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter: a focused button is pressed; otherwise the incident is saved only when it is ready
        (``enter_pressed``). Ctrl+Enter saves. Esc and the rest as any dialog."""
        if _is_enter(event):
            event.accept()
            if _with_ctrl(event):
                self.save()
            else:
                self.enter_pressed()
            return
        super().keyPressEvent(event)

    def enter_pressed(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.save_button:
            focused.click()
            return
        if self._half_typed():
            return
        if not self.people:
            self._error(
                lambda: self.tr(
                    "Nobody is listed yet: type who it happened to in Who and press Enter there. To save an "
                    "incident that names nobody, press Ctrl+Enter."
                )
            )
            self.who.setFocus()
            return
        self.save()

    @Slot()
    def _enter_on_empty_who(self) -> None:
        if self.people:
            text = lambda: self.tr(  # noqa: E731 - a text that follows the language
                "Enter in Who adds a name; it does not save. Press Ctrl+Enter to save, or Tab to the next field."
            )
        else:
            text = lambda: self.tr("Type a name in Who, then press Enter to add it.")  # noqa: E731
        self.status.say(text)

    def _half_typed(self) -> bool:
        """A name typed in Who but not added: say so (it is neither saved nor dropped)."""
        typed = self.who.text().strip()
        if not typed:
            return False
        self._error(
            lambda: self.tr(
                "“%1” is typed in Who but not added: press Enter there to add it, or clear the field."
            ).replace("%1", typed)
        )
        self.who.setFocus()
        return True

    @Slot()
    def save(self) -> None:
        if not self.session.alive or self._half_typed():
            return
        try:
            date = self.parsed_date()
        except dates.DateParseError as exc:
            self._error(lambda e=exc: date_texts.problem(e))
            self.when.setFocus()
            return
        doubts = self.check_duplicates()
        if doubts and not dialogs.confirm(
            self,
            self.tr("Save as new people?"),
            self.tr(
                "%1 may be someone already known (see the warning under the list). If it is, choose “Use this "
                "person” or “Same person” instead, so that their records stay together."
            ).replace("%1", ", ".join(dict.fromkeys(f"“{m.typed}”" for m in doubts))),
            self.tr("Save as new people"),
            self.tr("Go back"),
        ):
            return
        if not self.session.alive:  # locked while the question was open
            return
        incident = Incident(
            self.case_id,
            self.kind_box.currentData(),
            self.title.text().strip() or self.default_title(),
            date=date,
            place=self.where.text().strip(),
            description=self.what.toPlainText().strip(),
            victims=tuple(
                Victim(p["person_id"], p["name"], p["act"], tuple(p.get("spellings", []))) for p in self.people
            ),
            by=self.by.currentData(),
            source=self.source.currentData(),
        )
        try:
            event_id = self.session.incidents.record(incident)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the draft stays
            self._error(Failure.of(exc).text)
            return
        self.discard_draft()
        self.saved.emit(event_id)
        self.locking = True  # closing after a save asks nothing
        self.accept()

    def _error(self, message: Text) -> None:
        self.status.say(message, is_alert=True)

    def names_added(self) -> list[str]:
        return [p["name"] for p in self.people]

    def person_names(self) -> dict[str, str]:
        return self.session.views.people.person_names(p["person_id"] for p in self.people if p["person_id"])
