"""Evidence thumbnails re-encoded from pixels, so that nothing but pixels reaches the PDF.

reportlab embeds JPEG bytes verbatim: EXIF (with GPS), XMP, ICC profiles and
JPEG comments would all travel into the report. Here an image is decoded,
turned upright (EXIF orientation), converted to RGB, its marked regions filled
black, shrunk, copied into a fresh image that carries no metadata at all, and
encoded anew. Anything odd (unknown format, truncated data, a decompression
bomb) yields no thumbnail rather than an error: the index then says "preview
unavailable".
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

from app.regions import black_out

# Refuse to decode more pixels than this (a 50-megapixel photo is plenty);
# Pillow's own bomb check (Image.MAX_IMAGE_PIXELS) is turned into an error too.
MAX_PIXELS = 50_000_000
THUMB_PX = 480  # longest side of the embedded thumbnail, in pixels
_FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP", "MPO"}
_TRANSPOSED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class Thumbnail:
    jpeg: bytes
    width: int
    height: int
    sha256: str
    regions: int  # regions filled (or outlined)


def make_thumbnail(data: bytes, regions: list[list[float]] | None = None, *, burn: bool = True) -> Thumbnail | None:
    """A metadata-free JPEG thumbnail of ``data``, regions blacked out (or outlined if not ``burn``)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _make(data, regions or [], burn)
    except Exception:  # noqa: BLE001 - any failure to decode means "no preview", never a crash
        return None


def _make(data: bytes, regions: list[list[float]], burn: bool) -> Thumbnail | None:
    with Image.open(io.BytesIO(data)) as src:
        if src.format not in _FORMATS or src.width * src.height > MAX_PIXELS:
            return None
        orientation = src.getexif().get(0x0112, 1)
        full_w, full_h = (src.height, src.width) if orientation in _TRANSPOSED else (src.width, src.height)
        src.seek(0)
        # JPEG can decode at 1/2, 1/4, 1/8 scale: far less memory for big photos.
        src.draft("RGB", (THUMB_PX * 2, THUMB_PX * 2))
        upright = ImageOps.exif_transpose(src)
        img = _to_rgb(upright)
    drawn = black_out(img, regions, img.width / full_w, img.height / full_h, burn=burn)
    img.thumbnail((THUMB_PX, THUMB_PX), Image.Resampling.LANCZOS)
    # A fresh image from raw pixels: no info dict, no EXIF, ICC, XMP or comment can follow.
    clean = Image.frombytes("RGB", img.size, img.tobytes())
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=82, optimize=True)
    jpeg = out.getvalue()
    return Thumbnail(jpeg, clean.width, clean.height, hashlib.sha256(jpeg).hexdigest(), drawn)


def _to_rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB":
        return img.copy()
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        base = Image.new("RGB", rgba.size, (255, 255, 255))
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    if img.mode.startswith("I;16") or img.mode in ("I", "F"):
        img = ImageOps.autocontrast(img.convert("I").point(lambda v: v / 256).convert("L"))
    return img.convert("RGB")
