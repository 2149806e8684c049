"""Small shared widgets: headings, notes, a centred card, a status badge, a key/value form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Text, set_texts, text_of
from ui.models.lazy import ALERT

# Texts are plain strings (case data, or set again by their owner) or functions that give the
# text in the current language (``lambda: self.tr("Cases")``): those follow a language change.


def label(text: Text = "") -> QLabel:
    """A one-line label (it does not wrap)."""
    return set_texts(QLabel(), text=text)  # type: ignore[return-value]


def heading(text: Text, level: int = 1) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.05}[level])
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    set_texts(label, text=text)
    return label


def note(text: Text = "", *, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_texts(label, text=text)
    return label


def buddy(label: QLabel, field: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) moves to ``field``."""
    label.setBuddy(field)
    return label


class StatusNote(QLabel):
    """A wrapping line of status or error text that stays in the interface language: ``say`` takes
    a function giving the message, and asks it again after a language change."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._text: Text = ""
        self._alert = False

    def say(self, text: Text, *, is_alert: bool = False) -> None:
        self._text, self._alert = text, is_alert
        self.setText(text_of(text))
        alert(self, is_alert)

    def clear(self) -> None:
        self._text, self._alert = "", False
        super().clear()
        alert(self, False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and callable(self._text):
            self.setText(self._text())
        super().changeEvent(event)


def quiet(label: QLabel) -> QLabel:
    """Secondary text: between the text and background colours, still easy to read (light or dark theme)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        int(text.red() * 0.7 + back.red() * 0.3),
        int(text.green() * 0.7 + back.green() * 0.3),
        int(text.blue() * 0.7 + back.blue() * 0.3),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label


def alert(label: QLabel, on: bool = True) -> QLabel:
    """Red text: failed checks and overdue items only."""
    label.setStyleSheet(f"color: {ALERT.name()};" if on else "")
    return label


def card(*widgets: QWidget, max_width: int = 560) -> QWidget:
    """A column of widgets centred in the available space (first-run and unlock screens)."""
    outer = QWidget()
    outer_layout = QHBoxLayout(outer)
    outer_layout.addStretch(1)
    inner = QFrame()
    inner.setMaximumWidth(max_width)
    inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    column = QVBoxLayout(inner)
    column.setSpacing(10)
    for w in widgets:
        column.addWidget(w)
    outer_layout.addWidget(inner, 4)
    outer_layout.addStretch(1)
    wrapper = QWidget()
    v = QVBoxLayout(wrapper)
    v.addStretch(1)
    v.addWidget(outer)
    v.addStretch(2)
    return wrapper


def plain_label(text: str) -> str:
    """A button's text as a name for screen readers: no mnemonic, no ellipsis, no shortcut hint."""
    return text.replace("&", "").replace("…", "").split("  (")[0].strip()


def button(text: Text, accessible: Text | None = None, *, default: bool = False) -> QPushButton:
    b = QPushButton()
    set_texts(
        b, text=text, accessibleName=accessible if accessible is not None else (lambda: plain_label(text_of(text)))
    )
    b.setDefault(default)
    b.setAutoDefault(default)
    return b


class Badge(QLabel):
    """A status word in a rounded frame. Shape and text carry the meaning; colour stays quiet."""

    def __init__(self, text: str, strong: bool = False) -> None:
        super().__init__(text)
        weight = "600" if strong else "400"
        self.setStyleSheet(
            f"QLabel {{ border: 1px solid palette(mid); border-radius: 8px; padding: 1px 8px; font-weight: {weight}; }}"
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
