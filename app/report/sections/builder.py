"""The report's story: every section in order, drawn from one RedactedCase in one language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from app.report.sections import chronology, evidence, overview, persons, proceedings, sources
from app.report.sections.base import SectionContext
from app.report.sections.index import Row

Section = Callable[[SectionContext], list[Flowable]]

SECTIONS: tuple[Section, ...] = (
    overview.cover,
    overview.summary,
    persons.persons,
    chronology.timeline,
    chronology.chronology,
    proceedings.proceedings,
    proceedings.communications,
    evidence.evidence,
    sources.sources,
)


class ReportBuilder(SectionContext):
    """Turns one RedactedCase into a list of flowables in one language: the sections in order."""

    @property
    def case(self) -> Row:
        return self.index.case

    def deadlines(self) -> list[tuple[Any, str]]:
        return overview.deadlines(self)

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for section in SECTIONS:
            self.tick()
            out += section(self)
        if out and isinstance(out[-1], PageBreak):
            out.pop()
        return out
