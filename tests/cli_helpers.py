"""Running ``casefile`` as a user does (a subprocess) and fingerprinting a vault's files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, ROOT


def run_cli(folder: Path | None, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    """``casefile [--vault folder] args…`` with the test passphrase; stdin is empty, as in a script."""
    full = dict(os.environ, CASEFILE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT), **env)
    full.pop("CASEFILE_DEBUG", None)
    vault = ["--vault", str(folder)] if folder is not None else []
    return subprocess.run(
        [sys.executable, "-m", "app", *vault, *args],
        env=full,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` (links and special files by their kind), with its content's hash.
    The lock file is left out: it is empty, and opening the vault may recreate it."""
    out: dict[str, str] = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if p.name == "vault.lock":
            continue
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        elif not p.is_dir():
            out[rel] = "special"
    return out
