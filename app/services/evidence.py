"""Evidence intake, viewing and the custody trail."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import indexing
from app.services.records import Records, check_text, new_id
from storage.errors import EvidenceError
from storage.evidence import FORMAT_BOUND
from storage.fsutil import translate_os_error
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

_MAGIC = [
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF8", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"RIFF", "application/octet-stream"),
]


@dataclass(frozen=True)
class IntakeResult:
    evidence_id: str
    sha256: str
    size: int
    media_type: str


def sniff_media_type(head: bytes) -> str:
    """Decide the type from the file's first bytes, not its name."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "video/quicktime" if head[8:10] == b"qt" else "video/mp4"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "application/octet-stream"


def capture_metadata(path: Path, media_type: str) -> dict[str, Any]:
    """Capture date, device and GPS of a photo, kept in the vault (secret) and stripped on export.

    Only image headers are parsed here; PDFs, office files and videos stay opaque bytes.
    """
    if not media_type.startswith("image/"):
        return {}
    try:
        from PIL import ExifTags, Image

        with Image.open(path) as img:
            meta: dict[str, Any] = {"width": img.width, "height": img.height, "format": img.format}
            exif = img.getexif()
            names = {
                ExifTags.Base.DateTimeOriginal: "captured",
                ExifTags.Base.DateTime: "modified",
                ExifTags.Base.Make: "make",
                ExifTags.Base.Model: "model",
                ExifTags.Base.Orientation: "orientation",
            }
            merged = dict(exif.items())
            merged.update(exif.get_ifd(ExifTags.IFD.Exif).items())
            for tag, name in names.items():
                if tag in merged:
                    meta[name] = str(merged[tag])[:200]
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            if gps:
                meta["gps"] = {ExifTags.GPSTAGS.get(k, str(k)): str(v)[:100] for k, v in gps.items()}
            return meta
    except Exception:  # noqa: BLE001 - a broken image is still evidence; its metadata is just unknown
        return {"note": "image metadata unreadable"}


class EvidenceService:
    def __init__(self, vault: Vault, actor: str = "user") -> None:
        self.vault = vault
        self.records = Records(vault, actor)
        self.actor = actor

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
            raise EvidenceError("That case does not exist in this vault.")
        try:
            if path.exists() and not path.is_dir() and not stat.S_ISREG(path.stat().st_mode):
                raise EvidenceError(f"{path.name!r} is not a regular file.")  # a FIFO or device would block
            f = open(path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise EvidenceError(f"The file {path.name!r} does not exist.") from None
        except IsADirectoryError:
            raise EvidenceError(f"{path.name!r} is a folder, not a file.") from None
        except OSError:
            raise EvidenceError(f"The file {path.name!r} cannot be read (check its permissions).") from None
        with f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise EvidenceError(f"{path.name!r} is not a regular file.")
            if st.st_size == 0:
                raise EvidenceError(f"The file {path.name!r} is empty; nothing was stored.")
            try:
                head = f.read(64)
                f.seek(0)
            except OSError:
                raise EvidenceError(f"The file {path.name!r} cannot be read.") from None
            media_type = sniff_media_type(head)
            blob = self.vault.evidence.write_stream(
                f, total=st.st_size, progress=progress, cancel=cancel, message=path.name
            )
        try:
            if cancel is not None:
                cancel.check()
            capture = capture_metadata(path, media_type)
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
            )
        except BaseException:
            self.vault.evidence.delete(blob.blob_id)
            raise
        return IntakeResult(evidence_id, blob.sha256, blob.size, media_type)

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
        blob = self.vault.evidence.write_bytes(data)
        kind = media_type or sniff_media_type(data[:64])
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
                custody_details=custody_details,
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
            raise EvidenceError("That evidence item does not exist.")
        if row[0] is None:
            raise EvidenceError("This evidence item's file is not in this vault (it was imported as a record only).")
        return row[0]

    def read(self, evidence_id: str, *, purpose: str = "view") -> bytes:
        """Decrypt an item into memory and log the access in its custody trail."""
        data = self.vault.evidence.read_bytes(self.blob_id(evidence_id))
        self.record_custody(evidence_id, purpose)
        return data

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
