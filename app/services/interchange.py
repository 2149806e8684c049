"""The JSON interchange format: a case and everything it touches, losslessly.

``export_case`` gives the full, unredacted case document (reports and packs
start from it too); ``import_case`` checks a document completely before it
writes anything, then writes it in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.domain.model import ENTITIES, INTERCHANGE_ORDER, PUBLIC, SECRET, SENSITIVITIES, Entity, entity
from app.redaction.pseudonyms import WITHHELD_VALUE
from app.services import indexing
from app.services.records import InvalidRecord, Records, to_db, validate_row
from storage.errors import CasefileError
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

FORMAT = "casefile-case"
VERSION = 1
MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_ROWS = 2_000_000
MAX_INT_DIGITS = 19  # SQLite stores 64-bit integers


class ImportRefused(CasefileError):
    """The file cannot be imported; nothing was changed."""

    code = "import_refused"


def _ids(rows: Iterable[dict], key: str = "id") -> list[str]:
    return [r[key] for r in rows if r.get(key)]


def export_case(vault: Vault, case_id: str) -> dict[str, Any]:
    """The case document: one list of rows per entity, in the interchange format."""
    rec = Records(vault)
    case = rec.get("cases", case_id)
    if case is None:
        raise InvalidRecord(f"There is no case {case_id!r} in this vault.")
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "cases": [case]}
    by_case = {
        e.name: rec.rows(e.name, "case_id = ?", (case_id,), "rowid")
        for e in ENTITIES
        if e.scope == "case" and "case_id" in e.columns and e.name != "cases"
    }
    doc.update(by_case)
    event_ids = _ids(doc["events"])
    doc["event_links"] = [r for r in rec.rows_in("event_links", "from_event_id", event_ids)]
    doc["acts"] = rec.rows_in("acts", "event_id", event_ids)
    doc["involvements"] = rec.rows_in("involvements", "act_id", _ids(doc["acts"]))
    proceeding_ids = _ids(doc["proceedings"])
    doc["proceeding_parties"] = rec.rows_in("proceeding_parties", "proceeding_id", proceeding_ids)
    doc["hearings"] = rec.rows_in("hearings", "proceeding_id", proceeding_ids)
    doc["attributions"] = rec.rows_in("attributions", "source_id", _ids(doc["sources"]))
    evidence_ids = _ids(doc["evidence"])
    doc["evidence_links"] = rec.rows_in("evidence_links", "evidence_id", evidence_ids)
    doc["custody"] = rec.rows_in("custody", "evidence_id", evidence_ids)

    person_ids = set(_ids(doc["case_persons"], "person_id"))
    person_ids |= set(_ids(doc["acts"], "victim_id")) | set(_ids(doc["proceeding_parties"], "person_id"))
    person_ids |= set(_ids(doc["involvements"], "person_id"))
    measures = [
        m
        for m in rec.rows_in("measures", "person_id", sorted(person_ids))
        if m["proceeding_id"] is None or m["proceeding_id"] in proceeding_ids
    ]
    doc["measures"] = measures
    doc["persons"] = rec.rows_in("persons", "id", sorted(person_ids))
    doc["person_names"] = rec.rows_in("person_names", "person_id", sorted(person_ids))
    doc["person_relations"] = [
        r
        for r in rec.rows_in("person_relations", "person_id", sorted(person_ids))
        if r["related_person_id"] in person_ids
    ]
    org_ids = set(_ids(doc["case_organisations"], "organisation_id")) | set(
        _ids(doc["involvements"], "organisation_id")
    )
    org_ids |= set(_ids(doc["proceedings"], "court_id"))
    doc["organisations"] = rec.rows_in("organisations", "id", sorted(org_ids))
    source_ids = set(_ids(doc["sources"]))
    for row in doc["person_names"]:  # a spelling's source may sit in another case
        if row["source_id"] and row["source_id"] not in source_ids:
            row["source_id"] = None
    return {k: doc[k] for k in ("format", "version", *INTERCHANGE_ORDER)}


def _refuse_constant(name: str) -> Any:
    raise ImportRefused(f"The file holds {name}, which is not a number JSON allows; it is not a Casefile export.")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ImportRefused(f"The file holds a number with {len(text)} digits; Casefile stores none that long.")
    return int(text)


def _broken_text_at(value: Any, path: str) -> str | None:
    """Where a text holds a lone UTF-16 surrogate (valid in JSON escapes, impossible in UTF-8)."""
    if isinstance(value, str):
        return path if any("\ud800" <= ch <= "\udfff" for ch in value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        where = f"{path} {key}" if isinstance(key, str) else f"{path} row {key + 1}"
        found = _broken_text_at(key, where) if isinstance(key, str) else None
        found = found or _broken_text_at(item, where)
        if found:
            return found
    return None


def parse_document(data: bytes | str) -> dict:
    if isinstance(data, bytes):
        if len(data) > MAX_IMPORT_BYTES:
            raise ImportRefused("The file is larger than 256 MiB; it is not a Casefile case export.")
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ImportRefused("The file is not UTF-8 text; it is not a Casefile case export.") from None
    try:
        doc = json.loads(data, parse_constant=_refuse_constant, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise ImportRefused(f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
    except RecursionError:
        raise ImportRefused("The file nests too deeply to be a Casefile case export.") from None
    except ImportRefused:
        raise
    except ValueError as exc:  # e.g. a float literal too long for Python to read
        raise ImportRefused(f"The file holds a value Casefile cannot read ({type(exc).__name__}).") from None
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        where = _broken_text_at(doc, "the file:") or "the file"
        raise ImportRefused(
            f"A text in {where} holds a broken character (a lone UTF-16 surrogate); nothing was imported."
        ) from None
    except ValueError:
        raise ImportRefused("The file holds a number JSON does not allow (NaN or infinity).") from None
    return doc


def check_document(vault: Vault, doc: Any) -> dict[str, list[dict]]:
    """Validate everything; returns the clean rows per entity. Raises ImportRefused."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRefused("This is not a Casefile case export (the 'format' field is missing or wrong).")
    if doc.get("version") != VERSION:
        raise ImportRefused(
            f"This case export has schema version {doc.get('version')!r}; this Casefile reads version {VERSION}."
        )
    unknown = set(doc) - {"format", "version", *INTERCHANGE_ORDER}
    if unknown:
        raise ImportRefused(f"Unknown section(s) in the file: {', '.join(sorted(unknown))[:200]}.")
    cases = doc.get("cases")
    if not isinstance(cases, list) or len(cases) != 1:
        raise ImportRefused("A case export must hold exactly one case.")
    clean: dict[str, list[dict]] = {}
    seen: dict[str, set[str]] = {}
    withheld = withheld_fields(doc)
    total = 0
    for name in INTERCHANGE_ORDER:
        rows = doc.get(name, [])
        if not isinstance(rows, list):
            raise ImportRefused(f"The '{name}' section must be a list.")
        total += len(rows)
        if total > MAX_ROWS:
            raise ImportRefused("The file holds more rows than Casefile imports at once.")
        ent = entity(name)
        out = []
        ids: set[str] = set()
        for i, row in enumerate(rows):
            try:
                c = validate_row(ent, _with_withheld(ent, row, withheld))
            except InvalidRecord as exc:
                raise ImportRefused(f"{name} row {i + 1}: {exc}") from None
            if c["id"] in ids:
                raise ImportRefused(f"{name} row {i + 1}: the id {c['id'][:80]!r} appears twice.")
            ids.add(c["id"])
            out.append(c)
        clean[name] = out
        seen[name] = ids
    case_id = clean["cases"][0]["id"]
    for name, rows in clean.items():
        ent = entity(name)
        for f in ent.fields:
            if f.name == "case_id":
                bad = [r for r in rows if r["case_id"] != case_id]
                if bad:
                    raise ImportRefused(f"{name}: a row belongs to another case ({bad[0]['case_id'][:80]!r}).")
            elif f.ref:
                for r in rows:
                    target = r[f.name]
                    if target is not None and target not in seen[f.ref] and not _exists(vault, f.ref, target):
                        raise ImportRefused(
                            f"{name} row {r['id'][:80]!r}: {f.name} points to a missing {f.ref} row ({target[:80]!r})."
                        )
    for r in clean["field_overrides"]:
        if r["sensitivity"] not in SENSITIVITIES:
            raise ImportRefused(f"field_overrides row {r['id'][:80]!r}: unknown sensitivity.")
    if _exists(vault, "cases", case_id):
        raise ImportRefused("This case is already in the vault; nothing was imported.")
    _check_ids_are_free(vault, clean)
    return clean


