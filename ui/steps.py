"""What the report and pack dialogs share: three steps (choose, review, produce), a job run off the
GUI thread with progress and Cancel, and the pickers of their first step.

DESIGN §9: "Reports and packs are dialogs with three steps: choose, review, produce."
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.errors import Failure
from ui.i18n import Text, on_language_change, set_texts
from ui.session import Session
from ui.widgets import StatusNote, button, heading, plain_label
from ui.workers import Job, Worker, WorkerPool


def case_box(session: Session, case_id: str | None) -> QComboBox:
    """The vault's cases to choose from, the given one selected."""
    box = QComboBox()
    for c in session.views.cases.all():
        box.addItem(f"{c.reference} — {c.title}" if c.reference else c.title, c.id)
    if case_id is not None and box.findData(case_id) >= 0:
        box.setCurrentIndex(box.findData(case_id))
    return box


def profile_box(order: tuple[str, ...]) -> QComboBox:
    """The redaction profiles (``app.domain.profiles``) in the dialog's order, the first one selected; the
    dialog sets their texts in the current language."""
    box = QComboBox()
    for p in order:
        box.addItem("", p)
    return box


def mono(widget: QWidget, scale: float = 1.0) -> QWidget:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF() * scale)
    if scale > 1:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    return widget


def value_field(accessible: Text, *, monospace: bool = False) -> QLineEdit:
    """A read-only, selectable line (a path, a hash): it can be copied and read by a screen reader."""
    field = QLineEdit()
    field.setReadOnly(True)
    set_texts(field, accessibleName=accessible)
    if monospace:
        mono(field)
    return field


