"""Persons in a received pack who may already be in this vault: the warning, the merge, the provenance.

A partner receives packs from several documenters about the same people, each
sender writing the names their own way (Maksutkhan, Maxutkhan, Максутхан).
Every person a pack's case brings is compared with the persons already here by
the same name knowledge search uses (``possible_duplicates``); a match is
never merged unasked. Where the receiver chooses to merge, the pack's person
record is folded into the existing one by the ordinary merge (its spellings
become the person's aliases, every fact moves over, the merged record is kept
in the audit log), and the merge is remembered for that sender's later packs.

Every row a pack's case brings is recorded in ``received_rows`` with the pack
it came from; rows keep their ids through a merge, so each fact still says
which pack, and so which sender, it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.model import BY_NAME, INTERCHANGE_ORDER
from app.redaction.pseudonyms import WITHHELD_VALUE
from app.search.match import SameNameReason
from app.services.persons import merge_persons, possible_duplicates
from storage.vault import Vault

_ENTITY_REFS = ("attributions", "evidence_links", "field_overrides")  # rows naming an entity by (entity, id)


@dataclass(frozen=True)
class PersonMatch:
    """A person the pack brings, and an existing person whose names match theirs."""

    incoming_id: str
    incoming_names: list[str]
    existing_id: str
    existing_label: str
    score: float
    reason: str  # why the names match, in English words
    why: SameNameReason  # the same, as a value (the desktop app says it in its language)


# Given the matches found, which incoming person to merge into which existing one ({} keeps all separate).
MergeChoice = Callable[[list[PersonMatch]], Mapping[str, str]]


def keep_separate(matches: list[PersonMatch]) -> dict[str, str]:
    """Never merge unasked: every person the pack brings stays a record of their own."""
    return {}


def merge_best(matches: list[PersonMatch]) -> dict[str, str]:
    """Merge every matched person into the existing person whose names match best."""
    chosen: dict[str, str] = {}
    for m in sorted(matches, key=lambda m: -m.score):
        chosen.setdefault(m.incoming_id, m.existing_id)
    return chosen


def _names(doc: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in doc.get("person_names", []):
        value = n.get("value")
        if isinstance(value, str) and value.strip() and value != WITHHELD_VALUE:
            out.setdefault(str(n.get("person_id")), []).append(value)
    return out


def person_matches(vault: Vault, doc: dict[str, Any] | None) -> list[PersonMatch]:
    """Existing persons who may be one of the persons ``doc`` (a case to import) brings, best first."""
    if doc is None:
        return []
    names = _names(doc)
    found: list[PersonMatch] = []
    for p in doc.get("persons", []):
        pid = str(p.get("id"))
        if not names.get(pid) or vault.db.one("SELECT 1 FROM persons WHERE id = ?", (pid,)) is not None:
            continue
        for d in possible_duplicates(vault, names[pid]):
            found.append(PersonMatch(pid, names[pid], d.person_id, d.label, round(d.score, 3), d.reason, d.why))
    return found


def follow_earlier_merges(vault: Vault, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with persons merged on an earlier receive pointing at the person they were merged into.

    A sender's ids are stable across packs, so a second case from them names the same person by the same id;
    the spellings and ties already here (the receiver's version) are not imported again.
    """
    into: dict[str, str] = {}
    for p in doc.get("persons", []) if isinstance(doc.get("persons"), list) else []:
        if not isinstance(p, dict):
            continue
        row = vault.db.one(
            "SELECT r.entity_id FROM received_rows r JOIN persons p ON p.id = r.entity_id"
            " WHERE r.entity = 'persons' AND r.merged_from = ? LIMIT 1",
            (str(p.get("id")),),
        )
        if row is not None:
            into[str(p.get("id"))] = row[0]
    if not into:
        return doc
    # The document is not validated yet (the importer does that next): anything unexpected is left as it is.
    out = dict(doc)
    for name in INTERCHANGE_ORDER:
        ent = BY_NAME[name]
        person_fields = [f.name for f in ent.fields if f.ref == "persons"]
        if not isinstance(doc.get(name), list):
            continue
        rows = []
        for row in doc[name]:
            if not isinstance(row, dict):
                rows.append(row)
                continue
            if name == "persons" and str(row.get("id")) in into:
                continue
            new = dict(row)
            for f in person_fields:
                if isinstance(new.get(f), str) and new[f] in into:
                    new[f] = into[new[f]]
            refers = name in _ENTITY_REFS and new.get("entity") == "persons" and isinstance(new.get("entity_id"), str)
            if refers and new["entity_id"] in into:
                new["entity_id"] = into[new["entity_id"]]
            if ent.scope == "vault" and person_fields and _exists(vault, name, str(new.get("id"))):
                continue  # already here, attached to the person it was merged into
            rows.append(new)
        out[name] = rows
    return out


