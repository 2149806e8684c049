"""Labels of vocabulary codes (event types, roles, measures...) in the report's language."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from app.resources import resource_root


@lru_cache(maxsize=1)
def _vocabularies() -> dict[str, Any]:
    try:
        data = json.loads((resource_root() / "vocab.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    vocab = data.get("vocabularies") if isinstance(data, dict) else None
    return vocab if isinstance(vocab, dict) else {}


def label(vocabulary: str, code: Any, lang: str) -> str:
    """The label of ``code`` in ``lang``; English next, then the code itself made readable."""
    if code is None or code == "":
        return ""
    entry = _vocabularies().get(vocabulary, {}).get(str(code))
    if isinstance(entry, dict):
        for key in (lang, "en"):
            text = entry.get(key)
            if isinstance(text, str) and text.strip():
                return text
    return str(code).replace("_", " ")


def all_labels() -> list[str]:
    """Every label of every vocabulary, in every language."""
    out = []
    for entries in _vocabularies().values():
        if isinstance(entries, dict):
            for entry in entries.values():
                if isinstance(entry, dict):
                    out += [v for k, v in entry.items() if k != "huridocs" and isinstance(v, str)]
    return out
