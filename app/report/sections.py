"""The report's sections, built as platypus flowables from an already-redacted case.

Nothing here decides what to hide: it draws what the redacted document holds.
Every piece of case text goes through ``esc()`` before reaching a Paragraph,
whose mini-markup would otherwise interpret it (``<img src=...>`` would read a
local file into the PDF).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.deadlines import (
    HEARING,
    MEASURE_EXPIRY,
    NEXT_HEARING,
    REPLY_DUE,
    Deadline,
    case_deadlines,
    group_deadlines,
)
from app.domain.vocab import claim_text
from app.evidence.credentials import CredentialsView
from app.evidence.credentials import describe as describe_credentials
from app.redaction import RedactedCase
from app.redaction.pseudonyms import PLACEHOLDER
from app.report import layout as L
from app.report.fonts import REGULAR
from app.report.images import Thumbnail, make_thumbnail
from app.report.strings import fmt_day, fmt_fuzzy, fmt_size, fuzzy_bounds, parse_iso, relative_days, sort_key, t
from app.report.timeline import TimelineItem, timeline_drawings
from app.report.vocab import label

ReadEvidence = Callable[[str], "bytes | None"]
Tick = Callable[[], None]

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


CELL_LIMIT = 3000  # characters shown in one table cell

# Table cells default to Helvetica even when they hold paragraphs: name our font.
_TABLE_FONT = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 7.6)]


# Sources quoting different parts of a narrative do not contradict each other.
_NARRATIVE = {"description", "notes", "summary", "recommendations", "questions", "mandates", "rights_invoked", ""}


def esc(value: Any) -> str:
    if value is None:
        return ""
    return escape(str(value))


def _by(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[str(r.get(key))].append(r)
    return out


def _list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")]
    if isinstance(value, str) and value.strip():
        return [value]
    return []


class ReportBuilder:
    """Turns one RedactedCase into a list of flowables in one language."""

    def __init__(
        self,
        redacted: RedactedCase,
        lang: str,
        report_date: dt.date,
        read_evidence: ReadEvidence | None = None,
        tick: Tick | None = None,
    ) -> None:
        self.r = redacted
        self.doc = redacted.doc
        self.lang = lang
        self.today = report_date
        self.read_evidence = read_evidence
        self.tick = tick or (lambda: None)
        self.pictures: dict[str, str] = {}  # SHA-256 of each embedded thumbnail -> its evidence item
        self.st = L.styles()
        d = self.doc
        self.case = (d.get("cases") or [{}])[0]
        self.persons = {str(p.get("id")): p for p in d.get("persons", [])}
        self.names = _by(d.get("person_names", []), "person_id")
        self.roles = _by(d.get("case_persons", []), "person_id")
        self.orgs = {str(o.get("id")): o for o in d.get("organisations", [])}
        self.events = sorted(d.get("events", []), key=lambda e: (sort_key(e.get("date")), str(e.get("title"))))
        self.event_no = {str(e.get("id")): n for n, e in enumerate(self.events, start=1)}
        self.acts_by_event = _by(d.get("acts", []), "event_id")
        self.acts_by_victim = _by(d.get("acts", []), "victim_id")
        self.inv_by_act = _by(d.get("involvements", []), "act_id")
        self.measures_by_person = _by(d.get("measures", []), "person_id")
        self.measures_by_proc = _by(d.get("measures", []), "proceeding_id")
        self.hearings_by_proc = _by(d.get("hearings", []), "proceeding_id")
        self.parties_by_proc = _by(d.get("proceeding_parties", []), "proceeding_id")
        self.sources = {str(s.get("id")): s for s in d.get("sources", [])}
        self.attr: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for a in d.get("attributions", []):
            self.attr[(str(a.get("entity")), str(a.get("entity_id")))].append(a)
        self.custody = _by(d.get("custody", []), "evidence_id")
        # Copies Casefile made of an item (metadata-free, for packs) are listed under it, not as evidence.
        evidence_ids = {str(e.get("id")) for e in d.get("evidence", [])}
        self.copies = {k: v for k, v in _by(d.get("evidence", []), "parent_id").items() if k in evidence_ids}
        self.evidence_by_entity: dict[tuple[str, str], list[str]] = defaultdict(list)
        for link in d.get("evidence_links", []):
            self.evidence_by_entity[(str(link.get("entity")), str(link.get("entity_id")))].append(
                str(link.get("evidence_id"))
            )

    # --- small helpers --------------------------------------------------------

    def s(self, key: str, **kw: Any) -> str:
        return t(key, self.lang, **kw)

    def p(self, text: Any, style: str = "body") -> Paragraph:
        if style.startswith("cell") and text is not None:
            text = self.clip(str(text))
        return Paragraph(esc(text), self.st[style])

    def clip(self, text: str, limit: int = CELL_LIMIT) -> str:
        """Table rows cannot be laid out quickly when one cell holds a book: say what was left out."""
        if len(text) <= limit:
            return text
        return text[:limit].rstrip() + " " + self.s("truncated", n=len(text) - limit)

    def pm(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.st[style])

    def v(self, vocabulary: str, code: Any) -> str:
        return label(vocabulary, code, self.lang)

    def name(self, person_id: Any) -> str:
        rows = self.names.get(str(person_id), [])
        for kind in ("pseudonym", "primary"):
            for r in rows:
                if r.get("kind") == kind and r.get("value"):
                    return str(r["value"])
        for r in rows:
            if r.get("value"):
                return str(r["value"])
        person = self.persons.get(str(person_id))
        desc = str((person or {}).get("description") or "").strip()
        if desc:
            short = desc.split(";")[0].split("(")[0].strip().rstrip(".,")
            return short if len(short) <= 70 else short[:68].rstrip() + "…"
        return self.s("unnamed")

    def other_spellings(self, person_id: Any, shown: str) -> list[str]:
        return [
            str(r["value"])
            for r in self.names.get(str(person_id), [])
            if r.get("value") and str(r["value"]) != shown and r.get("kind") != "pseudonym"
        ]

    def org(self, org_id: Any) -> str:
        o = self.orgs.get(str(org_id))
        return str(o.get("name") or "") if o else ""

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float], *, zebra: bool = True) -> Table:
        data: list[list[Any]] = [[self.p(h, "cell_head") for h in header]]
        for row in rows:
            data.append([c if isinstance(c, Flowable) else self.p(c, "cell") for c in row])
        # splitInRow: a row taller than a page (a 100,000-character field) splits instead of failing.
        tbl = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), L.HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, L.RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, L.RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        tbl.setStyle(TableStyle(_TABLE_FONT + style))
        return tbl

    def kv(self, pairs: list[tuple[str, Any]], key_w: float = 110) -> Table | None:
        rows = []
        for k, value in pairs:
            if value in (None, "", []):
                continue
            cell = value if isinstance(value, Flowable) else self.p(value, "cell")
            rows.append([self.p(k, "cell_b"), cell])
        if not rows:
            return None
        tbl = Table(rows, colWidths=[key_w, L.FRAME_W - key_w], hAlign="LEFT", splitInRow=1)
        tbl.setStyle(
            TableStyle(
                _TABLE_FONT
                + [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, L.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return tbl

    def date_with_relative(self, value: Any, *, alert: bool = True) -> Paragraph:
        text = esc(fmt_fuzzy(value, self.lang))
        b = fuzzy_bounds(value)
        if b and alert:
            rel = relative_days(b[1], self.today, self.lang)
            colour = "#b42318" if b[1] < self.today else "#5f6b7a"
            text += f' <font color="{colour}">({esc(rel)})</font>'
        return self.pm(text, "cell")

    # --- sections -------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        c = self.case
        plan = self.r.plan
        out: list[Flowable] = [Spacer(1, 40)]
        out.append(self.p(self.s("report_title"), "subtitle"))
        out.append(self.p(c.get("title") or self.s("report_title"), "title"))
        pairs = [
            (self.s("reference"), c.get("reference")),
            (self.s("report_date"), fmt_day(self.today, self.lang)),
            (self.s("profile"), self.s(f"profile.{self.r.profile}")),
            (self.s("case_status"), self.v("case_status", c.get("status"))),
        ]
        kv = self.kv(pairs)
        if kv:
            out.append(kv)
        out.append(Spacer(1, 18))
        out.append(self.p(self.s("withheld_heading"), "h2"))
        paras: list[str] = []
        if self.r.profile == "internal" and not plan.hidden() and not plan.pseudonymised():
            paras.append(self.s("withheld.internal"))
        else:
            paras.append(self.s(f"withheld.{self.r.profile}"))
            pseudo = plan.pseudonymised()
            if pseudo:
                paras.append(self.s("withheld.pseudonyms", n=len(pseudo), example=pseudo[0].shown_as))
            secret_n = sum(1 for f in plan.hidden() if f.reason in ("secret",) or f.reason.startswith("override"))
            if secret_n:
                paras.append(self.s("withheld.secret", n=secret_n))
            ident_n = sum(1 for f in plan.hidden() if f.reason == "identifying, public report")
            if ident_n:
                paras.append(self.s("withheld.identifying", n=ident_n))
            scrubbed = plan.scrubbed_count()
            if scrubbed:
                paras.append(self.s("withheld.scrubbed", n=scrubbed, placeholder=PLACEHOLDER[self.r.lang]))
            if plan.regions:
                paras.append(self.s("withheld.regions", n=plan.regions))
        shown = sum(1 for f in plan.fields if f.action == "shown")
        if shown:
            paras.append(self.s("withheld.shown", n=shown))
        paras.append(self.s("withheld.checked"))
        for text in paras:
            out.append(self.p(text, "box"))
        out.append(PageBreak())
        return out

    def summary(self) -> list[Flowable]:
        d = self.doc
        out: list[Flowable] = [self.p(self.s("summary"), "h1")]
        if self.case.get("summary"):
            for para in str(self.case["summary"]).split("\n\n"):
                out.append(self.p(para, "body"))
                out.append(Spacer(1, 4))
        active = [m for m in d.get("measures", []) if m.get("status") == "active"]
        figures = [
            (self.s("fig.persons"), len(d.get("persons", []))),
            (self.s("fig.events"), len(d.get("events", []))),
            (self.s("fig.acts"), len(d.get("acts", []))),
            (self.s("fig.active_measures"), len(active)),
            (self.s("fig.hearings"), len(d.get("hearings", []))),
            (self.s("fig.communications"), len(d.get("communications", []))),
            (self.s("fig.evidence"), len(d.get("evidence", [])) - sum(map(len, self.copies.values()))),
            (self.s("fig.sources"), len(d.get("sources", []))),
        ]
        out.append(self.p(self.s("key_figures"), "h2"))
        out.append(self.kv([(k, str(v)) for k, v in figures], key_w=170))
        orgs = []
        for co in d.get("case_organisations", []):
            name = self.org(co.get("organisation_id"))
            if name:
                role = self.v("organisation_role", co.get("role"))
                orgs.append([name, role])
        if orgs:
            out.append(self.p(self.s("organisations"), "h2"))
            out.append(self.table([self.s("name"), self.s("role")], orgs, [L.FRAME_W * 0.68, L.FRAME_W * 0.32]))
        deadlines = self.deadlines()
        if deadlines:
            out.append(self.p(self.s("deadlines"), "h2"))
            rows = [[self.date_with_relative(when), what] for when, what in deadlines]
            out.append(self.table([self.s("date"), self.s("details")], rows, [L.FRAME_W * 0.36, L.FRAME_W * 0.64]))
        out.append(PageBreak())
        return out

    def deadlines(self) -> list[tuple[Any, str]]:
        """What is due (``app.domain.deadlines``: the same rules as the app and the CLI); the same measure
        ending for many people is one row naming them all. Overdue ones stay listed (the last twelve), then
        the next twelve."""
        d = self.doc
        due = case_deadlines(
            str(self.case.get("id")),
            self.today,
            person_ids=[str(cp.get("person_id")) for cp in d.get("case_persons", [])],
            proceeding_ids=[str(p.get("id")) for p in d.get("proceedings", [])],
            measures=d.get("measures", []),
            hearings=d.get("hearings", []),
            communications=d.get("communications", []),
        )
        procs = {str(p.get("id")): str(p.get("title") or "") for p in d.get("proceedings", [])}
        letters = {
            str(c.get("id")): str(c.get("reference") or c.get("title") or "") for c in d.get("communications", [])
        }
        rows: list[tuple[Deadline, str]] = []
        for group in group_deadlines(due):
            first = group.first
            if first.kind == MEASURE_EXPIRY:
                names = dict.fromkeys(self.name(p) for p in group.person_ids)
                who = ", ".join(
                    sorted(names, key=lambda n: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", n)])
                )
                text = self.s("deadline.measure", what=self.v("measure_type", first.code), who=who)
            elif first.kind in (HEARING, NEXT_HEARING):
                text = self.s("deadline.hearing", what=procs.get(first.proceeding_id or "", ""))
            else:
                key = "deadline.reply" if first.kind == REPLY_DUE else "deadline.follow_up"
                text = self.s(key, what=letters.get(first.entity_id, ""))
            rows.append((first, text))
        past = [(f.date.to_json(), x) for f, x in rows if f.overdue]
        future = [(f.date.to_json(), x) for f, x in rows if not f.overdue]
        return past[-12:] + future[:12]

    def persons_section(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.s("persons"), "h1")]
        person_ids = list(dict.fromkeys([str(cp.get("person_id")) for cp in self.doc.get("case_persons", [])]))
        person_ids += [pid for pid in self.persons if pid not in person_ids]
        rows = []
        for pid in person_ids:
            if pid not in self.persons:
                continue
            self.tick()
            shown = self.name(pid)
            name_cell = esc(shown)
            others = self.other_spellings(pid, shown)
            if others:
                name_cell += f'<br/><font color="#5f6b7a">{esc(", ".join(others))}</font>'
            roles = ", ".join(dict.fromkeys(self.v("role", cp.get("role")) for cp in self.roles.get(pid, [])))
            measures = sorted(self.measures_by_person.get(pid, []), key=lambda m: sort_key(m.get("start")))
            mlines = []
            for m in measures:
                line = esc(self.v("measure_type", m.get("type")))
                if m.get("extends_id"):
                    line = "↳ " + esc(self.s("extension"))
                if m.get("expiry"):
                    line += ": " + esc(fmt_fuzzy(m.get("expiry"), self.lang))
                mlines.append(line)
            status = esc(self.status(pid))
            health = self.persons[pid].get("health_notes")
            if health:  # only present where the profile allows it
                status += (
                    f'<br/><font color="#b42318"><b>{esc(self.s("health"))}:</b></font> {esc(self.clip(str(health)))}'
                )
            rows.append(
                [self.pm(name_cell, "cell"), roles, self.pm(status, "cell"), self.pm("<br/>".join(mlines), "cell")]
            )
        header = [self.s("name"), self.s("role"), self.s("status"), self.s("measures_col")]
        w = L.FRAME_W
        widths = [w * 0.22, w * 0.16, w * 0.28, w * 0.34]
        out.append(self.table(header, rows, widths))
        return out

    def status(self, person_id: str) -> str:
        measures = sorted(self.measures_by_person.get(person_id, []), key=lambda m: sort_key(m.get("start")))
        active = [m for m in measures if m.get("status") == "active"]
        if active:
            m = active[-1]
            what = self.v("measure_type", m.get("type"))
            if m.get("expiry"):
                return self.s("status_until", what=what, date=fmt_fuzzy(m.get("expiry"), self.lang))
            return what
        if measures:
            return self.s("status_ended", what=self.v("measure_type", measures[-1].get("type")))
        acts = self.acts_by_victim.get(person_id, [])
        if acts:
            ev_date = {str(e.get("id")): e.get("date") for e in self.events}
            last = max(acts, key=lambda a: sort_key(a.get("date") or ev_date.get(str(a.get("event_id")))))
            return self.v("act_type", last.get("type"))
        return "—"

    def timeline_section(self) -> list[Flowable]:
        items = []
        for e in self.events:
            b = fuzzy_bounds(e.get("date"))
            if not b:
                continue
            date = e.get("date") if isinstance(e.get("date"), dict) else {}
            exact = b[0] == b[1] and date.get("precision", "day") == "day"
            items.append(TimelineItem(self.event_no[str(e.get("id"))], str(e.get("title") or ""), b[0], b[1], exact))
        if not items:
            return []
        out: list[Flowable] = [self.p(self.s("timeline"), "h1"), self.p(self.s("timeline_note"), "muted"), Spacer(1, 6)]
        for drawing in timeline_drawings(items, L.FRAME_W):
            self.tick()
            out.append(drawing)
            out.append(Spacer(1, 10))
        out.append(PageBreak())
        return out

    def sources_line(self, entity: str, row_id: str) -> list[Flowable]:
        """Each fact with its source; where sources disagree, their claims side by side."""
        attrs = self.attr.get((entity, row_id), [])
        if not attrs:
            return []
        out: list[Flowable] = []
        by_field: dict[str, list[dict]] = defaultdict(list)
        for a in attrs:
            by_field[str(a.get("field") or "")].append(a)
        agreeing: list[str] = []
        for fname, group in by_field.items():
            claims = {" ".join(str(a.get("claim") or "").split()).casefold() for a in group}
            if len(group) > 1 and len(claims) > 1 and fname not in _NARRATIVE:
                out.append(self.conflict_table(fname, group))
            else:
                agreeing += [self.source_name(a.get("source_id")) for a in group]
        if agreeing:
            names = "; ".join(dict.fromkeys(n for n in agreeing if n))
            out.insert(0, self.pm(f"<b>{esc(self.s('sources_of'))}:</b> {esc(names)}", "muted"))
        return out

    def source_name(self, source_id: Any) -> str:
        s = self.sources.get(str(source_id))
        if not s:
            return ""
        name = s.get("reference") or s.get("title") or ""
        name = str(name)
        if len(name) > 80:
            name = name[:78].rstrip() + "…"
        date = fmt_fuzzy(s.get("date"), self.lang)
        return f"{name} ({date})" if date else name

    def conflict_table(self, fname: str, group: list[dict]) -> Flowable:
        field_label = self.s(_FIELD_NAMES[fname]) if fname in _FIELD_NAMES else fname
        head = self.pm(
            f'<font color="#b42318"><b>{esc(self.s("sources_disagree"))}</b></font> '
            f"{esc(self.s('about_field', field=field_label.lower()))}",
            "small",
        )
        cells = []
        for a in group[:4]:
            parts = [f"<b>{esc(self.source_name(a.get('source_id')))}</b>"]
            if a.get("claim"):
                claim = claim_text(str(a.get("entity") or ""), fname, str(a.get("claim")), self.lang)
                parts.append(esc(self.clip(claim)))
            if a.get("quote"):
                parts.append(f'<font color="#5f6b7a">“{esc(self.clip(str(a.get("quote"))))}”</font>')
            cells.append(self.pm("<br/>".join(parts), "cell"))
        width = L.FRAME_W / len(cells)
        tbl = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT", splitInRow=1)
        tbl.setStyle(
            TableStyle(
                _TABLE_FONT
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

    def chronology(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.s("chronology"), "h1")]
        links_from = _by(self.doc.get("event_links", []), "from_event_id")
        titles = {str(e.get("id")): str(e.get("title") or "") for e in self.events}
        for e in self.events:
            self.tick()
            eid = str(e.get("id"))
            head: list[Flowable] = [self.p(f"{self.event_no[eid]}. {e.get('title') or ''}", "h2")]
            meta = [fmt_fuzzy(e.get("date"), self.lang), self.v("event_type", e.get("type")), e.get("place")]
            if e.get("exact_address"):
                meta.append(f"{self.s('exact_address')}: {e['exact_address']}")
            if e.get("coordinates"):
                meta.append(f"{self.s('coordinates')}: {e['coordinates']}")
            head.append(self.p(" · ".join(str(m) for m in meta if m), "meta"))
            if e.get("description"):
                head.append(self.p(e["description"]))
            out.append(KeepTogether(head))
            if e.get("notes"):
                out.append(self.pm(f"<b>{esc(self.s('notes'))}:</b> {esc(e['notes'])}", "small"))
            acts = self.acts_by_event.get(eid, [])
            if acts:
                out.append(Spacer(1, 3))
                out.append(self.acts_table(acts))
            out += self.sources_line("events", eid)
            for a in acts:
                out += self.sources_line("acts", str(a.get("id")))
            related = []
            for link in links_from.get(eid, []):
                target = str(link.get("to_event_id"))
                if target in self.event_no:
                    rel = self.v("relation", link.get("relation"))
                    related.append(f"{rel} → {self.event_no[target]}. {titles[target]}")
            if related:
                out.append(self.pm(f"<b>{esc(self.s('related'))}:</b> " + esc("; ".join(related)), "muted"))
            ev_ids = self.evidence_by_entity.get(("events", eid), [])
            if ev_ids:
                out.append(self.pm(f"<b>{esc(self.s('evidence'))}:</b> {esc(', '.join(ev_ids))}", "muted"))
            out.append(Spacer(1, 4))
        out.append(PageBreak())
        return out

    def acts_table(self, acts: list[dict]) -> Table:
        # Acts of one kind with the same words ("arrested at the protest") share a row listing every person.
        groups: dict[tuple[str, str, str], list[dict]] = {}
        for a in acts:
            key = (str(a.get("type")), fmt_fuzzy(a.get("date"), self.lang), str(a.get("description") or ""))
            groups.setdefault(key, []).append(a)
        rows = []
        for (atype, date, desc), group in groups.items():
            who = _compress_numbered(list(dict.fromkeys(self.name(a.get("victim_id")) for a in group)))
            responsible = []
            for a in group:
                for inv in self.inv_by_act.get(str(a.get("id")), []):
                    n = self.org(inv.get("organisation_id")) or (
                        self.name(inv.get("person_id")) if inv.get("person_id") else ""
                    )
                    if n:
                        responsible.append(n)
            details = desc
            notes = [str(a.get("notes")) for a in group if a.get("notes")]
            if notes:
                details = (details + " " if details else "") + " ".join(notes)
            rows.append([self.v("act_type", atype), who, date, details, ", ".join(dict.fromkeys(responsible))])
        w = L.FRAME_W
        return self.table(
            [self.s("act"), self.s("person"), self.s("date"), self.s("details"), self.s("responsible")],
            rows,
            [w * 0.15, w * 0.25, w * 0.13, w * 0.30, w * 0.17],
        )

    def proceedings(self) -> list[Flowable]:
        procs = self.doc.get("proceedings", [])
        if not procs:
            return []
        out: list[Flowable] = [self.p(self.s("proceedings"), "h1")]
        w = L.FRAME_W
        for proc in procs:
            self.tick()
            pid = str(proc.get("id"))
            out.append(self.p(proc.get("title") or "", "h2"))
            kv = self.kv(
                [
                    (self.s("kind"), self.v("proceeding_kind", proc.get("kind"))),
                    (self.s("court"), self.org(proc.get("court_id"))),
                    (self.s("case_number"), proc.get("case_number")),
                    (self.s("provisions"), "; ".join(_list(proc.get("provisions")))),
                    (self.s("status"), self.v("proceeding_status", proc.get("status"))),
                ]
            )
            if kv:
                out.append(kv)
            if proc.get("description"):
                out.append(Spacer(1, 3))
                out.append(self.p(proc["description"]))
            out += self.sources_line("proceedings", pid)
            parties = self.parties_by_proc.get(pid, [])
            if parties:
                by_role: dict[str, list[str]] = defaultdict(list)
                for party in parties:
                    by_role[self.v("role", party.get("role"))].append(self.name(party.get("person_id")))
                out.append(self.p(self.s("parties"), "h3"))
                for role, people in by_role.items():
                    out.append(self.pm(f"<b>{esc(role)}:</b> {esc(', '.join(people))}", "small"))
            hearings = sorted(self.hearings_by_proc.get(pid, []), key=lambda h: sort_key(h.get("date")))
            if hearings:
                out.append(self.p(self.s("hearings"), "h3"))
                rows = []
                for h in hearings:
                    closed = h.get("closed_session")
                    rows.append(
                        [
                            fmt_fuzzy(h.get("date"), self.lang),
                            h.get("place") or "",
                            self.v("hearing_outcome", h.get("outcome")),
                            fmt_fuzzy(h.get("next_date"), self.lang),
                            self.s("yes") if closed is True else (self.s("no") if closed is False else ""),
                            h.get("notes") or "",
                        ]
                    )
                out.append(
                    self.table(
                        [self.s("date"), self.s("place"), self.s("outcome"), self.s("next_date"), self.s("closed"),
                         self.s("notes")],
                        rows,
                        [w * 0.17, w * 0.12, w * 0.11, w * 0.11, w * 0.09, w * 0.40],
                    )
                )  # fmt: skip
                for h in hearings:
                    extra = self.sources_line("hearings", str(h.get("id")))
                    if extra:
                        heading = f"{self.s('hearings')}: {fmt_fuzzy(h.get('date'), self.lang)}"
                        out.append(KeepTogether([self.p(heading, "h3"), *extra]))
            measures = self.measures_by_proc.get(pid, [])
            if measures:
                out.append(self.p(self.s("measures"), "h3"))
                out.append(self.measures_table(measures))
            out.append(Spacer(1, 8))
        loose_measures = [m for m in self.doc.get("measures", []) if not m.get("proceeding_id")]
        if loose_measures:
            out.append(self.p(self.s("other_measures"), "h2"))
            out.append(self.measures_table(loose_measures))
        out.append(PageBreak())
        return out

    def measures_table(self, measures: list[dict]) -> Table:
        order = {pid: n for n, pid in enumerate(self.persons)}
        measures = sorted(
            measures, key=lambda m: (order.get(str(m.get("person_id")), 1 << 30), sort_key(m.get("start")))
        )
        rows = []
        for m in measures:
            mtype = self.v("measure_type", m.get("type"))
            if m.get("extends_id"):
                mtype += f" ({self.s('extension')})"
            active = m.get("status") == "active"
            rows.append(
                [
                    self.name(m.get("person_id")),
                    mtype,
                    fmt_fuzzy(m.get("start"), self.lang),
                    m.get("duration") or "",
                    self.date_with_relative(m.get("expiry"), alert=active) if m.get("expiry") else "",
                    self.v("measure_status", m.get("status")),
                ]
            )
        w = L.FRAME_W
        return self.table(
            [self.s("person"), self.s("type"), self.s("start"), self.s("duration"), self.s("expiry"), self.s("status")],
            rows,
            [w * 0.19, w * 0.2, w * 0.18, w * 0.1, w * 0.21, w * 0.12],
        )

    def communications(self) -> list[Flowable]:
        comms = sorted(self.doc.get("communications", []), key=lambda c: sort_key(c.get("date")))
        if not comms:
            return []
        out: list[Flowable] = [self.p(self.s("communications"), "h1")]
        for c in comms:
            self.tick()
            title = c.get("title") or c.get("reference") or ""
            if c.get("reference") and str(c["reference"]) not in str(title):
                title = f"{c['reference']} — {title}"
            out.append(self.p(title, "h2"))
            window = c.get("reply_window_days")
            reply_due: Any = None
            if c.get("reply_due"):
                reply_due = self.date_with_relative(c["reply_due"], alert=not c.get("reply_received"))
            received: Any = fmt_fuzzy(c.get("reply_received"), self.lang) if c.get("reply_received") else None
            if reply_due is not None and received is None:
                received = self.s("no_reply")
            kv = self.kv(
                [
                    (self.s("kind"), self.v("communication_kind", c.get("kind"))),
                    (self.s("date"), fmt_fuzzy(c.get("date"), self.lang)),
                    (self.s("sender"), c.get("sender")),
                    (self.s("addressee"), c.get("addressee")),
                    (self.s("mandates"), "; ".join(_list(c.get("mandates")))),
                    (self.s("reply_window"), self.s("days_n", n=window) if isinstance(window, int) else None),
                    (self.s("reply_due"), reply_due),
                    (self.s("publication"), fmt_fuzzy(c.get("publication_date"), self.lang)),
                    (self.s("reply_received"), received),
                    (self.s("status"), self.v("communication_status", c.get("status"))),
                    (self.s("follow_up"), fmt_fuzzy(c.get("follow_up"), self.lang)),
                    (self.s("source"), self.source_name(c.get("source_id"))),
                ]
            )
            if kv:
                out.append(kv)
            for key, heading in (("questions", "questions"), ("recommendations", "recommendations")):
                items = _list(c.get(key))
                if items:
                    out.append(self.p(self.s(heading), "h3"))
                    for n, item in enumerate(items, start=1):
                        out.append(Paragraph(esc(item), self.st["list"], bulletText=f"{n}."))
            rights = _list(c.get("rights_invoked"))
            if rights:
                out.append(self.p(self.s("rights"), "h3"))
                out.append(self.p("; ".join(rights), "small"))
            out += self.sources_line("communications", str(c.get("id")))
            out.append(Spacer(1, 8))
        return out

    def evidence(self) -> list[Flowable]:
        items = self.doc.get("evidence", [])
        if not items:
            return []
        originals = [e for e in items if str(e.get("parent_id")) not in self.copies]
        out: list[Flowable] = [CondPageBreak(120), self.p(self.s("evidence"), "h1")]
        for n, e in enumerate(originals, start=1):
            self.tick()
            out.append(self.evidence_row(n, e))
        return out

    def thumbnail(self, e: dict) -> tuple[Thumbnail | None, str]:
        media = str(e.get("media_type") or "")
        if media and not media.startswith("image/"):
            return None, self.s("not_image")
        if self.read_evidence is None:
            return None, self.s("preview_unavailable")
        try:
            data = self.read_evidence(str(e.get("id")))
        except Exception:  # noqa: BLE001 - a failing read costs the preview, not the report
            data = None
        if not data:
            return None, self.s("preview_unavailable")
        thumb = make_thumbnail(data, e.get("redact_regions"), burn=self.r.burn_regions)
        del data
        if thumb is None:
            return None, self.s("preview_unavailable")
        self.pictures[thumb.sha256] = str(e.get("id"))
        return thumb, ""

    def evidence_row(self, n: int, e: dict) -> Flowable:
        thumb, note = self.thumbnail(e)
        box_w = 118.0
        if thumb is not None:
            scale = min(box_w / thumb.width, 110 / thumb.height)
            left: Flowable = Image(io.BytesIO(thumb.jpeg), width=thumb.width * scale, height=thumb.height * scale)
        else:
            left = self.p(note, "muted")
        sha = str(e.get("sha256") or "")
        lines = [f"<b>{n}. {esc(e.get('id'))}</b>"]
        meta = [esc(e.get("media_type") or ""), esc(fmt_size(e.get("size"), self.lang))]
        lines.append(" · ".join(m for m in meta if m))
        if e.get("description"):
            lines.append(esc(self.clip(str(e["description"]))))
        if e.get("original_name"):
            lines.append(esc(e["original_name"]))
        if e.get("brought_by"):
            lines.append(esc(e["brought_by"]))
        if e.get("origin"):
            lines.append(esc(self.clip(str(e["origin"]))))
        if e.get("parent_id"):
            lines.append(esc(self.s("derived_from", id=e["parent_id"], op=e.get("operation") or "")))
        lines.append(f"{esc(self.s('sha_original'))}:<br/>{_hash_lines(sha)}")
        for c in self.copies.get(str(e.get("id")), []):
            size = fmt_size(c.get("size"), self.lang)
            copy = self.s("copy_of_item", op=c.get("operation") or "", id=c.get("id"), size=size)
            lines.append(f"{esc(copy)}<br/>{_hash_lines(str(c.get('sha256') or ''))}")
        credentials = describe_credentials(e.get("capture"))  # capture is present in internal reports only
        if credentials is not None:
            lines.append(f"<b>{esc(self.s('cc'))}:</b> {esc(_credentials_line(self, credentials))}")
        if thumb is not None:
            lines.append(f"{esc(self.s('sha_derivative'))}:<br/>{_hash_lines(thumb.sha256)}")
            if thumb.regions:
                key = "regions_blacked" if self.r.burn_regions else "regions_marked"
                lines.append(esc(self.s(key, n=thumb.regions)))
        records = sorted(self.custody.get(str(e.get("id")), []), key=lambda c: str(c.get("at") or ""))
        if records:
            counts: dict[str, int] = defaultdict(int)
            for c in records:
                counts[str(c.get("action"))] += 1
            first = _short_time(records[0].get("at"), self.lang)
            last = _short_time(records[-1].get("at"), self.lang)
            summary = self.s("custody_summary", n=len(records), first=first, last=last)
            actions = ", ".join(f"{self.v('custody_action', k)} ×{v}" for k, v in counts.items())
            lines.append(f"<b>{esc(self.s('custody'))}:</b> {esc(summary)} ({esc(actions)})")
        right = self.pm("<br/>".join(lines), "cell")
        tbl = Table([[left, right]], colWidths=[box_w + 8, L.FRAME_W - box_w - 8], hAlign="LEFT")
        tbl.setStyle(
            TableStyle(
                _TABLE_FONT
                + [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, L.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return tbl

    def sources_section(self) -> list[Flowable]:
        srcs = sorted(self.doc.get("sources", []), key=lambda s: sort_key(s.get("date")))
        if not srcs:
            return []
        out: list[Flowable] = [self.p(self.s("sources"), "h1")]
        rows = []
        for s in srcs:
            title = esc(s.get("title") or "")
            extra = []
            if s.get("reference"):
                extra.append(esc(s["reference"]))
            if s.get("informant"):
                extra.append(f"{esc(self.s('informant'))}: {esc(s['informant'])}")
            if s.get("notes"):
                extra.append(esc(self.clip(str(s["notes"]))))
            cell = title + "".join(f'<br/><font color="#5f6b7a">{x}</font>' for x in extra)
            rows.append(
                [
                    self.pm(cell, "cell"),
                    self.v("source_kind", s.get("kind")),
                    s.get("author") or "",
                    fmt_fuzzy(s.get("date"), self.lang),
                    self.v("reliability", s.get("reliability")),
                ]
            )
        w = L.FRAME_W
        out.append(
            self.table(
                [self.s("source"), self.s("type"), self.s("author"), self.s("date"), self.s("reliability")],
                rows,
                [w * 0.38, w * 0.13, w * 0.25, w * 0.13, w * 0.11],
            )
        )
        return out

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for part in (
            self.cover,
            self.summary,
            self.persons_section,
            self.timeline_section,
            self.chronology,
            self.proceedings,
            self.communications,
            self.evidence,
            self.sources_section,
        ):
            self.tick()
            out += part()
        if out and isinstance(out[-1], PageBreak):
            out.pop()
        return out


def _compress_numbered(names: list[str]) -> str:
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


def _credentials_line(section: Any, view: CredentialsView) -> str:
    """The verdict in the report's language; technical codes (language-neutral) for failures."""
    signer = ", ".join(x for x in (view.signer, view.issuer) if x) or "?"
    text = section.s(f"cc.{view.verdict}", signer=signer)
    if view.verdict in ("tampered", "unreadable") and view.codes:
        text += f" ({', '.join(view.codes[:3])})"
    return text


def _hash_lines(sha: str) -> str:
    sha = esc(sha)
    return f'<font size="6.6">{sha[:32]}<br/>{sha[32:]}</font>' if len(sha) > 32 else sha


def _short_time(value: Any, lang: str) -> str:
    d = parse_iso(value)
    return fmt_day(d, lang) if d else esc(value)