def _check_ids_are_free(vault: Vault, clean: dict[str, list[dict]]) -> None:
    """A row's id may already be in the vault only for a shared row (a person, a name, an
    organisation) that is exactly the same: anything else would change, or silently drop, data
    that another case holds."""
    records = Records(vault)
    for name, rows in clean.items():
        ent = entity(name)
        for i in range(0, len(rows), 500):
            chunk = rows[i : i + 500]
            found = {r["id"]: r for r in records.rows_in(name, "id", [r["id"] for r in chunk])}
            for row in chunk:
                existing = found.get(row["id"])
                if existing is None:
                    continue
                if ent.scope != "vault":
                    raise ImportRefused(
                        f"{name} row {row['id'][:80]!r}: this id is already used in the vault by another case; "
                        "nothing was imported."
                    )
                differ = [f.name for f in ent.fields if existing[f.name] != row[f.name]]
                if differ:
                    raise ImportRefused(
                        f"{name} row {row['id'][:80]!r}: a different {ent.name[:-1].replace('_', ' ')} with this "
                        f"id is already in the vault ({', '.join(differ)[:200]} differ). Importing would change it "
                        "or drop what the file says; nothing was imported."
                    )


# --- values the sender withheld ----------------------------------------------------------
# A partner pack's case.json leaves out what its profile withholds. Where that is a required
# value (a person's name marked secret), the row arrives with no value; the document's own
# field_overrides say it was withheld. Such a value is imported as WITHHELD, and the override
# travels with it, so the receiving vault knows the row's value was never sent.

