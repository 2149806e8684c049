"""Commands about the vault itself: init, demo, passwd, recovery, rotate-key, wipe, audit."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import (
    UserError,
    confirm,
    kdf_for_new_vault,
    keystore,
    new_passphrase,
    open_vault,
    read_input,
    vault_dir,
    write_output,
)
from app.demo import DEMO_CASE_ID, load_demo
from storage import audit
from storage.errors import VaultLocked, VaultReadOnly
from storage.fsutil import translate_os_error
from storage.vault import DB_NAME, HEADER_NAME, Vault, VaultLock, check_new_passphrase, wipe_vault

RECOVERY_NOTICE = (
    "Recovery code (shown once; write it down and keep it apart from this computer).\n"
    "It opens the vault if the passphrase is forgotten or the keychain is lost:\n\n    {code}\n"
)


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    secret = new_passphrase(args, "passphrase_file")
    check_new_passphrase(secret)
    kdf, weak = kdf_for_new_vault()
    store = keystore()
    if args.bind and not store.available():
        raise UserError(store.describe() + " The vault was not created; run again without --bind.")
    vault, code = Vault.create(
        folder, secret, kdf=kdf, keystore=store, bind_to_device=args.bind, allow_below_floor=weak
    )
    vault.close()
    print(f"Created an encrypted vault in {folder}")
    print(RECOVERY_NOTICE.format(code=code))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create (or reuse) a vault and load the seed case into it."""
    folder = vault_dir(args)
    created_code = None
    if (folder / HEADER_NAME).exists():
        vault = open_vault(args)
    else:
        secret = new_passphrase(args, "passphrase_file")
        kdf, weak = kdf_for_new_vault()
        vault, created_code = Vault.create(folder, secret, kdf=kdf, keystore=keystore(), allow_below_floor=weak)
    with vault:
        already = vault.db.one("SELECT 1 FROM cases WHERE id = ?", (DEMO_CASE_ID,)) is not None
        if already:
            print(f"The demo case is already in the vault at {folder}.")
        else:
            case_id = load_demo(vault)
            counts = {t: vault.db.one(f"SELECT count(*) FROM {t}")[0] for t in ("persons", "events", "acts")}
            print(
                f"Loaded the demo case {case_id} into {folder}: "
                f"{counts['persons']} persons, {counts['events']} events, {counts['acts']} acts."
            )
    if created_code:
        print(RECOVERY_NOTICE.format(code=created_code))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        secret = new_passphrase(args)
        kdf, weak = kdf_for_new_vault()
        vault.change_passphrase(secret, kdf=kdf, allow_below_floor=weak)
    print("The passphrase was changed. The recovery code still works.")
    return 0


