"""Keeps the search index (inside the encrypted database) in step with every write."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.search import index as search_index

if TYPE_CHECKING:
    from app.services.records import Records

# Which entity's search entry a row of each table feeds.
_OWNER = {
    "persons": ("persons", "id"),
    "person_names": ("persons", "person_id"),
    "organisations": ("organisations", "id"),
    "events": ("events", "id"),
    "evidence": ("evidence", "id"),
    "sources": ("sources", "id"),
    "communications": ("communications", "id"),
}


def _person_entry(conn: Any, person_id: str) -> tuple[str, list[str], str | None] | None:
    person = conn.execute("SELECT description FROM persons WHERE id = ?", (person_id,)).fetchone()
    if person is None:
        return None
    names = conn.execute(
        "SELECT value, kind FROM person_names WHERE person_id = ? ORDER BY kind != 'primary', rowid", (person_id,)
    ).fetchall()
    case = conn.execute("SELECT case_id FROM case_persons WHERE person_id = ? LIMIT 1", (person_id,)).fetchone()
    label = names[0][0] if names else (person[0] or "")
    texts = [n[0] for n in names]
    if person[0]:
        texts.append(person[0])
    return label, texts, case[0] if case else None


def entry_for(conn: Any, entity: str, row_id: str) -> tuple[str, list[str], str | None] | None:
    """(label, texts, case_id) of one search entry, read back from the database."""
    if entity == "persons":
        return _person_entry(conn, row_id)
    queries = {
        "organisations": "SELECT name, coalesce(notes, ''), NULL FROM organisations WHERE id = ?",
        "events": "SELECT title, coalesce(place, '') || ' ' || coalesce(description, ''), case_id FROM events "
        "WHERE id = ?",
        "evidence": "SELECT coalesce(description, media_type, id), coalesce(description, ''), case_id FROM evidence "
        "WHERE id = ?",
        "sources": "SELECT title, coalesce(author, '') || ' ' || coalesce(reference, ''), case_id FROM sources "
        "WHERE id = ?",
        "communications": "SELECT title, coalesce(reference, '') || ' ' || coalesce(sender, ''), case_id "
        "FROM communications WHERE id = ?",
    }
    row = conn.execute(queries[entity], (row_id,)).fetchone()
    if row is None:
        return None
    label, text, case_id = row
    return label, [label, text], case_id


def reindex(conn: Any, entity: str, row_id: str) -> None:
    entry = entry_for(conn, entity, row_id)
    if entry is None:
        search_index.remove_entry(conn, entity, row_id)
    else:
        label, texts, case_id = entry
        search_index.index_entry(conn, entity, row_id, case_id, label, [t for t in texts if t])


def after_write(records: Records, conn: Any, entity: str, row: dict) -> None:
    if entity == "case_persons":
        reindex(conn, "persons", row["person_id"])
        return
    owner = _OWNER.get(entity)
    if owner is not None:
        reindex(conn, owner[0], row[owner[1]])


def after_delete(records: Records, conn: Any, entity: str, row: dict) -> None:
    owner = _OWNER.get(entity)
    if entity == "case_persons":
        reindex(conn, "persons", row["person_id"])
    elif owner is not None and owner[1] == "id":
        search_index.remove_entry(conn, entity, row["id"])
    elif owner is not None:
        reindex(conn, owner[0], row[owner[1]])
