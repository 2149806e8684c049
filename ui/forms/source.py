"""Add or correct a source: an NGO statement, a UN letter, a media report, a court document, or a
first-hand interview (whose informant's identity is secret: kept in the vault, removed on export)."""

from __future__ import annotations

from app.services.sources import NewSource, SourceService
from ui.forms.fields import ChoiceField, DateField, NotesField, TextField
from ui.forms.record import RecordForm

FIRST_HAND = "interview"


class SourceForm(RecordForm):
    kind = "source"
    entity = "sources"
    size_wanted = (680, 520)

    def title_text(self) -> str:
        return self.tr("Correct a source") if self.record_id else self.tr("Add a source")

    def build(self) -> None:
        vocab = self.session.vocab
        self.source_kind = self.add("kind", lambda: self.tr("&Kind:"), ChoiceField(vocab.terms("source_kind")))
        self.source_kind.select(FIRST_HAND if self.start_with.get("first_hand") else "ngo_statement")
        self.title = self.add(
            "title",
            lambda: self.tr("&Title:"),
            TextField(lambda: self.tr("e.g. Interview with a relative, 2 December 2025")),
        )
        self.author = self.add(
            "author", lambda: self.tr("&Author:"), TextField(lambda: self.tr("Organisation, mandate or interviewer"))
        )
        self.date = self.add("date", lambda: self.tr("&Date:"), DateField(self.session.today))
        self.reference = self.add(
            "reference", lambda: self.tr("&Reference:"), TextField(lambda: self.tr("e.g. AL KAZ 2/2026"))
        )
        self.reliability = self.add(
            "reliability",
            lambda: self.tr("Re&liability:"),
            ChoiceField(vocab.terms("reliability"), none=lambda: self.tr("(not assessed)")),
        )
        self.informant = self.add(
            "informant",
            lambda: self.tr("&Who told us:"),
            TextField(lambda: self.tr("Secret: kept in the vault, removed from every report and pack")),
        )
        self.notes = self.add("notes", lambda: self.tr("&Notes:"), NotesField(lines=2))

    def load(self) -> None:
        source = self.session.views.sources.one(self.record_id or "")
        if source is None:
            return
        self.source_kind.select(source.kind)
        self.title.restore(source.title)
        self.author.restore(source.author)
        self.date.restore(source.date)
        self.reference.restore(source.reference)
        self.reliability.select(source.reliability or None)
        self.informant.restore(source.informant)
        self.notes.restore(source.notes)

    def write(self) -> str:
        source = NewSource(
            self.case_id,
            self.source_kind.key(),
            self.title.value(),
            self.author.value(),
            self.date.value(),
            self.reference.value(),
            self.reliability.key() or "",
            self.informant.value(),
            self.notes.value(),
        )
        service = SourceService(self.session.vault)
        return self.add_or_edit(lambda: service.add(source), lambda record_id: service.edit(record_id, source))

    def extra_problems(self) -> list:
        if not self.title.value():
            return [(self.title, lambda: self.tr("A source needs a title."))]
        return []
