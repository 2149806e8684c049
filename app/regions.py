"""Regions of a picture marked for redaction: read from an evidence item's capture data, and blacked out.

Report thumbnails and the metadata-free copies in packs black out the same
regions, so that a pack never shows what its own report hides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image


def marked_regions(capture: Any) -> list[list[float]]:
    """The regions marked for redaction in an evidence item's capture data: [x, y, w, h] in pixels
    of the upright picture."""
    value = capture.get("redact_regions") if isinstance(capture, dict) else None
    out = []
    for r in value if isinstance(value, list) else []:
        if isinstance(r, (list, tuple)) and len(r) == 4 and all(isinstance(v, (int, float)) for v in r):
            x, y, w, h = (float(v) for v in r)
            if w > 0 and h > 0:
                out.append([x, y, w, h])
    return out


def black_out(
    img: Image.Image, regions: list[list[float]], sx: float = 1.0, sy: float = 1.0, *, burn: bool = True
) -> int:
    """Fill each region (scaled by ``sx``, ``sy``) black in ``img``, or outline it in red if not
    ``burn``; returns how many were drawn."""
    from PIL import ImageDraw  # here, not at import: the command line starts without Pillow

    drawn = 0
    draw = ImageDraw.Draw(img)
    # Opaque black: a transparent fill would let a viewer's background show instead of a redaction.
    black: Any = tuple(255 if band == "A" else 0 for band in img.getbands())
    black = black[0] if len(black) == 1 else black
    for x, y, w, h in regions:
        # Round outwards so the filled box always covers the marked one.
        box = (int(x * sx), int(y * sy), int(-(-(x + w) * sx // 1)), int(-(-(y + h) * sy // 1)))
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        if burn:
            draw.rectangle(box, fill=black)
        else:
            draw.rectangle(box, outline=(220, 0, 0), width=max(2, img.width // 160))
        drawn += 1
    return drawn
