"""Add or correct a communication: a UN letter (AL, UA, OL) with its reference, mandates, the questions
it asks and its reply window; an NGO statement and its recommendations; an appeal. The reply window
gives the date a reply is due, a deadline as soon as the letter is saved."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel

from app.domain import dates
from app.services.communications import CommunicationService, NewCommunication
from ui import fmt
from ui.forms.fields import ChoiceField, DateField, DaysField, NotesField, TextField
from ui.forms.record import RecordForm
from ui.i18n import on_language_change
from ui.widgets import quiet


class CommunicationForm(RecordForm):
    kind = "communication"
    entity = "communications"
    size_wanted = (780, 860)

    def title_text(self) -> str:
        return self.tr("Correct a communication") if self.record_id else self.tr("Add a communication")

    def build(self) -> None:
        vocab = self.session.vocab
        today = self.session.today
        self.letter_kind = self.add(
            "kind", lambda: self.tr("&Kind:"), ChoiceField(vocab.terms("communication_kind"), required=True)
        )
        self.letter_kind.select("AL")
        self.reference = self.add(
            "reference", lambda: self.tr("&Reference:"), TextField(lambda: self.tr("e.g. AL KAZ 2/2026"))
        )
        self.title = self.add(
            "title", lambda: self.tr("&Title:"), TextField(lambda: self.tr("What it is about, in a line"))
        )
        self.date = self.add("date", lambda: self.tr("&Sent:"), DateField(today))
        self.sender = self.add("sender", lambda: self.tr("&From:"), TextField())
        self.addressee = self.add(
            "addressee", lambda: self.tr("T&o:"), TextField(lambda: self.tr("e.g. Government of Kazakhstan"))
        )
        self.mandates = self.add(
            "mandates",
            lambda: self.tr("&Mandates:"),
            NotesField(lambda: self.tr("One per line: the mandates or organisations sending it"), lines=2),
        )
        self.questions = self.add(
            "questions",
            lambda: self.tr("&Questions asked:"),
            NotesField(lambda: self.tr("One question per line"), lines=3),
        )
        self.recommendations = self.add(
            "recommendations",
            lambda: self.tr("Recommendatio&ns:"),
            NotesField(lambda: self.tr("One per line"), lines=2),
        )
        self.reply_window = self.add("window", lambda: self.tr("Reply &window:"), DaysField())
        self.due = self.add("due", lambda: self.tr("Reply &due:"), DateField(today))
        self.computed = quiet(QLabel())
        self.computed.setWordWrap(True)
        self.add_row("", self.computed)
        self.published = self.add("published", lambda: self.tr("&Published:"), DateField(today))
        self.reply = self.add("reply", lambda: self.tr("Reply recei&ved:"), DateField(today))
        self.letter_status = self.add(
            "status",
            lambda: self.tr("St&atus:"),
            ChoiceField(vocab.terms("communication_status"), none=lambda: self.tr("(from the reply window)")),
        )
        self.follow_up = self.add("follow_up", lambda: self.tr("Fo&llow up on:"), DateField(today))
        self.source = self.source_row("source", lambda: self.tr("Source re&cord:"))
        for field in (self.date, self.reply_window, self.due):
            field.changed.connect(self._show_due)
        on_language_change(self, self._show_due)
        self._show_due()

    @Slot()
    def _show_due(self) -> None:
        if not self.due.is_empty():
            self.computed.clear()
            return
        try:
            due = self._letter().due()
        except dates.DateParseError:
            due = None
        self.computed.setText(
            self.tr("A reply is due %1 (the date sent plus the reply window).").replace("%1", fmt.fuzzy(due, long=True))
            if due
            else ""
        )

    def load(self) -> None:
        letter = self.session.views.communications.one(self.record_id or "")
        if letter is None:
            return
        self.letter_kind.select(letter.kind)
        self.reference.restore(letter.reference)
        self.title.restore(letter.title)
        self.date.restore(letter.date)
        self.sender.restore(letter.sender)
        self.addressee.restore(letter.addressee)
        self.mandates.restore(letter.mandates)
        self.questions.restore(letter.questions)
        self.recommendations.restore(letter.recommendations)
        self.reply_window.setValue(letter.reply_window_days or 0)
        computed = (
            dates.add_days(letter.date, letter.reply_window_days) if letter.date and letter.reply_window_days else None
        )
        if letter.reply_due is not None and (computed is None or letter.reply_due.sort_key != computed.sort_key):
            self.due.restore(letter.reply_due)  # typed, not computed: keep it
        self.published.restore(letter.publication_date)
        self.reply.restore(letter.reply_received)
        self.letter_status.select(letter.status or None)
        self.follow_up.restore(letter.follow_up)
        self.source.select(letter.source_id)

    def extra_problems(self) -> list:
        if not self.title.value():
            return [(self.title, lambda: self.tr("A communication needs a title."))]
        return []

    def _letter(self) -> NewCommunication:
        return NewCommunication(
            self.case_id,
            self.letter_kind.key() or "",
            self.title.value(),
            reference=self.reference.value(),
            date=self.date.value(),
            sender=self.sender.value(),
            addressee=self.addressee.value(),
            mandates=self.mandates.lines(),
            questions=self.questions.lines(),
            recommendations=self.recommendations.lines(),
            reply_window_days=self.reply_window.days(),
            reply_due=self.due.value(),
            publication_date=self.published.value(),
            reply_received=self.reply.value(),
            status=self.letter_status.key() or "",
            follow_up=self.follow_up.value(),
            source_id=self.source.key(),
        )

    def write(self) -> str:
        letter = self._letter()
        service = CommunicationService(self.session.vault)
        return self.add_or_edit(lambda: service.add(letter), lambda record_id: service.edit(record_id, letter))
