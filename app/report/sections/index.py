"""The redacted case document indexed once, so that each section looks rows up instead of scanning tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.report.strings import sort_key

Row = dict[str, Any]
EntityKey = tuple[str, str]  # (table, row id), as attributions and evidence links name a row


def rows_by(rows: list[Row], key: str) -> dict[str, list[Row]]:
    """The rows grouped by the value of ``key`` (as text), each group in the document's order."""
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[str(row.get(key))].append(row)
    return dict(out)


@dataclass(frozen=True)
class CaseIndex:
    """Lookup tables over one redacted case document; ids are text."""

    case: Row
    persons: Mapping[str, Row]
    names_by_person: Mapping[str, list[Row]]
    roles_by_person: Mapping[str, list[Row]]
    organisations: Mapping[str, Row]
    events: list[Row]  # by date, then title: the chronology's order
    event_numbers: Mapping[str, int]  # event id -> its number in the chronology, from 1
    acts_by_event: Mapping[str, list[Row]]
    acts_by_victim: Mapping[str, list[Row]]
    involvements_by_act: Mapping[str, list[Row]]
    measures_by_person: Mapping[str, list[Row]]
    measures_by_proceeding: Mapping[str, list[Row]]
    hearings_by_proceeding: Mapping[str, list[Row]]
    parties_by_proceeding: Mapping[str, list[Row]]
    sources: Mapping[str, Row]
    attributions: Mapping[EntityKey, list[Row]]
    custody_by_evidence: Mapping[str, list[Row]]
    copies_by_original: Mapping[str, list[Row]]  # evidence id -> the copies Casefile made of it
    evidence_by_entity: Mapping[EntityKey, list[str]]

    @classmethod
    def of(cls, doc: dict) -> CaseIndex:
        events = sorted(doc.get("events", []), key=lambda e: (sort_key(e.get("date")), str(e.get("title"))))
        attributions: dict[EntityKey, list[Row]] = defaultdict(list)
        for a in doc.get("attributions", []):
            attributions[(str(a.get("entity")), str(a.get("entity_id")))].append(a)
        # Copies Casefile made of an item (metadata-free, for packs) are listed under it, not as evidence.
        evidence_ids = {str(e.get("id")) for e in doc.get("evidence", [])}
        copies = {k: v for k, v in rows_by(doc.get("evidence", []), "parent_id").items() if k in evidence_ids}
        evidence_by_entity: dict[EntityKey, list[str]] = defaultdict(list)
        for link in doc.get("evidence_links", []):
            evidence_by_entity[(str(link.get("entity")), str(link.get("entity_id")))].append(
                str(link.get("evidence_id"))
            )
        return cls(
            case=(doc.get("cases") or [{}])[0],
            persons={str(p.get("id")): p for p in doc.get("persons", [])},
            names_by_person=rows_by(doc.get("person_names", []), "person_id"),
            roles_by_person=rows_by(doc.get("case_persons", []), "person_id"),
            organisations={str(o.get("id")): o for o in doc.get("organisations", [])},
            events=events,
            event_numbers={str(e.get("id")): n for n, e in enumerate(events, start=1)},
            acts_by_event=rows_by(doc.get("acts", []), "event_id"),
            acts_by_victim=rows_by(doc.get("acts", []), "victim_id"),
            involvements_by_act=rows_by(doc.get("involvements", []), "act_id"),
            measures_by_person=rows_by(doc.get("measures", []), "person_id"),
            measures_by_proceeding=rows_by(doc.get("measures", []), "proceeding_id"),
            hearings_by_proceeding=rows_by(doc.get("hearings", []), "proceeding_id"),
            parties_by_proceeding=rows_by(doc.get("proceeding_parties", []), "proceeding_id"),
            sources={str(s.get("id")): s for s in doc.get("sources", [])},
            attributions=dict(attributions),
            custody_by_evidence=rows_by(doc.get("custody", []), "evidence_id"),
            copies_by_original=copies,
            evidence_by_entity=dict(evidence_by_entity),
        )
