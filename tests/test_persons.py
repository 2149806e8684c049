"""Duplicate warning across spellings and scripts, and a merge that keeps everything."""

from __future__ import annotations

import pytest

from app.cli import main
from app.services.cases import people_at_risk
from app.services.interchange import export_case
from app.services.persons import merge_history, merge_persons, possible_duplicates
from app.services.records import InvalidRecord, Records
from storage import audit


@pytest.mark.parametrize(
    "typed", ["Назигүл Мақсұтхан", "Nazigul Maxutkhan", "Maksutkhan Nazigul", "Назигуль Максутхан"]
)
def test_duplicate_warning_finds_the_existing_person(demo_vault, typed):
    found = possible_duplicates(demo_vault, [typed])
    assert found and found[0].person_id == "p-nazigul-maksutkhan"
    assert found[0].reason


def test_brothers_are_not_duplicates(demo_vault):
    found = possible_duplicates(demo_vault, ["Ergali Nurlybayev"])
    assert [d.person_id for d in found] == ["p-ergali-nurlybayev"]
    assert possible_duplicates(demo_vault, ["Erbol Nurlybaev"])[0].person_id == "p-erbol-nurlybayev"
    assert possible_duplicates(demo_vault, ["Marat Nurlybayev"]) == []


def test_merge_keeps_every_spelling_link_and_the_old_record(demo_vault):
    rec = Records(demo_vault)
    dup = rec.insert(
        "persons",
        {
            "kind": "individual",
            "contact": "+7 700 000 0000",
            "public_consent": True,
            "notes": "Entered twice by the field team",
        },
    )
    rec.insert("person_names", {"person_id": dup, "value": "Назигүл Мақсұтхан", "script": "Cyrl", "lang": "kk"})
    rec.insert("case_persons", {"case_id": "case-atajurt", "person_id": dup, "role": "defendant"})
    event = rec.rows("events", "case_id = ?", ("case-atajurt",))[0]["id"]
    rec.insert("acts", {"event_id": event, "victim_id": dup, "type": "intimidation"})
    before_names = len(rec.rows("person_names", "person_id = ?", ("p-nazigul-maksutkhan",)))
    merge_persons(demo_vault, "p-nazigul-maksutkhan", dup)
    assert rec.get("persons", dup) is None
    kept = rec.get("persons", "p-nazigul-maksutkhan")
    assert kept["contact"] == "+7 700 000 0000"
    assert kept["public_consent"] is False  # consent only if both records had it
    assert "Entered twice" in kept["notes"]
    names = [r["value"] for r in rec.rows("person_names", "person_id = ?", ("p-nazigul-maksutkhan",))]
    assert len(names) == before_names + 1 and "Назигүл Мақсұтхан" in names
    assert any(a["type"] == "intimidation" for a in rec.rows("acts", "victim_id = ?", ("p-nazigul-maksutkhan",)))
    roles = [r["role"] for r in rec.rows("case_persons", "person_id = ?", ("p-nazigul-maksutkhan",))]
    assert roles.count("defendant") == 1
    history = merge_history(demo_vault)
    assert history[0]["merged_id"] == dup and history[0]["merged_record"]["person"]["contact"]
    assert audit.verify(demo_vault.db.conn) == []
    assert sum(p.person_id == "p-nazigul-maksutkhan" for p in people_at_risk(demo_vault, "case-atajurt")) == 1
    export_case(demo_vault, "case-atajurt")  # still a consistent case
    with pytest.raises(InvalidRecord):
        merge_persons(demo_vault, "p-nazigul-maksutkhan", "p-nazigul-maksutkhan")


def test_cli_duplicates_and_merges(tmp_path, monkeypatch, light_cli_kdf, capsys):
    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "v"))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "a good long passphrase")
    main(["demo"])
    capsys.readouterr()
    assert main(["persons", "duplicates", "Бекзат", "Мақсұтхан"]) == 0
    assert "Possibly the same as Bekzat Maxutkhan" in capsys.readouterr().out
    assert main(["persons", "merge", "p-bekzat-maxutkhan", "p-nazigul-maksutkhan"]) == 1
    assert "confirmation" in capsys.readouterr().err
    assert main(["persons", "merges"]) == 0
    assert "No persons have been merged" in capsys.readouterr().out


def test_statuses_derive_from_measures_and_recent_acts(demo_vault):
    statuses = {p.person_id: p for p in people_at_risk(demo_vault, "case-atajurt")}
    assert statuses["p-nazigul-maksutkhan"].status == "house_arrest"
    assert statuses["p-bekzat-maxutkhan"].status == "detained"
    assert statuses["p-bekzat-maxutkhan"].until is not None
    assert sum(p.status == "detained" for p in statuses.values()) == 13
    assert sum(p.status == "house_arrest" for p in statuses.values()) == 6
    # an arrest years ago, with no measure since, does not make someone "detained" today
    assert statuses["p-serikzhan-bilash"].status != "detained"