class ProgressPanel(QWidget):
    """A status line and a progress bar; the dialog's own Cancel button stops the job."""

    def __init__(self) -> None:
        super().__init__()
        self.status = StatusNote()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        set_texts(self.bar, accessibleName=lambda: QCoreApplication.translate("ProgressPanel", "Progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)

    def start(self, text: Text) -> None:
        self.status.say(text)
        self.bar.setRange(0, 0)
        self.bar.show()

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, _message: str) -> None:
        # The services' messages are English and may name files: only the numbers are shown.
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def stop(self) -> None:
        self.bar.hide()
        self.status.clear()


class StepDialog(QDialog):
    """Three steps in one window. Enter presses the highlighted button (Next, Produce), Esc cancels:
    the running job if there is one (the dialog stays to say what happened), else the dialog."""

    job_done = Signal()  # after the job's result or failure was shown

    def __init__(self, session: Session, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.pool = session, pool
        self.result: Any = None  # what the last step produced
        self.worker: Worker | None = None
        self.done_state = False
        self.step_titles: list[Callable[[], str]] = []
        self.step_label = heading("", 2)
        self.pages = QStackedWidget()
        self.back_button = button(lambda: self.tr("&Back"))
        self.next_button = button(lambda: self.tr("&Next"), default=True)
        self.cancel_button = button(lambda: self.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.advance)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(840, 680)
        set_texts(self.step_label, watch=self, text=self._step_text)
        on_language_change(self, self.update_buttons)
        session.register(self)

    # -- steps ----------------------------------------------------------------------------

    def add_step(self, title: Callable[[], str], page: QWidget) -> None:
        self.step_titles.append(title)
        self.pages.addWidget(page)

    def _step_text(self) -> str:
        i = self.pages.currentIndex()
        return (
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(i + 1))
            .replace("%2", str(len(self.step_titles)))
            .replace("%3", self.step_titles[i]() if 0 <= i < len(self.step_titles) else "")
        )

    def step(self) -> int:
        return self.pages.currentIndex()

    def go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.step_label.setText(self._step_text())
        self.update_buttons()

    def next_button_for(self, step: int) -> tuple[str, bool]:
        """Subclasses name Next for each step before the last, and say whether it is enabled."""
        raise NotImplementedError

    def update_buttons(self) -> None:
        """Next as ``next_button_for`` names it; on the last step, none, and Close once there is a result
        (after a failure or a cancel, Back lets the choices be changed and tried again). Back and
        Cancel/Close follow. Called again on a language change, so every button text follows it."""
        step, last = self.step(), len(self.step_titles) - 1
        if step < last:
            self.next_text(*self.next_button_for(step))
        elif self.result is not None:
            self.done_state = True
        else:
            self.next_text("")
        running = self.is_running()
        self.back_button.setVisible(0 < self.step() < len(self.step_titles) - 1 and not self.done_state)
        self.back_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Close") if self.done_state else self.tr("Cancel"))
        self.cancel_button.setAccessibleName(plain_label(self.cancel_button.text()))
        if self.done_state:
            self.next_button.hide()
            self.cancel_button.setDefault(True)
        elif step == last and self.result is None and not running:
            self.back_button.setVisible(True)

    def next_text(self, text: str, enabled: bool = True) -> None:
        """Name Next for this step ("" hides it); it stays the button Enter presses."""
        self.next_button.setText(text)
        self.next_button.setAccessibleName(plain_label(text))
        self.next_button.setVisible(bool(text))
        self.next_button.setEnabled(enabled)
        if text:
            self.next_button.setDefault(True)

    def finished_state(self) -> None:
        """The last step is done: one button left, Close (Enter and Esc both close)."""
        self.done_state = True
        self.update_buttons()
        self.cancel_button.setFocus()

    @Slot()
    def back(self) -> None:
        if not self.is_running() and self.step() > 0:
            self.go(self.step() - 1)

    @Slot()
    def advance(self) -> None:
        raise NotImplementedError

    # -- jobs -----------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.worker is not None  # set back to None when the job's thread has said "done"

    def run(
        self,
        job: Job,
        name: str,
        panel: ProgressPanel,
        text: Text,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Failure, bool], None],
    ) -> Worker:
        worker = Worker(job, name)
        self.worker = worker
        self._job = (panel, on_finished, on_failed)
        panel.start(text)
        # Bound slots of objects living in the GUI thread: Qt queues the signals to it. (A plain
        # function would run in the worker's thread and touch widgets from there.)
        worker.progress.connect(panel.show_progress)
        worker.finished.connect(self._job_finished)
        worker.failed.connect(self._job_failed)
        worker.done.connect(self._job_done)
        self.update_buttons()
        self.pool.start(worker)
        return worker

    @Slot(object)
    def _job_finished(self, result: Any) -> None:
        panel, on_finished, _ = self._job
        panel.stop()
        if self.session.alive:
            on_finished(result)

    @Slot(object, bool)
    def _job_failed(self, failure: Failure, cancelled: bool) -> None:
        panel, _, on_failed = self._job
        panel.stop()
        if self.session.alive:
            on_failed(failure, cancelled)

    @Slot()
    def _job_done(self) -> None:
        self.worker = None
        if self.session.alive:
            self.update_buttons()
        self.job_done.emit()

    def cancel_job(self) -> bool:
        if self.worker is not None:
            self.worker.cancel()
            return True
        return False

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self.is_running() and self.session.alive:
            self.cancel_job()  # stays open to say "Cancelled; nothing was kept."
            return
        self.purge()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.is_running() and self.session.alive:
            self.cancel_job()
            event.ignore()
            return
        super().closeEvent(event)

    def purge(self) -> None:
        """Lock: stop the job (the window's pool waits for it) and forget every name shown."""
        self.cancel_job()
        self.forget()
        if self.isVisible():
            self.hide()

    def forget(self) -> None:
        """Subclasses clear the case data they show."""


class CaseStepDialog(StepDialog):
    """A step dialog whose first step chooses a case, a redaction profile and a language."""

    case_box: QComboBox
    profile_box: QComboBox
    lang_box: QComboBox

    def case_id(self) -> str | None:
        return self.case_box.currentData()

    def profile(self) -> str:
        return self.profile_box.currentData()

    def lang(self) -> str:
        return self.lang_box.currentData()


def row(*widgets: QWidget | None) -> QHBoxLayout:
    layout = QHBoxLayout()
    for w in widgets:
        if w is None:
            layout.addStretch(1)
        else:
            layout.addWidget(w)
    return layout


def label_for(text: Text, field: QWidget) -> QLabel:
    lab = QLabel()
    set_texts(lab, text=text)
    lab.setBuddy(field)
    return lab
