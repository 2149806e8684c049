"""Vault ▸ Check the vault…: the same checks as ``casefile check``, off the GUI thread, with progress and
Cancel; and, once after each unlock, what opening the vault found (a journal set aside, damage)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QPlainTextEdit, QVBoxLayout, QWidget

from ui.i18n import set_texts
from ui.widgets import button, heading, note
from ui.workers import Worker

if TYPE_CHECKING:
    from app.services.integrity import CheckResult
    from ui.errors import Failure
    from ui.window import MainWindow


class CheckDialog(QDialog):
    """Runs the check when shown; Cancel stops it (the dialog stays to say so), then Close."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.worker: Worker | None = None
        set_texts(self, windowTitle=lambda: self.tr("Check the vault"))
        self.intro = note(
            lambda: self.tr(
                "Every page of the database, every evidence file and the audit log are checked. "
                "Nothing in the vault is changed."
            )
        )
        from ui.steps import ProgressPanel

        self.progress = ProgressPanel()
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        set_texts(self.results, accessibleName=lambda: self.tr("Results of the check"))
        self.close_button = button(lambda: self.tr("Cancel"), default=True)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(lambda: self.tr("Check the vault"), 2))
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.resize(640, 420)

    def start(self) -> None:
        session = self.window_.session
        if session is None:
            return
        vault = session.vault

        def job(progress: Any, cancel: Any) -> CheckResult:
            from app.services.integrity import check_vault

            return check_vault(vault, progress=progress, cancel=cancel)

        self.progress.start(lambda: self.tr("Checking…"))
        self.worker = Worker(job, "check")
        self.worker.progress.connect(self.progress.show_progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.window_.pool.start(self.worker)

    def running(self) -> bool:
        return self.worker is not None and self.worker.running

    def reject(self) -> None:
        if self.running() and self.worker is not None:
            self.worker.cancel()
            return
        super().reject()

    def _done(self, text: str) -> None:
        self.worker = None
        self.progress.stop()
        self.results.setPlainText(text)
        set_texts(self.close_button, text=lambda: self.tr("Close"))

    @Slot(object)
    def _finished(self, result: CheckResult) -> None:
        lines = [
            self.tr("Database: %1 pages, each checked against its authentication code, and its structure.").replace(
                "%1", str(result.pages)
            ),
            self.tr("Evidence: %1 files decrypted and compared with the SHA-256 recorded at intake.").replace(
                "%1", str(result.evidence_files)
            ),
            self.tr("Audit log: %1 entries, their chain and signatures.").replace("%1", str(result.audit_entries)),
            "",
        ]
        if result.ok:
            lines.append(self.tr("All checks passed."))
        else:
            lines.append(self.tr("Problems found: %1").replace("%1", str(len(result.findings))))
            lines += [f"• {f.text}" for f in result.findings]  # English, as ``casefile check`` says them
            lines += ["", self.tr("Keep a copy of the whole vault folder before changing anything.")]
        self._done("\n".join(lines))

    @Slot(object, bool)
    def _failed(self, failure: Failure, cancelled: bool) -> None:
        self._done(self.tr("The check was cancelled; nothing was changed.") if cancelled else failure.text())


def open_check_dialog(window: MainWindow) -> CheckDialog | None:
    if window.session is None:
        return None
    dialog = CheckDialog(window)
    dialog.open()
    dialog.start()
    return dialog


def install(window: MainWindow, menu: QMenu) -> None:
    """The menu entry. (What opening the vault found is told by the window after each unlock.)"""
    window._action(  # noqa: SLF001
        menu, lambda: QCoreApplication.translate("CheckDialog", "&Check the vault…"), lambda: open_check_dialog(window)
    )
