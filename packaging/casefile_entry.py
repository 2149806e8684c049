"""PyInstaller entry point of the ``casefile`` executable: the command line, or the desktop app with no command."""

import sys

from casefile.launch import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--read-content-credentials"]:
        # The C2PA reader's child process (app.evidence.credentials): this executable is its only Python.
        from app.evidence.credentials_worker import main as read_credentials

        sys.exit(read_credentials(sys.argv[2:]))
    sys.exit(main())
