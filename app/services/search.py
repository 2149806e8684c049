"""Search across the vault: persons (every spelling), organisations, events, evidence, sources."""

from __future__ import annotations

from app.search import index as search_index
from app.search.index import Hit
from storage.vault import Vault

MAX_QUERY_CHARS = 200


def search(vault: Vault, query: str, *, limit: int = 20, entities: list[str] | None = None) -> list[Hit]:
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not query:
        return []
    with vault.db.lock:
        return search_index.search(vault.db.conn, query, limit=limit, entities=entities)


def rebuild_index(vault: Vault) -> int:
    """Re-index everything (after a migration that changes the matching keys)."""
    from app.services.indexing import reindex

    count = 0
    with vault.db.transaction() as conn:
        for entity in ("persons", "organisations", "events", "evidence", "sources", "communications"):
            for (row_id,) in conn.execute(f"SELECT id FROM {entity}").fetchall():
                reindex(conn, entity, row_id)
                count += 1
    return count
