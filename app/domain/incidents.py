"""An incident as one form records it: an event, and what was done to each person in it."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.dates import FuzzyDate
from app.domain.vocab import default_act

__all__ = ["NEW_PERSON_ROLE", "Incident", "Victim", "default_act"]

NEW_PERSON_ROLE = "subject_of_concern"  # vocabulary 'role': someone a new name in an incident brings in


@dataclass(frozen=True)
class Victim:
    """A person an incident happened to: an existing person, or a new one by the name as written."""

    person_id: str | None = None
    name: str = ""  # for a new person: the spelling as written (its script and language are guessed)
    act: str | None = None  # vocabulary 'act_type'; None: the incident kind's default act
    # Other spellings typed for the same person in the form ("Айгүл Серік" and "Aigul Serik"): kept as
    # further names of the new person, or added to the existing one.
    other_spellings: tuple[str, ...] = ()


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
