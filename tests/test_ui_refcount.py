"""Guards against the PySide6 release whose calls leak references to None and True on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal(int)


def test_qt_calls_keep_none_and_true_balanced(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.ping.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(2000):
        label.setText("y")
        emitter.ping.emit(i)
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
