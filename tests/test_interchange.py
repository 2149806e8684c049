"""The JSON interchange format: lossless round trip, schema, hostile imports."""

from __future__ import annotations

import copy
import json

import pytest

from app.demo import DEMO_CASE_ID, demo_document, load_demo
from app.domain.model import ENTITIES, entity
from app.services.interchange import ImportRefused, export_case, import_case, json_schema
from app.services.records import validate_row
from storage import audit


def _canon(doc: dict) -> dict:
    """Rows in id order, every field present (absent fields are null), dates in full form."""
    return {
        k: sorted((validate_row(entity(k), r) for r in v), key=lambda r: r["id"]) if isinstance(v, list) else v
        for k, v in doc.items()
    }


def test_demo_round_trip_is_lossless(make_vault):
    a, _ = make_vault("a")
    load_demo(a)
    exported = export_case(a, DEMO_CASE_ID)
    assert _canon(exported) == _canon(
        {k: demo_document().get(k, []) for k in exported} | {"format": "casefile-case", "version": 1}
    )
    b, _ = make_vault("b")
    import_case(b, json.dumps(exported).encode())
    assert _canon(export_case(b, DEMO_CASE_ID)) == _canon(exported)
    assert audit.verify(b.db.conn) == []


def test_schema_covers_every_field_and_validates_the_demo():
    schema = json_schema()
    for ent in ENTITIES:
        props = schema["properties"][ent.name]["items"]["properties"]
        assert set(props) == set(ent.columns)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(demo_document(), schema)


def _broken(edit) -> dict:
    doc = copy.deepcopy(demo_document())
    edit(doc)
    return doc


HOSTILE = {
    "not json": b"{ this is not json",
    "not utf8": b"\xff\xfe\x00garbage",
    "array": b"[1, 2, 3]",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "wrong format": json.dumps({"format": "something-else", "version": 1}).encode(),
    "unknown version": json.dumps(_broken(lambda d: d.update(version=99))).encode(),
    "unknown section": json.dumps(_broken(lambda d: d.update(extra=[]))).encode(),
    "unknown field": json.dumps(_broken(lambda d: d["persons"][0].update(shoe_size=42))).encode(),
    "dangling reference": json.dumps(_broken(lambda d: d["acts"][0].update(victim_id="p-nobody"))).encode(),
    "duplicate id": json.dumps(_broken(lambda d: d["persons"].append(dict(d["persons"][0])))).encode(),
    "missing required": json.dumps(_broken(lambda d: d["events"][0].pop("title"))).encode(),
    "wrong type": json.dumps(_broken(lambda d: d["persons"][0].update(public_consent="yes"))).encode(),
    "bad date": json.dumps(_broken(lambda d: d["events"][0].update(date={"start": "2025-13-45"}))).encode(),
    "reversed date": json.dumps(
        _broken(lambda d: d["events"][0].update(date={"start": "2026-01-02", "end": "2025-01-01"}))
    ).encode(),
    "control characters": json.dumps(
        _broken(lambda d: d["events"][0].update(description="bell\x07 and \x1b[31m escape"))
    ).encode(),
    "huge field": json.dumps(_broken(lambda d: d["events"][0].update(description="x" * 300_000))).encode(),
    "two cases": json.dumps(_broken(lambda d: d["cases"].append(dict(d["cases"][0], id="c2")))).encode(),
    "row of another case": json.dumps(_broken(lambda d: d["events"][0].update(case_id="c-other"))).encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_imports_are_refused_and_change_nothing(vault, name):
    before = vault.db.one("SELECT count(*) FROM audit")[0]
    with pytest.raises(ImportRefused) as info:
        import_case(vault, HOSTILE[name])
    message = str(info.value)
    assert message and "Traceback" not in message and len(message) < 400
    assert vault.db.one("SELECT count(*) FROM cases")[0] == 0
    assert vault.db.one("SELECT count(*) FROM persons")[0] == 0
    assert vault.db.one("SELECT count(*) FROM audit")[0] == before


def test_long_fields_and_mixed_scripts_are_kept(vault):
    doc = _broken(
        lambda d: d["events"][0].update(
            description="ы" * 100_000, place="Алматы облысы / Almaty oblysy / \u0627\u0644\u0645\u0627\u062a\u064a"
        )
    )
    import_case(vault, doc)
    row = vault.db.one("SELECT description, place FROM events WHERE id = ?", (doc["events"][0]["id"],))
    assert row[0] == "ы" * 100_000 and "Алматы" in row[1]


def test_importing_the_same_case_twice_is_refused(demo_vault):
    with pytest.raises(ImportRefused, match="already"):
        load_demo(demo_vault)
