"""Communications of a case: UN letters, statements and appeals, their questions and reply window."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.dates import FuzzyDate
from app.domain.deadlines import replied
from app.views.base import Reader, fuzzy, texts


@dataclass(frozen=True)
class Communication:
    id: str
    kind: str  # vocabulary 'communication_kind'
    reference: str
    title: str
    date: FuzzyDate | None
    sender: str
    addressee: str
    mandates: tuple[str, ...]
    questions: tuple[str, ...]
    recommendations: tuple[str, ...]
    rights_invoked: tuple[str, ...]
    reply_window_days: int | None
    reply_due: FuzzyDate | None
    publication_date: FuzzyDate | None
    reply_received: FuzzyDate | None
    status: str  # vocabulary 'communication_status'
    follow_up: FuzzyDate | None
    source_id: str | None = None  # the source record this letter also is

    @property
    def replied(self) -> bool:
        """Answered, or closed: its reply window is no longer a deadline."""
        return replied(self.reply_received, self.status)


def _communication(c: dict) -> Communication:
    return Communication(
        c["id"],
        c["kind"],
        c["reference"] or "",
        c["title"],
        fuzzy(c["date"]),
        c["sender"] or "",
        c["addressee"] or "",
        texts(c["mandates"]),
        texts(c["questions"]),
        texts(c["recommendations"]),
        texts(c["rights_invoked"]),
        c["reply_window_days"],
        fuzzy(c["reply_due"]),
        fuzzy(c["publication_date"]),
        fuzzy(c["reply_received"]),
        c["status"] or "",
        fuzzy(c["follow_up"]),
        c["source_id"],
    )


class CommunicationReader(Reader):
    def all(self, case_id: str) -> list[Communication]:
        rows = self._records.rows("communications", "case_id = ?", (case_id,), "rowid")
        return [_communication(c) for c in rows]

    def one(self, communication_id: str) -> Communication | None:
        row = self._records.get("communications", communication_id)
        return _communication(row) if row else None
