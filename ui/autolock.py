"""Auto-lock after a period without input.

An application-wide event filter moves an inactivity deadline forward on every key,
click, wheel or touch; a timer checks the deadline about once a second. Time is read
from an injected clock's ``monotonic()`` so that a system clock change cannot extend
the session and tests can move time by hand. The default idle clock counts time
spent in suspend (CLOCK_BOOTTIME on Linux): a laptop closed for an hour and opened
again is locked, not given back the rest of its five minutes.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from storage.clock import Clock, SystemClock

DEFAULT_IDLE_SECONDS = 5 * 60
CHECK_EVERY_MS = 1000

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.MouseMove,
}


class SuspendAwareClock(SystemClock):
    """SystemClock whose monotonic time keeps running while the computer sleeps."""

    def monotonic(self) -> float:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            try:
                return time.clock_gettime(boottime)
            except OSError:
                pass
        return time.monotonic()


class AutoLock(QObject):
    """Emits ``idle`` once when no input arrived for ``idle_seconds`` while armed."""

    idle = Signal()

    def __init__(
        self, clock: Clock | None = None, idle_seconds: float = DEFAULT_IDLE_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock or SuspendAwareClock()
        self.idle_seconds = idle_seconds
        self.armed = False
        self._deadline = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self) -> None:
        """Start watching (after unlock)."""
        self.armed = True
        self.touch()
        self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def touch(self) -> None:
        self._deadline = self.clock.monotonic() + self.idle_seconds

    def remaining(self) -> float:
        return max(0.0, self._deadline - self.clock.monotonic())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.armed and event.type() in _ACTIVITY:
            self.touch()
        return False

    @Slot()
    def check(self) -> None:
        if self.armed and self.clock.monotonic() >= self._deadline:
            self.disarm()
            self.idle.emit()

    def shutdown(self) -> None:
        self.disarm()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
