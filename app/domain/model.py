"""The case data model, declared once.

Every entity of the interchange format (``casefile export`` / ``import``), every
database column and every field's sensitivity class come from this table. The
database schema itself lives in frozen migrations (``storage/migrations.py``);
a test checks that the two agree.

Modelled on the HURIDOCS Events Standard Formats: who did what to whom
(events, acts, involvements), when (fuzzy dates) and according to whom
(sources and attributions).
"""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC = "public"
IDENTIFYING = "identifying"
SECRET = "secret"
SENSITIVITIES = (PUBLIC, IDENTIFYING, SECRET)

# Field types:
#   text, int, bool, json (a list or object), date (a fuzzy date object, see
#   app.domain.dates), ref:ENTITY (the id of a row of that entity).


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"
    sensitivity: str = PUBLIC
    required: bool = False
    doc: str = ""

    @property
    def ref(self) -> str | None:
        return self.type[4:] if self.type.startswith("ref:") else None


@dataclass(frozen=True)
class Entity:
    name: str
    doc: str
    fields: tuple[Field, ...]
    # "case": belongs to exactly one case (has case_id); "vault": shared across
    # cases and reached through link rows.
    scope: str = "case"

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name}.{name}")

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def F(name: str, type: str = "text", sensitivity: str = PUBLIC, required: bool = False, doc: str = "") -> Field:
    return Field(name, type, sensitivity, required, doc)


ID = F("id", required=True, doc="Stable identifier, unique in the vault.")
CASE_ID = F("case_id", "ref:cases", required=True)

