"""What the forms write, through ``Records`` (validated, audited, indexed), one transaction per save."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.dates import FuzzyDate
from app.services.records import InvalidRecord
from ui.session import Session

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
NEW_PERSON_ROLE = "subject_of_concern"


def guess_script(text: str) -> str | None:
    """ISO 15924 code of the letters used: Cyrl, Latn, Arab, Hani."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = (
            "Cyrl"
            if name.startswith("CYRILLIC")
            else "Latn"
            if name.startswith("LATIN")
            else "Arab"
            if name.startswith("ARABIC")
            else "Hani"
            if name.startswith("CJK")
            else None
        )
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def guess_lang(text: str) -> str | None:
    """Only when the letters say so: Kazakh-only Cyrillic letters mean Kazakh."""
    return "kk" if any(ch in KAZAKH_LETTERS for ch in text) else None


def _ensure_in_case(session: Session, case_id: str, person_id: str, role: str) -> None:
    found = session.vault.db.one("SELECT 1 FROM case_persons WHERE case_id = ? AND person_id = ?", (case_id, person_id))
    if not found:
        session.records.insert("case_persons", {"case_id": case_id, "person_id": person_id, "role": role})


def create_person(
    session: Session,
    case_id: str | None,
    names: list[dict[str, Any]],
    *,
    kind: str = "individual",
    description: str | None = None,
    role: str = NEW_PERSON_ROLE,
    public_consent: bool | None = None,
    gender: str | None = None,
) -> str:
    """A person with one or more spellings (the first is primary unless told otherwise)."""
    names = [n for n in names if (n.get("value") or "").strip()]
    if not names and not (description or "").strip():
        raise InvalidRecord(
            QCoreApplication.translate("saving", "A person needs at least one name (or, for a group, a description).")
        )
    records = session.records
    with session.vault.db.transaction():
        person_id = records.insert(
            "persons",
            {
                "kind": kind,
                "description": description or None,
                "public_consent": public_consent,
                "gender": gender or None,
            },
        )
        for i, n in enumerate(names):
            value = " ".join(n["value"].split())
            records.insert(
                "person_names",
                {
                    "person_id": person_id,
                    "value": value,
                    "script": n.get("script") or guess_script(value),
                    "lang": n.get("lang") or guess_lang(value),
                    "kind": n.get("kind") or ("primary" if i == 0 else "transliteration"),
                    "source_id": n.get("source_id") or None,
                },
            )
        if case_id:
            records.insert("case_persons", {"case_id": case_id, "person_id": person_id, "role": role})
    return person_id


def add_to_existing_person(
    session: Session, case_id: str | None, person_id: str, names: list[dict[str, Any]], role: str = NEW_PERSON_ROLE
) -> str:
    """The user chose an existing person over a new one: the spellings they typed that the person
    does not have yet are added to it (every spelling is kept), and the person joins the case."""
    records = session.records
    have = {
        " ".join(r[0].split()).casefold()
        for r in session.vault.db.query("SELECT value FROM person_names WHERE person_id = ?", (person_id,))
    }
    with session.vault.db.transaction():
        for n in names:
            value = " ".join((n.get("value") or "").split())
            if not value or value.casefold() in have:
                continue
            have.add(value.casefold())
            kind = n.get("kind") if n.get("kind") not in (None, "", "primary") else "transliteration"
            records.insert(
                "person_names",
                {
                    "person_id": person_id,
                    "value": value,
                    "script": n.get("script") or guess_script(value),
                    "lang": n.get("lang") or guess_lang(value),
                    "kind": kind,
                    "source_id": n.get("source_id") or None,
                },
            )
        if case_id:
            _ensure_in_case(session, case_id, person_id, role)
    return person_id


def save_incident(
    session: Session,
    case_id: str,
    *,
    date: FuzzyDate | None,
    place: str,
    kind: str,
    title: str,
    description: str,
    people: list[dict[str, Any]],
    by: str | None = None,
    source: str | None = None,
) -> str:
    """The event, a person for every new name, an act per person (and who did it), and the source
    of each: all in one transaction, so a failure keeps nothing and the draft stays."""
    records = session.records
    with session.vault.db.transaction():
        event_id = records.insert(
            "events",
            {
                "case_id": case_id,
                "type": kind,
                "title": title,
                "date": date.to_json() if date else None,
                "place": place or None,
                "description": description or None,
            },
        )
        if source:
            records.insert("attributions", {"source_id": source, "entity": "events", "entity_id": event_id})
        for p in people:
            person_id = p.get("person_id")
            if person_id:
                _ensure_in_case(session, case_id, person_id, NEW_PERSON_ROLE)
            else:
                person_id = create_person(
                    session,
                    case_id,
                    [
                        {
                            "value": p["name"],
                            "script": p.get("script"),
                            "lang": p.get("lang"),
                            "kind": "primary",
                            "source_id": source,
                        }
                    ],
                )
            act_id = records.insert("acts", {"event_id": event_id, "victim_id": person_id, "type": p["act"]})
            if by:
                records.insert("involvements", {"act_id": act_id, "organisation_id": by, "role": "perpetrator"})
            if source:
                records.insert("attributions", {"source_id": source, "entity": "acts", "entity_id": act_id})
    return event_id


def save_case(session: Session, *, title: str, reference: str = "", summary: str = "", status: str = "open") -> str:
    if not title.strip():
        raise InvalidRecord(QCoreApplication.translate("saving", "A case needs a title."))
    return session.records.insert(
        "cases",
        {
            "title": title.strip(),
            "reference": reference.strip() or None,
            "summary": summary.strip() or None,
            "status": status,
        },
    )
