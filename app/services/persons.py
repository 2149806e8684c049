"""Persons: the duplicate warning when a name is entered, and merging two records of one person."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.model import ENTITIES, entity
from app.search import same_person_evidence
from app.services import indexing
from app.services.records import InvalidRecord, Records
from app.services.search import search
from storage.vault import Vault


@dataclass(frozen=True)
class PossibleDuplicate:
    person_id: str
    label: str
    score: float
    reason: str  # why the names match, in words


def names_of(records: Records, person_id: str) -> list[str]:
    return [r["value"] for r in records.rows("person_names", "person_id = ?", (person_id,), "rowid")]


def possible_duplicates(
    vault: Vault, names: list[str], *, exclude: str | None = None, limit: int = 5
) -> list[PossibleDuplicate]:
    """Existing persons whose names match any of ``names`` under the spelling and script rules."""
    names = [n for n in (" ".join(x.split()) for x in names) if n]
    if not names:
        return []
    records = Records(vault)
    candidates: dict[str, str] = {}
    for name in names:
        for hit in search(vault, name, limit=10, entities=["persons"]):
            candidates.setdefault(hit.entity_id, hit.label)
    found = []
    for person_id, label in candidates.items():
        if person_id == exclude:
            continue
        evidence = same_person_evidence(names, names_of(records, person_id))
        if evidence is not None:
            found.append(PossibleDuplicate(person_id, label, evidence[0], evidence[1]))
    return sorted(found, key=lambda d: -d.score)[:limit]


def _person_refs() -> list[tuple[str, str]]:
    """Every (table, column) that points at a person."""
    return [(e.name, f.name) for e in ENTITIES for f in e.fields if f.ref == "persons" and e.name != "persons"]


def merge_persons(vault: Vault, keep_id: str, merge_id: str, *, actor: str = "user") -> None:
    """Fold ``merge_id`` into ``keep_id``: every spelling, link and fact moves over; where both records
    hold a different value, the kept one stays and the other is added to the notes. The merged record's
    full content is kept in the audit log, so the merge can be reviewed later."""
    if keep_id == merge_id:
        raise InvalidRecord("A person cannot be merged with themselves.")
    records = Records(vault, actor)
    keep, gone = records.get("persons", keep_id), records.get("persons", merge_id)
    if keep is None or gone is None:
        raise InvalidRecord("Both persons must exist to merge them.")
    snapshot = {"person": gone, "names": records.rows("person_names", "person_id = ?", (merge_id,))}
    merged = dict(keep)
    notes = [keep["notes"]] if keep["notes"] else []
    for f in entity("persons").fields:
        if f.name in ("id", "notes", "public_consent"):
            continue
        if merged[f.name] in (None, "") and gone[f.name] not in (None, ""):
            merged[f.name] = gone[f.name]
        elif gone[f.name] not in (None, "") and gone[f.name] != merged[f.name]:
            value = gone[f.name] if isinstance(gone[f.name], str) else json.dumps(gone[f.name], ensure_ascii=False)
            notes.append(f"From a merged record, {f.name.replace('_', ' ')}: {value}")
    if gone["notes"]:
        notes.append(f"From a merged record: {gone['notes']}")
    merged["notes"] = "\n".join(notes) or None
    # Consent to be named holds only if both records say so: the safer reading for a public report.
    merged["public_consent"] = bool(keep["public_consent"]) and bool(gone["public_consent"])
    with vault.db.transaction() as conn:
        for table, column in _person_refs():
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep_id, merge_id))
        for table in ("attributions", "evidence_links", "field_overrides"):
            conn.execute(
                f"UPDATE {table} SET entity_id = ? WHERE entity = 'persons' AND entity_id = ?", (keep_id, merge_id)
            )
        conn.execute("DELETE FROM person_relations WHERE person_id = related_person_id")
        # the same role in the same case, now twice: keep one
        conn.execute(
            "DELETE FROM case_persons WHERE rowid NOT IN (SELECT min(rowid) FROM case_persons "
            "GROUP BY case_id, person_id, role)"
        )
        records.update("persons", keep_id, {k: v for k, v in merged.items() if k != "id"})
        conn.execute("DELETE FROM persons WHERE id = ?", (merge_id,))
        indexing.reindex(conn, "persons", keep_id)
        indexing.reindex(conn, "persons", merge_id)
        vault.record(
            conn, "persons.merge", "persons", keep_id, {"merged_id": merge_id, "merged_record": snapshot}, actor=actor
        )


def merge_history(vault: Vault) -> list[dict]:
    """Every merge, newest first, with the merged record as it was."""
    rows = vault.db.query(
        "SELECT at, actor, entity_id, details FROM audit WHERE action = 'persons.merge' ORDER BY seq DESC"
    )
    return [{"at": at, "actor": actor, "kept_id": kept, **json.loads(details)} for at, actor, kept, details in rows]
