"""Long operations off the GUI thread: a small QObject worker per job and a pool that owns them.

Services take plain ``progress(done, total, message)`` callbacks and a ``CancelToken``; the
worker turns them into signals. ``finished``/``failed`` are emitted from ``finally`` so that a
failure can never leave a window waiting forever. Threads are never terminated: the pool
cancels and waits (OnionShare's history with ``QThread.terminate()`` is a list of crashes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from storage.progress import CancelToken, Progress
from ui.errors import Failure

Job = Callable[[Progress, CancelToken], Any]


class Worker(QObject):
    """Runs one job in a worker thread and reports through signals."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # the job's result
    failed = Signal(object, bool)  # Failure (its text() follows the interface language), cancelled
    done = Signal()  # always last

    def __init__(self, job: Job, name: str = "") -> None:
        super().__init__()
        self.job = job
        self.name = name
        self.cancel_token = CancelToken()
        self.running = False
        self.result: Any = None

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def _report(self, done: int, total: int, message: str) -> None:
        self.progress.emit(int(done), int(total), message)

    @Slot()
    def run(self) -> None:
        self.running = True
        # Failures are reported as values that say themselves in the interface language (and again
        # after a language change); an internal error keeps only its class name.
        outcome: tuple[str, Any] = ("failed", (Failure.stopped(), False))
        try:
            self.cancel_token.check()
            self.result = self.job(self._report, self.cancel_token)
            outcome = ("finished", self.result)
        except BaseException as exc:  # noqa: BLE001 - reported to the user as a plain sentence
            failure = Failure.of(exc)
            outcome = ("failed", (failure, failure.cancelled))
        finally:
            self.running = False
            try:
                if outcome[0] == "finished":
                    self.finished.emit(outcome[1])
                else:
                    self.failed.emit(*outcome[1])
            finally:
                self.done.emit()


class WorkerPool(QObject):
    """Keeps a reference to every running worker and its thread until both are done. ``idle`` says
    when the last one has ended, so that whoever waits for them (the lock) never blocks the window."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[Worker, QThread] = {}

    def start(self, worker: Worker) -> Worker:
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Direct: quit from the worker's own thread, even while the GUI thread is waiting on it.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._reap)
        self._jobs[worker] = thread
        thread.start()
        return worker

    @Slot()
    def _reap(self) -> None:
        for worker, thread in list(self._jobs.items()):
            if thread.isFinished():
                thread.wait()
                del self._jobs[worker]
        if not self._jobs:
            self.idle.emit()

    def running(self) -> list[Worker]:
        return [w for w, t in self._jobs.items() if not t.isFinished()]

    def cancel_all(self) -> None:
        """Ask every job to stop; each ends at its next check (a save past its last check finishes)."""
        for worker in list(self._jobs):
            worker.cancel()

    def wait_all(self) -> None:
        """Wait for every thread to end (never terminate one). Only when the app quits: it blocks."""
        for thread in list(self._jobs.values()):
            thread.quit()
            thread.wait()
        self._jobs.clear()
