"""The sources section: every source with its kind, author, date and reliability."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.report import layout as L
from app.report.sections.base import SectionContext, esc
from app.report.strings import fmt_fuzzy, sort_key


def sources(ctx: SectionContext) -> list[Flowable]:
    rows_in_order = sorted(ctx.doc.get("sources", []), key=lambda s: sort_key(s.get("date")))
    if not rows_in_order:
        return []
    out: list[Flowable] = [ctx.para(ctx.words("sources"), "h1")]
    rows = []
    for s in rows_in_order:
        title = esc(s.get("title") or "")
        extra = []
        if s.get("reference"):
            extra.append(esc(s["reference"]))
        if s.get("informant"):
            extra.append(f"{esc(ctx.words('informant'))}: {esc(s['informant'])}")
        if s.get("notes"):
            extra.append(esc(ctx.clip(str(s["notes"]))))
        cell = title + "".join(f'<br/><font color="#5f6b7a">{x}</font>' for x in extra)
        rows.append(
            [
                ctx.markup(cell, "cell"),
                ctx.label("source_kind", s.get("kind")),
                s.get("author") or "",
                fmt_fuzzy(s.get("date"), ctx.lang),
                ctx.label("reliability", s.get("reliability")),
            ]
        )
    w = L.FRAME_W
    out.append(
        ctx.table(
            [ctx.words("source"), ctx.words("type"), ctx.words("author"), ctx.words("date"), ctx.words("reliability")],
            rows,
            [w * 0.38, w * 0.13, w * 0.25, w * 0.13, w * 0.11],
        )
    )
    return out
