"""PyInstaller entry point of ``casefile-desktop`` (Windows and macOS: the app without a console window)."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
