"""Each fact with its sources; where sources disagree about a field, their claims side by side."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.domain.vocab import claim_text
from app.report import layout as L
from app.report.sections.base import TABLE_FONT, SectionContext, esc
from app.report.sections.index import Row

# The report's word for each field an attribution can name.
_FIELD_NAMES = {
    "date": "date",
    "place": "place",
    "description": "description",
    "type": "type",
    "status": "status",
    "outcome": "outcome",
    "closed_session": "closed",
    "provisions": "provisions",
    "court_id": "court",
    "notes": "notes",
    "role": "role",
    "kind": "kind",
    "publication_date": "publication",
    "reply_window_days": "reply_window",
    "mandates": "mandates",
    "recommendations": "recommendations",
}

# Sources quoting different parts of a narrative do not contradict each other.
_NARRATIVE = {"description", "notes", "summary", "recommendations", "questions", "mandates", "rights_invoked", ""}


def sources_line(ctx: SectionContext, entity: str, row_id: str) -> list[Flowable]:
    """The sources of one row ("Sources: ..."), then a table for each field they disagree about."""
    attributions = ctx.index.attributions.get((entity, row_id), [])
    if not attributions:
        return []
    out: list[Flowable] = []
    by_field: dict[str, list[Row]] = defaultdict(list)
    for a in attributions:
        by_field[str(a.get("field") or "")].append(a)
    agreeing: list[str] = []
    for field, group in by_field.items():
        claims = {" ".join(str(a.get("claim") or "").split()).casefold() for a in group}
        if len(group) > 1 and len(claims) > 1 and field not in _NARRATIVE:
            out.append(conflict_table(ctx, field, group))
        else:
            agreeing += [ctx.source_name(a.get("source_id")) for a in group]
    if agreeing:
        names = "; ".join(dict.fromkeys(n for n in agreeing if n))
        out.insert(0, ctx.markup(f"<b>{esc(ctx.words('sources_of'))}:</b> {esc(names)}", "muted"))
    return out


def conflict_table(ctx: SectionContext, field: str, group: list[Row]) -> Flowable:
    """Up to four sources' claims about one field, side by side under "Sources disagree about ..."."""
    field_label = ctx.words(_FIELD_NAMES[field]) if field in _FIELD_NAMES else field
    head = ctx.markup(
        f'<font color="#b42318"><b>{esc(ctx.words("sources_disagree"))}</b></font> '
        f"{esc(ctx.words('about_field', field=field_label.lower()))}",
        "small",
    )
    cells = []
    for a in group[:4]:
        parts = [f"<b>{esc(ctx.source_name(a.get('source_id')))}</b>"]
        if a.get("claim"):
            claim = claim_text(str(a.get("entity") or ""), field, str(a.get("claim")), ctx.lang)
            parts.append(esc(ctx.clip(claim)))
        if a.get("quote"):
            parts.append(f'<font color="#5f6b7a">“{esc(ctx.clip(str(a.get("quote"))))}”</font>')
        cells.append(ctx.markup("<br/>".join(parts), "cell"))
    width = L.FRAME_W / len(cells)
    tbl = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT", splitInRow=1)
    tbl.setStyle(
        TableStyle(
            TABLE_FONT
            + [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#e4a29b")),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#e4a29b")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf3f2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether([Spacer(1, 3), head, Spacer(1, 2), tbl, Spacer(1, 4)])
