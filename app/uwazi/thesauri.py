"""Thesauri: the terms select and multiselect cells may hold, and their CSV files.

A cell holds a term's label in the export's default language (Uwazi matches it,
trimmed and lower-cased, against the thesaurus); the thesaurus CSV gives each
term in every language, so Uwazi shows it translated. Casefile's vocabularies go
in whole (with any code the data uses that the vocabulary lacks); thesauri made
from the case data (cases, organisations, charges, sources) hold what the
export uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from app.report.vocab import label as vocab_label
from app.resources import resource_root
from app.uwazi import rules
from app.uwazi.templates import ORGANISATION, THESAURI, YES_NO, Thesaurus

# Terms Casefile defines here rather than in its vocabularies: (en, ru, kk).
_FIXED = {
    "yes": ("Yes", "Да", "Иә"),
    "no": ("No", "Нет", "Жоқ"),
    "other": ("Other", "Другие", "Басқа"),
}


def _fixed(key: str) -> dict[str, str]:
    return dict(zip(rules.LANGUAGES, _FIXED[key], strict=True))


@lru_cache(maxsize=1)
def _vocabulary_codes() -> dict[str, list[str]]:
    data = json.loads((resource_root() / "vocab.json").read_text(encoding="utf-8"))
    return {name: list(entries) for name, entries in data.get("vocabularies", {}).items()}


def _normal(label: str) -> str:
    """Uwazi's normalizeThesaurusLabel: trimmed, lower-cased."""
    return label.strip().lower()


@dataclass
class Term:
    labels: dict[str, str]  # language -> label
    children: dict[str, Term] = field(default_factory=dict)  # normalised default label -> child


class ThesaurusBook:
    """Collects the terms an export uses and writes one CSV per thesaurus."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.terms: dict[str, dict[str, Term]] = {t.name: {} for t in THESAURI}
        for t in THESAURI:
            for code in _vocabulary_codes().get(t.vocabulary or "", []):
                self.code(t, code)
        self.yes_no(True)
        self.yes_no(False)

    def _add(self, thesaurus: Thesaurus, labels: dict[str, str], group: dict[str, str] | None = None) -> str:
        clean = {lang: rules.term(labels.get(lang) or labels[self.lang]) for lang in rules.LANGUAGES}
        default = clean[self.lang]
        if not default:
            return ""
        terms = self.terms[thesaurus.name]
        if group is None:
            terms.setdefault(_normal(default), Term(clean))
            return default
        group_clean = {lang: rules.term(group.get(lang) or group[self.lang]) for lang in rules.LANGUAGES}
        parent = terms.setdefault(_normal(group_clean[self.lang]), Term(group_clean))
        parent.children.setdefault(_normal(default), Term(clean))
        return rules.grouped(group_clean[self.lang], default)

    def code(self, thesaurus: Thesaurus, code: str | None) -> str:
        """The cell value of a vocabulary code (its label in the default language)."""
        if not code or thesaurus.vocabulary is None:
            return ""
        return self._add(thesaurus, {lang: vocab_label(thesaurus.vocabulary, code, lang) for lang in rules.LANGUAGES})

    def value(self, thesaurus: Thesaurus, text: str | None) -> str:
        """The cell value of a term made from the data, the same in every language."""
        if not text:
            return ""
        return self._add(thesaurus, dict.fromkeys(rules.LANGUAGES, text))

    def yes_no(self, flag: bool | None) -> str:
        if flag is None:
            return ""
        return self._add(YES_NO, _fixed("yes" if flag else "no"))

    def organisation(self, name: str | None, kind: str | None) -> str:
        """An organisation nested under its kind ("Court::Taldykorgan city court")."""
        if not name:
            return ""
        group = {lang: vocab_label("organisation_kind", kind, lang) for lang in rules.LANGUAGES} if kind else None
        group = group or _fixed("other")
        return self._add(ORGANISATION, dict.fromkeys(rules.LANGUAGES, name), group)

    def table(self, thesaurus: Thesaurus) -> tuple[list[str], list[list[str]]]:
        """Header (languages' English names) and rows; a nested term's row starts with '-' in every column."""
        header = [rules.LANGUAGE_NAMES[lang] for lang in rules.LANGUAGES]
        rows: list[list[str]] = []
        for term in self.terms[thesaurus.name].values():
            rows.append([term.labels[lang] for lang in rules.LANGUAGES])
            for child in term.children.values():
                rows.append(["-" + child.labels[lang] for lang in rules.LANGUAGES])
        return header, rows
