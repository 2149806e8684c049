"""Evidence of a case: hash, type, capture metadata, Content Credentials, custody; image previews
decrypted in memory only. Copies Casefile made of a file for packs are shown under it, not as evidence.
A file can be described, linked to the events and people it concerns, and deleted (its custody history
stays in the audit log)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import exif_datetime
from app.services.changes import ChangeService
from app.services.evidence_changes import EvidenceChanges
from app.views.evidence import EvidenceItem, Link
from ui import dialogs, fmt
from ui.case.base import (
    CaseTab,
    details_browser,
    entity_label,
    esc,
    html_rows,
    select_row,
    table,
)
from ui.case.credentials import CredentialsPanel
from ui.errors import Failure
from ui.forms.link import LinkDialog
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


def short_hash(sha256: str) -> str:
    return sha256[:12] + "…"


class EvidenceTab(CaseTab):
    add_files_requested = Signal()
    records_changed = Signal()  # an item was deleted: counts elsewhere change

    def __init__(self, session: Session, pool: WorkerPool) -> None:
        super().__init__(session)
        self.pool = pool
        self.model = LazyTableModel(
            [
                Column(lambda: self.tr("File"), lambda r: r.name, tooltip=lambda r: r.description or r.name),
                # The hash comes second, so that it stays in view on a 1366-pixel screen.
                Column(lambda: self.tr("SHA-256"), lambda r: short_hash(r.sha256), tooltip=lambda r: r.sha256),
                Column(lambda: self.tr("Added"), lambda r: fmt.moment(r.intake_time)),
                Column(lambda: self.tr("Type"), lambda r: r.media_type),
                Column(lambda: self.tr("Size"), lambda r: fmt.size(r.size), align_right=True),
            ],
            self,
        )
        self.view = table(QTableView(), lambda: self.tr("Evidence files"))
        self.view.setModel(self.model)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW / 2)
        # The picture takes the room the details leave (a 768-pixel screen), not its own full height.
        self.preview.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        set_texts(self.preview, accessibleName=lambda: self.tr("Preview"))
        self.details = details_browser(lambda: self.tr("Evidence details"))
        self.credentials = CredentialsPanel()
        self.add_button = button(lambda: self.tr("Add &files…"), lambda: self.tr("Add evidence files"))
        self.copy_button = button(
            lambda: self.tr("Cop&y SHA-256"), lambda: self.tr("Copy the SHA-256 of the selected file")
        )
        self.link_button = button(
            lambda: self.tr("Lin&k to…"), lambda: self.tr("Link the selected file to an event or person")
        )
        self.describe_button = button(lambda: self.tr("&Describe…"), lambda: self.tr("Describe the selected file"))
        self.delete_button = button(lambda: self.tr("Delete…"), lambda: self.tr("Delete the selected file"))
        self.item_buttons = (self.copy_button, self.link_button, self.describe_button, self.delete_button)
        for b in self.item_buttons:
            b.setEnabled(False)
        self.add_button.clicked.connect(self.add_files_requested)
        self.copy_button.clicked.connect(self.copy_hash)
        self.link_button.clicked.connect(self.link_selected)
        self.describe_button.clicked.connect(self.describe_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
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
        sv.addWidget(self.preview, 2)
        sv.addWidget(self.details, 3)
        sv.addWidget(self.credentials)
        buttons = QHBoxLayout()
        for b in self.item_buttons:
            buttons.addWidget(b)
        sv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
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
        self._fit_columns()
        self.empty.setVisible(total == 0)
        self._clear_selection_view()
        if keep is not None:  # a reload (a new file arrived) keeps what the user was looking at
            self.show_entity("evidence", keep.id)

    def _fit_columns(self) -> None:
        """The name takes what the hash, time, type and size leave; each of those gets its contents' width,
        and at least its title's in the interface language."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for i in range(1, header.count()):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnToContents(i)
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            header.resizeSection(i, max(header.sectionSize(i), metrics.horizontalAdvance(title) + 20))

    def selected(self) -> EvidenceItem | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: object) -> None:
        row = self.selected()
        if row is None or not self.session.alive:
            self._clear_selection_view()
            return
        for b in self.item_buttons:
            b.setEnabled(True)
        self.details.setHtml(self._details_html(row))
        self.credentials.show_for(row.capture)
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
            room = self.preview.size().boundedTo(PREVIEW)
            if image.width() > room.width() or image.height() > room.height():
                image = image.scaled(
                    room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
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
        return (
            f"<h3>{esc(row.name)}</h3>"
            + html_rows(
                [
                    (self.tr("SHA-256"), row.sha256),
                    (self.tr("Size"), f"{fmt.size(row.size)} ({counted.bytes(row.size)})"),
                    (self.tr("Type"), row.media_type),
                    (self.tr("Added"), fmt.moment(row.intake_time)),
                    (self.tr("Captured"), self._captured(capture)),
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
            + self._copies_html(row)
        )

    def _captured(self, capture: object) -> str:
        """The camera's clock, written the locale's way; as the file has it if it is not an EXIF time."""
        raw = capture.get("captured") or capture.get("modified")  # type: ignore[attr-defined]
        when = exif_datetime(raw)
        return fmt.clock(when) if when is not None else str(raw or "")

    def _copies_html(self, row: EvidenceItem) -> str:
        """The copies Casefile made of this file (metadata-free, for packs), under it."""
        copies = self.session.views.evidence.copies(row.id)
        if not copies:
            return ""
        items = "".join(
            f"<li>{esc(self._operation(c.operation))}, {esc(fmt.moment(c.intake_time))}, {esc(fmt.size(c.size))}"
            f"<br>SHA-256: {esc(c.sha256)}</li>"
            for c in copies
        )
        return "<b>" + esc(self.tr("Copies made for packs")) + "</b><ul>" + items + "</ul>"

    def _operation(self, operation: str) -> str:
        if operation == "strip-metadata":
            return self.tr("metadata-free copy")
        return operation.replace("-", " ")

    def _link_label(self, link: Link) -> str:
        if link.entity in ("persons", "events"):
            return link.name or link.entity_id
        return entity_label(link.entity)

    def _clear_selection_view(self) -> None:
        self.preview.clear()
        self.details.clear()
        self.credentials.clear()
        for b in self.item_buttons:
            b.setEnabled(False)

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
        dialog = LinkDialog(self.session, self.case_id, row.id, row.name, self)
        dialog.finished.connect(lambda _r, d=dialog, item=row: self._linked(d, item))
        dialog.open()

    def _linked(self, dialog: LinkDialog, row: EvidenceItem) -> None:
        dialog.deleteLater()
        selected = self.selected()
        if self.session.alive and selected is not None and selected.id == row.id:
            self.details.setHtml(self._details_html(row))

    @Slot()
    def describe_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = dialogs.ask_text(
            self, self.tr("Describe evidence"), self.tr("What “%1” shows:").replace("%1", row.name), row.description
        )
        if text is None or not self.session.alive:
            return
        try:
            ChangeService(self.session.vault).edit("evidence", row.id, {"description": text.strip() or None})
        except Exception as exc:  # noqa: BLE001 - said to the user
            dialogs.warn(self, self.tr("Describe evidence"), Failure.of(exc).text())
            return
        self._reload_keeping(row.id)

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self.session.alive:
            return
        changes = EvidenceChanges(self.session.vault)
        try:
            plan = changes.removal(row.id)
        except Exception as exc:  # noqa: BLE001
            dialogs.warn(self, self.tr("Delete evidence"), Failure.of(exc).text())
            return
        text = self.tr(
            "“%1” will be deleted: its encrypted file is overwritten and removed from the vault, and cannot "
            "be brought back."
        ).replace("%1", row.name)
        text += "\n\n" + self.tr(
            "What remains: its SHA-256 and its custody trail (%1) stay in the audit log, so that its history "
            "can still be shown."
        ).replace("%1", counted.entries(plan.custody_entries))
        if plan.links:
            text += "\n" + self.tr("Its links to events and people (%1) are removed.").replace("%1", str(plan.links))
        if plan.copies:
            text += "\n" + self.tr("The copies made of it for packs (%1) are deleted too.").replace(
                "%1", str(plan.copies)
            )
        if not dialogs.confirm(self, self.tr("Delete evidence"), text, self.tr("Delete for good"), self.tr("Keep it")):
            return
        if not self.session.alive:
            return
        try:
            changes.delete(row.id)
        except Exception as exc:  # noqa: BLE001
            dialogs.warn(self, self.tr("Delete evidence"), Failure.of(exc).text())
            return
        if self.case_id is not None:
            self.load(self.case_id)
        self.records_changed.emit()

    def _reload_keeping(self, evidence_id: str) -> None:
        if self.case_id is not None and self.session.alive:
            self.load(self.case_id)
            self.show_entity("evidence", evidence_id)

    def show_entity(self, entity: str, entity_id: str) -> bool:
        return entity == "evidence" and select_row(self.view, self.model, lambda r: r.id, entity_id)

    def purge(self) -> None:
        super().purge()
        self.model.purge()
        self._clear_selection_view()
        self._preview_worker = None
