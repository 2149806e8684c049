"""Small shared widgets: headings, notes, a centred card, a status badge, a key/value form."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from ui.models.lazy import ALERT


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.05}[level])
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def note(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


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


def button(text: str, accessible: str | None = None, *, default: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(accessible or text.replace("&", "").replace("…", ""))
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
