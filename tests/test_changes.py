"""Edits and deletions keep the old values in the audit log, and undo puts them back (audited too);
deleting evidence destroys its file and keeps its custody history in the audit log."""

from __future__ import annotations

import json

import pytest

from app.services.changes import ChangeService, NotChangeable, NothingToUndo, UndoConflict
from app.services.evidence import EvidenceService
from app.services.evidence_changes import EvidenceChanges, deleted_history
from app.services.person_edits import PersonEdit, RecordEdits, SpellingEdit
from app.services.records import Records
from app.services.sources import NewSource, SourceService
from app.views import Views
from storage import audit
from storage.errors import NoSuchEvidence
from storage.vault import Vault

CASE = "case-atajurt"
BEKZAT = "p-bekzat-maxutkhan"
HEARING = "h-2026-02-19"
TABLES = (
    "persons",
    "person_names",
    "case_persons",
    "acts",
    "involvements",
    "measures",
    "proceeding_parties",
    "attributions",
    "evidence_links",
    "person_relations",
    "hearings",
    "events",
    "sources",
    "communications",
)


def snapshot(vault: Vault) -> dict[str, list]:
    return {t: sorted(map(tuple, vault.db.query(f"SELECT * FROM {t}"))) for t in TABLES}


def test_an_edit_keeps_old_and_new_values_and_undo_puts_the_old_back(demo_vault):
    changes = ChangeService(demo_vault)
    before = snapshot(demo_vault)
    assert changes.edit("hearings", HEARING, {"place": "Almaty", "outcome": "held"})
    row = demo_vault.db.one(
        "SELECT details FROM audit WHERE action = 'hearings.edit' AND entity_id = ? ORDER BY seq DESC", (HEARING,)
    )
    details = json.loads(row[0])
    assert details["old"] == {"place": "Taldykorgan", "outcome": "postponed"}
    assert details["new"] == {"place": "Almaty", "outcome": "held"}
    last = changes.last()
    assert (last.kind, last.entity, last.entity_id) == ("edit", "hearings", HEARING)
    assert not changes.edit("hearings", HEARING, {"place": "Almaty"})  # nothing changed: no change recorded
    assert changes.last() == last
    assert changes.undo() == last
    assert snapshot(demo_vault) == before
    assert demo_vault.db.one("SELECT count(*) FROM audit WHERE action = 'change.undo'")[0] == 1
    assert audit.verify(demo_vault.db.conn) == []
    with pytest.raises(NothingToUndo):
        changes.undo()  # the undo itself is not undone, and the edit only once


def test_undo_walks_back_and_refuses_what_changed_again(demo_vault):
    changes = ChangeService(demo_vault)
    changes.edit("hearings", HEARING, {"place": "one"})
    changes.edit("hearings", HEARING, {"place": "two"})
    changes.undo()
    assert Records(demo_vault).get("hearings", HEARING)["place"] == "one"
    changes.undo()
    assert Records(demo_vault).get("hearings", HEARING)["place"] == "Taldykorgan"
    changes.edit("hearings", HEARING, {"place": "three"})
    Records(demo_vault).update("hearings", HEARING, {"place": "four"})  # changed outside any change
    with pytest.raises(UndoConflict):
        changes.undo()
    assert Records(demo_vault).get("hearings", HEARING)["place"] == "four"


def test_deleting_a_person_takes_what_depends_on_them_and_undo_brings_it_all_back(demo_vault):
    changes = ChangeService(demo_vault)
    before = snapshot(demo_vault)
    plan = changes.removal("persons", BEKZAT)
    counts = plan.counts()
    assert counts["acts"] >= 3 and counts["measures"] == 2 and counts["person_names"] >= 1
    assert counts["proceeding_parties"] == 1 and counts["attributions"] >= 1
    assert snapshot(demo_vault) == before  # asking what would go deletes nothing
    changes.delete("persons", BEKZAT)
    assert Records(demo_vault).get("persons", BEKZAT) is None
    for table, column in (("acts", "victim_id"), ("measures", "person_id"), ("person_names", "person_id")):
        assert demo_vault.db.one(f"SELECT count(*) FROM {table} WHERE {column} = ?", (BEKZAT,))[0] == 0
    dangling = demo_vault.db.query(
        "SELECT entity, entity_id FROM attributions WHERE entity = 'persons' AND entity_id = ?", (BEKZAT,)
    )
    assert dangling == []
    assert BEKZAT not in [p.person_id for p in Views(demo_vault).people.statuses(CASE)]
    last = changes.last()
    assert (last.kind, last.entity_id) == ("delete", BEKZAT)
    changes.undo()
    assert snapshot(demo_vault) == before
    assert audit.verify(demo_vault.db.conn) == []


