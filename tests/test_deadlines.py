"""One set of deadline rules (app.domain.deadlines): what is due, overdue first; and the left column,
``casefile deadlines`` and the report agree on the demo case."""

from __future__ import annotations

import datetime as dt
import json

from app.cli import main
from app.domain import deadlines as rules
from app.domain.dates import FuzzyDate
from app.redaction import redact
from app.report.sections import ReportBuilder
from app.services.interchange import export_case
from app.views import Views
from storage.vault import Vault

TODAY = dt.date(2026, 3, 10)


def day(text: str) -> dict:
    return FuzzyDate.day(*map(int, text.split("-"))).to_json()


def due(**rows: list[dict]) -> list[rules.Deadline]:
    return rules.case_deadlines(
        "c",
        TODAY,
        person_ids=["p1", "p2"],
        proceeding_ids=["pr"],
        measures=rows.get("measures", []),
        hearings=rows.get("hearings", []),
        communications=rows.get("communications", []),
    )


def test_only_measures_in_force_count_and_the_soonest_comes_first():
    found = due(
        measures=[
            {"id": "m1", "person_id": "p1", "type": "house_arrest", "expiry": day("2026-01-21"), "status": "active"},
            # m2 extends m1: only the extension's expiry is a deadline
            {"id": "m2", "person_id": "p1", "type": "house_arrest", "expiry": day("2026-04-01"), "extends_id": "m1"},
            {"id": "m3", "person_id": "p2", "type": "fine", "expiry": day("2026-03-20"), "status": "ended"},
            {"id": "m4", "person_id": "outsider", "type": "fine", "expiry": day("2026-03-12")},
            {
                "id": "m5",
                "person_id": "p2",
                "type": "travel_ban",
                "expiry": day("2026-03-15"),
                "proceeding_id": "other",
            },
            {"id": "m6", "person_id": "p2", "type": "pre_trial_detention", "expiry": day("2026-03-01")},
        ]
    )
    assert [(d.entity_id, d.overdue, d.code, d.person_id) for d in found] == [
        ("m6", True, "pre_trial_detention", "p2"),
        ("m2", False, "house_arrest", "p1"),
    ]


def test_hearings_held_and_letters_answered_are_done():
    found = due(
        hearings=[
            {"id": "h1", "proceeding_id": "pr", "date": day("2026-01-21"), "outcome": "held"},
            {"id": "h2", "proceeding_id": "pr", "date": day("2026-02-20"), "outcome": "scheduled"},
            {
                "id": "h3",
                "proceeding_id": "pr",
                "date": day("2026-02-19"),
                "outcome": None,
                "next_date": day("2026-04-02"),
            },
            {"id": "h4", "proceeding_id": "elsewhere", "date": day("2026-03-11")},
        ],
        communications=[
            {"id": "c1", "reply_due": day("2026-05-05"), "status": "awaiting_reply", "follow_up": day("2026-03-01")},
            {"id": "c2", "reply_due": day("2026-02-01"), "reply_received": day("2026-01-30")},
            {"id": "c3", "follow_up": day("2026-03-30"), "status": "closed"},
        ],
    )
    kinds = [(d.kind, d.entity_id, d.overdue) for d in found]
    assert kinds == [
        ("hearing", "h3", True),  # no outcome reported: still open, and past
        ("hearing", "h2", True),
        ("follow_up", "c1", True),
        ("next_hearing", "h3", False),
        ("reply_due", "c1", False),
    ]
    everything = rules.case_deadlines(
        "c",
        TODAY,
        person_ids=[],
        proceeding_ids=["pr"],
        measures=[],
        hearings=[{"id": "h1", "proceeding_id": "pr", "date": day("2026-01-21"), "outcome": "held"}],
        communications=[],
        include_done=True,
    )
    assert [(d.entity_id, d.done, d.overdue) for d in everything] == [("h1", True, False)]


def test_a_fuzzy_date_is_overdue_only_when_all_its_days_have_passed():
    late_february = {"start": "2026-02-21", "end": "2026-03-10", "precision": "part_of_month", "certainty": "exact"}
    (d,) = due(measures=[{"id": "m", "person_id": "p1", "type": "fine", "expiry": late_february}])
    assert not d.overdue
    assert rules.within([d], TODAY, 0) == [d] and rules.within([d], dt.date(2026, 1, 1), 10) == []


def test_the_same_measure_ending_the_same_day_is_one_group():
    same = [
        {"id": f"m{i}", "person_id": p, "type": "house_arrest", "expiry": day("2026-03-01")}
        for i, p in enumerate(("p1", "p2"))
    ]
    other = {"id": "m9", "person_id": "p1", "type": "fine", "expiry": day("2026-03-01")}
    groups = rules.group_deadlines(due(measures=[*same, other]))
    assert [(g.first.code, g.person_ids) for g in groups] == [("fine", ("p1",)), ("house_arrest", ("p1", "p2"))]


# -- the three readers agree -----------------------------------------------------------------------


def test_the_app_the_command_line_and_the_report_agree_on_the_demo_case(tmp_path, monkeypatch, light_cli_kdf, capsys):
    folder = tmp_path / "vault"
    monkeypatch.setenv("CASEFILE_VAULT", str(folder))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "a good long passphrase")
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["deadlines", "--today", TODAY.isoformat(), "--json"]) == 0
    cli = [(d["kind"], d["entity_id"], d["date"]["start"], d["overdue"]) for d in json.loads(capsys.readouterr().out)]

    vault = Vault.open(folder, passphrase="a good long passphrase")
    try:
        views = Views(vault)
        app_due = views.deadlines.due(TODAY)
        lines = views.deadlines.lines(TODAY)  # what the left column shows (every horizon)
        redacted = redact(export_case(vault, "case-atajurt"), "internal", lang="en")
    finally:
        vault.close()
    app = [(d.kind, d.entity_id, d.date.start.isoformat(), d.overdue) for d in app_due]
    assert sorted(app) == sorted(cli)
    assert len(cli) == 21  # 19 measures in force, the unheld hearing of 20 February, the UN letter's reply
    assert [d for line in lines for d in _members(line, app_due)] == app_due

    report = ReportBuilder(redacted, "en", TODAY).deadlines()
    expected = [
        (line.deadline.date.to_json(), line.deadline.kind, len(line.people))
        for line in sorted(lines, key=lambda line: not line.deadline.overdue)
    ]
    assert [(when, kind) for when, kind, _ in expected] == [(when, _kind_of(text)) for when, text in report], report
    for (_, kind, people), (_, text) in zip(expected, report):
        if kind == rules.MEASURE_EXPIRY:
            assert text.count(",") == people - 1  # one row naming every person


def _members(line, due: list[rules.Deadline]) -> list[rules.Deadline]:
    first = line.deadline
    if first.kind != rules.MEASURE_EXPIRY:
        return [first]
    key = (first.date, first.code, first.overdue)
    return [d for d in due if d.kind == first.kind and (d.date, d.code, d.overdue) == key]


def _kind_of(text: str) -> str:
    if text.startswith("Hearing: "):
        return rules.HEARING
    if text.startswith("Reply due: "):
        return rules.REPLY_DUE
    if text.startswith("Follow-up: "):
        return rules.FOLLOW_UP
    assert " ends: " in text, text
    return rules.MEASURE_EXPIRY