def cmd_recovery(args: argparse.Namespace) -> int:
    if args.regenerate:
        with open_vault(args) as vault:
            code = vault.new_recovery_code()
        print("The old recovery code no longer works.")
        print(RECOVERY_NOTICE.format(code=code))
        return 0
    if not args.recovery_code_file:
        if not sys.stdin.isatty():
            raise UserError("Give the recovery code with --recovery-code-file, or run in a terminal.")
        import getpass

        code_text = getpass.getpass("Recovery code: ")
        vault = Vault.open(vault_dir(args), recovery_code=code_text, keystore=keystore())
    else:
        vault = open_vault(args)
    with vault:
        secret = new_passphrase(args)
        kdf, weak = kdf_for_new_vault()
        vault.change_passphrase(secret, kdf=kdf, allow_below_floor=weak)
    print("The vault is open again with the new passphrase.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        secret = new_passphrase(args)
        kdf, weak = kdf_for_new_vault()
        code = vault.rotate_data_key(secret, kdf=kdf, allow_below_floor=weak)
    print("All data was re-encrypted under a new key. The old passphrase and recovery code no longer work.")
    print(RECOVERY_NOTICE.format(code=code))
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    header = folder / HEADER_NAME
    if not header.exists() and not (folder / DB_NAME).exists():
        raise UserError(f"There is no vault in {folder}.")
    if header.exists() and not header.is_file():
        raise UserError(f"{header} is not an ordinary file, so this is not a vault Casefile made; nothing was wiped.")
    confirm(args, f"Destroy the vault in {folder} for ever? Type WIPE to confirm:", "yes")
    # The vault lock: a process that has the vault open would go on saving into files that are gone.
    try:
        lock = VaultLock(folder)
    except VaultReadOnly:
        raise UserError(
            "The vault is on a read-only disk, so nothing of it could be wiped. Make the disk writable, or "
            "destroy the disk itself."
        ) from None
    except VaultLocked:
        if not args.force:
            raise UserError(
                "This vault is open in another Casefile window or process: close it first, or run wipe with "
                "--force to destroy the vault anyway (that process will then fail to save anything)."
            ) from None
        lock = None
    try:
        wipe_vault(folder, keystore())
    except OSError as exc:
        raise translate_os_error(exc, "wiping the vault") from None
    finally:
        if lock is not None:
            lock.release()
    print("The vault was destroyed: its keys were overwritten and its files removed.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    witness = None
    if args.against:
        try:
            witness = audit.parse_witness(read_input(args.against, audit.MAX_WITNESS_BYTES))
        except audit.WitnessInvalid as exc:
            raise UserError(f"The witness {args.against!r} cannot be used: {exc}.") from None
    with open_vault(args) as vault:
        with vault.db.lock:
            conn = vault.db.conn
            problems = audit.verify(conn) if witness is None else audit.verify_against(conn, witness)
            rows, signed = vault.db.one("SELECT count(*), count(sig) FROM audit")
    if problems:
        for p in problems:
            print(f"FAILED: {p}", file=sys.stderr)
        return 1
    print(f"The audit log is intact: {rows} entries, each chained to the one before.")
    if signed < rows:
        print(
            f"The first {rows - signed} entries were written before entries were signed: they are protected by "
            "the hash chain only. Every later entry is signed with a key that was then destroyed."
        )
    if witness is not None:
        print(f"It continues the witness's entry {witness.seq} unchanged, and nothing after it was rewritten.")
    return 0


def cmd_audit_head(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        with vault.db.lock:
            head = audit.head_for_witness(vault.db.conn)
    data = (json.dumps(head, indent=1) + "\n").encode("ascii")
    if args.output in (None, "-"):
        sys.stdout.write(data.decode("ascii"))
    else:
        write_output(args.output, data, public=True)
        print(f"Wrote {args.output}: keep it, or give it to someone you trust, to check this log later.")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a vault (prints the recovery code once)")
    p.add_argument("--bind", action="store_true", help="bind the vault to this computer's keychain")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("demo", parents=[common], help="create a vault holding the case from the seed documents")
    p.set_defaults(func=cmd_demo)
    for name, func, text in (
        ("passwd", cmd_passwd, "change the passphrase"),
        ("rotate-key", cmd_rotate_key, "re-encrypt everything under a new key (for a compromised passphrase)"),
    ):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("--new-passphrase-file", help="read the new passphrase from a file")
        p.set_defaults(func=func)
    p = sub.add_parser(
        "recovery",
        parents=[common],
        help="open with the recovery code and set a new passphrase, or --regenerate the code",
    )
    p.add_argument("--recovery-code-file", help="read the recovery code from a file")
    p.add_argument("--new-passphrase-file", help="read the new passphrase from a file")
    p.add_argument("--regenerate", action="store_true", help="replace the recovery code (needs the passphrase)")
    p.set_defaults(func=cmd_recovery)
    p = sub.add_parser("wipe", parents=[common], help="destroy the vault at once (panic wipe)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--force", action="store_true", help="wipe even while another process has the vault open")
    p.set_defaults(func=cmd_wipe)
    p = sub.add_parser("audit", parents=[common], help="check the audit log")
    asub = p.add_subparsers(dest="audit_cmd", required=True)
    v = asub.add_parser("verify", parents=[common], help="verify the audit log's chain and signatures")
    v.add_argument(
        "--against",
        metavar="WITNESS",
        help="also check the log against a witness: an audit head (casefile audit head) or a pack's manifest.json",
    )
    v.set_defaults(func=cmd_audit_verify)
    h = asub.add_parser("head", parents=[common], help="print the audit log's head: a witness to check it later")
    h.add_argument("-o", "--output", help="write it to a file instead")
    h.set_defaults(func=cmd_audit_head)
