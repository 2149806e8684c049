"""Evidence of a case: hash, type, capture metadata, custody; image previews decrypted in memory only."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.views.evidence import EvidenceItem, Link
from ui import dialogs, fmt
from ui.case.base import CaseTab, details_browser, entity_label, esc, fit_columns, html_rows, select_row, table
from ui.errors import Failure
from ui.i18n import counted, set_texts
from ui.models.lazy import ROW_ROLE, Column, LazyTableModel
from ui.session import Session
from ui.widgets import button, note, quiet
from ui.workers import Worker, WorkerPool

PREVIEW = QSize(420, 320)
PREVIEW_MAX_BYTES = 64 * 1024 * 1024


def decode_preview(data: bytes, size: QSize = PREVIEW) -> QImage:
    """Decode from memory and scale down; the full-size image is dropped at once."""
    image = QImage()
    if not image.loadFromData(data):
        return QImage()
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class EvidenceTab(CaseTab):
    add_files_requested = Signal()

    def __init__(self, session: Session, pool: WorkerPool) -> None:
        super().__init__(session)
        self.pool = pool
        self.model = LazyTableModel(
            [
                Column(lambda: self.tr("File"), lambda r: r.name, tooltip=lambda r: r.description or r.name),
                Column(lambda: self.tr("Type"), lambda r: r.media_type),
                Column(lambda: self.tr("Size"), lambda r: fmt.size(r.size), align_right=True),
                Column(lambda: self.tr("Added"), lambda r: fmt.moment(r.intake_time)),
                Column(lambda: self.tr("SHA-256"), lambda r: r.sha256[:16] + "…", tooltip=lambda r: r.sha256),
            ],
            self,
        )
        self.view = table(QTableView(), lambda: self.tr("Evidence files"))
        self.view.setModel(self.model)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW / 2)
        set_texts(self.preview, accessibleName=lambda: self.tr("Preview"))
        self.details = details_browser(lambda: self.tr("Evidence details"))
        self.add_button = button(lambda: self.tr("Add &files…"), lambda: self.tr("Add evidence files"))
        self.copy_button = button(
            lambda: self.tr("&Copy SHA-256"), lambda: self.tr("Copy the SHA-256 of the selected file")
        )
        self.link_button = button(
            lambda: self.tr("&Link to…"), lambda: self.tr("Link the selected file to an event or person")
        )
        self.copy_button.setEnabled(False)
        self.link_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_files_requested)
        self.copy_button.clicked.connect(self.copy_hash)
        self.link_button.clicked.connect(self.link_selected)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._preview_worker: Worker | None = None

        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        hint = quiet(
            note(
                lambda: self.tr(
                    "or drop files anywhere on this case. Files are encrypted into "
                    "the vault; the originals stay where they are."
                )
            )
        )
        row.addWidget(hint, 1)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.preview)
        sv.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.link_button)
        sv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)
        self.empty = quiet(note(lambda: self.tr("No evidence yet.")))
        layout.addWidget(self.empty)

    def load(self, case_id: str) -> None:
        keep = self.selected() if case_id == self.case_id else None
        super().load(case_id)
        views = self.session.views.evidence
        total = views.count(case_id)
        self.model.load(total, lambda offset, limit: views.page(case_id, offset, limit))
        fit_columns(self.view, [260, -1, -1, -1])
        self.empty.setVisible(total == 0)
        self._clear_selection_view()
        if keep is not None:  # a reload (a new file arrived) keeps what the user was looking at
            self.show_entity("evidence", keep.id)

    def selected(self) -> EvidenceItem | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        row = self.selected()
        if row is None or not self.session.alive:
            self._clear_selection_view()
            return
        self.copy_button.setEnabled(True)
        self.link_button.setEnabled(True)
        self.details.setHtml(self._details_html(row))
        self.preview.clear()
        if row.is_image and row.size <= PREVIEW_MAX_BYTES:
            self.preview.setText(self.tr("Decrypting the preview…"))
            evidence, evidence_id = self.session.evidence, row.id

            def job(progress: object, cancel: object) -> tuple[str, QImage]:
                return evidence_id, decode_preview(evidence.read(evidence_id))

            worker = Worker(job, "preview")
            worker.finished.connect(self._preview_ready)
            worker.failed.connect(self._preview_failed)
            self._preview_worker = worker
            self.pool.start(worker)
        else:
            self.preview.setText(self.tr("No preview for this kind of file."))

    @Slot(object)
    def _preview_ready(self, result: tuple[str, QImage]) -> None:
        evidence_id, image = result
        row = self.selected()
        if not self.session.alive or row is None or row.id != evidence_id:
            return
        if image.isNull():
            self.preview.setText(self.tr("This image cannot be shown."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
        self.details.setHtml(self._details_html(row))  # the view is now in the custody trail

    @Slot(object, bool)
    def _preview_failed(self, failure: Failure, cancelled: bool) -> None:
        if self.session.alive:
            self.preview.setText(failure.text())

    def _details_html(self, row: EvidenceItem) -> str:
        capture = row.capture
        device = " ".join(str(capture[k]) for k in ("make", "model") if capture.get(k))
        size = f"{capture['width']} × {capture['height']}" if capture.get("width") else ""
        details = self.session.views.evidence.details(row.id)
        return f"<h3>{esc(row.name)}</h3>" + html_rows(
            [
                (self.tr("SHA-256"), row.sha256),
                (self.tr("Size"), f"{fmt.size(row.size)} ({counted.bytes(row.size)})"),
                (self.tr("Type"), row.media_type),
                (self.tr("Added"), fmt.moment(row.intake_time)),
                (self.tr("Captured"), capture.get("captured") or capture.get("modified")),
                (self.tr("Device"), device),
                (self.tr("Picture size"), size),
                (
                    self.tr("GPS position"),
                    self.tr("recorded in the file (kept here, removed on export)") if capture.get("gps") else "",
                ),
                (self.tr("Brought by"), row.brought_by),
                (self.tr("Description"), row.description),
                (self.tr("Linked to"), ", ".join(self._link_label(link) for link in details.links)),
                (self.tr("Custody trail"), counted.entries(details.custody_entries)),
            ]
        )

    def _link_label(self, link: Link) -> str:
        if link.entity in ("persons", "events"):
            return link.name or link.entity_id
        return entity_label(link.entity)

    def _clear_selection_view(self) -> None:
        self.preview.clear()
        self.details.clear()
        self.copy_button.setEnabled(False)
        self.link_button.setEnabled(False)

    @Slot()
    def copy_hash(self) -> None:
        row = self.selected()
        if row:
            self.session.clipboard.copy(row.sha256)

    @Slot()
    def link_selected(self) -> None:
        row = self.selected()
        if row is None or self.case_id is None:
            return
        views = self.session.views
        events = views.events.latest_choices(self.case_id)
        people = views.people.choices(self.case_id, by_name=False)
        options = [("events", e.id, self.tr("Event: %1").replace("%1", e.title)) for e in events]
        options += [("persons", p.person_id, self.tr("Person: %1").replace("%1", p.name)) for p in people]
        choice = dialogs.choose(
            self, self.tr("Link evidence"), self.tr("Link “%1” to:").replace("%1", row.name), [o[2] for o in options]
        )
        if choice is None or not self.session.alive:
            return
        entity, entity_id, _ = options[choice]
        self.session.evidence.link(row.id, entity, entity_id)
        self.details.setHtml(self._details_html(row))

    def show_entity(self, entity: str, entity_id: str) -> bool:
        return entity == "evidence" and select_row(self.view, self.model, lambda r: r.id, entity_id)

    def purge(self) -> None:
        super().purge()
        self.model.purge()
        self._clear_selection_view()
        self._preview_worker = None
