"""Add or correct a proceeding (court, case number, charges, defendants) and its hearings."""

from __future__ import annotations

from PySide6.QtWidgets import QCompleter

from app.services.proceedings import NewHearing, NewProceeding, ProceedingService
from ui.forms.fields import CheckField, ChoiceField, DateField, NotesField, PeopleField, TextField
from ui.forms.record import RecordForm


class ProceedingForm(RecordForm):
    kind = "proceeding"
    entity = "proceedings"
    size_wanted = (740, 720)

    def title_text(self) -> str:
        return self.tr("Correct a proceeding") if self.record_id else self.tr("Add a proceeding")

    def build(self) -> None:
        vocab = self.session.vocab
        views = self.session.views
        self.proceeding_kind = self.add(
            "kind", lambda: self.tr("&Kind:"), ChoiceField(vocab.terms("proceeding_kind"), required=True)
        )
        self.proceeding_kind.select("criminal")
        self.title = self.add(
            "title",
            lambda: self.tr("&Title:"),
            TextField(lambda: self.tr("e.g. Criminal case against 19 activists under art. 174(2)")),
        )
        self.court = self.add(
            "court", lambda: self.tr("C&ourt:"), TextField(lambda: self.tr("e.g. Specialised criminal court"))
        )
        courts = [c.name for c in views.cases.organisations(self.case_id)]
        self.court.setCompleter(QCompleter(courts, self.court))
        self.case_number = self.add("case_number", lambda: self.tr("Case &number:"), TextField())
        self.provisions = self.add(
            "provisions",
            lambda: self.tr("&Charges:"),
            NotesField(lambda: self.tr("One per line, e.g. Criminal Code art. 174(2)"), lines=2),
        )
        self.stage = self.add(
            "status",
            lambda: self.tr("&Stage:"),
            ChoiceField(vocab.terms("proceeding_status"), none=lambda: self.tr("(not known)")),
        )
        self.description = self.add("description", lambda: self.tr("&Description:"), NotesField(lines=2))
        people = [(p.person_id, p.name) for p in views.people.choices(self.case_id)]
        self.defendants = self.add("defendants", lambda: self.tr("De&fendants:"), PeopleField(people))
        if self.record_id is None:
            self.source = self.source_row()
            self.quote = self.add(
                "quote",
                lambda: self.tr("Source's &words:"),
                TextField(lambda: self.tr("What the source says (optional)")),
            )

    def load(self) -> None:
        views = self.session.views.proceedings
        proceeding = views.one(self.record_id or "")
        if proceeding is None:
            return
        details = views.details(proceeding)
        self.proceeding_kind.select(proceeding.kind or None)
        self.title.restore(proceeding.title)
        self.court.restore(details.court)
        self.case_number.restore(proceeding.case_number)
        self.provisions.restore(proceeding.provisions)
        self.stage.select(proceeding.status or None)
        self.description.restore(proceeding.description)
        self.defendants.choose(p.person_id for p in details.parties if p.role == "defendant")

    def extra_problems(self) -> list:
        if not self.title.value():
            return [(self.title, lambda: self.tr("A proceeding needs a title."))]
        return []

    def write(self) -> str:
        proceeding = NewProceeding(
            self.case_id,
            self.title.value(),
            self.proceeding_kind.key(),
            self.court.value(),
            self.case_number.value(),
            self.provisions.lines(),
            self.stage.key() or "",
            self.description.value(),
            self.defendants.chosen(),
            self.source.key() if self.record_id is None else None,
            self.quote.value() if self.record_id is None else "",
        )
        service = ProceedingService(self.session.vault)
        return self.add_or_edit(
            lambda: service.add_proceeding(proceeding), lambda record_id: service.edit_proceeding(record_id, proceeding)
        )


class HearingForm(RecordForm):
    kind = "hearing"
    entity = "hearings"

    def title_text(self) -> str:
        return self.tr("Correct a hearing") if self.record_id else self.tr("Add a hearing")

    def build(self) -> None:
        vocab = self.session.vocab
        proceedings = [(p.id, p.title) for p in self.session.views.proceedings.all(self.case_id)]
        self.proceeding = self.add(
            "proceeding", lambda: self.tr("&Proceeding:"), ChoiceField(proceedings, required=True)
        )
        self.proceeding.select(self.start_with.get("proceeding_id") or (proceedings[0][0] if proceedings else None))
        self.date = self.add("date", lambda: self.tr("&Date:"), DateField(self.session.today, required=True))
        self.place = self.add("place", lambda: self.tr("P&lace:"), TextField(lambda: self.tr("e.g. Taldykorgan")))
        self.outcome = self.add(
            "outcome",
            lambda: self.tr("&Outcome:"),
            ChoiceField(vocab.terms("hearing_outcome"), none=lambda: self.tr("(not known yet)")),
        )
        self.next_date = self.add("next_date", lambda: self.tr("&Next hearing:"), DateField(self.session.today))
        self.closed = self.add(
            "closed", lambda: self.tr("Closed doors:"), CheckField(lambda: self.tr("Held &behind closed doors"))
        )
        self.notes = self.add("notes", lambda: self.tr("No&tes:"), NotesField(lines=2))
        if self.record_id is None:
            self.source = self.source_row()
            self.quote = self.add(
                "quote",
                lambda: self.tr("Source's &words:"),
                TextField(lambda: self.tr("e.g. “The first hearing is scheduled … on 21 January 2026.”")),
            )

    def load(self) -> None:
        hearing = self.session.views.proceedings.hearing(self.record_id or "")
        if hearing is None:
            return
        self.proceeding.select(hearing.proceeding_id)
        self.date.restore(hearing.date)
        self.place.restore(hearing.place)
        self.outcome.select(hearing.outcome or None)
        self.next_date.restore(hearing.next_date)
        self.closed.setChecked(hearing.closed_session)
        self.notes.restore(hearing.notes)

    def write(self) -> str:
        hearing = NewHearing(
            self.proceeding.key(),
            self.date.value(),
            self.place.value(),
            self.outcome.key() or "",
            self.next_date.value(),
            self.closed.isChecked(),
            self.notes.value(),
            self.source.key() if self.record_id is None else None,
            self.quote.value() if self.record_id is None else "",
        )
        service = ProceedingService(self.session.vault)
        return self.add_or_edit(
            lambda: service.add_hearing(hearing), lambda record_id: service.edit_hearing(record_id, hearing)
        )
