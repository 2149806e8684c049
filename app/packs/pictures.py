"""The pictures a partner or public pack carries, read with OCR before the pack is made.

A pack's report passes the leak gate, but the pack also carries the images
themselves (metadata-free copies, regions blacked out). A summons photographed
with a withheld name legible on it must not travel in them either: each image
is read with Tesseract and its words go through the gate's own matching
(``find_withheld``: names by key, contacts and places by meaning), with the
report's withheld values. Large photos are read at up to 4,000 pixels
on their longer side (see ``ocr.MAX_SIDE``); a few at a time, so memory stays
flat whatever the number of pictures.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from app.packs.errors import PackError
from app.redaction import RedactedCase
from storage.progress import CancelToken, Progress, no_progress

CHUNK = 8  # pictures decoded and held in memory at once (pack pictures are large)


class PictureLeak(PackError):
    """A picture the pack would carry shows a withheld name or value, or could not be checked; no pack was made."""

    code = "pack_picture_leak"

    def __init__(self, leaks: list[Any], redacted: Any) -> None:
        from app.report.explain import explain_leaks

        self.leaks = leaks
        self.redacted = redacted
        self.explanation = explain_leaks(leaks, redacted)
        super().__init__(self.explanation.text("The pack was not made", flags=False))


def check_pack_pictures(
    profile: str,
    images: Sequence[tuple[str, str]],
    redaction: Callable[[], RedactedCase],
    read: Callable[[str], bytes],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> None:
    """Read every image (evidence id, blob id) the pack carries; raise PictureLeak on any finding.

    Only partner and public packs are read, and only when something is withheld: ``redaction`` gives the
    pack's redaction (its profile, language and per-pack choices), asked for only then.
    """
    if profile == "internal" or not images:
        return
    from app.report import ocr
    from app.report.leakgate import Leak, find_withheld
    from app.report.leakgate.findings import value_leak

    redacted = redaction()
    withheld = redacted.withheld
    if not withheld:
        return
    leaks: list[Leak] = []
    seen: set[tuple[str, str, str]] = set()
    for start in range(0, len(images), CHUNK):
        if cancel is not None:
            cancel.check()
        progress(start, len(images), "reading the pictures")
        pictures = []
        for evidence_id, blob_id in images[start : start + CHUNK]:
            picture = _decoded(read(blob_id), evidence_id)
            if picture is None:
                leaks.append(_unchecked(f"the picture of evidence item {evidence_id} cannot be decoded to check it"))
                continue
            pictures.append(picture)
        try:
            found = ocr.read_pictures(pictures)
        except ocr.OcrUnavailable as exc:
            leaks.append(_unchecked(f"its pictures can only be checked for withheld names with OCR, and {exc}"))
            break
        except ocr.OcrFailed as exc:
            leaks.append(_unchecked(f"its pictures could not be checked for withheld names: {exc}"))
            break
        for result in found:
            where = result.picture.where()
            for hit in find_withheld(withheld, result.text):
                src = hit.source
                if (src.field, src.label, where) not in seen:
                    seen.add((src.field, src.label, where))
                    leaks.append(value_leak(src, "picture", where, None, hit.found))
        withheld.forget_texts()
    if leaks:
        raise PictureLeak(leaks, redacted)


def _unchecked(sentence: str) -> Any:
    from app.report.leakgate.findings import unchecked_leak

    return unchecked_leak(sentence, "in the pack's pictures")


def _decoded(data: bytes, evidence_id: str) -> Any:
    """The picture as OCR reads it, already reduced (a 50-megapixel photo is not held at full size)."""
    from PIL import Image, ImageOps

    from app.report import ocr

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                img.draft("L", (ocr.MAX_SIDE, ocr.MAX_SIDE))  # JPEG decodes at 1/2, 1/4, 1/8 scale
                upright = ImageOps.exif_transpose(img) or img
                return ocr.Picture(ocr.prepared(upright), None, evidence_id)
    except Exception:  # noqa: BLE001 - what cannot be decoded cannot be vouched for
        return None
