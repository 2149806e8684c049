"""``casefile source|proceeding|hearing|measure|communication add``, ``casefile edit``, ``delete`` and
``undo``: the desktop forms' writes, from a terminal (same services)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import UserError, confirm, open_vault, resolve_case
from app.domain.dates import FuzzyDate
from app.domain.dates import parse as parse_date
from app.domain.model import entity
from app.services.changes import CHANGEABLE, ChangeService
from app.services.communications import CommunicationService, NewCommunication
from app.services.evidence_changes import EvidenceChanges
from app.services.proceedings import NewHearing, NewMeasure, NewProceeding, ProceedingService
from app.services.sources import NewSource, SourceService


def _date(text: str | None) -> FuzzyDate | None:
    return parse_date(text) if text else None


def cmd_source_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        source_id = SourceService(vault).add(
            NewSource(
                case_id,
                args.kind,
                args.title,
                args.author or "",
                _date(args.date),
                args.reference or "",
                args.reliability or "",
                args.informant or "",
                args.notes or "",
            )
        )
    print(source_id)
    return 0


def cmd_proceeding_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        proceeding_id = ProceedingService(vault).add_proceeding(
            NewProceeding(
                case_id,
                args.title,
                args.kind,
                args.court or "",
                args.case_number or "",
                tuple(args.provision or ()),
                args.status or "",
                args.description or "",
                tuple(args.defendant or ()),
                args.source,
            )
        )
    print(proceeding_id)
    return 0


def cmd_hearing_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        hearing_id = ProceedingService(vault).add_hearing(
            NewHearing(
                args.proceeding,
                _date(args.date),
                args.place or "",
                args.outcome or "",
                _date(args.next_date),
                args.closed,
                args.notes or "",
                args.source,
                args.quote or "",
            )
        )
    print(hearing_id)
    return 0


def cmd_measure_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        ids = ProceedingService(vault).add_measures(
            NewMeasure(
                case_id,
                tuple(args.person or ()),
                args.type,
                args.proceeding,
                _date(args.start),
                args.duration or "",
                _date(args.end),
                args.extends,
                "active",
                args.notes or "",
                args.source,
                args.quote or "",
            )
        )
    print("\n".join(ids))
    return 0


def cmd_communication_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        communication_id = CommunicationService(vault).add(
            NewCommunication(
                case_id,
                args.kind,
                args.title,
                reference=args.reference or "",
                date=_date(args.date),
                sender=args.sender or "",
                addressee=args.addressee or "",
                mandates=tuple(args.mandate or ()),
                questions=tuple(args.question or ()),
                recommendations=tuple(args.recommendation or ()),
                reply_window_days=args.reply_window,
                publication_date=_date(args.published),
                reply_received=_date(args.replied),
                status=args.status or "",
                follow_up=_date(args.follow_up),
                source_id=args.source,
            )
        )
    print(communication_id)
    return 0


def _value(entity_name: str, field_name: str, text: str) -> Any:
    """A field's value from the command line: a fuzzy date parsed, JSON for lists and numbers."""
    try:
        kind = entity(entity_name).field(field_name).type
    except KeyError:
        raise UserError(f"{entity_name} has no field {field_name!r}.") from None
    if text == "":
        return None
    if kind == "date":
        return parse_date(text).to_json()
    if kind in ("json", "int", "bool"):
        try:
            return json.loads(text)
        except ValueError:
            raise UserError(f'{field_name} takes a JSON value here (e.g. ["a", "b"], 60, true).') from None
    return text


def _entity(name: str) -> str:
    if name not in CHANGEABLE:
        raise UserError(f"{name!r} cannot be changed here; choose one of: {', '.join(CHANGEABLE)}.")
    return name


