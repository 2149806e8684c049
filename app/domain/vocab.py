"""The controlled vocabularies (resources/vocab.json): codes, their labels, and the rules kept with them.

The database stores codes only ("pre_trial_detention"); labels are looked up here in the reader's
language, so a new label or a corrected translation needs no migration. Codes never change once
released: vaults and exchanged packs hold them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from app.resources import resource_root

LANGS = ("en", "ru", "kk")

# The act a person gets in an event whose kind has no ``default_act`` (a vocabulary file from an older
# version): a neutral one, so a forgotten choice never records a violation that did not happen.
FALLBACK_ACT = "named"

# Fields whose values are codes of a vocabulary: (entity, field) -> vocabulary.
FIELD_VOCABULARY: dict[tuple[str, str], str] = {
    ("cases", "status"): "case_status",
    ("persons", "kind"): "person_kind",
    ("person_names", "kind"): "name_kind",
    ("person_relations", "kind"): "relation",
    ("case_persons", "role"): "role",
    ("organisations", "kind"): "organisation_kind",
    ("case_organisations", "role"): "organisation_role",
    ("events", "type"): "event_type",
    ("event_links", "relation"): "relation",
    ("acts", "type"): "act_type",
    ("involvements", "role"): "involvement_role",
    ("proceedings", "kind"): "proceeding_kind",
    ("proceedings", "status"): "proceeding_status",
    ("proceeding_parties", "role"): "role",
    ("hearings", "outcome"): "hearing_outcome",
    ("measures", "type"): "measure_type",
    ("measures", "status"): "measure_status",
    ("sources", "kind"): "source_kind",
    ("sources", "reliability"): "reliability",
    ("communications", "kind"): "communication_kind",
    ("communications", "status"): "communication_status",
}

# A claim that opens with a code: "pre_trial_detention, 10 days", "active (as of 2026-03-06)".
_LEADING_CODE = re.compile(r"([A-Za-z][A-Za-z0-9_]*)(?=$|\s*[,;:(])")


@cache
def vocabularies() -> dict[str, dict[str, dict[str, Any]]]:
    """Every vocabulary, code -> entry, in the file's order; empty if the file cannot be read."""
    try:
        data = json.loads((resource_root() / "vocab.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    vocab = data.get("vocabularies") if isinstance(data, dict) else None
    return vocab if isinstance(vocab, dict) else {}


def codes(vocabulary: str) -> list[str]:
    """The codes of one vocabulary, in the file's order."""
    return list(vocabularies().get(vocabulary, {}))


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


def short_label(vocabulary: str, code: Any, lang: str) -> str:
    """The label without its parenthesised or slashed elaboration, for narrow columns."""
    text = label(vocabulary, code, lang)
    for sep in (" (", " / "):
        text = text.split(sep)[0]
    return text


def short(vocabulary: str, code: Any, lang: str) -> str:
    """The short label (``short_label``), under the name the interface uses."""
    return short_label(vocabulary, code, lang)


def known(vocabulary: str, code: str | None) -> bool:
    """Whether ``code`` is a term of ``vocabulary``."""
    return bool(code) and code in vocabularies().get(vocabulary, {})


def all_labels() -> list[str]:
    """Every label of every vocabulary, in every language (not the codes or rules kept beside them)."""
    out = []
    for entries in vocabularies().values():
        if isinstance(entries, dict):
            for entry in entries.values():
                if isinstance(entry, dict):
                    out += [entry[lang] for lang in LANGS if isinstance(entry.get(lang), str)]
    return out


def default_act(event_type: str | None) -> str:
    """The act (vocabulary 'act_type') a person gets by default in an event of this kind."""
    entry = vocabularies().get("event_type", {}).get(event_type or "")
    act = entry.get("default_act") if isinstance(entry, dict) else None
    return act if isinstance(act, str) and act in vocabularies().get("act_type", {}) else FALLBACK_ACT


def claim_text(entity: str, field: str, claim: str | None, lang: str) -> str:
    """What a source says about a field, with a leading vocabulary code shown as its label.

    Claims about coded fields are stored as the code, sometimes followed by the source's detail:
    "pre_trial_detention, 10 days" reads "Pre-trial detention, 10 days" («Содержание под стражей,
    10 days»); free text and unknown words are returned as written."""
    text = claim or ""
    vocabulary = FIELD_VOCABULARY.get((entity, field))
    match = _LEADING_CODE.match(text) if vocabulary else None
    if not vocabulary or not match or match[1] not in vocabularies().get(vocabulary, {}):
        return text
    return short_label(vocabulary, match[1], lang) + text[match.end() :]
