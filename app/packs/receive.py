"""Receiving a pack into this vault: one pass that checks everything, then all or nothing.

The pack is read once, by the same scan as ``verify``. The signed manifest
comes first and is checked before any evidence is touched (signer trusted,
addressed to us, not a replay). Each evidence member then streams through its
hash straight into a new blob of this vault, while nothing has failed; after a
failure the scan reads on without storing, to list every problem. Only when
the whole pack checked out, and every blob matches the manifest, does one
transaction add the rows (case if new, evidence, custody 'received' with
provenance, links, the received-packs record, one audit row). Otherwise the
new blobs are deleted and nothing changes. A crash before the commit leaves
blobs no row refers to, which the next open sets aside (never deletes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.packs import manifest as mf
from app.packs.content import LINKABLE
from app.packs.errors import PackAlreadyReceived, PackRefused
from app.packs.verify import MemberReader, PackReport, PackScan
from app.services.evidence import EvidenceService
from app.services.interchange import FORMAT as CASE_FORMAT
from app.services.interchange import VERSION as CASE_VERSION
from app.services.interchange import ImportRefused, check_document, import_case, parse_document
from app.services.records import new_id
from storage.evidence import StoredBlob
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

MAX_TRAIL_ROWS = 1000
_TRAIL_KEYS = ("at", "action", "actor", "item")
_DETAIL_KEYS = (
    "sha256",
    "size",
    "pack_id",
    "pack_sha256",
    "sender_fingerprint",
    "profile",
    "original_sha256",
    "operation",
    "as",
)


def _clean_trail(trail: list) -> list[dict[str, Any]]:
    """The sender's custody rows, reduced to known fields with short scalar values (it is kept in ours)."""

    def scalar(v: Any) -> Any:
        if isinstance(v, bool | int | float) or v is None:
            return v
        return str(v)[:200]

    out = []
    for row in trail[:MAX_TRAIL_ROWS]:
        if not isinstance(row, dict):
            continue
        clean = {k: scalar(row[k]) for k in _TRAIL_KEYS if k in row}
        details = row.get("details")
        if isinstance(details, dict):
            clean["details"] = {k: scalar(details[k]) for k in _DETAIL_KEYS if k in details}
        out.append(clean)
    return out


@dataclass
class ReceiveResult:
    pack_id: str
    case_id: str
    case_created: bool
    sender_label: str
    sender_fingerprint: str
    pack_sha256: str
    evidence_ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _custody_links(data: bytes | None) -> dict[str, dict[str, Any]]:
    """custody.json by member path: the sender's trail and links (already hash-checked)."""
    if data is None:
        return {}
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackRefused(["custody.json is not valid JSON."]) from None
    if not isinstance(doc, dict) or doc.get("format") != "casefile-custody" or not isinstance(doc.get("items"), list):
        raise PackRefused(["custody.json is not a Casefile custody document."])
    out: dict[str, dict[str, Any]] = {}
    for it in doc["items"]:
        if not isinstance(it, dict) or not isinstance(it.get("path"), str):
            raise PackRefused(["custody.json holds a malformed item."])
        given_trail, given_links = it.get("trail"), it.get("links")
        trail = given_trail if isinstance(given_trail, list) else []
        links = [
            lk
            for lk in (given_links if isinstance(given_links, list) else [])
            if isinstance(lk, dict) and lk.get("entity") in LINKABLE and isinstance(lk.get("entity_id"), str)
        ]
        out[it["path"]] = {"trail": _clean_trail(trail), "links": links[:MAX_TRAIL_ROWS]}
    return out


def _case_plan(vault: Vault, m: mf.Manifest, case_json: bytes | None) -> dict[str, Any] | None:
    """The case document to import, or None when the case is already in this vault."""
    if vault.db.one("SELECT 1 FROM cases WHERE id = ?", (m.case_id,)) is not None:
        return None
    if case_json is None:
        # No case data in the pack (a public pack): a bare case to hold the evidence.
        title = m.case_title or f"Received case {m.case_reference or m.case_id}"
        doc: Any = {
            "format": CASE_FORMAT,
            "version": CASE_VERSION,
            "cases": [{"id": m.case_id, "reference": m.case_reference, "title": title}],
        }
    else:
        try:
            doc = parse_document(case_json)
        except ImportRefused as exc:
            raise PackRefused([f"case.json cannot be imported: {exc}"]) from None
    try:
        check_document(vault, doc)
    except ImportRefused as exc:
        raise PackRefused([f"case.json cannot be imported: {exc}"]) from None
    if doc["cases"][0]["id"] != m.case_id:
        raise PackRefused(["case.json describes another case than the manifest."])
    return doc


