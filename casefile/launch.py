"""``casefile``: with a command, the command line; with none, the desktop app.

This module is the only one that knows both front ends, so neither has to import the other: ``app``
never imports ``ui`` (tests/test_layers.py checks it), and the desktop app starts without loading the
command line's modules.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from app import cli

    parsed = cli.parse(args)  # --help and --version answer here, as the command line does
    if getattr(parsed, "command", None):
        from storage.hardening import harden_process

        harden_process()
        return cli.run(parsed)
    from ui.main import main as desktop

    return desktop(args)


if __name__ == "__main__":
    sys.exit(main())
