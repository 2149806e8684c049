"""``casefile evidence show ITEM``: one evidence item, its Content Credentials, capture data and custody trail."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import UserError, open_vault, print_json
from app.evidence.credentials import describe
from app.services.evidence import EvidenceService


def cmd_evidence_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        service = EvidenceService(vault)
        item = service.records.get("evidence", args.item)
        if item is None:
            raise UserError(f"There is no evidence item {args.item!r} in this vault (see 'casefile evidence list').")
        trail = service.custody_trail(args.item)
    credentials = describe(item.get("capture"))
    if args.json:
        print_json({**item, "content_credentials": credentials.to_dict() if credentials else None, "custody": trail})
        return 0
    for line in show_lines(item, trail):
        print(line)
    return 0


def show_lines(item: dict[str, Any], trail: list[dict[str, Any]]) -> list[str]:
    stored = item.get("capture")
    capture: dict[str, Any] = stored if isinstance(stored, dict) else {}
    lines = [f"Evidence {item['id']}"]
    fields = [
        ("Case", item.get("case_id")),
        ("SHA-256", item.get("sha256")),
        ("Size", f"{item.get('size')} bytes"),
        ("Type", item.get("media_type")),
        ("Taken in", item.get("intake_time")),
        ("File name", item.get("original_name")),
        ("Brought by", item.get("brought_by")),
        ("From", item.get("origin")),
        ("Description", item.get("description")),
        ("Derived from", f"{item['parent_id']} ({item.get('operation')})" if item.get("parent_id") else None),
    ]
    lines += [f"  {name + ':':<13}{value}" for name, value in fields if value]
    lines += credentials_lines(capture)
    captured = [str(capture[k]) for k in ("captured", "make", "model") if capture.get(k)]
    if capture.get("gps"):
        captured.append("GPS position recorded")
    if captured:
        lines.append(f"  {'Captured:':<13}{' · '.join(captured)}")
    kept = [k for k in ("exif", "jpeg_comments", "xmp", "iptc", "png_text", "icc_profile") if capture.get(k)]
    if kept:
        lines.append(f"  {'Also kept:':<13}{', '.join(kept)} (secret: never in partner or public outputs)")
    lines.append("  Custody:")
    for c in trail:
        details = json.dumps(c.get("details") or {}, ensure_ascii=False, sort_keys=True)
        lines.append(f"    {c.get('at')}  {c.get('action'):<8} {c.get('actor') or ''}  {details}")
    return lines


def credentials_lines(capture: Any) -> list[str]:
    view = describe(capture)
    if view is None:
        return ["  Content Credentials: not checked (not a kind of file that carries them)"]
    lines = [f"  Content Credentials: {view.label} ({view.explanation})"]
    if view.signer or view.issuer:
        issuer = f" ({view.issuer})" if view.issuer else ""
        lines.append(f"    Signed by:  {view.signer or '?'}{issuer}")
    if view.signed_at:
        lines.append(f"    Signed at:  {view.signed_at}")
    if view.claim_generator:
        lines.append(f"    Made with:  {view.claim_generator}")
    if view.identities:
        lines.append(f"    Names in the manifest: {'; '.join(view.identities)}")
    if view.codes:
        lines.append(f"    Checks failed: {', '.join(view.codes)}")
    return lines


def register_show(esub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    show = esub.add_parser("show", parents=[common], help="one item: Content Credentials, capture data, custody")
    show.add_argument("item", help="the evidence id (see 'casefile evidence list')")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_evidence_show)
