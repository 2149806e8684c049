"""Schema migrations: versioned, forward only, each applied in one transaction.

These statements are frozen once released: a later change to the data model
is a new migration, never an edit here. ``PRAGMA user_version`` records the
version reached.
"""

from __future__ import annotations

from collections.abc import Sequence

V1_DOMAIN: tuple[str, ...] = (
    """CREATE TABLE cases (
        id TEXT PRIMARY KEY NOT NULL,
        reference TEXT,
        title TEXT NOT NULL,
        summary TEXT,
        status TEXT,
        tags TEXT,
        notes TEXT
    )""",
    """CREATE TABLE persons (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        description TEXT,
        gender TEXT,
        birth_date TEXT,
        citizenship TEXT,
        contact TEXT,
        address TEXT,
        health_notes TEXT,
        public_consent INTEGER,
        notes TEXT
    )""",
    """CREATE TABLE person_names (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        value TEXT NOT NULL,
        script TEXT,
        lang TEXT,
        kind TEXT,
        source_id TEXT REFERENCES sources(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
    )""",
    "CREATE INDEX person_names_person_id ON person_names(person_id)",
    "CREATE INDEX person_names_source_id ON person_names(source_id)",
    """CREATE TABLE person_relations (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        related_person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        kind TEXT NOT NULL,
        source_id TEXT REFERENCES sources(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
    )""",
    "CREATE INDEX person_relations_person_id ON person_relations(person_id)",
    "CREATE INDEX person_relations_related_person_id ON person_relations(related_person_id)",
    "CREATE INDEX person_relations_source_id ON person_relations(source_id)",
    """CREATE TABLE case_persons (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        role TEXT NOT NULL,
        notes TEXT
    )""",
    "CREATE INDEX case_persons_case_id ON case_persons(case_id)",
    "CREATE INDEX case_persons_person_id ON case_persons(person_id)",
    """CREATE TABLE organisations (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        kind TEXT,
        country TEXT,
        notes TEXT
    )""",
    """CREATE TABLE case_organisations (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        role TEXT
    )""",
    "CREATE INDEX case_organisations_case_id ON case_organisations(case_id)",
    "CREATE INDEX case_organisations_organisation_id ON case_organisations(organisation_id)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT,
        place TEXT,
        exact_address TEXT,
        coordinates TEXT,
        description TEXT,
        notes TEXT
    )""",
    "CREATE INDEX events_case_id ON events(case_id)",
    """CREATE TABLE event_links (
        id TEXT PRIMARY KEY NOT NULL,
        from_event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        to_event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        relation TEXT NOT NULL
    )""",
    "CREATE INDEX event_links_from_event_id ON event_links(from_event_id)",
    "CREATE INDEX event_links_to_event_id ON event_links(to_event_id)",
    """CREATE TABLE acts (
        id TEXT PRIMARY KEY NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        victim_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        type TEXT NOT NULL,
        date TEXT,
        description TEXT,
        notes TEXT
    )""",
    "CREATE INDEX acts_event_id ON acts(event_id)",
    "CREATE INDEX acts_victim_id ON acts(victim_id)",
    """CREATE TABLE involvements (
        id TEXT PRIMARY KEY NOT NULL,
        act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        person_id TEXT REFERENCES persons(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        role TEXT
    )""",
    "CREATE INDEX involvements_act_id ON involvements(act_id)",
    "CREATE INDEX involvements_organisation_id ON involvements(organisation_id)",
    "CREATE INDEX involvements_person_id ON involvements(person_id)",
    """CREATE TABLE proceedings (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        kind TEXT,
        title TEXT NOT NULL,
        court_id TEXT REFERENCES organisations(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        case_number TEXT,
        provisions TEXT,
        status TEXT,
        description TEXT
    )""",
    "CREATE INDEX proceedings_case_id ON proceedings(case_id)",
    "CREATE INDEX proceedings_court_id ON proceedings(court_id)",
    """CREATE TABLE proceeding_parties (
        id TEXT PRIMARY KEY NOT NULL,
        proceeding_id TEXT NOT NULL REFERENCES proceedings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        role TEXT NOT NULL
    )""",
    "CREATE INDEX proceeding_parties_proceeding_id ON proceeding_parties(proceeding_id)",
    "CREATE INDEX proceeding_parties_person_id ON proceeding_parties(person_id)",
    """CREATE TABLE hearings (
        id TEXT PRIMARY KEY NOT NULL,
        proceeding_id TEXT NOT NULL REFERENCES proceedings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        date TEXT,
        place TEXT,
        outcome TEXT,
        next_date TEXT,
        closed_session INTEGER,
        notes TEXT
    )""",
    "CREATE INDEX hearings_proceeding_id ON hearings(proceeding_id)",
    """CREATE TABLE measures (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        proceeding_id TEXT REFERENCES proceedings(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        type TEXT NOT NULL,
        start TEXT,
        duration TEXT,
        expiry TEXT,
        extends_id TEXT REFERENCES measures(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        status TEXT,
        notes TEXT
    )""",
    "CREATE INDEX measures_person_id ON measures(person_id)",
    "CREATE INDEX measures_proceeding_id ON measures(proceeding_id)",
    "CREATE INDEX measures_extends_id ON measures(extends_id)",
    """CREATE TABLE sources (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        author TEXT,
        date TEXT,
        reference TEXT,
        reliability TEXT,
        informant TEXT,
        notes TEXT
    )""",
    "CREATE INDEX sources_case_id ON sources(case_id)",
    """CREATE TABLE attributions (
        id TEXT PRIMARY KEY NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT,
        claim TEXT,
        quote TEXT
    )""",
    "CREATE INDEX attributions_source_id ON attributions(source_id)",
    """CREATE TABLE communications (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        kind TEXT NOT NULL,
        reference TEXT,
        title TEXT NOT NULL,
        date TEXT,
        sender TEXT,
        addressee TEXT,
        mandates TEXT,
        questions TEXT,
        recommendations TEXT,
        rights_invoked TEXT,
        reply_window_days INTEGER,
        reply_due TEXT,
        publication_date TEXT,
        reply_received TEXT,
        status TEXT,
        follow_up TEXT,
        source_id TEXT REFERENCES sources(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
    )""",
    "CREATE INDEX communications_case_id ON communications(case_id)",
    "CREATE INDEX communications_source_id ON communications(source_id)",
    """CREATE TABLE evidence (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT,
        original_name TEXT,
        intake_time TEXT NOT NULL,
        brought_by TEXT,
        origin TEXT,
        capture TEXT,
        parent_id TEXT REFERENCES evidence(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        operation TEXT,
        description TEXT,
        blob_id TEXT UNIQUE
    )""",
    "CREATE INDEX evidence_case_id ON evidence(case_id)",
    "CREATE INDEX evidence_parent_id ON evidence(parent_id)",
    """CREATE TABLE evidence_links (
        id TEXT PRIMARY KEY NOT NULL,
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL
    )""",
    "CREATE INDEX evidence_links_evidence_id ON evidence_links(evidence_id)",
    """CREATE TABLE custody (
        id TEXT PRIMARY KEY NOT NULL,
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor TEXT,
        details TEXT
    )""",
    "CREATE INDEX custody_evidence_id ON custody(evidence_id)",
    """CREATE TABLE field_overrides (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        sensitivity TEXT NOT NULL
    )""",
    "CREATE INDEX field_overrides_case_id ON field_overrides(case_id)",
)

V1_INTERNAL: tuple[str, ...] = (
    # Vault identity (age X25519 secret, Ed25519 signing key), audit head, vault id.
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT,
        entity_id TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    # Form drafts autosaved as the user types, so a lock or a crash loses nothing.
    """CREATE TABLE drafts (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
)

# The script- and spelling-tolerant search index (app/search/index.py keeps the same statements).
V2_SEARCH: tuple[str, ...] = (
    """CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    texts TEXT NOT NULL,
    UNIQUE (entity, entity_id)
)""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
    entity UNINDEXED,
    entity_id UNINDEXED,
    case_id UNINDEXED,
    label UNINDEXED,
    keys,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3',
    detail = none
)""",
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    """CREATE TABLE search_terms (
    variant TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (variant, term)
) WITHOUT ROWID""",
    "CREATE INDEX search_terms_by_term ON search_terms (term)",
)

# Handoff packs: partners' contact cards, and packs already received (replay detection).
V3_PACKS: tuple[str, ...] = (
    """CREATE TABLE partners (
        id TEXT PRIMARY KEY NOT NULL,
        label TEXT NOT NULL,
        recipient TEXT NOT NULL,
        signing_key TEXT UNIQUE,
        fingerprint TEXT NOT NULL UNIQUE,
        trusted INTEGER NOT NULL DEFAULT 0,
        added TEXT NOT NULL,
        trusted_at TEXT
    )""",
    """CREATE TABLE received_packs (
        pack_id TEXT PRIMARY KEY NOT NULL,
        pack_sha256 TEXT NOT NULL,
        sender_fingerprint TEXT NOT NULL,
        case_id TEXT NOT NULL,
        manifest_created TEXT NOT NULL,
        received_at TEXT NOT NULL,
        items INTEGER NOT NULL
    )""",
    "CREATE INDEX received_packs_sender_case ON received_packs(sender_fingerprint, case_id)",
)

# Reading a chronology in date order, and a fact's attributions, without scanning.
V4_READ_INDEXES: tuple[str, ...] = (
    "CREATE INDEX events_case_date ON events(case_id, json_extract(date, '$.start'))",
    "CREATE INDEX attributions_entity ON attributions(entity, entity_id)",
)

# Evidence blobs of format 2 are encrypted to the vault's secret at-rest identity and name their blob id in
# their age header; the rows already there keep format 1 (card identity, no binding) until a key rotation.
V5_EVIDENCE_BINDING: tuple[str, ...] = (
    "ALTER TABLE evidence ADD COLUMN blob_format INTEGER NOT NULL DEFAULT 2",
    "UPDATE evidence SET blob_format = 1",
)

# A forward-secure audit log (storage/audit.py): each row from here on is signed with a one-time key
# that names its successor. Rows written before keep their hash chain only.
V6_SIGNED_AUDIT: tuple[str, ...] = (
    "ALTER TABLE audit ADD COLUMN key TEXT",
    "ALTER TABLE audit ADD COLUMN next_key TEXT",
    "ALTER TABLE audit ADD COLUMN sig TEXT",
)

MIGRATIONS: tuple[Sequence[str], ...] = (
    V1_DOMAIN + V1_INTERNAL,
    V2_SEARCH,
    V3_PACKS,
    V4_READ_INDEXES,
    V5_EVIDENCE_BINDING,
    V6_SIGNED_AUDIT,
)

LATEST = len(MIGRATIONS)
