"""The evidence section: each item with a metadata-free thumbnail, its hashes, copies, credentials and custody."""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Image, Table

from app.evidence.credentials import CredentialsView
from app.evidence.credentials import describe as describe_credentials
from app.report import layout as L
from app.report.images import Thumbnail, make_thumbnail
from app.report.sections.base import SectionContext, esc, ruled_rows
from app.report.sections.index import Row
from app.report.strings import fmt_day, fmt_size, parse_iso

_THUMBNAIL_BOX_W = 118.0
_THUMBNAIL_BOX_H = 110


def evidence(ctx: SectionContext) -> list[Flowable]:
    items = ctx.doc.get("evidence", [])
    if not items:
        return []
    copies = ctx.index.copies_by_original
    originals = [e for e in items if str(e.get("parent_id")) not in copies]
    out: list[Flowable] = [CondPageBreak(120), ctx.para(ctx.words("evidence"), "h1")]
    for n, e in enumerate(originals, start=1):
        ctx.tick()
        out.append(evidence_row(ctx, n, e))
    return out


def thumbnail(ctx: SectionContext, item: Row) -> tuple[Thumbnail | None, str]:
    """The item's picture made safe to embed, or None and the note to show in its place.

    Each embedded picture is recorded in ``ctx.pictures`` (its SHA-256 -> the item's id)."""
    media = str(item.get("media_type") or "")
    if media and not media.startswith("image/"):
        return None, ctx.words("not_image")
    if ctx.read_evidence is None:
        return None, ctx.words("preview_unavailable")
    try:
        data = ctx.read_evidence(str(item.get("id")))
    except Exception:  # noqa: BLE001 - a failing read costs the preview, not the report
        data = None
    if not data:
        return None, ctx.words("preview_unavailable")
    thumb = make_thumbnail(data, item.get("redact_regions"), burn=ctx.redacted.burn_regions)
    del data
    if thumb is None:
        return None, ctx.words("preview_unavailable")
    ctx.pictures[thumb.sha256] = str(item.get("id"))
    return thumb, ""


def evidence_row(ctx: SectionContext, n: int, item: Row) -> Flowable:
    """One item: its thumbnail (or why there is none) on the left, what is known of it on the right."""
    thumb, note = thumbnail(ctx, item)
    box_w = _THUMBNAIL_BOX_W
    if thumb is not None:
        scale = min(box_w / thumb.width, _THUMBNAIL_BOX_H / thumb.height)
        left: Flowable = Image(io.BytesIO(thumb.jpeg), width=thumb.width * scale, height=thumb.height * scale)
    else:
        left = ctx.para(note, "muted")
    right = ctx.markup("<br/>".join(_item_lines(ctx, n, item, thumb)), "cell")
    tbl = Table([[left, right]], colWidths=[box_w + 8, L.FRAME_W - box_w - 8], hAlign="LEFT")
    tbl.setStyle(ruled_rows(left=2, top=5, bottom=6))
    return tbl


def _item_lines(ctx: SectionContext, n: int, item: Row, thumb: Thumbnail | None) -> list[str]:
    """The lines of markup describing one item (case text escaped)."""
    sha = str(item.get("sha256") or "")
    lines = [f"<b>{n}. {esc(item.get('id'))}</b>"]
    meta = [esc(item.get("media_type") or ""), esc(fmt_size(item.get("size"), ctx.lang))]
    lines.append(" · ".join(m for m in meta if m))
    if item.get("description"):
        lines.append(esc(ctx.clip(str(item["description"]))))
    if item.get("original_name"):
        lines.append(esc(item["original_name"]))
    if item.get("brought_by"):
        lines.append(esc(item["brought_by"]))
    if item.get("origin"):
        lines.append(esc(ctx.clip(str(item["origin"]))))
    if item.get("parent_id"):
        lines.append(esc(ctx.words("derived_from", id=item["parent_id"], op=item.get("operation") or "")))
    lines.append(f"{esc(ctx.words('sha_original'))}:<br/>{_hash_lines(sha)}")
    for c in ctx.index.copies_by_original.get(str(item.get("id")), []):
        size = fmt_size(c.get("size"), ctx.lang)
        copy = ctx.words("copy_of_item", op=c.get("operation") or "", id=c.get("id"), size=size)
        lines.append(f"{esc(copy)}<br/>{_hash_lines(str(c.get('sha256') or ''))}")
    credentials = describe_credentials(item.get("capture"))  # capture is present in internal reports only
    if credentials is not None:
        lines.append(f"<b>{esc(ctx.words('cc'))}:</b> {esc(_credentials_line(ctx, credentials))}")
    if thumb is not None:
        lines.append(f"{esc(ctx.words('sha_derivative'))}:<br/>{_hash_lines(thumb.sha256)}")
        if thumb.regions:
            key = "regions_blacked" if ctx.redacted.burn_regions else "regions_marked"
            lines.append(esc(ctx.words(key, n=thumb.regions)))
    custody = _custody_line(ctx, str(item.get("id")))
    if custody:
        lines.append(custody)
    return lines


def _custody_line(ctx: SectionContext, evidence_id: str) -> str:
    """ "Custody: 3 records, first ..., last ... (intake ×1, view ×2)", or "" when there are none."""
    records = sorted(ctx.index.custody_by_evidence.get(evidence_id, []), key=lambda c: str(c.get("at") or ""))
    if not records:
        return ""
    counts: dict[str, int] = defaultdict(int)
    for c in records:
        counts[str(c.get("action"))] += 1
    first = _short_time(records[0].get("at"), ctx.lang)
    last = _short_time(records[-1].get("at"), ctx.lang)
    summary = ctx.words("custody_summary", n=len(records), first=first, last=last)
    actions = ", ".join(f"{ctx.label('custody_action', k)} ×{v}" for k, v in counts.items())
    return f"<b>{esc(ctx.words('custody'))}:</b> {esc(summary)} ({esc(actions)})"


def _credentials_line(ctx: SectionContext, view: CredentialsView) -> str:
    """The verdict in the report's language; technical codes (language-neutral) for failures."""
    signer = ", ".join(x for x in (view.signer, view.issuer) if x) or "?"
    text = ctx.words(f"cc.{view.verdict}", signer=signer)
    if view.verdict in ("tampered", "unreadable") and view.codes:
        text += f" ({', '.join(view.codes[:3])})"
    return text


def _hash_lines(sha: str) -> str:
    sha = esc(sha)
    return f'<font size="6.6">{sha[:32]}<br/>{sha[32:]}</font>' if len(sha) > 32 else sha


def _short_time(value: Any, lang: str) -> str:
    d = parse_iso(value)
    return fmt_day(d, lang) if d else esc(value)
