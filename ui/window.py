"""The main window: first-run, unlock and the workspace, and the one ``lock()`` that takes
everything back (KeePassXC's lessons: one lock at a time, close this window's dialogs first, let a
running save finish, clear the clipboard if it is still ours, close the database, drop every model
and picture).

The lock never waits on the window's thread: it asks running work to stop and takes the interface
back at once (the unlock screen shows, every model forgets its rows); the database closes when the
last worker has reported back, which may be a moment later if a save was past its last check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from app import __version__
from storage.clock import Clock
from storage.keystore import KeyStore, NoKeyStore
from ui import dialogs
from ui.autolock import DEFAULT_IDLE_SECONDS, AutoLock, SuspendAwareClock
from ui.clipboard import ClipboardGuard
from ui.errors import message
from ui.i18n import LANGUAGE_NAMES, Text, Vocab, apply_language, counted, set_texts, text_of
from ui.screens.unlock import UnlockScreen, vault_present
from ui.settings import LANGUAGES, UiSettings
from ui.wipe import SURVIVES_LOCK, WIPE_SHORTCUT
from ui.workers import Worker, WorkerPool

if TYPE_CHECKING:  # imported when first needed: the unlock window must appear fast
    from storage.kdf import KdfParams
    from storage.vault import Vault
    from ui.screens.firstrun import FirstRunScreen
    from ui.session import Session
    from ui.wipe import WipeDialog
    from ui.workspace import Workspace

DEMO_PASSPHRASE = "demo passphrase"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def demo_folder(folder: Path) -> Path:
    return folder.with_name(folder.name + "-demo")


class PanicKeyFilter(QObject):
    """Ctrl+L locks and Ctrl+Shift+Del asks for the panic wipe from anywhere, including from inside a
    modal dialog (where the window's own shortcuts do not reach)."""

    lock_pressed = Signal()
    wipe_pressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key: QKeyEvent = event  # type: ignore[assignment]
            modifiers = key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key.key() == Qt.Key.Key_L and modifiers == Qt.KeyboardModifier.ControlModifier:
                self.lock_pressed.emit()
                return True
            if key.key() == Qt.Key.Key_Delete and modifiers == CTRL_SHIFT:
                self.wipe_pressed.emit()
                return True
        return False


class MainWindow(QMainWindow):
    locked = Signal()  # the interface is locked (the vault may still be closing)
    keys_destroyed = Signal()  # a panic wipe has destroyed the vault's keys (its files go next)
    lock_finished = Signal()  # the vault is closed: its key is gone from this process
    unlocked = Signal()

    def __init__(
        self,
        folder: Path,
        *,
        keystore: KeyStore | None = None,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
        allow_below_floor: bool = False,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        settings: UiSettings | None = None,
        language: str = "en",
    ) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.keystore = keystore or NoKeyStore()
        self.clock = clock or SuspendAwareClock()
        self.kdf, self.allow_below_floor = kdf, allow_below_floor
        self.settings = settings or UiSettings()
        self.language = language if language in LANGUAGES else "en"
        self.vocab = Vocab(self.language)
        apply_language(self.language)
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._locking = False  # a lock is under way (it may run nested event loops: never twice)
        self._closing: Session | None = None  # locked, its vault closes when the workers are done
        self.pool = WorkerPool(self)
        self.pool.idle.connect(self._finish_lock)
        self.clipboard = ClipboardGuard(self)
        self.autolock = AutoLock(self.clock, idle_seconds, self)
        self.autolock.idle.connect(self._idle)
        self.lock_keys = PanicKeyFilter(self)
        self.lock_keys.lock_pressed.connect(self.lock)
        self.lock_keys.wipe_pressed.connect(self.panic_wipe)
        self._wipe_dialog: WipeDialog | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lock_keys)
        self.setWindowTitle(f"Casefile {__version__}")
        self.setMinimumSize(960, 620)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._first_run: FirstRunScreen | None = None
        self.unlock_screen = UnlockScreen(self.folder, self.keystore, self.clock, self.pool)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.wipe_requested.connect(self.panic_wipe)
        self.stack.addWidget(self.unlock_screen)
        self._build_menus()
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        self.show_start_screen()

    # -- menus ---------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: Callable[[], str],
        slot: object,
        shortcut: QKeySequence | str | None = None,
        needs_vault: bool = True,
    ) -> QAction:
        action = QAction(self)
        set_texts(action, watch=self, text=text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if needs_vault:
            self._vault_actions.append(action)
        return action

    def _menu(self, text: Callable[[], str], parent: QMenu | None = None) -> QMenu:
        menu = (parent or self.menuBar()).addMenu("")
        set_texts(menu, watch=self, title=text)
        return menu

    def _build_menus(self) -> None:
        self._vault_actions: list[QAction] = []
        vault_menu = self._menu(lambda: self.tr("Vau&lt"))
        self.lock_action = self._action(vault_menu, lambda: self.tr("&Lock now"), self.lock, "Ctrl+L")
        from ui import integrity  # Check the vault…, and what opening the vault found

        integrity.install(self, vault_menu)
        vault_menu.addSeparator()
        self._action(vault_menu, lambda: self.tr("&Wipe after failed unlocks…"), self.choose_unlock_limit)
        self._action(vault_menu, lambda: self.tr("New recovery c&ode…"), self.new_recovery_code)
        # Never greyed out: a locked vault can be wiped too (from the menu, the shortcut or the lock screen).
        self.wipe_action = self._action(
            vault_menu, lambda: self.tr("&Panic wipe…"), self.panic_wipe, WIPE_SHORTCUT, needs_vault=False
        )
        vault_menu.addSeparator()
        self._action(vault_menu, lambda: self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, needs_vault=False)
        case_menu = self._menu(lambda: self.tr("&Case"))
        self._action(case_menu, lambda: self.tr("&Record incident…"), lambda: self._ws("record_incident"), "Ctrl+N")
        self._action(case_menu, lambda: self.tr("Add &person…"), lambda: self._ws("add_person"), "Ctrl+Shift+P")
        self._action(case_menu, lambda: self.tr("Add evidence &files…"), lambda: self._ws("add_files"), "Ctrl+Shift+E")
        self._action(case_menu, lambda: self.tr("Add &source…"), lambda: self._ws("add_source"))
        self._action(case_menu, lambda: self.tr("Add pr&oceeding…"), lambda: self._ws("add_proceeding"))
        self._action(case_menu, lambda: self.tr("Add &hearing…"), lambda: self._ws("add_hearing"))
        self._action(case_menu, lambda: self.tr("Add &measure…"), lambda: self._ws("add_measure"))
        self._action(case_menu, lambda: self.tr("Add &communication…"), lambda: self._ws("add_communication"))
        case_menu.addSeparator()
        self.undo_action = self._action(
            case_menu,
            lambda: self.tr("&Undo last change…"),
            lambda: self._ws("undo_last"),
            QKeySequence.StandardKey.Undo,
        )
        case_menu.addSeparator()
        self._action(case_menu, lambda: self.tr("&New case…"), lambda: self._ws("new_case"))
        view_menu = self._menu(lambda: self.tr("Vie&w"))
        self._action(
            view_menu, lambda: self.tr("&Find…"), lambda: self._ws("focus_search"), QKeySequence.StandardKey.Find
        )
        # The language is chosen in the menu and in a box at the right of the menu bar, each
        # language named in itself: someone who cannot read the current one still finds theirs.
        lang_menu = self._menu(lambda: self.tr("&Language"), view_menu)
        self.language_actions = QActionGroup(self)
        self.language_box = QComboBox()
        set_texts(self.language_box, accessibleName=lambda: self.tr("Language of the interface"))
        self.language_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            self.language_actions.addAction(action)
            lang_menu.addAction(action)
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.activated.connect(lambda i: self.set_language(self.language_box.itemData(i)))
        self.menuBar().setCornerWidget(self.language_box, Qt.Corner.TopRightCorner)
        self._show_language()
        self._set_vault_actions(False)
        from ui import packs, reports, uwazi_dialog  # the Share menu: reports, packs, cards, Uwazi export

        reports.install(self)
        packs.install(self)
        uwazi_dialog.install(self)

    def _show_language(self) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self.language)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.language)))

    def _ws(self, name: str) -> None:
        if self.workspace is not None:
            getattr(self.workspace, name)()

    def _set_vault_actions(self, enabled: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(enabled)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now, keeping everything open as it is: the case and its
        tab, forms and what was typed in them. Only the choice is remembered (in the settings)."""
        if lang not in LANGUAGES:
            return
        self.settings.set_language(lang)
        self.language = lang
        self.vocab.lang = lang  # shared with the session: labels of event types, roles, measures
        apply_language(lang)  # every widget hears of it before this returns
        self._show_language()

    # -- screens -------------------------------------------------------------------------

    @property
    def first_run(self) -> FirstRunScreen:
        """Built when first shown (it asks the system keychain, which is slow to load)."""
        if self._first_run is None:
            from ui.screens.firstrun import FirstRunScreen

            self._first_run = FirstRunScreen(
                self.folder, self.keystore, self.clock, self.pool, self.kdf, self.allow_below_floor
            )
            self._first_run.created.connect(self._unlocked)
            self._first_run.demo_requested.connect(self.open_demo)
            self.stack.addWidget(self._first_run)
        return self._first_run

    def show_start_screen(self, notice: Text = "") -> None:
        if vault_present(self.folder):
            self.unlock_screen.set_folder(self.folder)
            self.unlock_screen.refresh()
            self.unlock_screen.set_notice(notice)
            self.stack.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.secret.setFocus()
        else:
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.pages.setCurrentIndex(0)
            self.first_run.set_notice(notice)
            self.first_run.passphrase.setFocus()

    def is_unlocked(self) -> bool:
        return self.session is not None

    @Slot(object)
    def _unlocked(self, vault: Vault) -> None:
        from ui.session import Session
        from ui.workspace import Workspace

        self.folder = vault.folder
        self.session = Session(vault, self.clock, self.clipboard, self.vocab)
        self.workspace = Workspace(self.session, self.pool)
        self.workspace.lock_requested.connect(self.lock)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._set_vault_actions(True)
        self.autolock.arm()
        self.workspace.start()
        self.unlocked.emit()
        for notice in vault.notices:  # found at unlock: a header put back, a limit removed, a journal set aside
            dialogs.warn(self, self.tr("Opening the vault"), message(notice))
        if self.session is not None:
            from ui.recovery_dialog import remind_if_unconfirmed

            remind_if_unconfirmed(self, vault, self.pool)

    @Slot()
    def open_demo(self) -> None:
        """A practice vault beside the real one, with the Atajurt case and a known passphrase."""
        folder = demo_folder(self.folder)
        if vault_present(folder):
            self.folder = folder
            self.show_start_screen(
                lambda: self.tr("This is the demo vault. Its passphrase is: %1").replace("%1", DEMO_PASSPHRASE)
            )
            return
        kdf, below, keystore, clock = self.kdf, self.allow_below_floor, self.keystore, self.clock

        def job(progress: object, cancel: object) -> Vault:
            from app.demo import load_demo
            from storage.vault import Vault

            vault, _code = Vault.create(
                folder, DEMO_PASSPHRASE, kdf=kdf, keystore=keystore, clock=clock, allow_below_floor=below
            )
            try:
                load_demo(vault)
            except BaseException:
                vault.close()
                raise
            return vault

        self.first_run._busy(True, lambda: self.tr("Creating the demo vault…"))  # noqa: SLF001
        worker = Worker(job, "demo")
        worker.finished.connect(self._demo_ready)
        worker.failed.connect(self.first_run._failed)  # noqa: SLF001
        self.pool.start(worker)

    @Slot(object)
    def _demo_ready(self, vault: Vault) -> None:
        self.first_run._busy(False, "")  # noqa: SLF001
        self._unlocked(vault)

    # -- lock ------------------------------------------------------------------------------

    @Slot()
    def _idle(self) -> None:
        minutes = max(1, round(self.autolock.idle_seconds / 60))
        self.lock(lambda: counted.locked_after(minutes))

    @Slot()
    def lock(self, notice: Text = "", *, keep_drafts: bool = True) -> bool:
        """Take everything back. Returns False if there was nothing to lock (or a lock is under way).
        ``notice`` is shown on the unlock screen (a function giving it, so that it follows a language
        change). A panic wipe locks without saving the forms' drafts (``keep_drafts=False``)."""
        if self.session is None or self._locking:
            return False
        self._locking = True
        try:
            text = notice if isinstance(notice, str) or callable(notice) else ""
            self._take_back(self.session, text, keep_drafts)
        finally:
            self._locking = False
        self.locked.emit()
        self._finish_lock()
        return True

    def _take_back(self, session: Session, notice: Text, keep_drafts: bool) -> None:
        self.autolock.disarm()
        workspace = self.workspace
        # 1. Forms keep their drafts in the vault, then this window's dialogs close (ours and Qt's).
        if workspace is not None:
            try:
                if keep_drafts:
                    workspace.flush_drafts()
            except Exception:  # noqa: BLE001 - a failing draft save must not stop the lock
                pass
            workspace.close_forms_for_lock()
        close_dialogs(self)
        # 2. Running work is asked to stop (intakes delete what they wrote); a save past its last check
        #    finishes. The vault closes when the last worker has reported back (_finish_lock).
        running = [w for w in self.pool.running() if w.name.startswith("intake:")]
        self.pool.cancel_all()
        if running and not text_of(notice):
            notice = lambda: self.tr(  # noqa: E731 - a text that follows the language
                "An evidence intake was stopped by the lock; nothing of it was kept. Add the file again."
            )
        # 3. The clipboard, if it still holds what we put there.
        self.clipboard.clear_if_ours()
        # 4. Every model and picture forgets its rows now; the window shows the unlock screen.
        self.session = None
        self.workspace = None
        self._closing = session
        session.purge()
        if workspace is not None:
            self.stack.removeWidget(workspace)
            workspace.hide()
            workspace.deleteLater()
        self._set_vault_actions(False)
        self.show_start_screen(notice)

    @Slot()
    def _finish_lock(self) -> None:
        """Close the locked vault once no worker uses it any more."""
        if self._closing is None or self.pool.running():
            self.unlock_screen.hold(self._closing is not None)
            return
        session, self._closing = self._closing, None
        session.close()
        self.unlock_screen.hold(False)
        self.lock_finished.emit()

    def is_locking(self) -> bool:
        """Locked, and the vault not yet closed (a worker is finishing)."""
        return self._closing is not None

    @Slot()
    def new_recovery_code(self) -> bool:
        """A new recovery code, in force once the user types back its last group."""
        if self.session is None:
            return False
        from ui.recovery_dialog import new_recovery_code

        return new_recovery_code(self, self.session.vault, self.pool)

    @Slot()
    def choose_unlock_limit(self) -> None:
        """Off, or wipe the vault after N wrong passphrases in a row (DESIGN §3)."""
        if self.session is None:
            return
        vault = self.session.vault
        choices = [0, 3, 5, 10, 20]
        labels = [self.tr("Off")] + [self.tr("After %1 failed unlocks").replace("%1", str(n)) for n in choices[1:]]
        current = vault.unlock_limit
        if current not in choices:
            choices.append(current)
            labels.append(self.tr("After %1 failed unlocks").replace("%1", str(current)))
        picked = dialogs.choose(
            self,
            self.tr("Wipe after failed unlocks"),
            self.tr("Destroy this vault after this many wrong passphrases or recovery codes in a row:"),
            labels,
        )
        if picked is None or choices[picked] == current:
            return
        limit = choices[picked]
        if limit and not dialogs.confirm(
            self,
            self.tr("Wipe after failed unlocks"),
            self.tr(
                "After %1 wrong attempts in a row the vault is destroyed for good, even if it was you "
                "mistyping. A successful unlock starts the count again."
            ).replace("%1", str(limit)),
        ):
            return
        from storage.errors import VaultError

        try:
            vault.set_unlock_limit(limit)
        except (OSError, VaultError) as exc:
            dialogs.warn(self, self.tr("Wipe after failed unlocks"), message(exc))

    @Slot()
    def panic_wipe(self) -> None:
        """Ask for the wipe word (Ctrl+Shift+Del, the Vault menu, the lock screen); locked or not."""
        from ui import wipe

        if self._wipe_dialog is not None:  # already asking: bring it to the front
            self._wipe_dialog.raise_()
            self._wipe_dialog.activateWindow()
            self._wipe_dialog.word.setFocus()
            return
        if not vault_present(self.folder):
            dialogs.inform(self, wipe.title(), self.tr("There is no vault here: nothing to wipe."))
            return
        dialog = wipe.ask(self, self._wipe_now)
        if dialog is not None:
            self._wipe_dialog = dialog
            dialog.refused.connect(self._wipe_refused)
            dialog.destroyed.connect(self._wipe_dialog_gone)

    @Slot()
    def _wipe_dialog_gone(self) -> None:
        self._wipe_dialog = None

    @Slot(object)
    def _wipe_refused(self, answer: object) -> None:
        from ui import wipe

        if getattr(answer, "why", "") == "cancelled":  # the other refusals are said in the dialog
            dialogs.inform(self, wipe.title(), wipe.refusal(answer))  # type: ignore[arg-type]

    @Slot()
    def _wipe_now(self) -> None:
        """Destroy the keys first (the header's key slots, the keychain pepper); then lock the window
        without saving anything, and remove the vault's files."""
        from storage.vault import wipe_vault
        from ui import wipe

        folder, keystore = self.folder, self.keystore
        destroyed = []

        def keys_gone() -> None:
            destroyed.append(True)
            self.clipboard.clear_if_ours()
            self.keys_destroyed.emit()
            self.lock(keep_drafts=False)
            if self._first_run is not None:
                self._first_run.discard()

        try:
            wipe_vault(folder, keystore, on_keys_destroyed=keys_gone)
        except Exception as exc:  # noqa: BLE001 - said to the user, whatever it was
            if destroyed:
                text = self.tr(
                    "The vault's keys were destroyed: nothing can open it any more. Some of its files could "
                    "not be removed (%1); delete the folder %2."
                )
            else:
                text = self.tr("Nothing was wiped: %1 The vault still opens with its passphrase.")
            dialogs.warn(self, wipe.title(), text.replace("%1", message(exc)).replace("%2", str(folder)))
            if not destroyed:
                return
        self.show_start_screen(lambda: self.tr("The vault was wiped: its keys were destroyed and its files removed."))

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.lock()
        # Quitting: the one place that waits for the workers (threads are never terminated).
        self.pool.cancel_all()
        self.pool.wait_all()
        self._finish_lock()
        if self._first_run is not None:
            self._first_run.discard()
        self.autolock.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lock_keys)
        self.settings.set_geometry(self.saveGeometry())
        super().closeEvent(event)


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def first_size(available: QSize) -> QSize:
    """1280×800, or less on a smaller screen (1366×768 leaves about 730 pixels under the panels)."""
    return QSize(min(1280, available.width()), min(800, available.height()))


def close_dialogs(window: QWidget) -> int:
    """Close the modal dialogs and popups of ``window`` (message boxes, file dialogs, menus),
    innermost first. Another window's dialogs stay: locking one vault leaves another alone."""
    closed = 0
    for _ in range(50):
        popup = QApplication.activePopupWidget()
        modal = QApplication.activeModalWidget()
        current = popup if popup is not None and _belongs_to(popup, window) else modal
        if current is None or not _belongs_to(current, window) or current.property(SURVIVES_LOCK):
            break
        if isinstance(current, QDialog) and current is not popup:
            current.reject()
        else:
            current.close()
        if current.isVisible():  # refused to close: hide it so nothing of it stays on screen
            current.hide()
        closed += 1
    for widget in QApplication.topLevelWidgets():
        survives = widget.property(SURVIVES_LOCK)
        if isinstance(widget, QDialog) and widget.isVisible() and _belongs_to(widget, window) and not survives:
            widget.reject()
            widget.hide()
            closed += 1
    return closed
