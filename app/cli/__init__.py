"""``casefile COMMAND``: the command line. Same services as the desktop app.

``casefile`` with no command is the desktop app: the launcher (``casefile.launch``) decides, so that this
package never imports the interface.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import (
    case_cmds,
    check_cmds,
    incident_cmds,
    pack_cmds,
    persons_cmds,
    record_cmds,
    report_cmds,
    vault_cmds,
)
from storage.errors import CasefileError
from storage.hardening import harden_process
from storage.progress import Cancelled

COMMAND_MODULES = [vault_cmds, case_cmds, incident_cmds, record_cmds, persons_cmds, report_cmds, pack_cmds, check_cmds]


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
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line's arguments; ``command`` is None when no command was given."""
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; user errors become one plain sentence on stderr and exit code 1."""
    try:
        return int(args.func(args) or 0)
    except CasefileError as exc:  # every error written for the user, and only those
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


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = parse(argv)
    if not getattr(args, "command", None):
        print("casefile: no command given (see 'casefile --help').", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
