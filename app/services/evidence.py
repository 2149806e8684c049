"""Evidence intake, viewing and the custody trail."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.evidence.capture import capture_metadata
from app.evidence.credentials import CAPTURE_KEY, ContentCredentialsReader, verdict_of
from app.evidence.media_types import HEAD_BYTES, sniff_media_type
from app.services import indexing
from app.services.records import Records, check_text, new_id
from storage.errors import (
    EvidenceError,
    EvidenceNotHere,
    FileEmpty,
    FileIsFolder,
    FileMissing,
    FileNotPermitted,
    FileUnreadable,
    NoSuchCase,
    NoSuchEvidence,
    NotRegularFile,
)
from storage.evidence import FORMAT_BOUND
from storage.fsutil import translate_os_error
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

# What an evidence item can be linked to, and how to find the case of each.
LINKABLE = {
    "events": "SELECT case_id FROM events WHERE id = ?",
    "acts": "SELECT e.case_id FROM acts a JOIN events e ON e.id = a.event_id WHERE a.id = ?",
    "sources": "SELECT case_id FROM sources WHERE id = ?",
    "persons": "SELECT NULL FROM persons WHERE id = ?",  # persons belong to the vault, not to one case
}
_ONE = {"events": "event", "acts": "act", "sources": "source", "persons": "person"}


class NoLinkTarget(EvidenceError):
    """What an evidence item was to be linked to is not in the vault."""

    code = "link_target_missing"
    template = "There is no {entity} {entity_id} in this vault."


class LinkAcrossCases(EvidenceError):
    """An evidence item was to be linked to a record of another case."""

    code = "link_across_cases"
    template = "The {entity} {entity_id} belongs to another case than the evidence item."


class NotLinked(EvidenceError):
    """An evidence item was to be unlinked from something it is not linked to."""

    code = "not_linked"
    template = "The evidence item is not linked to {entity} {entity_id}."


@dataclass(frozen=True)
class IntakeResult:
    evidence_id: str
    sha256: str
    size: int
    media_type: str


# Moved to app.evidence; still importable from here.
__all__ = ["EvidenceService", "IntakeResult", "capture_metadata", "sniff_media_type"]


class EvidenceService:
    def __init__(
        self, vault: Vault, actor: str = "user", *, credentials: ContentCredentialsReader | None = None
    ) -> None:
        self.vault = vault
        self.records = Records(vault, actor)
        self.actor = actor
        self._credentials = credentials

    @property
    def credentials(self) -> ContentCredentialsReader:
        """The Content Credentials reader (Casefile's own trust anchors unless one was given)."""
        if self._credentials is None:
            self._credentials = ContentCredentialsReader()
        return self._credentials

    def add_file(
        self,
        case_id: str,
        path: Path | str,
        *,
        brought_by: str | None = None,
        origin: str | None = None,
        description: str | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> IntakeResult:
        """Stream a file into the vault: hash, encrypt, store, then commit its row. All or nothing."""
        path = Path(path)
        if self.records.get("cases", case_id) is None:
            raise NoSuchCase()
        try:
            if path.exists() and not path.is_dir() and not stat.S_ISREG(path.stat().st_mode):
                raise NotRegularFile(name=path.name)  # a FIFO or device would block
            f = open(path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise FileMissing(name=path.name) from None
        except IsADirectoryError:
            raise FileIsFolder(name=path.name) from None
        except OSError:
            raise FileNotPermitted(name=path.name) from None
        with f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise NotRegularFile(name=path.name)
            if st.st_size == 0:
                raise FileEmpty(name=path.name)
            try:
                head = f.read(HEAD_BYTES)
                f.seek(0)
            except OSError:
                raise FileUnreadable(name=path.name) from None
            media_type = sniff_media_type(head, whole=len(head) >= st.st_size)
            blob = self.vault.evidence.write_stream(
                f, total=st.st_size, progress=progress, cancel=cancel, message=path.name
            )
            try:
                # Read from the same open file that was hashed, not from the path again.
                capture = self._capture(f, media_type, st.st_size, cancel)
            except OSError:
                self.vault.evidence.delete(blob.blob_id)
                raise FileUnreadable(name=path.name) from None
            except BaseException:
                self.vault.evidence.delete(blob.blob_id)
                raise
        try:
            if cancel is not None:
                cancel.check()
            evidence_id = self.commit_blob(
                case_id,
                blob.blob_id,
                blob.sha256,
                blob.size,
                media_type,
                original_name=check_text("file name", path.name),
                brought_by=brought_by,
                origin=origin,
                description=description,
                capture=capture,
                custody_details=_credentials_custody(capture),
            )
        except BaseException:
            self.vault.evidence.delete(blob.blob_id)
            raise
        return IntakeResult(evidence_id, blob.sha256, blob.size, media_type)

    def _capture(self, f: BinaryIO, media_type: str, size: int, cancel: CancelToken | None) -> dict[str, Any]:
        """Capture metadata and the Content Credentials verdict of a file being taken in."""
        capture = capture_metadata(f, media_type)
        credentials = self.credentials.check_file(f, media_type, size, cancel=cancel)
        if credentials is not None:
            capture[CAPTURE_KEY] = credentials
        return capture

    def add_bytes(
        self,
        case_id: str,
        data: bytes,
        *,
        original_name: str | None = None,
        media_type: str | None = None,
        parent_id: str | None = None,
        operation: str | None = None,
        description: str | None = None,
        custody_details: dict | None = None,
    ) -> IntakeResult:
        """Store bytes already in memory (a derivative, or a member of a received pack)."""
        kind = media_type or sniff_media_type(data[:HEAD_BYTES], whole=len(data) <= HEAD_BYTES)
        capture: dict[str, Any] = {}
        if parent_id is None:  # an original; a derivative is Casefile's own re-encoding
            credentials = self.credentials.check_bytes(data, kind)
            if credentials is not None:
                capture[CAPTURE_KEY] = credentials
        blob = self.vault.evidence.write_bytes(data)
        try:
            evidence_id = self.commit_blob(
                case_id,
                blob.blob_id,
                blob.sha256,
                blob.size,
                kind,
                original_name=original_name,
                parent_id=parent_id,
                operation=operation,
                description=description,
                capture=capture,
                custody_details={**_credentials_custody(capture), **(custody_details or {})},
            )
        except BaseException:
            self.vault.evidence.delete(blob.blob_id)
            raise
        return IntakeResult(evidence_id, blob.sha256, blob.size, kind)

    def commit_blob(
        self,
        case_id: str,
        blob_id: str,
        sha256: str,
        size: int,
        media_type: str,
        *,
        original_name: str | None = None,
        brought_by: str | None = None,
        origin: str | None = None,
        description: str | None = None,
        capture: dict | None = None,
        parent_id: str | None = None,
        operation: str | None = None,
        custody_details: dict | None = None,
        custody_action: str | None = None,
    ) -> str:
        """Insert the row of a blob already stored (with its first custody entry and an audit row).

        Joins the caller's transaction if there is one, so several items commit together."""
        evidence_id = new_id("e-")
        now = self.vault.now()
        with self.vault.db.transaction() as conn:
            conn.execute(
                "INSERT INTO evidence (id, case_id, sha256, size, media_type, original_name, intake_time,"
                " brought_by, origin, capture, parent_id, operation, description, blob_id, blob_format)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    evidence_id,
                    case_id,
                    sha256,
                    size,
                    media_type,
                    original_name,
                    now,
                    brought_by,
                    origin,
                    json.dumps(capture or {}, ensure_ascii=False),
                    parent_id,
                    operation,
                    description,
                    blob_id,
                    FORMAT_BOUND,  # every blob the store writes is bound and at rest under the vault's own key
                ),
            )
            self.add_custody(
                conn,
                evidence_id,
                custody_action or ("derive" if parent_id else "intake"),
                {"sha256": sha256, "size": size, **(custody_details or {})},
            )
            self.vault.record(
                conn, "evidence.add", "evidence", evidence_id, {"sha256": sha256, "size": size}, actor=self.actor
            )
            indexing.reindex(conn, "evidence", evidence_id)
        return evidence_id

    def add_custody(self, conn: Any, evidence_id: str, action: str, details: dict | None = None) -> None:
        conn.execute(
            "INSERT INTO custody (id, evidence_id, at, action, actor, details) VALUES (?,?,?,?,?,?)",
            (
                new_id("cu-"),
                evidence_id,
                self.vault.now(),
                action,
                self.actor,
                json.dumps(details or {}, ensure_ascii=False),
            ),
        )

    def record_custody(self, evidence_id: str, action: str, details: dict | None = None) -> None:
        with self.vault.db.transaction() as conn:
            self.add_custody(conn, evidence_id, action, details)
            self.vault.record(conn, f"evidence.{action}", "evidence", evidence_id, details, actor=self.actor)

    def blob_id(self, evidence_id: str) -> str:
        row = self.vault.db.one("SELECT blob_id FROM evidence WHERE id = ?", (evidence_id,))
        if row is None:
            raise NoSuchEvidence()
        if row[0] is None:
            raise EvidenceNotHere()
        return row[0]

    def read(self, evidence_id: str, *, purpose: str = "view") -> bytes:
        """Decrypt an item into memory and log the access in its custody trail."""
        data = self.vault.evidence.read_bytes(self.blob_id(evidence_id))
        self.record_custody(evidence_id, purpose)
        return data

    def check_link(self, evidence_id: str, entity: str, entity_id: str) -> None:
        """The item exists and the record is one it can be linked to: in the vault, and of the item's case."""
        item = self.records.get("evidence", evidence_id)
        if item is None:
            raise NoSuchEvidence()
        if entity not in LINKABLE:
            raise NoLinkTarget(entity=entity, entity_id=entity_id)
        found = self.vault.db.one(LINKABLE[entity], (entity_id,))
        if found is None:
            raise NoLinkTarget(entity=_ONE.get(entity, entity), entity_id=entity_id)
        if found[0] is not None and found[0] != item["case_id"]:
            raise LinkAcrossCases(entity=_ONE.get(entity, entity), entity_id=entity_id)

    def link(self, evidence_id: str, entity: str, entity_id: str) -> str:
        """Link an item to an event, act, person or source of its case (once); returns the link's id."""
        self.check_link(evidence_id, entity, entity_id)
        existing = self._links(evidence_id, entity, entity_id)
        if existing:
            return existing[0]
        return self.records.insert(
            "evidence_links", {"evidence_id": evidence_id, "entity": entity, "entity_id": entity_id}
        )

    def unlink(self, evidence_id: str, entity: str, entity_id: str) -> None:
        existing = self._links(evidence_id, entity, entity_id)
        if not existing:
            raise NotLinked(entity=_ONE.get(entity, entity), entity_id=entity_id)
        with self.vault.db.transaction():
            for link_id in existing:
                self.records.delete("evidence_links", link_id)

    def _links(self, evidence_id: str, entity: str, entity_id: str) -> list[str]:
        rows = self.records.rows(
            "evidence_links", "evidence_id = ? AND entity = ? AND entity_id = ?", (evidence_id, entity, entity_id)
        )
        return [r["id"] for r in rows]

    def save_copy(self, evidence_id: str, out_path: Path | str) -> str:
        """Write an item's original bytes to a file the user chose (plaintext: the user was warned).

        The copy goes to ``<name>.partial`` and is renamed only once its hash matched the one recorded at
        intake: a replaced or altered blob leaves no file behind. Returns the SHA-256.
        """
        out = Path(out_path)
        if out.exists() or out.is_symlink():
            raise EvidenceError(f"{out.name!r} already exists; choose another file name.")
        if not out.parent.is_dir():
            raise EvidenceError("The folder for the copy does not exist.")
        blob_id = self.blob_id(evidence_id)
        partial = out.with_name(out.name + ".partial")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(partial, flags, 0o600)
        except OSError as exc:
            raise translate_os_error(exc, "saving a copy of the evidence") from None
        try:
            with open(fd, "wb") as f, self.vault.evidence.open_reader(blob_id) as reader:
                while view := reader.read_view():
                    f.write(view)
                f.flush()
                os.fsync(f.fileno())
            os.replace(partial, out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise translate_os_error(exc, "saving a copy of the evidence") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        sha256 = reader.hash.hexdigest()
        self.record_custody(evidence_id, "export", {"sha256": sha256, "size": reader.size})
        return sha256

    def verify_items(self, case_id: str, *, media_prefix: str = "") -> int:
        """Check every stored item of a case (whose type starts with ``media_prefix``) against what was
        recorded at intake, before anything is made from them. Raises EvidenceMismatch or VaultDamaged."""
        rows = self.vault.db.query(
            "SELECT blob_id, sha256, size, blob_format FROM evidence WHERE case_id = ? AND blob_id IS NOT NULL"
            " AND coalesce(media_type, '') LIKE ? ORDER BY rowid",
            (case_id, media_prefix.replace("%", "") + "%"),
        )
        for blob_id, sha256, size, blob_format in rows:
            self.vault.evidence.verify(blob_id, sha256, size, blob_format)
        return len(rows)

    def items(self, case_id: str) -> list[dict]:
        return self.records.rows("evidence", "case_id = ?", (case_id,), "intake_time, rowid")

    def custody_trail(self, evidence_id: str) -> list[dict]:
        return self.records.rows("custody", "evidence_id = ?", (evidence_id,), "at, rowid")


def _credentials_custody(capture: dict[str, Any]) -> dict[str, Any]:
    """The Content Credentials verdict for the intake's custody entry (the word only; the signer stays secret)."""
    verdict = verdict_of(capture)
    return {} if verdict is None else {"content_credentials": verdict}
