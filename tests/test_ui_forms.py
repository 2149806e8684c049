"""The record forms in the window, by keyboard: a source, a measure for a person found by typing part of a
Cyrillic name, a letter with its reply window; Enter refuses what is not valid and says why; a first-hand
source added from the incident form; drafts kept through a lock; every Alt+letter once per form and
nothing cut off, in each language."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.services.drafts import DraftStore
from app.services.records import Records
from tests.test_ui_language import clipped
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, press, type_text, unlock
from ui import dialogs
from ui.forms.communication import CommunicationForm
from ui.forms.measure import MeasureForm
from ui.forms.source import SourceForm


def open_window(qtbot, case_vault, clock):
    folder, case_id, person_id = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    return window, case_id, person_id


def mnemonics(widget) -> list[str]:
    """The Alt+letters of a window's visible labels, buttons and check boxes."""
    found = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisibleTo(widget):
            continue
        m = re.search(r"&([^&\s])", child.text())
        if m:
            found.append(m.group(1).casefold())
    return found


def test_a_source_a_measure_and_a_letter_by_keyboard(qtbot, case_vault, clock):
    window, case_id, bekzat = open_window(qtbot, case_vault, clock)
    vault = window.session.vault
    # a source: Enter with no title is refused, and says why, on the title field
    form = window.workspace.add_source()
    assert isinstance(form, SourceForm) and form.isVisible()
    form.source_kind.lineEdit().clear()
    type_text(form.source_kind.lineEdit(), "inter")
    press(form.source_kind.lineEdit(), Qt.Key.Key_Return)
    assert form.source_kind.key() == "interview" and form.focusWidget() is form.title and form.status.text() == ""
    press(form.title, Qt.Key.Key_Return)
    assert form.isVisible() and "needs a title" in form.status.text() and form.focusWidget() is form.title
    type_text(form.title, "Интервью с сестрой, 2 декабря 2025")
    type_text(form.date.edit, "2 декабря 2025")
    assert form.date.feedback.text() == "✓ 2 December 2025"
    type_text(form.informant, "Айгүл")
    press(form.title, Qt.Key.Key_Return)
    assert not form.isVisible()
    source = Records(vault).rows("sources", "case_id = ?", (case_id,))[0]
    assert (source["kind"], source["informant"], source["date"]["start"]) == ("interview", "Айгүл", "2025-12-02")
    sources = window.workspace.case_view.show_tab("sources")
    assert [s.title for s in sources.sources.rows()] == ["Интервью с сестрой, 2 декабря 2025"]

    # a measure: the person found by typing part of the name, the end from start and duration
    form = window.workspace.add_measure()
    assert isinstance(form, MeasureForm)
    press(form.people.filter, Qt.Key.Key_Return)  # nothing typed: nothing happens
    type_text(form.people.filter, "maxut")
    press(form.people.filter, Qt.Key.Key_Return)
    assert form.people.chosen() == (bekzat,)
    form.measure_type.lineEdit().clear()
    type_text(form.measure_type.lineEdit(), "house")
    press(form.measure_type.lineEdit(), Qt.Key.Key_Return)  # takes the one match and moves on; saves nothing
    assert form.measure_type.key() == "house_arrest" and form.isVisible()
    type_text(form.start.edit, "blah March 2026")
    assert "“blah” is not understood" in form.start.feedback.text()
    press(form.start.edit, Qt.Key.Key_Return)
    assert form.isVisible() and form.focusWidget() is form.start.edit and "blah" in form.status.text()
    form.start.edit.clear()
    type_text(form.start.edit, "10.03.2026")
    type_text(form.duration, "20 дней")
    assert form.computed.text() == "Ends 30 March 2026 (from the start and the duration)."
    form.source.select(source["id"])
    press(form.duration, Qt.Key.Key_Return)
    assert not form.isVisible()
    measure = Records(vault).rows("measures", "person_id = ?", (bekzat,))[0]
    assert (measure["type"], measure["expiry"]["start"], measure["duration"]) == (
        "house_arrest",
        "2026-03-30",
        "20 дней",
    )
    assert Records(vault).rows("attributions", "entity_id = ?", (measure["id"],))[0]["source_id"] == source["id"]
    statuses = {s.person_id: s.status for s in window.session.views.people.statuses(case_id)}
    assert statuses[bekzat] == "house_arrest"  # the status follows from the measure: nobody types it

    # a letter: the reply window gives the date a reply is due, a deadline at once
    form = window.workspace.add_communication()
    assert isinstance(form, CommunicationForm) and form.letter_kind.key() == "AL"
    type_text(form.reference, "AL KAZ 2/2026")
    type_text(form.title, "AL KAZ 2/2026: Atajurt activists")
    type_text(form.date.edit, "1 February 2026")
    form.reply_window.setValue(60)
    assert "2 April 2026" in form.computed.text()
    form.questions.setPlainText("Legal basis of pre-trial detention?\nWhy Taldykorgan?")
    press(form.title, Qt.Key.Key_Return)
    assert not form.isVisible()
    letter = Records(vault).rows("communications", "case_id = ?", (case_id,))[0]
    assert letter["reply_due"]["start"] == "2026-04-02" and letter["questions"][1] == "Why Taldykorgan?"
    # the left column shows both as soon as they are saved
    assert window.workspace.deadlines.titles() == ["House arrest ends: Bekzat Maxutkhan", "Reply due: AL KAZ 2/2026"]
    assert DraftStore(vault).count() == 0


