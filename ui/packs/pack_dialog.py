"""The handoff-pack dialog: choose (case, profile, report language, trusted partners), review (who can
open it, what goes in, what is hidden), produce (off the GUI thread; then the file, its pack id and
its SHA-256 to give the partner by another channel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.profiles import INTERNAL, PARTNER, PUBLIC
from storage.progress import CancelToken, Progress
from ui.dialogs import choose_save_path
from ui.errors import Failure
from ui.i18n import LANGUAGE_NAMES, on_language_change, set_texts
from ui.reports.refusals import leak_text
from ui.session import Session
from ui.steps import CaseStepDialog, ProgressPanel, case_box, label_for, profile_box, row, value_field
from ui.widgets import StatusNote, button, heading, note, quiet
from ui.workers import WorkerPool

PROFILE_ORDER = (PARTNER, INTERNAL, PUBLIC)  # the usual choice first
CHOOSE, REVIEW, PRODUCE = range(3)


class PackDialog(CaseStepDialog):
    def __init__(
        self, session: Session, pool: WorkerPool, case_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, pool, parent)
        self.fates: list[Any] = []  # what the review said would happen to each evidence file
        set_texts(self, windowTitle=lambda: self.tr("Handoff pack"))
        self.add_step(lambda: self.tr("Choose"), self._choose_page(case_id))
        self.add_step(lambda: self.tr("Review"), self._review_page())
        self.add_step(lambda: self.tr("Produce"), self._produce_page())
        self.reload_partners()
        self.go(CHOOSE)
        self.case_box.setFocus()

    # -- pages ----------------------------------------------------------------------------

    def _choose_page(self, case_id: str | None) -> QWidget:
        page = QWidget()
        self.case_box = case_box(self.session, case_id)
        self.profile_box = profile_box(PROFILE_ORDER)
        self.lang_box = QComboBox()
        for code in ("en", "ru", "kk"):
            self.lang_box.addItem(LANGUAGE_NAMES[code], code)
        self.with_report = QCheckBox()
        self.with_report.setChecked(True)
        self.originals = QCheckBox()
        self.recipients = QListWidget()
        self.recipients.itemChanged.connect(lambda _i: self.update_buttons())
        self.no_partner = quiet(
            note(
                lambda: self.tr(
                    "No trusted partner yet. Import your partner's contact card and confirm its fingerprint first."
                )
            )
        )
        self.cards_button = button(lambda: self.tr("Contact car&ds…"))
        self.cards_button.clicked.connect(self._open_cards)
        set_texts(self.case_box, accessibleName=lambda: self.tr("Case"))
        set_texts(self.profile_box, accessibleName=lambda: self.tr("Redaction profile"))
        set_texts(self.lang_box, accessibleName=lambda: self.tr("Language of the report in the pack"))
        set_texts(self.with_report, text=lambda: self.tr("Include the redacted &report (PDF)"))
        set_texts(
            self.originals,
            text=lambda: self.tr("Send &original evidence files (with their metadata) instead of metadata-free copies"),
        )
        set_texts(self.recipients, accessibleName=lambda: self.tr("Partners who can open the pack"))
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        on_language_change(self.profile_box, self._name_profiles)
        self._name_profiles()
        form = QFormLayout()
        form.addRow(label_for(lambda: self.tr("&Case:"), self.case_box), self.case_box)
        form.addRow(label_for(lambda: self.tr("&Profile:"), self.profile_box), self.profile_box)
        form.addRow(label_for(lambda: self.tr("Report &language:"), self.lang_box), self.lang_box)
        form.addRow("", self.with_report)
        form.addRow("", self.originals)
        layout = QVBoxLayout(page)
        layout.addWidget(
            note(
                lambda: self.tr(
                    "A pack is one encrypted file that only the partners you choose can open, signed by this vault so "
                    "that they can check nothing was changed on the way."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(label_for(lambda: self.tr("&Encrypt for these partners:"), self.recipients))
        layout.addWidget(self.recipients, 1)
        layout.addWidget(self.no_partner)
        layout.addLayout(row(None, self.cards_button))
        return page

    def _name_profiles(self) -> None:
        names = {
            "partner": self.tr("Partner: names shown, secrets left out"),
            "internal": self.tr("Internal: everything, originals included"),
            "public": self.tr("Public: non-consenting people pseudonymised"),
        }
        for i in range(self.profile_box.count()):
            self.profile_box.setItemText(i, names[self.profile_box.itemData(i)])

    def _profile_changed(self) -> None:
        profile = self.profile()
        # A public pack never carries originals; an internal one always does (app.packs.build_pack).
        self.originals.setEnabled(profile == "partner")
        self.originals.setChecked(profile == "internal" or (profile == "partner" and self.originals.isChecked()))

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.review = QListWidget()
        self.review.setWordWrap(True)  # long descriptions and reasons wrap instead of running off the side
        self.review.setResizeMode(QListWidget.ResizeMode.Adjust)
        set_texts(self.review, accessibleName=lambda: self.tr("What the pack will hold"))
        layout = QVBoxLayout(page)
        layout.addWidget(heading(lambda: self.tr("The pack will hold"), 3))
        layout.addWidget(self.review, 1)
        return page

    def _produce_page(self) -> QWidget:
        page = QWidget()
        self.panel = ProgressPanel()
        self.outcome = StatusNote()
        self.result_box = QWidget()
        self.path_field = value_field(lambda: self.tr("Saved pack"))
        self.pack_id_field = value_field(lambda: self.tr("Pack id"), monospace=True)
        self.sha_field = value_field(lambda: self.tr("SHA-256 of the pack"), monospace=True)
        self.details = QListWidget()
        self.details.setWordWrap(True)
        set_texts(self.details, accessibleName=lambda: self.tr("Details of the pack"))
        form = QFormLayout(self.result_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label_for(lambda: self.tr("Saved to:"), self.path_field), self.path_field)
        form.addRow(label_for(lambda: self.tr("Pack id:"), self.pack_id_field), self.pack_id_field)
        form.addRow(label_for(lambda: self.tr("SHA-256:"), self.sha_field), self.sha_field)
        form.addRow(self.details)
        self.result_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.panel)
        layout.addWidget(self.outcome)
        layout.addWidget(self.result_box, 1)
        return page

    # -- choices --------------------------------------------------------------------------

    def reload_partners(self) -> None:
        from app.packs import PartnerBook

        chosen = set(self.chosen_ids())
        self.recipients.blockSignals(True)
        self.recipients.clear()
        self.partners = {p.id: p for p in PartnerBook(self.session.vault).all()}
        for p in self.partners.values():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.trusted:
                item.setText(f"{p.label}    {p.fingerprint}")
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            else:  # a pack is encrypted only to partners whose fingerprint was confirmed
                item.setText(
                    self.tr("%1    %2  (not trusted yet: confirm its fingerprint in Contact cards)")
                    .replace("%1", p.label)
                    .replace("%2", p.fingerprint)
                )
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        self.no_partner.setVisible(not any(p.trusted for p in self.partners.values()))
        self.update_buttons()

    def chosen_ids(self) -> list[str]:
        if not hasattr(self, "recipients"):
            return []
        out = []
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def choose_partner(self, fingerprint: str, on: bool = True) -> None:
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if self.partners[item.data(Qt.ItemDataRole.UserRole)].fingerprint == fingerprint:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @Slot()
    def _open_cards(self) -> None:
        from ui.packs.cards_dialog import CardsDialog

        dialog = CardsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload_partners() if self.session.alive else None)
        dialog.open()

    # -- steps ----------------------------------------------------------------------------

    def update_buttons(self) -> None:
        if hasattr(self, "panel"):
            super().update_buttons()

    def next_button_for(self, step: int) -> tuple[str, bool]:
        if step == CHOOSE:
            return self.tr("Re&view…"), self.case_id() is not None and bool(self.chosen_ids())
        return self.tr("&Make pack…"), True

    @Slot()
    def advance(self) -> None:
        if self.is_running():
            return
        if self.step() == CHOOSE and self.case_id() is not None and self.chosen_ids():
            self._fill_review()
            self.go(REVIEW)
            self.review.setFocus()
        elif self.step() == REVIEW:
            self.produce()

    def _fill_review(self) -> None:
        from app.redaction import redact
        from app.services.interchange import export_case

        doc = export_case(self.session.vault, self.case_id())
        profile, lang = self.profile(), self.lang()
        plan = redact(doc, profile, lang=lang).plan
        self.review.clear()
        lines = [self.tr("Only these partners can open it:")]
        lines += [f"    {self.partners[i].label}    {self.partners[i].fingerprint}" for i in self.chosen_ids()]
        lines.append(self.tr("Profile: %1").replace("%1", self.profile_box.currentText()))
        if self.with_report.isChecked():
            lines.append(
                self.tr("The redacted report (PDF, %1): %2 of %3 people under a pseudonym, %4 values hidden")
                .replace("%1", LANGUAGE_NAMES[lang])
                .replace("%2", str(len(plan.pseudonymised())))
                .replace("%3", str(len(plan.persons)))
                .replace("%4", str(len(plan.hidden())))
            )
        else:
            lines.append(self.tr("No report"))
        lines.append(self.tr("The custody trail of each evidence file, and this vault's signature"))
        for text in lines:
            self.review.addItem(text)
        self._review_evidence(profile)

    def _review_evidence(self, profile: str) -> None:
        """Each evidence file by its description: how it goes, or that it does not and why. Where no
        metadata-free copy can be made, a partner pack may carry the original instead (a tick)."""
        from app.packs import preview

        self.fates = preview.evidence_fates(self.session.vault, self.case_id(), profile, self.originals.isChecked())
        if not self.fates:
            self.review.addItem(self.tr("No evidence files in this case"))
            return
        going = [f for f in self.fates if f.goes]
        staying = [f for f in self.fates if not f.goes]
        self.review.addItem(self.tr("Evidence that will go (%1):").replace("%1", str(len(going))))
        for f in going:
            how = {
                preview.COPY: self.tr("metadata-free copy (with the original's SHA-256)"),
                preview.REDACTED_TEXT: self.tr("a copy of its text, with hidden names, contacts and places withheld"),
            }.get(f.fate) or self.tr("the original, with its metadata")
            self.review.addItem(f"    • {f.description}: {how}")
        if not staying:
            return
        self.review.addItem(self.tr("Evidence that will NOT go (%1):").replace("%1", str(len(staying))))
        for f in staying:
            item = QListWidgetItem(f"    • {f.description}: {self._why_not(f, profile)}")
            item.setData(Qt.ItemDataRole.UserRole, f.evidence_id)
            if f.original_can_be_chosen and profile == "partner":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.review.addItem(item)

    def _why_not(self, fate: Any, profile: str) -> str:
        if fate.fate == "no_file":
            return self.tr("its file is not in this vault (imported as a record only)")
        if fate.fate == "too_large":
            if profile == "partner":
                return self.tr(
                    "too large for a metadata-free copy. Tick to send the original, with its metadata, instead"
                )
            return self.tr("too large for a metadata-free copy, and a public pack never carries originals")
        if profile == "partner":
            return self.tr(
                "no metadata-free copy can be made of this kind of file (%1). Tick to send the original, "
                "with its metadata, instead"
            ).replace("%1", fate.media_type)
        return self.tr(
            "no metadata-free copy can be made of this kind of file (%1), and a public pack never carries originals"
        ).replace("%1", fate.media_type)

    def originals_chosen(self) -> bool | set[str]:
        """Every original (the box above), or those ticked in the review."""
        if self.originals.isChecked():
            return True
        chosen = set()
        for i in range(self.review.count()):
            item = self.review.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                chosen.add(item.data(Qt.ItemDataRole.UserRole))
        return chosen

    def produce(self) -> None:
        profile = self.profile()
        path = choose_save_path(
            self,
            self.tr("Save the pack as"),
            f"pack-{profile}.casefile-pack",
            self.tr("Casefile packs (*.casefile-pack)"),
        )
        if path is None or not self.session.alive:
            return
        self.result = None
        self.outcome.clear()
        self.result_box.hide()
        self.go(PRODUCE)
        vault, case_id, lang = self.session.vault, self.case_id(), self.lang()
        recipients = [self.partners[i] for i in self.chosen_ids()]
        with_report, originals = self.with_report.isChecked(), self.originals_chosen()

        def job(progress: Progress, cancel: CancelToken) -> Any:
            from app.services.packs import make_pack

            return make_pack(
                vault,
                case_id,
                recipients,
                Path(path),
                profile=profile,
                lang=lang,
                with_report=with_report,
                include_originals=originals,
                progress=progress,
                cancel=cancel,
            )

        self.run(
            job, "pack", self.panel, lambda: self.tr("Encrypting and signing the pack…"), self._produced, self._failed
        )

    def _produced(self, result: Any) -> None:
        self.result = result
        self.outcome.say(
            lambda: self.tr(
                "The pack was saved. Send it any way you like; tell your partner its SHA-256 by another channel."
            )
        )
        self.path_field.setText(str(result.path))
        self.pack_id_field.setText(result.pack_id)
        self.sha_field.setText(result.sha256)
        self.details.clear()
        self.details.addItem(
            self.tr("%1 bytes, %2 files inside").replace("%1", f"{result.size:,}").replace("%2", str(len(result.items)))
        )
        described = {f.evidence_id: f for f in self.fates}
        for evidence_id, _why in result.left_out:  # the builder's reason is for the log; the user reads theirs
            fate = described.get(evidence_id)
            what = fate.description if fate is not None else evidence_id
            why = (
                self.tr("its file is not in this vault (imported as a record only)")
                if fate is not None and fate.fate == "no_file"
                else self.tr("no metadata-free copy could be made of it")
            )
            self.details.addItem(self.tr("Left out: %1 (%2)").replace("%1", what).replace("%2", why))
        self.result_box.show()
        self.finished_state()

    def _failed(self, failure: Failure, cancelled: bool) -> None:
        if cancelled:
            self.outcome.say(lambda: self.tr("Cancelled. No pack was saved."))
        else:
            self.outcome.say(
                lambda: (
                    self.tr("No pack was saved.") + "\n\n" + (leak_text(failure.error, pack=True) or failure.text())
                ),
                is_alert=True,
            )

    def forget(self) -> None:
        self.review.clear()
        self.details.clear()
        self.recipients.clear()
        self.partners = {}
