"""Test pictures: a photographed summons with a name legible on it, drawn with Pillow in DejaVu Sans.

The summons is drawn large (like a phone photo of a document) so that the
report's 480-pixel thumbnail still shows it legibly; ``name_box`` is where the
name line sits, in the picture's own pixels, for marking it for redaction.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from app.resources import resource

WIDTH, HEIGHT = 1600, 1100
FONT_PX = 44


@dataclass(frozen=True)
class Summons:
    jpeg: bytes
    name_box: list[float]  # [x, y, w, h] around the name line


def font(px: int = FONT_PX) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), px)


def summons(name: str, *, heading: str = "ПОВЕСТКА / ШАҚЫРУ ҚАҒАЗЫ", fmt: str = "JPEG") -> Summons:
    """A summons on off-white paper: a heading, the summoned person's name, a date and a signature line."""
    img = Image.new("RGB", (WIDTH, HEIGHT), (238, 233, 222))
    draw = ImageDraw.Draw(img)
    f = font()
    lines = [heading, "Гражданин / Азамат / Citizen:", name, "явиться 21.01.2026 к 10:00, каб. 214", "Следователь"]
    boxes = []
    for i, text in enumerate(lines):
        xy = (90, 110 + i * 170)
        draw.text(xy, text, fill=(25, 25, 35), font=f)
        boxes.append(draw.textbbox(xy, text, font=f))
    x0, y0, x1, y1 = boxes[2]
    out = io.BytesIO()
    img.save(out, fmt, quality=88) if fmt == "JPEG" else img.save(out, fmt)
    pad = 12
    return Summons(out.getvalue(), [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad])
