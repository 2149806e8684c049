"""Correcting what an incident or a person form recorded: a person with every spelling of their name,
an event, what was done to someone in it. Each correction is one undoable change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.dates import FuzzyDate
from app.domain.scripts import guess_lang, guess_script
from app.services.changes import ChangeService, NoSuchRecord
from app.services.persons import PersonWithoutName
from app.services.sources import MissingTitle, check_code
from storage.vault import Vault


@dataclass(frozen=True)
class SpellingEdit:
    """One spelling as the form holds it; ``name_id`` is None for a spelling added in the form."""

    value: str
    name_id: str | None = None
    script: str | None = None
    lang: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class PersonEdit:
    spellings: tuple[SpellingEdit, ...]  # a spelling left out (or emptied) is deleted
    kind: str = "individual"  # vocabulary 'person_kind'
    description: str = ""
    public_consent: bool | None = None
    case_id: str | None = None  # with ``role``: the person's role in this case
    role: str | None = None


@dataclass(frozen=True)
class EventEdit:
    kind: str  # vocabulary 'event_type'
    title: str
    date: FuzzyDate | None = None
    place: str = ""
    description: str = ""


@dataclass(frozen=True)
class ActEdit:
    type: str  # vocabulary 'act_type'
    date: FuzzyDate | None = None  # None: the event's date
    description: str = ""


class RecordEdits:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.changes = ChangeService(vault, actor)

    def edit_person(self, person_id: str, e: PersonEdit) -> bool:
        records = self.changes.records
        if records.get("persons", person_id) is None:
            raise NoSuchRecord(entity="person", id=person_id)
        kept = [s for s in e.spellings if " ".join(s.value.split())]
        if not kept and not e.description.strip():
            raise PersonWithoutName()
        check_code("person_kind", e.kind, "kind of person")
        if e.role:
            check_code("role", e.role, "role")
        changed = False
        with self.changes.change("edit", "persons", person_id) as scope:
            w = scope.records
            fields: dict[str, Any] = {"kind": e.kind, "description": e.description.strip() or None}
            if e.public_consent is not None:
                fields["public_consent"] = e.public_consent
            changed |= w.update("persons", person_id, fields)
            existing = {r["id"]: r for r in w.rows("person_names", "person_id = ?", (person_id,), "rowid")}
            wanted = {s.name_id for s in kept if s.name_id}
            for name_id in existing:
                if name_id not in wanted:
                    w.delete("person_names", name_id)
                    changed = True
            for i, s in enumerate(kept):
                value = " ".join(s.value.split())
                row = {
                    "value": value,
                    "script": s.script or guess_script(value),
                    "lang": s.lang or guess_lang(value),
                    "kind": s.kind or ("primary" if i == 0 else "transliteration"),
                }
                if s.name_id and s.name_id in existing:
                    changed |= w.update("person_names", s.name_id, row)
                else:
                    w.insert("person_names", {**row, "person_id": person_id})
                    changed = True
            if e.case_id and e.role:
                roles = w.rows("case_persons", "case_id = ? AND person_id = ?", (e.case_id, person_id), "rowid")
                if roles and e.role not in {r["role"] for r in roles}:
                    changed |= w.update("case_persons", roles[0]["id"], {"role": e.role})
        return changed

    def edit_event(self, event_id: str, e: EventEdit) -> bool:
        if not e.title.strip():
            raise MissingTitle(what="event")
        fields = {
            "type": check_code("event_type", e.kind, "kind of event"),
            "title": e.title.strip(),
            "date": e.date.to_json() if e.date else None,
            "place": e.place.strip() or None,
            "description": e.description.strip() or None,
        }
        return self.changes.edit("events", event_id, fields)

    def edit_act(self, act_id: str, e: ActEdit) -> bool:
        fields = {
            "type": check_code("act_type", e.type, "act"),
            "date": e.date.to_json() if e.date else None,
            "description": e.description.strip() or None,
        }
        return self.changes.edit("acts", act_id, fields)
