"""Add a measure (pre-trial detention, house arrest, an extension of either, a travel ban…) for one or
more people of the case at once, or correct one. Its end follows from the start and the duration unless
typed; its expiry is a deadline as soon as it is saved."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel

from app.domain import dates
from app.domain.durations import measure_end
from app.services.proceedings import NewMeasure, ProceedingService
from ui import fmt
from ui.forms.fields import CheckField, ChoiceField, DateField, NotesField, PeopleField, TextField
from ui.forms.record import RecordForm
from ui.i18n import on_language_change
from ui.widgets import quiet


class MeasureForm(RecordForm):
    kind = "measure"
    entity = "measures"
    size_wanted = (740, 720)

    def title_text(self) -> str:
        return self.tr("Correct a measure") if self.record_id else self.tr("Add a measure")

    def build(self) -> None:
        vocab = self.session.vocab
        views = self.session.views
        if self.record_id is None:
            people = [(p.person_id, p.name) for p in views.people.choices(self.case_id)]
            self.people = self.add("people", lambda: self.tr("&People:"), PeopleField(people, required=True))
            self.people.choose(self.start_with.get("person_ids") or ())
        else:
            self.person = quiet(QLabel())
            self.add_row(lambda: self.tr("Person:"), self.person)
        self.measure_type = self.add(
            "type", lambda: self.tr("&Measure:"), ChoiceField(vocab.terms("measure_type"), required=True)
        )
        self.measure_type.select("pre_trial_detention")
        proceedings = [(p.id, p.title) for p in views.proceedings.all(self.case_id)]
        self.proceeding = self.add(
            "proceeding",
            lambda: self.tr("Pr&oceeding:"),
            ChoiceField(proceedings, none=lambda: self.tr("(none)")),
        )
        self.proceeding.select(proceedings[0][0] if proceedings else None)
        self.start = self.add("start", lambda: self.tr("&From:"), DateField(self.session.today))
        self.duration = self.add(
            "duration", lambda: self.tr("For (&duration):"), TextField(lambda: self.tr("e.g. 10 days, two months"))
        )
        self.end = self.add("end", lambda: self.tr("&Ends:"), DateField(self.session.today))
        self.computed = quiet(QLabel())
        self.computed.setWordWrap(True)
        self.add_row("", self.computed)
        self.extends = self.add(
            "extends",
            lambda: self.tr("Extension:"),
            CheckField(lambda: self.tr("E&xtends the measure of this kind in force")),
        )
        self.state_box = self.add(
            "status",
            lambda: self.tr("&State:"),
            ChoiceField(vocab.terms("measure_status"), none=lambda: self.tr("(not known)")),
        )
        self.state_box.select("active")
        self.notes = self.add("notes", lambda: self.tr("&Notes:"), NotesField(lines=2))
        if self.record_id is None:
            self.source = self.source_row()
            self.quote = self.add(
                "quote",
                lambda: self.tr("Source's &words:"),
                TextField(lambda: self.tr("e.g. “remanded in custody for 10 days”")),
            )
        for field in (self.start, self.duration, self.end):
            field.changed.connect(self._show_end)
        on_language_change(self, self._show_end)
        self._show_end()

    @Slot()
    def _show_end(self) -> None:
        """The end that start and duration give, while no end is typed."""
        if not self.end.is_empty():
            self.computed.clear()
            return
        try:
            end = measure_end(self.start.value(), self.duration.value())
        except dates.DateParseError:
            end = None
        if end is None:
            self.computed.setText(self.tr("Give the end, or the start and a duration (days, weeks, months)."))
        else:
            self.computed.setText(
                self.tr("Ends %1 (from the start and the duration).").replace("%1", fmt.fuzzy(end, long=True))
            )

    def load(self) -> None:
        measure = self.session.views.proceedings.measure(self.record_id or "")
        if measure is None:
            return
        self.person.setText(self.session.views.people.person_name(measure.person_id))
        self.measure_type.select(measure.type)
        self.proceeding.select(measure.proceeding_id)
        self.start.restore(measure.start)
        self.duration.restore(measure.duration)
        self.end.restore(measure.expiry)
        self.extends.setChecked(measure.extends_id is not None)
        self.extends.setEnabled(False)  # what an existing measure extends is not changed here
        self.state_box.select(measure.status or None)
        self.notes.restore(measure.notes)

    def write(self) -> str:
        measure = NewMeasure(
            self.case_id,
            self.people.chosen() if self.record_id is None else (),
            self.measure_type.key(),
            self.proceeding.key(),
            self.start.value(),
            self.duration.value(),
            self.end.value(),
            self.extends.isChecked(),
            self.state_box.key() or "",
            self.notes.value(),
            self.source.key() if self.record_id is None else None,
            self.quote.value() if self.record_id is None else "",
        )
        service = ProceedingService(self.session.vault)
        return self.add_or_edit(
            lambda: service.add_measures(measure)[0], lambda record_id: service.edit_measure(record_id, measure)
        )
