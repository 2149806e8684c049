"""Render resources/icons/casefile.svg to the PNG, ICO and ICNS icons that builds and desktops use.

Run after changing the SVG, from the checkout, with the project's venv:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes resources/icons/hicolor/<size>x<size>/apps/casefile.png (the freedesktop icon theme layout,
copied as is into ~/.local/share/icons), packaging/windows/casefile.ico and
packaging/macos/casefile.icns. The outputs are committed, so a build needs neither Qt's SVG
module nor this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "casefile.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs() -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = HICOLOR / f"{size}x{size}" / "apps" / "casefile.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"cannot write {out}")
        written.append(out)
    del app
    return written


def write_ico_icns() -> list[Path]:
    from PIL import Image

    big = Image.open(HICOLOR / "512x512" / "apps" / "casefile.png").convert("RGBA")
    ico = ROOT / "packaging" / "windows" / "casefile.ico"
    icns = ROOT / "packaging" / "macos" / "casefile.icns"
    ico.parent.mkdir(parents=True, exist_ok=True)
    icns.parent.mkdir(parents=True, exist_ok=True)
    # Each ICO size from its own Qt rendering: sharper at 16-32 px than one downscaled image.
    frames = [Image.open(HICOLOR / f"{s}x{s}" / "apps" / "casefile.png").convert("RGBA") for s in ICO_SIZES]
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    big.save(icns, format="ICNS")
    return [ico, icns]


def main() -> int:
    for path in render_pngs() + write_ico_icns():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
