"""One unlocked vault and everything the interface built from it, dropped together at lock."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from typing import Protocol

from PySide6.QtGui import QPixmapCache

from app.services.drafts import DraftStore
from app.services.evidence import EvidenceService
from app.services.incidents import IncidentService
from app.views import Views
from storage.clock import Clock
from storage.vault import Vault
from ui.clipboard import ClipboardGuard
from ui.i18n import Vocab


class Purgeable(Protocol):
    def purge(self) -> None:
        """Forget every piece of case data held (rows, labels, pixmaps)."""


class Session:
    """What widgets need from an unlocked vault: its read side (``views``) and its services. Widgets
    never reach the database; ``vault`` is only handed on to services run as jobs (reports, packs,
    intake). Widgets that keep case data register here, so that lock can make them forget it even
    if Python still holds a reference."""

    def __init__(self, vault: Vault, clock: Clock, clipboard: ClipboardGuard, vocab: Vocab) -> None:
        self.vault = vault
        self.clock = clock
        self.clipboard = clipboard
        self.vocab = vocab
        self.views = Views(vault)
        self.drafts = DraftStore(vault)
        self.incidents = IncidentService(vault)
        self.evidence = EvidenceService(vault)
        self.alive = True
        self._holders: weakref.WeakSet = weakref.WeakSet()

    def today(self) -> dt.date:
        return self.clock.now().astimezone().date()

    def register(self, holder: Purgeable) -> None:
        self._holders.add(holder)

    def holders(self) -> list[Purgeable]:
        return list(self._holders)

    def purge(self) -> None:
        """Every holder forgets its case data (at lock, before the vault closes)."""
        self.alive = False
        for holder in list(self._holders):
            try:
                holder.purge()
            except RuntimeError:  # its Qt object is already gone
                pass
        self._holders = weakref.WeakSet()
        QPixmapCache.clear()

    def close(self) -> None:
        """Purge every holder (if not yet), then close the vault (the database and the data key)."""
        if self.alive:
            self.purge()
        gc.unfreeze()  # see ui.models.lazy.settle: what was set aside is collectable again
        gc.collect()
        self.vault.close()
