"""Evidence in an Uwazi export: which file goes with each item, and the Evidence template's rows.

The files are the ones a handoff pack carries at the same profile: originals at
``internal``; at ``partner`` and ``public`` the metadata-free copy the pack code
makes (``app.packs.derive``: re-encoded from pixels), reusing one already stored
for the item, else made now and stored in the vault as a derivative (parent,
operation, hash), as packs do. An item of which no such copy can be made, or a
picture with regions marked for blacking out (full-size pictures are not burned
here), keeps its row without a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.profiles import INTERNAL
from app.packs.build import EXTENSIONS
from app.packs.derive import OPERATION, can_strip, strip_image
from app.packs.errors import DerivativeError
from app.uwazi import rules
from app.uwazi.context import Context
from app.uwazi.view import UwaziView
from storage.evidence import StoredBlob
from storage.progress import CancelToken
from storage.vault import Vault

Row = dict[str, str]

# Why an item has no file, and what its "Copy sent" cell says: (en, ru, kk).
_COPY = {
    "original": ("Original file", "Оригинальный файл", "Түпнұсқа файл"),
    "copy": (
        "Metadata-free copy (re-encoded from pixels)",
        "Копия без метаданных (перекодирована из пикселей)",
        "Метадеректерсіз көшірме (пиксельдерден қайта кодталған)",
    ),
    "record_only": (
        "No file: the file is not in the vault (record only)",
        "Без файла: файла нет в хранилище (только запись)",
        "Файлсыз: файл қоймада жоқ (тек жазба)",
    ),
    "not_strippable": (
        "No file: no metadata-free copy can be made of this kind of file",
        "Без файла: для файлов этого вида нельзя сделать копию без метаданных",
        "Файлсыз: мұндай файлдың метадеректерсіз көшірмесін жасау мүмкін емес",
    ),
    "undecodable": (
        "No file: the picture could not be re-encoded",
        "Без файла: изображение не удалось перекодировать",
        "Файлсыз: суретті қайта кодтау мүмкін болмады",
    ),
    "regions": (
        "No file: regions of the picture are marked for blacking out",
        "Без файла: на изображении отмечены области для закрашивания",
        "Файлсыз: суретте бояуға белгіленген аймақтар бар",
    ),
}


def copy_text(key: str, lang: str) -> str:
    return _COPY[key][rules.LANGUAGES.index(lang)]


@dataclass
class EvidenceFile:
    """The file sent for one evidence item."""

    evidence_id: str  # the original item
    path: str  # its name in the zip
    blob_id: str
    sha256: str
    size: int
    media_type: str
    original_sha256: str
    kind: str  # "original" or "copy"
    stored_copy_id: str | None = None  # the derivative's row, once it has one
    new_blob: StoredBlob | None = None  # a derivative made for this export, row not committed yet


@dataclass
class EvidencePlan:
    files: dict[str, EvidenceFile] = field(default_factory=dict)  # original id -> file
    missing: dict[str, str] = field(default_factory=dict)  # original id -> _COPY key

    def made(self) -> list[EvidenceFile]:
        return [f for f in self.files.values() if f.new_blob is not None]

    def discard(self, vault: Vault) -> None:
        """Remove derivatives made for an export that did not happen."""
        for f in self.made():
            vault.evidence.delete(f.new_blob.blob_id)  # type: ignore[union-attr]


def originals(view: UwaziView) -> list[dict]:
    return [e for e in view.rows("evidence") if e.get("parent_id") is None]


def plan_files(vault: Vault, view: UwaziView, cancel: CancelToken | None = None) -> EvidencePlan:
    plan = EvidencePlan()
    try:
        for n, e in enumerate(originals(view), start=1):
            if cancel is not None:
                cancel.check()
            _plan_one(vault, view.profile, plan, n, e)
    except BaseException:
        plan.discard(vault)
        raise
    return plan


def _plan_one(vault: Vault, profile: str, plan: EvidencePlan, n: int, e: dict) -> None:
    eid, sha, media = str(e["id"]), str(e.get("sha256") or ""), e.get("media_type") or "application/octet-stream"
    found = vault.db.one("SELECT blob_id FROM evidence WHERE id = ?", (eid,))
    if found is None or found[0] is None:
        plan.missing[eid] = "record_only"
        return
    blob_id = found[0]
    if profile == INTERNAL:
        plan.files[eid] = EvidenceFile(
            eid, _path(n, sha, media), blob_id, sha, int(e.get("size") or 0), media, sha, "original"
        )
        return
    if e.get("redact_regions"):
        plan.missing[eid] = "regions"
        return
    if not can_strip(media):
        plan.missing[eid] = "not_strippable"
        return
    stored = vault.db.one(
        "SELECT id, blob_id, sha256, size, media_type FROM evidence WHERE parent_id = ? AND operation = ?"
        " AND blob_id IS NOT NULL ORDER BY intake_time DESC, rowid DESC LIMIT 1",
        (eid, OPERATION),
    )
    if stored is not None:
        row_id, copy_blob, copy_sha, copy_size, copy_media = stored
        plan.files[eid] = EvidenceFile(
            eid, _path(n, copy_sha, copy_media), copy_blob, copy_sha, copy_size, copy_media, sha, "copy", row_id
        )
        return
    try:
        data, copy_media = strip_image(vault.evidence.read_bytes(blob_id), media)
    except DerivativeError:
        plan.missing[eid] = "undecodable"
        return
    blob = vault.evidence.write_bytes(data)
    plan.files[eid] = EvidenceFile(
        eid, _path(n, blob.sha256, copy_media), blob.blob_id, blob.sha256, blob.size, copy_media, sha, "copy",
        new_blob=blob,
    )  # fmt: skip


def _path(n: int, sha: str, media_type: str) -> str:
    return f"evidence/{n:03d}-{sha[:12]}.{EXTENSIONS.get(media_type, 'bin')}"


def evidence_rows(ctx: Context, plan: EvidencePlan) -> list[Row]:
    view = ctx.view
    rows = []
    for n, e in enumerate(originals(view), start=1):
        eid = str(e["id"])
        sent = plan.files.get(eid)
        sha = sent.sha256 if sent else str(e.get("sha256") or "")
        events, persons, proceedings, communications = _links(ctx, eid)
        rows.append(
            {
                "title": f"Evidence {n:03d} · {sha[:12]}",
                "description": rules.text(e.get("description")),
                "copy_sent": copy_text(sent.kind if sent else plan.missing.get(eid, "record_only"), ctx.lang),
                "media_type": sent.media_type if sent else "",
                "sha256": sent.sha256 if sent else "",
                "original_sha256": str(e.get("sha256") or ""),
                "size_in_bytes": str(sent.size) if sent else "",
                "intake_date": str(e.get("intake_time") or "")[:10],
                "brought_by": rules.text(e.get("brought_by")),
                "linked_events": rules.multi(ctx.event_titles.get(x, "") for x in events),
                "linked_persons": rules.multi(ctx.person(x) for x in persons),
                "linked_proceedings": rules.multi(ctx.proceeding_titles.get(x, "") for x in proceedings),
                "linked_communications": rules.multi(ctx.communication_titles.get(x, "") for x in communications),
                "case": ctx.cases([e.get("case_id")]),
                "original_file_name": rules.text(e.get("original_name")),
                "origin": rules.text(e.get("origin")),
                "attachments": sent.path if sent else "",
            }
        )
    return rows


def _links(ctx: Context, evidence_id: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """What an item is linked to, as events, persons, proceedings and communications (an act counts
    for its event and its victim, a hearing for its proceeding, a measure for its person)."""
    view = ctx.view
    events: list[str] = []
    persons: list[str] = []
    proceedings: list[str] = []
    communications: list[str] = []
    for link in view.where("evidence_links", "evidence_id", evidence_id):
        entity, target = link.get("entity"), str(link.get("entity_id"))
        row = view.get(str(entity), target) or {}
        if entity == "events":
            events.append(target)
        elif entity == "acts":
            events.append(str(row.get("event_id")))
            persons.append(str(row.get("victim_id")))
        elif entity == "persons":
            persons.append(target)
        elif entity == "measures":
            persons.append(str(row.get("person_id")))
        elif entity == "proceedings":
            proceedings.append(target)
        elif entity == "hearings":
            proceedings.append(str(row.get("proceeding_id")))
        elif entity == "communications":
            communications.append(target)
    return events, persons, proceedings, communications
