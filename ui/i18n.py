"""Translations: Qt's translator for the interface, the vocabulary file for controlled terms.

Interface strings go through ``self.tr`` / ``QCoreApplication.translate``; the ``.qm`` files
come later (``resources/translations/casefile_<lang>.qm``) and are loaded when present.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_root
from ui.settings import LANGUAGES

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Load Casefile's and Qt's own translations for ``lang``; returns what was loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = []
    ours = resource_root() / "translations" / f"casefile_{lang}.qm"
    candidates = [(str(ours.parent), ours.stem)]
    candidates.append((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"))
    for folder, stem in candidates:
        translator = QTranslator(app)
        if translator.load(stem, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(stem)
    return loaded


@cache
def _vocabularies() -> dict:
    path = resource_root() / "vocab.json"
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f).get("vocabularies", {})
    except (OSError, ValueError):
        return {}


class Vocab:
    """Labels of controlled terms (event types, act types, roles, ...) in one language."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang

    def terms(self, vocabulary: str) -> list[tuple[str, str]]:
        """(key, label) pairs in the file's order."""
        return [(key, self._pick(entry, key)) for key, entry in _vocabularies().get(vocabulary, {}).items()]

    def label(self, vocabulary: str, key: str | None) -> str:
        if not key:
            return ""
        entry = _vocabularies().get(vocabulary, {}).get(key)
        return self._pick(entry, key) if entry else key.replace("_", " ")

    def short(self, vocabulary: str, key: str | None) -> str:
        """The label without its parenthesised or slashed elaboration, for narrow columns."""
        text = self.label(vocabulary, key)
        for sep in (" (", " / "):
            if sep in text:
                text = text.split(sep)[0]
        return text

    def _pick(self, entry: dict, key: str) -> str:
        return entry.get(self.lang) or entry.get("en") or key.replace("_", " ")
