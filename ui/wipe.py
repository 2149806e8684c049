"""The panic-wipe dialog: type WIPE (any letter case, any keyboard layout), Enter, and the vault's
keys are destroyed. A wrong word never closes the dialog silently: it says that nothing was wiped,
and why. The lock leaves this dialog open (``SURVIVES_LOCK``): a raid is when both happen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.panic import WIPE_WORD, WipeAnswer, judge_wipe_word
from ui import dialogs
from ui.i18n import set_texts
from ui.widgets import StatusNote, alert, button, heading, note

SURVIVES_LOCK = "casefile_survives_lock"  # a dialog property: the lock does not close this dialog
WIPE_SHORTCUT = "Ctrl+Shift+Del"


def title() -> str:
    return QCoreApplication.translate("WipeDialog", "Panic wipe")


def refusal(answer: WipeAnswer) -> str:
    """ "Nothing was wiped", and why, in the interface language."""
    if answer.why == "empty":
        text = QCoreApplication.translate("WipeDialog", "Nothing was wiped: the word %1 was not typed.")
    elif answer.why == "cancelled":
        text = QCoreApplication.translate("WipeDialog", "Nothing was wiped: the panic wipe was cancelled.")
    else:
        text = QCoreApplication.translate("WipeDialog", "Nothing was wiped: “%2” is not the word %1.")
        typed = answer.typed if len(answer.typed) <= 24 else answer.typed[:24] + "…"
        text = text.replace("%2", typed)
    return text.replace("%1", WIPE_WORD)


class WipeDialog(QDialog):
    """Emits ``confirmed`` when the word is typed and Enter (or Wipe now) pressed; says why not
    otherwise, and stays open."""

    confirmed = Signal()
    refused = Signal(object)  # WipeAnswer, for a cancel too (why == "cancelled")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(SURVIVES_LOCK, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        set_texts(self, windowTitle=title)
        self.word = QLineEdit()
        set_texts(self.word, accessibleName=lambda: self.tr("The word that confirms the wipe"))
        self.feedback = StatusNote()
        set_texts(self.feedback, accessibleName=lambda: self.tr("Wipe status"))
        self.wipe_button = button(lambda: self.tr("&Wipe now"), default=True)
        self.cancel_button = button(lambda: self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.wipe_button.clicked.connect(self.attempt)
        self.cancel_button.clicked.connect(self.reject)
        self.word.textChanged.connect(self._typed)
        warning = note(
            lambda: self.tr(
                "This destroys the vault for good: every case, person and evidence file in it. Neither the "
                "passphrase nor the recovery code will open it again."
            )
        )
        alert(warning)
        how = note(
            lambda: self.tr(
                "Type %1 and press Enter. Letter case and keyboard layout do not matter: on a Russian or "
                "Kazakh layout the same keys type ЦШЗУ."
            ).replace("%1", WIPE_WORD)
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.wipe_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 2))
        layout.addWidget(warning)
        layout.addWidget(how)
        layout.addWidget(self.word)
        layout.addWidget(self.feedback)
        layout.addLayout(row)
        self.setMinimumWidth(460)
        self.word.setFocus()

    @Slot()
    def _typed(self) -> None:
        if judge_wipe_word(self.word.text()).accepted:
            self.feedback.say(lambda: self.tr("Enter wipes the vault now."), is_alert=True)
        else:
            self.feedback.clear()

    @Slot()
    def attempt(self) -> None:
        answer = judge_wipe_word(self.word.text())
        if answer.accepted:
            self.accept()
            self.confirmed.emit()
            return
        self.feedback.say(lambda a=answer: refusal(a), is_alert=True)
        self.word.selectAll()
        self.word.setFocus()
        self.refused.emit(answer)

    def reject(self) -> None:
        super().reject()
        self.refused.emit(WipeAnswer(False, "cancelled"))


def ask(parent: QWidget, on_confirmed: object) -> WipeDialog | None:
    """Open the wipe dialog (or answer from the tests' seam in ``ui.dialogs``). ``on_confirmed`` runs
    when the word was typed; a refusal or a cancel is said, and nothing is wiped."""
    answered, answer = dialogs.answer_from_seam(title())
    if answered:
        verdict = judge_wipe_word(answer) if answer is not None else WipeAnswer(False, "cancelled")
        if verdict.accepted:
            on_confirmed()  # type: ignore[operator]
        else:
            dialogs.warn(parent, title(), refusal(verdict))
        return None
    dialog = WipeDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.confirmed.connect(on_confirmed)
    dialog.open()
    return dialog
