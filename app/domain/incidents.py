"""An incident as one form records it: an event, and what was done to each person in it."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.dates import FuzzyDate

# The act a person suffers by default for each kind of incident (vocabularies 'event_type' -> 'act_type').
DEFAULT_ACT = {
    "protest": "arrest",
    "arrest": "arrest",
    "detention": "detention",
    "administrative_sanction": "fine",
    "criminal_charge": "charge",
    "pretrial_measure": "remand_in_custody",
    "measure_extension": "extension",
    "hospitalisation": "hospitalisation",
    "health_deterioration": "health_deterioration",
    "intimidation": "intimidation",
    "harassment": "intimidation",
}
FALLBACK_ACT = "intimidation"
NEW_PERSON_ROLE = "subject_of_concern"  # vocabulary 'role': someone a new name in an incident brings in


def default_act(event_type: str | None) -> str:
    """What was done to each person of an incident of this kind, unless the user says otherwise."""
    return DEFAULT_ACT.get(event_type or "", FALLBACK_ACT)


@dataclass(frozen=True)
class Victim:
    """A person an incident happened to: an existing person, or a new one by the name as written."""

    person_id: str | None = None
    name: str = ""  # for a new person: the spelling as written (its script and language are guessed)
    act: str | None = None  # vocabulary 'act_type'; None: the incident kind's default act


@dataclass(frozen=True)
class Incident:
    case_id: str
    kind: str  # vocabulary 'event_type'
    title: str
    date: FuzzyDate | None = None
    place: str = ""
    description: str = ""
    victims: tuple[Victim, ...] = ()
    by: str | None = None  # the organisation that did it (an involvement as perpetrator in each act)
    source: str | None = None  # the source that says so (an attribution of the event and each act)
