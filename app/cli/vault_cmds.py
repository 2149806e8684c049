"""Commands about the vault itself: init, demo, passwd, recovery, rotate-key, wipe-after, wipe, audit."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from app.cli import common  # common.kdf_for_new_vault looked up at call time: tests lighten it
from app.cli.common import (
    UserError,
    confirm,
    keystore,
    new_passphrase,
    open_vault,
    read_input,
    vault_dir,
    write_output,
)
from app.demo import DEMO_CASE_ID, load_demo
from app.passphrase import check_strength
from storage import audit, guard
from storage.errors import VaultLocked, VaultReadOnly
from storage.fsutil import fsync_dir, translate_os_error
from storage.header import HEADER_NAME, LEGACY_HEADER_NAME
from storage.slots import normalise_recovery_code
from storage.vault import PendingRecoveryCode, PendingRotation, Vault, VaultLock, vault_exists, wipe_vault

RECOVERY_NOTICE = (
    "Recovery code (shown once; write it down and keep it apart from this computer).\n"
    "It opens the vault if the passphrase is forgotten or the keychain is lost:\n\n    {code}\n"
)


def _strong_enough(secret: str, folder: Path) -> None:
    """Refuse what a guessing program tries first, the vault's own folder name included."""
    check_strength(secret, [folder.name, folder.parent.name])


def _code_destination(args: argparse.Namespace) -> Path | None:
    """Where a new recovery code goes besides the screen; checked before any work is done."""
    out = getattr(args, "recovery_code_out", None)
    if out:
        path = Path(out).expanduser()
        if path.exists() or path.is_symlink():
            raise UserError(f"{out} already exists; give a new file name for the recovery code.")
        if not path.parent.is_dir():
            raise UserError(f"The folder for {out} does not exist.")
        return path
    if not sys.stdin.isatty():
        raise UserError(
            "A new recovery code must be seen before it replaces the old one: run this in a terminal, "
            "or pass --recovery-code-out FILE."
        )
    return None


def _write_code(path: Path, code: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.write(fd, (code + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(path.parent)
    except OSError as exc:
        raise UserError(f"The recovery code could not be written to {path} ({os.strerror(exc.errno or 0)}).") from None


def _hand_over_code(code: str, destination: Path | None) -> None:
    """Show the new code, and make sure the user has it (typed back, or safely in a file)."""
    print(RECOVERY_NOTICE.format(code=code), flush=True)
    if destination is not None:
        _write_code(destination, code)
        print(f"The recovery code was also written to {destination}: move it off this computer.")
        return
    last = code.rsplit("-", 1)[-1]
    for _ in range(3):
        typed = input("Type the last group of four characters of the new code to confirm you wrote it down: ")
        if normalise_recovery_code(typed) == last.encode():
            return
        print("That is not the last group.", file=sys.stderr)
    raise UserError("The new recovery code was not confirmed; nothing was changed and the old code still works.")


def _commit_once_handed_over(pending: PendingRecoveryCode | PendingRotation, destination: Path | None) -> None:
    """A new recovery code counts only once the user has it; until then the old one works."""
    try:
        _hand_over_code(pending.code, destination)
    except BaseException:
        pending.abandon()
        raise
    pending.commit()


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    secret = new_passphrase(args, "passphrase_file")
    _strong_enough(secret, folder)
    kdf, weak = common.kdf_for_new_vault()
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
    if vault_exists(folder):
        vault = open_vault(args)
    else:
        secret = new_passphrase(args, "passphrase_file")
        kdf, weak = common.kdf_for_new_vault()
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
        _strong_enough(secret, vault.folder)
        kdf, weak = common.kdf_for_new_vault()
        vault.change_passphrase(secret, kdf=kdf, allow_below_floor=weak)
    print("The passphrase was changed. The recovery code still works.")
    return 0


def cmd_recovery(args: argparse.Namespace) -> int:
    if args.regenerate:
        destination = _code_destination(args)
        with open_vault(args) as vault:
            _commit_once_handed_over(vault.prepare_recovery_code(), destination)
        print("The new recovery code is in use; the old one no longer works.")
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
        _strong_enough(secret, vault.folder)
        kdf, weak = common.kdf_for_new_vault()
        vault.change_passphrase(secret, kdf=kdf, allow_below_floor=weak)
    print("The vault is open again with the new passphrase.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    destination = _code_destination(args)
    with open_vault(args) as vault:
        secret = new_passphrase(args)
        _strong_enough(secret, vault.folder)
        kdf, weak = common.kdf_for_new_vault()
        _commit_once_handed_over(vault.prepare_rotation(secret, kdf=kdf, allow_below_floor=weak), destination)
    print("All data was re-encrypted under a new key. The old passphrase and recovery code no longer work.")
    return 0


def cmd_wipe_after(args: argparse.Namespace) -> int:
    """Show or set the number of failed unlocks after which the vault wipes itself."""
    with open_vault(args) as vault:
        if args.limit is None:
            limit = vault.unlock_limit
            print(f"The vault is wiped after {limit} failed unlocks in a row." if limit else "No attempt limit is set.")
            return 0
        text = args.limit.strip().lower()
        if text in ("off", "0", "none"):
            vault.set_unlock_limit(0)
            print("No attempt limit is set any more.")
            return 0
        if not text.isdigit() or not guard.MIN_LIMIT <= int(text) <= guard.MAX_LIMIT:
            raise UserError(f"Give a number from {guard.MIN_LIMIT} to {guard.MAX_LIMIT}, or 'off'.")
        limit = int(text)
        confirm(
            args,
            f"After {limit} wrong passphrases or recovery codes in a row, the vault will be destroyed for good, "
            "even if it was you mistyping. Type yes to set this:",
            "yes",
        )
        vault.set_unlock_limit(limit)
    print(f"Set: the vault is wiped after {limit} failed unlocks in a row. A successful unlock starts the count again.")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    if not vault_exists(folder) and not (folder / "casefile.db").exists():
        raise UserError(f"There is no vault in {folder}.")
    for header in (folder / HEADER_NAME, folder / LEGACY_HEADER_NAME):
        if (header.exists() or header.is_symlink()) and not header.is_file():
            raise UserError(
                f"{header} is not an ordinary file, so this is not a vault Casefile made; nothing was wiped."
            )
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
    code_out_help = "also write the new recovery code to FILE (a new file) instead of asking for its last group"
    for name, func, text in (
        ("passwd", cmd_passwd, "change the passphrase"),
        ("rotate-key", cmd_rotate_key, "re-encrypt everything under a new key (for a compromised passphrase)"),
    ):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("--new-passphrase-file", help="read the new passphrase from a file")
        if name == "rotate-key":
            p.add_argument("--recovery-code-out", metavar="FILE", help=code_out_help)
        p.set_defaults(func=func)
    p = sub.add_parser(
        "recovery",
        parents=[common],
        help="open with the recovery code and set a new passphrase, or --regenerate the code",
    )
    p.add_argument("--recovery-code-file", help="read the recovery code from a file")
    p.add_argument("--new-passphrase-file", help="read the new passphrase from a file")
    p.add_argument("--regenerate", action="store_true", help="replace the recovery code (needs the passphrase)")
    p.add_argument("--recovery-code-out", metavar="FILE", help=code_out_help)
    p.set_defaults(func=cmd_recovery)
    p = sub.add_parser(
        "wipe-after",
        parents=[common],
        help="show or set how many failed unlocks in a row destroy the vault (off by default)",
    )
    p.add_argument("limit", nargs="?", help=f"{guard.MIN_LIMIT} to {guard.MAX_LIMIT}, or 'off'")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_wipe_after)
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
