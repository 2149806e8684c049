"""``casefile report``: a redacted PDF report of a case."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import UserError, check_output, open_vault, progress_to_stderr, resolve_case
from app.cli.report_choices import add_choice_flags, leak_refusal, resolve_choices
from app.domain.profiles import PROFILES, PUBLIC


def cmd_report(args: argparse.Namespace) -> int:
    from app.report import ReportError, ReportLeakError
    from app.services.reports import export_report

    try:
        report_date = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UserError("--date must be a date like 2026-03-10.") from None
    target = check_output(args.output)  # before the work: a missing folder or a device is said at once
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        persons, fields = resolve_choices(vault, case_id, args)
        try:
            result = export_report(
                vault,
                case_id,
                profile=args.profile,
                lang=args.lang,
                out_path=target,
                report_date=report_date,
                person_overrides=persons,
                field_overrides=fields,
                progress=progress_to_stderr,
            )
        except ReportError as exc:
            raise UserError(str(exc)) from None
        except ReportLeakError as exc:
            raise leak_refusal(exc, "The report was not saved") from None
    plan = result.plan
    print(f"Wrote {result.path} ({result.pages} pages, profile {args.profile}, language {args.lang})")
    print(f"sha256:{result.sha256}")
    print(
        f"Pseudonymised persons: {len(plan.pseudonymised())}; hidden values: {len(plan.hidden())}; "
        f"names removed from free text: {plan.scrubbed_count()}; image regions blacked out: {plan.regions}."
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="a redacted PDF report of a case")
    p.add_argument("case")
    p.add_argument(
        "--profile",
        choices=PROFILES,
        default=PUBLIC,
        help="internal: everything; partner: no secrets; public: also pseudonymises non-consenting people",
    )
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en", help="language of the report")
    p.add_argument("--date", help="report date (default: today)")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")
    add_choice_flags(p)
    p.set_defaults(func=cmd_report)
