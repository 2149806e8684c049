"""The redacted-report dialog: choose (case, profile, language), review (who is pseudonymised, what
is hidden, what goes in; a person can be switched between pseudonym and name), produce (off the GUI
thread, with progress and Cancel; then the file, its pages and its SHA-256).

The leak gate runs inside ``export_report``: when it refuses, its message (which field, which page)
is shown as it is and no file exists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.profiles import INTERNAL, PARTNER, PUBLIC
from storage.progress import CancelToken, Progress
from ui.dialogs import choose_save_path
from ui.errors import Failure
from ui.i18n import LANGUAGE_NAMES, counted, on_language_change, set_texts
from ui.reports.field_names import field_word, record_word
from ui.reports.refusals import leak_text
from ui.session import Session
from ui.steps import CaseStepDialog, ProgressPanel, case_box, label_for, profile_box, value_field
from ui.widgets import StatusNote, heading, note, quiet
from ui.workers import WorkerPool

PROFILE_ORDER = (PUBLIC, PARTNER, INTERNAL)  # the least revealing first
REPORT_LANGUAGES = ("en", "ru", "kk")
CHOOSE, REVIEW, PRODUCE = range(3)
PSEUDO_COLUMN, NAME_COLUMN, SHOWN_COLUMN, WHY_COLUMN = range(4)


def real_names(doc: dict) -> dict[str, str]:
    """Each person's name as this vault knows it (primary name first), for the review only."""
    names: dict[str, str] = {}
    for n in sorted(doc.get("person_names", []), key=lambda n: n.get("kind") != "primary"):
        names.setdefault(n["person_id"], n.get("value") or "")
    for p in doc.get("persons", []):
        if not names.get(p["id"]):
            names[p["id"]] = (p.get("description") or p["id"])[:80]
    return names


