"""What the app remembers between runs: window geometry and language, nothing else.

The file is an INI under the platform's config folder. Case data, vault paths,
recent files and search history never go here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "window/geometry"
LANGUAGE = "ui/language"
LANGUAGES = ("en", "ru", "kk")


def default_settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("Casefile", appauthor=False)) / "casefile-desktop.ini"


def redirect_qt_settings(nowhere: Path | None = None) -> None:
    """Qt's own widgets (QFileDialog's history of visited folders) write to a shared
    "QtProject" settings file. Point every settings file we did not name ourselves at a
    folder that cannot exist, so those writes fail quietly (Linux and other INI platforms)."""
    target = str(nowhere or Path("/dev/null/casefile-no-settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, target)


class UiSettings:
    """Window geometry and language, in an INI file we name explicitly."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._qs.value(GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self._qs.setValue(GEOMETRY, value)
        self._qs.sync()

    def language(self) -> str | None:
        value = self._qs.value(LANGUAGE)
        return value if value in LANGUAGES else None

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self._qs.setValue(LANGUAGE, lang)
        self._qs.sync()

    def keys(self) -> list[str]:
        return list(self._qs.allKeys())
