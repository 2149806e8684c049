"""Persons: the duplicate warning when a name is entered, and merging two records of one person."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.domain.incidents import NEW_PERSON_ROLE
from app.domain.model import ENTITIES, entity
from app.domain.scripts import guess_lang, guess_script
from app.search.match import SameNameReason, same_person_reason
from app.services import indexing
from app.services.records import InvalidRecord, Records
from app.services.search import search
from storage.vault import Vault


class PersonWithoutName(InvalidRecord):
    """A person was to be created with neither a name nor a description."""

    code = "person_name_missing"
    template = "A person needs at least one name (or, for a group, a description)."


class SamePerson(InvalidRecord):
    """Two records to merge are one and the same."""

    code = "merge_same_person"
    template = "A person cannot be merged with themselves."


class MergeMissing(InvalidRecord):
    """One of two records to merge is not in the vault."""

    code = "merge_missing_person"
    template = "Both persons must exist to merge them."


@dataclass(frozen=True)
class PossibleDuplicate:
    person_id: str
    label: str
    score: float
    reason: str  # why the names match, in English words
    why: SameNameReason  # the same, as a value (the desktop app says it in its language)


def _spelling(person_id: str, value: str, n: dict[str, Any], kind: str) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "value": value,
        "script": n.get("script") or guess_script(value),
        "lang": n.get("lang") or guess_lang(value),
        "kind": kind,
        "source_id": n.get("source_id") or None,
    }


def create_person(
    vault: Vault,
    case_id: str | None,
    names: list[dict[str, Any]],
    *,
    kind: str = "individual",
    description: str | None = None,
    role: str = NEW_PERSON_ROLE,
    public_consent: bool | None = None,
    gender: str | None = None,
    actor: str = "user",
) -> str:
    """A person with one or more spellings ({value, script, lang, kind, source_id}; the first is primary
    unless told otherwise), in the case with ``role``. One transaction: all of it or nothing."""
    names = [n for n in names if (n.get("value") or "").strip()]
    if not names and not (description or "").strip():
        raise PersonWithoutName()
    records = Records(vault, actor)
    with vault.db.transaction():
        person_id = records.insert(
            "persons",
            {
                "kind": kind,
                "description": description or None,
                "public_consent": public_consent,
                "gender": gender or None,
            },
        )
        for i, n in enumerate(names):
            kind_of = n.get("kind") or ("primary" if i == 0 else "transliteration")
            records.insert("person_names", _spelling(person_id, " ".join(n["value"].split()), n, kind_of))
        if case_id:
            records.insert("case_persons", {"case_id": case_id, "person_id": person_id, "role": role})
    return person_id


def add_to_existing_person(
    vault: Vault,
    case_id: str | None,
    person_id: str,
    names: list[dict[str, Any]],
    role: str = NEW_PERSON_ROLE,
    actor: str = "user",
) -> str:
    """The user chose an existing person over a new one: the spellings typed that the person does not
    have yet are added to it (every spelling is kept), and the person joins the case."""
    records = Records(vault, actor)
    have = {" ".join(v.split()).casefold() for v in names_of(records, person_id)}
    with vault.db.transaction():
        for n in names:
            value = " ".join((n.get("value") or "").split())
            if not value or value.casefold() in have:
                continue
            have.add(value.casefold())
            kind = str(n["kind"]) if n.get("kind") not in (None, "", "primary") else "transliteration"
            records.insert("person_names", _spelling(person_id, value, n, kind))
        if case_id:
            ensure_in_case(records, case_id, person_id, role)
    return person_id


def ensure_in_case(records: Records, case_id: str, person_id: str, role: str) -> None:
    """The person joins the case with ``role``, unless they are in it already (in any role)."""
    if not records.rows("case_persons", "case_id = ? AND person_id = ?", (case_id, person_id), limit=1):
        records.insert("case_persons", {"case_id": case_id, "person_id": person_id, "role": role})


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
        evidence = same_person_reason(names, names_of(records, person_id))
        if evidence is not None:
            score, why = evidence
            found.append(PossibleDuplicate(person_id, label, score, str(why), why))
    return sorted(found, key=lambda d: -d.score)[:limit]


def _person_refs() -> list[tuple[str, str]]:
    """Every (table, column) that points at a person."""
    return [(e.name, f.name) for e in ENTITIES for f in e.fields if f.ref == "persons" and e.name != "persons"]


def merge_persons(vault: Vault, keep_id: str, merge_id: str, *, actor: str = "user") -> None:
    """Fold ``merge_id`` into ``keep_id``: every spelling, link and fact moves over; where both records
    hold a different value, the kept one stays and the other is added to the notes. The merged record's
    full content is kept in the audit log, so the merge can be reviewed later."""
    if keep_id == merge_id:
        raise SamePerson()
    records = Records(vault, actor)
    keep, gone = records.get("persons", keep_id), records.get("persons", merge_id)
    if keep is None or gone is None:
        raise MergeMissing()
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
