"""The read side (app.views) on the demo case, without Qt: frozen values holding codes, ids, names as
recorded and fuzzy dates; never a label."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain import status as status_rules
from app.domain import vocab
from app.domain.dates import FuzzyDate
from app.views import Views

CASE = "case-atajurt"


@pytest.fixture
def views(demo_vault):
    return Views(demo_vault)


def frozen(value: object) -> bool:
    params = getattr(type(value), "__dataclass_params__", None)
    return dataclasses.is_dataclass(value) and params is not None and params.frozen


def test_cases_and_the_overview(views):
    (case,) = views.cases.all()
    assert (case.id, case.reference) == (CASE, "ATAJURT-2025") and frozen(case)
    overview = views.cases.overview(CASE)
    assert overview is not None and overview.status == "open"  # a code, not "Open"
    assert (overview.counts.people, overview.counts.events, overview.counts.sources) == (26, 23, 2)
    assert views.cases.overview("nothing") is None
    assert [c.id for c in views.cases.sources(CASE)] == ["src-iphr-kibhr-2026-01-15", "src-un-al-kaz-2-2026"]
    assert "o-police-almaty-region" in [c.id for c in views.cases.organisations(CASE)]


def test_people_with_their_status_and_what_was_done_to_them(views):
    statuses = {s.person_id: s for s in views.people.statuses(CASE)}
    nazigul = statuses["p-nazigul-maksutkhan"]
    assert nazigul.status == "house_arrest" and isinstance(nazigul.until, FuzzyDate) and frozen(nazigul)
    assert {s.status for s in statuses.values()} <= set(status_rules.SEVERITY)
    assert all(vocab.known("role", r) for s in statuses.values() for r in s.roles)
    ids = views.people.ids(CASE)
    rows = views.people.rows(CASE, ids[:5])
    assert [r.person_id for r in rows] == ids[:5]
    bekzat = views.people.details("p-bekzat-maxutkhan")
    assert bekzat is not None and bekzat.name == "Bekzat Maxutkhan"
    assert "Бекзат Мақсұтхан" in [s.value for s in bekzat.spellings]
    assert bekzat.acts and all(vocab.known("act_type", a.type) for a in bekzat.acts)
    starts = [a.date.start for a in bekzat.acts if a.date]
    assert starts == sorted(starts)
    assert {m.type for m in bekzat.measures} == {"pre_trial_detention"}
    assert views.people.named_exactly("Bekzat Maxutkhan") == "p-bekzat-maxutkhan"
    assert [p.person_id for p in views.people.named_like("Maxutkh")] == ["p-bekzat-maxutkhan"]
    chosen = views.people.choices(CASE)
    assert [c.name.casefold() for c in chosen] == sorted(c.name.casefold() for c in chosen)


def test_the_chronology_index_and_events_with_their_acts(views):
    index = views.events.index(CASE)
    assert len(index) == 23 and index.dated() == 19  # undated events come last
    assert list(index.starts) == sorted(index.starts)
    events = views.events.load(list(index.rowids))
    assert [e.rowid for e in events] == list(index.rowids) and all(frozen(e) for e in events)
    acts = [a for e in events for a in e.acts]
    assert len(acts) == 89 and all(a.victim for a in acts)
    assert any(d.name == "Police (unit not stated)" and d.role == "perpetrator" for a in acts for d in a.doers)
    assert views.events.load(list(index.rowids)[:2], with_acts=False)[0].acts == ()
    bekzat = views.events.of_person(CASE, "p-bekzat-maxutkhan")
    assert bekzat and bekzat < set(index.rowids)
    first_act = acts[0]
    assert views.events.rowid_of("acts", first_act.id) == next(e.rowid for e in events if e.id == first_act.event_id)
    assert views.events.rowid_of("events", "nothing") is None
    claimed = [e for e in events if views.events.claims("events", e.id)]
    assert claimed and all(c.source_title for c in views.events.claims("events", claimed[0].id))


def test_proceedings_hearings_and_measures(views):
    proceedings = views.proceedings.all(CASE)
    assert [p.id for p in proceedings][:2] == ["pr-criminal-174-2", "pr-administrative-434"]
    proceeding = proceedings[0]
    assert isinstance(proceeding.provisions, tuple) and all(isinstance(p, str) for p in proceeding.provisions)
    hearings = views.proceedings.hearings([p.id for p in proceedings])
    assert [h.date.start for h in hearings if h.date] == [
        dt.date(2026, 1, 21),
        dt.date(2026, 2, 19),
        dt.date(2026, 2, 20),
    ]
    assert [h.outcome for h in hearings] == ["held", "postponed", "scheduled"]
    measures = views.proceedings.measures(CASE, [p.id for p in proceedings])
    assert sum(m.extended for m in measures) == 19 and sum(m.current for m in measures) == 19
    assert not any(m.extended and m.current for m in measures)
    details = views.proceedings.details(proceeding)
    assert details.parties and all(vocab.known("role", p.role) for p in details.parties)


def test_sources_and_what_each_claim_is_about(views):
    sources = views.sources.all(CASE)
    attributions = views.sources.attributions([s.id for s in sources])
    assert len(attributions) == 107
    facts = views.sources.facts(attributions)
    assert {(a.entity, a.entity_id) for a in attributions} == set(facts)
    hearing = next(f for f in facts.values() if f.entity == "hearings")
    assert isinstance(hearing.date, FuzzyDate) and hearing.name is None
    measure = next(f for f in facts.values() if f.entity == "measures")
    assert vocab.known("measure_type", measure.code) and measure.name


def test_communications_and_deadlines(views):
    letter, statement = views.communications.all(CASE)
    assert letter.reference == "AL KAZ 2/2026" and len(letter.questions) == 6 and not letter.replied
    assert statement.kind == "statement" and statement.reference == ""
    today = dt.date(2026, 3, 10)
    lines = views.deadlines.lines(today, horizon_days=30)
    assert [len(line.people) for line in lines] == [6, 13, 0]  # house arrests, detentions, the hearing
    assert lines[2].subject.startswith("Criminal case against 19 Atajurt activists")
    named = views.deadlines.named(views.deadlines.due(today))
    assert named[-1].subject == "AL KAZ 2/2026" and named[0].person
