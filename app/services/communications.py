"""Communications: UN letters (AL, UA, OL), NGO statements and appeals, with the questions they ask and
the reply window that makes a deadline (``app.domain.deadlines``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.dates import FuzzyDate, add_days
from app.services.changes import ChangeService
from app.services.records import InvalidRecord
from app.services.sources import (
    MissingTitle,
    NotInCase,
    attribute,
    check_code,
    check_source,
    date_json,
    text_lines,
)
from storage.vault import Vault

MAX_REPLY_WINDOW_DAYS = 3650


class BadReplyWindow(InvalidRecord):
    """A reply window that is not a number of days."""

    code = "bad_reply_window"
    template = "The reply window must be a number of days between 1 and 3650."


@dataclass(frozen=True)
class NewCommunication:
    case_id: str
    kind: str  # vocabulary 'communication_kind': AL, UA, OL, statement, appeal
    title: str
    reference: str = ""  # e.g. AL KAZ 2/2026
    date: FuzzyDate | None = None
    sender: str = ""
    addressee: str = ""
    mandates: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    recommendations: tuple[str, ...] = ()
    reply_window_days: int | None = None
    reply_due: FuzzyDate | None = None  # None: the date plus the reply window
    publication_date: FuzzyDate | None = None
    reply_received: FuzzyDate | None = None
    status: str = ""  # vocabulary 'communication_status'; empty: from the reply window and reply
    follow_up: FuzzyDate | None = None
    source_id: str | None = None  # the source record this letter also is (what it says is attributed to it)

    def due(self) -> FuzzyDate | None:
        """When a reply is due: as given, else the letter's date plus its reply window."""
        if self.reply_due is not None:
            return self.reply_due
        if self.date is None or not self.reply_window_days:
            return None
        return add_days(self.date, self.reply_window_days)

    def state(self) -> str | None:
        if self.status:
            return self.status
        if self.reply_received is not None:
            return "replied"
        return "awaiting_reply" if self.reply_window_days else "sent"


def communication_row(c: NewCommunication) -> dict:
    if not c.title.strip():
        raise MissingTitle(what="communication")
    window = c.reply_window_days
    if window is not None and (not isinstance(window, int) or not 0 < window <= MAX_REPLY_WINDOW_DAYS):
        raise BadReplyWindow()
    return {
        "kind": check_code("communication_kind", c.kind, "kind of communication"),
        "reference": " ".join(c.reference.split()) or None,
        "title": c.title.strip(),
        "date": date_json(c.date),
        "sender": c.sender.strip() or None,
        "addressee": c.addressee.strip() or None,
        "mandates": text_lines(c.mandates),
        "questions": text_lines(c.questions),
        "recommendations": text_lines(c.recommendations),
        "reply_window_days": window,
        "reply_due": date_json(c.due()),
        "publication_date": date_json(c.publication_date),
        "reply_received": date_json(c.reply_received),
        "status": check_code("communication_status", c.state(), "state of a communication", optional=True),
        "follow_up": date_json(c.follow_up),
        "source_id": c.source_id or None,
    }


class CommunicationService:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.changes = ChangeService(vault, actor)

    def add(self, c: NewCommunication) -> str:
        row = communication_row(c)
        records = self.changes.records
        if records.get("cases", c.case_id) is None:
            raise NotInCase(what="case", id=c.case_id)
        check_source(records, c.case_id, c.source_id)
        with self.changes.change("create", "communications") as scope:
            scope.entity_id = scope.records.insert("communications", {**row, "case_id": c.case_id})
            attribute(scope.records, c.source_id, "communications", scope.entity_id)
        return scope.entity_id

    def edit(self, communication_id: str, c: NewCommunication) -> bool:
        check_source(self.changes.records, c.case_id, c.source_id)
        return self.changes.edit("communications", communication_id, communication_row(c))
