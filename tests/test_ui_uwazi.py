"""The Export for Uwazi dialog, driven like a user would on the demo vault: Share menu, choose, review,
produce off the GUI thread, cancel, and a refusal shown in plain words. With CASEFILE_SCREENSHOTS=DIR
set, each step is grabbed into DIR."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_ui_report_pack import shot
from tests.ui_helpers import *  # noqa: F403 - fixtures
from tests.ui_helpers import make_window, press, unlock


@pytest.fixture
def demo_window(qtbot, demo_folder):
    window = make_window(qtbot, demo_folder)
    unlock(qtbot, window)
    yield window
    window.pool.cancel_all()
    window.pool.wait_all()


def open_from_menu(window):
    from ui.share import share_menu
    from ui.uwazi_dialog import UwaziDialog

    action = next(a for a in share_menu(window).actions() if "Uwazi" in a.text())
    action.trigger()
    return window.findChild(UwaziDialog)


def test_choose_review_produce(qtbot, demo_window, tmp_path):
    from ui import dialogs
    from ui.uwazi_dialog import PRODUCE, REVIEW

    d = open_from_menu(demo_window)
    assert d is not None and d.isVisible()
    assert d.case_ids() == ["case-atajurt"]  # the case on screen is chosen
    d.set_choice(profile="public", lang="ru")
    shot(d, "uwazi-1-choose")
    press(d, Qt.Key.Key_Return)
    assert d.step() == REVIEW
    lines = [d.review.item(i).text() for i in range(d.review.count())]
    assert any(line.startswith("26 of 26 people under a pseudonym") for line in lines)
    assert any("not encrypted" in line for line in lines)
    shot(d, "uwazi-2-review")
    out = tmp_path / "for-uwazi"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=60_000):
        press(d, Qt.Key.Key_Return)
    assert d.result is not None and d.step() == PRODUCE
    assert (out / "persons.zip").is_file() and (out / "README.txt").is_file()
    assert d.path_field.text() == str(out)
    listed = [d.details.item(i).text() for i in range(d.details.count())]
    assert any(line.startswith("persons.zip:") and "26 rows" in line for line in listed)
    assert d.cancel_button.text() == "Close"
    shot(d, "uwazi-3-produced")


def test_cancel_and_refusal_leave_nothing(qtbot, demo_window, tmp_path, monkeypatch):
    from ui import dialogs

    d = open_from_menu(demo_window)
    d.set_choice(profile="partner")
    d.next_button.click()
    out = tmp_path / "cancelled"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=60_000):
        d.next_button.click()
        assert d.is_running()
        press(d, Qt.Key.Key_Escape)  # Esc cancels the job; the dialog stays to say so
    assert d.isVisible() and d.result is None
    assert "Cancelled" in d.outcome.text() and not out.exists()

    full = tmp_path / "full"
    full.mkdir()
    (full / "mine.txt").write_text("keep")
    d.back()
    dialogs.next_answers.append(full)
    with qtbot.waitSignal(d.job_done, timeout=60_000):
        d.next_button.click()
    assert "Nothing was written" in d.outcome.text() and "not empty" in d.outcome.text()
    assert [p.name for p in full.iterdir()] == ["mine.txt"]


def test_nothing_chosen_cannot_go_on_and_the_lock_forgets(qtbot, demo_window):
    d = open_from_menu(demo_window)
    d.set_choice(cases=[])
    assert not d.next_button.isEnabled()
    d.set_choice(cases=["case-atajurt"])
    assert d.next_button.isEnabled()
    d.next_button.click()
    assert d.review.count() > 0
    demo_window.lock()
    assert not d.isVisible() and d.review.count() == 0 and d.cases.count() == 0
