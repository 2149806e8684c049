"""Vault ▸ New recovery code…: a new code is made (off the GUI thread: its key is stretched), shown,
and replaces the old one only once its last group is typed back. Cancel, a lock or closing the window
leaves the old code in force. Also the reminder at unlock when a code shown was never confirmed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from app.services import recovery
from ui import dialogs
from ui.errors import Failure
from ui.i18n import set_texts
from ui.screens.recovery_code import RecoveryCodePage
from ui.widgets import StatusNote, button
from ui.workers import Worker, WorkerPool

if TYPE_CHECKING:
    from storage.vault import PendingRecoveryCode, Vault


class NewRecoveryCodeDialog(QDialog):
    """Accepted once the new code is in force; rejected (the old code kept) otherwise."""

    def __init__(self, vault: Vault, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.pool = vault, pool
        self.pending: PendingRecoveryCode | None = None
        set_texts(self, windowTitle=lambda: self.tr("New recovery code"))
        self.page = RecoveryCodePage(
            lambda: self.tr("Write down your new recovery code"),
            lambda: self.tr(
                "It replaces the old code once you have typed its last group below: from then on the old code "
                "no longer opens the vault. Until then, or if you cancel, the old code stays in force."
            ),
            lambda: self.tr("I have written it down: &replace the old code"),
        )
        self.page.confirmed.connect(self._commit)
        self.status = StatusNote()
        self.cancel_button = button(lambda: self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in self.page.widgets:
            layout.addWidget(w)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.page.retype.setEnabled(False)
        self.status.say(lambda: self.tr("Making a new code… This takes a few seconds."))
        self.resize(560, 360)

    def start(self) -> None:
        vault = self.vault

        def job(progress: Any, cancel: Any) -> PendingRecoveryCode:
            return recovery.prepare_new_code(vault)

        worker = Worker(job, "new-recovery-code")
        worker.finished.connect(self._prepared)
        worker.failed.connect(self._failed)
        self.pool.start(worker)

    @Slot(object)
    def _prepared(self, pending: PendingRecoveryCode) -> None:
        if not self.isVisible():  # cancelled or locked while the code was being made
            pending.abandon()
            return
        self.pending = pending
        self.status.clear()
        self.page.retype.setEnabled(True)
        self.page.show_code(pending.code)

    @Slot(object, bool)
    def _failed(self, failure: Failure, cancelled: bool) -> None:
        self.status.say(failure.text, is_alert=True)

    @Slot()
    def _commit(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        self.page.clear()
        try:
            recovery.commit_new_code(pending)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the old code stays in force
            self.status.say(Failure.of(exc).text, is_alert=True)
            return
        super().accept()

    def done(self, result: int) -> None:
        """Every way out (Cancel, Escape, a lock closing the dialog) drops a code not confirmed."""
        pending, self.pending = self.pending, None
        self.page.clear()
        if pending is not None:
            pending.abandon()
        super().done(result)


def new_recovery_code(parent: QWidget, vault: Vault, pool: WorkerPool) -> bool:
    """Runs the dialog; whether a new code is now in force."""
    dialog = NewRecoveryCodeDialog(vault, pool, parent)
    dialog.show()
    dialog.start()
    return dialog.exec() == QDialog.DialogCode.Accepted


def remind_if_unconfirmed(parent: QWidget, vault: Vault, pool: WorkerPool) -> None:
    """At unlock: a recovery code was shown and never confirmed as written down. It cannot be shown
    again, so the remedy offered is a new one."""
    if recovery.is_confirmed(vault):
        return
    if dialogs.confirm(
        parent,
        QCoreApplication.translate("NewRecoveryCodeDialog", "Recovery code not confirmed"),
        QCoreApplication.translate(
            "NewRecoveryCodeDialog",
            "When this vault was made, its recovery code was shown but Casefile was closed before you "
            "confirmed writing it down. If you forget the passphrase, only that code opens the vault. "
            "Make a new recovery code now and write it down?",
        ),
        QCoreApplication.translate("NewRecoveryCodeDialog", "Make a new code"),
        QCoreApplication.translate("NewRecoveryCodeDialog", "Remind me next time"),
    ):
        new_recovery_code(parent, vault, pool)
