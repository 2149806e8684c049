"""Changing an evidence item: its description and links (undoable changes), or deleting it: its encrypted
bytes are destroyed; its custody history stays in the audit log.

The custody trail lives in rows that belong to the item, so it would go with the item. Before the rows
go, the audit row of the deletion takes a copy of what proves the item's history: its SHA-256, size,
type, description, when it came in, every custody entry and what it was linked to. Its capture metadata
(GPS, device) and its original file name are not copied: deleting a file is often meant to make exactly
those go away. The metadata-free copies made of it for packs go with it. A deletion cannot be undone
(the bytes are overwritten), so the desktop app asks first and says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.search import index as search_index
from app.services.changes import ChangeService
from app.services.evidence import LINKABLE, EvidenceService
from app.services.records import Records
from storage.errors import NoSuchEvidence
from storage.shred import shred
from storage.vault import Vault

LINKABLE_KINDS = tuple(LINKABLE)
KEPT = ("sha256", "size", "media_type", "description", "intake_time", "parent_id", "operation")


@dataclass(frozen=True)
class EvidenceRemoval:
    """What deleting an item removes, and what of it stays (in the audit log)."""

    evidence_id: str
    sha256: str
    custody_entries: int  # kept in the audit log
    links: int  # links to events, people, sources: removed
    copies: int  # metadata-free copies made for packs: deleted with it


class EvidenceChanges:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.actor = actor
        self.records = Records(vault, actor)

    def removal(self, evidence_id: str) -> EvidenceRemoval:
        """What deleting the item would remove and keep (nothing is deleted)."""
        item = self.records.get("evidence", evidence_id)
        if item is None:
            raise NoSuchEvidence()
        items = [evidence_id, *self._copies(evidence_id)]
        count = self.vault.db.one
        marks = ",".join("?" * len(items))
        return EvidenceRemoval(
            evidence_id,
            item["sha256"],
            int(count(f"SELECT count(*) FROM custody WHERE evidence_id IN ({marks})", items)[0]),
            int(count(f"SELECT count(*) FROM evidence_links WHERE evidence_id IN ({marks})", items)[0]),
            len(items) - 1,
        )

    def _copies(self, evidence_id: str) -> list[str]:
        return [r[0] for r in self.vault.db.query("SELECT id FROM evidence WHERE parent_id = ?", (evidence_id,))]

    def set_links(
        self, evidence_id: str, wanted: set[tuple[str, str]], kinds: tuple[str, ...] = LINKABLE_KINDS
    ) -> bool:
        """Link the item to exactly ``wanted`` among the records of ``kinds`` ((entity, id) pairs), as one
        undoable change; links to other kinds of records stay. Returns whether anything changed."""
        if self.records.get("evidence", evidence_id) is None:
            raise NoSuchEvidence()
        checker = EvidenceService(self.vault, self.actor)
        changes = ChangeService(self.vault, self.actor)
        with changes.change("edit", "evidence", evidence_id) as scope:
            rows = scope.records.rows("evidence_links", "evidence_id = ?", (evidence_id,), "rowid")
            have = {(r["entity"], r["entity_id"]): r["id"] for r in rows if r["entity"] in kinds}
            for pair, link_id in have.items():
                if pair not in wanted:
                    scope.records.delete("evidence_links", link_id)
            for entity, entity_id in sorted(wanted - set(have)):
                checker.check_link(evidence_id, entity, entity_id)
                scope.records.insert(
                    "evidence_links", {"evidence_id": evidence_id, "entity": entity, "entity_id": entity_id}
                )
            return set(have) != wanted

    def delete(self, evidence_id: str) -> EvidenceRemoval:
        """Delete the item and its copies in one transaction (history copied into the audit log), then
        overwrite and remove their encrypted files."""
        summary = self.removal(evidence_id)
        blobs: list[str] = []
        with self.vault.db.transaction() as conn:
            for item_id in [*self._copies(evidence_id), evidence_id]:
                item = self.records.get("evidence", item_id)
                if item is None:
                    continue
                trail = self.records.rows("custody", "evidence_id = ?", (item_id,), "at, rowid")
                links = self.records.rows("evidence_links", "evidence_id = ?", (item_id,), "rowid")
                blob = conn.execute("SELECT blob_id FROM evidence WHERE id = ?", (item_id,)).fetchone()[0]
                details = {
                    **{k: item[k] for k in KEPT},
                    "custody": [{k: c[k] for k in ("at", "action", "actor", "details")} for c in trail],
                    "links": [{"entity": x["entity"], "entity_id": x["entity_id"]} for x in links],
                    "file_destroyed": blob is not None,
                }
                self.vault.record(conn, "evidence.delete", "evidence", item_id, details, actor=self.actor)
                conn.execute("DELETE FROM evidence WHERE id = ?", (item_id,))
                search_index.remove_entry(conn, "evidence", item_id)
                if blob:
                    blobs.append(blob)
        # After the commit: a crash in between leaves ciphertext no row refers to, which the next unlock
        # sweeps away. Before it, a failed commit would have destroyed a file still on record.
        for blob in blobs:
            shred(self.vault.evidence.path(blob))
        return summary


def deleted_history(vault: Vault, evidence_id: str) -> dict | None:
    """What the audit log kept of a deleted item (its hash and custody trail), or None."""
    row = vault.db.one(
        "SELECT details FROM audit WHERE action = 'evidence.delete' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
        (evidence_id,),
    )
    return json.loads(row[0]) if row else None
