"""What a pack says about the case besides the evidence bytes: case.json and custody.json.

Both are built from the vault at the pack's profile, in the data (never by
editing rendered output): ``partner`` goes through the report's redaction
engine (no ``secret`` field, and no secret value repeated in free text);
``internal`` keeps everything; ``public`` packs carry no case document at all
(the redacted report.pdf tells the case).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.domain.model import BY_NAME, INTERCHANGE_ORDER
from app.domain.profiles import PROFILES as PROFILES  # re-exported for app.packs.build
from app.services.interchange import export_case
from storage.vault import Vault

# Evidence rows travel as pack members with their own manifest entries; the
# rows themselves (with secret file names and capture data) stay home.
EVIDENCE_SECTIONS = ("evidence", "evidence_links", "custody")
LINKABLE = (
    "events",
    "acts",
    "persons",
    "organisations",
    "sources",
    "proceedings",
    "hearings",
    "measures",
    "communications",
)
# Custody details safe to hand over: hashes, sizes, pack provenance. Anything
# else a custody row may hold (free text, origins) stays in the vault.
CUSTODY_DETAIL_KEYS = (
    "sha256",
    "size",
    "pack_id",
    "pack_sha256",
    "sender_fingerprint",
    "profile",
    "recipients",
    "original_sha256",
    "operation",
    "as",
)


@dataclass
class CaseExport:
    """case.json's document, and how the sender's ids appear in it (and so in manifest and custody.json)."""

    doc: dict[str, Any] | None
    case_id: str
    ids: Callable[[str, str], str | None]  # (entity, id in the sender's vault) -> id in the pack


def _opaque_ids(vault: Vault) -> Callable[[str, str], str]:
    """Stable ids for one sending vault that carry nothing: ids such as "p-nazigul-maksutkhan" hold names.

    Keyed with a secret of the sender (so a short id cannot be guessed back from its hash), stable across
    packs (a second pack of the same case lands in the same case and the same people on the receiver's side).
    """
    secret = vault.signing_key().private_bytes_raw()
    key = hashlib.sha256(b"casefile/pack-ids\0" + secret).digest()

    def opaque(entity_name: str, row_id: str) -> str:
        prefix = entity_name.removesuffix("s").replace("_", "-")
        digest = hmac.new(key, f"{entity_name}\0{row_id}".encode(), hashlib.sha256).hexdigest()
        return f"{prefix}-{digest[:16]}"

    return opaque


def case_export(vault: Vault, case_id: str, profile: str) -> CaseExport:
    """The case document for case.json at ``profile`` (no document for public: the report carries the case).

    Partner: redacted by the report's own engine (``app.redaction``), so case.json and report.pdf withhold
    exactly the same things, including secrets repeated in free text; every id made opaque.
    """
    if profile == "internal":
        whole = export_case(vault, case_id)
        for name in EVIDENCE_SECTIONS:
            whole[name] = []
        return CaseExport(whole, case_id, lambda entity_name, row_id: row_id)
    opaque = _opaque_ids(vault)
    if profile == "public":
        return CaseExport(None, opaque("cases", case_id), opaque)
    from app.redaction.engine import redact

    full = export_case(vault, case_id)
    for name in EVIDENCE_SECTIONS:
        full[name] = []
    redacted = redact(full, profile)
    back = {(ent, new): old for (ent, old), new in redacted.id_map.items()}

    def mapped(entity_name: str, value: Any) -> str | None:
        old = back.get((entity_name, str(value)))
        return None if old is None else opaque(entity_name, old)

    doc = {"format": full["format"], "version": full["version"]}
    for name in INTERCHANGE_ORDER:
        ent = BY_NAME[name]
        rows = []
        for row in redacted.doc.get(name, []) if name not in EVIDENCE_SECTIONS else []:
            clean = {f.name: row.get(f.name) for f in ent.fields}  # model fields only, no render hints
            clean["id"] = mapped(name, row["id"])
            for f in ent.fields:
                if f.ref and clean[f.name] is not None:
                    clean[f.name] = mapped(f.ref, clean[f.name])
            if name in ("attributions", "field_overrides") and clean.get("entity_id") is not None:
                clean["entity_id"] = mapped(str(clean.get("entity")), clean["entity_id"])
            rows.append(clean)
        doc[name] = rows
    return CaseExport(doc, opaque("cases", case_id), opaque)


def custody_document(
    vault: Vault, entries: list[dict[str, Any]], profile: str, id_of: Callable[[str, str], str | None]
) -> dict[str, Any]:
    """custody.json: for each packed evidence item, its trail and links, at ``profile``.

    ``entries``: dicts with path, evidence_id (the row sent), original_id (its original, or the same).
    """
    items = []
    for e in entries:
        ids = list(dict.fromkeys([e["original_id"], e["evidence_id"]]))
        trail = []
        for eid in ids:
            for at, action, actor, details in vault.db.query(
                "SELECT at, action, actor, details FROM custody WHERE evidence_id = ? ORDER BY at, rowid", (eid,)
            ):
                try:
                    d = json.loads(details or "{}")
                except ValueError:
                    d = {}
                row: dict[str, Any] = {
                    "at": at,
                    "action": action,
                    "item": "original" if eid == e["original_id"] else "derivative",
                    "details": {k: d[k] for k in CUSTODY_DETAIL_KEYS if k in d},
                }
                if profile != "public":
                    row["actor"] = actor
                trail.append(row)
        links = (
            []
            if profile == "public"
            else [
                {"entity": ent, "entity_id": id_of(ent, eid)}
                for ent, eid in vault.db.query(
                    "SELECT entity, entity_id FROM evidence_links WHERE evidence_id = ?", (e["original_id"],)
                )
                if ent in LINKABLE and id_of(ent, eid) is not None
            ]
        )
        items.append({"path": e["path"], "evidence_id": e["evidence_id"], "trail": trail, "links": links})
    return {"format": "casefile-custody", "version": 1, "items": items}