def cmd_edit(args: argparse.Namespace) -> int:
    entity_name = _entity(args.entity)
    changes: dict[str, Any] = {}
    for pair in args.set or []:
        name, sep, text = pair.partition("=")
        if not sep:
            raise UserError("Give each change as FIELD=VALUE (an empty VALUE clears the field).")
        changes[name.strip()] = _value(entity_name, name.strip(), text)
    if not changes:
        raise UserError("Nothing to change: give --set FIELD=VALUE.")
    with open_vault(args) as vault:
        changed = ChangeService(vault).edit(entity_name, args.id, changes)
    print(f"Changed {args.entity} {args.id}." if changed else "Nothing changed.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.entity == "evidence":
            service = EvidenceChanges(vault)
            plan = service.removal(args.id)
            confirm(
                args,
                f"Delete evidence {args.id}? Its encrypted file is destroyed; its SHA-256 and custody trail "
                f"({plan.custody_entries} entries) stay in the audit log. This cannot be undone. Type yes:",
                "yes",
            )
            service.delete(args.id)
            print(f"Deleted evidence {args.id}; its custody trail is kept in the audit log.")
            return 0
        changes = ChangeService(vault)
        removal = changes.removal(_entity(args.entity), args.id)
        also = ", ".join(f"{n} {name}" for name, n in removal.counts().items()) or "nothing else"
        confirm(
            args, f"Delete {args.entity} {args.id} and with it: {also}? (undo with 'casefile undo') Type yes:", "yes"
        )
        changes.delete(args.entity, args.id)
    print(f"Deleted {args.entity} {args.id} (and {also}). 'casefile undo' brings it back.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        undone = ChangeService(vault).undo()
    print(f"Undid the {undone.kind} of {undone.entity} {undone.entity_id} ({undone.at}).")
    return 0


def _add(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser, name: str, what: str
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, parents=[common], help=f"record {what}")
    psub = p.add_subparsers(dest=f"{name}_cmd", required=True)
    return psub.add_parser("add", parents=[common], help=f"add {what}; prints its id")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    a = _add(sub, common, "source", "a source (a statement, a UN letter, an interview)")
    a.add_argument("case")
    a.add_argument("--kind", required=True, help="vocabulary source_kind: ngo_statement, un_communication, interview…")
    a.add_argument("--title", required=True)
    a.add_argument("--author")
    a.add_argument("--date", help="as the source gives it: 15.01.2026, 'late November 2025'")
    a.add_argument("--reference")
    a.add_argument("--reliability", help="vocabulary reliability: high, medium, low, unknown")
    a.add_argument("--informant", help="a confidential source's identity (kept secret)")
    a.add_argument("--notes")
    a.set_defaults(func=cmd_source_add)

    a = _add(sub, common, "proceeding", "a legal proceeding")
    a.add_argument("case")
    a.add_argument("--title", required=True)
    a.add_argument("--kind", default="criminal", help="criminal, administrative, civil")
    a.add_argument("--court", help="the court's name")
    a.add_argument("--case-number")
    a.add_argument(
        "--provision", action="append", help="a charged provision (repeat), e.g. 'Criminal Code art. 174(2)'"
    )
    a.add_argument("--status", help="investigation, trial, verdict, appeal, closed")
    a.add_argument("--description")
    a.add_argument("--defendant", action="append", metavar="PERSON_ID")
    a.add_argument("--source", metavar="SOURCE_ID")
    a.set_defaults(func=cmd_proceeding_add)

    a = _add(sub, common, "hearing", "a hearing of a proceeding")
    a.add_argument("proceeding", metavar="PROCEEDING_ID")
    a.add_argument("--date")
    a.add_argument("--place")
    a.add_argument("--outcome", help="held, postponed, scheduled, verdict")
    a.add_argument("--next-date")
    a.add_argument("--closed", action="store_true", help="held behind closed doors")
    a.add_argument("--notes")
    a.add_argument("--source", metavar="SOURCE_ID")
    a.add_argument("--quote", help="the source's own words")
    a.set_defaults(func=cmd_hearing_add)

    a = _add(sub, common, "measure", "a measure (detention, house arrest, an extension) for one or more people")
    a.add_argument("case")
    a.add_argument("--person", action="append", required=True, metavar="PERSON_ID", help="repeat for several")
    a.add_argument("--type", required=True, help="vocabulary measure_type: pre_trial_detention, house_arrest…")
    a.add_argument("--proceeding", metavar="PROCEEDING_ID")
    a.add_argument("--start")
    a.add_argument("--duration", help="as stated: '10 days', 'two months'")
    a.add_argument("--end", help="when it ends (default: start plus duration)")
    a.add_argument("--extends", action="store_true", help="extends the measure of this type in force")
    a.add_argument("--notes")
    a.add_argument("--source", metavar="SOURCE_ID")
    a.add_argument("--quote")
    a.set_defaults(func=cmd_measure_add)

    a = _add(sub, common, "communication", "a UN letter, statement or appeal")
    a.add_argument("case")
    a.add_argument("--kind", required=True, help="AL, UA, OL, statement, appeal")
    a.add_argument("--title", required=True)
    a.add_argument("--reference", help="e.g. 'AL KAZ 2/2026'")
    a.add_argument("--date")
    a.add_argument("--sender")
    a.add_argument("--addressee")
    a.add_argument("--mandate", action="append")
    a.add_argument("--question", action="append")
    a.add_argument("--recommendation", action="append")
    a.add_argument("--reply-window", type=int, metavar="DAYS")
    a.add_argument("--published")
    a.add_argument("--replied", help="when a reply was received")
    a.add_argument("--status", help="sent, awaiting_reply, replied, published, closed")
    a.add_argument("--follow-up")
    a.add_argument("--source", metavar="SOURCE_ID")
    a.set_defaults(func=cmd_communication_add)

    p = sub.add_parser("edit", parents=[common], help="change fields of a record (undo with 'casefile undo')")
    p.add_argument("entity", help="persons, events, acts, sources, proceedings, hearings, measures, communications…")
    p.add_argument("id")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_edit)
    p = sub.add_parser("delete", parents=[common], help="delete a record and what depends on it")
    p.add_argument("entity")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_delete)
    p = sub.add_parser("undo", parents=[common], help="undo the last edit, deletion or addition")
    p.set_defaults(func=cmd_undo)
