"""``casefile check``: every page, every evidence file and the audit log, checked."""

from __future__ import annotations

import argparse

from app.cli.common import open_vault, print_json, print_outcome, progress_to_stderr


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.integrity import check_vault

    with open_vault(args) as vault:
        result = check_vault(vault, progress=progress_to_stderr)
    if args.json:
        print_json(result.to_json())
        return 0 if result.ok else 1
    print(f"Database: {result.pages} pages, each checked against its authentication code, and its structure.")
    print(
        f"Evidence: {result.evidence_files} files ({result.evidence_bytes:,} bytes) decrypted and compared "
        "with the SHA-256 recorded at intake."
    )
    print(f"Audit log: {result.audit_entries} entries, their chain and signatures.")
    for name in result.set_aside:
        print(f"Note: {name} is a journal file set aside when the vault was opened; it is kept for inspection.")
    return print_outcome(
        [f.text for f in result.findings],
        "{n} problem(s) found:",
        "Keep a copy of the whole vault folder before changing anything, and restore damaged parts from a backup.",
    )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "check", parents=[common], help="check every database page, every evidence file and the audit log"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