def receive_pack(
    vault: Vault,
    path: Path | str,
    *,
    accept_older: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ReceiveResult:
    """Verify a pack, then import its evidence (and its case, if new) into this vault, all or nothing.

    Raises PackRefused (with every failure), PackAlreadyReceived, or a storage error; in each case nothing
    was imported.
    """
    docs: dict[str, bytes] = {}
    blobs: list[tuple[mf.Item, StoredBlob]] = []

    def on_manifest(m: mf.Manifest, report: PackReport) -> None:
        if report.already_received:
            raise PackAlreadyReceived(
                f"This pack was already received on {report.already_received}; nothing was imported again."
            )
        if report.newer_received and not accept_older:
            raise PackRefused(
                [
                    f"This pack was made on {m.created}, before one already received from the same "
                    f"sender for the same case ({report.newer_received}). It may be a replay of an "
                    "old pack; if you expected it, receive it again with --accept-older."
                ],
                lead="The pack was refused as a possible replay; nothing was imported.",
            )

    def store(item: mf.Item, reader: MemberReader) -> None:
        """Called only once the manifest checked out and while nothing has failed."""
        if item.kind in ("case", "custody"):
            docs[item.kind] = reader.read_all(mf.MAX_DOCUMENT_BYTES)
        elif item.kind == "evidence":
            writer = vault.evidence.new_blob(hashed_by=reader.hash)  # the reader hashes every byte it hands out
            try:
                while view := reader.read_view():
                    writer.write(view)
                blobs.append((item, writer.finish()))
            except BaseException:
                writer.abort()
                raise

    try:
        report = PackScan(vault, path, on_manifest=on_manifest, on_member=store, progress=progress, cancel=cancel).run()
        if not report.ok or report.manifest is None:
            raise PackRefused(report.failures or ["The pack could not be read."])
        m = report.manifest
        case_doc = _case_plan(vault, m, docs.get("case"))
        custody = _custody_links(docs.get("custody"))
        wanted = [it for it in m.items if it.kind == "evidence"]
        if [it.path for it, _b in blobs] != [it.path for it in wanted] or any(
            b.sha256 != it.sha256 or b.size != it.size for it, b in blobs
        ):
            raise PackRefused(["The evidence stored does not match the verified pack."])
        if cancel is not None:
            cancel.check()
        result = _commit(vault, report, case_doc, custody, blobs)
    except BaseException:
        for _it, blob in blobs:
            vault.evidence.delete(blob.blob_id)
        raise
    progress(1, 1, "received")
    return result


def _commit(
    vault: Vault,
    report: PackReport,
    case_doc: dict[str, Any] | None,
    custody: dict[str, dict[str, Any]],
    blobs: list[tuple[mf.Item, StoredBlob]],
) -> ReceiveResult:
    m = report.manifest
    assert m is not None
    service = EvidenceService(vault)
    sender_fp = report.signer_fingerprint or m.producer_fingerprint
    sender = report.signer_label or m.producer_label
    result = ReceiveResult(
        m.pack_id, m.case_id, False, sender, sender_fp, report.pack_sha256, warnings=list(report.warnings)
    )
    with vault.db.transaction() as conn:
        now = vault.now()
        if conn.execute("SELECT 1 FROM received_packs WHERE pack_id = ?", (m.pack_id,)).fetchone():
            raise PackAlreadyReceived("This pack was already received; nothing was imported again.")
        if case_doc is not None and conn.execute("SELECT 1 FROM cases WHERE id = ?", (m.case_id,)).fetchone() is None:
            import_case(vault, case_doc)
            result.case_created = True
        provenance = {
            "pack_id": m.pack_id,
            "pack_sha256": report.pack_sha256,
            "sender_fingerprint": sender_fp,
            "sender_label": sender,
            "manifest_created": m.created,
            "received_at": now,
            "profile": m.profile,
        }
        for item, blob in blobs:
            extra = custody.get(item.path, {})
            evidence_id = service.commit_blob(
                m.case_id,
                blob.blob_id,
                blob.sha256,
                blob.size,
                item.media_type,
                origin=f"handoff pack {m.pack_id} from {sender} ({sender_fp})",
                operation=item.operation,
                description="Received in a handoff pack",
                custody_action="received",
                custody_details={
                    **provenance,
                    "as": item.path,
                    "sha256": item.sha256,
                    "original_sha256": item.original_sha256,
                    "sender_evidence_id": item.evidence_id,
                    "sender_trail": extra.get("trail", []),
                },
            )
            for link in extra.get("links", []):
                table = link["entity"]
                if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (link["entity_id"],)).fetchone():
                    conn.execute(
                        "INSERT INTO evidence_links (id, evidence_id, entity, entity_id) VALUES (?,?,?,?)",
                        (new_id("el-"), evidence_id, table, link["entity_id"]),
                    )
            result.evidence_ids.append(evidence_id)
        conn.execute(
            "INSERT INTO received_packs (pack_id, pack_sha256, sender_fingerprint, case_id, manifest_created,"
            " received_at, items) VALUES (?,?,?,?,?,?,?)",
            (m.pack_id, report.pack_sha256, sender_fp, m.case_id, m.created, now, len(blobs)),
        )
        vault.record(
            conn,
            "pack.receive",
            "cases",
            m.case_id,
            {**provenance, "items": len(blobs), "case_created": result.case_created},
        )
    return result
