"""A partner receiving packs from two documenters about the same person, spelled their own ways."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.packs import PartnerBook, my_card, receive_pack
from app.packs.persons import merge_best, person_facts, received_from
from app.packs.receive import preview_receive
from app.services.interchange import import_case
from app.services.packs import make_pack
from storage import audit
from storage.vault import Vault
from tests.cli_helpers import run_cli
from tests.conftest import LIGHT_KDF, PASSPHRASE

SPELLINGS = {"amina": ["Nazigul Maksutkhan"], "berik": ["Nazigul Maxutkhan", "Назигуль Максутхан"]}


@dataclass
class Partners:
    root: Path
    packs: dict[str, Path]  # documenter -> pack made for the partner
    fingerprints: dict[str, str]  # documenter -> their card's fingerprint


def _case(who: str) -> dict:
    names = SPELLINGS[who]
    return {
        "format": "casefile-case",
        "version": 1,
        "cases": [{"id": f"case-{who}", "title": f"Hearings seen by {who}"}],
        "persons": [{"id": f"p-{who}-1", "kind": "individual", "description": "Activist, detained in March"}],
        "person_names": [
            {"id": f"pn-{who}-{n}", "person_id": f"p-{who}-1", "value": v, "kind": "primary" if n == 0 else "alias"}
            for n, v in enumerate(names)
        ],
        "case_persons": [{"id": f"cp-{who}", "case_id": f"case-{who}", "person_id": f"p-{who}-1", "role": "victim"}],
    }


@pytest.fixture(scope="module")
def partners(tmp_path_factory) -> Partners:
    """Two documenters' packs for one partner (made once: the partner vaults are made per test)."""
    root = tmp_path_factory.mktemp("partners")
    card = root / "partner-card"
    partner, _ = Vault.create(card, PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    packs, fingerprints = {}, {}
    for who in SPELLINGS:
        doc, _ = Vault.create(root / who, PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
        case_id = import_case(doc, _case(who))
        to = PartnerBook(doc).add(my_card(partner, "Partner NGO"), trusted=True)
        packs[who] = root / f"{who}.casefile-pack"
        make_pack(doc, case_id, [to], packs[who], profile="partner", with_report=False)
        if who == "amina":  # a second case of hers about the same person, sent later
            later = {
                "format": "casefile-case",
                "version": 1,
                "cases": [{"id": "case-amina-2", "title": "The appeal"}],
                "case_persons": [
                    {"id": "cp-amina-2", "case_id": "case-amina-2", "person_id": "p-amina-1", "role": "victim"}
                ],
            }
            packs["amina-later"] = root / "amina-later.casefile-pack"
            make_pack(doc, import_case(doc, later), [to], packs["amina-later"], profile="partner", with_report=False)
        fingerprints[who] = my_card(doc, who).fingerprint
        doc.close()
    partner.close()
    return Partners(root, packs, fingerprints)


def _partner_vault(partners: Partners, name: str) -> Vault:
    """A copy of the partner's vault (same keys, so the packs open), trusting both documenters."""
    import shutil

    folder = partners.root / name
    shutil.copytree(partners.root / "partner-card", folder)
    vault = Vault.open(folder, passphrase=PASSPHRASE)
    for who in SPELLINGS:
        doc = Vault.open(partners.root / who, passphrase=PASSPHRASE)
        PartnerBook(vault).add(my_card(doc, who), trusted=True)
        doc.close()
    return vault


def _persons(vault: Vault) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for pid, value, kind in vault.db.query("SELECT person_id, value, kind FROM person_names ORDER BY rowid"):
        out.setdefault(pid, []).append((value, kind))
    return out


def test_merge_on_receive_keeps_one_person_with_every_spelling_and_each_senders_provenance(partners):
    vault = _partner_vault(partners, "merging")
    first = receive_pack(vault, partners.packs["amina"])
    assert first.matches == [] and first.merged == []
    [existing] = _persons(vault)

    preview = preview_receive(vault, partners.packs["berik"])
    assert preview.report.ok
    [match] = preview.matches
    assert match.existing_id == existing and match.incoming_names == SPELLINGS["berik"]
    assert match.reason.endswith("match letter for letter after transliteration")
    assert vault.db.one("SELECT count(*) FROM received_packs")[0] == 1  # the preview kept nothing

    second = receive_pack(vault, partners.packs["berik"], merge=merge_best)
    assert second.merged == [(match.incoming_id, existing)]
    persons = _persons(vault)
    assert list(persons) == [existing]  # one person
    assert persons[existing] == [
        ("Nazigul Maksutkhan", "primary"),
        ("Nazigul Maxutkhan", "alias"),
        ("Назигуль Максутхан", "alias"),
    ]
    assert vault.db.one("SELECT count(*) FROM persons")[0] == 1
    roles = vault.db.query("SELECT case_id FROM case_persons WHERE person_id = ? ORDER BY case_id", (existing,))
    assert len(roles) == 2  # in both senders' cases

    # Each fact says which pack, and so which sender, it came from.
    senders = {}
    for entity, row_id, what in person_facts(vault, existing):
        senders[what] = {p.sender_fingerprint for p in received_from(vault, entity, row_id)}
    amina, berik = partners.fingerprints["amina"], partners.fingerprints["berik"]
    assert senders["name Nazigul Maksutkhan (primary)"] == {amina}
    assert senders["name Nazigul Maxutkhan (alias)"] == {berik}
    assert senders["name Назигуль Максутхан (alias)"] == {berik}
    assert senders["the person's record"] == {amina, berik}
    assert sorted(s.pop() for w, s in senders.items() if w.startswith("case person")) == sorted([amina, berik])

    # The merge is in the audit log, with the pack it came with.
    merge = vault.db.one("SELECT entity_id, details FROM audit WHERE action = 'persons.merge'")
    assert merge[0] == existing and json.loads(merge[1])["merged_id"] == match.incoming_id
    receive = json.loads(vault.db.one("SELECT details FROM audit WHERE action = 'pack.receive' ORDER BY seq DESC")[0])
    assert receive["merged_persons"] == [[match.incoming_id, existing]]
    assert audit.verify(vault.db.conn) == []
    vault.close()


def test_a_later_pack_from_a_merged_sender_attaches_to_the_person_merged_into(partners):
    vault = _partner_vault(partners, "later")
    receive_pack(vault, partners.packs["berik"])
    [existing] = _persons(vault)
    assert receive_pack(vault, partners.packs["amina"], merge=merge_best).merged
    later = receive_pack(vault, partners.packs["amina-later"])
    assert later.case_created and later.matches == [] and later.merged == []
    assert list(_persons(vault)) == [existing] and vault.db.one("SELECT count(*) FROM persons")[0] == 1
    role = vault.db.one("SELECT id FROM case_persons WHERE case_id = ?", (later.case_id,))
    assert vault.db.one("SELECT person_id FROM case_persons WHERE id = ?", role) == (existing,)
    assert [p.sender_fingerprint for p in received_from(vault, "case_persons", role[0])] == [
        partners.fingerprints["amina"]
    ]
    vault.close()


def test_by_default_the_cli_warns_and_keeps_them_separate(partners):
    vault = _partner_vault(partners, "separate")
    receive_pack(vault, partners.packs["amina"])
    vault.close()
    check = run_cli(partners.root / "separate", "verify", "--json", str(partners.packs["berik"]))
    assert check.returncode == 0, check.stderr
    [seen] = json.loads(check.stdout)["persons_already_here"]
    assert seen["incoming_names"] == SPELLINGS["berik"]
    run = run_cli(partners.root / "separate", "receive", str(partners.packs["berik"]))
    assert run.returncode == 0, run.stderr
    assert "Possibly the same person: Nazigul Maxutkhan / Назигуль Максутхан (person-" in run.stdout
    assert "and Nazigul Maksutkhan (person-" in run.stdout and "already here" in run.stdout
    assert "kept as records of their own" in run.stdout
    vault = Vault.open(partners.root / "separate", passphrase=PASSPHRASE)
    persons = _persons(vault)
    assert len(persons) == 2
    assert vault.db.one("SELECT count(*) FROM audit WHERE action = 'persons.merge'")[0] == 0
    vault.close()


def test_the_cli_merges_when_asked(partners):
    vault = _partner_vault(partners, "cli-merge")
    receive_pack(vault, partners.packs["berik"])
    vault.close()
    run = run_cli(partners.root / "cli-merge", "receive", str(partners.packs["amina"]), "--same-person", "merge")
    assert run.returncode == 0, run.stderr
    assert "Merged Nazigul Maksutkhan (person-" in run.stdout
    vault = Vault.open(partners.root / "cli-merge", passphrase=PASSPHRASE)
    [(pid, names)] = _persons(vault).items()
    assert names == [
        ("Nazigul Maxutkhan", "primary"),
        ("Назигуль Максутхан", "alias"),
        ("Nazigul Maksutkhan", "alias"),
    ]
    vault.close()


def test_the_receive_dialog_shows_the_match_and_merges_the_person_chosen(qtbot, partners):
    from PySide6.QtCore import Qt

    from tests.ui_helpers import make_window, press, unlock
    from ui import dialogs
    from ui.packs import open_receive_dialog
    from ui.packs.receive_dialog import ReceiveDialog

    vault = _partner_vault(partners, "desktop")
    receive_pack(vault, partners.packs["amina"])
    [existing] = _persons(vault)
    folder = vault.folder
    vault.close()
    window = make_window(qtbot, folder, settings_path=partners.root / "desktop-ui.ini")
    unlock(qtbot, window)
    try:
        r = open_receive_dialog(window)
        assert isinstance(r, ReceiveDialog)
        dialogs.next_answers.append([partners.packs["berik"]])
        r.pick()
        with qtbot.waitSignal(r.job_done, timeout=30_000):
            press(r, Qt.Key.Key_Return)  # verify
        assert r.report.ok and r.persons_box.isVisibleTo(r)
        [choice] = r.same_person.values()
        assert choice.currentData() is None  # keep separate unless the user says otherwise
        assert [choice.itemData(i) for i in range(choice.count())] == [None, existing]
        assert choice.itemText(1).startswith("Merge into Nazigul Maksutkhan (")
        assert "match letter for letter after transliteration" in choice.itemText(1)
        label = r.persons_form.labelForField(choice).text()
        assert label == "Nazigul Maxutkhan / Назигуль Максутхан (in the pack)"
        choice.setCurrentIndex(1)
        _shot(r, "receive-same-person")
        with qtbot.waitSignal(r.job_done, timeout=30_000):
            press(r, Qt.Key.Key_Return)  # receive
        assert r.result is not None, r.outcome.text()
        lines = [r.received.item(i).text() for i in range(r.received.count())]
        assert "A person of the pack was merged into Nazigul Maksutkhan" in lines
        persons = _persons(window.session.vault)
        assert list(persons) == [existing] and len(persons[existing]) == 3
        _shot(r, "receive-merged")
        r.cancel_button.click()
    finally:
        dialogs.next_answers.clear()
        window.pool.cancel_all()
        window.pool.wait_all()
        window.close()


def _shot(widget, name: str) -> None:
    """With CASEFILE_SCREENSHOTS=DIR, the dialog as it looks, for the eye; otherwise only grabbed."""
    import os

    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    picture = widget.grab()
    assert not picture.isNull()
    if os.environ.get("CASEFILE_SCREENSHOTS"):
        picture.save(str(Path(os.environ["CASEFILE_SCREENSHOTS"]) / f"{name}.png"))
