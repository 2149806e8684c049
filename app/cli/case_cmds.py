"""Commands about case data: cases, schema, import, export, search, deadlines, evidence."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict

from app.cli import incident_cmds, uwazi_cmds
from app.cli.common import (
    UserError,
    check_input,
    check_output,
    open_vault,
    print_json,
    progress_to_stderr,
    read_input,
    resolve_case,
    write_output,
)
from app.cli.evidence_show import register_show
from app.domain import deadlines as deadline_rules
from app.evidence.credentials import verdict_of
from app.services import cases as case_service
from app.services import search as search_service
from app.services.evidence import EvidenceService
from app.services.interchange import MAX_IMPORT_BYTES, export_case, import_case, json_schema
from app.views import Views
from app.views.deadlines import NamedDeadline


def cmd_cases(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = case_service.list_cases(vault)
    if args.json:
        print_json([asdict(c) for c in rows])
    elif not rows:
        print("The vault holds no cases yet. Try 'casefile demo' or 'casefile import FILE.json'.")
    else:
        for c in rows:
            print(f"{c.id}\t{c.reference}\t{c.title}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    print_json(json_schema())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    data = read_input(args.file, MAX_IMPORT_BYTES)
    with open_vault(args) as vault:
        case_id = import_case(vault, data, progress=progress_to_stderr)
    print(f"Imported case {case_id}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.uwazi:
        return uwazi_cmds.cmd_export_uwazi(args)
    if len(args.case) != 1 or not args.output or args.profile or args.lang:
        raise UserError("The JSON export takes one case and -o FILE (--profile and --lang go with --uwazi).")
    target = None if args.output == "-" else check_output(args.output)
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case[0])
        doc = export_case(vault, case_id)
        try:
            data = (json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")
        except ValueError:
            raise UserError("The case holds a number JSON cannot carry (NaN, infinity); nothing was written.") from None
        print(
            "Warning: this export is NOT encrypted and NOT redacted. Keep it off shared disks and delete it "
            "when the migration is done.",
            file=sys.stderr,
        )
        if target is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_output(target, data)
        try:
            with vault.db.transaction() as conn:
                vault.record(conn, "case.export", "cases", case_id, {"format": "json", "redacted": False})
        except BaseException:
            # Not recorded means not made: an export missing from the audit log must not exist.
            if target is not None:
                target.unlink(missing_ok=True)
            raise
    if target is not None:
        print(f"Wrote {args.output}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        hits = search_service.search(vault, args.query, limit=args.limit)
    if args.json:
        print_json([asdict(h) for h in hits])
    elif not hits:
        print("Nothing found.")
    else:
        for h in hits:
            print(f"{h.entity}\t{h.entity_id}\t{h.label}")
    return 0


def _today(args: argparse.Namespace) -> dt.date:
    if args.today:
        try:
            return dt.date.fromisoformat(args.today)
        except ValueError:
            raise UserError("--today must be a date like 2026-03-10.") from None
    return dt.date.today()


def cmd_deadlines(args: argparse.Namespace) -> int:
    today = _today(args)
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case) if args.case else None
        views = Views(vault).deadlines
        items = views.named(views.due(today, case_id=case_id, horizon_days=args.days, include_done=args.all))
    rows = sorted(
        ((n, deadline_title(n)) for n in items),
        key=lambda r: (not r[0].deadline.overdue, r[0].deadline.date.sort_key, r[1]),
    )
    if args.json:
        print_json([{**asdict(n.deadline), "date": n.deadline.date.to_json(), "title": title} for n, title in rows])
        return 0
    if not rows:
        print("No deadlines.")
    for n, title in rows:
        d = n.deadline
        flag = "OVERDUE" if d.overdue else "       "
        print(f"{flag}  {d.date.start.isoformat()}  {d.date.label():<22}  {title}")
    return 0


def deadline_title(n: NamedDeadline) -> str:
    """A deadline in English words, as the command line prints it."""
    d = n.deadline
    if d.kind == deadline_rules.MEASURE_EXPIRY:
        return f"{(d.code or '').replace('_', ' ')} ends: {n.person}"
    return f"{DEADLINE_WORDS[d.kind]}: {n.subject}"


DEADLINE_WORDS = {
    deadline_rules.HEARING: "Hearing",
    deadline_rules.NEXT_HEARING: "Next hearing",
    deadline_rules.REPLY_DUE: "Reply due",
    deadline_rules.FOLLOW_UP: "Follow up",
}


def cmd_evidence_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        service = EvidenceService(vault)
        for name in [check_input(n) for n in args.files]:
            result = service.add_file(
                case_id,
                name,
                brought_by=args.brought_by,
                origin=args.origin,
                description=args.description,
                progress=progress_to_stderr,
            )
            print(f"{result.evidence_id}\tsha256:{result.sha256}\t{result.size} bytes\t{result.media_type}")
    return 0


def cmd_evidence_list(args: argparse.Namespace) -> int:
    """The evidence brought in; the copies Casefile made of an item (for packs) are listed under it."""
    with open_vault(args) as vault:
        items = EvidenceService(vault).items(resolve_case(vault, args.case))
    originals = [i for i in items if i["parent_id"] is None]
    copies: dict[str, list[dict]] = {}
    for i in items:
        if i["parent_id"] is not None:
            copies.setdefault(i["parent_id"], []).append(i)

    def listed(i: dict) -> dict:
        return {**{k: v for k, v in i.items() if k != "capture"}, "content_credentials": verdict_of(i["capture"])}

    if args.json:
        print_json([{**listed(i), "derivatives": [listed(c) for c in copies.get(i["id"], [])]} for i in originals])
        return 0
    for i in originals:
        credentials = verdict_of(i["capture"]) or "not checked"
        print(
            f"{i['id']}\tsha256:{i['sha256']}\t{i['size']} bytes\t{i['media_type']}\t{i['intake_time']}"
            f"\tcredentials:{credentials}"
        )
        for c in copies.get(i["id"], []):
            print(f"  copy {c['id']}\tsha256:{c['sha256']}\t{c['size']} bytes\t{c['media_type']}\t{c['operation']}")
    return 0


def cmd_evidence_save(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        sha256 = EvidenceService(vault).save_copy(args.evidence, args.output)
    print(f"Saved an unencrypted copy (sha256:{sha256}); delete it when you no longer need it.", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("cases", parents=[common], help="list cases: id, reference, title")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_cases)
    p = sub.add_parser("schema", help="print the JSON Schema of the import/export format")
    p.set_defaults(func=cmd_schema)
    p = sub.add_parser("import", parents=[common], help="import a case from JSON")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser(
        "export", parents=[common], help="full, unredacted JSON export of a case (plaintext!), or --uwazi files"
    )
    p.add_argument("case", nargs="+", metavar="CASE")
    p.add_argument("-o", "--output", help="JSON file to write, or - for standard output")
    uwazi_cmds.add_export_options(p)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("search", parents=[common], help="find persons, organisations, events, evidence")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("deadlines", parents=[common], help="measure expiries, hearings, reply windows")
    p.add_argument("--case")
    p.add_argument("--days", type=int, help="only what falls within this many days (overdue always shown)")
    p.add_argument("--all", action="store_true", help="include hearings held and letters answered")
    p.add_argument("--today", help="pretend today is this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadlines)
    p = sub.add_parser("evidence", parents=[common], help="evidence files")
    esub = p.add_subparsers(dest="evidence_cmd", required=True)
    a = esub.add_parser("add", parents=[common], help="encrypt files into the vault")
    a.add_argument("case")
    a.add_argument("files", nargs="+")
    a.add_argument("--brought-by")
    a.add_argument("--origin")
    a.add_argument("--description")
    a.set_defaults(func=cmd_evidence_add)
    ls = esub.add_parser("list", parents=[common], help="list a case's evidence")
    ls.add_argument("case")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_evidence_list)
    register_show(esub, common)
    incident_cmds.register_links(esub, common)
    sv = esub.add_parser(
        "save", parents=[common], help="save an unencrypted copy of an evidence item (plaintext!), hash-checked"
    )
    sv.add_argument("evidence", help="evidence id (see 'evidence list')")
    sv.add_argument("-o", "--output", required=True, help="file to write (must not exist)")
    sv.set_defaults(func=cmd_evidence_save)
