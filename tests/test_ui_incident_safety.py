"""The incident form does not make wrong records easy: Enter never saves half an incident, two
spellings of one person never become two people unasked, a typo in a date is named, not swallowed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_helpers import *  # noqa: F403 - fixtures
from tests.ui_helpers import make_window, press, type_text, unlock
from ui import dialogs

CTRL = Qt.KeyboardModifier.ControlModifier


def incident_form(qtbot, case_vault, clock):
    folder, case_id, bekzat = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    form = window.workspace.record_incident()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)  # focus moves only in the active window
    return window, form, case_id, bekzat


def events(window, case_id) -> int:
    return window.session.vault.db.one("SELECT count(*) FROM events WHERE case_id = ?", (case_id,))[0]


def persons(window) -> int:
    return window.session.vault.db.one("SELECT count(*) FROM persons")[0]


def spellings(window, person_id) -> list[str]:
    rows = window.session.vault.db.query(
        "SELECT value FROM person_names WHERE person_id = ? ORDER BY rowid", (person_id,)
    )
    return [r[0] for r in rows]


def test_enter_twice_after_a_name_does_not_save(qtbot, case_vault, clock):
    window, form, case_id, _ = incident_form(qtbot, case_vault, clock)
    type_text(form.when, "13.11.2025")
    press(form.when, Qt.Key.Key_Return)  # nobody listed yet: Enter does not save
    assert form.isVisible() and "Nobody is listed" in form.status.text()
    type_text(form.who, "Nurlan Ospan")
    press(form.who, Qt.Key.Key_Return)  # adds the name
    press(form.who, Qt.Key.Key_Return)  # the second Enter: still not saved
    assert form.isVisible() and form.names_added() == ["Nurlan Ospan"]
    assert "Ctrl+Enter" in form.status.text()
    assert events(window, case_id) == 0
    press(form.who, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible() and events(window, case_id) == 1


def test_a_half_typed_name_blocks_every_save_and_is_named(qtbot, case_vault, clock):
    window, form, case_id, _ = incident_form(qtbot, case_vault, clock)
    type_text(form.who, "Nurlan Ospan")
    press(form.who, Qt.Key.Key_Return)
    type_text(form.who, "Айг")  # half-typed, then the documenter moves on
    form.source.setFocus()
    press(form.source, Qt.Key.Key_Return)
    assert form.isVisible() and "“Айг” is typed in Who but not added" in form.status.text()
    assert QApplication.focusWidget() is form.who
    form.save_button.click()  # the button does not take it either
    press(form.what, Qt.Key.Key_Return, CTRL)
    assert form.isVisible() and events(window, case_id) == 0
    assert form.names_added() == ["Nurlan Ospan"]


def test_an_incident_naming_nobody_is_saved_by_ctrl_enter_only(qtbot, case_vault, clock):
    window, form, case_id, _ = incident_form(qtbot, case_vault, clock)
    type_text(form.what, "Leaflets were confiscated.")
    press(form.where, Qt.Key.Key_Return)
    assert form.isVisible()
    press(form.where, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible() and events(window, case_id) == 1


def test_enter_on_a_focused_button_presses_that_button(qtbot, case_vault, clock):
    window, form, case_id, _ = incident_form(qtbot, case_vault, clock)
    form.who.setText("Nurlan Ospan, Aigul Serik")
    form.add_typed()
    remove = form.table.cellWidget(0, 2)
    remove.setFocus()
    press(remove, Qt.Key.Key_Return)
    assert form.isVisible() and form.names_added() == ["Aigul Serik"]
    assert events(window, case_id) == 0


def test_two_spellings_of_someone_in_the_vault_make_no_second_person(qtbot, case_vault, clock):
    window, form, case_id, bekzat = incident_form(qtbot, case_vault, clock)
    before = persons(window)
    form.who.setText("Бекзат Максутхан, Bekzat Maksutkhan")
    form.add_typed()
    assert [m.typed for m in form.duplicates.matches] == ["Бекзат Максутхан", "Bekzat Maksutkhan"]
    form.duplicates.buttons()[0].click()  # "Use this person" on the first spelling
    # the second spelling's warning stays: it may be the person just chosen
    (match,) = form.duplicates.matches
    assert match.typed == "Bekzat Maksutkhan" and match.duplicate.person_id == bekzat
    assert "already listed here" in form.duplicates.texts()[0]
    (same,) = form.duplicates.buttons()
    assert same.text() == "Same person"
    same.click()
    assert not form.duplicates.isVisible()
    assert [(p["name"], p["person_id"]) for p in form.people] == [("Bekzat Maxutkhan", bekzat)]
    press(form.who, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible()
    assert persons(window) == before
    assert spellings(window, bekzat) == ["Bekzat Maxutkhan", "Бекзат Максутхан", "Bekzat Maksutkhan"]


def test_two_spellings_of_a_new_person_are_pointed_out_and_kept_as_one(qtbot, case_vault, clock):
    window, form, case_id, _ = incident_form(qtbot, case_vault, clock)
    before = persons(window)
    form.who.setText("Айгүл Серікова, Aigul Serikova")
    form.add_typed()
    (match,) = form.duplicates.matches
    assert (match.typed, match.duplicate.label) == ("Aigul Serikova", "Айгүл Серікова")
    assert "both typed here" in form.duplicates.texts()[0]
    dialogs.next_answers.append(False)  # "Save as new people?" — Go back
    press(form.who, Qt.Key.Key_Return, CTRL)
    assert dialogs.asked == ["Save as new people?"] and form.isVisible()
    assert persons(window) == before
    form.duplicates.buttons()[0].click()  # "Same person"
    assert [p["name"] for p in form.people] == ["Айгүл Серікова"]
    press(form.who, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible()
    assert persons(window) == before + 1
    new_id = window.session.vault.db.one("SELECT person_id FROM person_names WHERE value = 'Айгүл Серікова'")[0]
    assert spellings(window, new_id) == ["Айгүл Серікова", "Aigul Serikova"]


def test_use_this_person_is_reached_by_tab_and_pressed_by_enter(qtbot, case_vault, clock):
    window, form, case_id, bekzat = incident_form(qtbot, case_vault, clock)
    form.who.setText("Бекзат Максутхан")
    form.add_typed()
    (use,) = form.duplicates.buttons()
    form.table.setFocus()
    seen = []
    for _ in range(8):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is use:
            break
    assert use in seen, "Tab never reached “Use this person”"
    assert seen[0] is form.table.cellWidget(0, 1)  # the act of the first row, not a cell of the table
    press(use, Qt.Key.Key_Return)
    assert form.people[0]["person_id"] == bekzat and form.isVisible()


def test_a_typo_in_a_date_is_named_with_examples_in_the_language(qtbot, case_vault, clock):
    window, form, case_id, _ = incident_form(qtbot, case_vault, clock)
    form.when.setText("lat Nov 2025")
    text = form.when_feedback.text()
    assert text.startswith("“lat” is not a date word Casefile knows. Dates look like 13.11.2025, late November 2025")
    form.when.setText("ноя 2025")
    assert form.when_feedback.text().startswith("✓ November 2025")
    window.set_language("ru")
    form.when.setText("коец ноября 2025")
    assert form.when_feedback.text().startswith("«коец» — Casefile не знает такого слова в датах.")
    assert "конец ноября 2025 г." in form.when_feedback.text()
    form.who.setText("Nurlan Ospan")
    form.add_typed()
    press(form.who, Qt.Key.Key_Return, CTRL)
    assert form.isVisible() and form.status.text().startswith("«коец»")
    form.when.setText("31.02.2025")
    assert "нет такого дня" in form.when_feedback.text()
    assert events(window, case_id) == 0
