"""Rows of the Proceeding and Communication templates, from the redacted view."""

from __future__ import annotations

from app.uwazi import rules
from app.uwazi.context import Context, bullets, date_text
from app.uwazi.templates import CHARGE, COMMUNICATION_KIND, COMMUNICATION_STATUS, PROCEEDING_KIND, PROCEEDING_STATUS

Row = dict[str, str]


def _list(value: object) -> list[str]:
    return [str(v) for v in value if v] if isinstance(value, list) else []


def proceeding_rows(ctx: Context) -> list[Row]:
    view = ctx.view
    rows = []
    for p in view.rows("proceedings"):
        pid = str(p["id"])
        parties = view.where("proceeding_parties", "proceeding_id", pid)
        hearings = view.where("hearings", "proceeding_id", pid)
        court = view.get("organisations", p.get("court_id"))
        rows.append(
            {
                "title": ctx.proceeding_titles[pid],
                "proceeding_kind": ctx.book.code(PROCEEDING_KIND, p.get("kind")),
                "court": ctx.book.organisation(court.get("name"), court.get("kind")) if court else "",
                "case_number": rules.text(p.get("case_number")),
                "charges": rules.multi(ctx.book.value(CHARGE, c) for c in _list(p.get("provisions"))),
                "proceeding_status": ctx.book.code(PROCEEDING_STATUS, p.get("status")),
                "description": rules.text(p.get("description")),
                "parties": rules.multi(ctx.person(x.get("person_id")) for x in parties),
                "parties_and_roles": bullets(
                    f"{ctx.label('role', x.get('role'))}: {ctx.person(x.get('person_id'))}" for x in parties
                ),
                "hearings": rules.multi(rules.fuzzy_range(h.get("date")) for h in hearings),
                "hearing_details": bullets(_hearing(ctx, h) for h in hearings),
                "sources": ctx.sources(
                    [("proceedings", pid)]
                    + [("hearings", h["id"]) for h in hearings]
                    + [("proceeding_parties", x["id"]) for x in parties]
                ),
                "case": ctx.cases([p.get("case_id")]),
            }
        )
    return rows


def _hearing(ctx: Context, h: dict) -> str:
    parts = [
        (ctx.word("place"), rules.item(h.get("place"))),
        (ctx.word("outcome"), ctx.label("hearing_outcome", h.get("outcome"))),
        (ctx.word("closed"), ctx.word("yes") if h.get("closed_session") is True else ""),
        (ctx.word("next_date"), date_text(h.get("next_date"))),
    ]
    return ctx.line(date_text(h.get("date")), parts, rules.text(h.get("notes")))


def communication_rows(ctx: Context) -> list[Row]:
    view = ctx.view
    rows = []
    for c in view.rows("communications"):
        cid = str(c["id"])
        window = c.get("reply_window_days")
        rows.append(
            {
                "title": ctx.communication_titles[cid],
                "communication_kind": ctx.book.code(COMMUNICATION_KIND, c.get("kind")),
                "reference": rules.text(c.get("reference")),
                "date": rules.fuzzy_range(c.get("date")),
                "date_as_written": date_text(c.get("date")),
                "sender": rules.text(c.get("sender")),
                "addressee": rules.text(c.get("addressee")),
                "mandates": bullets(_list(c.get("mandates"))),
                "questions": bullets(_list(c.get("questions")), numbered=True),
                "recommendations": bullets(_list(c.get("recommendations"))),
                "rights_invoked": bullets(_list(c.get("rights_invoked"))),
                "reply_window_in_days": str(window) if isinstance(window, int) and not isinstance(window, bool) else "",
                "reply_due": rules.fuzzy_range(c.get("reply_due")),
                "publication_date": rules.fuzzy_range(c.get("publication_date")),
                "reply_received": rules.fuzzy_range(c.get("reply_received")),
                "follow_up": rules.fuzzy_range(c.get("follow_up")),
                "communication_status": ctx.book.code(COMMUNICATION_STATUS, c.get("status")),
                "sources": ctx.sources([("communications", cid)], [c.get("source_id")]),
                "case": ctx.cases([c.get("case_id")]),
            }
        )
    return rows
