"""The Uwazi templates and thesauri a Casefile export fills, declared once.

The export's CSV columns, the checks in the tests and the set-up table in
``docs/for-partners.md`` all come from here. A property's name is what Uwazi
makes of its label (``safeName``); Uwazi refuses two properties of one name with
different types, thesauri or relationship types across templates, so a label
used in several templates (Description, Date, Case, Sources, Notes) means the
same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.profiles import INTERNAL, PROFILES
from app.uwazi.rules import safe_name

# Uwazi property types used here (Uwazi's own names).
TEXT, MARKDOWN, NUMERIC, DATE, DATERANGE, MULTIDATERANGE = (
    "text",
    "markdown",
    "numeric",
    "date",
    "daterange",
    "multidaterange",
)
SELECT, MULTISELECT, RELATIONSHIP, GEOLOCATION = "select", "multiselect", "relationship", "geolocation"

INTERNAL_ONLY = frozenset({INTERNAL})
EVERY_PROFILE = frozenset(PROFILES)


@dataclass(frozen=True)
class Thesaurus:
    """A thesaurus to create in Uwazi and fill from ``thesauri/<file>``."""

    name: str
    vocabulary: str | None = None  # the Casefile vocabulary it comes from; None: made from the case data
    doc: str = ""

    @property
    def file(self) -> str:
        return f"{safe_name(self.name)}.csv"


@dataclass(frozen=True)
class Property:
    label: str
    type: str
    thesaurus: Thesaurus | None = None
    target: str | None = None  # relationship: the template it points to
    relation: str | None = None  # relationship: the relationship type
    profiles: frozenset[str] = EVERY_PROFILE
    doc: str = ""

    @property
    def name(self) -> str:
        # Uwazi appends the type to the names of geolocation properties (templates/utils.ts).
        base = safe_name(self.label)
        return f"{base}_geolocation" if self.type == GEOLOCATION else base


@dataclass(frozen=True)
class Template:
    name: str
    zip_name: str
    properties: tuple[Property, ...]
    title_doc: str
    title_per_language: bool = False  # one title column per language (names and pseudonyms differ by script)

    def columns(self, profile: str) -> tuple[Property, ...]:
        return tuple(p for p in self.properties if profile in p.profiles)

    def property(self, name: str) -> Property:
        for p in self.properties:
            if p.name == name:
                return p
        raise KeyError(name)


EVENT_TYPE = Thesaurus("Event type", "event_type")
ACT_TYPE = Thesaurus("Act type", "act_type")
ROLE = Thesaurus("Role", "role")
PERSON_KIND = Thesaurus("Person kind", "person_kind")
PROCEEDING_KIND = Thesaurus("Proceeding kind", "proceeding_kind")
PROCEEDING_STATUS = Thesaurus("Proceeding status", "proceeding_status")
COMMUNICATION_KIND = Thesaurus("Communication kind", "communication_kind")
COMMUNICATION_STATUS = Thesaurus("Communication status", "communication_status")
YES_NO = Thesaurus("Yes or no", doc="two terms: yes, no")
CASE = Thesaurus("Case", doc="the exported cases, as 'reference — title'")
ORGANISATION = Thesaurus("Organisation", doc="organisations, grouped by kind (Court::…, Police::…)")
CHARGE = Thesaurus("Charged provision", doc="the provisions charged in the proceedings")
SOURCE = Thesaurus("Source", doc="the sources of the case, by title")

THESAURI = (
    EVENT_TYPE,
    ACT_TYPE,
    ROLE,
    PERSON_KIND,
    PROCEEDING_KIND,
    PROCEEDING_STATUS,
    COMMUNICATION_KIND,
    COMMUNICATION_STATUS,
    YES_NO,
    CASE,
    ORGANISATION,
    CHARGE,
    SOURCE,
)

PERSON, EVENT, PROCEEDING, COMMUNICATION, EVIDENCE = "Person", "Event", "Proceeding", "Communication", "Evidence"

_CASE = Property("Case", MULTISELECT, CASE, doc="the case(s) it belongs to")
_SOURCES = Property("Sources", MULTISELECT, SOURCE, doc="sources that state something about it")
_DESCRIPTION = Property("Description", MARKDOWN)
_NOTES = Property("Notes", TEXT, doc="identifying: empty in public exports")
_DATE = Property("Date", DATERANGE, doc="a fuzzy date as the range it spans")
_DATE_TEXT = Property("Date as written", TEXT, doc="e.g. 'late November 2025', 'about July 2025'")

TEMPLATES: tuple[Template, ...] = (
    Template(
        PERSON,
        "persons.zip",
        (
            Property("Person kind", SELECT, PERSON_KIND),
            Property("Role", MULTISELECT, ROLE, doc="roles in the exported cases"),
            _CASE,
            _DESCRIPTION,
            Property("Other names", TEXT, doc="other spellings, ';'-separated"),
            Property("Gender", TEXT),
            Property("Birth date", DATERANGE),
            Property("Citizenship", TEXT),
            Property("Consent to be named publicly", SELECT, YES_NO),
            Property("Measures", MARKDOWN, doc="detention, house arrest, fines: type, start, duration, expiry, status"),
            Property("Relatives", RELATIONSHIP, target=PERSON, relation="Family tie"),
            _SOURCES,
            _NOTES,
            Property("Contact", TEXT, profiles=INTERNAL_ONLY),
            Property("Address", TEXT, profiles=INTERNAL_ONLY),
            Property("Health notes", TEXT, profiles=INTERNAL_ONLY),
        ),
        "the name (or, in public exports, the pseudonym) in each language",
        title_per_language=True,
    ),
    Template(
        EVENT,
        "events.zip",
        (
            Property("Event type", SELECT, EVENT_TYPE),
            _DATE,
            _DATE_TEXT,
            Property("Place", TEXT),
            _DESCRIPTION,
            Property("Acts", MULTISELECT, ACT_TYPE, doc="what was done to people in the event"),
            Property("Victims", RELATIONSHIP, target=PERSON, relation="Victim"),
            Property("Perpetrators", MULTISELECT, ORGANISATION),
            Property("What was done", MARKDOWN, doc="one line per act: type, person, date, by whom"),
            Property("Related events", RELATIONSHIP, target=EVENT, relation="Chain of events"),
            _SOURCES,
            _CASE,
            _NOTES,
            Property("Exact address", TEXT, profiles=INTERNAL_ONLY),
            Property("Coordinates", TEXT, profiles=INTERNAL_ONLY, doc="as written"),
            Property("Location", GEOLOCATION, profiles=INTERNAL_ONLY),
        ),
        "the event's title",
    ),
    Template(
        PROCEEDING,
        "proceedings.zip",
        (
            Property("Proceeding kind", SELECT, PROCEEDING_KIND),
            Property("Court", SELECT, ORGANISATION),
            Property("Case number", TEXT),
            Property("Charges", MULTISELECT, CHARGE),
            Property("Proceeding status", SELECT, PROCEEDING_STATUS),
            _DESCRIPTION,
            Property("Parties", RELATIONSHIP, target=PERSON, relation="Party"),
            Property("Parties and roles", MARKDOWN),
            Property("Hearings", MULTIDATERANGE),
            Property("Hearing details", MARKDOWN, doc="per hearing: date, place, outcome, closed session, next date"),
            _SOURCES,
            _CASE,
        ),
        "the proceeding's title",
    ),
    Template(
        COMMUNICATION,
        "communications.zip",
        (
            Property("Communication kind", SELECT, COMMUNICATION_KIND),
            Property("Reference", TEXT),
            _DATE,
            _DATE_TEXT,
            Property("Sender", TEXT),
            Property("Addressee", TEXT),
            Property("Mandates", MARKDOWN),
            Property("Questions", MARKDOWN),
            Property("Recommendations", MARKDOWN),
            Property("Rights invoked", MARKDOWN),
            Property("Reply window in days", NUMERIC),
            Property("Reply due", DATERANGE),
            Property("Publication date", DATERANGE),
            Property("Reply received", DATERANGE),
            Property("Follow up", DATERANGE),
            Property("Communication status", SELECT, COMMUNICATION_STATUS),
            _SOURCES,
            _CASE,
        ),
        "the communication's title",
    ),
    Template(
        EVIDENCE,
        "evidence.zip",
        (
            _DESCRIPTION,
            Property("Copy sent", TEXT, doc="metadata-free copy, original, or why no file is attached"),
            Property("Media type", TEXT, doc="of the attached file"),
            Property("SHA256", TEXT, doc="of the attached file"),
            Property("Original SHA256", TEXT, doc="of the original in the documenter's vault"),
            Property("Size in bytes", NUMERIC, doc="of the attached file"),
            Property("Intake date", DATE),
            Property("Brought by", TEXT, doc="identifying: empty in public exports"),
            Property("Linked events", RELATIONSHIP, target=EVENT, relation="Evidence"),
            Property("Linked persons", RELATIONSHIP, target=PERSON, relation="Evidence"),
            Property("Linked proceedings", RELATIONSHIP, target=PROCEEDING, relation="Evidence"),
            Property("Linked communications", RELATIONSHIP, target=COMMUNICATION, relation="Evidence"),
            _CASE,
            Property("Original file name", TEXT, profiles=INTERNAL_ONLY),
            Property("Origin", TEXT, profiles=INTERNAL_ONLY),
        ),
        "'Evidence 001 · ' and the first 12 characters of the attached file's SHA-256 (the original's when no "
        "file is attached)",
    ),
)

BY_TEMPLATE = {t.name: t for t in TEMPLATES}
ATTACHMENTS = "attachments"  # Uwazi's own column: files in the zip, '|'-separated
