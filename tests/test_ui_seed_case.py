"""The seed case, built from an empty vault in the desktop app alone, by keyboard where it matters: the
case, its two sources (the IPHR/KIBHR statement of 15 January 2026 and the UN letter AL KAZ 2/2026),
people with Kazakh and Russian names, Turganbai's family and the supporters as a group, the arrests of
13 November 2025, the criminal case under art. 174(2), the hearings of 21 and 23 January 2026 (each
from its own source), pre-trial detention and house arrest with their two-month extensions, and the UN
letter with its 60-day reply window. Then the deadlines: in the left column and in ``casefile deadlines
--json``; and a public report builds.

(Facts from ``shared/seeds``; a subset of the 19 defendants keeps the test quick.)"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from storage.clock import FakeClock
from tests.conftest import ROOT
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, press, type_text
from ui import dialogs

PASSPHRASE = "steppe walnut lantern harbour"
pytestmark = pytest.mark.timeout(180)

# A month after the UN letter: the first hearings and measure ends have passed, the reply is due in May.
NOW = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)
DETAINED = ("Бекзат Мақсұтхан", "Baqytnur Nurmuqan", "Батылбек Байғазы")
HOUSE_ARREST = ("Нәзигүл Мақсұтхан", "Гүлдария Шерізат")
QUESTIONS = (
    "Please provide any additional information and/or comment(s) you may have on the above-mentioned allegations.",
    "Please provide detailed information on the legal basis for the continuation of pre-trial detention and "
    "house arrest measures.",
    "Please clarify the rationale for holding the trial in Taldykorgan and for conducting proceedings behind "
    "closed doors.",
    "Please provide detailed information on how the elements of “incitement” under Article 174(2) have been assessed.",
    "Please clarify the safeguards in place to protect the health and well-being of Ms. Nazigul Maksutkhan, "
    "in the post-partum.",
    "Please provide information on measures taken to ensure that individuals and organisations affiliated with "
    "the Atajurt movement, as well as those expressing support for the defendants, are able to exercise their "
    "rights to peaceful assembly and association without intimidation or retaliation.",
)


def pick(combo, text: str) -> None:
    """Type part of a choice into a type-ahead field, then Enter."""
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), text)
    press(combo.lineEdit(), Qt.Key.Key_Return)


def tick(people, *names: str) -> None:
    for name in names:
        type_text(people.filter, name)
        press(people.filter, Qt.Key.Key_Return)


def enter(form) -> None:
    """Enter in the form's first line: saves when everything is valid."""
    widget = form.focusWidget()
    press(widget, Qt.Key.Key_Return)
    assert not form.isVisible(), form.status.text()


def action(window, text: str):
    found = [a for a in window.findChildren(type(window.undo_action)) if a.text().replace("&", "") == text]
    assert found, text
    return found[0]


def first_run(qtbot, window) -> None:
    screen = window.first_run
    type_text(screen.passphrase, PASSPHRASE)
    type_text(screen.confirm, PASSPHRASE)
    screen.create_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=10_000)
    screen.retype.setText(screen.code_label.text().rsplit("-", 1)[1])
    screen.continue_button.click()
    assert window.is_unlocked()