def test_a_first_hand_source_from_the_incident_form(qtbot, case_vault, clock):
    window, case_id, _ = open_window(qtbot, case_vault, clock)
    incident = window.workspace.record_incident()
    assert incident.source.count() == 1  # "(no source yet)" only
    incident.new_source_button.click()
    source_form = incident.findChild(SourceForm)
    assert source_form is not None and source_form.source_kind.key() == "interview"
    type_text(source_form.title, "Interview with Guldariya Sherizat")
    press(source_form.title, Qt.Key.Key_Return)
    assert not source_form.isVisible()
    assert incident.source.currentText() == "Interview with Guldariya Sherizat"
    incident.when.setText("13.11.2025")
    incident.who.setText("Bekzat Maxutkhan")
    press(incident.who, Qt.Key.Key_Return)  # a typed name is added before saving, never saved half-typed
    incident.save()
    assert not incident.isVisible()
    vault = window.session.vault
    source_id = Records(vault).rows("sources", "case_id = ?", (case_id,))[0]["id"]
    assert Records(vault).rows("attributions", "source_id = ? AND entity = 'events'", (source_id,))


def test_a_draft_survives_a_lock_and_every_form_has_unique_mnemonics(qtbot, case_vault, clock):
    window, case_id, bekzat = open_window(qtbot, case_vault, clock)
    workspace = window.workspace
    for lang in ("en", "ru", "kk"):
        window.set_language(lang)
        for kind in ("source", "proceeding", "hearing", "measure", "communication"):
            form = workspace.open_form(kind)
            qtbot.waitExposed(form)
            letters = mnemonics(form)
            assert len(letters) == len(set(letters)), (lang, kind, sorted(letters))
            assert clipped(form, f"{lang} {kind}") == []  # no button or title cut off in any language
            form.locking = True
            form.reject()
    window.set_language("en")
    form = workspace.add_measure()
    type_text(form.people.filter, "Bekzat")
    press(form.people.filter, Qt.Key.Key_Return)
    type_text(form.duration, "10 days")
    form.new_source_button.click()  # a source being added from the measure form, when the lock comes
    nested = form.findChild(SourceForm)
    type_text(nested.title, "Interview in Almaty")
    asked = len(dialogs.asked)
    window.lock()
    assert len(dialogs.asked) == asked  # the lock asks nothing: both drafts are kept
    qtbot.waitUntil(lambda: not window.is_locking(), timeout=10_000)
    unlock(qtbot, window)
    restored = [f for f in window.workspace.forms if isinstance(f, MeasureForm)]
    assert len(restored) == 1
    assert restored[0].people.chosen() == (bekzat,) and restored[0].duration.text() == "10 days"
    assert "Restored" in restored[0].status.text()
    sources = [f for f in window.workspace.forms if isinstance(f, SourceForm)]
    assert len(sources) == 1 and sources[0].title.text() == "Interview in Almaty"
    for draft in (restored[0], sources[0]):
        dialogs.next_answers.append(True)  # "Discard this draft?"
        draft.reject()
    assert DraftStore(window.session.vault).count() == 0
