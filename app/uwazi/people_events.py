"""Rows of the Person and Event templates, from the redacted view.

A relationship between two entities of the same template (relatives, a chain of
events) is written on the later row only, naming the earlier one: Uwazi creates
an empty entity for a title it does not know yet, so a row may only name titles
already imported. Uwazi shows the connection on both entities.
"""

from __future__ import annotations

from typing import Any

from app.uwazi import rules
from app.uwazi.context import Context, bullets, date_text
from app.uwazi.templates import ACT_TYPE, EVENT_TYPE, PERSON_KIND, ROLE

Row = dict[str, str]


def person_rows(ctx: Context) -> list[Row]:
    view = ctx.view
    rows = []
    for pid in view.person_order:
        p = view.get("persons", pid) or {}
        roles = view.where("case_persons", "person_id", pid)
        title = ctx.person(pid)
        other = [rules.item(n.get("value")) for n in view.where("person_names", "person_id", pid)]
        relatives = _linked_before(ctx, "person_relations", ("person_id", "related_person_id"), pid, view.person_order)
        row: Row = {rules.language_column("title", lang): ctx.person_titles[lang][pid] for lang in rules.LANGUAGES}
        row |= {
            "person_kind": ctx.book.code(PERSON_KIND, p.get("kind")),
            "role": rules.multi(ctx.book.code(ROLE, cp.get("role")) for cp in roles),
            "case": ctx.cases(_person_cases(ctx, pid)),
            "description": rules.text(p.get("description")),
            "other_names": "; ".join(n for n in dict.fromkeys(other) if n and n != title),
            "gender": rules.text(p.get("gender")),
            "birth_date": rules.fuzzy_range(p.get("birth_date")),
            "citizenship": rules.text(p.get("citizenship")),
            "consent_to_be_named_publicly": ctx.book.yes_no(p.get("public_consent")),
            "measures": bullets(_measure(ctx, m) for m in view.where("measures", "person_id", pid)),
            "relatives": rules.multi(ctx.person(r) for r in relatives),
            "sources": ctx.sources(
                [("persons", pid)]
                + [("person_names", n["id"]) for n in view.where("person_names", "person_id", pid)]
                + [("measures", m["id"]) for m in view.where("measures", "person_id", pid)],
                [n.get("source_id") for n in view.where("person_names", "person_id", pid)],
            ),
            "notes": rules.text(p.get("notes")),
            "contact": rules.text(p.get("contact")),
            "address": rules.text(p.get("address")),
            "health_notes": rules.text(p.get("health_notes")),
        }
        rows.append(row)
    return rows


def _linked_before(ctx: Context, entity: str, ends: tuple[str, str], me: str, order: list[str]) -> list[str]:
    """The other ends of the ``entity`` rows linking ``me`` that come before it in ``order``."""
    position = {x: n for n, x in enumerate(order)}
    out = []
    for row in ctx.view.rows(entity):
        a, b = str(row.get(ends[0])), str(row.get(ends[1]))
        if me in (a, b):
            peer = b if a == me else a
            if position.get(peer, len(position)) < position[me]:
                out.append(peer)
    return out


def _person_cases(ctx: Context, pid: str) -> list[Any]:
    view = ctx.view
    cases = [cp.get("case_id") for cp in view.where("case_persons", "person_id", pid)]
    for act in view.where("acts", "victim_id", pid):
        cases.append((view.get("events", act.get("event_id")) or {}).get("case_id"))
    for party in view.where("proceeding_parties", "person_id", pid):
        cases.append((view.get("proceedings", party.get("proceeding_id")) or {}).get("case_id"))
    return [c for c in cases if c]


def _measure(ctx: Context, m: dict) -> str:
    parts = [
        (ctx.word("start"), date_text(m.get("start"))),
        (ctx.word("duration"), rules.item(m.get("duration"))),
        (ctx.word("expiry"), date_text(m.get("expiry"))),
        (ctx.word("status"), ctx.label("measure_status", m.get("status"))),
    ]
    return ctx.line(ctx.label("measure_type", m.get("type")), parts)


def event_rows(ctx: Context) -> list[Row]:
    view = ctx.view
    rows = []
    for eid in ctx.event_order:
        e = view.get("events", eid) or {}
        acts = view.where("acts", "event_id", eid)
        linked = _linked_before(ctx, "event_links", ("from_event_id", "to_event_id"), eid, ctx.event_order)
        perpetrators = []
        for act in acts:
            for inv in view.where("involvements", "act_id", act["id"]):
                org = view.get("organisations", inv.get("organisation_id"))
                if org is not None:
                    perpetrators.append(ctx.book.organisation(org.get("name"), org.get("kind")))
        place = rules.parse_lat_lon(e.get("coordinates"))
        rows.append(
            {
                "title": ctx.event_titles[eid],
                "event_type": ctx.book.code(EVENT_TYPE, e.get("type")),
                "date": rules.fuzzy_range(e.get("date")),
                "date_as_written": date_text(e.get("date")),
                "place": rules.text(e.get("place")),
                "description": rules.text(e.get("description")),
                "acts": rules.multi(ctx.book.code(ACT_TYPE, a.get("type")) for a in acts),
                "victims": rules.multi(ctx.person(a.get("victim_id")) for a in acts),
                "perpetrators": rules.multi(perpetrators),
                "what_was_done": bullets(_act(ctx, a) for a in acts),
                "related_events": rules.multi(ctx.event_titles[o] for o in linked),
                "sources": ctx.sources([("events", eid)] + [("acts", a["id"]) for a in acts]),
                "case": ctx.cases([e.get("case_id")]),
                "notes": rules.text(e.get("notes")),
                "exact_address": rules.text(e.get("exact_address")),
                "coordinates": rules.text(e.get("coordinates")),
                "location_geolocation": rules.geolocation(*place) if place else "",
            }
        )
    return rows


def _act(ctx: Context, act: dict) -> str:
    view = ctx.view
    doers = []
    for inv in view.where("involvements", "act_id", act["id"]):
        org = view.get("organisations", inv.get("organisation_id"))
        doers.append(rules.item(org.get("name")) if org else ctx.person(inv.get("person_id")))
    parts = [
        (ctx.word("person"), ctx.person(act.get("victim_id"))),
        (ctx.word("date"), date_text(act.get("date"))),
        (ctx.word("responsible"), ", ".join(d for d in doers if d)),
    ]
    return ctx.line(ctx.label("act_type", act.get("type")), parts, rules.text(act.get("description")))
