"""Commands for handoff packs: contact cards, pack, verify, receive."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import (
    UserError,
    check_input,
    check_output,
    open_vault,
    print_json,
    print_outcome,
    progress_to_stderr,
    read_input,
    resolve_case,
    write_output,
)
from app.cli.report_choices import add_choice_flags, leak_refusal, resolve_choices
from app.domain.profiles import PARTNER, PROFILES
from app.packs import (
    ContactCard,
    Partner,
    PartnerBook,
    my_card,
    normalise_fingerprint,
    qr_png,
    receive_pack,
    verify_pack,
)
from app.packs.cards import card_label, set_card_label
from app.packs.receipt import make_receipt
from app.services.packs import make_pack

MAX_CARD_BYTES = 64 * 1024


def _read_card(ref: str, label: str | None) -> ContactCard:
    """A card file, or a bare age recipient (age1…) for a partner who uses only the age tool."""
    path = Path(ref)
    if ref.startswith("age1") and not path.exists():
        if not label:
            raise UserError("A bare age recipient needs a --label naming the partner.")
        return ContactCard.age_only(label, ref)
    data = read_input(path, MAX_CARD_BYTES)
    text = data.decode("utf-8", "replace").strip()
    if text.startswith("age1") and "\n" not in text:
        if not label:
            raise UserError("A bare age recipient needs a --label naming the partner.")
        return ContactCard.age_only(label, text)
    card = ContactCard.from_json(data)
    if label:
        card = ContactCard(label, card.recipient, card.signing_key)
    return card


def _confirm_fingerprint(card: ContactCard, given: str | None) -> bool:
    if given is not None:
        if normalise_fingerprint(given) != card.fingerprint:
            raise UserError(
                f"The fingerprint you gave does not match this card ({card.fingerprint}). Do not trust "
                "it: ask your partner for their card again, in person if you can."
            )
        return True
    if not sys.stdin.isatty():
        raise UserError(
            "Trusting a card needs its fingerprint confirmed: run this in a terminal, or pass "
            "--trust-fingerprint FP (as your partner reads it to you), or --untrusted."
        )
    print(f"Card: {card.label}\nFingerprint: {card.fingerprint}")
    answer = input("Does your partner read out exactly this fingerprint (in person or on a call you trust)? [yes/no] ")
    if answer.strip().lower() not in ("yes", "y"):
        raise UserError("Not confirmed; the card was not added.")
    return True


def cmd_card_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    pem, qr = out.with_suffix(".pem"), out.with_suffix(".png")
    for target in (out, pem, qr):  # all three places are fine before anything is written
        check_output(target)
    with open_vault(args) as vault:
        label = set_card_label(vault, args.label) if args.label else card_label(vault)
        card = my_card(vault, label)
    # A card is public by design: readable by others, unlike every other file Casefile writes.
    write_output(out, card.to_json().encode("utf-8"), public=True)
    write_output(pem, (card.signing_key_pem or "").encode("ascii"), public=True)
    written = [str(out), str(pem)]
    png = qr_png(card)
    if png is not None:
        write_output(qr, png, public=True)
        written.append(str(qr))
    print(f"Wrote {', '.join(written)}")
    print(f"Your fingerprint: {card.fingerprint}  (read it to your partner when you hand over the card)")
    return 0


def cmd_card_import(args: argparse.Namespace) -> int:
    card = _read_card(args.card, args.label)
    trusted = False if args.untrusted else _confirm_fingerprint(card, args.trust_fingerprint)
    with open_vault(args) as vault:
        partner = PartnerBook(vault).add(card, trusted=trusted)
    state = "trusted" if partner.trusted else "NOT trusted yet (confirm with 'casefile card trust')"
    print(f"Added {partner.label} ({partner.fingerprint}): {state}.")
    return 0


def cmd_card_trust(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        book = PartnerBook(vault)
        partner = book.find(args.partner)
        _confirm_fingerprint(partner.card, args.trust_fingerprint)
        partner = book.trust(partner)
    print(f"{partner.label} ({partner.fingerprint}) is now trusted.")
    return 0


def cmd_card_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        me = my_card(vault, card_label(vault))
        partners = PartnerBook(vault).all()
    if args.json:
        print_json(
            {
                "me": {"label": me.label, "fingerprint": me.fingerprint, "age_recipient": me.recipient},
                "partners": [p.to_json() for p in partners],
            }
        )
        return 0
    print(f"This vault: {me.label}  {me.fingerprint}")
    for p in partners:
        flags = "trusted" if p.trusted else "NOT TRUSTED"
        kind = "" if p.signing_key else "  (age only: cannot sign)"
        print(f"  {p.fingerprint}  {flags:11}  {p.label}{kind}")
    if not partners:
        print("No partner cards yet: 'casefile card import PARTNER.card'.")
    return 0


def _recipient(book: PartnerBook, ref: str) -> Partner:
    path = Path(ref)
    if path.is_file():
        card = _read_card(ref, None)
        found = book.by_fingerprint(card.fingerprint)
        if found is None:
            raise UserError(f"The card {ref!r} is not in this vault: import it and confirm its fingerprint first.")
        return found
    return book.find(ref)


def cmd_pack(args: argparse.Namespace) -> int:
    from app.report import ReportLeakError

    out = check_output(args.output)
    with open_vault(args) as vault:
        case_id = resolve_case(vault, args.case)
        book = PartnerBook(vault)
        recipients = [_recipient(book, ref) for ref in args.to]
        person_overrides, field_overrides = resolve_choices(vault, case_id, args)
        try:
            result = make_pack(
                vault,
                case_id,
                recipients,
                out,
                profile=args.profile,
                lang=args.lang,
                with_report=not args.no_report,
                include_originals=args.include_originals,
                person_overrides=person_overrides,
                field_overrides=field_overrides,
                progress=progress_to_stderr,
            )
        except ReportLeakError as exc:
            raise leak_refusal(exc, "The pack was not made") from None
    evidence = sum(1 for i in result.items if i.kind == "evidence")
    print(f"Wrote {result.path} ({result.size} bytes, {evidence} evidence items, profile {args.profile}).")
    print(f"Pack id {result.pack_id}\nSHA-256 {result.sha256}")
    print("Its manifest holds this vault's audit head: your partner keeps a witness of the log as it is now.")
    print(f"Encrypted to: {', '.join(f'{r.label} ({r.fingerprint})' for r in recipients)}")
    for evidence_id, why in result.left_out:
        print(f"Left out {evidence_id}: {why}.", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    pack = check_input(args.pack)
    with open_vault(args) as vault:
        report = verify_pack(vault, pack, progress=progress_to_stderr)
    if args.json:
        print_json(report.to_json())
        return 0 if report.ok else 1
    m = report.manifest
    if m is not None:
        print(f"Pack {m.pack_id}: case {m.case_reference or m.case_id}, profile {m.profile}, made {m.created}")
        signer = report.signer_label or m.producer_label
        state = "trusted" if report.signer_trusted else "NOT trusted"
        print(
            f"Signed by {signer} ({report.signer_fingerprint}), {state}; signature "
            f"{'valid' if report.signature_ok else 'NOT valid'}"
        )
        for item in report.items:
            print(f"  {item.status:11} {item.path}  {item.size} bytes")
    print(f"Pack file SHA-256 {report.pack_sha256}")
    for w in report.warnings:
        print(f"Note: {w}")
    return print_outcome(report.failures, "{n} check(s) failed:")


def cmd_receive(args: argparse.Namespace) -> int:
    pack = check_input(args.pack)
    receipt_path = check_output(args.receipt) if args.receipt else None
    with open_vault(args) as vault:
        result = receive_pack(vault, pack, accept_older=args.accept_older, progress=progress_to_stderr)
        if receipt_path is not None:
            receipt, signature = make_receipt(vault, result)
            write_output(receipt_path, receipt, public=True)
            write_output(receipt_path.with_name(receipt_path.name + ".sig"), signature, public=True)
            print(f"Wrote the receipt {args.receipt} (+ .sig): send it back to the sender.", file=sys.stderr)
    if args.json:
        print_json(result.__dict__)
        return 0
    verb = "created" if result.case_created else "added to existing case"
    print(
        f"Received pack {result.pack_id} from {result.sender_label} ({result.sender_fingerprint}): "
        f"{len(result.evidence_ids)} evidence items, {verb} {result.case_id}."
    )
    for w in result.warnings:
        print(f"Note: {w}")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("card", parents=[common], help="contact cards: yours and your partners'")
    csub = p.add_subparsers(dest="card_cmd", required=True)
    c = csub.add_parser("export", parents=[common], help="write your public card (+ .pem signing key, + .png QR)")
    c.add_argument("-o", "--output", required=True, help="card file to write, e.g. me.card")
    c.add_argument("--label", help="the name your partners will see (kept for later exports)")
    c.set_defaults(func=cmd_card_export)
    c = csub.add_parser("import", parents=[common], help="add a partner's card (or a bare age1… recipient)")
    c.add_argument("card", help="a .card file, or an age recipient age1… for a partner using only age")
    c.add_argument("--label", help="name for the partner (required for a bare age recipient)")
    g = c.add_mutually_exclusive_group()
    g.add_argument("--trust-fingerprint", metavar="FP", help="the fingerprint your partner read out to you")
    g.add_argument("--untrusted", action="store_true", help="add the card without trusting it yet")
    c.set_defaults(func=cmd_card_import)
    c = csub.add_parser("trust", parents=[common], help="confirm a partner's fingerprint")
    c.add_argument("partner", help="label, fingerprint or id")
    c.add_argument("--trust-fingerprint", metavar="FP")
    c.set_defaults(func=cmd_card_trust)
    c = csub.add_parser("list", parents=[common], help="your fingerprint and your partners' cards")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_card_list)

    p = sub.add_parser("pack", parents=[common], help="make an encrypted, signed handoff pack of a case")
    p.add_argument("case")
    p.add_argument(
        "--to",
        action="append",
        required=True,
        metavar="PARTNER",
        help="partner label, fingerprint or card file (repeat for several)",
    )
    p.add_argument("--profile", choices=PROFILES, default=PARTNER)
    p.add_argument(
        "--include-originals",
        action="store_true",
        help="send original evidence files (with their metadata) instead of metadata-free copies",
    )
    p.add_argument("--lang", default="en", help="language of the report in the pack")
    p.add_argument("--no-report", action="store_true", help="leave report.pdf out")
    add_choice_flags(p, what="the pack's report")
    p.add_argument("-o", "--output", required=True, help="pack file to write (.casefile-pack)")
    p.set_defaults(func=cmd_pack)

    p = sub.add_parser("verify", parents=[common], help="check a pack's signature, names and hashes")
    p.add_argument("pack")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("receive", parents=[common], help="verify a pack and import it into this vault")
    p.add_argument("pack")
    p.add_argument(
        "--accept-older",
        action="store_true",
        help="accept a pack older than one already received from the same sender for the case",
    )
    p.add_argument(
        "--receipt", metavar="FILE", help="write a signed receipt (with this vault's audit head) for the sender"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receive)
