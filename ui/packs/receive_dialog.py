"""Verify and receive a pack: choose the file, review what verification found (signer, signature,
every member's hash; nothing is kept) and the persons of the pack who may already be in this vault (keep
separate or merge, per person), then receive it into this vault, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from ui import dialogs
from ui.errors import Failure
from ui.i18n import set_texts
from ui.session import Session
from ui.steps import ProgressPanel, StepDialog, label_for, row, value_field
from ui.widgets import StatusNote, button, heading, note
from ui.workers import WorkerPool

CHOOSE, REVIEW, PRODUCE = range(3)


class ReceiveDialog(StepDialog):
    def __init__(self, session: Session, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        set_texts(self, windowTitle=lambda: self.tr("Verify or receive a pack"))
        self.pack_path: Path | None = None
        self.report: Any = None
        self.matches: list[Any] = []
        self.same_person: dict[str, QComboBox] = {}  # the pack's person id -> keep separate, or merge into
        self.add_step(lambda: self.tr("Choose the pack"), self._choose_page())
        self.add_step(lambda: self.tr("Check it"), self._review_page())
        self.add_step(lambda: self.tr("Receive"), self._produce_page())
        self.go(CHOOSE)
        self.pick_button.setFocus()

    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.path_field = value_field(lambda: self.tr("Pack file"))
        self.pick_button = button(lambda: self.tr("C&hoose pack file…"))
        self.pick_button.clicked.connect(self.pick)
        layout = QVBoxLayout(page)
        layout.addWidget(
            note(
                lambda: self.tr(
                    "The pack is checked completely first: that it was made for this vault, who signed it, and the "
                    "SHA-256 of every file in it. Nothing is kept until you choose to receive it, and then everything "
                    "or nothing is."
                )
            )
        )
        layout.addLayout(row(label_for(lambda: self.tr("Pack:"), self.path_field), self.path_field, self.pick_button))
        layout.addStretch(1)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.verify_panel = ProgressPanel()
        self.verdict = StatusNote()
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        self.signer_field = value_field(lambda: self.tr("Signed by"))
        self.sha_field = value_field(lambda: self.tr("SHA-256 of the pack file"), monospace=True)
        self.findings = QListWidget()
        set_texts(self.findings, accessibleName=lambda: self.tr("What verification found"))
        form = QFormLayout()
        form.addRow(label_for(lambda: self.tr("Signed by:"), self.signer_field), self.signer_field)
        form.addRow(label_for(lambda: self.tr("SHA-256:"), self.sha_field), self.sha_field)
        layout = QVBoxLayout(page)
        layout.addWidget(self.verify_panel)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        layout.addWidget(heading(lambda: self.tr("Checks"), 3))
        layout.addWidget(self.findings, 1)
        self.persons_box = QWidget()
        persons = QVBoxLayout(self.persons_box)
        persons.setContentsMargins(0, 0, 0, 0)
        persons.addWidget(heading(lambda: self.tr("Persons who may already be in this vault"), 3))
        persons.addWidget(
            note(
                lambda: self.tr(
                    "The pack names these persons in spellings close to persons you already have. Merge a person "
                    "only if you are sure it is the same one: the pack's spellings become aliases, and each "
                    "fact keeps the sender it came from."
                )
            )
        )
        self.persons_form = QFormLayout()
        self.persons_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long names above their choice
        persons.addLayout(self.persons_form)
        self.persons_box.hide()
        layout.addWidget(self.persons_box)
        return page

    def _produce_page(self) -> QWidget:
        page = QWidget()
        self.receive_panel = ProgressPanel()
        self.outcome = StatusNote()
        self.received = QListWidget()
        set_texts(self.received, accessibleName=lambda: self.tr("What was received"))
        self.received.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.receive_panel)
        layout.addWidget(self.outcome)
        layout.addWidget(self.received, 1)
        return page

    # -- steps ----------------------------------------------------------------------------

    @Slot()
    def pick(self) -> None:
        chosen = dialogs.choose_files(self, self.tr("Choose a pack file"))
        if chosen:
            self.pack_path = chosen[0]
            self.path_field.setText(str(self.pack_path))
            self.update_buttons()
            self.next_button.setFocus()

    def can_receive(self) -> bool:
        return self.report is not None and self.report.ok and not self.report.already_received

    def update_buttons(self) -> None:
        if hasattr(self, "received"):
            super().update_buttons()

    def next_button_for(self, step: int) -> tuple[str, bool]:
        if step == CHOOSE:
            return self.tr("&Verify…"), self.pack_path is not None
        return (self.tr("&Receive into this vault") if self.can_receive() else ""), True

    @Slot()
    def advance(self) -> None:
        if self.is_running():
            return
        if self.step() == CHOOSE and self.pack_path is not None:
            self.verify()
        elif self.step() == REVIEW and self.can_receive():
            self.receive()

    def verify(self) -> None:
        self.report = None
        self.verdict.clear()
        self.findings.clear()
        self.signer_field.clear()
        self.sha_field.clear()
        self.go(REVIEW)
        vault, path = self.session.vault, self.pack_path

        def job(progress: Any, cancel: Any) -> Any:
            from app.packs.receive import preview_receive

            return preview_receive(vault, path, progress=progress, cancel=cancel)

        self.run(
            job, "verify", self.verify_panel, lambda: self.tr("Checking the pack…"), self._verified, self._verify_failed
        )

    def _verified(self, preview: Any) -> None:
        report = self.report = preview.report
        self._show_matches(preview.matches)
        m = report.manifest
        if report.ok and report.already_received:
            self.verdict.say(
                self.tr(
                    "Every check passed, and this pack was already received on %1: there is nothing new to receive."
                ).replace("%1", report.already_received)
            )
        elif report.ok:
            self.verdict.say(self.tr("Every check passed. You can receive this pack."))
        else:
            self.verdict.say(
                self.tr("%1 checks failed. Do not rely on this pack; nothing of it was kept.").replace(
                    "%1", str(len(report.failures))
                ),
                is_alert=True,
            )
        if report.signer_fingerprint:
            trust = self.tr("trusted") if report.signer_trusted else self.tr("NOT trusted")
            valid = self.tr("signature valid") if report.signature_ok else self.tr("signature NOT valid")
            self.signer_field.setText(f"{report.signer_label or '?'}  {report.signer_fingerprint}  ({trust}, {valid})")
        self.sha_field.setText(report.pack_sha256)
        for failure in report.failures:  # English sentences from the verifier, shown as written
            self.findings.addItem(self.tr("Failed: %1").replace("%1", failure))
        if m is not None:
            self.findings.addItem(
                self.tr("Case %1, profile %2, made %3")
                .replace("%1", m.case_reference or m.case_id)
                .replace("%2", m.profile)
                .replace("%3", m.created)
            )
        for item in report.items:
            size = self.tr("%1 bytes").replace("%1", f"{item.size:,}")
            self.findings.addItem(f"{item.status:>11}   {item.path}   ({size})")
        for warning in report.warnings:
            self.findings.addItem(self.tr("Note: %1").replace("%1", warning))
        self.update_buttons()
        if self.can_receive():
            self.next_button.setFocus()

    def _show_matches(self, matches: list[Any]) -> None:
        """One choice per person of the pack who matches someone here: keep separate (preselected) or merge."""
        from ui.forms.duplicates import explain

        while self.persons_form.rowCount():
            self.persons_form.removeRow(0)
        self.matches, self.same_person = matches, {}
        for match in matches:
            choice = self.same_person.get(match.incoming_id)
            if choice is None:
                choice = QComboBox()
                choice.addItem(self.tr("Keep as a separate person"), None)
                names = " / ".join(match.incoming_names)
                label = QLabel(self.tr("%1 (in the pack)").replace("%1", names))
                label.setBuddy(choice)
                set_texts(choice, accessibleName=lambda names=names: self.tr("What to do with %1").replace("%1", names))
                self.persons_form.addRow(label, choice)
                self.same_person[match.incoming_id] = choice
            text = self.tr("Merge into %1 (%2)").replace("%1", match.existing_label).replace("%2", explain(match.why))
            choice.addItem(text, match.existing_id)
        self.persons_box.setVisible(bool(matches))

    def merge_choices(self) -> dict[str, str]:
        """The pack's person id -> the person here they are to be merged into, as the user chose."""
        return {pid: box.currentData() for pid, box in self.same_person.items() if box.currentData()}

    def _verify_failed(self, failure: Failure, cancelled: bool) -> None:
        if cancelled:
            self.verdict.say(lambda: self.tr("Cancelled."))
        else:
            self.verdict.say(failure.text, is_alert=True)

    def receive(self) -> None:
        self.result = None
        self.outcome.clear()
        self.go(PRODUCE)
        vault, path, chosen = self.session.vault, self.pack_path, self.merge_choices()

        def job(progress: Any, cancel: Any) -> Any:
            from app.packs import receive_pack

            return receive_pack(vault, path, merge=lambda _matches: chosen, progress=progress, cancel=cancel)

        self.run(
            job,
            "receive",
            self.receive_panel,
            lambda: self.tr("Checking again and receiving…"),
            self._received,
            self._receive_failed,
        )

    def _received(self, result: Any) -> None:
        self.result = result
        if result.case_created:
            self.outcome.say(lambda: self.tr("Received. A new case was created from the pack."))
        else:
            self.outcome.say(lambda: self.tr("Received into the existing case."))
        self.received.clear()
        self.received.addItem(
            self.tr("From %1  %2").replace("%1", result.sender_label).replace("%2", result.sender_fingerprint)
        )
        self.received.addItem(
            self.tr("%1 evidence files stored in this vault").replace("%1", str(len(result.evidence_ids)))
        )
        self.received.addItem(self.tr("Pack SHA-256 %1 (kept in the custody trail)").replace("%1", result.pack_sha256))
        for warning in result.warnings:
            self.received.addItem(self.tr("Note: %1").replace("%1", warning))
        labels = {m.existing_id: m.existing_label for m in result.matches}
        for _incoming, existing in result.merged:
            self.received.addItem(
                self.tr("A person of the pack was merged into %1").replace("%1", labels.get(existing, existing))
            )
        separate = {m.incoming_id for m in result.matches} - {incoming for incoming, _e in result.merged}
        if separate:
            self.received.addItem(
                self.tr("%1 persons of the pack who may already be here were kept separate").replace(
                    "%1", str(len(separate))
                )
            )
        self.received.show()
        self.finished_state()

    def _receive_failed(self, failure: Failure, cancelled: bool) -> None:
        if cancelled:
            self.outcome.say(lambda: self.tr("Cancelled; nothing was received."))
        else:
            self.outcome.say(lambda: self.tr("Nothing was received.") + "\n\n" + failure.text(), is_alert=True)

    def forget(self) -> None:
        self.report = None
        self._show_matches([])  # the names of persons are case data: gone with the lock
        self.findings.clear()
        self.received.clear()
        self.signer_field.clear()
