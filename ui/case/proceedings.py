"""Proceedings: court, charges, hearings (with their outcome) and restrictive measures with expiry."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

from app.domain.dates import FuzzyDate
from ui import fmt
from ui.case.base import CaseTab, details_browser, esc, fit_columns, fit_first_stretches, html_rows, table
from ui.case.data import case_person_ids, organisation_names, person_names
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import heading


class ProceedingsTab(CaseTab):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        vocab = session.vocab
        today = session.today
        self.proceedings = LazyTableModel(
            [
                Column(lambda: self.tr("Proceeding"), lambda r: r["title"], tooltip=lambda r: r["title"]),
                Column(lambda: self.tr("Status"), lambda r: vocab.label("proceeding_status", r["status"])),
            ],
            self,
        )
        self.hearings = LazyTableModel(
            [
                Column(
                    lambda: self.tr("Date"),
                    lambda r: fmt.fuzzy(r["date"]),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r["date"]),
                ),
                Column(
                    lambda: self.tr("Outcome"),
                    lambda r: vocab.label("hearing_outcome", r["outcome"]),
                    alert=lambda r: _due(r["date"], today()) and r["outcome"] in (None, "", "scheduled"),
                ),
                Column(lambda: self.tr("Place"), lambda r: r["place"] or ""),
                Column(lambda: self.tr("Closed doors"), lambda r: self.tr("yes") if r["closed_session"] else ""),
                Column(lambda: self.tr("Notes"), lambda r: r["notes"] or "", tooltip=lambda r: r["notes"] or None),
            ],
            self,
        )
        self.measures = LazyTableModel(
            [
                Column(lambda: self.tr("Person"), lambda r: r["person"]),
                Column(lambda: self.tr("Measure"), lambda r: vocab.short("measure_type", r["type"])),
                Column(
                    lambda: self.tr("Expires"),
                    lambda r: fmt.fuzzy(r["expiry"]) + (self.tr(" (passed)") if r["overdue"] else ""),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r["expiry"]),
                    alert=lambda r: r["overdue"],
                ),
                Column(lambda: self.tr("State"), lambda r: r["state"]),
                Column(
                    lambda: self.tr("From"),
                    lambda r: fmt.fuzzy(r["start"]),
                    tooltip=lambda r: fmt.fuzzy_tooltip(r["start"]),
                ),
                Column(lambda: self.tr("For"), lambda r: r["duration"] or ""),
            ],
            self,
        )
        self.list_view = table(QTableView(), lambda: self.tr("Proceedings"))
        self.list_view.setModel(self.proceedings)
        self.details = details_browser(lambda: self.tr("Proceeding details"))
        self.hearings_view = table(QTableView(), lambda: self.tr("Hearings"))
        self.hearings_view.setModel(self.hearings)
        self.measures_view = table(QTableView(), lambda: self.tr("Measures"))
        self.measures_view.setModel(self.measures)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(heading(lambda: self.tr("Proceedings"), 2))
        lv.addWidget(self.list_view, 1)
        lv.addWidget(self.details, 2)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(heading(lambda: self.tr("Hearings"), 2))
        rv.addWidget(self.hearings_view, 1)
        rv.addWidget(heading(lambda: self.tr("Measures (detention, house arrest) and when they expire"), 2))
        rv.addWidget(self.measures_view, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 590])
        QVBoxLayout(self).addWidget(split)

    def load(self, case_id: str) -> None:
        super().load(case_id)
        records = self.session.records
        procs = records.rows("proceedings", "case_id = ?", (case_id,), "rowid")
        self.proceedings.set_rows(procs)
        fit_first_stretches(self.list_view)
        ids = [p["id"] for p in procs]
        hearings = sorted(
            records.rows_in("hearings", "proceeding_id", ids), key=lambda h: (h["date"] or {}).get("start", "9999")
        )
        self.hearings.set_rows(hearings)
        fit_columns(self.hearings_view, [-1, -1, -1, -1])
        people = case_person_ids(self.vault, case_id)
        names = person_names(self.vault, people)
        measures = [
            m
            for m in records.rows_in("measures", "person_id", people)
            if m["proceeding_id"] is None or m["proceeding_id"] in ids
        ]
        superseded = {m["extends_id"] for m in measures if m["extends_id"]}
        today = self.session.today()
        vocab = self.session.vocab
        for m in measures:
            m["person"] = names.get(m["person_id"], "")
            current = m["id"] not in superseded and m["status"] != "ended"
            m["overdue"] = current and _due(m["expiry"], today)
            m["state"] = self.tr("extended") if m["id"] in superseded else vocab.label("measure_status", m["status"])
        measures.sort(key=lambda m: (m["person"].casefold(), (m["start"] or {}).get("start", "")))
        self.measures.set_rows(measures)
        fit_columns(self.measures_view, [-1, -1, -1, -1, -1], caps=[200, 220, 330])
        if procs:
            self.list_view.selectRow(0)

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        row = self.list_view.currentIndex().data(ROW_ROLE)
        if row is None or not self.session.alive:
            return
        vocab = self.session.vocab
        court = organisation_names(self.vault, [row["court_id"]]).get(row["court_id"], "") if row["court_id"] else ""
        parties = self.vault.db.query(
            "SELECT person_id, role FROM proceeding_parties WHERE proceeding_id = ? ORDER BY rowid", (row["id"],)
        )
        names = person_names(self.vault, [p[0] for p in parties])
        html = (
            f"<h3>{esc(row['title'])}</h3>"
            + html_rows(
                [
                    (self.tr("Kind"), vocab.label("proceeding_kind", row["kind"])),
                    (self.tr("Court"), court),
                    (self.tr("Case number"), row["case_number"]),
                    (self.tr("Charges"), "; ".join(row["provisions"] or [])),
                    (self.tr("Status"), vocab.label("proceeding_status", row["status"])),
                ]
            )
            + f"<p>{esc(row['description'])}</p>"
        )
        if parties:
            html += (
                "<b>"
                + esc(self.tr("Parties"))
                + "</b><ul>"
                + "".join(
                    f"<li>{esc(names.get(pid, ''))} — {esc(vocab.short('role', role))}</li>" for pid, role in parties
                )
                + "</ul>"
            )
        self.details.setHtml(html)

    def show_entity(self, entity: str, entity_id: str) -> bool:
        model, view = {
            "hearings": (self.hearings, self.hearings_view),
            "measures": (self.measures, self.measures_view),
            "proceedings": (self.proceedings, self.list_view),
        }.get(entity, (None, None))
        if model is None or view is None:
            return False
        for i, row in enumerate(model.rows()):
            if row["id"] == entity_id:
                view.selectRow(i)
                view.scrollTo(model.index(i, 0))
                view.setFocus()
                return True
        return False

    def purge(self) -> None:
        super().purge()
        for model in (self.proceedings, self.hearings, self.measures):
            model.purge()
        self.details.clear()


def _due(date: dict | None, today: object) -> bool:
    fd = FuzzyDate.from_json(date) if date else None
    return fd is not None and fd.end < today  # type: ignore[operator]
