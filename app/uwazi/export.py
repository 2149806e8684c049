"""``export_uwazi``: cases to the zips and thesaurus CSVs an Uwazi instance imports.

Steps: merge the cases' documents and redact them at the profile (``view``);
decide each evidence item's file (``evidence``); build every CSV in memory;
check every cell against the withheld values (``gate``), refusing with nothing
written; then write each file to ``<name>.partial`` in the chosen folder, fsync,
rename, and record the export (derivatives made, custody of every file sent,
one audit row per case). A failure or a cancel removes whatever was written.

The files are plaintext by nature (Uwazi reads them): the folder is the user's
choice, and the CLI and the dialog say so.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.domain.profiles import INTERNAL
from app.packs.derive import OPERATION
from app.redaction import PROFILES, RedactionPlan
from app.services.evidence import EvidenceService
from app.uwazi import rules
from app.uwazi.context import Context, make_context
from app.uwazi.errors import UwaziExportError, UwaziLeakError
from app.uwazi.evidence import EvidenceFile, EvidencePlan, evidence_rows, plan_files
from app.uwazi.gate import CsvTable, findings
from app.uwazi.legal import communication_rows, proceeding_rows
from app.uwazi.people_events import event_rows, person_rows
from app.uwazi.readme import readme_text
from app.uwazi.templates import (
    ATTACHMENTS,
    BY_TEMPLATE,
    COMMUNICATION,
    EVENT,
    EVIDENCE,
    PERSON,
    PROCEEDING,
    TEMPLATES,
    THESAURI,
    Template,
    Thesaurus,
)
from app.uwazi.thesauri import ThesaurusBook
from app.uwazi.view import build_view, merged_document
from storage.errors import VaultDamaged
from storage.evidence import BlobRecord
from storage.fsutil import fsync_dir, translate_os_error
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

CSV_NAME = "import.csv"
THESAURI_FOLDER = "thesauri"
README = "README.txt"
PARTIAL = ".partial"
_CHUNK_REPORT = 4 * 1024 * 1024

RowBuilder = Callable[[Context], list[dict[str, str]]]


@dataclass(frozen=True)
class WrittenFile:
    name: str  # relative to the export folder
    size: int
    sha256: str
    rows: int  # data rows of its CSV (0 for README)
    attachments: int = 0


@dataclass
class UwaziResult:
    folder: Path
    profile: str
    lang: str
    files: list[WrittenFile]
    plan: RedactionPlan
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (evidence id, why), in English
    empty_templates: list[str] = field(default_factory=list)  # templates with no rows: no zip


@dataclass
class _Output:
    """A file to write: its cells (what the gate checks) and its bytes (the same cells, as CSV)."""

    name: str
    table: CsvTable
    data: bytes
    files: list[EvidenceFile] = field(default_factory=list)  # attachments, for a zip

    @property
    def rows(self) -> int:
        return 0 if self.name == README else len(self.table.rows)


def _table(template: Template, profile: str, rows: list[dict[str, str]]) -> CsvTable:
    if template.title_per_language:
        titles = [rules.language_column("title", code) for code in rules.LANGUAGES]
    else:
        titles = ["title"]
    header = titles + [p.name for p in template.columns(profile)]
    if template.name == EVIDENCE:
        header.append(ATTACHMENTS)
    # A row builder fills every column it knows; the profile decides which of them go out.
    return CsvTable(f"{template.zip_name}: {CSV_NAME}", header, [[r.get(col, "") for col in header] for r in rows])


def _thesauri_of(template: Template) -> set[Thesaurus]:
    return {p.thesaurus for p in template.columns(profile=INTERNAL) if p.thesaurus is not None}


def _check_request(vault: Vault, case_ids: list[str], folder: Path, profile: str, lang: str) -> bool:
    """Refuse what cannot be done before anything happens; returns whether the folder must be made."""
    if profile not in PROFILES:
        raise UwaziExportError(f"Unknown profile {profile!r}: use one of {', '.join(PROFILES)}.")
    if lang not in rules.LANGUAGES:
        raise UwaziExportError(f"Unknown language {lang!r}: use one of {', '.join(rules.LANGUAGES)}.")
    if not case_ids:
        raise UwaziExportError("Choose at least one case to export.")
    for case_id in case_ids:
        if vault.db.one("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise UwaziExportError("One of the chosen cases does not exist in this vault.")
    if folder.exists():
        if not folder.is_dir():
            raise UwaziExportError(f"{folder.name} is a file; choose a folder for the Uwazi export.")
        if any(folder.iterdir()):
            raise UwaziExportError(f"The folder {folder.name} is not empty; choose an empty or a new folder.")
        return False
    if not folder.parent.is_dir():
        raise UwaziExportError("The folder that should hold the Uwazi export does not exist.")
    return True


def export_uwazi(
    vault: Vault,
    case_ids: list[str],
    folder: Path | str,
    *,
    profile: str,
    lang: str = "en",
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> UwaziResult:
    """Write the Uwazi import files of ``case_ids`` at ``profile`` into ``folder`` (empty or new).

    ``lang`` is the Uwazi instance's default language: select values, pseudonyms and the
    default title column are written in it. Raises UwaziLeakError (nothing written) if any
    cell would hold a withheld value.
    """
    folder = Path(folder)
    case_ids = list(dict.fromkeys(case_ids))
    make_folder = _check_request(vault, case_ids, folder, profile, lang)
    token = cancel or CancelToken()
    progress(0, 0, "redacting")
    view = build_view(merged_document(vault, case_ids), profile, lang)
    book = ThesaurusBook(lang)
    ctx = make_context(view, book)
    token.check()
    progress(0, 0, "preparing evidence files")
    evidence = plan_files(vault, view, token)
    written: list[Path] = []
    try:
        outputs, empty = _build_outputs(ctx, evidence)
        problems = findings([o.table for o in outputs], view.withheld)
        if problems:
            raise UwaziLeakError(problems)
        token.check()
        if make_folder:
            folder.mkdir()
        files = _write_all(vault, folder, outputs, written, progress, token)
        _record(vault, case_ids, evidence, files, profile, lang)
    except BaseException as exc:
        evidence.discard(vault)
        for path in written:
            path.unlink(missing_ok=True)
        _remove_empty_folders(folder, make_folder)
        if isinstance(exc, OSError):
            raise translate_os_error(exc, "writing the Uwazi export") from None
        raise
    left_out = [(eid, _ENGLISH_WHY[key]) for eid, key in evidence.missing.items()]
    total = sum(f.size for f in files)
    progress(total, total, "done")
    return UwaziResult(folder, profile, lang, files, view.plan, left_out, empty)


_ENGLISH_WHY = {
    "record_only": "its file is not in this vault (imported as a record only)",
    "not_strippable": "no metadata-free copy can be made of this kind of file",
    "undecodable": "the picture could not be re-encoded without its metadata",
    "regions": "regions of the picture are marked for blacking out; no full-size redacted copy is made",
}

_BUILDERS: dict[str, RowBuilder] = {
    PERSON: person_rows,
    EVENT: event_rows,
    PROCEEDING: proceeding_rows,
    COMMUNICATION: communication_rows,
}


def _build_outputs(ctx: Context, evidence: EvidencePlan) -> tuple[list[_Output], list[str]]:
    """Every file in memory: a zip's CSV per template with rows (in import order), a CSV per
    thesaurus used, and the README."""
    outputs: list[_Output] = []
    empty: list[str] = []
    written_templates: list[str] = []
    for template in TEMPLATES:
        rows = evidence_rows(ctx, evidence) if template.name == EVIDENCE else _BUILDERS[template.name](ctx)
        if not rows:
            empty.append(template.name)
            continue
        table = _table(template, ctx.view.profile, rows)
        files = list(evidence.files.values()) if template.name == EVIDENCE else []
        outputs.append(_Output(template.zip_name, table, rules.csv_bytes(table.header, table.rows), files))
        written_templates.append(template.name)
    # Thesauri last: building the rows is what fills them. Uwazi cannot import a thesaurus CSV without
    # terms: a thesaurus a template needs but the data never used is listed in the README instead.
    needed = [t for t in THESAURI if any(t in _thesauri_of(BY_TEMPLATE[n]) for n in written_templates)]
    for thesaurus in needed:
        if not ctx.book.terms[thesaurus.name]:
            continue
        header, cells = ctx.book.table(thesaurus)
        name = f"{THESAURI_FOLDER}/{thesaurus.file}"
        outputs.append(_Output(name, CsvTable(name, header, cells), rules.csv_bytes(header, cells)))
    without_terms = [t.name for t in needed if not ctx.book.terms[t.name]]
    text = readme_text([o.name for o in outputs], without_terms, ctx.lang, ctx.view.profile)
    outputs.append(_Output(README, CsvTable(README, ["text"], [[text]]), text.encode("utf-8")))
    return outputs, empty


# -- writing ------------------------------------------------------------------------------------------


class _ZipEntry:
    """Evidence plaintext on its way into a zip entry: hashed, counted, cancellable. A write error
    is kept, because the evidence store reports any failure while decrypting as damage."""

    def __init__(self, out: Any, report: Callable[[int], None], cancel: CancelToken) -> None:
        self.out, self.report, self.cancel = out, report, cancel
        self.hash = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def write(self, data: Any) -> int:
        try:
            self.cancel.check()
            n = self.out.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        self.hash.update(data)
        self.size += len(data)
        self.report(len(data))
        return n


def _write_all(
    vault: Vault, folder: Path, outputs: list[_Output], written: list[Path], progress: Progress, cancel: CancelToken
) -> list[WrittenFile]:
    total = sum(len(o.data) + sum(f.size for f in o.files) for o in outputs)
    done = [0, 0]  # bytes so far, next report

    def advance(n: int) -> None:
        done[0] += n
        if done[0] >= done[1]:
            done[1] = done[0] + _CHUNK_REPORT
            progress(done[0], total, "writing")

    when = vault.clock.now().timetuple()[:6]
    partials: list[tuple[Path, Path]] = []
    result: list[WrittenFile] = []
    for o in outputs:
        cancel.check()
        target = folder / o.name
        target.parent.mkdir(exist_ok=True)
        partial = target.with_name(target.name + PARTIAL)
        written.append(partial)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            if o.name.endswith(".zip"):
                _write_zip(vault, f, o, when, advance, cancel)
            else:
                f.write(o.data)
                advance(len(o.data))
            f.flush()
            os.fsync(f.fileno())
        partials.append((partial, target))
        result.append(WrittenFile(o.name, partial.stat().st_size, _sha256_of(partial), o.rows, len(o.files)))
    for partial, target in partials:
        os.replace(partial, target)
        written.append(target)
    for folder_path in {target.parent for _, target in partials}:
        fsync_dir(folder_path)
    return result


def _write_zip(
    vault: Vault, f: Any, o: _Output, when: tuple, advance: Callable[[int], None], cancel: CancelToken
) -> None:
    with zipfile.ZipFile(f, "w", allowZip64=True) as zf:
        zf.writestr(_entry(CSV_NAME, when, zipfile.ZIP_DEFLATED), o.data)
        advance(len(o.data))
        for item in o.files:
            cancel.check()
            with zf.open(_entry(item.path, when, zipfile.ZIP_STORED), "w", force_zip64=item.size >= 2**31) as out:
                entry = _ZipEntry(out, advance, cancel)
                try:
                    # a copy made for this export has no row yet: check it against what was stored
                    expect = BlobRecord(item.sha256, item.size) if item.new_blob is not None else None
                    vault.evidence.decrypt_to(item.blob_id, cast(BinaryIO, entry), expect)
                except VaultDamaged:
                    if entry.error is not None:
                        raise entry.error from None
                    raise
            if entry.size != item.size or entry.hash.hexdigest() != item.sha256:
                raise VaultDamaged(
                    "An evidence file in the vault no longer matches the hash recorded for it; "
                    "the Uwazi export was not written."
                )


def _entry(name: str, when: tuple, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when)
    info.compress_type = compression
    info.external_attr = 0o644 << 16
    return info


def _sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1024 * 1024), b""):
            h.update(chunk)
    return h.hexdigest()


def _remove_empty_folders(folder: Path, made_folder: bool) -> None:
    """The folder was empty or new: its thesauri folder is ours, and so is the folder if we made it."""
    for sub in (folder / THESAURI_FOLDER, folder) if made_folder else (folder / THESAURI_FOLDER,):
        try:
            sub.rmdir()
        except OSError:
            pass


# -- recording ---------------------------------------------------------------------------------------


def _record(
    vault: Vault, case_ids: list[str], evidence: EvidencePlan, files: list[WrittenFile], profile: str, lang: str
) -> None:
    """One transaction: the derivatives made, an 'export' custody row for every evidence file sent
    (and its original), one audit row per case. Not recorded means not made: the caller removes
    the files if this fails."""
    service = EvidenceService(vault)
    zip_sha = {f.name: f.sha256 for f in files}.get("evidence.zip")
    with vault.db.transaction() as conn:
        for item in evidence.files.values():
            case_id = vault.db.one("SELECT case_id FROM evidence WHERE id = ?", (item.evidence_id,))[0]
            if item.new_blob is not None:
                item.stored_copy_id = service.commit_blob(
                    case_id,
                    item.new_blob.blob_id,
                    item.sha256,
                    item.size,
                    item.media_type,
                    parent_id=item.evidence_id,
                    operation=OPERATION,
                    description="Metadata-free copy made for an Uwazi export",
                    custody_details={"operation": OPERATION, "original_sha256": item.original_sha256},
                )
            details = {
                "format": "uwazi",
                "profile": profile,
                "as": f"evidence.zip/{item.path}",
                "sha256": item.sha256,
                "zip_sha256": zip_sha,
            }
            sent = item.stored_copy_id or item.evidence_id
            service.add_custody(conn, sent, "export", details)
            if sent != item.evidence_id:
                service.add_custody(conn, item.evidence_id, "export", {**details, "operation": OPERATION})
        summary = {"format": "uwazi", "profile": profile, "lang": lang, "files": {f.name: f.sha256 for f in files}}
        for case_id in case_ids:
            vault.record(conn, "case.export", "cases", case_id, summary)
