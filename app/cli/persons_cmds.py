"""``casefile persons``: duplicate checks and merging two records of one person."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.cli.common import confirm, open_vault, print_json
from app.services.persons import merge_history, merge_persons, names_of, possible_duplicates
from app.services.records import Records


def cmd_duplicates(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        found = possible_duplicates(vault, [" ".join(args.name)])
    if args.json:
        print_json([asdict(d) for d in found])
    elif not found:
        print("No existing person matches that name.")
    for d in found if not args.json else []:
        print(f"Possibly the same as {d.label} ({d.person_id}): {d.reason}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        records = Records(vault)
        keep, other = names_of(records, args.keep), names_of(records, args.other)
        confirm(
            args,
            f"Merge {other or args.other} into {keep or args.keep}? Every spelling and link moves "
            "over. Type yes to confirm:",
            "yes",
        )
        merge_persons(vault, args.keep, args.other)
    print(
        f"Merged {args.other} into {args.keep}; the merged record is kept in the audit log ('casefile persons merges')."
    )
    return 0


def cmd_merges(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        history = merge_history(vault)
    if args.json:
        print_json(history)
        return 0
    if not history:
        print("No persons have been merged.")
    for m in history:
        names = ", ".join(n["value"] for n in m["merged_record"]["names"])
        print(f"{m['at']}  {m['merged_id']} ({names}) merged into {m['kept_id']}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("persons", parents=[common], help="duplicate checks and merging persons")
    psub = p.add_subparsers(dest="persons_cmd", required=True)
    d = psub.add_parser("duplicates", parents=[common], help="existing persons a name may belong to")
    d.add_argument("name", nargs="+")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_duplicates)
    m = psub.add_parser("merge", parents=[common], help="fold OTHER into KEEP, keeping every spelling and link")
    m.add_argument("keep")
    m.add_argument("other")
    m.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    m.set_defaults(func=cmd_merge)
    h = psub.add_parser("merges", parents=[common], help="review past merges")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=cmd_merges)
