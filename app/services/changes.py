"""Changes a documenter makes to records: edits, deletions and additions, each one undoable.

A change is one transaction of audited row writes (``Records`` with a change id): every edit keeps the
old and the new values, every deletion the row as it was. A summary row closes the change
(``change.edit``, ``change.delete``, ``change.create``: which record, and where the change began in the
audit log). ``undo`` writes the old values back from those audit rows, as a change of its own
(``change.undo``), so an undo is audited like anything else and a change is never undone twice.

Deleting a record deletes what cannot stand without it (a person's spellings, roles, acts and measures;
an event's acts; a proceeding's hearings; what sources say about the record and the evidence links to
it), and clears the optional references to it (a spelling's source, an involvement's doer): all audited
in the same change, so that undo brings everything back as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from app.domain.model import ENTITIES, entity
from app.services.records import InvalidRecord, Records, new_id
from storage.vault import Vault

# Records pointing at any record by (entity, entity_id) rather than by a foreign key.
LINK_TABLES = ("attributions", "evidence_links", "field_overrides")
# What a documenter edits and deletes through a change (evidence has its own deletion: its bytes go).
CHANGEABLE = (
    "persons",
    "person_names",
    "person_relations",
    "case_persons",
    "organisations",
    "case_organisations",
    "events",
    "event_links",
    "acts",
    "involvements",
    "proceedings",
    "proceeding_parties",
    "hearings",
    "measures",
    "sources",
    "attributions",
    "communications",
    "evidence",
    "evidence_links",
)
# Fields never changed by an edit: identity, the case a record belongs to, what an evidence file is.
FIXED = {"id", "case_id"}
EVIDENCE_EDITABLE = {"description", "brought_by", "origin"}
KINDS = ("edit", "delete", "create")
SCAN = 500  # summary rows looked at to find the last change not yet undone


class NothingToUndo(InvalidRecord):
    """There is no change left to undo."""

    code = "nothing_to_undo"
    template = "There is no change to undo."


class UndoConflict(InvalidRecord):
    """A change cannot be undone because what it touched changed again since."""

    code = "undo_conflict"
    template = "The {entity} was changed again since; nothing was undone."


class NotChangeable(InvalidRecord):
    """A field or record that an edit or deletion may not touch."""

    code = "not_changeable"
    template = "{what} cannot be changed this way."


class NoSuchRecord(InvalidRecord):
    """A record to change is not in the vault."""

    code = "no_such_record"
    template = "There is no {entity} {id} in this vault."


@dataclass(frozen=True)
class Change:
    """One change as the audit log holds it: what was done to which record, and when."""

    change_id: str
    kind: str  # edit, delete, create
    entity: str
    entity_id: str
    at: str
    seq: int
    first_seq: int


@dataclass
class Removal:
    """What deleting a record takes with it, in the order it is deleted (what depends on it first)."""

    entity: str
    entity_id: str
    rows: list[tuple[str, dict]] = field(default_factory=list)  # (entity, row)
    cleared: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, id, field) set to none

    def counts(self) -> dict[str, int]:
        """How many records of each kind go with it (the record itself left out)."""
        out: dict[str, int] = {}
        for name, row in self.rows:
            if (name, row["id"]) != (self.entity, self.entity_id):
                out[name] = out.get(name, 0) + 1
        return out


def _required_refs(target: str) -> list[tuple[str, str]]:
    """(entity, field) of the records that cannot exist without a record of ``target`` (deleted with it)."""
    return [(e.name, f.name) for e in ENTITIES for f in e.fields if f.ref == target and f.required]


def _optional_refs(target: str) -> list[tuple[str, str]]:
    """(entity, field) of the records that may point at a record of ``target`` (the pointer is cleared)."""
    return [(e.name, f.name) for e in ENTITIES for f in e.fields if f.ref == target and not f.required]


class ChangeService:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.actor = actor
        self.records = Records(vault, actor)

    # -- one change --------------------------------------------------------------------------

    @contextmanager
    def change(self, kind: str, entity_name: str, entity_id: str = "") -> Iterator[ChangeScope]:
        """One change, in one transaction; the summary row names ``scope.entity_id`` (set it once known)."""
        if kind not in KINDS:
            raise ValueError(kind)
        scope = ChangeScope(Records(self.vault, self.actor, change=new_id("ch-")), entity_name, entity_id)
        with self.vault.db.transaction() as conn:
            first = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM audit").fetchone()[0]
            yield scope
            if scope.touched(conn, first):
                self.vault.record(
                    conn,
                    f"change.{kind}",
                    scope.entity,
                    scope.entity_id,
                    {"change": scope.records.change, "from": first},
                    actor=self.actor,
                )

    def edit(self, entity_name: str, row_id: str, changes: dict[str, Any]) -> bool:
        """Change some fields of one record; returns whether anything changed."""
        self._check_fields(entity_name, changes)
        if self.records.get(entity_name, row_id) is None:
            raise NoSuchRecord(entity=entity_name, id=row_id)
        with self.change("edit", entity_name, row_id) as scope:
            return scope.records.update(entity_name, row_id, changes)

    def _check_fields(self, entity_name: str, changes: dict[str, Any]) -> None:
        if entity_name not in CHANGEABLE:
            raise NotChangeable(what=entity_name)
        ent = entity(entity_name)
        for name in changes:
            if name in FIXED or (entity_name == "evidence" and name not in EVIDENCE_EDITABLE):
                raise NotChangeable(what=f"{entity_name}.{name}")
            if name not in ent.columns:
                raise InvalidRecord(f"{entity_name} has no field {name}.")

    # -- deleting -------------------------------------------------------------------------------

    def removal(self, entity_name: str, row_id: str) -> Removal:
        """What deleting a record would take with it (nothing is deleted)."""
        if entity_name not in CHANGEABLE or entity_name == "evidence":
            raise NotChangeable(what=entity_name)
        row = self.records.get(entity_name, row_id)
        if row is None:
            raise NoSuchRecord(entity=entity_name, id=row_id)
        plan = Removal(entity_name, row_id)
        self._collect(plan, entity_name, row, set())
        return plan

    def _collect(self, plan: Removal, entity_name: str, row: dict, seen: set[tuple[str, str]]) -> None:
        key = (entity_name, row["id"])
        if key in seen:
            return
        seen.add(key)
        records = self.records
        for child, column in _required_refs(entity_name):
            for r in records.rows(child, f"{column} = ?", (row["id"],), "rowid"):
                self._collect(plan, child, r, seen)
        for table in LINK_TABLES:
            for r in records.rows(table, "entity = ? AND entity_id = ?", (entity_name, row["id"]), "rowid"):
                self._collect(plan, table, r, seen)
        for other, column in _optional_refs(entity_name):
            for r in records.rows(other, f"{column} = ?", (row["id"],), "rowid"):
                if (other, r["id"]) not in seen:
                    plan.cleared.append((other, r["id"], column))
        plan.rows.append((entity_name, row))

    def delete(self, entity_name: str, row_id: str) -> Removal:
        """Delete a record and what cannot stand without it, as one undoable change."""
        plan = self.removal(entity_name, row_id)
        with self.change("delete", entity_name, row_id) as scope:
            # Cleared first, even on rows deleted next: a deletion's audit row then keeps the row as it
            # was after the clearing, and undo restores the pointer by reverting the clearing itself.
            for other, other_id, column in plan.cleared:
                scope.records.update(other, other_id, {column: None})
            for name, row in plan.rows:
                scope.records.delete(name, row["id"])
        return plan

    # -- undo ---------------------------------------------------------------------------------

    def last(self) -> Change | None:
        """The latest change not yet undone (undos themselves are not undone)."""
        undone = {
            json.loads(r[0]).get("undo_of")
            for r in self.vault.db.query("SELECT details FROM audit WHERE action = 'change.undo'")
        }
        rows = self.vault.db.query(
            "SELECT seq, action, entity, entity_id, at, details FROM audit"
            " WHERE action IN ('change.edit', 'change.delete', 'change.create') ORDER BY seq DESC LIMIT ?",
            (SCAN,),
        )
        for seq, action, entity_name, entity_id, at, details in rows:
            info = json.loads(details)
            if info.get("change") not in undone:
                return Change(
                    info["change"], action.split(".", 1)[1], entity_name, entity_id, at, seq, int(info["from"])
                )
        return None

    def undo(self) -> Change:
        """Undo the latest change not yet undone; returns it. All of it, or nothing."""
        last = self.last()
        if last is None:
            raise NothingToUndo()
        steps = self.vault.db.query(
            "SELECT action, entity, entity_id, details FROM audit WHERE seq >= ? AND seq < ? ORDER BY seq DESC",
            (last.first_seq, last.seq),
        )
        steps = [s for s in steps if json.loads(s[3]).get("change") == last.change_id]
        created = {(s[1], s[2]) for s in steps if s[0].endswith(".create")}
        records = Records(self.vault, self.actor, change=new_id("ch-"))
        with self.vault.db.transaction() as conn:
            for action, entity_name, entity_id, details in steps:
                self._revert(records, action.rsplit(".", 1)[1], entity_name, entity_id, json.loads(details), created)
            self.vault.record(
                conn,
                "change.undo",
                last.entity,
                last.entity_id,
                {"undo_of": last.change_id, "change": records.change},
                actor=self.actor,
            )
        return last

    def _revert(
        self, records: Records, action: str, entity_name: str, row_id: str, details: dict, created: set
    ) -> None:
        current = records.get(entity_name, row_id)
        if action == "edit":
            new = details.get("new") or {}
            if current is None or any(current.get(k) != v for k, v in new.items()):
                raise UndoConflict(entity=entity_name)
            records.update(entity_name, row_id, details.get("old") or {})
        elif action == "delete":
            if current is not None:
                raise UndoConflict(entity=entity_name)
            records.insert(entity_name, details["old"])
        elif action == "create":
            if current is None:
                raise UndoConflict(entity=entity_name)
            plan = Removal(entity_name, row_id)
            self._collect(plan, entity_name, current, set())
            if any((e, r["id"]) not in created for e, r in plan.rows):
                raise UndoConflict(entity=entity_name)  # used by something recorded since
            records.delete(entity_name, row_id)


@dataclass
class ChangeScope:
    """The records writer of one change, and the record it is about."""

    records: Records
    entity: str
    entity_id: str

    def touched(self, conn: Any, first: int) -> bool:
        """Whether the change wrote anything (an edit that changed nothing leaves no summary)."""
        return conn.execute("SELECT 1 FROM audit WHERE seq >= ? LIMIT 1", (first,)).fetchone() is not None
