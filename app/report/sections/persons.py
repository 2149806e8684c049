"""The persons section: everyone in the case with their roles, present status and measures."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.report import layout as L
from app.report.sections.base import SectionContext, esc
from app.report.strings import fmt_fuzzy, sort_key


def persons(ctx: SectionContext) -> list[Flowable]:
    ix = ctx.index
    out: list[Flowable] = [ctx.para(ctx.words("persons"), "h1")]
    person_ids = list(dict.fromkeys([str(cp.get("person_id")) for cp in ctx.doc.get("case_persons", [])]))
    person_ids += [pid for pid in ix.persons if pid not in person_ids]
    rows = []
    for pid in person_ids:
        if pid not in ix.persons:
            continue
        ctx.tick()
        shown = ctx.person_name(pid)
        name_cell = esc(shown)
        others = ctx.other_spellings(pid, shown)
        if others:
            name_cell += f'<br/><font color="#5f6b7a">{esc(", ".join(others))}</font>'
        roles = ", ".join(dict.fromkeys(ctx.label("role", cp.get("role")) for cp in ix.roles_by_person.get(pid, [])))
        measures = sorted(ix.measures_by_person.get(pid, []), key=lambda m: sort_key(m.get("start")))
        measure_lines = []
        for m in measures:
            line = esc(ctx.label("measure_type", m.get("type")))
            if m.get("extends_id"):
                line = "↳ " + esc(ctx.words("extension"))
            if m.get("expiry"):
                line += ": " + esc(fmt_fuzzy(m.get("expiry"), ctx.lang))
            measure_lines.append(line)
        status = esc(person_status(ctx, pid))
        health = ix.persons[pid].get("health_notes")
        if health:  # only present where the profile allows it
            status += (
                f'<br/><font color="#b42318"><b>{esc(ctx.words("health"))}:</b></font> {esc(ctx.clip(str(health)))}'
            )
        rows.append(
            [
                ctx.markup(name_cell, "cell"),
                roles,
                ctx.markup(status, "cell"),
                ctx.markup("<br/>".join(measure_lines), "cell"),
            ]
        )
    header = [ctx.words("name"), ctx.words("role"), ctx.words("status"), ctx.words("measures_col")]
    w = L.FRAME_W
    widths = [w * 0.22, w * 0.16, w * 0.28, w * 0.34]
    out.append(ctx.table(header, rows, widths))
    return out


def person_status(ctx: SectionContext, person_id: str) -> str:
    """The person's present measure (until when), else the last one that ended, else the last act against them."""
    ix = ctx.index
    measures = sorted(ix.measures_by_person.get(person_id, []), key=lambda m: sort_key(m.get("start")))
    active = [m for m in measures if m.get("status") == "active"]
    if active:
        m = active[-1]
        what = ctx.label("measure_type", m.get("type"))
        if m.get("expiry"):
            return ctx.words("status_until", what=what, date=fmt_fuzzy(m.get("expiry"), ctx.lang))
        return what
    if measures:
        return ctx.words("status_ended", what=ctx.label("measure_type", measures[-1].get("type")))
    acts = ix.acts_by_victim.get(person_id, [])
    if acts:
        ev_date = {str(e.get("id")): e.get("date") for e in ix.events}
        last = max(acts, key=lambda a: sort_key(a.get("date") or ev_date.get(str(a.get("event_id")))))
        return ctx.label("act_type", last.get("type"))
    return "—"
