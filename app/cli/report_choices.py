"""What ``casefile report`` and ``casefile pack`` share about redaction: per-report choices, and refusals.

``--pseudonymise person-4`` and ``--show-value sources.informant:source-1``
name persons and rows the way the report's messages do (their opaque ids, which
carry no names), or by their ids in the vault. A refusal of the leak gate
becomes one plain paragraph: what was found where, and what to do.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import UserError
from storage.vault import Vault


def add_choice_flags(parser: argparse.ArgumentParser, *, what: str = "the report") -> None:
    parser.add_argument(
        "--pseudonymise",
        action="append",
        default=[],
        metavar="PERSON",
        help=f"show this person under a pseudonym in {what} (as the leak check's messages name them, e.g. person-4)",
    )
    parser.add_argument(
        "--show-value",
        action="append",
        default=[],
        metavar="FIELD:ROW",
        help=f"show a withheld value in {what}, e.g. sources.informant:source-1 (only if it need not be secret)",
    )


def resolve_choices(vault: Vault, case_id: str, args: argparse.Namespace) -> tuple[dict[str, str], list[dict]]:
    """(person overrides, field overrides) for build_report from the command's flags."""
    pseudonymise: list[str] = getattr(args, "pseudonymise", []) or []
    show: list[str] = getattr(args, "show_value", []) or []
    if not pseudonymise and not show:
        return {}, []
    from app.redaction import redact
    from app.report.build import report_document
    from app.services.interchange import export_case

    doc = report_document(export_case(vault, case_id))
    id_map = redact(doc, "internal").id_map
    back = {(entity, label): old for (entity, old), label in id_map.items()}

    def row(entity: str, ref: str) -> str:
        if (entity, ref) in back:
            return back[(entity, ref)]
        if (entity, ref) in id_map:
            return ref
        raise UserError(f"The case has no {entity.removesuffix('s').replace('_', ' ')} called {ref!r}.")

    persons = {row("persons", ref): "pseudonymise" for ref in pseudonymise}
    fields = []
    for spec in show:
        path, _, ref = spec.partition(":")
        entity, _, field = path.partition(".")
        if not (entity and field and ref):
            raise UserError(f"--show-value takes FIELD:ROW, e.g. sources.informant:source-1 (not {spec!r}).")
        fields.append({"entity": entity, "entity_id": row(entity, ref), "field": field, "sensitivity": "public"})
    return persons, fields


def leak_refusal(error: Any, refused: str) -> UserError:
    """The leak gate's refusal as a message for the terminal."""
    from app.report.explain import explain

    return UserError(explain(error).text(refused, flags=True))
