"""What every command shares: where the vault is, how to get the passphrase, how to fail."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.location import vault_folder
from storage.errors import CasefileError
from storage.fsutil import check_input, check_output, read_input, write_output
from storage.kdf import KdfParams, calibrate
from storage.keystore import KeyStore, system_keystore
from storage.vault import Vault

__all__ = ["check_input", "check_output", "read_input", "write_output"]  # the one way to name files

ENV_PASSPHRASE = "CASEFILE_PASSPHRASE"


class UserError(CasefileError):
    """A mistake in how a command was called; printed as one plain sentence."""

    code = "usage"


def vault_dir(args: argparse.Namespace) -> Path:
    return vault_folder(getattr(args, "vault", None))


def _read_secret_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read(64 * 1024)
    except OSError:
        raise UserError(f"The passphrase file {path!r} cannot be read.") from None
    except UnicodeDecodeError:
        raise UserError("The passphrase file is not UTF-8 text.") from None
    return text[:-1] if text.endswith("\n") else text  # one trailing newline, as editors add


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file)
    if ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise UserError(f"No passphrase given: use --passphrase-file or ${ENV_PASSPHRASE}, or run in a terminal.")
    return getpass.getpass(prompt)


def new_passphrase(args: argparse.Namespace, file_attr: str = "new_passphrase_file") -> str:
    path = getattr(args, file_attr, None)
    if path:
        return _read_secret_file(path)
    if file_attr == "passphrase_file" and ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise UserError("No new passphrase given: use --new-passphrase-file, or run in a terminal.")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise UserError("The two passphrases differ; nothing was changed.")
    return first


def keystore() -> KeyStore:
    return system_keystore()


def kdf_for_new_vault() -> tuple[KdfParams, bool]:
    """KDF parameters for a new vault (calibrated here); tests replace this with light ones."""
    return calibrate(), False


def open_vault(args: argparse.Namespace) -> Vault:
    folder = vault_dir(args)
    if getattr(args, "recovery_code_file", None):
        vault = Vault.open(folder, recovery_code=_read_secret_file(args.recovery_code_file), keystore=keystore())
    else:
        vault = Vault.open(folder, passphrase=passphrase(args), keystore=keystore())
    for notice in vault.notices:
        print(f"casefile: {notice}", file=sys.stderr)
    return vault


def confirm(args: argparse.Namespace, question: str, flag: str) -> None:
    """Ask a human; scripts pass the explicit flag instead."""
    if getattr(args, flag, False):
        return
    if not sys.stdin.isatty():
        raise UserError(f"This needs confirmation: run it in a terminal, or pass --{flag.replace('_', '-')}.")
    answer = input(f"{question} ")
    if answer.strip() not in ("yes", "YES", "WIPE"):
        raise UserError("Not confirmed; nothing was changed.")


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_outcome(failures: list[str], heading: str, advice: str = "") -> int:
    """ "All checks passed." and exit 0, or ``heading`` (``{n}``: how many) and a line per failure on
    stderr, and exit 1."""
    if not failures:
        print("All checks passed.")
        return 0
    print(heading.format(n=len(failures)), file=sys.stderr)
    for failure in failures:
        print(f"  - {failure}", file=sys.stderr)
    if advice:
        print(advice, file=sys.stderr)
    return 1


def progress_to_stderr(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\r{message[:40]:40} {100 * done // max(total, 1):3d}%")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def resolve_case(vault: Vault, ref: str) -> str:
    """A case by id or by reference."""
    rows = vault.db.query("SELECT id FROM cases WHERE id = ? OR reference = ?", (ref, ref))
    if not rows:
        raise UserError(f"There is no case {ref!r} in this vault (see 'casefile cases').")
    if len(rows) > 1:
        raise UserError(f"Several cases have the reference {ref!r}; use the case id.")
    return rows[0][0]
