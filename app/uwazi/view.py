"""The redacted view an Uwazi export is built from: the cases' documents, merged, through the
report's redaction engine at one profile.

Nothing else is read from the vault for the CSV cells: names, pseudonyms, withheld secrets and
scrubbed free text are exactly what a report of the same cases shows at that profile. Several
cases are merged into one document before redaction, so a person in two cases is one person
with one pseudonym, and the pseudonyms are unique across the export.

Pseudonyms depend on the order of people only, never on the language; the engine is run once
per language to get each pseudonym's wording ("Detained person 3", "Задержанное лицо 3",
"Ұсталған адам 3") for the per-language titles of the Person template.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from app.redaction import RedactionPlan, TokenSource, redact
from app.redaction.withheld import Withheld
from app.services.interchange import export_case
from app.uwazi.errors import UwaziExportError
from app.uwazi.rules import LANGUAGES
from storage.vault import Vault


@dataclass
class UwaziView:
    """Redacted rows, in the default language, with lookups the row builders need."""

    doc: dict[str, Any]
    profile: str
    lang: str
    plan: RedactionPlan
    tokens: dict[str, TokenSource]  # every withheld string, in every language's run
    withheld: Withheld  # the same, matched by meaning as the report's leak gate matches it
    pseudonyms: dict[str, dict[str, str]]  # lang -> person id (in ``doc``) -> pseudonym
    # Persons in the order pseudonyms are handed out (first appearance in the cases): never the order
    # of their original ids, which are made from names.
    person_order: list[str]
    _by_id: dict[str, dict[str, dict]] = field(default_factory=dict, repr=False)
    _groups: dict[tuple[str, str], dict[str, list[dict]]] = field(default_factory=dict, repr=False)

    def rows(self, entity: str) -> list[dict]:
        return [r for r in self.doc.get(entity) or [] if isinstance(r, dict)]

    def get(self, entity: str, row_id: Any) -> dict | None:
        if entity not in self._by_id:
            self._by_id[entity] = {str(r.get("id")): r for r in self.rows(entity)}
        return self._by_id[entity].get(str(row_id)) if row_id is not None else None

    def where(self, entity: str, column: str, value: Any) -> list[dict]:
        """Rows of ``entity`` whose ``column`` is ``value``, in document order."""
        key = (entity, column)
        if key not in self._groups:
            groups: dict[str, list[dict]] = defaultdict(list)
            for r in self.rows(entity):
                groups[str(r.get(column))].append(r)
            self._groups[key] = groups
        return self._groups[key].get(str(value), [])


def merged_document(vault: Vault, case_ids: list[str]) -> dict[str, Any]:
    """The interchange documents of several cases as one: rows shared by cases (persons,
    organisations) once."""
    merged: dict[str, Any] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    for case_id in case_ids:
        doc = export_case(vault, case_id)
        for key, value in doc.items():
            if not isinstance(value, list):
                merged.setdefault(key, value)
                continue
            rows = merged.setdefault(key, [])
            for row in value:
                rid = str(row.get("id"))
                if rid not in seen[key]:
                    seen[key].add(rid)
                    rows.append(row)
    return merged


def build_view(doc: dict[str, Any], profile: str, lang: str) -> UwaziView:
    """Redact ``doc`` at ``profile``; ``lang`` is the default language (pseudonyms, placeholders)."""
    from app.report.build import report_reserved_words

    reserved = report_reserved_words()
    main = redact(doc, profile, lang=lang, reserved_words=reserved)
    tokens = dict(main.token_sources)
    pseudonyms: dict[str, dict[str, str]] = {}
    for code in LANGUAGES:
        run = main if code == lang else redact(doc, profile, lang=code, reserved_words=reserved)
        if set(run.pseudonyms) != set(main.pseudonyms):  # the same people, whatever the language
            raise UwaziExportError(
                "The redaction did not choose the same people in every language; nothing was written."
            )
        for token, source in run.token_sources.items():
            if token not in tokens:
                tokens[token] = source
                if source.kind != "name":  # names are the same people's in every run, found by key
                    main.withheld.add_text(token, source)
        pseudonyms[code] = {main.id_map[("persons", pid)]: shown for pid, shown in run.pseudonyms.items()}
    order = [main.id_map[("persons", d.person_id)] for d in main.plan.persons]
    return UwaziView(main.doc, profile, lang, main.plan, tokens, main.withheld, pseudonyms, order)
