"""``casefile export --uwazi DIR --profile P [--lang L] CASE…``: import files for an Uwazi instance.

Registered as options of ``casefile export`` (``case_cmds``): without ``--uwazi`` the command is the
full JSON export it always was.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import UserError, open_vault, progress_to_stderr, resolve_case
from app.domain.profiles import PROFILES, PUBLIC

LANGUAGES = ("en", "ru", "kk")


def add_export_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("Uwazi (HURIDOCS) export")
    group.add_argument(
        "--uwazi",
        metavar="DIR",
        help="write Uwazi import files (a zip per template, thesaurus CSVs) into DIR, empty or new; "
        "several cases may be given",
    )
    group.add_argument(
        "--profile",
        choices=PROFILES,
        help="with --uwazi: internal (everything, originals), partner (no secrets), public (also "
        "pseudonymises non-consenting people); default public",
    )
    group.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="with --uwazi: the Uwazi instance's default language (select values, pseudonyms); default en",
    )


def cmd_export_uwazi(args: argparse.Namespace) -> int:
    from app.uwazi import UwaziExportError, export_uwazi

    if args.output:
        raise UserError("--uwazi writes a folder: leave out -o.")
    profile, lang = args.profile or PUBLIC, args.lang or "en"
    with open_vault(args) as vault:
        case_ids = [resolve_case(vault, ref) for ref in args.case]
        try:
            result = export_uwazi(vault, case_ids, args.uwazi, profile=profile, lang=lang, progress=progress_to_stderr)
        except UwaziExportError as exc:
            raise UserError(str(exc)) from None
    print(
        "Warning: these files are NOT encrypted. Keep them off shared disks and delete them once Uwazi "
        "has imported them.",
        file=sys.stderr,
    )
    print(f"Wrote {result.folder} (profile {profile}, default language {lang}):")
    for f in result.files:
        rows = f"{f.rows} row{'s' if f.rows != 1 else ''}" + (f", {f.attachments} attachments" if f.attachments else "")
        print(f"  {f.name}\t{f.size} bytes\t{rows if f.name.endswith(('.zip', '.csv')) else ''}".rstrip())
    for name in result.empty_templates:
        print(f"  (no {name} entities: no zip)")
    for evidence_id, why in result.left_out:
        print(f"  evidence {evidence_id}: no file attached: {why}")
    plan = result.plan
    print(
        f"Pseudonymised persons: {len(plan.pseudonymised())}; hidden values: {len(plan.hidden())}; "
        f"names removed from free text: {plan.scrubbed_count()}."
    )
    return 0
