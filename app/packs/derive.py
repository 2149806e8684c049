"""Metadata-free copies of images, made in memory from pixels only.

Re-encoding from pixels (after applying the EXIF orientation) is the only way
to be sure no EXIF, GPS, MakerNote, XMP, ICC profile, JPEG comment or PNG text
chunk survives: copying the file and deleting tags misses what a parser does
not know about.
"""

from __future__ import annotations

import io
import warnings

from app.packs.errors import DerivativeError

OPERATION = "strip-metadata"
MAX_SOURCE_BYTES = 128 * 1024 * 1024
MAX_PIXELS = 120_000_000
STRIPPABLE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp"})


def can_strip(media_type: str | None) -> bool:
    return (media_type or "") in STRIPPABLE


def strip_image(data: bytes, media_type: str) -> tuple[bytes, str]:
    """Return (new image bytes, their media type): JPEG stays JPEG, everything else becomes PNG."""
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
