"""``casefile incident add``: record an incident as the desktop form does; ``casefile evidence link``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import UserError, open_vault, print_json, resolve_case
from app.domain import vocab
from app.domain.dates import parse as parse_date
from app.domain.incidents import Incident, Victim, default_act
from app.services.evidence import EvidenceService
from app.services.incidents import IncidentService
from app.views import Views

MAX_JSON_BYTES = 1024 * 1024
LINK_TARGETS = (("event", "events"), ("act", "acts"), ("person", "persons"), ("source", "sources"))


def _read_json(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_JSON_BYTES + 1)
    except OSError:
        raise UserError(f"The file {path!r} cannot be read.") from None
    if len(data) > MAX_JSON_BYTES:
        raise UserError("The incident file is larger than 1 MB.")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise UserError("The incident file is not JSON text.") from None
    if not isinstance(doc, dict):
        raise UserError("The incident file must hold one JSON object.")
    return doc


def _text(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key) or ""
    if not isinstance(value, str):
        raise UserError(f"'{key}' must be text.")
    return value.strip()


def _code(value: Any, vocabulary: str, what: str) -> str:
    if not vocab.known(vocabulary, value):
        raise UserError(f"{value!r} is not a known {what}; choose one of: {', '.join(vocab.codes(vocabulary))}.")
    return str(value)


def _victims(views: Views, doc: dict[str, Any]) -> tuple[Victim, ...]:
    people = doc.get("people") or []
    if not isinstance(people, list):
        raise UserError("'people' must be a list.")
    out = []
    for p in people:
        if isinstance(p, str):
            p = {"name": p}
        if not isinstance(p, dict):
            raise UserError("Each person is a name, or an object with 'name' or 'person_id' (and 'act').")
        name = " ".join(str(p.get("name") or "").split())
        person_id = p.get("person_id") or (views.people.named_exactly(name) if name else None)
        if not person_id and not name:
            raise UserError("Each person needs a 'name' or a 'person_id'.")
        act = _code(p["act"], "act_type", "act") if p.get("act") else doc.get("act")
        out.append(Victim(person_id, name, act))
    return tuple(out)


def incident_from(views: Views, case_id: str, doc: dict[str, Any]) -> Incident:
    """An incident from what the command line or a JSON file gives: when, where, kind, title,
    description, people (names or {name | person_id, act}), act, by (organisation id), source (id)."""
    kind = _code(doc.get("kind"), "event_type", "kind of incident")
    if doc.get("act"):
        doc = {**doc, "act": _code(doc["act"], "act_type", "act")}
    when = _text(doc, "when")
    place = _text(doc, "where")
    title = _text(doc, "title") or (f"{vocab.short('event_type', kind, 'en')}, {place}" if place else "")
    return Incident(
        case_id,
        kind,
        title or vocab.short("event_type", kind, "en"),
        date=parse_date(when) if when else None,
        place=place,
        description=_text(doc, "description"),
        victims=_victims(views, doc),
        by=_text(doc, "by") or None,
        source=_text(doc, "source") or None,
    )


def cmd_incident_add(args: argparse.Namespace) -> int:
    given = _read_json(args.json) if args.json else {}
    flags = {
        "when": args.when,
        "where": args.where,
        "kind": args.kind,
        "title": args.title,
        "description": args.description,
        "act": args.act,
        "by": args.by,
        "source": args.source,
        "people": [*(args.person or []), *({"person_id": p} for p in args.person_id or [])] or None,
    }
    doc = {**given, **{k: v for k, v in flags.items() if v is not None}}
    if not doc.get("kind"):
        raise UserError("Say what kind of incident it was: --kind (e.g. arrest, detention, intimidation).")
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        views = Views(vault)
        incident = incident_from(views, case_id, doc)
        event_id = IncidentService(vault).record(incident)
    new = sum(1 for v in incident.victims if not v.person_id)
    acts = [v.act or default_act(incident.kind) for v in incident.victims]
    print(f"Recorded event {event_id}: {len(acts)} act(s) ({', '.join(acts) or 'none'}), {new} new person(s).")
    return 0


def _link_target(args: argparse.Namespace) -> tuple[str, str]:
    given = [(entity, getattr(args, flag)) for flag, entity in LINK_TARGETS if getattr(args, flag)]
    if len(given) != 1:
        raise UserError("Name exactly one of --event, --act, --person or --source.")
    return given[0]


def cmd_evidence_link(args: argparse.Namespace) -> int:
    entity, entity_id = _link_target(args)
    with open_vault(args) as vault:
        service = EvidenceService(vault)
        if args.unlink:
            service.unlink(args.item, entity, entity_id)
        else:
            service.link(args.item, entity, entity_id)
        links = Views(vault).evidence.details(args.item).links
    if args.json:
        print_json([{"entity": x.entity, "entity_id": x.entity_id, "name": x.name} for x in links])
        return 0
    print(f"{'Unlinked' if args.unlink else 'Linked'} {args.item}; it is now linked to {len(links)} record(s).")
    for x in links:
        print(f"  {x.entity}\t{x.entity_id}\t{x.name or ''}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("incident", parents=[common], help="record an incident: an event and what was done to whom")
    isub = p.add_subparsers(dest="incident_cmd", required=True)
    a = isub.add_parser("add", parents=[common], help="record an incident in one transaction")
    a.add_argument("case", help="case id or reference")
    a.add_argument("--when", help="as a source gives it: 13.11.2025, 'late November 2025', 'summer 2025'")
    a.add_argument("--where")
    a.add_argument("--kind", help="vocabulary event_type, e.g. arrest, detention, protest, intimidation")
    a.add_argument("--title", help="a headline (default: the kind and the place)")
    a.add_argument("--description", help="what happened")
    a.add_argument("--person", action="append", metavar="NAME", help="someone it happened to (repeat for several)")
    a.add_argument("--person-id", action="append", metavar="ID", help="an existing person, by id")
    a.add_argument("--act", help="what was done to each person (vocabulary act_type; default: by the kind)")
    a.add_argument("--by", metavar="ORGANISATION_ID", help="who did it")
    a.add_argument("--source", metavar="SOURCE_ID", help="which source says so")
    a.add_argument("--json", metavar="FILE", help="the incident as JSON (flags given as well take precedence)")
    a.set_defaults(func=cmd_incident_add)


def register_links(esub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``casefile evidence link`` / ``unlink``, under the evidence command."""
    for name, unlink in (("link", False), ("unlink", True)):
        what = "remove a link of" if unlink else "link"
        p = esub.add_parser(name, parents=[common], help=f"{what} an evidence item to an event, act, person or source")
        p.add_argument("item", help="evidence id (see 'casefile evidence list')")
        for flag, _entity in LINK_TARGETS:
            p.add_argument(f"--{flag}", metavar="ID")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_evidence_link, unlink=unlink)
