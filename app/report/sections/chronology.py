"""The timeline drawings and the chronology: each event with its acts, sources, related events and evidence."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from app.report import layout as L
from app.report.sections.attribution import sources_line
from app.report.sections.base import SectionContext, esc
from app.report.sections.index import Row, rows_by
from app.report.strings import fmt_fuzzy, fuzzy_bounds
from app.report.timeline import TimelineItem, timeline_drawings


def timeline(ctx: SectionContext) -> list[Flowable]:
    items = []
    for e in ctx.index.events:
        b = fuzzy_bounds(e.get("date"))
        if not b:
            continue
        date = e.get("date")
        precision = date.get("precision", "day") if isinstance(date, dict) else "day"
        exact = b[0] == b[1] and precision == "day"
        number = ctx.index.event_numbers[str(e.get("id"))]
        items.append(TimelineItem(number, str(e.get("title") or ""), b[0], b[1], exact))
    if not items:
        return []
    out: list[Flowable] = [ctx.para(ctx.words("timeline"), "h1"), ctx.para(ctx.words("timeline_note"), "muted")]
    out.append(Spacer(1, 6))
    for drawing in timeline_drawings(items, L.FRAME_W):
        ctx.tick()
        out.append(drawing)
        out.append(Spacer(1, 10))
    out.append(PageBreak())
    return out


def chronology(ctx: SectionContext) -> list[Flowable]:
    ix = ctx.index
    out: list[Flowable] = [ctx.para(ctx.words("chronology"), "h1")]
    links_from = rows_by(ctx.doc.get("event_links", []), "from_event_id")
    titles = {str(e.get("id")): str(e.get("title") or "") for e in ix.events}
    for e in ix.events:
        ctx.tick()
        eid = str(e.get("id"))
        head: list[Flowable] = [ctx.para(f"{ix.event_numbers[eid]}. {e.get('title') or ''}", "h2")]
        meta = [fmt_fuzzy(e.get("date"), ctx.lang), ctx.label("event_type", e.get("type")), e.get("place")]
        if e.get("exact_address"):
            meta.append(f"{ctx.words('exact_address')}: {e['exact_address']}")
        if e.get("coordinates"):
            meta.append(f"{ctx.words('coordinates')}: {e['coordinates']}")
        head.append(ctx.para(" · ".join(str(m) for m in meta if m), "meta"))
        if e.get("description"):
            head.append(ctx.para(e["description"]))
        out.append(KeepTogether(head))
        if e.get("notes"):
            out.append(ctx.markup(f"<b>{esc(ctx.words('notes'))}:</b> {esc(e['notes'])}", "small"))
        acts = ix.acts_by_event.get(eid, [])
        if acts:
            out.append(Spacer(1, 3))
            out.append(acts_table(ctx, acts))
        out += sources_line(ctx, "events", eid)
        for a in acts:
            out += sources_line(ctx, "acts", str(a.get("id")))
        related = []
        for link in links_from.get(eid, []):
            target = str(link.get("to_event_id"))
            if target in ix.event_numbers:
                relation = ctx.label("relation", link.get("relation"))
                related.append(f"{relation} → {ix.event_numbers[target]}. {titles[target]}")
        if related:
            out.append(ctx.markup(f"<b>{esc(ctx.words('related'))}:</b> " + esc("; ".join(related)), "muted"))
        evidence_ids = ix.evidence_by_entity.get(("events", eid), [])
        if evidence_ids:
            out.append(ctx.markup(f"<b>{esc(ctx.words('evidence'))}:</b> {esc(', '.join(evidence_ids))}", "muted"))
        out.append(Spacer(1, 4))
    out.append(PageBreak())
    return out


def acts_table(ctx: SectionContext, acts: list[Row]) -> Table:
    # Acts of one kind with the same words ("arrested at the protest") share a row listing every person.
    groups: dict[tuple[str, str, str], list[Row]] = {}
    for a in acts:
        key = (str(a.get("type")), fmt_fuzzy(a.get("date"), ctx.lang), str(a.get("description") or ""))
        groups.setdefault(key, []).append(a)
    rows = []
    for (act_type, date, desc), group in groups.items():
        who = compress_numbered(list(dict.fromkeys(ctx.person_name(a.get("victim_id")) for a in group)))
        responsible = []
        for a in group:
            for involvement in ctx.index.involvements_by_act.get(str(a.get("id")), []):
                n = ctx.organisation_name(involvement.get("organisation_id")) or (
                    ctx.person_name(involvement.get("person_id")) if involvement.get("person_id") else ""
                )
                if n:
                    responsible.append(n)
        details = desc
        notes = [str(a.get("notes")) for a in group if a.get("notes")]
        if notes:
            details = (details + " " if details else "") + " ".join(notes)
        rows.append([ctx.label("act_type", act_type), who, date, details, ", ".join(dict.fromkeys(responsible))])
    w = L.FRAME_W
    return ctx.table(
        [ctx.words("act"), ctx.words("person"), ctx.words("date"), ctx.words("details"), ctx.words("responsible")],
        rows,
        [w * 0.15, w * 0.25, w * 0.13, w * 0.30, w * 0.17],
    )


def compress_numbered(names: list[str]) -> str:
    """ "Detained person 1, Detained person 2, Detained person 3, Relative A" -> "Detained person 1–3, Relative A"."""
    numbered: dict[str, list[int]] = {}
    order: list[str] = []
    for n in names:
        m = re.fullmatch(r"(.+) (\d+)", n)
        if m:
            if m.group(1) not in numbered:
                order.append(m.group(1))
            numbered.setdefault(m.group(1), []).append(int(m.group(2)))
        else:
            order.append(n)
    out = []
    for key in order:
        nums = sorted(set(numbered.get(key, [])))
        if not nums:
            out.append(key)
            continue
        if len(nums) < 3:
            out += [f"{key} {x}" for x in nums]
            continue
        runs: list[str] = []
        start = prev = nums[0]
        for x in [*nums[1:], None]:
            if x is not None and x == prev + 1:
                prev = x
                continue
            runs.append(str(start) if start == prev else f"{start}–{prev}")
            if x is not None:
                start = prev = x
        out.append(f"{key} {', '.join(runs)}")
    return ", ".join(out)
