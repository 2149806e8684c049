"""Recording an incident headless, through the service and ``casefile incident add``; linking evidence
to what it shows with ``casefile evidence link``."""

from __future__ import annotations

import json
import shutil

import pytest

from app.domain.dates import parse
from app.domain.incidents import Incident, Victim, default_act
from app.services.incidents import IncidentService, UnknownReference
from app.services.records import Records
from storage.vault import Vault

CASE = "case-atajurt"
BEKZAT = "p-bekzat-maxutkhan"


def counts(vault: Vault) -> dict[str, int]:
    tables = ("events", "persons", "person_names", "acts", "involvements", "attributions", "case_persons")
    return {t: vault.db.one(f"SELECT count(*) FROM {t}")[0] for t in tables}


def test_an_incident_is_written_whole(demo_vault):
    before = counts(demo_vault)
    incident = Incident(
        CASE,
        "arrest",
        "Arrest, Almaty region",
        date=parse("13.11.2025"),
        place="Almaty region",
        victims=(Victim(BEKZAT), Victim(name="Айгүл Серік"), Victim(name="Nurlan Ospan", act="detention")),
        by="o-police-almaty-region",
        source="src-iphr-kibhr-2026-01-15",
    )
    event_id = IncidentService(demo_vault).record(incident)
    after = counts(demo_vault)
    assert {t: after[t] - before[t] for t in after} == {
        "events": 1,
        "persons": 2,
        "person_names": 2,
        "acts": 3,
        "involvements": 3,
        "attributions": 4,  # the event and each act, according to the source
        "case_persons": 2,  # the two new people join the case; Bekzat is in it already
    }
    records = Records(demo_vault)
    acts = records.rows("acts", "event_id = ?", (event_id,), "rowid")
    assert [a["type"] for a in acts] == ["arrest", "arrest", "detention"]
    new = records.rows("person_names", "person_id = ?", (acts[1]["victim_id"],))[0]
    assert (new["value"], new["script"], new["lang"], new["kind"]) == ("Айгүл Серік", "Cyrl", "kk", "primary")
    assert demo_vault.db.one("SELECT count(*) FROM audit WHERE action = 'events.create' AND entity_id = ?", (event_id,))


def test_a_bad_reference_keeps_nothing(demo_vault):
    before = counts(demo_vault)
    service = IncidentService(demo_vault)
    for bad in (
        Incident(CASE, "arrest", "x", victims=(Victim(name="Someone New"),), source="src-nowhere"),
        Incident(CASE, "arrest", "x", victims=(Victim("p-nobody"),)),
        Incident(CASE, "arrest", "x", by="o-nobody"),
        Incident("case-nowhere", "arrest", "x"),
    ):
        with pytest.raises(UnknownReference):
            service.record(bad)
    assert counts(demo_vault) == before


