"""``casefile check``: everything in the vault checked, with a plain sentence for each problem.

1. every page of the database against its SQLCipher HMAC (``PRAGMA cipher_integrity_check``);
2. the database's structure (``PRAGMA integrity_check``);
3. every evidence file decrypted and its SHA-256 and size compared with its row;
4. the audit log's chain and signatures.

Unlock runs the cheap part of 1 and 4 (``Database._unlock_findings``); this is the whole.
Reads only: a check changes nothing in the vault.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

import sqlcipher3

from storage import audit
from storage.errors import EvidenceError, EvidenceMismatch, VaultDamaged
from storage.progress import Cancelled, CancelToken, Progress, no_progress
from storage.vault import DB_NAME, Vault
from storage.walguard import SET_ASIDE, WAL_SUFFIX

_WEIGHT_PER_DB_BYTE = 3  # two database passes weigh about as much as decrypting three times the bytes


@dataclass
class Finding:
    area: str  # "database", "evidence", "audit"
    text: str


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    pages: int = 0
    evidence_files: int = 0
    evidence_bytes: int = 0
    audit_entries: int = 0
    set_aside: list[str] = field(default_factory=list)  # journal files the WAL guard kept

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "findings": [{"area": f.area, "text": f.text} for f in self.findings],
            "pages": self.pages,
            "evidence_files": self.evidence_files,
            "evidence_bytes": self.evidence_bytes,
            "audit_entries": self.audit_entries,
            "set_aside": self.set_aside,
        }


class _HashingSink:
    """Where decrypted evidence goes: through SHA-256 and a byte count, never to disk."""

    def __init__(self, cancel: CancelToken | None, on_bytes: Any) -> None:
        self.hash = hashlib.sha256()
        self.size = 0
        self._cancel, self._on_bytes = cancel, on_bytes

    def write(self, data: bytes) -> int:
        if self._cancel is not None and self._cancel.cancelled:
            raise Cancelled("cancelled")
        self.hash.update(data)
        self.size += len(data)
        self._on_bytes(len(data))
        return len(data)

    def flush(self) -> None:
        pass


def _stored_digest(vault: Vault, blob_id: str, sink: _HashingSink) -> tuple[str, int]:
    """SHA-256 and size of an evidence file's plaintext. (One line to swap for a verify API.)"""
    vault.evidence.decrypt_to(blob_id, cast(BinaryIO, sink))
    return sink.hash.hexdigest(), sink.size


def _database(vault: Vault, result: CheckResult) -> None:
    with vault.db.lock:
        conn = vault.db.conn
        result.pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        try:
            macs = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        except sqlcipher3.Error as exc:
            macs = [f"the check stopped ({exc})"]
        if macs:
            shown = "; ".join(macs[:5]) + (" …" if len(macs) > 5 else "")
            result.findings.append(
                Finding(
                    "database",
                    f"{len(macs)} database page(s) fail their authentication check: the file was damaged or "
                    f"altered ({shown}).",
                )
            )
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlcipher3.Error as exc:
            rows = [f"it could not be read through ({exc})"]
        problems = [r for r in rows if r != "ok"]
        if problems:
            shown = "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
            result.findings.append(Finding("database", f"The database's structure is damaged: {shown}."))


def _evidence(vault: Vault, result: CheckResult, step: Any, cancel: CancelToken | None) -> None:
    rows = vault.db.query("SELECT id, blob_id, sha256, size FROM evidence WHERE blob_id IS NOT NULL ORDER BY rowid")
    for evidence_id, blob_id, sha256, size in rows:
        if cancel is not None:
            cancel.check()
        sink = _HashingSink(cancel, step)
        try:
            digest, got = _stored_digest(vault, blob_id, sink)
        except EvidenceError:
            result.findings.append(Finding("evidence", f"Evidence {evidence_id}: its file is missing from the vault."))
            continue
        except EvidenceMismatch:  # the reader checks the blob's binding and hash itself
            result.findings.append(_not_as_recorded(evidence_id))
            continue
        except VaultDamaged:
            result.findings.append(
                Finding("evidence", f"Evidence {evidence_id}: its file is damaged and cannot be decrypted.")
            )
            continue
        result.evidence_files += 1
        result.evidence_bytes += got
        if digest != sha256 or got != size:
            result.findings.append(_not_as_recorded(evidence_id))


def _not_as_recorded(evidence_id: str) -> Finding:
    return Finding(
        "evidence",
        f"Evidence {evidence_id}: its file no longer matches the SHA-256 recorded at intake "
        "(it was replaced or altered).",
    )


def _audit(vault: Vault, result: CheckResult) -> None:
    with vault.db.lock:
        problems = audit.verify(vault.db.conn)
        result.audit_entries = int(vault.db.conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    result.findings += [Finding("audit", f"The audit log: {p}.") for p in problems]


def _readable(result: CheckResult, area: str, what: str, run: Any, *args: Any) -> None:
    """Run one part; a page SQLite cannot read on the way is a finding, not a crash."""
    try:
        run(*args)
    except (VaultDamaged, sqlcipher3.Error):
        result.findings.append(Finding(area, f"{what} could not be read to the end: the database is damaged."))


def check_vault(vault: Vault, *, progress: Progress = no_progress, cancel: CancelToken | None = None) -> CheckResult:
    """Run every check; reads only. ``progress(done, total, message)``; ``cancel`` stops between steps."""
    result = CheckResult()
    db_bytes = (vault.folder / DB_NAME).stat().st_size
    try:
        evidence_total = int(vault.db.one("SELECT coalesce(sum(size), 0) FROM evidence WHERE blob_id IS NOT NULL")[0])
    except VaultDamaged:
        evidence_total = 0
    total = db_bytes * _WEIGHT_PER_DB_BYTE + evidence_total + 1
    done = 0

    def step(n: int, message: str = "evidence files") -> None:
        nonlocal done
        done += n
        progress(min(done, total), total, message)

    progress(0, total, "database pages")
    _database(vault, result)
    step(db_bytes * _WEIGHT_PER_DB_BYTE, "database pages")
    if cancel is not None:
        cancel.check()
    _readable(result, "evidence", "The list of evidence files", _evidence, vault, result, step, cancel)
    if cancel is not None:
        cancel.check()
    _readable(result, "audit", "The audit log", _audit, vault, result)
    result.set_aside = sorted(p.name for p in vault.folder.glob(f"{DB_NAME}{WAL_SUFFIX}{SET_ASIDE}*"))
    progress(total, total, "done")
    return result
