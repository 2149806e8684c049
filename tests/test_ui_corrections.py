"""Correcting and deleting records in the window, and undo (Ctrl+Z): a hearing, a person with every
spelling, an event; the evidence tab: Content Credentials, copies under their original, the camera's
time, the SHA-256 in view at 1366 pixels, a searchable link list, a deletion that says what remains."""

from __future__ import annotations

import io
import json

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.evidence.credentials import CAPTURE_KEY, record
from app.services.evidence import EvidenceService
from app.services.records import Records
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, press, type_text, unlock, wait_index
from ui import dialogs
from ui.forms.link import LinkDialog

CASE = "case-atajurt"
HEARING = "h-2026-02-19"
NAZIGUL = "p-nazigul-maksutkhan"


def open_demo(qtbot, demo_folder, clock):
    window = make_window(qtbot, demo_folder, clock=clock)
    unlock(qtbot, window)
    wait_index(qtbot, window)
    return window


def test_correct_delete_and_undo(qtbot, demo_folder, clock):
    window = open_demo(qtbot, demo_folder, clock)
    vault = window.session.vault
    workspace = window.workspace
    tab = workspace.case_view.show_tab("proceedings")
    assert tab.show_entity("hearings", HEARING)
    tab._chose("hearings")  # the hearings list was the one last used
    tab.edit_button.click()
    form = workspace.forms[-1]
    assert form.windowTitle() == "Correct a hearing" and form.date.text() == "19.02.2026"
    assert form.date.value().text == "19 February"  # an untouched date is kept as recorded
    form.place.clear()
    type_text(form.place, "Алматы")
    form.outcome.select("held")
    press(form.place, Qt.Key.Key_Return)
    assert not form.isVisible()
    row = Records(vault).get("hearings", HEARING)
    assert (row["place"], row["outcome"], row["date"]["text"]) == ("Алматы", "held", "19 February")
    audit = json.loads(vault.db.one("SELECT details FROM audit WHERE action = 'hearings.edit'")[0])
    assert audit["old"] == {"place": "Taldykorgan", "outcome": "postponed"}
    # Ctrl+Z in the window: asked, then undone
    dialogs.next_answers.append(True)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked[-1] == "Undo"
    assert Records(vault).get("hearings", HEARING)["place"] == "Taldykorgan"

    # a person: a spelling corrected, one added; then the person deleted, and brought back
    people = workspace.case_view.show_tab("people")
    assert people.show_entity("persons", NAZIGUL)
    people.edit_button.click()
    form = workspace.forms[-1]
    assert form.windowTitle() == "Correct a person"
    spellings = [r.value.text() for r in form.rows]
    assert spellings[0] == "Nazigul Maksutkhan"
    form.add_row_button.click()
    type_text(form.rows[-1].value, "Назигүл Мақсұтхан")
    form.save_button.click()
    assert not form.isVisible()
    values = [s.value for s in window.session.views.people.spellings(NAZIGUL)]
    assert values == [*spellings, "Назигүл Мақсұтхан"]
    people.show_entity("persons", NAZIGUL)
    people.edit_button.click()
    form = workspace.forms[-1]
    dialogs.next_answers.append(True)
    form.delete_button.click()
    assert dialogs.asked[-1] == "Delete this person?" and not form.isVisible()
    assert NAZIGUL not in [r.person_id for r in people.model.rows()]
    assert not any("Nazigul" in t for t in workspace.deadlines.titles())
    dialogs.next_answers.append(True)
    assert workspace.undo_last().kind == "delete"
    people = workspace.case_view.show_tab("people")
    assert NAZIGUL in [r.person_id for r in people.model.rows()]
    assert [s.value for s in window.session.views.people.spellings(NAZIGUL)] == values


