"""Where the vault is: ``--vault DIR``, else ``$CASEFILE_VAULT``, else the platform's user data folder.

The command line and the desktop app both ask here. Nothing heavy is imported: the desktop app reads
this before its window is on screen.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAULT = "CASEFILE_VAULT"


def default_vault_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casefile", appauthor=False)) / "vault"


def vault_folder(given: str | os.PathLike[str] | None) -> Path:
    """The folder named on the command line, else the one in the environment, else the default."""
    if given:
        return Path(given).expanduser()
    if os.environ.get(ENV_VAULT):
        return Path(os.environ[ENV_VAULT]).expanduser()
    return default_vault_dir()
