"""Export for Uwazi: choose (cases, profile, Uwazi's default language), review (what is hidden, which
evidence files go), produce (a new folder; written off the GUI thread with progress and Cancel; then
every file with its size and rows). ``install`` adds the entry to the Share menu.

The service (``app.uwazi.export_uwazi``) redacts, checks every cell and writes; when its gate refuses,
its message (which file, row and column) is shown as it is and nothing exists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.profiles import INTERNAL, PARTNER, PUBLIC
from storage.progress import CancelToken, Progress
from ui.dialogs import choose_save_path
from ui.errors import Failure
from ui.i18n import LANGUAGE_NAMES, on_language_change, set_texts
from ui.session import Session
from ui.share import add_vault_action
from ui.steps import ProgressPanel, StepDialog, label_for, profile_box, value_field
from ui.widgets import StatusNote, heading, note
from ui.workers import WorkerPool

if TYPE_CHECKING:
    from ui.window import MainWindow

ORDER = (PARTNER, PUBLIC, INTERNAL)
CHOOSE, REVIEW, PRODUCE = range(3)


class UwaziDialog(StepDialog):
    def __init__(
        self, session: Session, pool: WorkerPool, case_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, pool, parent)
        set_texts(self, windowTitle=lambda: self.tr("Export for Uwazi"))
        self.result: Any = None
        self.add_step(lambda: self.tr("Choose"), self._choose_page(case_id))
        self.add_step(lambda: self.tr("Review"), self._review_page())
        self.add_step(lambda: self.tr("Produce"), self._produce_page())
        self.go(CHOOSE)
        self.cases.setFocus()

    # -- pages ----------------------------------------------------------------------------

    def _choose_page(self, case_id: str | None) -> QWidget:
        page = QWidget()
        self.cases = QListWidget()
        for c in self.session.views.cases.all():
            item = QListWidgetItem(f"{c.reference} — {c.title}" if c.reference else c.title)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if c.id == case_id else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.cases.itemChanged.connect(lambda _i: self.update_buttons())
        self.profile_box = profile_box(ORDER)
        self.lang_box = QComboBox()
        for code in ("en", "ru", "kk"):
            self.lang_box.addItem(LANGUAGE_NAMES[code], code)
        set_texts(self.cases, accessibleName=lambda: self.tr("Cases to export"))
        set_texts(self.profile_box, accessibleName=lambda: self.tr("Redaction profile"))
        set_texts(self.lang_box, accessibleName=lambda: self.tr("Default language of the Uwazi instance"))
        on_language_change(self.profile_box, self._name_profiles)
        self._name_profiles()
        form = QFormLayout()
        form.addRow(label_for(lambda: self.tr("&Profile:"), self.profile_box), self.profile_box)
        form.addRow(label_for(lambda: self.tr("Uwazi's default &language:"), self.lang_box), self.lang_box)
        layout = QVBoxLayout(page)
        layout.addWidget(
            note(
                lambda: self.tr(
                    "Uwazi (HURIDOCS) imports one zip per template and a CSV per thesaurus. They are made from the "
                    "same redacted data as a report at the chosen profile, and every cell is checked before "
                    "anything is written."
                )
            )
        )
        layout.addWidget(label_for(lambda: self.tr("&Cases:"), self.cases))
        layout.addWidget(self.cases, 1)
        layout.addLayout(form)
        return page

    def _name_profiles(self) -> None:
        names = {
            PARTNER: self.tr("Partner: names shown, secrets left out"),
            INTERNAL: self.tr("Internal: everything, original evidence files included"),
            PUBLIC: self.tr("Public: non-consenting people pseudonymised"),
        }
        for i in range(self.profile_box.count()):
            self.profile_box.setItemText(i, names[self.profile_box.itemData(i)])

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.review = QListWidget()
        self.review.setWordWrap(True)  # long lines (Kazakh, Russian) wrap instead of scrolling sideways
        self.review.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_texts(self.review, accessibleName=lambda: self.tr("What the export will hold"))
        layout = QVBoxLayout(page)
        layout.addWidget(heading(lambda: self.tr("The export will hold"), 3))
        layout.addWidget(self.review, 1)
        return page

    def _produce_page(self) -> QWidget:
        page = QWidget()
        self.panel = ProgressPanel()
        self.outcome = StatusNote()
        self.result_box = QWidget()
        self.path_field = value_field(lambda: self.tr("Export folder"))
        self.details = QListWidget()
        self.details.setWordWrap(True)
        set_texts(self.details, accessibleName=lambda: self.tr("Files written"))
        form = QFormLayout(self.result_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label_for(lambda: self.tr("Saved to:"), self.path_field), self.path_field)
        form.addRow(self.details)
        self.result_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.panel)
        layout.addWidget(self.outcome)
        layout.addWidget(self.result_box, 1)
        return page

    # -- choices --------------------------------------------------------------------------

    def case_ids(self) -> list[str]:
        items = (self.cases.item(i) for i in range(self.cases.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_choice(
        self, *, cases: list[str] | None = None, profile: str | None = None, lang: str | None = None
    ) -> None:
        if cases is not None:
            for i in range(self.cases.count()):
                item = self.cases.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in cases
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if profile is not None:
            self.profile_box.setCurrentIndex(self.profile_box.findData(profile))
        if lang is not None:
            self.lang_box.setCurrentIndex(self.lang_box.findData(lang))

    def profile(self) -> str:
        return self.profile_box.currentData()

    def lang(self) -> str:
        return self.lang_box.currentData()

    # -- steps ----------------------------------------------------------------------------

    def next_button_for(self, step: int) -> tuple[str, bool]:
        if step == CHOOSE:
            return self.tr("Re&view…"), bool(self.case_ids())
        return self.tr("&Export…"), True

    @Slot()
    def advance(self) -> None:
        if self.is_running():
            return
        if self.step() == CHOOSE and self.case_ids():
            self._fill_review()
            self.go(REVIEW)
            self.review.setFocus()
        elif self.step() == REVIEW:
            self.produce()

    def _fill_review(self) -> None:
        from app.redaction import redact
        from app.uwazi.view import merged_document

        doc = merged_document(self.session.vault, self.case_ids())
        plan = redact(doc, self.profile(), lang=self.lang()).plan
        evidence = sum(1 for e in doc.get("evidence", []) if e.get("parent_id") is None)
        lines = [
            self.tr("Profile: %1").replace("%1", self.profile_box.currentText()),
            self.tr("Uwazi's default language: %1").replace("%1", LANGUAGE_NAMES[self.lang()]),
            self.tr("%1 of %2 people under a pseudonym, %3 values hidden, %4 names removed from free text")
            .replace("%1", str(len(plan.pseudonymised())))
            .replace("%2", str(len(plan.persons)))
            .replace("%3", str(len(plan.hidden())))
            .replace("%4", str(plan.scrubbed_count())),
        ]
        if self.profile() == INTERNAL:
            lines.append(self.tr("%1 evidence files, as originals (with their metadata)").replace("%1", str(evidence)))
        else:
            lines.append(
                self.tr(
                    "%1 evidence items: pictures as metadata-free copies; other files and pictures with regions to "
                    "black out keep their row without the file"
                ).replace("%1", str(evidence))
            )
        lines.append(
            self.tr("The files are not encrypted: keep them off shared disks and delete them once Uwazi has them.")
        )
        self.review.clear()
        for text in lines:
            self.review.addItem(text)

    def produce(self) -> None:
        folder = choose_save_path(
            self, self.tr("Name a new folder for the Uwazi files"), f"uwazi-{self.profile()}", self.tr("Folders (*)")
        )
        if folder is None or not self.session.alive:
            return
        self.result = None
        self.outcome.clear()
        self.result_box.hide()
        self.go(PRODUCE)
        vault, case_ids, profile, lang = self.session.vault, self.case_ids(), self.profile(), self.lang()

        def job(progress: Progress, cancel: CancelToken) -> Any:
            from app.uwazi import export_uwazi

            # A refusal (the gate, or a folder that will not do) is a CasefileError: said as it is.
            return export_uwazi(vault, case_ids, folder, profile=profile, lang=lang, progress=progress, cancel=cancel)

        self.run(job, "uwazi", self.panel, lambda: self.tr("Writing the Uwazi files…"), self._produced, self._failed)

    def _produced(self, result: Any) -> None:
        self.result = result
        self.outcome.say(lambda: self.tr("The Uwazi files were written. Import them in the order README.txt gives."))
        self.path_field.setText(str(result.folder))
        self.details.clear()
        for f in result.files:
            text = self.tr("%1: %2 bytes, %3 rows") if f.name.endswith((".zip", ".csv")) else self.tr("%1: %2 bytes")
            self.details.addItem(text.replace("%1", f.name).replace("%2", f"{f.size:,}").replace("%3", str(f.rows)))
        for evidence_id, why in result.left_out:
            self.details.addItem(self.tr("No file for evidence %1: %2").replace("%1", evidence_id).replace("%2", why))
        self.result_box.show()
        self.finished_state()

    def _failed(self, failure: Failure, cancelled: bool) -> None:
        if cancelled:
            self.outcome.say(lambda: self.tr("Cancelled. Nothing was written."))
        else:
            self.outcome.say(lambda: self.tr("Nothing was written.") + "\n\n" + failure.text(), is_alert=True)

    def forget(self) -> None:
        self.review.clear()
        self.details.clear()
        self.cases.clear()


def open_uwazi_dialog(window: MainWindow) -> UwaziDialog | None:
    if window.session is None:
        return None
    case_id = window.workspace.current_case() if window.workspace is not None else None
    dialog = UwaziDialog(window.session, window.pool, case_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, like the other Share dialogs; the lock closes it
    return dialog


def install(window: MainWindow) -> None:
    """Add "Export for Uwazi…" to the window's Share menu."""
    add_vault_action(
        window,
        lambda: QCoreApplication.translate("ShareMenu", "Export for &Uwazi…"),
        lambda: open_uwazi_dialog(window),
    )
