"""The unlock screen: passphrase (or recovery code), a clear message when it is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from app.keyboard import caps_lock_on, script_of
from storage.clock import Clock
from storage.header_codec import peek, vault_present
from storage.keystore import KeyStore
from ui.errors import Failure
from ui.i18n import Text, on_language_change, set_texts, text_of
from ui.widgets import StatusNote, button, card, heading, note, quiet
from ui.workers import Worker, WorkerPool

if TYPE_CHECKING:
    from storage.vault import Vault

__all__ = ["UnlockScreen", "vault_is_bound", "vault_present"]


def vault_is_bound(folder: Path) -> bool:
    """Whether the passphrase slot needs this computer's keychain. Read from the public header
    without the crypto libraries (a hint for the screen only: the unlock itself checks the header
    fully), so that they load after the window is on screen."""
    header = peek(folder)
    slots = header.get("slots") if header else None
    return isinstance(slots, list) and any(
        isinstance(s, dict) and s.get("id") == "passphrase" and s.get("pepper") == "keyring" for s in slots
    )


class UnlockScreen(QWidget):
    """Emits ``unlocked(vault)``."""

    unlocked = Signal(object)
    wipe_requested = Signal()

    def __init__(self, folder: Path, keystore: KeyStore, clock: Clock, pool: WorkerPool) -> None:
        super().__init__()
        self.folder, self.keystore, self.clock, self.pool = folder, keystore, clock, pool
        self.busy = False
        self.held = False  # the last vault is still closing: an unlock waits for it
        self._waiting = False
        self.title = heading(lambda: self.tr("Casefile is locked"))
        self.where = quiet(note(selectable=True))
        self.set_folder(folder)
        self.notice = StatusNote()
        self.prompt = note()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox()
        set_texts(
            self.use_recovery,
            text=lambda: self.tr("I forgot the passphrase: use the &recovery code"),
            accessibleName=lambda: self.tr("Use the recovery code instead of the passphrase"),
        )
        # What the keys type, never what was typed: Caps Lock, and the alphabet of the layout in use
        # (a passphrase chosen in one layout does not open the vault typed in another).
        self.caps_note = StatusNote()
        self.layout_note = quiet(note())
        self._caps: bool | None = None
        self._script: str | None = None
        self.secret.installEventFilter(self)
        self.keychain_note = quiet(note())
        self.status = StatusNote()
        self.unlock_button = button(lambda: self.tr("&Unlock"), default=True)
        self.wipe_button = button(
            lambda: self.tr("&Panic wipe…  (Ctrl+Shift+Del)"), lambda: self.tr("Panic wipe: destroy this vault")
        )
        self.wipe_button.setFlat(True)
        self.wipe_button.clicked.connect(self.wipe_requested)
        on_language_change(self, self._retranslate)
        self._retranslate()
        self.secret.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.use_recovery.toggled.connect(self._mode_changed)
        layout_card = card(
            self.title,
            self.where,
            self.notice,
            self.prompt,
            self.secret,
            self.caps_note,
            self.layout_note,
            self.use_recovery,
            self.keychain_note,
            self.status,
            self.unlock_button,
            self.wipe_button,
            max_width=480,
        )
        QVBoxLayout(self).addWidget(layout_card)
        QWidget.setTabOrder(self.secret, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.use_recovery)
        QWidget.setTabOrder(self.use_recovery, self.wipe_button)
        self.refresh()

    def _retranslate(self) -> None:
        """The texts that depend on the screen's state (passphrase or recovery code, bound vault)."""
        recovery = self.use_recovery.isChecked()
        if recovery:
            self.prompt.setText(self.tr("Type the recovery code you wrote down (dashes and spaces do not matter)."))
            self.secret.setAccessibleName(self.tr("Recovery code"))
        else:
            self.prompt.setText(self.tr("Type your passphrase to unlock."))
            self.secret.setAccessibleName(self.tr("Passphrase"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.status.setAccessibleName(self.tr("Unlock status"))
        self.where.setText(self.tr("Vault: %1").replace("%1", str(self.folder)))
        if self.keychain_note.text():
            self.keychain_note.setText(self._keychain_text())
        self._show_key_hints()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.secret and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            typed = event.text()
            caps = caps_lock_on(typed, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            script = script_of(typed)
            if (caps is not None and caps != self._caps) or (script is not None and script != self._script):
                self._caps = caps if caps is not None else self._caps
                self._script = script or self._script
                self._show_key_hints()
        return super().eventFilter(watched, event)

    def _show_key_hints(self) -> None:
        if self._caps:
            self.caps_note.say(lambda: self.tr("Caps Lock is on."), is_alert=True)
        else:
            self.caps_note.clear()
        self.caps_note.setVisible(bool(self._caps))
        self.caps_note.setAccessibleName(self.tr("Caps Lock"))
        texts = {
            "latin": lambda: self.tr("Keyboard: typing Latin letters (an English layout)."),
            "cyrillic": lambda: self.tr("Keyboard: typing Cyrillic letters (a Russian or Kazakh layout)."),
        }
        self.layout_note.setText(texts[self._script]() if self._script else "")
        self.layout_note.setAccessibleName(self.tr("Keyboard layout"))
        self.layout_note.setVisible(bool(self._script))

    def _keychain_text(self) -> str:
        return self.tr(
            "This vault is bound to a computer's keychain, and no keychain is available here: "
            "the passphrase alone cannot open it. Use the recovery code."
        )

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.where.setText(self.tr("Vault: %1").replace("%1", str(folder)))

    def refresh(self) -> None:
        """Called each time the screen is shown."""
        self.secret.clear()
        self._caps = self._script = None
        self._show_key_hints()
        self.status.clear()
        self._set_busy(False)
        bound = vault_is_bound(self.folder)
        if bound and not self.keystore.available():  # the keychain is asked only for a bound vault
            self.keychain_note.setText(self._keychain_text())
            self.use_recovery.setChecked(True)
        else:
            self.keychain_note.setText("")
        self.keychain_note.setVisible(bool(self.keychain_note.text()))
        self.secret.setFocus()

    def set_notice(self, text: Text) -> None:
        self.notice.say(text)
        self.notice.setVisible(bool(text_of(text)))

    @Slot(bool)
    def _mode_changed(self, recovery: bool) -> None:
        self.secret.clear()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self._retranslate()
        self.secret.setFocus()

    def hold(self, held: bool) -> None:
        """While the vault just locked is still closing (a worker finishing its save), an unlock asked
        for waits, then goes ahead by itself."""
        self.held = held
        if not held and self._waiting:
            self._waiting = False
            self.unlock()

    @Slot()
    def unlock(self) -> None:
        if self.busy:
            return
        secret = self.secret.text()
        if not secret.strip():
            self._fail(lambda: self.tr("Type the passphrase first."))
            return
        if self.held:
            self._waiting = True
            self.status.say(lambda: self.tr("Finishing the work that was running when Casefile locked…"))
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
        self.status.say(lambda: self.tr("Unlocking…"))
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

    @Slot(object, bool)
    def _failed(self, failure: Failure, cancelled: bool) -> None:
        self._set_busy(False)
        self._fail(failure.text)

    def _fail(self, message: Text) -> None:
        self.secret.clear()
        self.status.say(message, is_alert=True)
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