def jpeg_taken_at(when: str) -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal, the camera's own clock
    Image.new("RGB", (64, 48), (90, 140, 60)).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_the_evidence_tab(qtbot, demo_folder, clock, tmp_path):
    from tests.ui_helpers import open_vault_for_check

    photo = tmp_path / "border.jpg"
    photo.write_bytes(jpeg_taken_at("2025:11:13 14:05:00"))
    vault = open_vault_for_check(demo_folder)
    service = EvidenceService(vault)
    item = service.add_file(CASE, photo, description="Protesters at the border").evidence_id
    copy = service.add_bytes(CASE, b"metadata-free copy", parent_id=item, operation="strip-metadata").evidence_id
    # as if the intake had read Content Credentials changed after signing
    capture = Records(vault).get("evidence", item)["capture"]
    capture[CAPTURE_KEY] = record(
        {
            "status": "read",
            "validation_state": "Invalid",
            "failures": ["assertion.dataHash.mismatch"],
            "signer": {"common_name": "Newsroom camera", "issuer": "Example CA", "time": "2025-11-13T09:05:00Z"},
            "identities": ["Aigerim (photographer)"],
            "claim_generator": "ExampleCam/2.1",
        }
    )
    vault.db.execute("UPDATE evidence SET capture = ? WHERE id = ?", (json.dumps(capture), item))
    vault.close()

    window = open_demo(qtbot, demo_folder, clock)
    window.resize(1366, 768)
    evidence = window.workspace.case_view.show_tab("evidence")
    rows = evidence.model.rows()
    assert [r.id for r in rows] == [item]  # the copy is not evidence of its own
    evidence.view.selectRow(0)
    text = evidence.details.toPlainText()
    assert "13 November 2025, 14:05" in text and "2025:11:13" not in text  # the camera's time, as it was
    assert "Copies made for packs" in text and "metadata-free copy" in text
    panel = evidence.credentials
    assert panel.isVisibleTo(evidence)
    assert panel.verdict.text() == "Changed after it was signed"
    assert "assertion.dataHash.mismatch" in panel.verdict.toolTip() and "color" in panel.verdict.styleSheet()
    assert panel.made_with.text() == "ExampleCam/2.1"
    assert panel.names.text() == "Aigerim (photographer) (kept here, removed on export)"
    # the SHA-256 column is in view on a 1366-pixel-wide screen
    header = evidence.view.horizontalHeader()
    column = [evidence.model.headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())].index("SHA-256")
    assert header.sectionViewportPosition(column) + header.sectionSize(column) <= evidence.view.viewport().width()

    # "Link to…": one list of events and people with their dates, narrowed by typing
    evidence.link_button.click()
    dialog = evidence.findChild(LinkDialog)
    type_text(dialog.picker.filter, "Nazigul")
    shown = dialog.picker.shown()
    assert len(shown) > 1 and all("Nazigul" in line for line in shown)  # her, and the events that name her
    type_text(dialog.picker.filter, " person")
    (line,) = dialog.picker.shown()
    assert line.startswith("Person: Nazigul Maksutkhan · ")
    press(dialog.picker.filter, Qt.Key.Key_Return)  # the only match: ticked
    dialog.picker.filter.clear()
    type_text(dialog.picker.filter, "13 Nov 2025 border protest")
    (line,) = dialog.picker.shown()
    assert line.startswith("Event: 13 Nov 2025 · Atajurt protest")
    press(dialog.picker.filter, Qt.Key.Key_Return)
    dialog.save()
    links = {(x.entity, x.entity_id) for x in window.session.views.evidence.details(item).links}
    assert ("persons", NAZIGUL) in links and any(e == "events" for e, _ in links)

    # deleting asks, says what remains, and keeps the custody history in the audit log
    dialogs.next_answers.append(True)
    evidence.delete_selected()
    question = dialogs.asked[-1]
    assert question == "Delete evidence"
    assert evidence.model.rowCount() == 0
    vault = window.session.vault
    kept = json.loads(
        vault.db.one("SELECT details FROM audit WHERE action = 'evidence.delete' AND entity_id = ?", (item,))[0]
    )
    assert {c["action"] for c in kept["custody"]} == {"intake", "view"}
    assert vault.db.one("SELECT count(*) FROM evidence WHERE id IN (?, ?)", (item, copy))[0] == 0
    assert list((window.folder / "evidence").iterdir()) == []


def test_every_content_credentials_verdict_has_its_words(qapp):
    from app.evidence.credentials import describe
    from ui.case.credentials import verdict_text

    def view(report: dict):
        return describe({CAPTURE_KEY: record(report)})

    signer = {"common_name": "Newsroom camera", "issuer": "Example CA"}
    assert verdict_text(view({"status": "read", "validation_state": "Trusted", "signer": signer})) == (
        "Intact — signed by Newsroom camera (Example CA)"
    )
    untrusted = {"status": "read", "validation_state": "Valid", "failures": ["signingCredential.untrusted"]}
    assert verdict_text(view({**untrusted, "signer": signer})) == (
        "Unchanged since signed — signer not on the trust list: Newsroom camera"
    )
    damaged = verdict_text(view({"status": "error", "code": "casefile.timeout"}))
    assert damaged == "Present but unreadable — Reading the credentials took too long and was stopped."
    assert verdict_text(view({"status": "none"})) == "None"
    assert describe({}) is None  # never checked: the rows are hidden