class ReportDialog(CaseStepDialog):
    def __init__(
        self, session: Session, pool: WorkerPool, case_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, pool, parent)
        set_texts(self, windowTitle=lambda: self.tr("Redacted report"))
        self.overrides: dict[str, str] = {}
        self.shown_values: list[dict] = []  # field overrides: withheld values the user chose to show
        self.doc: dict | None = None
        self.redacted: Any = None
        self.out_path: Path | None = None
        self.failed_message = ""
        self.add_step(lambda: self.tr("Choose"), self._choose_page(case_id))
        self.add_step(lambda: self.tr("Review what will be hidden"), self._review_page())
        self.add_step(lambda: self.tr("Produce"), self._produce_page())
        on_language_change(self, self._show_plan)
        self.go(CHOOSE)
        self.case_box.setFocus()

    # -- pages ----------------------------------------------------------------------------

    def _choose_page(self, case_id: str | None) -> QWidget:
        page = QWidget()
        self.case_box = case_box(self.session, case_id)
        self.profile_box = profile_box(PROFILE_ORDER)
        self.lang_box = QComboBox()
        for code in REPORT_LANGUAGES:  # each language named in itself, like the interface's
            self.lang_box.addItem(LANGUAGE_NAMES[code], code)
        self.profile_note = quiet(note())
        set_texts(self.case_box, accessibleName=lambda: self.tr("Case"))
        set_texts(self.profile_box, accessibleName=lambda: self.tr("Who will read the report"))
        set_texts(self.lang_box, accessibleName=lambda: self.tr("Language of the report"))
        self.profile_box.currentIndexChanged.connect(self._describe_profile)
        on_language_change(self.profile_box, self._name_profiles)
        self._name_profiles()
        form = QFormLayout()
        form.addRow(label_for(lambda: self.tr("&Case:"), self.case_box), self.case_box)
        form.addRow(label_for(lambda: self.tr("&Readers:"), self.profile_box), self.profile_box)
        form.addRow("", self.profile_note)
        form.addRow(label_for(lambda: self.tr("&Language:"), self.lang_box), self.lang_box)
        layout = QVBoxLayout(page)
        layout.addWidget(
            note(
                lambda: self.tr(
                    "The report is redacted in its data before any page is drawn, and the finished file is checked "
                    "for every hidden name and value before it is saved. You will see what is hidden before you "
                    "produce it."
                )
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _name_profiles(self) -> None:
        names = {
            "public": self.tr("Public: anyone (press, public UN documents)"),
            "partner": self.tr("Partner: a trusted organisation"),
            "internal": self.tr("Internal: your own team only"),
        }
        for i in range(self.profile_box.count()):
            self.profile_box.setItemText(i, names[self.profile_box.itemData(i)])
        self._describe_profile()

    def _describe_profile(self) -> None:
        texts = {
            "public": self.tr(
                "People who have not consented to be named are shown by a pseudonym; contacts, "
                "addresses, health and other sensitive details are left out."
            ),
            "partner": self.tr(
                "Names are shown; secrets (sources' identities, contacts, addresses, coordinates) are left out."
            ),
            "internal": self.tr("Everything is shown. Never give this report to anyone outside your team."),
        }
        self.profile_note.setText(texts[self.profile()])

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.summary = note()
        self.persons = QTableWidget(0, 4)
        self.persons.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.persons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons.verticalHeader().hide()
        self.persons.horizontalHeader().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.persons.horizontalHeader().setSectionResizeMode(SHOWN_COLUMN, QHeaderView.ResizeMode.Stretch)
        set_texts(self.persons, accessibleName=lambda: self.tr("People in the report"))
        self.persons.itemChanged.connect(self._person_flipped)
        self.hidden = QListWidget()
        self.included = QListWidget()
        set_texts(self.hidden, accessibleName=lambda: self.tr("Values hidden from the report"))
        set_texts(self.included, accessibleName=lambda: self.tr("What the report includes"))
        for lst in (self.hidden, self.included):
            lst.setMaximumHeight(150)
            lst.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(heading(lambda: self.tr("People"), 3))
        layout.addWidget(
            quiet(
                note(
                    lambda: self.tr(
                        "Tick “Pseudonymise” to hide a person's name behind a pseudonym; untick it to print their "
                        "name. Print a name only with that person's consent: it can put them in danger."
                    )
                )
            )
        )
        layout.addWidget(self.persons, 1)
        # A withheld value written like a shown name: the leak check would refuse; say so here, with the fix.
        self.conflict_note = StatusNote()
        self.show_values = QCheckBox()
        set_texts(
            self.show_values, text=lambda: self.tr("Show these values in this report (only if they need not be secret)")
        )
        self.show_values.toggled.connect(self._show_values_toggled)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.show_values)
        lists = QHBoxLayout()
        for title, lst in ((lambda: self.tr("Hidden"), self.hidden), (lambda: self.tr("Included"), self.included)):
            column = QVBoxLayout()
            column.addWidget(heading(title, 3))
            column.addWidget(lst)
            lists.addLayout(column, 1)
        layout.addLayout(lists)
        return page

    def _produce_page(self) -> QWidget:
        page = QWidget()
        self.panel = ProgressPanel()
        self.outcome = StatusNote()
        self.result_box = QWidget()
        self.path_field = value_field(lambda: self.tr("Saved report"))
        self.sha_field = value_field(lambda: self.tr("SHA-256 of the report"), monospace=True)
        self.pages_note = note()
        form = QFormLayout(self.result_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label_for(lambda: self.tr("Saved to:"), self.path_field), self.path_field)
        form.addRow(label_for(lambda: self.tr("SHA-256:"), self.sha_field), self.sha_field)
        form.addRow("", self.pages_note)
        self.result_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.panel)
        layout.addWidget(self.outcome)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        return page

    # -- choices --------------------------------------------------------------------------

    def set_choice(self, *, profile: str | None = None, lang: str | None = None) -> None:
        if profile is not None:
            self.profile_box.setCurrentIndex(self.profile_box.findData(profile))
        if lang is not None:
            self.lang_box.setCurrentIndex(self.lang_box.findData(lang))

    # -- steps ----------------------------------------------------------------------------

    def next_button_for(self, step: int) -> tuple[str, bool]:
        if step == CHOOSE:
            return self.tr("Re&view…"), self.case_id() is not None
        return self.tr("&Produce report…"), True

    @Slot()
    def advance(self) -> None:
        if self.is_running():
            return
        if self.step() == CHOOSE:
            if self.case_id() is None:
                return
            from app.services.interchange import export_case

            self.doc = export_case(self.session.vault, self.case_id())
            self.overrides, self.shown_values = {}, []
            self.show_values.blockSignals(True)
            self.show_values.setChecked(False)
            self.show_values.blockSignals(False)
            self.recompute()
            self.go(REVIEW)
            self.persons.setFocus()
        elif self.step() == REVIEW:
            self.produce()

    def recompute(self) -> None:
        """The redaction plan for the current choices (fast: data only, no PDF)."""
        from app.redaction import redact
        from app.report.build import report_reserved_words

        assert self.doc is not None
        self.redacted = redact(
            self.doc,
            self.profile(),
            self.overrides,
            self.shown_values,
            lang=self.lang(),
            reserved_words=report_reserved_words(),
        )
        self._show_plan()

    def _reason(self, reason: str) -> str:
        return {
            "consent": self.tr("consented to be named"),
            "no public consent": self.tr("no consent to be named in public"),
            "override": self.tr("your choice"),
            "profile": self.tr("this profile shows names"),
        }.get(reason, reason)

    def _show_plan(self) -> None:
        from app.redaction.pseudonyms import says_role

        if self.redacted is None or self.doc is None:
            return
        plan, names, vocab = self.redacted.plan, real_names(self.doc), self.session.vocab
        self.persons.setHorizontalHeaderLabels(
            [self.tr("Pseudonymise"), self.tr("Name in this vault"), self.tr("In the report"), self.tr("Why")]
        )
        current = self.persons.currentRow()
        self.persons.blockSignals(True)
        self.persons.setRowCount(len(plan.persons))
        # Cells are updated in place: this runs from inside the table's itemChanged, and replacing
        # the item being changed there would delete it under Qt's feet.
        for i, p in enumerate(plan.persons):
            check = self._cell(i, PSEUDO_COLUMN)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if p.pseudonymised else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, p.person_id)
            check.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Pseudonymised") if p.pseudonymised else self.tr("Name shown"),
            )
            role = vocab.label("role", p.role) if p.role else ""
            self._cell(i, NAME_COLUMN).setText(names.get(p.person_id, ""))
            # "Supporter B" already says the role: "Supporter B  (Supporter)" would say it twice.
            said = p.pseudonymised and role and says_role(p.shown_as, role)
            self._cell(i, SHOWN_COLUMN).setText(f"{p.shown_as}  ({role})" if role and not said else p.shown_as)
            self._cell(i, WHY_COLUMN).setText(self._reason(p.reason))
        self.persons.blockSignals(False)
        self.persons.resizeColumnToContents(PSEUDO_COLUMN)
        self.persons.resizeColumnToContents(WHY_COLUMN)
        if 0 <= current < self.persons.rowCount():
            self.persons.setCurrentCell(current, PSEUDO_COLUMN)

        self.hidden.clear()
        for key, n in sorted(plan.hidden_counts().items()):
            entity, _, field = key.partition(".")
            self.hidden.addItem(
                self.tr("%1 of %2 — hidden: %3")
                .replace("%1", field_word(field))
                .replace("%2", record_word(entity))
                .replace("%3", str(n))
            )
        if plan.scrubbed_count():
            self.hidden.addItem(self.tr("%1 names removed from free text").replace("%1", str(plan.scrubbed_count())))
        if plan.dropped_rows:
            self.hidden.addItem(
                self.tr("%1 linked entries left out (they would point to a hidden person or value)").replace(
                    "%1", str(len(plan.dropped_rows))
                )
            )
        if plan.regions:
            self.hidden.addItem(self.tr("%1 image regions blacked out").replace("%1", str(plan.regions)))
        if not self.hidden.count():
            self.hidden.addItem(self.tr("Nothing is hidden at this profile."))

        doc = self.redacted.doc
        self.included.clear()
        for text in (
            counted.people(len(doc.get("persons", []))),
            counted.events(len(doc.get("events", []))),
            self.tr("%1 proceedings, %2 hearings, %3 measures")
            .replace("%1", str(len(doc.get("proceedings", []))))
            .replace("%2", str(len(doc.get("hearings", []))))
            .replace("%3", str(len(doc.get("measures", [])))),
            counted.communications(len(doc.get("communications", []))),
            counted.sources(len(doc.get("sources", []))),
            counted.evidence_files(len(doc.get("evidence", []))),
        ):
            self.included.addItem(text)

        self._show_conflicts(names)
        n_pseudo, n_people = len(plan.pseudonymised()), len(plan.persons)
        self.summary.setText(
            self.tr("%1 of %2 people will appear under a pseudonym; %3 values are hidden. Language of the report: %4.")
            .replace("%1", str(n_pseudo))
            .replace("%2", str(n_people))
            .replace("%3", str(len(plan.hidden())))
            .replace("%4", LANGUAGE_NAMES[self.lang()])
        )

    def _show_conflicts(self, names: dict[str, str]) -> None:
        from app.report.conflicts import name_conflicts

        conflicts = name_conflicts(self.redacted)
        if conflicts:
            c = conflicts[0]
            self.conflict_note.say(
                self.tr(
                    "A withheld value (%1, field %2) is written like the name of %3, whom the report shows: the name "
                    "could give it away, and the leak check may refuse the report. Tick “Pseudonymise” for %3, or "
                    "show these values below."
                )
                .replace("%1", c.owner)
                .replace("%2", c.field)
                .replace("%3", names.get(c.person_id, c.person_label)),
                is_alert=True,
            )
        else:
            self.conflict_note.clear()
        self.conflict_note.setVisible(bool(conflicts))
        self.show_values.setVisible(bool(conflicts) or self.show_values.isChecked())
        self._conflicts = conflicts

    @Slot(bool)
    def _show_values_toggled(self, on: bool) -> None:
        self.shown_values = (
            [
                {"entity": c.entity, "entity_id": c.row_id, "field": c.field.partition(".")[2], "sensitivity": "public"}
                for c in getattr(self, "_conflicts", [])
            ]
            if on
            else []
        )
        self.recompute()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.persons.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.persons.setItem(row, column, item)
        return item

    @Slot(QTableWidgetItem)
    def _person_flipped(self, item: QTableWidgetItem) -> None:
        if item.column() != PSEUDO_COLUMN:
            return
        person_id = item.data(Qt.ItemDataRole.UserRole)
        pseudo = item.checkState() == Qt.CheckState.Checked
        self.overrides[person_id] = "pseudonymise" if pseudo else "show"
        self.recompute()

    def flip_person(self, row: int) -> None:
        """As a click on the row's Pseudonymise box (for keyboard users: Space does the same)."""
        item = self.persons.item(row, PSEUDO_COLUMN)
        pseudo = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if pseudo else Qt.CheckState.Checked)

    # -- produce --------------------------------------------------------------------------

    def produce(self) -> None:
        suggested = f"report-{self.profile()}-{self.lang()}.pdf"  # no case data in a file name
        path = choose_save_path(self, self.tr("Save the report as"), suggested, self.tr("PDF files (*.pdf)"))
        if path is None or not self.session.alive:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.out_path, self.result, self.failed_message = path, None, ""
        self.outcome.clear()
        self.result_box.hide()
        self.go(PRODUCE)
        vault, case_id, profile, lang = self.session.vault, self.case_id(), self.profile(), self.lang()
        overrides, shown_values = dict(self.overrides), list(self.shown_values)

        def job(progress: Progress, cancel: CancelToken) -> Any:
            from app.services.reports import export_report

            return export_report(
                vault,
                case_id,
                profile=profile,
                lang=lang,
                out_path=path,
                person_overrides=overrides,
                field_overrides=shown_values,
                progress=progress,
                cancel=cancel,
            )

        self.run(
            job,
            "report",
            self.panel,
            lambda: self.tr("Building, checking and saving the report…"),
            self._produced,
            self._failed,
        )

    def _produced(self, result: Any) -> None:
        self.result = result
        self.outcome.say(lambda: self.tr("The report passed the leak check and was saved."))
        self.path_field.setText(str(result.path))
        self.sha_field.setText(result.sha256)
        self.pages_note.setText(self.tr("%1 pages").replace("%1", str(result.pages)))
        self.result_box.show()
        self.finished_state()

    def _failed(self, failure: Failure, cancelled: bool) -> None:
        names = real_names(self.doc or {})

        def why() -> str:
            return leak_text(failure.error, pack=False, name_of=lambda p: names.get(p, p)) or failure.text()

        self.failed_message = why()
        if cancelled:
            self.outcome.say(lambda: self.tr("Cancelled. No report was saved."))
        else:
            self.outcome.say(lambda: self.tr("No report was saved.") + "\n\n" + why(), is_alert=True)

    def forget(self) -> None:
        self.doc = self.redacted = None
        self.overrides = {}
        self.persons.setRowCount(0)
        self.hidden.clear()
        self.included.clear()
        self.summary.clear()
