"""Controlled vocabularies (event and act types, measures, roles, ...) and their labels, read once.

``resources/vocab.json`` holds each term's label in Kazakh, Russian and English (and its HURIDOCS code
where one exists). The report, the command line and the desktop app all read it through here.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from app.resources import resource_root

LANGS = ("en", "ru", "kk")


@cache
def vocabularies() -> dict[str, dict[str, Any]]:
    """Every vocabulary: {name: {code: {lang: label, "huridocs": code}}}; empty if the file is unreadable."""
    try:
        data = json.loads((resource_root() / "vocab.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = data.get("vocabularies") if isinstance(data, dict) else None
    return found if isinstance(found, dict) else {}


def codes(vocabulary: str) -> list[str]:
    """The codes of a vocabulary, in the file's order."""
    return list(vocabularies().get(vocabulary, {}))


def known(vocabulary: str, code: str | None) -> bool:
    return bool(code) and code in vocabularies().get(vocabulary, {})


def label(vocabulary: str, code: Any, lang: str) -> str:
    """The label of ``code`` in ``lang``; English next, then the code itself made readable."""
    if code is None or code == "":
        return ""
    entry = vocabularies().get(vocabulary, {}).get(str(code))
    if isinstance(entry, dict):
        for key in (lang, "en"):
            text = entry.get(key)
            if isinstance(text, str) and text.strip():
                return text
    return str(code).replace("_", " ")


def short(vocabulary: str, code: Any, lang: str) -> str:
    """The label without its parenthesised or slashed elaboration, for narrow places."""
    text = label(vocabulary, code, lang)
    for sep in (" (", " / "):
        if sep in text:
            text = text.split(sep)[0]
    return text


def all_labels() -> list[str]:
    """Every label of every vocabulary, in every language."""
    out = []
    for entries in vocabularies().values():
        if isinstance(entries, dict):
            for entry in entries.values():
                if isinstance(entry, dict):
                    out += [v for k, v in entry.items() if k != "huridocs" and isinstance(v, str)]
    return out