ENTITIES: tuple[Entity, ...] = (
    Entity(
        "cases",
        "A case: the matter being documented.",
        (
            ID,
            F("reference", doc="Short reference, e.g. ATAJURT-2025."),
            F("title", required=True),
            F("summary"),
            F("status", doc="open, monitoring, closed"),
            F("tags", "json", doc="List of free tags."),
            F("notes", sensitivity=IDENTIFYING, doc="Internal notes."),
        ),
    ),
    Entity(
        "persons",
        "An individual or a group (e.g. 'unnamed supporters'). Names are rows of person_names.",
        (
            ID,
            F("kind", required=True, doc="individual or group"),
            F("description", doc="Who this is, in a phrase (for groups: who is in it)."),
            F("gender", sensitivity=IDENTIFYING),
            F("birth_date", "date", IDENTIFYING),
            F("citizenship", sensitivity=IDENTIFYING),
            F("contact", sensitivity=SECRET, doc="Phone, messenger handle, e-mail."),
            F("address", sensitivity=SECRET),
            F("health_notes", sensitivity=SECRET),
            F("public_consent", "bool", doc="Has consented to be named publicly."),
            F("notes", sensitivity=IDENTIFYING),
        ),
        scope="vault",
    ),
    Entity(
        "person_names",
        "One spelling of a person's name. The original spelling is never overwritten.",
        (
            ID,
            F("person_id", "ref:persons", required=True),
            F("value", sensitivity=IDENTIFYING, required=True),
            F("script", doc="ISO 15924: Latn, Cyrl, Arab"),
            F("lang", doc="kk, ru, en, ..."),
            F("kind", doc="primary, alias, transliteration, patronymic"),
            F("source_id", "ref:sources", doc="Where this spelling was seen."),
        ),
        scope="vault",
    ),
    Entity(
        "person_relations",
        "A family or other tie between two persons (spouse, child, ...).",
        (
            ID,
            F("person_id", "ref:persons", required=True),
            F("related_person_id", "ref:persons", required=True),
            F("kind", required=True, doc="spouse, child, parent, sibling, colleague"),
            F("source_id", "ref:sources"),
        ),
        scope="vault",
    ),
    Entity(
        "case_persons",
        "A person's role in a case; one row per role.",
        (
            ID,
            CASE_ID,
            F("person_id", "ref:persons", required=True),
            F("role", required=True, doc="vocabulary 'role'"),
            F("notes", sensitivity=IDENTIFYING),
        ),
    ),
    Entity(
        "organisations",
        "Movements, NGOs, courts, ministries, consulates, police, UN mandates.",
        (
            ID,
            F("name", required=True),
            F("kind", doc="vocabulary 'organisation_kind'"),
            F("country"),
            F("notes"),
        ),
        scope="vault",
    ),
    Entity(
        "case_organisations",
        "An organisation's part in a case.",
        (
            ID,
            CASE_ID,
            F("organisation_id", "ref:organisations", required=True),
            F("role", doc="e.g. authority, movement, author, mandate"),
        ),
    ),
    Entity(
        "events",
        "What happened at one time and place.",
        (
            ID,
            CASE_ID,
            F("type", required=True, doc="vocabulary 'event_type'"),
            F("title", required=True),
            F("date", "date"),
            F("place"),
            F("exact_address", sensitivity=SECRET),
            F("coordinates", sensitivity=SECRET, doc="GPS, any notation."),
            F("description"),
            F("notes", sensitivity=IDENTIFYING),
        ),
    ),
    Entity(
        "event_links",
        "How two events relate (the chain of events).",
        (
            ID,
            F("from_event_id", "ref:events", required=True),
            F("to_event_id", "ref:events", required=True),
            F("relation", required=True, doc="precedes, causes, part_of, consequence_of"),
        ),
    ),
    Entity(
        "acts",
        "What was done to one person in an event (one victim per act).",
        (
            ID,
            F("event_id", "ref:events", required=True),
            F("victim_id", "ref:persons", required=True),
            F("type", required=True, doc="vocabulary 'act_type'"),
            F("date", "date", doc="When, if different from the event."),
            F("description"),
            F("notes", sensitivity=IDENTIFYING),
        ),
    ),
    Entity(
        "involvements",
        "Who did an act: an organisation and/or a person.",
        (
            ID,
            F("act_id", "ref:acts", required=True),
            F("organisation_id", "ref:organisations"),
            F("person_id", "ref:persons"),
            F("role", doc="perpetrator, ordered, complicit"),
        ),
    ),
    Entity(
        "proceedings",
        "A legal proceeding: court, case number, charged provisions.",
        (
            ID,
            CASE_ID,
            F("kind", doc="criminal, administrative, civil"),
            F("title", required=True),
            F("court_id", "ref:organisations"),
            F("case_number"),
            F("provisions", "json", doc="List of charged provisions, e.g. 'Criminal Code art. 174(2)'."),
            F("status", doc="investigation, trial, verdict, appeal, closed"),
            F("description"),
        ),
    ),
    Entity(
        "proceeding_parties",
        "A person in a proceeding (defendant, lawyer, judge, prosecutor).",
        (
            ID,
            F("proceeding_id", "ref:proceedings", required=True),
            F("person_id", "ref:persons", required=True),
            F("role", required=True),
        ),
    ),
    Entity(
        "hearings",
        "A hearing of a proceeding.",
        (
            ID,
            F("proceeding_id", "ref:proceedings", required=True),
            F("date", "date"),
            F("place"),
            F("outcome", doc="held, postponed, verdict, scheduled"),
            F("next_date", "date"),
            F("closed_session", "bool", doc="Held behind closed doors."),
            F("notes"),
        ),
    ),
    Entity(
        "measures",
        "A restrictive measure on a person: detention, house arrest, fine, ...; its expiry is a deadline.",
        (
            ID,
            F("person_id", "ref:persons", required=True),
            F("proceeding_id", "ref:proceedings"),
            F("type", required=True, doc="vocabulary 'measure_type'"),
            F("start", "date"),
            F("duration", doc="As stated, e.g. '10 days', 'two months'."),
            F("expiry", "date"),
            F("extends_id", "ref:measures", doc="The measure this one extends."),
            F("status", doc="active, ended, unknown"),
            F("notes"),
        ),
    ),
    Entity(
        "sources",
        "Where facts come from: a UN communication, an NGO statement, an interview.",
        (
            ID,
            CASE_ID,
            F("kind", required=True, doc="vocabulary 'source_kind'"),
            F("title", required=True),
            F("author", doc="Publishing organisation or mandate."),
            F("date", "date"),
            F("reference"),
            F("reliability", doc="vocabulary 'reliability'"),
            F("informant", sensitivity=SECRET, doc="A confidential source's identity."),
            F("notes"),
        ),
    ),
    Entity(
        "attributions",
        "A fact as one source states it; sources may disagree, and both are kept.",
        (
            ID,
            F("source_id", "ref:sources", required=True),
            F("entity", required=True, doc="Entity name of the fact, e.g. 'hearings'."),
            F("entity_id", required=True),
            F("field", doc="The field the claim is about, if one."),
            F("claim", doc="What the source says, normalised (e.g. a date)."),
            F("quote", doc="The source's own sentence."),
        ),
    ),
    Entity(
        "communications",
        "UN letters, NGO statements, appeals: with questions, recommendations and reply window.",
        (
            ID,
            CASE_ID,
            F("kind", required=True, doc="AL, UA, OL, statement, appeal"),
            F("reference", doc="e.g. AL KAZ 2/2026"),
            F("title", required=True),
            F("date", "date"),
            F("sender"),
            F("addressee"),
            F("mandates", "json", doc="List of mandates or organisations sending it."),
            F("questions", "json", doc="List of questions asked."),
            F("recommendations", "json", doc="List of recommendations made."),
            F("rights_invoked", "json", doc="List of legal standards invoked."),
            F("reply_window_days", "int"),
            F("reply_due", "date"),
            F("publication_date", "date"),
            F("reply_received", "date"),
            F("status", doc="sent, awaiting_reply, replied, published, closed"),
            F("follow_up", "date"),
            F("source_id", "ref:sources"),
        ),
    ),
    Entity(
        "evidence",
        "An evidence file kept encrypted in the vault. Originals are immutable.",
        (
            ID,
            CASE_ID,
            F("sha256", required=True),
            F("size", "int", required=True),
            F("media_type"),
            F("original_name", sensitivity=SECRET),
            F("intake_time", required=True),
            F("brought_by", sensitivity=IDENTIFYING),
            F("origin", sensitivity=SECRET, doc="Where it came from."),
            F("capture", "json", SECRET, doc="Capture metadata (EXIF, device, GPS)."),
            F("parent_id", "ref:evidence", doc="For a derivative: its original."),
            F("operation", doc="For a derivative: e.g. strip-metadata, redact-regions."),
            F("description"),
        ),
    ),
    Entity(
        "evidence_links",
        "An evidence item linked to an event, act, person or source.",
        (
            ID,
            F("evidence_id", "ref:evidence", required=True),
            F("entity", required=True),
            F("entity_id", required=True),
        ),
    ),
    Entity(
        "custody",
        "The custody trail of an evidence item: intake, view, export, handoff.",
        (
            ID,
            F("evidence_id", "ref:evidence", required=True),
            F("at", required=True),
            F("action", required=True),
            F("actor", sensitivity=IDENTIFYING),
            F("details", "json"),
        ),
    ),
    Entity(
        "field_overrides",
        "A per-row sensitivity override, read by redaction.",
        (
            ID,
            CASE_ID,
            F("entity", required=True),
            F("entity_id", required=True),
            F("field", required=True),
            F("sensitivity", required=True),
        ),
    ),
)

BY_NAME: dict[str, Entity] = {e.name: e for e in ENTITIES}

# Entities exported and imported through the JSON format, in dependency order.
# Evidence bytes travel in packs, not in JSON; evidence metadata and custody do.
INTERCHANGE_ORDER: tuple[str, ...] = tuple(e.name for e in ENTITIES)


def entity(name: str) -> Entity:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown entity {name!r}") from None


def sensitivity_of(entity_name: str, field_name: str) -> str:
    return BY_NAME[entity_name].field(field_name).sensitivity
