"""Making a pack: plan the members, sign the manifest, stream the tar into age.

The manifest comes first but must hold every member's hash, so the members are
fixed before any byte is written: originals by the hash the vault recorded at
intake (checked again as they stream out), derivatives by making them first
and storing them in the vault (they are evidence too, with their parent and
operation), the small JSON documents and the report in memory. Then one
stream, in this thread: tar headers and each evidence blob's plaintext (checked
against its row as it is decrypted) are written straight into the age writer,
to ``<out>.partial``; fsync and rename only when all is written and every
blob's hash checked out.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.evidence.credentials import verdict_of
from app.packs import manifest as mf
from app.packs import notes
from app.packs.cards import Partner, check_label, my_card
from app.packs.content import PROFILES, case_export, custody_document
from app.packs.derive import can_strip, operation_for, strip_image, too_large_to_strip
from app.packs.errors import DerivativeError, PackError
from app.packs.pictures import check_pack_pictures
from app.packs.pipes import PackSink
from app.packs.tarstream import END_OF_ARCHIVE, file_header, padding
from app.redaction import RedactedCase, redact
from app.regions import marked_regions
from app.report.build import report_document, report_reserved_words
from app.services.evidence import EvidenceService
from app.services.interchange import export_case
from app.services.reports import CheckedReport, record_shown
from storage.age import Recipient
from storage.audit import audit_head_of
from storage.errors import EvidenceMismatch, VaultDamaged
from storage.evidence import BlobRecord, StoredBlob
from storage.fsutil import fsync_dir, translate_os_error
from storage.progress import Cancelled, CancelToken, Progress, no_progress
from storage.vault import Vault

PARTIAL_SUFFIX = ".partial"
REPORT_EVERY = 4 * 1024 * 1024
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/tiff": "tif",
    "image/bmp": "bmp",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "webm",
    "video/x-msvideo": "avi",
    "application/pdf": "pdf",
    "application/zip": "zip",
    "audio/mpeg": "mp3",
    notes.MEDIA_TYPE: "txt",
}

# (vault, case_id, profile, lang) -> the report, redacted at that profile and checked by the leak gate.
ReportMaker = Callable[[Vault, str, str, str], CheckedReport]


@dataclass
class _Member:
    item: mf.Item
    data: bytes | None = None  # small members built in memory
    blob_id: str | None = None  # evidence streamed from the vault
    row_id: str | None = None  # evidence row sent (None: a derivative not stored yet)
    original_id: str | None = None
    expect: BlobRecord | None = None  # for a derivative stored but not committed: what its blob holds


@dataclass
class PackResult:
    path: Path
    pack_id: str
    sha256: str
    size: int
    items: list[mf.Item]
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (evidence id, why)
    recipients: list[str] = field(default_factory=list)  # fingerprints


class _TarOut:
    """Counts, reports progress and honours cancel as the tar goes into the sink."""

    def __init__(self, sink: PackSink, total: int, progress: Progress, cancel: CancelToken | None) -> None:
        self.sink, self.total, self.progress, self.cancel = sink, total, progress, cancel
        self.done = 0
        self._next = REPORT_EVERY

    def write(self, b: bytes | memoryview) -> None:
        if self.cancel is not None:
            self.cancel.check()
        self.done += self.sink.write(b)
        if self.done >= self._next:
            self._next = self.done + REPORT_EVERY
            self.progress(self.done, self.total, "writing the pack")


def _evidence_path(n: int, sha: str, media_type: str) -> str:
    return f"evidence/{n:03d}-{sha[:12]}.{EXTENSIONS.get(media_type, 'bin')}"


def _wants_original(include_originals: bool | Collection[str], evidence_id: str) -> bool:
    if isinstance(include_originals, bool):
        return include_originals
    return evidence_id in include_originals


NOT_AS_RECORDED = (
    "An evidence file in the vault is not the one recorded at intake (it was replaced, swapped or altered); "
    "the pack was not written."
)


def build_pack(
    vault: Vault,
    case_id: str,
    recipients: Sequence[Partner],
    out_path: Path | str,
    *,
    profile: str = "partner",
    include_originals: bool | Collection[str] = False,
    report: ReportMaker | None = None,
    lang: str = "en",
    sender_label: str | None = None,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> PackResult:
    """Write an encrypted, signed pack of ``case_id`` for ``recipients`` (trusted partners) to ``out_path``.

    Evidence at ``partner`` profile: originals where ``include_originals`` says so (True, or a set of evidence
    ids), metadata-free re-encoded images and redacted copies of text notes otherwise; items of which no such
    copy can be made are left out and listed in the result. ``internal`` sends originals; ``public`` never does.
    A note's copy is redacted as the report is (``person_overrides`` and ``field_overrides`` as the report takes
    them) and must pass the leak check, or NoteLeak stops the pack.
    """
    out_path = Path(out_path)
    if profile not in PROFILES:
        raise PackError(f"Unknown profile {profile!r}: use one of {', '.join(PROFILES)}.")
    if profile == "public" and include_originals:
        raise PackError("A public pack never carries originals: they may hold metadata that identifies people.")
    if profile == "internal":
        include_originals = True
    if not recipients:
        raise PackError("Name at least one partner to encrypt the pack to.")
    for r in recipients:
        if not r.trusted:
            raise PackError(
                f"The partner {r.label!r} has not been confirmed: compare and confirm the fingerprint "
                f"{r.fingerprint} before sending them anything."
            )
    case = vault.db.one("SELECT id, reference, title FROM cases WHERE id = ?", (case_id,))
    if case is None:
        raise PackError("That case does not exist in this vault.")
    partial = out_path.with_name(out_path.name + PARTIAL_SUFFIX)
    if out_path.exists():
        raise PackError(f"{out_path.name} already exists; choose another file name.")
    if not out_path.parent.is_dir():
        raise PackError("The folder for the pack does not exist.")

    service = EvidenceService(vault)
    pending: list[tuple[_Member, StoredBlob, str]] = []  # derivatives stored as blobs, rows not yet committed
    try:
        redaction = _PackRedaction(vault, case_id, profile, lang, person_overrides, field_overrides)
        members, left_out = _plan_evidence(
            vault, service, case_id, profile, include_originals, pending, cancel, redaction
        )
        # Partner and public packs: the words inside every picture go through the leak gate's check.
        images = [
            (m.original_id, m.blob_id)
            for m in members
            if m.item.media_type.startswith("image/") and m.original_id and m.blob_id
        ]
        # Copies made just now have no row yet: read them against what was recorded when they were stored.
        expected = {m.blob_id: m.expect for m in members if m.blob_id and m.expect is not None}

        def read_member(blob_id: str) -> bytes:
            return vault.evidence.read_bytes(blob_id, expected.get(blob_id))

        check_pack_pictures(profile, images, redaction.redacted, read_member, progress=progress, cancel=cancel)
        if cancel is not None:
            cancel.check()
        pack_id = f"p-{secrets.token_hex(16)}"
        created = vault.now()
        extra: list[_Member] = []
        checked: CheckedReport | None = None
        if report is not None:
            checked = report(vault, case_id, profile, lang)
            if not checked.pdf.startswith(b"%PDF-"):
                raise PackError("The report builder did not produce a PDF.")
            extra.append(_small("report.pdf", "report", "application/pdf", checked.pdf))
        export = case_export(vault, case_id, profile)
        custody = custody_document(
            vault,
            [
                {"path": m.item.path, "evidence_id": m.row_id or m.original_id, "original_id": m.original_id}
                for m in members
            ],
            profile,
            export.ids,
        )
        tail = [_small("custody.json", "custody", "application/json", _json(custody))]
        if export.doc is not None:
            tail.append(_small("case.json", "case", "application/json", _json(export.doc)))
        ordered = extra + members + tail
        if len(ordered) > mf.MAX_ITEMS:
            raise PackError(f"A pack holds at most {mf.MAX_ITEMS} items; this case has more.")
        me = my_card(vault, check_label(sender_label or f"Casefile vault {vault.vault_id[:8]}"))
        manifest_bytes, sums = mf.render(
            pack_id=pack_id,
            created=created,
            profile=profile,
            case={"id": export.case_id, "reference": case[1], "title": case[2]},
            producer={
                "label": me.label,
                "fingerprint": me.fingerprint,
                "age_recipient": me.recipient,
                "signing_key": me.signing_key_b64,
                "signing_key_pem": me.signing_key_pem,
            },
            recipients=[{"label": r.label, "fingerprint": r.fingerprint} for r in recipients],
            items=[m.item for m in ordered],
            audit_head=audit_head_of(vault),
        )
        signature = mf.sign(vault.signing_key(), manifest_bytes)
        head = [
            _small(mf.MANIFEST, "", "", manifest_bytes),
            _small(mf.SIGNATURE, "", "", signature),
            _small(mf.SUMS, "", "", sums),
        ]
        sha, size = _write(
            vault,
            partial,
            out_path,
            head + ordered,
            [r.recipient for r in recipients],
            mtime=int(vault.clock.now().timestamp()),
            progress=progress,
            cancel=cancel,
        )
    except BaseException as exc:
        for _m, blob, _t in pending:
            vault.evidence.delete(blob.blob_id)
        if isinstance(exc, EvidenceMismatch):  # found while making copies or reading pictures
            raise EvidenceMismatch(NOT_AS_RECORDED) from None
        raise
    try:
        _record(
            vault,
            service,
            case_id,
            members,
            pending,
            pack_id=pack_id,
            pack_sha256=sha,
            profile=profile,
            recipients=[r.fingerprint for r in recipients],
            report=checked,
        )
    except BaseException:
        # Not recorded means not made: a pack missing from the custody trail must not exist.
        out_path.unlink(missing_ok=True)
        for _m, blob, _t in pending:
            vault.evidence.delete(blob.blob_id)
        raise
    progress(size, size, "pack written")
    return PackResult(
        out_path, pack_id, sha, size, [m.item for m in ordered], left_out, [r.fingerprint for r in recipients]
    )


def _json(doc: Any) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def _small(path: str, kind: str, media_type: str, data: bytes) -> _Member:
    return _Member(mf.Item(path, kind, len(data), hashlib.sha256(data).hexdigest(), media_type), data=data)


class _PackRedaction:
    """The report's redaction of the case at the pack's profile, language and per-pack choices: what the
    pictures are checked against and what the text notes are redacted with. Made once, when first needed
    (a pack with no picture or note to check needs none)."""

    def __init__(self, vault: Vault, case_id: str, profile: str, lang: str, persons: Any, fields: Any) -> None:
        self.args = (vault, case_id, profile, lang, persons, fields)
        self.made: RedactedCase | None = None

    def redacted(self) -> RedactedCase:
        if self.made is None:
            vault, case_id, profile, lang, persons, fields = self.args
            doc = report_document(export_case(vault, case_id))
            self.made = redact(doc, profile, persons, fields, lang=lang, reserved_words=report_reserved_words())
        return self.made

    def clean(self, evidence_id: str, data: bytes, media_type: str) -> bytes:
        return notes.NoteRedaction(self.redacted()).clean(evidence_id, data, media_type)


def _plan_evidence(
    vault: Vault,
    service: EvidenceService,
    case_id: str,
    profile: str,
    include_originals: bool | Collection[str],
    pending: list,
    cancel: CancelToken | None,
    redaction: _PackRedaction,
) -> tuple[list[_Member], list[tuple[str, str]]]:
    members: list[_Member] = []
    left_out: list[tuple[str, str]] = []
    originals = [e for e in service.items(case_id) if e["parent_id"] is None]
    for e in originals:
        if cancel is not None:
            cancel.check()
        blob_id = vault.db.one("SELECT blob_id FROM evidence WHERE id = ?", (e["id"],))[0]
        if blob_id is None:
            left_out.append((e["id"], "its file is not in this vault (imported as a record only)"))
            continue
        n = len(members) + 1
        media = e["media_type"] or "application/octet-stream"
        if _wants_original(include_originals, e["id"]):
            members.append(
                _Member(
                    mf.Item(
                        _evidence_path(n, e["sha256"], media),
                        "evidence",
                        e["size"],
                        e["sha256"],
                        media,
                        e["id"],
                        content_credentials=verdict_of(e["capture"]),
                    ),
                    blob_id=blob_id,
                    row_id=e["id"],
                    original_id=e["id"],
                )
            )
            continue
        if notes.is_note(media):
            try:
                text = redaction.clean(e["id"], vault.evidence.read_bytes(blob_id), media)
            except DerivativeError as exc:
                left_out.append((e["id"], f"{str(exc).rstrip('.')}; include the original to send it"))
                continue
            members.append(_stored_derivative(vault, pending, e, n, text, notes.MEDIA_TYPE, notes.OPERATION))
            continue
        if not can_strip(media):
            left_out.append(
                (e["id"], "no metadata-free copy can be made of this kind of file; include the original to send it")
            )
            continue
        regions = marked_regions(e.get("capture"))
        operation = operation_for(regions)
        # A blacked-out copy is never reused: the marked regions may have changed since it was made.
        existing = (
            None
            if regions
            else vault.db.one(
                "SELECT id, blob_id, sha256, size, media_type FROM evidence WHERE parent_id = ? AND operation = ?"
                " AND blob_id IS NOT NULL ORDER BY intake_time DESC, rowid DESC LIMIT 1",
                (e["id"], operation),
            )
        )
        if existing is not None:
            rid, dblob, dsha, dsize, dmedia = existing
            members.append(
                _Member(
                    mf.Item(
                        _evidence_path(n, dsha, dmedia),
                        "evidence",
                        dsize,
                        dsha,
                        dmedia,
                        e["id"],
                        e["sha256"],
                        operation,
                        verdict_of(e["capture"]),
                    ),
                    blob_id=dblob,
                    row_id=rid,
                    original_id=e["id"],
                )
            )
            continue
        if too_large_to_strip(e["size"]):  # said without reading it into memory first
            left_out.append(
                (e["id"], "an image is too large to make a metadata-free copy of it; include the original to send it")
            )
            continue
        try:
            data, dmedia = strip_image(vault.evidence.read_bytes(blob_id), media, regions)
        except DerivativeError as exc:
            left_out.append((e["id"], f"{str(exc).rstrip('.')}; include the original to send it"))
            continue
        members.append(_stored_derivative(vault, pending, e, n, data, dmedia, operation))
        del data
    return members, left_out


def _stored_derivative(
    vault: Vault, pending: list, original: dict[str, Any], n: int, data: bytes, media_type: str, operation: str
) -> _Member:
    """A copy made for this pack, stored as a blob now; its row is added only once the pack is written."""
    blob = vault.evidence.write_bytes(data)
    member = _Member(
        mf.Item(
            _evidence_path(n, blob.sha256, media_type),
            "evidence",
            blob.size,
            blob.sha256,
            media_type,
            original["id"],
            original["sha256"],
            operation,
            verdict_of(original["capture"]),
        ),
        blob_id=blob.blob_id,
        original_id=original["id"],
        expect=BlobRecord(blob.sha256, blob.size),
    )
    pending.append((member, blob, media_type))
    return member


def _write(
    vault: Vault,
    partial: Path,
    out_path: Path,
    members: list[_Member],
    recipients: list[str],
    *,
    mtime: int,
    progress: Progress,
    cancel: CancelToken | None,
) -> tuple[str, int]:
    total = sum(m.item.size for m in members)
    try:
        partial.unlink(missing_ok=True)  # ciphertext left by a crash: nothing secret, just stale
        sink = PackSink(partial, [Recipient.from_str(r) for r in recipients])
    except OSError as exc:
        raise translate_os_error(exc, "writing the pack") from None
    out = _TarOut(sink, total, progress, cancel)
    try:
        for m in members:
            out.write(file_header(m.item.path, m.item.size, mtime))
            if m.data is not None:
                out.write(m.data)
            else:
                assert m.blob_id is not None
                # The reader checks the blob's binding before its first byte and its size and hash (as
                # recorded at intake) at its end; on a mismatch the pack is abandoned below.
                with vault.evidence.open_reader(m.blob_id, m.expect) as reader:
                    while view := reader.read_view():
                        out.write(view)
                if reader.size != m.item.size or reader.hash.hexdigest() != m.item.sha256:
                    raise EvidenceMismatch("An evidence file does not match the manifest being written.")
            out.write(padding(m.item.size))
        out.write(END_OF_ARCHIVE)
        sink.finish()
        os.replace(partial, out_path)
        fsync_dir(out_path.parent)
    except EvidenceMismatch:
        sink.abort()
        raise EvidenceMismatch(NOT_AS_RECORDED) from None
    except VaultDamaged as exc:
        sink.abort()
        raise VaultDamaged(f"{str(exc).rstrip('.')}; the pack was not written.") from None
    except Cancelled:
        sink.abort()
        raise Cancelled("cancelled") from None
    except OSError as exc:
        sink.abort()
        raise translate_os_error(exc, "writing the pack") from None
    except BaseException:
        sink.abort()
        raise
    return sink.sha256, sink.size


_DESCRIPTIONS = {
    notes.OPERATION: "Redacted text copy made for a handoff pack",
    "": "Metadata-free copy made for a handoff pack",
}


def _record(
    vault: Vault,
    service: EvidenceService,
    case_id: str,
    members: list[_Member],
    pending: list[tuple[_Member, StoredBlob, str]],
    *,
    pack_id: str,
    pack_sha256: str,
    profile: str,
    recipients: list[str],
    report: CheckedReport | None,
) -> None:
    """One transaction: new derivative rows, a 'handoff' custody row per item sent, a 'report' row per
    picture in the pack's report, one audit row."""
    with vault.db.transaction() as conn:
        for member, blob, dmedia in pending:
            member.row_id = service.commit_blob(
                case_id,
                blob.blob_id,
                blob.sha256,
                blob.size,
                dmedia,
                parent_id=member.original_id,
                operation=member.item.operation,
                description=_DESCRIPTIONS.get(member.item.operation or "", _DESCRIPTIONS[""]),
                custody_details={"operation": member.item.operation, "original_sha256": member.item.original_sha256},
            )
        for m in members:
            assert m.row_id is not None  # every member has its row once committed
            details = {
                "pack_id": pack_id,
                "pack_sha256": pack_sha256,
                "profile": profile,
                "recipients": recipients,
                "as": m.item.path,
                "sha256": m.item.sha256,
            }
            assert m.row_id is not None and m.original_id is not None  # rows of derivatives were inserted above
            service.add_custody(conn, m.row_id, "handoff", details)
            if m.original_id is not None and m.original_id != m.row_id:
                service.add_custody(conn, m.original_id, "handoff", {**details, "operation": m.item.operation})
        if report is not None:
            record_shown(conn, vault, report, profile, pack_id=pack_id)
        vault.record(
            conn,
            "pack.create",
            "cases",
            case_id,
            {
                "pack_id": pack_id,
                "pack_sha256": pack_sha256,
                "profile": profile,
                "recipients": recipients,
                "items": len(members),
            },
        )
