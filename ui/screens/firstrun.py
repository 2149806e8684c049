"""First run: create a vault (passphrase, recovery code confirmed by retyping its last group,
optional binding to this computer), or open the demo vault to practise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import recovery
from storage.clock import Clock
from storage.keystore import KeyStore, NoKeychain
from ui.errors import Failure, message
from ui.i18n import Text, on_language_change, set_texts
from ui.screens.recovery_code import RecoveryCodePage
from ui.screens.strength import verdict
from ui.widgets import StatusNote, buddy, button, card, heading, label, note, quiet
from ui.workers import Worker, WorkerPool

if TYPE_CHECKING:
    from storage.kdf import KdfParams
    from storage.vault import Vault


class FirstRunScreen(QWidget):
    """Emits ``created(vault)`` once the recovery code is confirmed; ``demo_requested`` for the demo."""

    created = Signal(object)
    demo_requested = Signal()

    def __init__(
        self,
        folder: Path,
        keystore: KeyStore,
        clock: Clock,
        pool: WorkerPool,
        kdf: KdfParams | None = None,
        allow_below_floor: bool = False,
    ) -> None:
        super().__init__()
        self.folder, self.keystore, self.clock, self.pool = folder, keystore, clock, pool
        self.kdf, self.allow_below_floor = kdf, allow_below_floor
        self.vault: Vault | None = None
        self.recovery_code = ""
        self._refusal_shown = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_recovery())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page 1: passphrase ---------------------------------------------------------------

    def _build_form(self) -> QWidget:
        title = heading(lambda: self.tr("Create your Casefile vault"))
        intro = note(
            lambda: self.tr(
                "Everything you record is kept encrypted in one folder on this computer. Nobody can open it "
                "without your passphrase: not us, not someone who takes the laptop. Choose a passphrase of "
                "four or more unrelated words, and remember which keyboard layout you type it in."
            )
        )
        where = quiet(note(lambda: self.tr("Vault folder: %1").replace("%1", str(self.folder)), selectable=True))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        set_texts(self.passphrase, accessibleName=lambda: self.tr("New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        set_texts(self.confirm, accessibleName=lambda: self.tr("Repeat the passphrase"))
        self.show_box = QCheckBox()
        set_texts(
            self.show_box,
            text=lambda: self.tr("Show what I type"),
            accessibleName=lambda: self.tr("Show the passphrase"),
        )
        self.strength = StatusNote()
        set_texts(self.strength, accessibleName=lambda: self.tr("Passphrase strength"))
        self.match = StatusNote()
        form = QFormLayout()
        form.addRow(buddy(label(lambda: self.tr("&Passphrase:")), self.passphrase), self.passphrase)
        form.addRow(buddy(label(lambda: self.tr("&Repeat it:")), self.confirm), self.confirm)
        form.addRow("", self.show_box)
        form.addRow("", self.strength)
        form.addRow("", self.match)
        form_box = QWidget()
        form_box.setLayout(form)

        self.bind_box = QCheckBox()
        set_texts(
            self.bind_box,
            text=lambda: self.tr("Bind this vault to this computer"),
            accessibleName=lambda: self.tr("Bind this vault to this computer"),
        )
        bind_text = lambda: self.tr(  # noqa: E731 - a text that follows the language
            "This computer's keychain then holds a second key. A copy of the vault folder (a backup, a USB "
            "stick, a disk image) will not open anywhere else, even with the passphrase. It does not help if "
            "this laptop itself is seized while you are logged in. If the computer breaks or is reinstalled, "
            "only the recovery code opens the vault."
        )
        if not self.keystore.available():
            self.bind_box.setEnabled(False)
            bind_text = lambda: message(NoKeychain())  # noqa: E731
        self.bind_note = quiet(note(bind_text))

        self.status = StatusNote()
        set_texts(self.status, accessibleName=lambda: self.tr("Status"))
        self.create_button = button(lambda: self.tr("Create &vault"), default=True)
        self.demo_button = button(lambda: self.tr("Open the &demo vault instead"))
        set_texts(self.demo_button, toolTip=lambda: self.tr("A practice vault with the Atajurt activists' case."))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.create_button)
        row.addStretch(1)
        row.addWidget(self.demo_button)

        self.passphrase.textChanged.connect(self._typed)
        self.confirm.textChanged.connect(self._typed)
        self.show_box.toggled.connect(self._toggle_echo)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self.create)
        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.demo_requested)
        self._update_hints()
        on_language_change(self.strength, self._update_hints)
        page = card(title, intro, where, form_box, self.bind_box, self.bind_note, self.status, buttons)
        QWidget.setTabOrder(self.passphrase, self.confirm)
        QWidget.setTabOrder(self.confirm, self.show_box)
        QWidget.setTabOrder(self.show_box, self.bind_box)
        QWidget.setTabOrder(self.bind_box, self.create_button)
        QWidget.setTabOrder(self.create_button, self.demo_button)
        return page

    def _context(self) -> list[str]:
        """Words a guesser tries first on this computer: the vault's folder names."""
        return [self.folder.name, self.folder.parent.name]

    @Slot(bool)
    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    @Slot()
    def _typed(self) -> None:
        self._update_hints()
        if self._refusal_shown:  # a refusal was about what was typed before: it no longer holds
            self._refusal_shown = False
            self.status.clear()

    @Slot()
    def _update_hints(self) -> None:
        text = self.passphrase.text()
        if text:
            hint, ok = verdict(text, self._context())
        else:
            hint, ok = self.tr("Four or more unrelated words make a strong passphrase."), True
        self.strength.say(hint, is_alert=not ok)
        if self.confirm.text() and self.confirm.text() != text:
            self.match.say(lambda: self.tr("The two passphrases differ."))
        else:
            self.match.clear()

    @Slot()
    def create(self) -> None:
        text = self.passphrase.text()
        if self.confirm.text() != text:
            self._fail(lambda: self.tr("The two passphrases differ; type the same passphrase twice."))
            self.confirm.setFocus()
            return
        hint, ok = verdict(text, self._context())
        if not ok:
            self._fail(lambda: verdict(self.passphrase.text(), self._context())[0])
            self.passphrase.setFocus()
            return
        self._busy(
            True,
            lambda: self.tr(
                "Creating the vault… This takes a few seconds: the passphrase is stretched so that guessing it is slow."
            ),
        )
        folder, keystore, clock, kdf = self.folder, self.keystore, self.clock, self.kdf
        bind, below = self.bind_box.isChecked(), self.allow_below_floor

        def job(progress: object, cancel: object) -> tuple[Vault, str]:
            from storage.vault import Vault

            vault, code = Vault.create(
                folder, text, kdf=kdf, keystore=keystore, bind_to_device=bind, clock=clock, allow_below_floor=below
            )
            # Until its last group is typed back, each unlock reminds the user (the app may be quit now).
            recovery.mark_unconfirmed(vault)
            return vault, code

        worker = Worker(job, "create-vault")
        worker.finished.connect(self._created)
        worker.failed.connect(self._failed)
        self.pool.start(worker)

    @Slot(object)
    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_code = result
        self.passphrase.clear()
        self.confirm.clear()
        self._busy(False, "")
        self.pages.setCurrentIndex(1)
        self.recovery.show_code(self.recovery_code)

    @Slot(object, bool)
    def _failed(self, failure: Failure, cancelled: bool) -> None:
        self._busy(False, "")
        self._fail(failure.text)

    def _fail(self, message: Text) -> None:
        self.status.say(message, is_alert=True)
        self._refusal_shown = True

    def set_notice(self, text: Text) -> None:
        """Something to say as the screen is shown (that a vault was wiped), or nothing."""
        if text:
            self.status.say(text)
        else:
            self.status.clear()

    def _busy(self, busy: bool, message: Text) -> None:
        for w in (self.passphrase, self.confirm, self.create_button, self.demo_button, self.bind_box):
            w.setEnabled(not busy and (w is not self.bind_box or self.keystore.available()))
        self.status.say(message)

    # -- page 2: recovery code ----------------------------------------------------------------

    def _build_recovery(self) -> QWidget:
        self.recovery = RecoveryCodePage(
            lambda: self.tr("Write down your recovery code"),
            lambda: self.tr(
                "If you forget the passphrase, this code is the only other way into the vault. Write it on paper "
                "now and keep the paper away from this computer. It is shown only once."
            ),
            lambda: self.tr("I have written it down: &continue"),
        )
        self.recovery.confirmed.connect(self.finish)
        # aliases kept for the screens' callers and tests
        self.code_label, self.retype, self.continue_button = (
            self.recovery.code_label,
            self.recovery.retype,
            self.recovery.continue_button,
        )
        return card(*self.recovery.widgets)

    @Slot()
    def finish(self) -> None:
        if not self.recovery.retype_ok() or self.vault is None:
            return
        vault, self.vault = self.vault, None
        self.recovery_code = ""
        self.recovery.clear()
        recovery.mark_confirmed(vault)
        self.created.emit(vault)

    def discard(self) -> None:
        """Close a vault created but not yet handed over (the window is closing)."""
        if self.vault is not None:
            self.vault.close()
            self.vault = None
