"""Read helpers for the case views: names for ids, in batches. Reads only; writes go through
``app.services.records`` so that every change is validated, audited and indexed."""

from __future__ import annotations

from collections.abc import Iterable

from storage.vault import Vault

BATCH = 500


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = list(dict.fromkeys(i for i in ids if i))
    for i in range(0, len(items), BATCH):
        yield items[i : i + BATCH]


def person_names(vault: Vault, person_ids: Iterable[str]) -> dict[str, str]:
    """The display name of each person: the primary spelling, else the first, else the description."""
    out: dict[str, str] = {}
    wanted: list[str] = []
    for chunk in _chunks(person_ids):
        wanted += chunk
        marks = ",".join("?" * len(chunk))
        for pid, value in vault.db.query(
            f"SELECT person_id, value FROM person_names WHERE person_id IN ({marks}) ORDER BY kind != 'primary', rowid",
            chunk,
        ):
            out.setdefault(pid, value)
    missing = [p for p in wanted if p not in out]
    for chunk in _chunks(missing):
        marks = ",".join("?" * len(chunk))
        for pid, desc in vault.db.query(f"SELECT id, description FROM persons WHERE id IN ({marks})", chunk):
            out[pid] = desc or "(unnamed)"
    return out


def all_spellings(vault: Vault, person_id: str) -> list[dict]:
    rows = vault.db.query(
        "SELECT value, script, lang, kind FROM person_names WHERE person_id = ? ORDER BY kind != 'primary', rowid",
        (person_id,),
    )
    return [{"value": r[0], "script": r[1], "lang": r[2], "kind": r[3]} for r in rows]


def organisation_names(vault: Vault, org_ids: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(org_ids):
        marks = ",".join("?" * len(chunk))
        for oid, name in vault.db.query(f"SELECT id, name FROM organisations WHERE id IN ({marks})", chunk):
            out[oid] = name
    return out


def case_organisations(vault: Vault, case_id: str) -> list[tuple[str, str]]:
    """(id, name) of the organisations linked to a case, by name."""
    rows = vault.db.query(
        "SELECT DISTINCT o.id, o.name FROM organisations o JOIN case_organisations co ON co.organisation_id = o.id"
        " WHERE co.case_id = ? ORDER BY o.name",
        (case_id,),
    )
    return [(r[0], r[1]) for r in rows]


def case_sources(vault: Vault, case_id: str) -> list[tuple[str, str]]:
    rows = vault.db.query("SELECT id, title FROM sources WHERE case_id = ? ORDER BY rowid", (case_id,))
    return [(r[0], r[1]) for r in rows]


def case_person_ids(vault: Vault, case_id: str) -> list[str]:
    rows = vault.db.query(
        "SELECT person_id FROM case_persons WHERE case_id = ? GROUP BY person_id ORDER BY min(rowid)", (case_id,)
    )
    return [r[0] for r in rows]


def count(vault: Vault, sql: str, params: tuple = ()) -> int:
    row = vault.db.one(sql, params)
    return int(row[0]) if row else 0


def case_counts(vault: Vault, case_id: str) -> dict[str, int]:
    return {
        "people": count(vault, "SELECT count(DISTINCT person_id) FROM case_persons WHERE case_id = ?", (case_id,)),
        "events": count(vault, "SELECT count(*) FROM events WHERE case_id = ?", (case_id,)),
        "evidence": count(vault, "SELECT count(*) FROM evidence WHERE case_id = ?", (case_id,)),
        "sources": count(vault, "SELECT count(*) FROM sources WHERE case_id = ?", (case_id,)),
        "communications": count(vault, "SELECT count(*) FROM communications WHERE case_id = ?", (case_id,)),
    }
