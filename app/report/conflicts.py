"""A withheld value written like the name of a person the report shows.

A source's informant "Ivan Petrov (lawyer)" is secret at partner profile, but
Ivan Petrov is also a person the report names: his name in the persons table
would give the withheld value away, so the leak gate refuses. Such a conflict
can be seen in the data, before any page is drawn: the review step shows it,
and the refusal explains it with the two ways out (hide that name too, or, if
the value need not be secret, show it).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.redaction import RedactedCase
from app.redaction.search import TokenIndex
from app.redaction.textnorm import loose


@dataclass(frozen=True)
class NameConflict:
    field: str  # "sources.informant"
    owner: str  # the withheld value's row as the report calls it, e.g. "source source-1" (safe to show)
    entity: str  # "sources"
    row_id: str  # the row's id in the vault
    row_label: str  # the row's opaque id, e.g. "source-1" (for --show-value)
    person_id: str  # the shown person's id in the vault
    person_label: str  # the person's opaque id, e.g. "person-4" (for --pseudonymise)
    tokens: frozenset[str]  # the withheld strings in conflict (never shown)


def name_conflicts(redacted: RedactedCase) -> list[NameConflict]:
    """Each withheld value (not a pseudonymised name) that is, or contains, the name of a person shown."""
    hidden = {(f"{f.entity}.{f.field}", f.owner): f for f in redacted.plan.hidden()}
    back = {(entity, new): old for (entity, old), new in redacted.id_map.items()}
    shown = {p.person_id for p in redacted.plan.persons if not p.pseudonymised}
    names: dict[str, list[str]] = {}
    for row in redacted.doc.get("person_names", []):
        person = back.get(("persons", str(row.get("person_id"))))
        if person in shown and row.get("kind") != "pseudonym" and isinstance(row.get("value"), str):
            names.setdefault(person, []).append(row["value"])
    out: dict[tuple[str, str, str], set[str]] = {}
    for token, src in redacted.token_sources.items():
        decision = hidden.get((src.field, src.label))
        if src.kind == "name" or decision is None:
            continue
        index = TokenIndex([token])
        for person, values in names.items():
            if any(_contains(token, v) or index.find(v) for v in values):
                out.setdefault((f"{src.field}\0{src.label}", person, decision.row_id), set()).add(token)
    conflicts = []
    for (key, person, row_id), tokens in out.items():
        field, owner = key.split("\0")
        decision = hidden[(field, owner)]
        conflicts.append(
            NameConflict(
                field,
                owner,
                decision.entity,
                row_id,
                redacted.id_map.get((decision.entity, row_id), row_id),
                person,
                redacted.id_map.get(("persons", person), person),
                frozenset(tokens),
            )
        )
    return conflicts


def _contains(token: str, name: str) -> bool:
    """Whether ``name`` appears as whole words inside ``token`` ("Ivan Petrov" in "Ivan Petrov (lawyer)")."""
    t, n = f" {loose(token)} ", f" {loose(name)} "
    return len(n.strip()) >= 4 and n in t
