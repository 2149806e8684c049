"""Metadata-free copies of images, made in memory from pixels only, with marked regions blacked out.

Re-encoding from pixels (after applying the EXIF orientation) is the only way
to be sure no EXIF, GPS, MakerNote, XMP, IPTC, ICC profile, Content
Credentials (C2PA), JPEG comment or PNG text chunk survives: copying the file
and deleting tags misses what a parser does not know about.

Regions marked for redaction are filled black in the copy, as they are in the
report's thumbnail: a pack must not show what its own report hides. Such a copy
is made afresh for every pack (its operation is "strip-metadata-black-out"),
so a copy made before the regions changed is never sent again.
"""

from __future__ import annotations

import io
import warnings

from app.packs.errors import DerivativeError
from app.regions import black_out

OPERATION = "strip-metadata"
MAX_SOURCE_BYTES = 128 * 1024 * 1024
MAX_PIXELS = 120_000_000
STRIPPABLE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp"})


def can_strip(media_type: str | None) -> bool:
    return (media_type or "") in STRIPPABLE


def too_large_to_strip(size: int | None) -> bool:
    """An image this large is never re-encoded (known from its row, before reading a byte of it)."""
    return (size or 0) > MAX_SOURCE_BYTES


BLACK_OUT = "strip-metadata-black-out"


def operation_for(regions: list[list[float]]) -> str:
    """The derivative's operation: BLACK_OUT when regions are marked, else OPERATION."""
    return BLACK_OUT if regions else OPERATION


def strip_image(data: bytes, media_type: str, regions: list[list[float]] | None = None) -> tuple[bytes, str]:
    """Return (new image bytes, their media type): JPEG stays JPEG, everything else becomes PNG.

    ``regions`` ([x, y, w, h] in pixels of the upright image) are filled black.
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise DerivativeError("An image is too large to make a metadata-free copy of it.")
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PIXELS:
                    raise DerivativeError("An image has too many pixels to re-encode safely.")
                img.seek(0)
                upright = ImageOps.exif_transpose(img) or img
                as_jpeg = media_type == "image/jpeg"
                has_alpha = "A" in upright.getbands() or "transparency" in upright.info
                mode = "RGB" if as_jpeg or not has_alpha else "RGBA"
                pixels = upright.convert(mode)
                # A fresh image from raw pixels carries no info dict: nothing to leak on save.
                clean = Image.frombytes(mode, pixels.size, pixels.tobytes())
        if regions:
            black_out(clean, regions)
        out = io.BytesIO()
        if as_jpeg:
            clean.save(out, format="JPEG", quality=92)
            return out.getvalue(), "image/jpeg"
        clean.save(out, format="PNG")
        return out.getvalue(), "image/png"
    except DerivativeError:
        raise
    except Exception:  # noqa: BLE001 - truncated, bomb, unknown codec: all mean "cannot re-encode"
        raise DerivativeError("An image could not be decoded to make a metadata-free copy of it.") from None
