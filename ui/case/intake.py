"""Evidence intake rows: one per file, each in its own worker thread, with progress and a Cancel
button that really stops the work (the service deletes what it wrote)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.services.evidence import IntakeResult
from storage.progress import CancelToken, Progress
from ui import fmt
from ui.errors import Failure
from ui.i18n import Text, set_texts
from ui.session import Session
from ui.widgets import StatusNote, quiet
from ui.workers import Worker, WorkerPool

MAX_PARALLEL = 2


class IntakeRow(QWidget):
    """Name, progress bar, Cancel; then the SHA-256 (or why it failed) and a Dismiss button."""

    progressed = Signal(str, int, int)  # on the GUI thread

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.worker: Worker | None = None
        self.state = "waiting"  # waiting, running, done, failed, cancelled
        self.result: IntakeResult | None = None
        self.name = QLabel(path.name)
        self.name.setMinimumWidth(160)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        set_texts(self.bar, accessibleName=lambda: self.tr("Progress of %1").replace("%1", path.name))
        self.message = quiet(StatusNote())
        self.message.say(lambda: self.tr("Waiting…"))
        self.cancel_button = QPushButton()
        set_texts(
            self.cancel_button,
            text=lambda: self.tr("Cancel"),
            accessibleName=lambda: self.tr("Cancel adding %1").replace("%1", path.name),
        )
        self.dismiss_button = QPushButton()
        set_texts(self.dismiss_button, text=lambda: self.tr("Dismiss"), accessibleName=lambda: self.tr("Dismiss"))
        self.dismiss_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.name)
        row.addWidget(self.bar, 1)
        row.addWidget(self.message, 2)
        row.addWidget(self.cancel_button)
        row.addWidget(self.dismiss_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.dismiss_button.clicked.connect(self.deleteLater)

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.message.say(lambda: self.tr("Cancelling…"))
        else:
            self._end("cancelled", lambda: self.tr("Cancelled; nothing was kept."))

    def start(self, worker: Worker) -> None:
        self.worker = worker
        self.state = "running"
        self.message.say(lambda: self.tr("Encrypting into the vault…"))
        worker.progress.connect(self.on_progress)
        worker.finished.connect(self.on_finished)
        worker.failed.connect(self.on_failed)

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setValue(int(1000 * min(done, total) / total))
            self.message.say(f"{fmt.size(done)} / {fmt.size(total)}")
        self.progressed.emit(self.path.name, done, total)

    @Slot(object)
    def on_finished(self, result: IntakeResult) -> None:
        self.result = result
        self.bar.setValue(1000)
        self._end(
            "done",
            lambda: (
                self.tr("Stored, %1. SHA-256: %2").replace("%1", fmt.size(result.size)).replace("%2", result.sha256)
            ),
        )
        self.message.setToolTip(result.sha256)

    @Slot(object, bool)
    def on_failed(self, failure: Failure, cancelled: bool) -> None:
        self._end("cancelled" if cancelled else "failed", failure.text, is_alert=not cancelled)

    def _end(self, state: str, message: Text, is_alert: bool = False) -> None:
        self.state = state
        self.worker = None
        self.message.say(message, is_alert=is_alert)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button.hide()
        self.dismiss_button.show()
        if state != "done":
            self.bar.hide()


class IntakePanel(QWidget):
    """The rows of the current case's intakes; hidden when there are none."""

    stored = Signal(str)  # evidence id
    starting = Signal(object)  # IntakeRow, its worker made but not yet started
    progressed = Signal(str, int, int)  # file name, done, total (relayed on the GUI thread)

    def __init__(self, session: Session, pool: WorkerPool) -> None:
        super().__init__()
        self.session, self.pool = session, pool
        self.case_id: str | None = None
        self.rows: list[IntakeRow] = []
        self._queue: deque[IntakeRow] = deque()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.hide()
        session.register(self)

    def add_files(self, case_id: str, paths: list[Path]) -> list[IntakeRow]:
        self.case_id = case_id
        added = []
        for path in paths:
            row = IntakeRow(path)
            row.destroyed.connect(self._forget)
            self.rows.append(row)
            self.layout_.addWidget(row)
            self._queue.append(row)
            added.append(row)
        self.show()
        self._next()
        return added

    def running(self) -> int:
        return sum(1 for r in self.rows if r.state == "running")

    def _next(self) -> None:
        while self._queue and self.running() < MAX_PARALLEL:
            row = self._queue.popleft()
            if row.state != "waiting":
                continue
            evidence, case_id, path = self.session.evidence, self.case_id, row.path

            def job(
                progress: Progress, cancel: CancelToken, case_id=case_id, path=path, evidence=evidence
            ) -> IntakeResult:
                return evidence.add_file(case_id, path, progress=progress, cancel=cancel)

            worker = Worker(job, f"intake:{path.name}")
            row.start(worker)
            row.progressed.connect(self.progressed)
            worker.finished.connect(self._finished)
            worker.done.connect(self._next)
            self.starting.emit(row)
            self.pool.start(worker)

    @Slot(object)
    def _finished(self, result: IntakeResult) -> None:
        if self.session.alive:
            self.stored.emit(result.evidence_id)

    @Slot()
    def _forget(self) -> None:
        self.rows = [r for r in self.rows if _alive(r)]
        if not self.rows:
            self.hide()

    def purge(self) -> None:
        self._queue.clear()
        for row in self.rows:
            if _alive(row):
                row.hide()
                row.deleteLater()
        self.rows = []
        self.hide()


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