def test_deleting_a_source_clears_what_only_pointed_at_it(demo_vault):
    changes = ChangeService(demo_vault)
    before = snapshot(demo_vault)
    source = "src-un-al-kaz-2-2026"
    plan = changes.removal("sources", source)
    assert ("communications", "com-un-al-kaz-2-2026", "source_id") in plan.cleared
    changes.delete("sources", source)
    assert Records(demo_vault).get("communications", "com-un-al-kaz-2-2026")["source_id"] is None
    changes.undo()
    assert snapshot(demo_vault) == before


def test_undoing_an_addition_refuses_once_the_record_is_used(vault):
    from app.services.cases import create_case
    from app.services.proceedings import NewProceeding, ProceedingService

    case_id = create_case(vault, title="Case")
    source = SourceService(vault).add(NewSource(case_id, "interview", "Interview with a relative"))
    ProceedingService(vault).add_proceeding(NewProceeding(case_id, "Criminal case", source_id=source))
    changes = ChangeService(vault)
    changes.undo()  # the proceeding goes (with its attribution, added in the same change)
    assert vault.db.one("SELECT count(*) FROM proceedings")[0] == 0
    ProceedingService(vault).add_proceeding(NewProceeding(case_id, "Criminal case", source_id=source))
    changes.undo()
    Records(vault).insert("attributions", {"source_id": source, "entity": "cases", "entity_id": case_id})
    with pytest.raises(UndoConflict):
        changes.undo()  # the source is cited since: undoing its addition would delete that
    assert Records(vault).get("sources", source) is not None


def test_a_person_is_edited_with_every_spelling(demo_vault):
    edits = RecordEdits(demo_vault)
    spellings = Views(demo_vault).people.spellings(BEKZAT)
    first = spellings[0]
    assert first.id
    changed = edits.edit_person(
        BEKZAT,
        PersonEdit(
            (SpellingEdit("Bekzat Maksutkhan", first.id, "Latn", "en", "primary"), SpellingEdit("Бекзат Мақсұтхан")),
            description="Atajurt activist",
            case_id=CASE,
            role="defendant",
        ),
    )
    assert changed
    now = Views(demo_vault).people.spellings(BEKZAT)
    assert [(s.value, s.script, s.kind) for s in now] == [
        ("Bekzat Maksutkhan", "Latn", "primary"),
        ("Бекзат Мақсұтхан", "Cyrl", "transliteration"),
    ]
    ChangeService(demo_vault).undo()
    assert [s.value for s in Views(demo_vault).people.spellings(BEKZAT)] == [s.value for s in spellings]


def test_fields_that_make_a_record_what_it_is_cannot_be_edited(demo_vault):
    changes = ChangeService(demo_vault)
    with pytest.raises(NotChangeable):
        changes.edit("hearings", HEARING, {"id": "h-other"})
    with pytest.raises(NotChangeable):
        changes.edit("events", "ev-2025-11-13-protest", {"case_id": "case-other"})
    with pytest.raises(NotChangeable):
        changes.edit("evidence", "e-1", {"sha256": "0" * 64})
    with pytest.raises(NotChangeable):
        changes.removal("evidence", "e-1")


def test_deleting_evidence_destroys_the_file_and_keeps_its_custody_in_the_audit_log(demo_vault, tmp_path):
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"evidence bytes " * 200)
    service = EvidenceService(demo_vault)
    item = service.add_file(CASE, source).evidence_id
    service.read(item)  # a view, in the custody trail
    service.link(item, "persons", BEKZAT)
    copy = service.add_bytes(CASE, b"metadata-free copy bytes", parent_id=item, operation="strip-metadata")
    blobs = [service.blob_id(item), service.blob_id(copy.evidence_id)]
    paths = [demo_vault.evidence.path(b) for b in blobs]
    assert all(p.exists() for p in paths)
    removal = EvidenceChanges(demo_vault)
    plan = removal.removal(item)
    assert (plan.custody_entries, plan.links, plan.copies) == (3, 1, 1)  # intake, view; the copy's derive
    ChangeService(demo_vault).edit("evidence", item, {"description": "Protest video, first minute"})
    removal.delete(item)
    assert not any(p.exists() for p in paths)
    assert demo_vault.db.one("SELECT count(*) FROM evidence WHERE id IN (?, ?)", (item, copy.evidence_id))[0] == 0
    kept = deleted_history(demo_vault, item)
    assert [c["action"] for c in kept["custody"]] == ["intake", "view"]
    assert kept["sha256"] == plan.sha256 and kept["description"] == "Protest video, first minute"
    assert kept["links"] == [{"entity": "persons", "entity_id": BEKZAT}] and kept["file_destroyed"]
    assert "original_name" not in kept and "capture" not in kept
    assert deleted_history(demo_vault, copy.evidence_id)["custody"][0]["action"] == "derive"
    assert audit.verify(demo_vault.db.conn) == []
    with pytest.raises(NoSuchEvidence):
        removal.delete(item)