def test_the_default_act_follows_the_kind():
    # a protest's participants took part; nobody is recorded as arrested unless the user says so
    assert default_act("protest") == "participation" and default_act("pretrial_measure") == "remand_in_custody"
    assert default_act("something else") == default_act(None) == "named"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The demo vault, made once for this module; each test works on its own copy."""
    from app.demo import load_demo
    from tests.conftest import LIGHT_KDF

    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, _ = Vault.create(folder, "a good long passphrase", kdf=LIGHT_KDF, allow_below_floor=True)
    load_demo(vault)
    vault.close()
    return folder


@pytest.fixture
def demo_cli(cli, demo_template, tmp_path):
    shutil.copytree(demo_template, tmp_path / "vault")  # where the cli fixture looks
    return cli


def open_demo(tmp_path) -> Vault:
    return Vault.open(tmp_path / "vault", passphrase="a good long passphrase")


def test_incident_add_on_the_command_line(demo_cli, tmp_path):
    cli = demo_cli
    code, out, err = cli(
        "incident", "add", "ATAJURT-2025", "--kind", "detention", "--when", "late November 2025",
        "--where", "Taldykorgan", "--person", "Bekzat Maxutkhan", "--person", "Нурлан Оспан",
        "--by", "o-police-almaty-region",
    )  # fmt: skip
    assert code == 0, err
    assert "2 act(s) (detention, detention), 1 new person(s)" in out
    event_id = out.split()[2].rstrip(":")
    spec = tmp_path / "incident.json"
    spec.write_text(
        json.dumps(
            {
                "kind": "intimidation",
                "when": "about July 2025",
                "description": "Visits by plain-clothes officers.",
                "people": [
                    {"person_id": "p-nazigul-maksutkhan"},
                    {"name": "Guldariya Sherizat", "act": "surveillance"},
                ],
            }
        )
    )
    code, out, err = cli("incident", "add", "case-atajurt", "--json", str(spec))
    assert code == 0, err
    assert "(intimidation, surveillance), 0 new person(s)" in out  # Guldariya Sherizat is in the vault
    vault = open_demo(tmp_path)
    try:
        event = Records(vault).get("events", event_id)
        assert event is not None and event["title"] == "Detention, Taldykorgan"  # as the desktop form makes it
        assert event["date"]["precision"] == "part_of_month"
        victims = [r[0] for r in vault.db.query("SELECT victim_id FROM acts WHERE event_id = ?", (event_id,))]
        assert victims[0] == BEKZAT  # an exact spelling is the existing person
    finally:
        vault.close()


BAD_INPUT = [
    (("--kind", "picnic"), "'picnic' is not a known kind of incident"),
    (("--kind", "arrest", "--act", "tickling"), "'tickling' is not a known act"),
    (("--kind", "arrest", "--when", "next tuesday"), "“next” is not understood in a date"),
    (("--kind", "arrest", "--person-id", "p-nobody"), "There is no person p-nobody"),
    (("--when", "13.11.2025"), "Say what kind of incident it was"),
]


def test_incident_add_refuses_bad_input_in_plain_words(demo_cli, tmp_path):
    cli = demo_cli
    for args, said in BAD_INPUT:
        code, _, err = cli("incident", "add", "case-atajurt", *args)
        assert code == 1 and said in err and "Traceback" not in err, (args, err)
    vault = open_demo(tmp_path)
    assert vault.db.one("SELECT count(*) FROM events")[0] == 23  # the demo's, nothing added
    vault.close()


def test_evidence_link_and_unlink(demo_cli, tmp_path):
    cli = demo_cli
    photo = tmp_path / "photo.bin"
    photo.write_bytes(b"not really a photo")
    code, out, _ = cli("evidence", "add", "case-atajurt", str(photo))
    assert code == 0
    item = out.split()[0]
    event = "ev-2019-bilash-prosecution"
    code, out, err = cli("evidence", "link", item, "--event", event, "--json")
    assert code == 0, err
    links = json.loads(out)
    assert [(x["entity"], x["entity_id"]) for x in links] == [("events", event)] and links[0]["name"]
    assert cli("evidence", "link", item, "--event", event)[0] == 0  # once only
    code, out, _ = cli("evidence", "link", item, "--person", BEKZAT)
    assert code == 0 and "linked to 2 record(s)" in out and "Bekzat Maxutkhan" in out
    code, _, err = cli("evidence", "link", item, "--event", "ev-nowhere")
    assert code == 1 and "There is no event ev-nowhere" in err
    code, _, err = cli("evidence", "link", item, "--event", event, "--person", BEKZAT)
    assert code == 1 and "exactly one of" in err
    code, out, _ = cli("evidence", "unlink", item, "--event", event)
    assert code == 0 and "linked to 1 record(s)" in out
    code, _, err = cli("evidence", "unlink", item, "--event", event)
    assert code == 1 and "not linked to event" in err


def test_evidence_is_linked_only_within_its_case(demo_vault, tmp_path):
    from app.services.cases import create_case
    from app.services.evidence import EvidenceService, LinkAcrossCases

    other = create_case(demo_vault, title="Another case")
    (tmp_path / "f.bin").write_bytes(b"evidence of another case")
    service = EvidenceService(demo_vault)
    item = service.add_file(other, tmp_path / "f.bin").evidence_id
    with pytest.raises(LinkAcrossCases):
        service.link(item, "events", "ev-2019-bilash-prosecution")
    service.link(item, "persons", BEKZAT)  # persons belong to the vault, not to one case
    assert demo_vault.db.one("SELECT count(*) FROM evidence_links WHERE evidence_id = ?", (item,))[0] == 1
