"""Property: a person stored only in Cyrillic is never named in a public report, however the text writes them.

Names are generated (``tests.romanise``: realistic Kazakh and Russian given
names, family names in -ов/-ова, -ұлы/-қызы or plain, patronymics), stored in
Kazakh Cyrillic only, and planted in the public text of a case in every form
a documenter may meet: Kazakh and Russian Cyrillic, four romanisations
written independently of the product (passport/ICAO 9303, BGN/PCGN, the 2021
Kazakh Latin alphabet, English-language journalism), Kazakh and Russian case
endings, capitals and lower case, reversed order, initials, broken over two
lines.  Each form goes through the real pipeline (a case, a public report,
the leak gate) twice: once as the documenter wrote it (redaction must replace
it) and once put back into the redacted case, as a redaction bug would leave
it (the gate must refuse it).

The other direction: ordinary Kazakh, Russian and English words planted in
the same cases must be neither replaced nor refused.

Run with ``-s`` to see the figures; the larger run is marked ``slow``.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.redaction import RedactedCase, redact
from app.report import check_pdf, render_pdf
from app.report.build import report_reserved_words
from tests.romanise import (
    ENGLISH_WORDS,
    KAZAKH_WORDS,
    ROMANISERS,
    RUSSIAN_WORDS,
    Person,
    generate_person,
    kazakh_cases,
    romanise,
    russian_cases,
    russian_cyrillic,
)

REPORT_DATE = dt.date(2026, 3, 20)
SYSTEMS = ["kazakh-cyrillic", "russian-cyrillic", *ROMANISERS]
WORD_LIST = Path("/usr/share/dict/american-english")  # Debian wamerican (tools/setup.sh installs it)


def write(text: str, system: str) -> str:
    if system == "kazakh-cyrillic":
        return text
    if system == "russian-cyrillic":
        return russian_cyrillic(text)
    return romanise(text, system)


def _split(word: str, rnd: random.Random) -> str:
    cut = rnd.randrange(2, len(word) - 1) if len(word) > 4 else len(word) // 2
    return f"{word[:cut]}-\n{word[cut:]}"


def forms(p: Person, rnd: random.Random) -> list[tuple[str, str]]:
    """(kind, text) of every planted form of ``p``."""
    out: list[tuple[str, str]] = []
    for system in SYSTEMS:
        g, s = write(p.given, system), write(p.surname, system)
        out += [
            ("full", f"{g} {s}"),
            ("reversed", f"{s} {g}"),
            ("capitals", f"{g} {s}".upper()),
            ("lower case", f"{g} {s}".lower()),
            ("two lines", f"{g}\n{s}"),
            ("hyphenated", f"{g} {_split(s, rnd)}"),
            ("initial", f"{g[0]}. {s}"),
            ("initial after", f"{s} {g[0]}."),
        ]
        if p.patronymic:
            out.append(("with patronymic", f"{s} {g} {write(p.patronymic, system)}"))
        cases = kazakh_cases(p.surname) if system != "russian-cyrillic" else russian_cases(p.surname)
        for case in cases:
            out.append(("inflected", f"{g} {write(case, system)}"))
        out.append(("surname inflected", write(rnd.choice(cases), system)))
        out.append(("surname", s))
    return out


@dataclass
class Planted:
    person: int
    kind: str
    text: str
    replaced: bool = False
    refused: bool = False


@dataclass
class Figures:
    planted: list[Planted] = field(default_factory=list)
    words: int = 0
    words_replaced: list[str] = field(default_factory=list)
    words_refused: list[str] = field(default_factory=list)
    clean_reports_refused: int = 0
    reports: int = 0

    def rate(self, what: str, kinds: set[str] | None = None) -> float:
        sel = [x for x in self.planted if kinds is None or x.kind in kinds]
        if what == "either":
            return sum(x.replaced or x.refused for x in sel) / len(sel)
        return sum(getattr(x, what) for x in sel) / len(sel)

    def report(self) -> str:
        lines = [
            f"name forms planted: {len(self.planted)} "
            f"(replaced by redaction {self.rate('replaced'):.4f}, refused by the gate {self.rate('refused'):.4f}, "
            f"either {self.rate('either'):.4f})"
        ]
        for kind in sorted({x.kind for x in self.planted}):
            n = sum(1 for x in self.planted if x.kind == kind)
            lines.append(
                f"  {kind:18s} {n:5d}  replaced {self.rate('replaced', {kind}):.3f}  refused "
                f"{self.rate('refused', {kind}):.3f}"
            )
        missed = [x for x in self.planted if not (x.replaced and x.refused)]
        for x in missed[:12]:
            lines.append(f"  missed ({x.kind}; replaced={x.replaced}, refused={x.refused}): {x.text!r}")
        lines.append(
            f"ordinary words planted: {self.words}; false replacement rate "
            f"{len(self.words_replaced) / max(1, self.words):.4f} ({len(self.words_replaced)}), false refusal rate "
            f"{len(self.words_refused) / max(1, self.words):.4f} ({len(self.words_refused)}); clean reports refused: "
            f"{self.clean_reports_refused} of {self.reports}"
        )
        if self.words_replaced or self.words_refused:
            lines.append(f"  e.g. {sorted(set(self.words_replaced + self.words_refused))[:20]}")
        return "\n".join(lines)


# --- a case to plant into ------------------------------------------------------------------


def _case(people: list[Person], texts: list[str]) -> dict:
    cid = "case-prop"
    doc: dict = {
        "format": "casefile-case",
        "version": 1,
        "cases": [{"id": cid, "reference": "PROP-1", "title": "Generated case", "summary": "Generated."}],
        "persons": [],
        "person_names": [],
        "case_persons": [],
        "events": [],
    }
    for n, p in enumerate(people):
        pid = f"p{n}"
        doc["persons"].append({"id": pid, "kind": "individual", "public_consent": False})
        for k, value in enumerate(p.stored):
            doc["person_names"].append({"id": f"n{n}-{k}", "person_id": pid, "value": value, "script": "Cyrl"})
        doc["case_persons"].append({"id": f"cp{n}", "case_id": cid, "person_id": pid, "role": "defendant"})
    # A person shown by name, so that protection is exercised too.
    doc["persons"].append({"id": "shown", "kind": "individual", "public_consent": True})
    doc["person_names"].append({"id": "ns", "person_id": "shown", "value": "Айгерім Бекова", "script": "Cyrl"})
    doc["case_persons"].append({"id": "cps", "case_id": cid, "person_id": "shown", "role": "lawyer"})
    for n, text in enumerate(texts):
        date = {"text": "2025", "start": "2025-01-01", "end": "2025-12-31", "precision": "year", "certainty": "exact"}
        doc["events"].append(
            {"id": f"e{n}", "case_id": cid, "type": "harassment", "title": f"Entry {n}", "date": date,
             "description": text}
        )  # fmt: skip
    return doc


def _descriptions(red: RedactedCase) -> dict[str, str]:
    return {e["title"]: e.get("description") or "" for e in red.doc["events"]}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", text.replace("-\n", ""))}


def _leak_words(leaks: list) -> set[str]:
    out: set[str] = set()
    for leak in leaks:
        out |= _words(leak.token)
    return out


def _writing(text: str) -> str:
    """A writing as the gate reports it, line breaks and hyphenation aside."""
    return " ".join(re.sub(r"-\s+", "", text).casefold().split())


_SENTENCE = "On that day {} was questioned by the police."


def run_names(people: list[Person], rnd: random.Random, per_person: int | None, figures: Figures) -> None:
    planted: list[Planted] = []
    for n, p in enumerate(people):
        all_forms = forms(p, rnd)
        chosen = all_forms if per_person is None else rnd.sample(all_forms, min(per_person, len(all_forms)))
        planted += [Planted(n, kind, text) for kind, text in chosen]
    words = report_reserved_words()
    doc = _case(people, [_SENTENCE.format(x.text) for x in planted])
    red = redact(doc, "public", lang="en", reserved_words=words)
    after = _descriptions(red)
    for n, x in enumerate(planted):
        x.replaced = not (_words(x.text) & _words(after[f"Entry {n}"]))
    # The redacted report is clean and passes.
    figures.reports += 1
    if check_pdf(render_pdf(red, "en", REPORT_DATE), red.withheld, red.title, report_date=REPORT_DATE):
        figures.clean_reports_refused += 1
    # Put every form back, as a redaction bug would leave it: the gate must refuse each.
    bad = copy.deepcopy(red.doc)
    for n, e in enumerate(bad["events"]):
        e["description"] = _SENTENCE.format(planted[n].text)
    tampered = dataclasses.replace(red, doc=bad)
    leaks = check_pdf(render_pdf(tampered, "en", REPORT_DATE), red.withheld, red.title, report_date=REPORT_DATE)
    # The gate reports each distinct writing it finds: a form counts as refused when the gate
    # reported exactly that writing (a bigger run that merely contains it does not count).
    refused = {_writing(x.token) for x in leaks if x.field == "persons.names"}
    for x in planted:
        x.refused = _writing(x.text) in refused
    figures.planted += planted


def run_words(people: list[Person], words: list[str], figures: Figures) -> None:
    chunks = [words[i : i + 24] for i in range(0, len(words), 24)]
    texts = [" ".join(c) + "." for c in chunks]
    doc = _case(people, texts)
    red = redact(doc, "public", lang="en", reserved_words=report_reserved_words())
    after = _descriptions(red)
    for n, chunk in enumerate(chunks):
        kept = _words(after[f"Entry {n}"])
        figures.words_replaced += [w for w in chunk if not _words(w) <= kept]
    figures.words += sum(len(c) for c in chunks)
    pdf = render_pdf(red, "en", REPORT_DATE)
    figures.reports += 1
    raw = dataclasses.replace(red, doc=_with_texts(red.doc, texts))
    leaks = check_pdf(render_pdf(raw, "en", REPORT_DATE), red.withheld, red.title, report_date=REPORT_DATE)
    flagged = _leak_words([x for x in leaks if x.kind != "structure"])
    figures.words_refused += [w for w in words if w.casefold() in flagged]
    if check_pdf(pdf, red.withheld, red.title, report_date=REPORT_DATE):
        figures.clean_reports_refused += 1


def _with_texts(doc: dict, texts: list[str]) -> dict:
    out = copy.deepcopy(doc)
    for n, e in enumerate(out["events"]):
        e["description"] = texts[n]
    return out


# --- the tests ---------------------------------------------------------------------------------


def test_generated_names_are_replaced_or_refused_and_ordinary_words_pass() -> None:
    rnd = random.Random(2026)
    people = [generate_person(rnd) for _ in range(4)]
    figures = Figures()
    run_names(people, rnd, per_person=40, figures=figures)
    run_words(people, ENGLISH_WORDS + RUSSIAN_WORDS + KAZAKH_WORDS, figures)
    print("\n" + figures.report())
    assert figures.rate("either") == 1.0
    assert figures.rate("refused") >= 0.97
    assert figures.rate("replaced") >= 0.97
    assert figures.clean_reports_refused == 0
    assert len(figures.words_replaced) / figures.words <= 0.01
    assert len(figures.words_refused) / figures.words <= 0.01


@pytest.mark.slow
def test_generated_names_large_run() -> None:
    rnd = random.Random(7)
    people = [generate_person(rnd) for _ in range(60)]
    figures = Figures()
    for i in range(0, len(people), 6):
        run_names(people[i : i + 6], rnd, per_person=None, figures=figures)
    words = ENGLISH_WORDS + RUSSIAN_WORDS + KAZAKH_WORDS
    if WORD_LIST.exists():
        english = [w for w in WORD_LIST.read_text(encoding="utf-8").split() if w.isalpha() and w.islower()]
        words += rnd.sample(english, 20_000)
    for i in range(0, len(people), 20):
        run_words(people[i : i + 20], words, figures)
    print("\n" + figures.report())
    # A family name alone is found when it is distinctive (five letters or more, not a common given
    # name such as Омар): those misses are by design and reported, not failed.
    names = {x.kind for x in figures.planted} - {"surname", "surname inflected"}
    assert figures.rate("either", names) >= 0.995
    assert figures.rate("refused", names) >= 0.995
    assert figures.rate("either") >= 0.98
    assert figures.clean_reports_refused == 0
    assert len(figures.words_replaced) / figures.words <= 0.005
    assert len(figures.words_refused) / figures.words <= 0.005
