"""Sources: where the facts come from (an NGO statement, a UN letter, an interview), and saying which
source states a record."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import vocab
from app.domain.dates import FuzzyDate
from app.services.changes import ChangeService
from app.services.records import InvalidRecord, Records
from storage.vault import Vault


class MissingTitle(InvalidRecord):
    """A record that needs a title was to be saved without one."""

    code = "title_missing"
    template = "A {what} needs a title."


class UnknownCode(InvalidRecord):
    """A value of a controlled vocabulary that is not one of its codes."""

    code = "unknown_code"
    template = "{value} is not a known {what}."


class NotInCase(InvalidRecord):
    """A record named by id is not in the vault, or belongs to another case."""

    code = "not_in_case"
    template = "There is no {what} {id} in this case."


@dataclass(frozen=True)
class NewSource:
    case_id: str
    kind: str  # vocabulary 'source_kind'
    title: str
    author: str = ""
    date: FuzzyDate | None = None
    reference: str = ""
    reliability: str = ""  # vocabulary 'reliability'; empty when not assessed
    informant: str = ""  # a confidential source's identity (secret: never leaves the vault unredacted)
    notes: str = ""


def date_json(value: FuzzyDate | None) -> dict | None:
    return value.to_json() if value else None


def text_lines(values: tuple[str, ...]) -> list[str] | None:
    """Non-empty lines with their spaces tidied, or None when there are none (a list field left empty)."""
    kept = [" ".join(v.split()) for v in values if v.strip()]
    return kept or None


def check_code(vocabulary: str, code: str | None, what: str, *, optional: bool = False) -> str | None:
    if optional and not code:
        return None
    if not vocab.known(vocabulary, code):
        raise UnknownCode(value=code or "(empty)", what=what)
    return code


def source_row(s: NewSource) -> dict:
    if not s.title.strip():
        raise MissingTitle(what="source")
    return {
        "kind": check_code("source_kind", s.kind, "kind of source"),
        "title": s.title.strip(),
        "author": s.author.strip() or None,
        "date": date_json(s.date),
        "reference": s.reference.strip() or None,
        "reliability": check_code("reliability", s.reliability, "reliability", optional=True),
        "informant": s.informant.strip() or None,
        "notes": s.notes.strip() or None,
    }


def check_source(records: Records, case_id: str, source_id: str | None) -> None:
    """The source is one of the case's (a clear error rather than a failed commit)."""
    if source_id:
        row = records.get("sources", source_id)
        if row is None or row["case_id"] != case_id:
            raise NotInCase(what="source", id=source_id)


def attribute(records: Records, source_id: str | None, entity: str, entity_id: str, quote: str = "") -> None:
    """Record that ``source_id`` states the record (with the source's own words, if given)."""
    if source_id:
        records.insert(
            "attributions",
            {"source_id": source_id, "entity": entity, "entity_id": entity_id, "quote": quote.strip() or None},
        )


class SourceService:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.changes = ChangeService(vault, actor)

    def add(self, source: NewSource) -> str:
        row = source_row(source)
        if self.changes.records.get("cases", source.case_id) is None:
            raise NotInCase(what="case", id=source.case_id)
        with self.changes.change("create", "sources") as scope:
            scope.entity_id = scope.records.insert("sources", {**row, "case_id": source.case_id})
        return scope.entity_id

    def edit(self, source_id: str, source: NewSource) -> bool:
        return self.changes.edit("sources", source_id, source_row(source))
