"""The people of a case: every spelling of their names, roles, status, and what was done to them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTableView, QVBoxLayout, QWidget

from app.services import cases as case_service
from app.services.records import Records
from ui import fmt
from ui.case.base import CaseTab, details_browser, esc, fit_columns, html_rows, table
from ui.case.data import all_spellings, case_person_ids, person_names
from ui.case.overview import status_label
from ui.forms.person import language_name, script_name
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button


class PeopleTab(CaseTab):
    add_person_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = LazyTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r["name"], tooltip=lambda r: r["name"]),
                Column(lambda: self.tr("Status"), lambda r: r["status"]),
                Column(lambda: self.tr("Role"), lambda r: r["roles"], tooltip=lambda r: r["roles"] or None),
                Column(
                    lambda: self.tr("Other spellings"), lambda r: r["others"], tooltip=lambda r: r["others"] or None
                ),
            ],
            self,
        )
        self.view = table(QTableView(), lambda: self.tr("People in this case"))
        self.view.setModel(self.model)
        self.details = details_browser(lambda: self.tr("Person details"))
        self.add_button = button(lambda: self.tr("&Add person…"), lambda: self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person_requested)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 300])
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def load(self, case_id: str) -> None:
        super().load(case_id)
        ids = case_person_ids(self.vault, case_id)
        self.model.load(len(ids), lambda offset, limit: self._fetch(case_id, ids[offset : offset + limit]))
        fit_columns(self.view, [-1, -1, -1], caps=[200, 360, 200])
        self.details.clear()
        if self.model.rowCount():
            self.view.selectRow(0)

    def _fetch(self, case_id: str, ids: list[str]) -> list[dict]:
        vault, vocab = self.vault, self.session.vocab
        names = person_names(vault, ids)
        marks = ",".join("?" * len(ids))
        spellings: dict[str, list[str]] = {}
        for pid, value in vault.db.query(
            f"SELECT person_id, value FROM person_names WHERE person_id IN ({marks}) ORDER BY rowid", ids
        ):
            spellings.setdefault(pid, []).append(value)
        roles: dict[str, list[str]] = {}
        for pid, role in vault.db.query(
            f"SELECT person_id, role FROM case_persons WHERE case_id = ? AND person_id IN ({marks}) ORDER BY rowid",
            [case_id, *ids],
        ):
            roles.setdefault(pid, []).append(vocab.short("role", role))
        records = Records(vault)
        rows = []
        for pid in ids:
            status = case_service.person_status(records, pid)
            label = status_label(status.status)
            if status.until:
                label += self.tr(" until %1").replace("%1", fmt.fuzzy(status.until))
            name = names.get(pid, "")
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "roles": ", ".join(dict.fromkeys(roles.get(pid, []))),
                    "others": ", ".join(v for v in spellings.get(pid, []) if v != name),
                    "status": label,
                }
            )
        return rows

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None or not self.session.alive:
            return
        self.details.setHtml(self._details_html(row["id"]))

    def _details_html(self, person_id: str) -> str:
        vault, vocab = self.vault, self.session.vocab
        person = self.session.records.get("persons", person_id) or {}
        parts = [f"<h3>{esc(person_names(vault, [person_id]).get(person_id, ''))}</h3>"]
        spell = all_spellings(vault, person_id)
        if spell:
            items = []
            for s in spell:
                about = " · ".join(
                    x
                    for x in (script_name(s["script"]), language_name(s["lang"]), vocab.short("name_kind", s["kind"]))
                    if x
                )
                items.append(f"<li>{esc(s['value'])} ({esc(about)})</li>")
            parts.append("<b>" + esc(self.tr("Spellings")) + "</b><ul>" + "".join(items) + "</ul>")
        parts.append(
            html_rows(
                [
                    (self.tr("Kind"), vocab.label("person_kind", person.get("kind"))),
                    (self.tr("Who"), person.get("description")),
                    (
                        self.tr("Consent to be named publicly"),
                        self.tr("yes") if person.get("public_consent") else self.tr("not recorded"),
                    ),
                ]
            )
        )
        acts = vault.db.query(
            "SELECT a.type, a.date, e.title, e.date FROM acts a JOIN events e ON e.id = a.event_id"
            " WHERE a.victim_id = ? ORDER BY json_extract(coalesce(a.date, e.date), '$.start')",
            (person_id,),
        )
        if acts:
            import json

            items = []
            for kind, adate, title, edate in acts:
                when = fmt.fuzzy(json.loads(adate or edate) if (adate or edate) else None)
                items.append(f"<li>{esc(when)} — <b>{esc(vocab.short('act_type', kind))}</b>: {esc(title)}</li>")
            parts.append("<b>" + esc(self.tr("What was done to them")) + "</b><ul>" + "".join(items) + "</ul>")
        measures = self.session.records.rows("measures", "person_id = ?", (person_id,), "rowid")
        if measures:
            items = [
                f"<li>{esc(vocab.short('measure_type', m['type']))}: {esc(fmt.fuzzy(m['start']))} → "
                f"{esc(fmt.fuzzy(m['expiry']))} ({esc(m['duration'] or '')}, "
                f"{esc(vocab.label('measure_status', m['status']))})</li>"
                for m in measures
            ]
            parts.append("<b>" + esc(self.tr("Measures")) + "</b><ul>" + "".join(items) + "</ul>")
        return "".join(parts)

    def show_entity(self, entity: str, entity_id: str) -> bool:
        if entity != "persons":
            return False
        while True:
            for i, row in enumerate(self.model.rows()):
                if row["id"] == entity_id:
                    self.view.selectRow(i)
                    self.view.scrollTo(self.model.index(i, 0))
                    return True
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def purge(self) -> None:
        super().purge()
        self.model.purge()
        self.details.clear()
