"""The first pages: the cover (what this report withholds), the summary with key figures, and what is due."""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.domain.deadlines import (
    HEARING,
    MEASURE_EXPIRY,
    NEXT_HEARING,
    REPLY_DUE,
    Deadline,
    case_deadlines,
    group_deadlines,
)
from app.redaction.pseudonyms import PLACEHOLDER
from app.report import layout as L
from app.report.sections.base import SectionContext
from app.report.strings import fmt_day


def cover(ctx: SectionContext) -> list[Flowable]:
    c = ctx.index.case
    redacted = ctx.redacted
    plan = redacted.plan
    out: list[Flowable] = [Spacer(1, 40)]
    out.append(ctx.para(ctx.words("report_title"), "subtitle"))
    out.append(ctx.para(c.get("title") or ctx.words("report_title"), "title"))
    pairs = [
        (ctx.words("reference"), c.get("reference")),
        (ctx.words("report_date"), fmt_day(ctx.today, ctx.lang)),
        (ctx.words("profile"), ctx.words(f"profile.{redacted.profile}")),
        (ctx.words("case_status"), ctx.label("case_status", c.get("status"))),
    ]
    facts = ctx.key_values(pairs)
    if facts:
        out.append(facts)
    out.append(Spacer(1, 18))
    out.append(ctx.para(ctx.words("withheld_heading"), "h2"))
    paras: list[str] = []
    if redacted.profile == "internal" and not plan.hidden() and not plan.pseudonymised():
        paras.append(ctx.words("withheld.internal"))
    else:
        paras.append(ctx.words(f"withheld.{redacted.profile}"))
        pseudo = plan.pseudonymised()
        if pseudo:
            paras.append(ctx.words("withheld.pseudonyms", n=len(pseudo), example=pseudo[0].shown_as))
        secret_n = sum(1 for f in plan.hidden() if f.reason in ("secret",) or f.reason.startswith("override"))
        if secret_n:
            paras.append(ctx.words("withheld.secret", n=secret_n))
        ident_n = sum(1 for f in plan.hidden() if f.reason == "identifying, public report")
        if ident_n:
            paras.append(ctx.words("withheld.identifying", n=ident_n))
        scrubbed = plan.scrubbed_count()
        if scrubbed:
            paras.append(ctx.words("withheld.scrubbed", n=scrubbed, placeholder=PLACEHOLDER[redacted.lang]))
        if plan.regions:
            paras.append(ctx.words("withheld.regions", n=plan.regions))
    shown = sum(1 for f in plan.fields if f.action == "shown")
    if shown:
        paras.append(ctx.words("withheld.shown", n=shown))
    paras.append(ctx.words("withheld.checked"))
    for text in paras:
        out.append(ctx.para(text, "box"))
    out.append(PageBreak())
    return out


def summary(ctx: SectionContext) -> list[Flowable]:
    d = ctx.doc
    case = ctx.index.case
    out: list[Flowable] = [ctx.para(ctx.words("summary"), "h1")]
    if case.get("summary"):
        for para in str(case["summary"]).split("\n\n"):
            out.append(ctx.para(para, "body"))
            out.append(Spacer(1, 4))
    active = [m for m in d.get("measures", []) if m.get("status") == "active"]
    copies = sum(map(len, ctx.index.copies_by_original.values()))
    figures = [
        (ctx.words("fig.persons"), len(d.get("persons", []))),
        (ctx.words("fig.events"), len(d.get("events", []))),
        (ctx.words("fig.acts"), len(d.get("acts", []))),
        (ctx.words("fig.active_measures"), len(active)),
        (ctx.words("fig.hearings"), len(d.get("hearings", []))),
        (ctx.words("fig.communications"), len(d.get("communications", []))),
        (ctx.words("fig.evidence"), len(d.get("evidence", [])) - copies),
        (ctx.words("fig.sources"), len(d.get("sources", []))),
    ]
    out.append(ctx.para(ctx.words("key_figures"), "h2"))
    figures_table = ctx.key_values([(k, str(v)) for k, v in figures], key_w=170)
    if figures_table is not None:
        out.append(figures_table)
    orgs = []
    for co in d.get("case_organisations", []):
        name = ctx.organisation_name(co.get("organisation_id"))
        if name:
            role = ctx.label("organisation_role", co.get("role"))
            orgs.append([name, role])
    if orgs:
        out.append(ctx.para(ctx.words("organisations"), "h2"))
        out.append(ctx.table([ctx.words("name"), ctx.words("role")], orgs, [L.FRAME_W * 0.68, L.FRAME_W * 0.32]))
    due = deadlines(ctx)
    if due:
        out.append(ctx.para(ctx.words("deadlines"), "h2"))
        rows = [[ctx.date_with_relative(when), what] for when, what in due]
        out.append(ctx.table([ctx.words("date"), ctx.words("details")], rows, [L.FRAME_W * 0.36, L.FRAME_W * 0.64]))
    out.append(PageBreak())
    return out


def deadlines(ctx: SectionContext) -> list[tuple[Any, str]]:
    """What is due (``app.domain.deadlines``: the same rules as the app and the CLI); the same measure
    ending for many people is one row naming them all. Overdue ones stay listed (the last twelve), then
    the next twelve."""
    d = ctx.doc
    due = case_deadlines(
        str(ctx.index.case.get("id")),
        ctx.today,
        person_ids=[str(cp.get("person_id")) for cp in d.get("case_persons", [])],
        proceeding_ids=[str(p.get("id")) for p in d.get("proceedings", [])],
        measures=d.get("measures", []),
        hearings=d.get("hearings", []),
        communications=d.get("communications", []),
    )
    procs = {str(p.get("id")): str(p.get("title") or "") for p in d.get("proceedings", [])}
    letters = {str(c.get("id")): str(c.get("reference") or c.get("title") or "") for c in d.get("communications", [])}
    rows: list[tuple[Deadline, str]] = []
    for group in group_deadlines(due):
        first = group.first
        if first.kind == MEASURE_EXPIRY:
            names = dict.fromkeys(ctx.person_name(p) for p in group.person_ids)
            who = ", ".join(sorted(names, key=_natural_order))
            text = ctx.words("deadline.measure", what=ctx.label("measure_type", first.code), who=who)
        elif first.kind in (HEARING, NEXT_HEARING):
            text = ctx.words("deadline.hearing", what=procs.get(first.proceeding_id or "", ""))
        else:
            key = "deadline.reply" if first.kind == REPLY_DUE else "deadline.follow_up"
            text = ctx.words(key, what=letters.get(first.entity_id, ""))
        rows.append((first, text))
    past = [(f.date.to_json(), x) for f, x in rows if f.overdue]
    future = [(f.date.to_json(), x) for f, x in rows if not f.overdue]
    return past[-12:] + future[:12]


def _natural_order(name: str) -> list[int | str]:
    """Natural order: "Detained person 2" before "Detained person 10"."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]
