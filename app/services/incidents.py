"""Recording an incident: the event, a person for every new name, an act per person, who did it and
which source says so, in one transaction (a failure keeps nothing). The desktop form and
``casefile incident add`` both record through here."""

from __future__ import annotations

from app.domain.incidents import NEW_PERSON_ROLE, Incident, default_act
from app.domain.scripts import guess_lang, guess_script
from app.services.persons import add_to_existing_person, create_person, ensure_in_case
from app.services.records import InvalidRecord, Records
from storage.vault import Vault


class UnknownReference(InvalidRecord):
    """An incident names a case, person, organisation or source that is not in the vault."""

    code = "incident_unknown_reference"
    template = "There is no {what} {id} in this vault (or not in this case)."


def _spelling(name: str, kind: str, source: str | None) -> dict:
    return {"value": name, "script": guess_script(name), "lang": guess_lang(name), "kind": kind, "source_id": source}


class IncidentService:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.actor = actor
        self.records = Records(vault, actor)

    def record(self, incident: Incident) -> str:
        """Write the incident; returns the new event's id."""
        records = self.records
        source = incident.source
        self._check(incident)
        with self.vault.db.transaction():
            event_id = records.insert(
                "events",
                {
                    "case_id": incident.case_id,
                    "type": incident.kind,
                    "title": incident.title,
                    "date": incident.date.to_json() if incident.date else None,
                    "place": incident.place or None,
                    "description": incident.description or None,
                },
            )
            if source:
                records.insert("attributions", {"source_id": source, "entity": "events", "entity_id": event_id})
            for victim in incident.victims:
                person_id = victim.person_id
                others = [_spelling(n, "transliteration", source) for n in victim.other_spellings if n.strip()]
                if person_id:
                    ensure_in_case(records, incident.case_id, person_id, NEW_PERSON_ROLE)
                    if others:
                        add_to_existing_person(self.vault, None, person_id, others, actor=self.actor)
                else:
                    person_id = create_person(
                        self.vault,
                        incident.case_id,
                        [_spelling(victim.name, "primary", source), *others],
                        actor=self.actor,
                    )
                act = victim.act or default_act(incident.kind)
                act_id = records.insert("acts", {"event_id": event_id, "victim_id": person_id, "type": act})
                if incident.by:
                    records.insert(
                        "involvements", {"act_id": act_id, "organisation_id": incident.by, "role": "perpetrator"}
                    )
                if source:
                    records.insert("attributions", {"source_id": source, "entity": "acts", "entity_id": act_id})
        return event_id

    def _check(self, incident: Incident) -> None:
        """Every id the incident names exists (and the source is the case's): a clear error, not a failed commit."""
        records = self.records
        if records.get("cases", incident.case_id) is None:
            raise UnknownReference(what="case", id=incident.case_id)
        if incident.source:
            source = records.get("sources", incident.source)
            if source is None or source["case_id"] != incident.case_id:
                raise UnknownReference(what="source", id=incident.source)
        if incident.by and records.get("organisations", incident.by) is None:
            raise UnknownReference(what="organisation", id=incident.by)
        for victim in incident.victims:
            if victim.person_id and records.get("persons", victim.person_id) is None:
                raise UnknownReference(what="person", id=victim.person_id)