def test_the_seed_case_from_an_empty_vault(qtbot, tmp_path):
    folder = tmp_path / "vault"
    window = make_window(qtbot, folder, clock=FakeClock(NOW))
    first_run(qtbot, window)
    workspace = window.workspace

    # the case
    action(window, "New case…").trigger()
    case_form = workspace.forms[-1]
    type_text(case_form.title, "Atajurt activists prosecuted after the border protest")
    type_text(case_form.reference, "ATAJURT-2025")
    press(case_form.reference, Qt.Key.Key_Return)
    case_id = workspace.current_case()
    assert case_id

    # the two sources
    action(window, "Add source…").trigger()
    form = workspace.forms[-1]
    pick(form.source_kind, "NGO")
    type_text(form.title, "Criminalising Peaceful Protest: Kazakhstan’s Case Against Atajurt Activists")
    type_text(form.author, "IPHR; KIBHR")
    type_text(form.date.edit, "15.01.2026")
    pick(form.reliability, "high")
    form.title.setFocus()
    enter(form)
    action(window, "Add source…").trigger()
    form = workspace.forms[-1]
    pick(form.source_kind, "UN comm")
    type_text(form.title, "Communication AL KAZ 2/2026 (SR on assembly and association; WG on discrimination)")
    type_text(form.date.edit, "6 March 2026")
    type_text(form.reference, "AL KAZ 2/2026")
    form.title.setFocus()
    enter(form)
    sources = {s.title.split(" ")[0]: s.id for s in window.session.views.sources.all(case_id)}
    iphr, un = sources["Criminalising"], sources["Communication"]

    # Turganbai and the supporters, through the person form
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = workspace.forms[-1]
    type_text(form.rows[0].value, "Алимнұр Тұрғанбай")
    form.add_row_button.click()
    type_text(form.rows[1].value, "Alimnur Turganbai")
    type_text(form.description, "Ethnic Kazakh detained in China in July 2025")
    form.role.setCurrentIndex(form.role.findData("relative"))
    form.save_button.click()
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = workspace.forms[-1]
    form.person_kind.setCurrentIndex(form.person_kind.findData("group"))
    type_text(form.description, "Supporters of the defendants (surveillance, short detentions, pressure)")
    form.role.setCurrentIndex(form.role.findData("supporter"))
    form.save_button.click()

    # the arrests of 13 November 2025, the people typed as the sources write them
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    incident = workspace.forms[-1]
    type_text(incident.when, "13.11.2025")
    type_text(incident.where, "Near the Kazakhstan–China border, Almaty region")
    incident.kind_box.setCurrentIndex(incident.kind_box.findData("arrest"))
    type_text(incident.title, "Police detain Atajurt activists after the protest")
    incident.who.setText(", ".join(DETAINED + HOUSE_ARREST))
    press(incident.who, Qt.Key.Key_Return)
    assert len(incident.people) == 5
    incident.source.setCurrentIndex(incident.source.findData(iphr))
    press(incident.who, Qt.Key.Key_Return)  # Enter in Who adds names, never saves: it says so
    assert incident.isVisible() and "Ctrl+Enter" in incident.status.text()
    press(incident.who, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert not incident.isVisible()
    people = {p.name: p.person_id for p in window.session.views.people.choices(case_id)}
    assert set(DETAINED + HOUSE_ARREST) <= set(people)

    # the criminal case, with its charge and defendants
    action(window, "Add proceeding…").trigger()
    form = workspace.forms[-1]
    type_text(form.title, "Criminal case against Atajurt activists under art. 174(2)")
    type_text(form.court, "Specialised criminal court, Taldykorgan")
    type_text(form.provisions, "Criminal Code art. 174(2)")
    pick(form.stage, "trial")
    tick(form.defendants, *DETAINED, *HOUSE_ARREST)
    assert len(form.defendants.chosen()) == 5
    form.source.select(iphr)
    form.title.setFocus()
    enter(form)
    (criminal,) = [p.id for p in window.session.views.proceedings.all(case_id)]

    # two hearings, each from its own source (they disagree on when the trial began)
    for when, source, words in (
        ("21.01.2026", iphr, "The first hearing is scheduled to take place in the city of Taldykorgan on 21 January"),
        ("23 January 2026", un, "The trial reportedly commenced on 23 January 2026"),
    ):
        action(window, "Add hearing…").trigger()
        form = workspace.forms[-1]
        assert form.proceeding.key() == criminal
        type_text(form.date.edit, when)
        type_text(form.place, "Taldykorgan")
        form.closed.setChecked(source == un)
        form.source.select(source)
        type_text(form.quote, words)
        enter(form)

    # the measures: remand for 10 days, house arrest, and both extended by two months in late November
    for names, kind, start, duration, extends in (
        (DETAINED, "pre-trial", "17.11.2025", "10 days", False),
        (HOUSE_ARREST, "house", "17.11.2025", "10 days", False),
        (DETAINED, "pre-trial", "late November 2025", "two months", True),
        (HOUSE_ARREST, "house", "late November 2025", "two months", True),
    ):
        action(window, "Add measure…").trigger()
        form = workspace.forms[-1]
        tick(form.people, *names)
        pick(form.measure_type, kind)
        type_text(form.start.edit, start)
        type_text(form.duration, duration)
        form.extends.setChecked(extends)
        form.source.select(iphr)
        enter(form)

    # the UN letter and its 60-day reply window
    action(window, "Add communication…").trigger()
    form = workspace.forms[-1]
    pick(form.letter_kind, "Allegation")
    type_text(form.reference, "AL KAZ 2/2026")
    type_text(form.title, "AL KAZ 2/2026: arrest, detention and prosecution of Atajurt activists")
    type_text(form.date.edit, "6 March 2026")
    type_text(form.sender, "Special Rapporteur on peaceful assembly and association; WG on discrimination")
    type_text(form.addressee, "Government of Kazakhstan")
    form.mandates.setPlainText(
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association\n"
        "Working Group on discrimination against women and girls"
    )
    form.questions.setPlainText("\n".join(QUESTIONS))
    form.reply_window.setValue(60)
    assert "5 May 2026" in form.computed.text()
    form.source.select(un)
    form.title.setFocus()
    enter(form)

    # the deadlines, in the left column as soon as they were saved
    titles = workspace.deadlines.titles()
    assert "Pre-trial detention ends: 3 people" in titles
    assert "House arrest ends: 2 people" in titles
    assert titles.count("Hearing: Criminal case against Atajurt activists under art. 174(2)") == 2
    assert "Reply due: AL KAZ 2/2026" in titles
    lines = {workspace.deadlines.titles()[i]: line for i, line in enumerate(workspace.deadlines.items())}
    assert lines["Pre-trial detention ends: 3 people"].deadline.overdue  # late January 2026 has passed
    assert not lines["Reply due: AL KAZ 2/2026"].deadline.overdue
    statuses = {s.name: s.status for s in window.session.views.people.statuses(case_id)}
    assert {statuses[n] for n in DETAINED} == {"detained"} and {statuses[n] for n in HOUSE_ARREST} == {"house_arrest"}

    # a public report builds (Share ▸ Report…)
    from ui.reports import open_report_dialog

    report = open_report_dialog(window)
    report.set_choice(profile="public", lang="en")
    press(report, Qt.Key.Key_Return)
    out = tmp_path / "atajurt-public.pdf"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(report.job_done, timeout=60_000):
        press(report, Qt.Key.Key_Return)
    assert report.result is not None, report.failed_message
    assert out.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "AL KAZ 2/2026" in text and "Мақсұтхан" not in text  # nobody consented: pseudonyms
    report.cancel_button.click()

    # and the command line agrees, once the app has let go of the vault
    window.close()
    env = {**os.environ, "CASEFILE_VAULT": str(folder), "CASEFILE_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "app", "deadlines", "--today", "2026-04-10", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    due = json.loads(done.stdout)
    kinds = [d["kind"] for d in due]
    assert kinds.count("measure_expiry") == 5 and kinds.count("hearing") == 2 and kinds.count("reply_due") == 1
    reply = next(d for d in due if d["kind"] == "reply_due")
    assert reply["date"]["start"] == "2026-05-05" and reply["overdue"] is False
