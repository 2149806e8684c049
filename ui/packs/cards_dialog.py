"""Contact cards: this vault's own (a fingerprint in large type to read aloud, a QR code drawn in
memory, export to a file) and the partners' (import, then trust only after the user says they
compared the fingerprint with the partner)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.packs import CardError, ContactCard, PartnerBook, my_card, qr_png
from app.packs.cards import card_label, set_card_label
from storage.fsutil import atomic_write
from ui import dialogs
from ui.dialogs import choose_save_path
from ui.errors import message
from ui.i18n import set_texts
from ui.session import Session
from ui.steps import label_for, mono, row
from ui.widgets import StatusNote, button, heading, note, quiet

MAX_CARD_BYTES = 64 * 1024


class CardsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pending: ContactCard | None = None  # a card read from a file, waiting for the user's check
        set_texts(self, windowTitle=lambda: self.tr("Contact cards"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._mine(), "")
        self.tabs.addTab(self._partners(), "")
        set_texts(self.tabs, watch=self, accessibleName=lambda: self.tr("Contact cards"))
        self._name_tabs()
        self.close_button = button(lambda: self.tr("Close"), default=True)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row(None, self.close_button))
        self.resize(760, 640)
        session.register(self)
        self.show_my_card()
        self.reload()

    def _name_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("&My card"))
        self.tabs.setTabText(1, self.tr("&Partners"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._name_tabs()
        super().changeEvent(event)

    # -- my card --------------------------------------------------------------------------

    def _mine(self) -> QWidget:
        page = QWidget()
        self.label_field = QLineEdit()
        set_texts(self.label_field, accessibleName=lambda: self.tr("The name partners see on your card"))
        self.save_label_button = button(lambda: self.tr("&Save name"))
        self.save_label_button.clicked.connect(self.save_label)
        self.fingerprint = QLabel()
        mono(self.fingerprint, 2.0)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_texts(self.fingerprint, accessibleName=lambda: self.tr("Your fingerprint"))
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_texts(self.qr, accessibleName=lambda: self.tr("Your card as a QR code"))
        self.export_button = button(lambda: self.tr("&Export card to a file…"))
        self.export_button.clicked.connect(self.export)
        self.mine_status = StatusNote()
        layout = QVBoxLayout(page)
        layout.addLayout(
            row(
                label_for(lambda: self.tr("&Name on the card:"), self.label_field),
                self.label_field,
                self.save_label_button,
            )
        )
        layout.addWidget(heading(lambda: self.tr("Your fingerprint"), 3))
        layout.addWidget(self.fingerprint)
        layout.addWidget(
            quiet(
                note(
                    lambda: self.tr(
                        "When you give your card to a partner, read this fingerprint to them, in person or on a call "
                        "you trust, and have them read theirs to you: that is how each of you knows that the card "
                        "was not swapped."
                    )
                )
            )
        )
        layout.addWidget(self.qr, 1)
        layout.addLayout(row(None, self.export_button))
        layout.addWidget(self.mine_status)
        return page

    def my_card(self) -> ContactCard:
        vault = self.session.vault
        return my_card(vault, card_label(vault))

    def show_my_card(self) -> None:
        card = self.my_card()
        self.label_field.setText(card.label)
        self.fingerprint.setText(card.fingerprint)
        png = qr_png(card, scale=4)
        if png is None:
            self.qr.setText(self.tr("(No QR code: the optional “segno” package is not installed.)"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")  # in memory only
            self.qr.setPixmap(pixmap)

    @Slot()
    def save_label(self) -> None:
        try:
            set_card_label(self.session.vault, self.label_field.text().strip())
        except CardError as exc:
            self.mine_status.say(message(exc), is_alert=True)
            return
        self.mine_status.say(lambda: self.tr("Saved. Export your card again for partners to see the new name."))
        self.show_my_card()

    @Slot()
    def export(self) -> Path | None:
        """Write the card (JSON), its signing key as PEM (for OpenSSL users) and the QR code as PNG."""
        path = choose_save_path(
            self, self.tr("Save your contact card as"), "my.card", self.tr("Contact cards (*.card)")
        )
        if path is None or not self.session.alive:
            return None
        card = self.my_card()
        written = [path]
        try:
            atomic_write(path, card.to_json().encode("utf-8"), mode=0o644)
            atomic_write(path.with_suffix(".pem"), (card.signing_key_pem or "").encode("ascii"), mode=0o644)
            written.append(path.with_suffix(".pem"))
            png = qr_png(card)
            if png is not None:
                atomic_write(path.with_suffix(".png"), png, mode=0o644)
                written.append(path.with_suffix(".png"))
        except OSError as exc:
            self.mine_status.say(message(exc), is_alert=True)
            return None
        self.mine_status.say(self.tr("Saved: %1").replace("%1", ", ".join(p.name for p in written)))
        return path

    # -- partners -------------------------------------------------------------------------

    def _partners(self) -> QWidget:
        page = QWidget()
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        set_texts(self.table, accessibleName=lambda: self.tr("Partner cards"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.import_button = button(lambda: self.tr("&Import a partner's card…"))
        self.import_button.clicked.connect(self.import_card)
        self.trust_button = button(lambda: self.tr("&Check and trust…"))
        self.trust_button.clicked.connect(self.check_selected)
        self.trust_button.setEnabled(False)

        self.check_box = QFrame()
        self.check_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.pending_label = heading("", 3)
        self.pending_fp = QLabel()
        mono(self.pending_fp, 2.0)
        self.pending_fp.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pending_fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_texts(self.pending_fp, accessibleName=lambda: self.tr("Fingerprint of the card"))
        self.compared = QCheckBox()
        set_texts(
            self.compared,
            text=lambda: self.tr("I &compared this fingerprint with my partner, and it is exactly the same"),
        )
        self.compared.toggled.connect(lambda on: self.add_trusted_button.setEnabled(on))
        self.add_trusted_button = button(lambda: self.tr("&Trust this card"), default=True)
        self.add_trusted_button.setEnabled(False)
        self.add_trusted_button.clicked.connect(lambda: self.add_pending(trusted=True))
        self.add_untrusted_button = button(lambda: self.tr("Add &without trusting"))
        self.add_untrusted_button.clicked.connect(lambda: self.add_pending(trusted=False))
        self.discard_button = button(lambda: self.tr("&Discard"))
        self.discard_button.clicked.connect(self.discard_pending)
        check = QVBoxLayout(self.check_box)
        check.addWidget(self.pending_label)
        check.addWidget(self.pending_fp)
        self.compared.setStyleSheet("QCheckBox { font-weight: 600; }")
        check.addWidget(
            quiet(
                note(
                    lambda: self.tr(
                        "Ask your partner to read their fingerprint to you, in person or on a call you trust. If a "
                        "single character differs, do not trust the card: someone may have replaced it on the way."
                    )
                )
            )
        )
        check.addWidget(self.compared)
        check.addLayout(row(None, self.discard_button, self.add_untrusted_button, self.add_trusted_button))
        self.check_box.hide()
        self.partners_status = StatusNote()

        layout = QVBoxLayout(page)
        layout.addWidget(
            note(
                lambda: self.tr(
                    "Packs are encrypted only for trusted partners, and a pack is accepted only from a trusted signer."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row(None, self.trust_button, self.import_button))
        layout.addWidget(self.check_box)
        layout.addWidget(self.partners_status)
        return page

    def reload(self) -> None:
        self.partners = PartnerBook(self.session.vault).all()
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Fingerprint"), self.tr("Trusted")])
        self.table.setRowCount(len(self.partners))
        for i, p in enumerate(self.partners):
            fp = QTableWidgetItem(p.fingerprint)
            mono_font = self.fingerprint.font()
            mono_font.setPointSizeF(self.table.font().pointSizeF())
            fp.setFont(mono_font)
            trusted = self.tr("yes") if p.trusted else self.tr("NO: not checked")
            for column, item in ((0, QTableWidgetItem(p.label)), (1, fp), (2, QTableWidgetItem(trusted))):
                self.table.setItem(i, column, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self._selection_changed()

    def _selection_changed(self) -> None:
        i = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection() and 0 <= i < len(self.partners)
        self.trust_button.setEnabled(selected and not self.partners[i].trusted)

    @Slot()
    def import_card(self) -> ContactCard | None:
        chosen = dialogs.choose_files(self, self.tr("Choose a partner's contact card"))
        if not chosen or not self.session.alive:
            return None
        try:
            with open(chosen[0], "rb") as f:
                data = f.read(MAX_CARD_BYTES + 1)
            card = ContactCard.from_json(data)
        except (OSError, CardError) as exc:
            self.partners_status.say(message(exc), is_alert=True)
            return None
        self.ask_to_check(card)
        return card

    @Slot()
    def check_selected(self) -> None:
        i = self.table.currentRow()
        if 0 <= i < len(self.partners):
            self.ask_to_check(self.partners[i].card)

    def ask_to_check(self, card: ContactCard) -> None:
        self.pending = card
        self.tabs.setCurrentIndex(1)
        self.pending_label.setText(self.tr("Card of “%1”").replace("%1", card.label))
        self.pending_fp.setText(card.fingerprint)
        self.compared.setChecked(False)
        self.add_trusted_button.setEnabled(False)
        self.partners_status.clear()
        self.check_box.show()
        self.compared.setFocus()

    def add_pending(self, *, trusted: bool) -> None:
        if self.pending is None or (trusted and not self.compared.isChecked()):
            return
        try:
            partner = PartnerBook(self.session.vault).add(self.pending, trusted=trusted)
        except CardError as exc:
            self.partners_status.say(message(exc), is_alert=True)
            return
        self.discard_pending()
        if partner.trusted:
            self.partners_status.say(self.tr("%1 is trusted.").replace("%1", partner.label))
        else:
            self.partners_status.say(self.tr("%1 was added, not trusted yet.").replace("%1", partner.label))
        self.reload()

    @Slot()
    def discard_pending(self) -> None:
        self.pending = None
        self.compared.setChecked(False)
        self.check_box.hide()

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self.check_box.isVisible():  # Esc first drops the card being checked
            self.discard_pending()
            return
        super().reject()

    def purge(self) -> None:
        self.pending = None
        self.partners = []
        self.table.setRowCount(0)
        self.check_box.hide()
        if self.isVisible():
            self.hide()
