"""The ``casefile`` command: above the command line (``app.cli``) and the desktop app (``ui``)."""
