"""Sources, what each one says (attributions), and where sources disagree, side by side."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

from app.domain.vocab import claim_text
from app.views.sources import Attribution, Fact, Source
from ui import fmt
from ui.case.base import (
    CaseTab,
    button_bar,
    details_browser,
    entity_label,
    esc,
    field_label,
    fit_columns,
    select_row,
    table,
)
from ui.i18n import counted
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button, heading, note, quiet

# Fields where two different claims are a disagreement (descriptions are facets, not conflicts).
FACT_FIELDS_SKIPPED = {"description", "notes", None, ""}
TYPE_VOCABULARY = {"measures": "measure_type", "acts": "act_type", "events": "event_type"}


class SourcesTab(CaseTab):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        vocab = session.vocab
        self.sources = LazyTableModel(
            [
                Column(lambda: self.tr("Source"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(lambda: self.tr("Kind"), lambda r: vocab.short("source_kind", r.kind)),
                Column(lambda: self.tr("Date"), lambda r: fmt.fuzzy(r.date)),
                Column(lambda: self.tr("Reliability"), lambda r: vocab.label("reliability", r.reliability)),
                Column(lambda: self.tr("Author"), lambda r: r.author, tooltip=lambda r: r.author or None),
            ],
            self,
        )
        self.claims = LazyTableModel(
            [
                Column(lambda: self.tr("About"), self.fact_label, tooltip=self.fact_label),
                Column(lambda: self.tr("Field"), lambda r: field_label(r.field)),
                Column(lambda: self.tr("Says"), self._claim, tooltip=lambda r: r.quote or self._claim(r) or None),
            ],
            self,
        )
        self.sources_view = table(QTableView(), lambda: self.tr("Sources"))
        self.sources_view.setModel(self.sources)
        self.claims_view = table(QTableView(), lambda: self.tr("What this source says"))
        self.claims_view.setModel(self.claims)
        self.conflicts = details_browser(lambda: self.tr("Where sources disagree"))
        self.sources_view.selectionModel().selectionChanged.connect(self._selected)
        self.add_button = button(lambda: self.tr("&Add source…"), lambda: self.tr("Add a source"))
        self.edit_button = button(lambda: self.tr("E&dit…"), lambda: self.tr("Correct or delete the selected source"))
        self.add_button.clicked.connect(lambda: self.form_requested.emit("source", {}))
        self.edit_button.clicked.connect(self.edit_selected)
        self.sources_view.doubleClicked.connect(self.edit_selected)
        bar = button_bar(self.edit_button, self.add_button)
        self.claims_view.activated.connect(self._open_claim)
        self.claims_view.doubleClicked.connect(self._open_claim)

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(heading(lambda: self.tr("Sources"), 2))
        tv.addWidget(self.sources_view)
        mid = QWidget()
        mv = QVBoxLayout(mid)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(heading(lambda: self.tr("What the selected source says"), 2))
        mv.addWidget(
            quiet(note(lambda: self.tr("Hover a line for the source's own words; double-click to open the fact.")))
        )
        mv.addWidget(self.claims_view)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(heading(lambda: self.tr("Where sources disagree"), 2))
        rv.addWidget(self.conflicts)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(mid)
        lower.addWidget(right)
        lower.setSizes([560, 400])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(lower)
        outer.setStretchFactor(0, 1)
        outer.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(outer, 1)
        self._attributions: list[Attribution] = []
        self._facts: dict[tuple[str, str], Fact] = {}

    def _claim(self, row: Attribution) -> str:
        """Vocabulary keys shown as their labels, and a length of time after them in the interface
        language: "pre_trial_detention, 10 days" reads «Содержание под стражей, 10 дней»."""
        text = claim_text(row.entity, row.field or "", row.claim, self.session.vocab.lang)
        head, sep, tail = text.rpartition(", ")
        return f"{head}, {counted.length(tail)}" if sep else text

    def fact_label(self, row: Attribution) -> str:
        """What a claim is about: a name or title, "Hearing of 19 Feb 2026", "House arrest: <name>"."""
        fact = self._facts.get((row.entity, row.entity_id))
        if fact is None:
            return entity_label(row.entity)
        if row.entity == "hearings":
            return self.tr("Hearing of %1").replace("%1", fmt.fuzzy(fact.date))
        if fact.code is not None:
            return f"{self.session.vocab.short(TYPE_VOCABULARY.get(row.entity), fact.code)}: {fact.name}"
        return fact.name or ""

    def load(self, case_id: str) -> None:
        super().load(case_id)
        views = self.session.views.sources
        sources = views.all(case_id)
        self.sources.set_rows(sources)
        fit_columns(self.sources_view, [420, -1, -1, -1])
        self._attributions = views.attributions([s.id for s in sources])
        self._facts = views.facts(self._attributions)
        self.conflicts.setHtml(self._conflicts_html({s.id: short_source(s) for s in sources}))
        if sources:
            self.sources_view.selectRow(0)

    def _conflicts_html(self, titles: dict[str, str]) -> str:
        facts: dict[tuple, dict[str, list[Attribution]]] = defaultdict(lambda: defaultdict(list))
        for a in self._attributions:
            if a.field in FACT_FIELDS_SKIPPED:
                continue
            facts[(a.entity, a.entity_id, a.field)][a.source_id].append(a)
        rows = []
        for (_entity, _eid, field), by_source in facts.items():
            claims = {x.claim.strip().casefold() for xs in by_source.values() for x in xs}
            if len(by_source) < 2 or len(claims) < 2:
                continue
            cells = "".join(
                f"<td valign='top' style='padding:4px 10px 8px 0'><b>{esc(titles.get(sid, sid))}</b><br>"
                f"{esc('; '.join(x.claim for x in xs))}<br><i>{esc(xs[0].quote)}</i></td>"
                for sid, xs in by_source.items()
            )
            label = self.fact_label(next(iter(by_source.values()))[0])
            rows.append(
                f"<tr><td colspan='{len(by_source)}' style='padding-top:6px'><b>{esc(label)}</b> — "
                f"{esc(field_label(field))}</td></tr><tr>{cells}</tr>"
            )
        if not rows:
            return "<p>" + esc(self.tr("No disagreement between sources is recorded.")) + "</p>"
        return "<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        row = self.sources_view.currentIndex().data(ROW_ROLE)
        if row is None or not self.session.alive:
            return
        self.claims.set_rows([a for a in self._attributions if a.source_id == row.id])
        fit_columns(self.claims_view, [240, -1])

    @Slot()
    def _open_claim(self, index: object) -> None:
        row = self.claims_view.currentIndex().data(ROW_ROLE)
        if row:
            self.open_entity.emit(row.entity, row.entity_id)

    @Slot()
    def edit_selected(self) -> None:
        row = self.sources_view.currentIndex().data(ROW_ROLE)
        if row is not None:
            self.form_requested.emit("source", {"record_id": row.id})

    def show_entity(self, entity: str, entity_id: str) -> bool:
        return entity == "sources" and select_row(self.sources_view, self.sources, lambda r: r.id, entity_id)

    def purge(self) -> None:
        super().purge()
        self.sources.purge()
        self.claims.purge()
        self.conflicts.clear()
        self._attributions, self._facts = [], {}


def short_source(source: Source) -> str:
    """A source named briefly: its reference, or its title cut at a word, with its date."""
    name = source.reference
    if not name:
        title = source.title
        name = title if len(title) <= 48 else title[:48].rsplit(" ", 1)[0].rstrip(":;,") + "…"
    when = fmt.fuzzy(source.date)
    return f"{name} ({when})" if when else name
