"""The demo vault: the Atajurt activists' case, transcribed from the two seed documents."""

from __future__ import annotations

import json

from app.resources import resource
from app.services.interchange import import_case
from storage.vault import Vault

DEMO_FILE = ("demo", "atajurt-case.json")
DEMO_CASE_ID = "case-atajurt"


def demo_document() -> dict:
    with open(resource(*DEMO_FILE), encoding="utf-8") as f:
        return json.load(f)


def load_demo(vault: Vault) -> str:
    """Import the seed case into an open vault; returns its case id."""
    return import_case(vault, demo_document())
