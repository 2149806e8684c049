"""Proceedings with their parties, hearings and measures; measures outside any proceeding; communications."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from app.report import layout as L
from app.report.sections.attribution import sources_line
from app.report.sections.base import SectionContext, as_list, esc
from app.report.sections.index import Row
from app.report.strings import fmt_fuzzy, sort_key


def proceedings(ctx: SectionContext) -> list[Flowable]:
    procs = ctx.doc.get("proceedings", [])
    if not procs:
        return []
    out: list[Flowable] = [ctx.para(ctx.words("proceedings"), "h1")]
    for proc in procs:
        ctx.tick()
        pid = str(proc.get("id"))
        out.append(ctx.para(proc.get("title") or "", "h2"))
        facts = ctx.key_values(
            [
                (ctx.words("kind"), ctx.label("proceeding_kind", proc.get("kind"))),
                (ctx.words("court"), ctx.organisation_name(proc.get("court_id"))),
                (ctx.words("case_number"), proc.get("case_number")),
                (ctx.words("provisions"), "; ".join(as_list(proc.get("provisions")))),
                (ctx.words("status"), ctx.label("proceeding_status", proc.get("status"))),
            ]
        )
        if facts:
            out.append(facts)
        if proc.get("description"):
            out.append(Spacer(1, 3))
            out.append(ctx.para(proc["description"]))
        out += sources_line(ctx, "proceedings", pid)
        out += _parties(ctx, pid)
        out += _hearings(ctx, pid)
        measures = ctx.index.measures_by_proceeding.get(pid, [])
        if measures:
            out.append(ctx.para(ctx.words("measures"), "h3"))
            out.append(measures_table(ctx, measures))
        out.append(Spacer(1, 8))
    loose_measures = [m for m in ctx.doc.get("measures", []) if not m.get("proceeding_id")]
    if loose_measures:
        out.append(ctx.para(ctx.words("other_measures"), "h2"))
        out.append(measures_table(ctx, loose_measures))
    out.append(PageBreak())
    return out


def _parties(ctx: SectionContext, proceeding_id: str) -> list[Flowable]:
    """The parties of one proceeding, one line per role."""
    parties = ctx.index.parties_by_proceeding.get(proceeding_id, [])
    if not parties:
        return []
    by_role: dict[str, list[str]] = defaultdict(list)
    for party in parties:
        by_role[ctx.label("role", party.get("role"))].append(ctx.person_name(party.get("person_id")))
    out: list[Flowable] = [ctx.para(ctx.words("parties"), "h3")]
    for role, people in by_role.items():
        out.append(ctx.markup(f"<b>{esc(role)}:</b> {esc(', '.join(people))}", "small"))
    return out


def _hearings(ctx: SectionContext, proceeding_id: str) -> list[Flowable]:
    """The hearings of one proceeding as a table by date, then the sources of each."""
    hearings = sorted(ctx.index.hearings_by_proceeding.get(proceeding_id, []), key=lambda h: sort_key(h.get("date")))
    if not hearings:
        return []
    out: list[Flowable] = [ctx.para(ctx.words("hearings"), "h3")]
    rows = []
    for h in hearings:
        closed = h.get("closed_session")
        rows.append(
            [
                fmt_fuzzy(h.get("date"), ctx.lang),
                h.get("place") or "",
                ctx.label("hearing_outcome", h.get("outcome")),
                fmt_fuzzy(h.get("next_date"), ctx.lang),
                ctx.words("yes") if closed is True else (ctx.words("no") if closed is False else ""),
                h.get("notes") or "",
            ]
        )
    w = L.FRAME_W
    out.append(
        ctx.table(
            [ctx.words("date"), ctx.words("place"), ctx.words("outcome"), ctx.words("next_date"),
             ctx.words("closed"), ctx.words("notes")],
            rows,
            [w * 0.17, w * 0.12, w * 0.11, w * 0.11, w * 0.09, w * 0.40],
        )
    )  # fmt: skip
    for h in hearings:
        extra = sources_line(ctx, "hearings", str(h.get("id")))
        if extra:
            heading = f"{ctx.words('hearings')}: {fmt_fuzzy(h.get('date'), ctx.lang)}"
            out.append(KeepTogether([ctx.para(heading, "h3"), *extra]))
    return out


def measures_table(ctx: SectionContext, measures: list[Row]) -> Table:
    """Measures by person (in the case's order of persons), then by start."""
    order = {pid: n for n, pid in enumerate(ctx.index.persons)}
    measures = sorted(measures, key=lambda m: (order.get(str(m.get("person_id")), 1 << 30), sort_key(m.get("start"))))
    rows = []
    for m in measures:
        measure_type = ctx.label("measure_type", m.get("type"))
        if m.get("extends_id"):
            measure_type += f" ({ctx.words('extension')})"
        active = m.get("status") == "active"
        rows.append(
            [
                ctx.person_name(m.get("person_id")),
                measure_type,
                fmt_fuzzy(m.get("start"), ctx.lang),
                m.get("duration") or "",
                ctx.date_with_relative(m.get("expiry"), alert=active) if m.get("expiry") else "",
                ctx.label("measure_status", m.get("status")),
            ]
        )
    w = L.FRAME_W
    return ctx.table(
        [ctx.words("person"), ctx.words("type"), ctx.words("start"), ctx.words("duration"), ctx.words("expiry"),
         ctx.words("status")],
        rows,
        [w * 0.19, w * 0.2, w * 0.18, w * 0.1, w * 0.21, w * 0.12],
    )  # fmt: skip


def communications(ctx: SectionContext) -> list[Flowable]:
    """Each communication sent: to whom, what it asked, when a reply is due and whether one came."""
    letters = sorted(ctx.doc.get("communications", []), key=lambda c: sort_key(c.get("date")))
    if not letters:
        return []
    out: list[Flowable] = [ctx.para(ctx.words("communications"), "h1")]
    for c in letters:
        ctx.tick()
        title = c.get("title") or c.get("reference") or ""
        if c.get("reference") and str(c["reference"]) not in str(title):
            title = f"{c['reference']} — {title}"
        out.append(ctx.para(title, "h2"))
        window = c.get("reply_window_days")
        reply_due: Any = None
        if c.get("reply_due"):
            reply_due = ctx.date_with_relative(c["reply_due"], alert=not c.get("reply_received"))
        received: Any = fmt_fuzzy(c.get("reply_received"), ctx.lang) if c.get("reply_received") else None
        if reply_due is not None and received is None:
            received = ctx.words("no_reply")
        facts = ctx.key_values(
            [
                (ctx.words("kind"), ctx.label("communication_kind", c.get("kind"))),
                (ctx.words("date"), fmt_fuzzy(c.get("date"), ctx.lang)),
                (ctx.words("sender"), c.get("sender")),
                (ctx.words("addressee"), c.get("addressee")),
                (ctx.words("mandates"), "; ".join(as_list(c.get("mandates")))),
                (ctx.words("reply_window"), ctx.words("days_n", n=window) if isinstance(window, int) else None),
                (ctx.words("reply_due"), reply_due),
                (ctx.words("publication"), fmt_fuzzy(c.get("publication_date"), ctx.lang)),
                (ctx.words("reply_received"), received),
                (ctx.words("status"), ctx.label("communication_status", c.get("status"))),
                (ctx.words("follow_up"), fmt_fuzzy(c.get("follow_up"), ctx.lang)),
                (ctx.words("source"), ctx.source_name(c.get("source_id"))),
            ]
        )
        if facts:
            out.append(facts)
        for key in ("questions", "recommendations"):
            items = as_list(c.get(key))
            if items:
                out.append(ctx.para(ctx.words(key), "h3"))
                for n, item in enumerate(items, start=1):
                    out.append(Paragraph(esc(item), ctx.styles["list"], bulletText=f"{n}."))
        rights = as_list(c.get("rights_invoked"))
        if rights:
            out.append(ctx.para(ctx.words("rights"), "h3"))
            out.append(ctx.para("; ".join(rights), "small"))
        out += sources_line(ctx, "communications", str(c.get("id")))
        out.append(Spacer(1, 8))
    return out
