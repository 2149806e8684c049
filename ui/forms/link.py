"""Link an evidence file to the events and people of its case: one list, each line with its dates,
narrowed as you type (a name, a word of a title, a month); what is ticked is linked, what is unticked
is unlinked."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.services.evidence_changes import EvidenceChanges
from app.views.events import EventChoice
from app.views.people import PersonChoice
from ui import fmt
from ui.errors import Failure
from ui.forms.fields import TickField
from ui.i18n import set_texts
from ui.session import Session
from ui.widgets import StatusNote, buddy, label, note, quiet

LINKABLE = ("events", "persons")


def key(entity: str, entity_id: str) -> str:
    return f"{entity}:{entity_id}"


class LinkDialog(QDialog):
    def __init__(self, session: Session, case_id: str, evidence_id: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.case_id, self.evidence_id = session, case_id, evidence_id
        set_texts(self, windowTitle=lambda: self.tr("Link evidence"))
        self.setModal(True)
        self.resize(720, 560)
        views = session.views
        items = [(key("events", e.id), self.event_line(e)) for e in views.events.latest_choices(case_id, limit=5000)]
        items += [(key("persons", p.person_id), self.person_line(p)) for p in views.people.dated_choices(case_id)]
        self.picker = TickField(items, rows=14)
        self.picker.list.setMaximumHeight(16_777_215)  # the list takes the dialog's height
        set_texts(
            self.picker.filter,
            placeholderText=lambda: self.tr("Type a name, a word of a title or a date; Enter ticks the only match"),
            accessibleName=lambda: self.tr("Find an event or a person"),
        )
        set_texts(self.picker.list, accessibleName=lambda: self.tr("Events and people of the case"))
        self.linked = {key(x.entity, x.entity_id) for x in views.evidence.details(evidence_id).links}
        self.picker.choose(self.linked)
        self.status = StatusNote()
        buttons = QDialogButtonBox()
        ok = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        set_texts(ok, text=lambda: self.tr("Save links"))
        ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quiet(note(lambda: self.tr("What “%1” shows or concerns:").replace("%1", name))))
        layout.addWidget(buddy(label(lambda: self.tr("&Find:")), self.picker.filter))
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.picker.filter.setFocus()

    def event_line(self, e: EventChoice) -> str:
        bits = [fmt.fuzzy(e.date) or self.tr("date unknown"), e.title]
        if e.place:
            bits.append(e.place)
        return self.tr("Event: %1").replace("%1", " · ".join(bits))

    def person_line(self, p: PersonChoice) -> str:
        vocab = self.session.vocab
        bits = [p.name]
        roles = ", ".join(dict.fromkeys(vocab.short("role", r) for r in p.roles))
        if roles:
            bits.append(roles)
        if p.first is not None and p.last is not None:
            first, last = fmt.fuzzy(p.first), fmt.fuzzy(p.last)
            bits.append(first if first == last else f"{first} – {last}")
        return self.tr("Person: %1").replace("%1", " · ".join(bits))

    def close_for_lock(self) -> None:
        self.reject()

    @Slot()
    def save(self) -> None:
        if not self.session.alive:
            return
        wanted = {tuple(k.split(":", 1)) for k in self.picker.chosen()}
        try:
            EvidenceChanges(self.session.vault).set_links(self.evidence_id, wanted, LINKABLE)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status.say(Failure.of(exc).text, is_alert=True)
            return
        self.accept()
