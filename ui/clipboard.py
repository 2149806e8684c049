"""Copying case data, and taking it back at lock time if it is still ours.

We remember what we put on the clipboard (our own copies, and anything copied from
one of our widgets while we owned the clipboard). On lock, the clipboard is cleared
only if it still holds that text: something the user copied from another program
since then is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: set[bytes] = set()  # digests, so the guard itself holds no case text
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        self._ours.add(_digest(text))
        self.clipboard.setText(text)

    @Slot()
    def _changed(self) -> None:
        # A copy made inside one of our windows (Ctrl+C in a table or a field).
        if self.clipboard.ownsClipboard() and QGuiApplication.focusWindow() is not None:
            text = self.clipboard.text()
            if text:
                self._ours.add(_digest(text))

    def holds_ours(self) -> bool:
        text = self.clipboard.text()
        return bool(text) and _digest(text) in self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds text we put there. Returns whether it did."""
        cleared = False
        if self.holds_ours():
            self.clipboard.clear()
            cleared = True
        self._ours.clear()
        return cleared
