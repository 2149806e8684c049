"""What every template's rows need: the view, the thesauri, and each entity's title.

Titles are fixed before any row is built, because relationship cells name the
titles of entities in other templates (and Uwazi links a relationship cell to
every entity of the target template with that exact title: titles are made
unique within each template here).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.report.strings import t as report_word
from app.report.vocab import label as vocab_label
from app.uwazi import rules
from app.uwazi.templates import CASE, SOURCE
from app.uwazi.thesauri import ThesaurusBook
from app.uwazi.view import UwaziView


def unique_titles(titles: Iterable[Any], fallback: str) -> list[str]:
    """Each title once: a repeated one gets " (2)", " (3)"..."""
    seen: set[str] = set()
    out = []
    for n, title in enumerate(titles, start=1):
        base = rules.item(title) or f"{fallback} {n}"
        candidate, k = base, 2
        while candidate in seen:
            candidate, k = f"{base} ({k})", k + 1
        seen.add(candidate)
        out.append(candidate)
    return out


def date_text(value: Any) -> str:
    """A fuzzy date as the source wrote it, else its range."""
    if not isinstance(value, dict):
        return ""
    return rules.item(value.get("text")) or rules.fuzzy_range(value).replace(rules.RANGE, " – ")


def bullets(lines: Iterable[str], numbered: bool = False) -> str:
    """A Markdown list, one line per item."""
    items = [" ".join(rules.text(line).split()) for line in lines]
    items = [i for i in items if i]
    return "\n".join(f"{n}. {i}" if numbered else f"- {i}" for n, i in enumerate(items, start=1))


@dataclass
class Context:
    view: UwaziView
    book: ThesaurusBook
    person_titles: dict[str, dict[str, str]]  # language -> person id -> title
    event_titles: dict[str, str]
    proceeding_titles: dict[str, str]
    communication_titles: dict[str, str]
    event_order: list[str]
    _attributed: dict[tuple[str, str], list[str]]

    @property
    def lang(self) -> str:
        return self.view.lang

    def label(self, vocabulary: str, code: Any) -> str:
        return vocab_label(vocabulary, code, self.lang) if code else ""

    def word(self, key: str) -> str:
        """One of the report's own words ("Start", "Expiry", "Closed session") in the default language."""
        return report_word(key, self.lang)

    def line(self, head: str, parts: Iterable[tuple[str, str]], tail: str = "") -> str:
        """ "Head — Label: value; Label: value — tail", leaving out empty values."""
        details = "; ".join(f"{name}: {value}" for name, value in parts if value)
        out = " — ".join(x for x in (head, details, tail) if x)
        return out

    def person(self, person_id: Any) -> str:
        return self.person_titles[self.lang].get(str(person_id), "")

    def cases(self, case_ids: Iterable[Any]) -> str:
        values = []
        for cid in dict.fromkeys(case_ids):
            case = self.view.get("cases", cid)
            if case is not None:
                title, ref = rules.item(case.get("title")), rules.item(case.get("reference"))
                values.append(self.book.value(CASE, f"{ref} — {title}" if ref and title else ref or title))
        return rules.multi(values)

    def sources(self, refs: Iterable[tuple[str, Any]], direct: Iterable[Any] = ()) -> str:
        """Sources attributed to any of ``refs`` ((entity, id) pairs), and ``direct`` source ids."""
        ids = [sid for entity, rid in refs for sid in self._attributed.get((entity, str(rid)), [])]
        values = []
        for sid in dict.fromkeys([*ids, *(str(d) for d in direct if d)]):
            source = self.view.get("sources", sid)
            if source is not None:
                values.append(self.book.value(SOURCE, source.get("title")))
        return rules.multi(values)


def person_title_in(view: UwaziView, person_id: str, lang: str) -> str:
    """The pseudonym, else the person's name written in ``lang``, else their primary name."""
    if person_id in view.pseudonyms.get(lang, {}):
        return view.pseudonyms[lang][person_id]
    names = [n for n in view.where("person_names", "person_id", person_id) if rules.item(n.get("value"))]
    for wanted in (
        lambda n: n.get("lang") == lang and n.get("kind") == "primary",
        lambda n: n.get("lang") == lang,
        lambda n: n.get("kind") == "primary",
        lambda n: True,
    ):
        for n in names:
            if wanted(n):
                return rules.item(n["value"])
    person = view.get("persons", person_id) or {}
    return rules.item(person.get("description"))


def event_order(view: UwaziView) -> list[str]:
    """Events by date (undated last), then as recorded."""
    events = view.rows("events")

    def key(item: tuple[int, dict]) -> tuple:
        n, e = item
        d = e.get("date")
        if not isinstance(d, dict):
            d = {}
        return (not d, str(d.get("start") or ""), str(d.get("end") or ""), n)

    return [str(e["id"]) for _, e in sorted(enumerate(events), key=key)]


def make_context(view: UwaziView, book: ThesaurusBook) -> Context:
    persons = view.person_order
    person_titles = {
        lang: dict(
            zip(persons, unique_titles((person_title_in(view, p, lang) for p in persons), "Person"), strict=True)
        )
        for lang in rules.LANGUAGES
    }
    order = event_order(view)
    titled = {str(e["id"]): e.get("title") for e in view.rows("events")}
    event_titles = dict(zip(order, unique_titles((titled[e] for e in order), "Event"), strict=True))

    def titles_of(entity: str, fallback: str) -> dict[str, str]:
        rows = view.rows(entity)
        return dict(
            zip((str(r["id"]) for r in rows), unique_titles((r.get("title") for r in rows), fallback), strict=True)
        )

    attributed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in view.rows("attributions"):
        attributed[(str(a.get("entity")), str(a.get("entity_id")))].append(str(a.get("source_id")))
    return Context(
        view,
        book,
        person_titles,
        event_titles,
        titles_of("proceedings", "Proceeding"),
        titles_of("communications", "Communication"),
        order,
        dict(attributed),
    )
