"""Recording by keyboard: a person with a Cyrillic name, an incident with acts for three people,
fuzzy dates read as you type, drafts kept in the vault through a lock and a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.drafts import DraftStore
from app.services.records import Records
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, open_vault_for_check, press, type_text, unlock
from ui.forms.incident import IncidentDialog
from ui.forms.person import PersonDialog


def open_window(qtbot, case_vault, clock, **kw):
    folder, case_id, person_id = case_vault
    window = make_window(qtbot, folder, clock=clock, **kw)
    unlock(qtbot, window)
    return window, case_id, person_id


def current_form(window, kind):
    forms = [f for f in window.workspace.forms if isinstance(f, kind)]
    assert len(forms) == 1
    return forms[0]


def test_add_person_with_a_cyrillic_name(qtbot, case_vault, clock):
    window, case_id, _ = open_window(qtbot, case_vault, clock)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = current_form(window, PersonDialog)
    assert form.isVisible()
    first = form.rows[0]
    type_text(first.value, "Бекзат Мақсұтхан")
    assert first.value.text() == "Бекзат Мақсұтхан"
    assert first.script.currentData() == "Cyrl" and first.lang.currentData() == "kk"
    form.add_row_button.click()
    second = form.rows[1]
    type_text(second.value, "Bekzat Maksutkhan")
    assert second.script.currentData() == "Latn" and second.kind.currentData() == "transliteration"
    form.description.setText("Atajurt activist")
    # Bekzat Maxutkhan is in the case already: the form says so and asks before a second record
    from ui import dialogs

    dialogs.next_answers.append(True)  # "Save as a new person"
    form.save_button.click()
    assert dialogs.asked == ["Save as a new person?"]
    assert not form.isVisible()
    vault = window.session.vault
    rows = vault.db.query(
        "SELECT p.id, n.value, n.script, n.lang, n.kind FROM persons p JOIN person_names n"
        " ON n.person_id = p.id WHERE p.description = 'Atajurt activist' ORDER BY n.rowid"
    )
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("Бекзат Мақсұтхан", "Cyrl", "kk", "primary"),
        ("Bekzat Maksutkhan", "Latn", None, "transliteration"),
    ]
    assert vault.db.one("SELECT role FROM case_persons WHERE person_id = ?", (rows[0][0],))[0] == "subject_of_concern"
    assert DraftStore(vault).count() == 0
    people = window.workspace.case_view.show_tab("people")
    assert "Бекзат Мақсұтхан" in [r.name for r in people.model.rows()]


def test_record_an_incident_with_acts_for_three_people_by_keyboard(qtbot, case_vault, clock):
    window, case_id, bekzat = open_window(qtbot, case_vault, clock)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = current_form(window, IncidentDialog)
    assert form.when.hasFocus() or form.isVisible()
    QTest.keyClicks(form.when, "13.11.2025")
    assert "13 November 2025" in form.when_feedback.text()
    form.kind_box.setCurrentIndex(form.kind_box.findData("arrest"))
    QTest.keyClicks(form.where, "Almaty region")
    QTest.keyClicks(form.what, "Police detained the protesters at the border.")
    # two names at once (one known, one new, Cyrillic), then a third
    form.who.setText("Bekzat Maxutkhan, ")
    type_text(form.who, "Айгүл Серік")
    press(form.who, Qt.Key.Key_Return)
    assert form.names_added() == ["Bekzat Maxutkhan", "Айгүл Серік"]
    assert form.isVisible()  # Enter with a name in the field adds, it does not save
    type_text(form.who, "Nurlan Ospan")
    press(form.who, Qt.Key.Key_Return)
    assert [p["act"] for p in form.people] == ["arrest"] * 3
    assert form.people[0]["person_id"] == bekzat and form.people[1]["person_id"] is None
    combo = form.table.cellWidget(2, 1)
    combo.setCurrentIndex(combo.findData("detention"))
    # Enter on the empty name field does not save (pressed twice after a name, it once saved half an
    # incident); Enter in another field saves once somebody is listed
    press(form.who, Qt.Key.Key_Return)
    assert form.isVisible() and "Ctrl+Enter" in form.status.text()
    form.by.setFocus()
    press(form.by, Qt.Key.Key_Return)
    assert not form.isVisible()
    vault = window.session.vault
    records = Records(vault)
    event = records.rows("events", "case_id = ? AND type = 'arrest'", (case_id,))[0]
    assert event["date"]["start"] == event["date"]["end"] == "2025-11-13"
    assert event["title"] == "Arrest, Almaty region"
    acts = records.rows("acts", "event_id = ?", (event["id"],), "rowid")
    assert [a["type"] for a in acts] == ["arrest", "arrest", "detention"]
    assert acts[0]["victim_id"] == bekzat
    names = {vault.db.one("SELECT value FROM person_names WHERE person_id = ?", (a["victim_id"],))[0] for a in acts}
    assert names == {"Bekzat Maxutkhan", "Айгүл Серік", "Nurlan Ospan"}
    in_case = {r[0] for r in vault.db.query("SELECT person_id FROM case_persons WHERE case_id = ?", (case_id,))}
    assert {a["victim_id"] for a in acts} <= in_case
    assert DraftStore(vault).count() == 0
    # the chronology shows the event with its three acts
    events = window.workspace.case_view.show_tab("events")
    qtbot.waitUntil(lambda: events.model.total() == 1, timeout=10_000)
    assert [a.victim for a in events.model.item(events.model.index(0, 0)).acts] == [
        "Bekzat Maxutkhan",
        "Айгүл Серік",
        "Nurlan Ospan",
    ]


def test_fuzzy_dates_are_read_as_you_type(qtbot, case_vault, clock):
    window, case_id, _ = open_window(qtbot, case_vault, clock)
    form = window.workspace.record_incident()
    form.when.setText("late November 2025")
    assert form.when_feedback.text() == "✓ late November 2025 (21–30 November 2025)"
    form.when.setText("конец ноября 2025")
    assert "21–30 November 2025" in form.when_feedback.text()
    form.when.setText("sometime soon")
    assert form.when_feedback.text().startswith("“sometime” is not a date word Casefile knows. Dates look like")
    form.save()
    assert form.isVisible() and "is not a date word" in form.status.text()
    assert Records(window.session.vault).rows("events", "case_id = ?", (case_id,)) == []


def test_draft_survives_auto_lock_and_unlock(qtbot, case_vault, clock):
    window, case_id, _ = open_window(qtbot, case_vault, clock)
    form = window.workspace.record_incident()
    form.when.setText("late November 2025")
    type_text(form.what, "Шесть человек под домашним арестом.")
    form.who.setText("Ayan Kalymbet")
    form.add_typed()
    store = DraftStore(window.session.vault)
    qtbot.waitUntil(lambda: store.count() == 1, timeout=5_000)  # the debounced autosave ran
    form.where.setText("Taldykorgan")  # typed just before the lock: saved by the lock itself
    clock.advance(299)
    window.autolock.check()
    assert window.is_unlocked()
    clock.advance(2)
    window.autolock.check()
    assert not window.is_unlocked()
    assert not form.isVisible()
    assert "without activity" in window.unlock_screen.notice.text()
    unlock(qtbot, window)
    restored = current_form(window, IncidentDialog)
    assert restored is not form and restored.isVisible()
    assert restored.when.text() == "late November 2025"
    assert restored.what.toPlainText() == "Шесть человек под домашним арестом."
    assert restored.where.text() == "Taldykorgan"
    assert restored.names_added() == ["Ayan Kalymbet"]
    assert "Restored" in restored.status.text()
    restored.save()
    assert DraftStore(window.session.vault).count() == 0


def test_draft_left_by_a_crash_is_reopened(qtbot, case_vault, clock):
    folder, case_id, _ = case_vault
    vault = open_vault_for_check(folder)
    DraftStore(vault).save(
        "incident-crashed",
        "incident",
        {"case_id": case_id, "when": "summer 2025", "what": "Written before the power cut."},
    )
    vault.close()
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    form = current_form(window, IncidentDialog)
    assert form.draft_id == "incident-crashed"
    assert form.what.toPlainText() == "Written before the power cut."
    # cancelling asks first; discarding deletes the draft
    from ui import dialogs

    dialogs.next_answers.append(False)
    form.reject()
    assert form.isVisible()
    dialogs.next_answers.append(True)
    form.reject()
    assert not form.isVisible()
    assert DraftStore(window.session.vault).count() == 0


def test_new_case(qtbot, case_vault, clock):
    window, _, _ = open_window(qtbot, case_vault, clock)
    form = window.workspace.new_case()
    type_text(form.title, "Жанаозен 2026")
    form.save()
    assert "Жанаозен 2026" in [r.title for r in window.workspace.cases.model.rows()]
    assert window.workspace.case_view.overview.title.text() == "Жанаозен 2026"


def test_who_field_suggests_people_in_any_spelling(qtbot, case_vault, clock):
    window, case_id, bekzat = open_window(qtbot, case_vault, clock)
    form = window.workspace.record_incident()
    type_text(form.who, "Бекзат")  # typed in Cyrillic; the vault has the Latin spelling
    qtbot.waitUntil(lambda: "Bekzat Maxutkhan" in form.completer_model.stringList(), timeout=5_000)
    form.completer.activated[str].emit("Bekzat Maxutkhan")  # the user picks the suggestion
    qtbot.waitUntil(lambda: form.names_added() == ["Bekzat Maxutkhan"], timeout=5_000)
    assert form.people[0]["person_id"] == bekzat and form.who.text() == ""
