"""The read side: what the interface and the command line show, as frozen values.

Readers query the database and return dataclasses holding codes (vocabulary keys, statuses, kinds),
ids, names and titles as recorded, and fuzzy dates; never a label or a sentence. Whoever shows them
(the Qt models, the command line) says them in its own language. Writes go through ``app.services``.
"""

from __future__ import annotations

from app.views.cases import CaseReader
from app.views.communications import CommunicationReader
from app.views.deadlines import DeadlineReader
from app.views.events import EventReader
from app.views.evidence import EvidenceReader
from app.views.people import PeopleReader
from app.views.proceedings import ProceedingReader
from app.views.sources import SourceReader
from storage.vault import Vault


class Views:
    """Every reader, bound to one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.cases = CaseReader(vault)
        self.people = PeopleReader(vault)
        self.events = EventReader(vault)
        self.proceedings = ProceedingReader(vault)
        self.evidence = EvidenceReader(vault)
        self.sources = SourceReader(vault)
        self.communications = CommunicationReader(vault)
        self.deadlines = DeadlineReader(vault)


__all__ = ["Views"]