def _exists(vault: Vault, table: str, row_id: str) -> bool:
    return vault.db.one(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)) is not None


def record_rows(conn: Any, pack_id: str, doc: dict[str, Any]) -> None:
    """Every row of the pack's case, with the pack it came from (inside the receive's transaction)."""
    for name in INTERCHANGE_ORDER:
        for row in doc.get(name, []):
            conn.execute(
                "INSERT OR IGNORE INTO received_rows (entity, entity_id, pack_id) VALUES (?,?,?)",
                (name, str(row.get("id")), pack_id),
            )


def merge_received(vault: Vault, conn: Any, pack_id: str, chosen: Mapping[str, str]) -> list[tuple[str, str]]:
    """Fold each incoming person into the chosen existing one (inside the receive's transaction).

    The incoming person's primary spelling becomes an alias of the existing person; the merge itself goes to
    the audit log as any merge does (``persons.merge``, with the merged record)."""
    done = []
    for incoming, existing in chosen.items():
        name_ids = [r[0] for r in conn.execute("SELECT id FROM person_names WHERE person_id = ?", (incoming,))]
        merge_persons(vault, existing, incoming)
        for name_id in name_ids:
            conn.execute("UPDATE person_names SET kind = 'alias' WHERE id = ? AND kind = 'primary'", (name_id,))
        conn.execute(
            "INSERT OR REPLACE INTO received_rows (entity, entity_id, pack_id, merged_from) VALUES ('persons',?,?,?)",
            (existing, pack_id, incoming),
        )
        done.append((incoming, existing))
    return done


@dataclass(frozen=True)
class Provenance:
    """Where a received row came from."""

    pack_id: str
    sender_fingerprint: str
    sender_label: str | None
    manifest_created: str
    received_at: str


def received_from(vault: Vault, entity: str, entity_id: str) -> list[Provenance]:
    """The packs (and so the senders) a row of this vault came from, oldest first; [] for a row made here."""
    rows = vault.db.query(
        "SELECT r.pack_id, p.sender_fingerprint, (SELECT label FROM partners WHERE fingerprint = p.sender_fingerprint),"
        " p.manifest_created, p.received_at FROM received_rows r JOIN received_packs p ON p.pack_id = r.pack_id"
        " WHERE r.entity = ? AND r.entity_id = ? ORDER BY p.received_at, r.pack_id",
        (entity, entity_id),
    )
    return [Provenance(*row) for row in rows]


def person_facts(vault: Vault, person_id: str) -> list[tuple[str, str, str]]:
    """(entity, row id, what it says in a few words) of every row about a person: names, roles, acts."""
    out: list[tuple[str, str, str]] = [("persons", person_id, "the person's record")]
    for rid, value, kind in vault.db.query(
        "SELECT id, value, kind FROM person_names WHERE person_id = ? ORDER BY rowid", (person_id,)
    ):
        out.append(("person_names", rid, f"name {value} ({kind or 'spelling'})"))
    for name in INTERCHANGE_ORDER:
        if name in ("persons", "person_names"):
            continue
        for f in BY_NAME[name].fields:
            if f.ref != "persons":
                continue
            for (rid,) in vault.db.query(f"SELECT id FROM {name} WHERE {f.name} = ? ORDER BY rowid", (person_id,)):
                out.append((name, rid, f"{name.removesuffix('s').replace('_', ' ')} {rid}"))
    return out
