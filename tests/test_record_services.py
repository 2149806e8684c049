"""Adding sources, proceedings, hearings, measures and letters headless, through the services the
desktop forms use; the deadlines they produce at once; measure ends from durations; statuses."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import vocab
from app.domain.dates import FuzzyDate, parse
from app.domain.durations import measure_end, parse_duration
from app.domain.status import MEASURE_STATUS, SEVERITY, person_status
from app.services.cases import create_case
from app.services.communications import BadReplyWindow, CommunicationService, NewCommunication
from app.services.persons import create_person
from app.services.proceedings import NewHearing, NewMeasure, NewProceeding, NoPeopleChosen, ProceedingService
from app.services.records import Records
from app.services.sources import MissingTitle, NewSource, NotInCase, SourceService, UnknownCode
from app.views import Views

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def case(vault):
    case_id = create_case(vault, title="Atajurt activists", reference="ATJ")
    people = [
        create_person(vault, case_id, [{"value": name}], role="defendant")
        for name in ("Бекзат Мақсұтхан", "Baqytnur Nurmuqan", "Нәзигүл Мақсұтхан")
    ]
    return vault, case_id, people


def test_a_source_is_checked_and_saved(case):
    vault, case_id, _ = case
    service = SourceService(vault)
    source_id = service.add(
        NewSource(case_id, "ngo_statement", "Criminalising Peaceful Protest", "IPHR; KIBHR", parse("15.01.2026"))
    )
    row = Records(vault).get("sources", source_id)
    assert (row["kind"], row["date"]["start"], row["reliability"]) == ("ngo_statement", "2026-01-15", None)
    with pytest.raises(MissingTitle):
        service.add(NewSource(case_id, "interview", "  "))
    with pytest.raises(UnknownCode):
        service.add(NewSource(case_id, "rumour", "Heard it"))
    with pytest.raises(NotInCase):
        service.add(NewSource("no-such-case", "interview", "Interview"))
    assert len(Views(vault).sources.all(case_id)) == 1


def test_the_seed_proceeding_hearings_measures_and_letter_make_their_deadlines(case):
    vault, case_id, (bekzat, baqytnur, nazigul) = case
    iphr = SourceService(vault).add(NewSource(case_id, "ngo_statement", "IPHR/KIBHR", date=parse("15.01.2026")))
    un = SourceService(vault).add(NewSource(case_id, "un_communication", "AL KAZ 2/2026", date=parse("6 March 2026")))
    procs = ProceedingService(vault)
    criminal = procs.add_proceeding(
        NewProceeding(
            case_id,
            "Criminal case under art. 174(2)",
            court="Specialised criminal court, Taldykorgan",
            provisions=("Criminal Code art. 174(2)",),
            status="trial",
            defendants=(bekzat, baqytnur, nazigul),
            source_id=iphr,
        )
    )
    first = procs.add_hearing(NewHearing(criminal, parse("21.01.2026"), "Taldykorgan", source_id=iphr))
    second = procs.add_hearing(NewHearing(criminal, parse("23 January 2026"), "Taldykorgan", source_id=un))
    third = procs.add_hearing(NewHearing(criminal, parse("19.03.2026"), "Taldykorgan", outcome="scheduled"))
    remand = NewMeasure(
        case_id, (bekzat, baqytnur), "pre_trial_detention", criminal, parse("17.11.2025"), "10 days", source_id=iphr
    )
    detained = procs.add_measures(remand)
    extension = NewMeasure(
        case_id,
        (bekzat, baqytnur),
        "pre_trial_detention",
        criminal,
        parse("late November 2025"),
        "two months",
        extends=True,
        source_id=iphr,
    )
    extended = procs.add_measures(extension)
    house = procs.add_measures(
        NewMeasure(case_id, (nazigul,), "house_arrest", criminal, parse("20.02.2026"), "2 months", source_id=iphr)
    )
    letter = CommunicationService(vault).add(
        NewCommunication(
            case_id,
            "AL",
            "AL KAZ 2/2026: Atajurt activists",
            reference="AL KAZ 2/2026",
            date=parse("6 March 2026"),
            mandates=("SR on peaceful assembly", "WG on discrimination against women and girls"),
            questions=("Legal basis of pre-trial detention?", "Why Taldykorgan and closed doors?"),
            reply_window_days=60,
            source_id=un,
        )
    )
    records = Records(vault)
    measures = {m["id"]: m for m in records.rows("measures")}
    # the end follows from start and duration; an extension names the measure it extends
    assert measures[detained[0]]["expiry"]["start"] == "2025-11-27"
    assert measures[extended[0]]["extends_id"] == detained[0]
    assert measures[extended[1]]["extends_id"] == detained[1]
    assert (measures[extended[0]]["expiry"]["start"], measures[extended[0]]["expiry"]["end"]) == (
        "2026-01-21",
        "2026-01-31",
    )
    assert measures[house[0]]["expiry"]["start"] == "2026-04-20"
    row = records.get("communications", letter)
    assert (row["reply_due"]["start"], row["status"], row["questions"][1]) == (
        "2026-05-05",
        "awaiting_reply",
        "Why Taldykorgan and closed doors?",
    )
    court = records.get("organisations", records.get("proceedings", criminal)["court_id"])
    assert court["name"] == "Specialised criminal court, Taldykorgan" and court["kind"] == "court"
    assert {p["person_id"] for p in records.rows("proceeding_parties")} == {bekzat, baqytnur, nazigul}
    sources_of = {(a["entity_id"], a["source_id"]) for a in records.rows("attributions")}
    assert (first, iphr) in sources_of and (second, un) in sources_of and (letter, un) in sources_of
    # deadlines: the measures in force, the hearing to come, the reply window
    due = Views(vault).deadlines.due(TODAY, case_id=case_id)
    kinds = [(d.kind, d.entity_id) for d in due]
    assert ("measure_expiry", extended[0]) in kinds and ("measure_expiry", extended[1]) in kinds
    assert ("measure_expiry", detained[0]) not in kinds  # superseded by the extension
    assert ("measure_expiry", house[0]) in kinds
    assert ("reply_due", letter) in kinds
    hearings = [(d.entity_id, d.overdue) for d in due if d.kind == "hearing"]
    assert hearings == [(first, True), (second, True), (third, False)]  # not marked held: overdue
    assert {d.entity_id: d.overdue for d in due if d.kind == "measure_expiry"} == {
        extended[0]: True,  # late January has passed by 10 March
        extended[1]: True,
        house[0]: False,
    }
    statuses = {s.person_id: s.status for s in Views(vault).people.statuses(case_id)}
    assert statuses == {bekzat: "detained", baqytnur: "detained", nazigul: "house_arrest"}


def test_measures_need_people_of_the_case_and_a_known_type(case):
    vault, case_id, (bekzat, *_rest) = case
    procs = ProceedingService(vault)
    before = vault.db.one("SELECT count(*) FROM audit")[0]
    with pytest.raises(NoPeopleChosen):
        procs.add_measures(NewMeasure(case_id, (), "house_arrest"))
    with pytest.raises(UnknownCode):
        procs.add_measures(NewMeasure(case_id, (bekzat,), "exile"))
    other = create_person(vault, None, [{"value": "Someone Else"}])
    with pytest.raises(NotInCase):
        procs.add_measures(NewMeasure(case_id, (bekzat, other), "house_arrest"))
    assert vault.db.one("SELECT count(*) FROM measures")[0] == 0
    assert vault.db.one("SELECT count(*) FROM audit")[0] == before + 2  # only the person created above


def test_a_reply_window_is_a_number_of_days(case):
    vault, case_id, _ = case
    for bad in (0, -5, 100_000):
        with pytest.raises(BadReplyWindow):
            CommunicationService(vault).add(NewCommunication(case_id, "AL", "Letter", reply_window_days=bad))
    letter = CommunicationService(vault).add(
        NewCommunication(case_id, "statement", "Statement", date=parse("15.01.2026"))
    )
    row = Records(vault).get("communications", letter)
    assert row["reply_due"] is None and row["status"] == "sent"


def test_durations_in_three_languages():
    assert parse_duration("10 days").amount == 10
    assert (parse_duration("two months").amount, parse_duration("two months").unit) == (2, "months")
    assert parse_duration("2 месяца").unit == "months" and parse_duration("екі ай").amount == 2
    assert parse_duration("10 суток").unit == "days" and parse_duration("1 жыл").unit == "years"
    assert parse_duration("until the verdict") is None and parse_duration("") is None
    assert measure_end(FuzzyDate.day(2025, 11, 17), "10 days") == FuzzyDate.day(2025, 11, 27)
    end = measure_end(parse("late November 2025"), "two months")
    assert (end.start, end.end, end.precision) == (dt.date(2026, 1, 21), dt.date(2026, 1, 31), "days")
    assert measure_end(FuzzyDate.day(2026, 1, 31), "1 month") == FuzzyDate.day(2026, 2, 28)
    assert measure_end(None, "10 days") is None


def test_every_measure_type_gives_a_status_ranked_by_severity():
    for code in vocab.codes("measure_type"):
        assert code in MEASURE_STATUS, code
        assert MEASURE_STATUS[code] in SEVERITY
    measures = [
        {"id": "a", "type": "travel_ban", "expiry": None},
        {"id": "b", "type": "undertaking_not_to_leave", "expiry": {"start": "2026-05-01", "end": "2026-05-01"}},
    ]
    assert person_status(measures, [])[0] == "not_to_leave"
    assert person_status([*measures, {"id": "c", "type": "imprisonment"}], [])[0] == "imprisoned"
    assert person_status([{"id": "d", "type": "activity_ban"}, {"id": "e", "type": "bail"}], [])[0] == "on_bail"
    ended = [{"id": "f", "type": "suspended_sentence", "status": "ended"}]
    assert person_status(ended, [{"type": "release", "date": None}])[0] == "released"
