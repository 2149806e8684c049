"""Progress callbacks and cancel tokens for long operations.

Services take a plain ``progress(done, total, message)`` callable and a
``CancelToken``; the UI wraps them in Qt signals. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the operation; nothing was kept."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that ignores its reports."""


class CancelToken:
    """Set from any thread; checked by the worker between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")
