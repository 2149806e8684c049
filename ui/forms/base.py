"""Forms whose drafts are saved into the vault as the user types (debounced), so that an
auto-lock or a crash never loses an edit. A draft is deleted when the form is saved or
deliberately discarded; a lock saves it and closes the form, and unlock reopens it."""

from __future__ import annotations

import secrets
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from ui import dialogs
from ui.session import Session

AUTOSAVE_MS = 500


class DraftedDialog(QDialog):
    """Subclasses implement ``state()`` (a JSON-able dict), ``restore(state)`` and ``is_empty()``."""

    kind = "form"
    saved = Signal(str)  # id of what was saved

    def __init__(self, session: Session, draft_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.draft_id = draft_id or f"{self.kind}-{secrets.token_hex(6)}"
        self.dirty = False
        self.locking = False
        self.restoring = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush_draft)

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    @Slot()
    def changed(self) -> None:
        """Connect every field's change signal here."""
        if self.restoring or self.locking:
            return
        self.dirty = True
        self.autosave.start()

    @Slot()
    def flush_draft(self) -> None:
        self.autosave.stop()
        if not self.dirty or not self.session.alive:
            return
        if self.is_empty():
            self.session.drafts.delete(self.draft_id)
        else:
            self.session.drafts.save(self.draft_id, self.kind, self.state())
        self.dirty = False

    def discard_draft(self) -> None:
        self.autosave.stop()
        self.dirty = False
        if self.session.alive:
            self.session.drafts.delete(self.draft_id)

    def close_saved(self, record_id: str) -> None:
        """What was typed is saved: the draft goes, the form says what it saved and closes without asking."""
        self.discard_draft()
        self.saved.emit(record_id)
        self.locking = True
        self.accept()

    def close_for_lock(self) -> None:
        """Keep the draft, close without asking; a form opened from this one (a new source) first."""
        for child in self.findChildren(DraftedDialog):
            if child.isVisible():
                child.close_for_lock()
        self.flush_draft()
        self.locking = True
        super().reject()

    def reject(self) -> None:
        if self.locking:
            super().reject()
            return
        if not self.is_empty() and not dialogs.confirm(
            self,
            self.tr("Discard this draft?"),
            self.tr("What you typed in this form will be thrown away."),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        if not self.session.alive:  # locked while the question was open
            return
        self.discard_draft()
        super().reject()
