"""The Content Credentials (C2PA) of an evidence file, as the evidence tab shows them: the verdict in
plain words (in red when the file changed after it was signed, with the failure codes in a tooltip),
when it was signed, what made it, and the names the credentials carry (kept here, removed on export).
Hidden for a file that was never checked."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.evidence.credentials import CredentialsView, describe
from ui import fmt
from ui.i18n import on_language_change, set_texts
from ui.widgets import alert, label

# Why a verdict is what it is (app.evidence.credentials.REASONS), in the interface language.
REASONS = {
    "trusted": QT_TRANSLATE_NOOP("credentials", "Signed by a trusted signer; the file is unchanged since."),
    "untrusted": QT_TRANSLATE_NOOP(
        "credentials", "The file is unchanged since it was signed, but the signer is not on Casefile's trust list."
    ),
    "credential_expired": QT_TRANSLATE_NOOP(
        "credentials", "The file is unchanged since it was signed, but the signing certificate was not valid then."
    ),
    "credential_revoked": QT_TRANSLATE_NOOP(
        "credentials", "The file is unchanged since it was signed, but the signing certificate was revoked."
    ),
    "timestamp_untrusted": QT_TRANSLATE_NOOP(
        "credentials", "The file is unchanged since it was signed, but its time stamp could not be trusted."
    ),
    "changed_after_signing": QT_TRANSLATE_NOOP("credentials", "The file's content changed after it was signed."),
    "signature_invalid": QT_TRANSLATE_NOOP("credentials", "The signature does not match the credentials."),
    "manifest_invalid": QT_TRANSLATE_NOOP("credentials", "The credentials fail validation."),
    "remote_manifest": QT_TRANSLATE_NOOP(
        "credentials", "The file points to credentials kept online; Casefile never goes online to fetch them."
    ),
    "manifest_damaged": QT_TRANSLATE_NOOP("credentials", "The credentials in the file are damaged or cut short."),
    "format_not_supported": QT_TRANSLATE_NOOP("credentials", "Credentials cannot be read from this kind of file."),
    "reader_failed": QT_TRANSLATE_NOOP("credentials", "The credentials reader stopped on this file."),
    "timeout": QT_TRANSLATE_NOOP("credentials", "Reading the credentials took too long and was stopped."),
    "too_large": QT_TRANSLATE_NOOP("credentials", "The file is too large to check from memory."),
    "no_manifest": QT_TRANSLATE_NOOP("credentials", "The file carries no Content Credentials."),
}


def explanation(view: CredentialsView) -> str:
    found = REASONS.get(view.reason)
    return QCoreApplication.translate("credentials", found) if found else view.explanation


def verdict_text(view: CredentialsView) -> str:
    """The verdict line: "Intact — signed by … (…)", "Changed after it was signed", …"""
    translate = QCoreApplication.translate
    signer = view.signer or translate("credentials", "(no name given)")
    if view.verdict == "intact":
        text = translate("credentials", "Intact — signed by %1").replace("%1", signer)
        return text + (f" ({view.issuer})" if view.issuer else "")
    if view.verdict == "unknown_signer":
        return translate("credentials", "Unchanged since signed — signer not on the trust list: %1").replace(
            "%1", signer
        )
    if view.verdict == "tampered":
        return translate("credentials", "Changed after it was signed")
    if view.verdict == "unreadable":
        return translate("credentials", "Present but unreadable") + " — " + explanation(view)
    return translate("credentials", "None")


class CredentialsPanel(QWidget):
    """Rows under the evidence details; ``show_for(capture)`` fills them, or hides the panel."""

    def __init__(self) -> None:
        super().__init__()
        self.view: CredentialsView | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.verdict = self._value()
        self.signed_at = self._value()
        self.made_with = self._value()
        self.names = self._value()
        self.rows = (
            (label(lambda: self.tr("Content Credentials:")), self.verdict),
            (label(lambda: self.tr("Signed at:")), self.signed_at),
            (label(lambda: self.tr("Made with:")), self.made_with),
            (label(lambda: self.tr("Names in the credentials:")), self.names),
        )
        for name, value in self.rows:
            form.addRow(name, value)
        set_texts(self, accessibleName=lambda: self.tr("Content Credentials"))
        on_language_change(self, self._fill)
        self.hide()

    @staticmethod
    def _value() -> QLabel:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Wrapped values get the height their lines need (a splitter pane does not ask them for it)."""
        for _name, value in self.rows:
            if value.isVisible() and value.width() > 0:
                value.setMinimumHeight(value.heightForWidth(value.width()))

    def show_for(self, capture: Mapping[str, Any]) -> None:
        self.view = describe(dict(capture))
        self._fill()

    def clear(self) -> None:
        self.view = None
        self._fill()

    def _fill(self) -> None:
        view = self.view
        self.setVisible(view is not None)
        if view is None:
            for _name, value in self.rows:
                value.clear()
            return
        self.verdict.setText(verdict_text(view))
        alert(self.verdict, view.verdict == "tampered")
        tip = explanation(view)
        if view.codes:
            tip += "\n" + "\n".join(view.codes)
        self.verdict.setToolTip(tip)
        self.signed_at.setText(fmt.moment(view.signed_at) if view.signed_at else "")
        self.made_with.setText(view.claim_generator or "")
        names = ", ".join(view.identities)
        self.names.setText(self.tr("%1 (kept here, removed on export)").replace("%1", names) if names else "")
        for name, value in self.rows[1:]:
            name.setVisible(bool(value.text()))
            value.setVisible(bool(value.text()))
        self._fit_heights()
