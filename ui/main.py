"""``casefile`` with no command, and ``casefile-desktop``: the desktop app.

Opens the vault at --vault, $CASEFILE_VAULT or the default data folder: the unlock screen if a
vault is there, the first-run screen if not.
"""

from __future__ import annotations

import argparse
import sys

from app.location import vault_folder
from storage.hardening import harden_process


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="casefile", add_help=True, description="Casefile desktop app (run 'casefile --help' for commands)."
    )
    parser.add_argument("--vault", metavar="DIR", help="vault folder")
    parser.add_argument("--passphrase-file", metavar="FILE", help=argparse.SUPPRESS)  # CLI option; unused here
    parser.add_argument("--idle-minutes", type=float, default=5.0, help="auto-lock after this many idle minutes")
    args, _unknown = parser.parse_known_args(argv)  # Qt's own options (-platform, -style) pass through
    return args


def main(argv: list[str] | None = None) -> int:
    """Start the desktop app; returns the exit code."""
    harden_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.resources import resource_root
    from ui.i18n import system_language
    from ui.settings import UiSettings, redirect_qt_settings

    QCoreApplication.setOrganizationName("Casefile")
    QCoreApplication.setApplicationName("Casefile")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QGuiApplication.setDesktopFileName("casefile")
    icon = QIcon()
    for png in sorted((resource_root() / "icons" / "hicolor").glob("*/apps/casefile.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    redirect_qt_settings()
    settings = UiSettings()
    language = settings.language() or system_language()  # the window installs its translators

    from storage.keystore import system_keystore
    from ui.keychain import LazyKeyStore
    from ui.window import MainWindow

    window = MainWindow(
        vault_folder(args.vault),
        keystore=LazyKeyStore(system_keystore),
        settings=settings,
        language=language,
        idle_seconds=max(30.0, args.idle_minutes * 60),
    )
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
