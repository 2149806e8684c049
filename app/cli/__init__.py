"""``casefile``: the command line. Same services as the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import case_cmds, check_cmds, persons_cmds, vault_cmds
from app.cli.common import UserError
from app.domain.dates import DateParseError
from app.progress import Cancelled
from app.services.interchange import ImportRefused
from app.services.records import InvalidRecord
from storage.errors import VaultError
from storage.hardening import harden_process
from storage.keystore import KeyStoreUnavailable

# Errors whose message is written for the user: printed as is, no traceback.
USER_ERRORS = (UserError, VaultError, InvalidRecord, ImportRefused, DateParseError, KeyStoreUnavailable)

COMMAND_MODULES = [vault_cmds, case_cmds, persons_cmds, check_cmds]


def _optional_modules() -> list:
    """Commands whose modules arrive with later features (reports, packs)."""
    found = []
    for name in ("app.cli.report_cmds", "app.cli.pack_cmds"):
        try:
            found.append(__import__(name, fromlist=["register"]))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: $CASEFILE_VAULT, else your user data folder)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from FILE (or set $CASEFILE_PASSPHRASE)",
    )
    parser = argparse.ArgumentParser(
        prog="casefile",
        parents=[common],
        description="Casefile: an offline, encrypted case-file manager. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES + _optional_modules():
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from ui.main import main as gui_main  # the desktop app is the default

        return gui_main(list(argv) if argv is not None else sys.argv[1:])
    try:
        return int(args.func(args) or 0)
    except USER_ERRORS as exc:
        print(f"casefile: {exc}", file=sys.stderr)
        return 1
    except (Cancelled, KeyboardInterrupt):
        print("casefile: cancelled; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: BLE001 - last resort: no traceback that could carry case data
        if os.environ.get("CASEFILE_DEBUG"):
            raise
        print(
            f"casefile: internal error ({type(exc).__name__}); nothing was changed. "
            "Set CASEFILE_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
