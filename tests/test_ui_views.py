"""The case views with the demo vault: people at risk, deadlines, communications, hearings,
sources in disagreement, the timeline, search, and the lazy chronology."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLineEdit

from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, shown, unlock, wait_index
from ui.models.events import PAGE


def demo_window(qtbot, demo_folder, clock):
    window = make_window(qtbot, demo_folder, clock=clock)
    unlock(qtbot, window)
    wait_index(qtbot, window)
    return window


def test_overview_shows_who_is_at_risk(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    overview = window.workspace.case_view.overview
    statuses = [r.status for r in overview.people.rows()]
    assert statuses.count("house_arrest") == 6
    assert statuses.count("detained") >= 13
    nazigul = next(r for r in overview.people.rows() if r.name == "Nazigul Maksutkhan")
    assert shown(overview.people, lambda r: r is nazigul, 1) == "House arrest" and nazigul.until is not None
    assert "19 " in overview.counts.text() or "people" in overview.counts.text()
    latest = [r.title for r in overview.latest.rows()]
    assert latest[0].startswith("UN special procedures send AL KAZ 2/2026")


def test_deadlines_across_cases_overdue_first(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    items = window.workspace.deadlines.items()
    assert items and all(i.deadline.overdue for i in items[:3])
    grouped = dict(zip(window.workspace.deadlines.titles(), items))
    assert len(grouped["Pre-trial detention ends: 13 people"].people) == 13
    assert len(grouped["House arrest ends: 6 people"].people) == 6
    hearing = next(i for i in items if i.deadline.kind == "hearing")
    assert hearing.deadline.date.start == dt.date(2026, 2, 20) and hearing.deadline.overdue  # outcome never reported
    # a click opens the case at the hearing
    window.workspace.open_deadline(hearing)
    proceedings = window.workspace.case_view.proceedings
    assert window.workspace.case_view.current_tab() is proceedings
    selected = proceedings.hearings_view.currentIndex().row()
    assert proceedings.hearings.rows()[selected].id == hearing.deadline.entity_id


def test_un_letter_with_six_questions_and_the_reply_window(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    tab = window.workspace.case_view.show_tab("communications")
    row = tab.model.rows()[0]
    assert row.reference == "AL KAZ 2/2026" and len(row.questions) == 6
    text = tab.details.toPlainText()
    assert "Questions asked (6)" in text and "60 days" in text
    assert "5 May 2026 · in 56 days" in text
    assert "Please clarify the rationale for holding the trial in Taldykorgan" in text


def test_hearings_of_19_and_20_february(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    tab = window.workspace.case_view.show_tab("proceedings")
    hearings = {h.date.start.isoformat(): h.outcome for h in tab.hearings.rows()}
    assert hearings["2026-02-19"] == "postponed" and hearings["2026-02-20"] == "scheduled"
    shown_rows = [
        [tab.measures.data(tab.measures.index(i, c)) for c in range(6)] for i in range(tab.measures.rowCount())
    ]
    assert any(r[2].endswith(" (passed)") for r in shown_rows) and any(r[3] == "extended" for r in shown_rows)


def test_sources_side_by_side_where_they_disagree(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    tab = window.workspace.case_view.show_tab("sources")
    text = tab.conflicts.toPlainText()
    assert "2026-01-21 (scheduled)" in text and "2026-01-23 (trial commenced)" in text
    assert tab.claims.rowCount() > 0


def test_timeline_draws_events_for_everyone_or_one_person(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    tab = window.workspace.case_view.show_tab("timeline")
    tab.zoom.setCurrentIndex(0)  # whole case
    everyone = [b for b in tab.canvas.bars if b.rect is not None]
    assert len(everyone) >= 15
    assert any(b.start != b.end for b in everyone)  # fuzzy dates drawn as ranges
    tab.who.setCurrentIndex(tab.who.findText("Nazigul Maksutkhan"))
    hers = tab.canvas.bars
    assert 0 < len(hers) < len(everyone)
    assert not tab.canvas.grab().isNull()


def test_search_groups_results_by_kind(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    results = window.workspace.results
    window.workspace.search_field.setText("Максутхан")
    qtbot.waitUntil(results.isVisible, timeout=5_000)  # debounced, no call needed
    hits = results.hits()
    if not hits:
        assert "not available" in results.topLevelItem(0).text(0) or "Nothing found" in results.topLevelItem(0).text(0)
        return
    assert any(t.startswith("People") for t in results.group_titles())
    results._open(next(h for h in hits if h.entity == "persons"))
    assert window.workspace.case_view.current_tab() is window.workspace.case_view.people
    assert window.workspace.search_field.text() == "" and not results.isVisible()


def test_a_big_chronology_is_read_a_page_at_a_time(qtbot, make_vault, clock):
    vault, _ = make_vault()
    from app.services.records import Records

    case_id = Records(vault).insert("cases", {"title": "Many events"})
    rows = []
    for i in range(1500):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=(i * 7919) % 2000)  # inserted out of order
        date = json.dumps(
            {
                "start": day.isoformat(),
                "end": day.isoformat(),
                "precision": "day",
                "certainty": "exact",
                "text": day.isoformat(),
            }
        )
        rows.append((f"ev{i:05d}", case_id, "protest", f"Event {i}", date))
    with vault.db.transaction() as conn:  # test data in bulk; the app writes through Records
        conn.executemany("INSERT INTO events (id, case_id, type, title, date) VALUES (?,?,?,?,?)", rows)
    folder = vault.folder
    vault.close()
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    wait_index(qtbot, window)
    events = window.workspace.case_view.show_tab("events")
    model = events.model
    assert model.total() == 1500 and model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    starts = [model.item(model.index(i, 0)).date.start for i in range(model.rowCount())]
    assert starts == sorted(starts)
    events.show_entity("events", "ev01499")
    assert model.rowCount() > 2 * PAGE or model.item(events.view.currentIndex()).id == "ev01499"
    assert model.item(events.view.currentIndex()).id == "ev01499"


def test_controls_have_accessible_names(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    form = window.workspace.record_incident()
    person = window.workspace.add_person()
    missing = []
    for root in (window, form, person):
        for w in (
            root.findChildren(QAbstractButton)
            + root.findChildren(QLineEdit)
            + root.findChildren(QComboBox)
            + root.findChildren(QAbstractItemView)
        ):
            if not w.isVisibleTo(root) or w.parent().__class__.__name__ in ("QComboBox", "QCompleter"):
                continue
            if (
                isinstance(w, QHeaderView)
                or type(w).__name__ in ("QComboBoxListView", "QListView")
                and isinstance(w.parent(), QComboBox)
            ):
                continue
            if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())):
                missing.append(f"{type(w).__name__} in {type(root).__name__}")
    assert missing == [], missing
