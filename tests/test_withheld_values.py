"""A partner can receive every pack Casefile makes: values the sender withheld arrive as withheld.

Person names marked secret (a field override) travel in a partner pack's
case.json without their value. The receiver imports them as the marked
placeholder, keeps the override that says why, and its own reports and packs
still pass the leak gate.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.packs import receive_pack, verify_pack
from app.services.interchange import WITHHELD, ImportRefused, check_document, export_case, import_case
from app.services.records import Records
from app.services.reports import export_report
from tests.test_redaction import small_case


def _mark_names_secret(vault, case_id: str) -> list[str]:
    """Mark every name of the first two persons of the case secret; returns those names."""
    rec = Records(vault)
    person_ids = [r[0] for r in vault.db.query("SELECT person_id FROM case_persons WHERE case_id = ?", (case_id,))][:2]
    names = []
    for pid in person_ids:
        for row in rec.rows("person_names", "person_id = ?", (pid,)):
            names.append(row["value"])
            rec.insert(
                "field_overrides",
                {"case_id": case_id, "entity": "person_names", "entity_id": row["id"], "field": "value",
                 "sensitivity": "secret"},
            )  # fmt: skip
    return names


def test_a_partner_pack_with_secret_names_is_received(two_vaults, tmp_path):
    world = two_vaults
    hidden = _mark_names_secret(world.doc, world.case_id)
    assert hidden
    pack = world.pack(profile="partner")
    assert verify_pack(world.par, pack).ok
    result = receive_pack(world.par, pack)
    assert result.case_created
    got = export_case(world.par, result.case_id)
    values = [n["value"] for n in got["person_names"]]
    assert WITHHELD in values
    assert not set(hidden) & set(values)
    # The receiver knows why: the sender's overrides came along and still mark those rows.
    marked = {o["entity_id"] for o in got["field_overrides"] if o["field"] == "value" and o["sensitivity"] == "secret"}
    assert {n["id"] for n in got["person_names"] if n["value"] == WITHHELD} <= marked
    # Its own reports of the received case pass the leak gate at every profile.
    for profile in ("internal", "partner", "public"):
        out = tmp_path / f"received-{profile}.pdf"
        export_report(world.par, result.case_id, profile=profile, lang="en", out_path=out, report_date=dt.date.today())
        assert out.exists()


def test_missing_required_values_are_still_refused_when_not_withheld(make_vault):
    vault, _ = make_vault()
    doc = small_case()
    doc["person_names"][0]["value"] = None
    with pytest.raises(ImportRefused, match="value is required"):
        check_document(vault, doc)


def test_withheld_values_import_as_the_placeholder(make_vault):
    vault, _ = make_vault()
    doc = small_case()
    row = doc["person_names"][0]
    row["value"] = None
    doc["field_overrides"] = [
        {"id": "fo1", "case_id": "case-fix", "entity": "person_names", "entity_id": row["id"], "field": "value",
         "sensitivity": "secret"},
    ]  # fmt: skip
    case_id = import_case(vault, json.dumps(doc))
    got = {n["id"]: n["value"] for n in export_case(vault, case_id)["person_names"]}
    assert got[row["id"]] == WITHHELD
    # A public override marks nothing withheld.
    doc2 = small_case()
    doc2["cases"][0]["id"] = "case-other"
    for r in doc2.values():
        for x in r if isinstance(r, list) else []:
            if x.get("case_id") == "case-fix":
                x["case_id"] = "case-other"
    doc2["person_names"] = []
    doc2["sources"][0]["title"] = None
    doc2["field_overrides"] = [
        {"id": "fo2", "case_id": "case-other", "entity": "sources", "entity_id": "s-ngo", "field": "title",
         "sensitivity": "public"},
    ]  # fmt: skip
    with pytest.raises(ImportRefused, match="title is required"):
        check_document(vault, doc2)
