"""The desktop app (PySide6). The only package that imports Qt."""

from __future__ import annotations

import ctypes
import sys


def _pin_none() -> None:
    """Work around a reference-count bug of PySide6 6.12.0 on CPython < 3.12.

    Every Qt call that returns nothing (``update()``, ``setText()``, ``processEvents()`` …) takes
    one reference from ``None`` without having given it one (measured: -1 per call). On 3.12+
    ``None`` is immortal and nothing happens; on 3.11 the interpreter aborts ("none_dealloc")
    after a few thousand calls, which is minutes of normal use. Giving ``None`` a very large
    reference count makes it effectively immortal here too; it is never freed anyway.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):  # immortal, or a debug build
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 60


_pin_none()
