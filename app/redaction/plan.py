"""What a redaction decided: the preview the user reviews before exporting."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.domain.profiles import INTERNAL as INTERNAL  # re-exported: the profiles are declared once, there
from app.domain.profiles import PARTNER as PARTNER
from app.domain.profiles import PROFILES as PROFILES
from app.domain.profiles import PUBLIC as PUBLIC
from storage.errors import CasefileError

SHOW = "show"
PSEUDONYMISE = "pseudonymise"


class RedactionError(CasefileError):
    """The redaction request is invalid (unknown profile, override value or sensitivity)."""

    code = "redaction_error"


@dataclass(frozen=True)
class TokenSource:
    """Where a searched-for string came from, described without the string itself."""

    field: str  # e.g. "persons.names", "events.coordinates"
    label: str  # whose or which: "Supporter A", "event 'Protest at the court'" (safe to show)
    kind: str  # "name" (of a pseudonymised person), "secret", "value"

    def describe(self) -> str:
        if self.kind == "name":
            what = "the name of a pseudonymised person"
        elif self.kind == "secret":
            what = "a withheld value"
        else:
            what = "a value marked as hidden"
        return f"{what} ('{self.label}', field {self.field})"


@dataclass(frozen=True)
class PersonDecision:
    person_id: str
    shown_as: str  # the name or the pseudonym used in the report
    pseudonymised: bool
    reason: str  # "consent", "no public consent", "override", "profile"
    role: str | None


@dataclass(frozen=True)
class FieldDecision:
    entity: str
    row_id: str
    field: str
    action: str  # "hidden", "shown" (where an override revealed it), "scrubbed"
    reason: str
    owner: str  # the person or row it belongs to, as shown in the report


@dataclass
class RedactionPlan:
    """Per person and field: what the report hides, pseudonymises and shows."""

    profile: str
    lang: str
    persons: list[PersonDecision] = field(default_factory=list)
    fields: list[FieldDecision] = field(default_factory=list)
    dropped_rows: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, id, reason)
    regions: int = 0  # image regions blacked out

    def pseudonymised(self) -> list[PersonDecision]:
        return [p for p in self.persons if p.pseudonymised]

    def hidden(self) -> list[FieldDecision]:
        return [f for f in self.fields if f.action == "hidden"]

    def hidden_counts(self) -> Counter[str]:
        """How many values of each field ("persons.contact") are hidden."""
        return Counter(f"{f.entity}.{f.field}" for f in self.fields if f.action == "hidden")

    def scrubbed_count(self) -> int:
        return sum(1 for f in self.fields if f.action == "scrubbed")

    def is_hidden(self, entity: str, row_id: str, field_name: str) -> bool:
        return any(
            f.action == "hidden" and f.entity == entity and f.row_id == row_id and f.field == field_name
            for f in self.fields
        )
