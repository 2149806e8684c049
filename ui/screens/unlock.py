"""The unlock screen: passphrase (or recovery code), a clear message when it is wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from storage.clock import Clock
from storage.keystore import KeyStore
from ui.widgets import alert, button, card, heading, note, quiet
from ui.workers import Worker, WorkerPool

if TYPE_CHECKING:
    from storage.vault import Vault

HEADER_NAME = "vault.json"  # storage.vault.HEADER_NAME, without importing the crypto stack at start-up


def vault_is_bound(folder: Path) -> bool:
    """Whether the passphrase slot needs this computer's keychain. Read from the public header as
    plain JSON (a hint for the screen only: the unlock itself checks the header fully), so that the
    crypto libraries load after the window is on screen."""
    try:
        with open(folder / HEADER_NAME, encoding="utf-8") as f:
            header = json.loads(f.read(64 * 1024))
        return any(
            isinstance(s, dict) and s.get("id") == "passphrase" and s.get("pepper") == "keyring"
            for s in header.get("slots", [])
        )
    except (OSError, ValueError, AttributeError):
        return False


class UnlockScreen(QWidget):
    """Emits ``unlocked(vault)``."""

    unlocked = Signal(object)

    def __init__(self, folder: Path, keystore: KeyStore, clock: Clock, pool: WorkerPool) -> None:
        super().__init__()
        self.folder, self.keystore, self.clock, self.pool = folder, keystore, clock, pool
        self.busy = False
        self.title = heading(self.tr("Casefile is locked"))
        self.where = quiet(note(self.tr("Vault: %1").replace("%1", str(folder)), selectable=True))
        self.notice = note()
        self.notice.setAccessibleName(self.tr("Notice"))
        self.prompt = note(self.tr("Type your passphrase to unlock."))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.use_recovery = QCheckBox(self.tr("I forgot the passphrase: use the &recovery code"))
        self.use_recovery.setAccessibleName(self.tr("Use the recovery code instead of the passphrase"))
        self.keychain_note = quiet(note())
        self.status = note()
        self.status.setAccessibleName(self.tr("Unlock status"))
        self.unlock_button = button(self.tr("&Unlock"), default=True)
        self.secret.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.use_recovery.toggled.connect(self._mode_changed)
        layout_card = card(
            self.title,
            self.where,
            self.notice,
            self.prompt,
            self.secret,
            self.use_recovery,
            self.keychain_note,
            self.status,
            self.unlock_button,
            max_width=480,
        )
        QVBoxLayout(self).addWidget(layout_card)
        QWidget.setTabOrder(self.secret, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.use_recovery)
        self.refresh()

    def refresh(self) -> None:
        """Called each time the screen is shown."""
        self.secret.clear()
        self.status.clear()
        self._set_busy(False)
        bound = vault_is_bound(self.folder)
        if bound and not self.keystore.available():  # the keychain is asked only for a bound vault
            self.keychain_note.setText(
                self.tr(
                    "This vault is bound to a computer's keychain, and no keychain is available here: "
                    "the passphrase alone cannot open it. Use the recovery code."
                )
            )
            self.use_recovery.setChecked(True)
        else:
            self.keychain_note.setText("")
        self.keychain_note.setVisible(bool(self.keychain_note.text()))
        self.secret.setFocus()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot(bool)
    def _mode_changed(self, recovery: bool) -> None:
        self.secret.clear()
        if recovery:
            self.prompt.setText(self.tr("Type the recovery code you wrote down (dashes and spaces do not matter)."))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setAccessibleName(self.tr("Recovery code"))
        else:
            self.prompt.setText(self.tr("Type your passphrase to unlock."))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.setFocus()

    @Slot()
    def unlock(self) -> None:
        if self.busy:
            return
        secret = self.secret.text()
        if not secret.strip():
            self._fail(self.tr("Type the passphrase first."))
            return
        recovery = self.use_recovery.isChecked()
        folder, keystore, clock = self.folder, self.keystore, self.clock

        def job(progress: object, cancel: object) -> Vault:
            # While the key is derived, load the code of the unlocked window here rather than
            # on the GUI thread afterwards.
            import ui.workspace  # noqa: F401
            from storage.vault import Vault

            if recovery:
                return Vault.open(folder, recovery_code=secret, keystore=keystore, clock=clock)
            return Vault.open(folder, passphrase=secret, keystore=keystore, clock=clock)

        self._set_busy(True)
        self.status.setText(self.tr("Unlocking…"))
        alert(self.status, False)
        worker = Worker(job, "unlock")
        worker.finished.connect(self._opened)
        worker.failed.connect(self._failed)
        self.pool.start(worker)

    @Slot(object)
    def _opened(self, vault: Vault) -> None:
        self.secret.clear()
        self.status.clear()
        self.notice.clear()
        self._set_busy(False)
        self.unlocked.emit(vault)

    @Slot(str, bool)
    def _failed(self, message: str, cancelled: bool) -> None:
        self._set_busy(False)
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.secret.clear()
        self.status.setText(message)
        alert(self.status, True)
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
