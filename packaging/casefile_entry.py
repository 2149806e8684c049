"""PyInstaller entry point of the ``casefile`` executable: the command line, or the desktop app with no command."""

import sys

from casefile.launch import main

if __name__ == "__main__":
    sys.exit(main())
