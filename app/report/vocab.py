"""Labels of vocabulary codes (event types, roles, measures...) in the report's language."""

from __future__ import annotations

from app.domain.vocab import LANGS, label, vocabularies

__all__ = ["all_labels", "label"]


def all_labels() -> list[str]:
    """Every label of every vocabulary, in every language (not the codes or rules kept beside them)."""
    out = []
    for entries in vocabularies().values():
        if isinstance(entries, dict):
            for entry in entries.values():
                if isinstance(entry, dict):
                    out += [entry[lang] for lang in LANGS if isinstance(entry.get(lang), str)]
    return out
