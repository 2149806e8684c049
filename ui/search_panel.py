"""Search across the vault as you type (debounced), results grouped by kind."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem

from app.services import search as search_service
from ui import fmt
from ui.errors import message
from ui.i18n import on_language_change, set_texts
from ui.session import Session

DEBOUNCE_MS = 250
LIMIT = 40
GROUPS = (
    ("persons", QT_TRANSLATE_NOOP("SearchResults", "People")),
    ("events", QT_TRANSLATE_NOOP("SearchResults", "Events")),
    ("evidence", QT_TRANSLATE_NOOP("SearchResults", "Evidence")),
    ("sources", QT_TRANSLATE_NOOP("SearchResults", "Sources")),
    ("communications", QT_TRANSLATE_NOOP("SearchResults", "Communications")),
    ("organisations", QT_TRANSLATE_NOOP("SearchResults", "Organisations")),
)
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchField(QLineEdit):
    """The search box; Down moves into the results, Escape clears."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)


class SearchResults(QTreeWidget):
    """Hits grouped under their kind; Enter or a click opens one."""

    opened = Signal(object)  # Hit

    def __init__(self, session: Session, field: SearchField) -> None:
        super().__init__()
        self.session = session
        self.field = field
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        set_texts(self, accessibleName=lambda: self.tr("Search results"))
        self.setMaximumHeight(260)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        field.textChanged.connect(self._typed)
        field.returnPressed.connect(self._open_first)
        field.move_down.connect(self._enter)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.installEventFilter(self)
        session.register(self)
        on_language_change(self, self._language_changed)

    def _language_changed(self) -> None:
        if self.isVisible() and self.field.text().strip():
            self.run()

    @Slot(str)
    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self.purge()
            return
        self.timer.start()

    @Slot()
    def run(self) -> None:
        query = self.field.text()
        if not self.session.alive or not query.strip():
            return
        self.clear()
        try:
            hits = search_service.search(self.session.vault, query, limit=LIMIT)
        except Exception as exc:  # noqa: BLE001 - search failing must not take the window down
            item = QTreeWidgetItem([self.tr("Search is not available: %1").replace("%1", message(exc))])
            self.addTopLevelItem(item)
            self.show()
            return
        if not hits:
            self.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing found for “%1”.").replace("%1", query)]))
        for entity, title in GROUPS:
            group = [h for h in hits if h.entity == entity]
            if not group:
                continue
            title_text = QCoreApplication.translate("SearchResults", title)
            head = QTreeWidgetItem([f"{title_text} ({fmt.number(len(group))})"])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            for hit in group:
                text = hit.label if not hit.matched or hit.matched == hit.label else f"{hit.label}  —  {hit.matched}"
                item = QTreeWidgetItem(["    " + text])
                item.setData(0, HIT_ROLE, hit)
                self.addTopLevelItem(item)
        self.show()

    def hits(self) -> list:
        out = []
        for i in range(self.topLevelItemCount()):
            hit = self.topLevelItem(i).data(0, HIT_ROLE)
            if hit is not None:
                out.append(hit)
        return out

    def group_titles(self) -> list[str]:
        return [
            self.topLevelItem(i).text(0)
            for i in range(self.topLevelItemCount())
            if self.topLevelItem(i).data(0, HIT_ROLE) is None
        ]

    @Slot()
    def _enter(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run()
        for i in range(self.topLevelItemCount()):
            if self.topLevelItem(i).data(0, HIT_ROLE) is not None:
                self.setCurrentItem(self.topLevelItem(i))
                self.setFocus()
                return

    @Slot()
    def _open_first(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run()
        hits = self.hits()
        if hits:
            self._open(hits[0])

    @Slot(QTreeWidgetItem)
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self._open(hit)

    def _open(self, hit: object) -> None:
        self.field.clear()
        self.purge()
        self.opened.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                self.field.setFocus()
                return True
            if key == Qt.Key.Key_Up and self.currentIndex().row() <= 1:
                self.field.setFocus()
                return True
        return False

    def purge(self) -> None:
        self.timer.stop()
        self.clear()
        self.hide()
        if self.field.text():
            self.field.blockSignals(True)  # what was typed may be a name: it goes too
            self.field.clear()
            self.field.blockSignals(False)
