"""Correct (or delete) an event an incident recorded, or what was done to one person in it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services.person_edits import ActEdit, EventEdit, RecordEdits
from ui.forms.fields import ChoiceField, DateField, NotesField, TextField
from ui.forms.record import RecordForm
from ui.i18n import set_texts
from ui.widgets import quiet


class EventForm(RecordForm):
    kind = "event"
    entity = "events"

    def title_text(self) -> str:
        return self.tr("Correct an event")

    def build(self) -> None:
        self.event_kind = self.add(
            "kind", lambda: self.tr("&Kind:"), ChoiceField(self.session.vocab.terms("event_type"), required=True)
        )
        self.headline = self.add("title", lambda: self.tr("&Headline:"), TextField())
        self.when = self.add("date", lambda: self.tr("&When:"), DateField(self.session.today))
        self.where = self.add("place", lambda: self.tr("Whe&re:"), TextField())
        self.what = self.add("description", lambda: self.tr("What &happened:"), NotesField(lines=4))

    def load(self) -> None:
        event = self.session.views.events.one(self.record_id or "")
        if event is None:
            return
        self.event_kind.select(event.type)
        self.headline.restore(event.title)
        self.when.restore(event.date)
        self.where.restore(event.place)
        self.what.restore(event.description)

    def extra_problems(self) -> list:
        if not self.headline.value():
            return [(self.headline, lambda: self.tr("An event needs a headline."))]
        return []

    def write(self) -> str:
        edit = EventEdit(
            self.event_kind.key(), self.headline.value(), self.when.value(), self.where.value(), self.what.value()
        )
        RecordEdits(self.session.vault).edit_event(self.record_id or "", edit)
        return self.record_id or ""


class ActForm(RecordForm):
    kind = "act"
    entity = "acts"

    def title_text(self) -> str:
        return self.tr("Correct what was done to a person")

    def build(self) -> None:
        self.person = quiet(QLabel())
        self.add_row(lambda: self.tr("Person:"), self.person)
        self.act_type = self.add(
            "type", lambda: self.tr("&What was done:"), ChoiceField(self.session.vocab.terms("act_type"), required=True)
        )
        self.when = self.add("date", lambda: self.tr("W&hen:"), DateField(self.session.today))
        set_texts(self.when.edit, placeholderText=lambda: self.tr("Leave empty: the event's date"))
        self.what = self.add("description", lambda: self.tr("&Details:"), NotesField(lines=3))

    def load(self) -> None:
        act = self.session.views.events.act(self.record_id or "")
        if act is None:
            return
        self.person.setText(act.victim)
        self.act_type.select(act.type)
        self.when.restore(act.date)
        self.what.restore(act.description)

    def write(self) -> str:
        edit = ActEdit(self.act_type.key(), self.when.value(), self.what.value())
        RecordEdits(self.session.vault).edit_act(self.record_id or "", edit)
        return self.record_id or ""