WITHHELD = WITHHELD_VALUE


def withheld_fields(doc: dict) -> set[tuple[str, str, str]]:
    """(entity, row id, field) that the document's field_overrides mark as not public."""
    out: set[tuple[str, str, str]] = set()
    rows = doc.get("field_overrides")
    for r in rows if isinstance(rows, list) else []:
        if isinstance(r, dict) and r.get("sensitivity") in SENSITIVITIES and r.get("sensitivity") != PUBLIC:
            entity_name, row_id, field = r.get("entity"), r.get("entity_id"), r.get("field")
            if isinstance(entity_name, str) and isinstance(row_id, str) and isinstance(field, str):
                out.add((entity_name, row_id, field))
    return out


def _with_withheld(ent: Entity, row: Any, withheld: set[tuple[str, str, str]]) -> Any:
    """``row`` with WITHHELD in each required text field left empty because the sender withheld it."""
    if not isinstance(row, dict):
        return row
    filled: dict | None = None
    for f in ent.fields:
        if not (f.required and f.type == "text" and not f.ref and row.get(f.name) is None):
            continue
        if (ent.name, row.get("id"), f.name) in withheld or f.sensitivity == SECRET:
            filled = filled or dict(row)
            filled[f.name] = WITHHELD
    return filled or row


def _exists(vault: Vault, table: str, row_id: str) -> bool:
    return vault.db.one(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)) is not None


def import_case(
    vault: Vault, data: bytes | str | dict, *, progress: Progress = no_progress, cancel: CancelToken | None = None
) -> str:
    """Import a case document all or nothing; returns the case id."""
    doc = data if isinstance(data, dict) else parse_document(data)
    clean = check_document(vault, doc)
    case_id = clean["cases"][0]["id"]
    total = sum(len(v) for v in clean.values())
    done = 0
    records = Records(vault)
    with vault.db.transaction() as conn:
        for name in INTERCHANGE_ORDER:
            ent = entity(name)
            cols = ent.columns
            shared = ent.scope == "vault"
            verb = "INSERT OR IGNORE" if shared else "INSERT"
            sql = f"{verb} INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            for row in clean[name]:
                conn.execute(sql, [to_db(f, row[f.name]) for f in ent.fields])
                done += 1
                if done % 500 == 0:
                    if cancel is not None:
                        cancel.check()
                    progress(done, total, name)
        for name in ("persons", "organisations", "events", "evidence", "sources", "communications"):
            for row in clean[name]:
                indexing.reindex(conn, name, row["id"])
        counts = {k: len(v) for k, v in clean.items() if v}
        vault.record(conn, "case.import", "cases", case_id, {"rows": counts}, actor=records.actor)
    progress(total, total, "imported")
    return case_id


def json_schema() -> dict:
    """JSON Schema (2020-12) of the case interchange format, generated from the data model."""
    fuzzy = {
        "type": "object",
        "description": "A fuzzy date: a range with precision and certainty, and the text as written.",
        "properties": {
            "text": {"type": "string"},
            "start": {"type": "string", "format": "date"},
            "end": {"type": "string", "format": "date"},
            "precision": {"enum": ["day", "days", "part_of_month", "month", "season", "year"]},
            "certainty": {"enum": ["exact", "approximate", "uncertain"]},
        },
        "required": ["start", "end"],
        "additionalProperties": False,
    }
    types: dict[str, dict[str, Any]] = {
        "text": {"type": "string"},
        "int": {"type": "integer"},
        "bool": {"type": "boolean"},
        "json": {"type": ["array", "object"]},
        "date": {"$ref": "#/$defs/fuzzy_date"},
    }
    props: dict[str, Any] = {"format": {"const": FORMAT}, "version": {"const": VERSION}}
    for ent in ENTITIES:
        fields = {}
        for f in ent.fields:
            base = dict(types["text"] if f.ref else types[f.type])
            desc = " ".join(
                x for x in (f.doc, f"Sensitivity: {f.sensitivity}.", f"Refers to {f.ref}.id." if f.ref else "") if x
            )
            fields[f.name] = (
                {**base, "description": desc}
                if f.required
                else {"anyOf": [base, {"type": "null"}], "description": desc}
            )
        props[ent.name] = {
            "type": "array",
            "description": ent.doc,
            "items": {
                "type": "object",
                "properties": fields,
                "required": [f.name for f in ent.fields if f.required],
                "additionalProperties": False,
            },
        }
    props["cases"]["minItems"] = props["cases"]["maxItems"] = 1
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "casefile-case-v1",
        "title": "Casefile case export, version 1",
        "type": "object",
        "properties": props,
        "required": ["format", "version", "cases"],
        "additionalProperties": False,
        "$defs": {"fuzzy_date": fuzzy},
    }
