"""Nothing cut: the acts' column title of an empty incident form, role words in the People tab in
Russian and Kazakh, and the first-run window on a 1366×768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_acts_column_title_fits_before_any_row(qtbot, demo_unlocked, lang):
    demo_unlocked.set_language(lang)
    form = demo_unlocked.workspace.record_incident()
    qtbot.waitExposed(form)
    header = form.table.horizontalHeader()
    title = form.table.horizontalHeaderItem(1).text()
    assert form.table.rowCount() == 0
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(title) + 8, (lang, title)
    form.locking = True
    form.reject()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_role_words_are_whole_in_the_people_tab(qtbot, demo_unlocked, lang):
    demo_unlocked.set_language(lang)
    tab = demo_unlocked.workspace.case_view.show_tab("people")
    column = 2
    room = tab.view.horizontalHeader().sectionSize(column)
    metrics = tab.view.fontMetrics()
    roles = [tab.model.data(tab.model.index(i, column)) for i in range(tab.model.rowCount())]
    assert any(roles)
    cut = [r for r in roles if r and metrics.horizontalAdvance(r) + 6 > room]
    assert cut == [], (room, cut)


def test_the_first_window_fits_a_1366_by_768_screen(qtbot, tmp_path, clock):
    from ui.window import first_size

    assert first_size(QSize(1366, 738)) == QSize(1280, 738)  # 768 less a 30-pixel panel
    assert first_size(QSize(1920, 1050)) == QSize(1280, 800)
    window = make_window(qtbot, tmp_path / "vault", clock=clock)
    available = window.screen().availableGeometry().size()
    assert window.height() <= available.height()
    window.resize(1366, 738 - 30)  # the window's frame and title take the rest
    screen = window.first_run
    for lang in ("en", "ru", "kk"):
        window.set_language(lang)
        qtbot.wait(10)
        for widget in (screen.create_button, screen.demo_button, screen.bind_note, screen.passphrase):
            bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
            assert bottom <= window.height(), (lang, widget, bottom)
    window.set_language("en")
