"""The forms' writes from a terminal: ``casefile source|proceeding|hearing|measure|communication add``,
``casefile edit``, ``delete`` and ``undo``; bad input is one plain sentence and changes nothing."""

from __future__ import annotations

import json

CASE = "case-atajurt"
NAZIGUL = "p-nazigul-maksutkhan"


def test_add_records_and_see_their_deadlines(cli):
    assert cli("demo")[0] == 0
    code, out, err = cli(
        "source",
        "add",
        CASE,
        "--kind",
        "interview",
        "--title",
        "Interview with a relative",
        "--date",
        "2 December 2025",
        "--informant",
        "the sister",
    )
    assert code == 0, err
    source = out.strip()
    code, out, _ = cli(
        "proceeding",
        "add",
        CASE,
        "--title",
        "Appeal against detention",
        "--court",
        "Almaty regional court",
        "--provision",
        "Criminal Code art. 174(2)",
        "--source",
        source,
    )
    proceeding = out.strip()
    assert code == 0 and proceeding
    code, out, _ = cli(
        "hearing",
        "add",
        proceeding,
        "--date",
        "25.03.2026",
        "--place",
        "Almaty",
        "--outcome",
        "scheduled",
        "--source",
        source,
    )
    hearing = out.strip()
    code, out, _ = cli(
        "measure",
        "add",
        CASE,
        "--person",
        NAZIGUL,
        "--type",
        "undertaking_not_to_leave",
        "--start",
        "10.03.2026",
        "--duration",
        "1 month",
        "--proceeding",
        proceeding,
    )
    measure = out.strip()
    assert code == 0 and measure
    code, out, _ = cli(
        "communication",
        "add",
        CASE,
        "--kind",
        "UA",
        "--title",
        "Urgent appeal",
        "--reference",
        "UA KAZ 5/2026",
        "--date",
        "9 March 2026",
        "--reply-window",
        "60",
        "--question",
        "Why the detention?",
    )
    letter = out.strip()
    code, out, _ = cli("deadlines", "--today", "2026-03-10", "--case", CASE, "--json")
    due = {(d["kind"], d["entity_id"]): d for d in json.loads(out)}
    assert due[("hearing", hearing)]["date"]["start"] == "2026-03-25"
    assert due[("measure_expiry", measure)]["date"]["start"] == "2026-04-10"
    assert due[("reply_due", letter)]["date"]["start"] == "2026-05-08"


def test_edit_delete_undo(cli):
    cli("demo")
    code, out, _ = cli("edit", "hearings", "h-2026-02-19", "--set", "place=Almaty", "--set", "next_date=26.02.2026")
    assert code == 0 and "Changed" in out
    code, out, _ = cli("deadlines", "--today", "2026-02-20", "--case", CASE, "--json")
    assert any(d["kind"] == "next_hearing" and d["date"]["start"] == "2026-02-26" for d in json.loads(out))
    code, out, _ = cli("undo")
    assert code == 0 and "edit of hearings h-2026-02-19" in out
    code, out, _ = cli("delete", "persons", NAZIGUL, "--yes")
    assert code == 0 and "measures" in out
    code, out, _ = cli("search", "--json", "Nazigul")
    assert not [h for h in json.loads(out) if h["entity_id"] == NAZIGUL]
    assert cli("undo")[0] == 0
    code, out, _ = cli("search", "--json", "Nazigul")
    assert [h for h in json.loads(out) if h["entity_id"] == NAZIGUL]
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "intact" in out


def test_bad_input_is_one_sentence_and_changes_nothing(cli):
    cli("demo")
    _, before, _ = cli("deadlines", "--today", "2026-03-10", "--json")
    for args, words in (
        (("measure", "add", CASE, "--person", NAZIGUL, "--type", "exile"), "not a known measure"),
        (("measure", "add", CASE, "--person", "p-nobody", "--type", "bail"), "no person p-nobody"),
        (("communication", "add", CASE, "--kind", "AL", "--title", "x", "--reply-window", "0"), "between 1 and"),
        (("hearing", "add", "pr-nothing", "--date", "1.1.2026"), "no proceeding pr-nothing"),
        (("hearing", "add", "pr-criminal-174-2", "--date", "blah Nov 2025"), "not understood"),
        (("edit", "evidence", "e-1", "--set", "sha256=00"), "cannot be changed"),
        (("edit", "hearings", "h-2026-02-19", "--set", "colour=red"), "no field"),
        (("delete", "persons", NAZIGUL), "confirmation"),
    ):
        code, _, err = cli(*args)
        assert code == 1, args
        assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, (args, err)
    _, after, _ = cli("deadlines", "--today", "2026-03-10", "--json")
    assert after == before
    code, _, err = cli("undo")
    assert code == 1 and "no change to undo" in err
