"""Outside judges of what Casefile writes: exiftool and mat2 for images, qpdf and Free Law Project's x-ray
for PDFs, pdfimages to take the images out of a PDF. Not our own word.

Each helper returns what the tool found (empty when clean), so a test can
print it; ``judges_missing()`` says which tools are not installed.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import shutil
import subprocess
import warnings
from pathlib import Path

TOOLS = ("exiftool", "mat2", "qpdf", "pdfimages")
# exiftool groups that describe the file itself, not anyone in it.
FILE_GROUPS = {"ExifTool", "System", "File", "JFIF", "Composite"}
PNG_HEADER = {"ImageWidth", "ImageHeight", "BitDepth", "ColorType", "Compression", "Filter", "Interlace"}
EXIFTOOL_FIELDS = {"ExifToolVersion"}


def judges_missing() -> list[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if importlib.util.find_spec("xray") is None:
        missing.append("x-ray (pip)")
    return missing


def exiftool_metadata(path: Path) -> dict[str, object]:
    """Every tag exiftool reads in ``path`` beyond the file's own description (size, type, pixels)."""
    done = subprocess.run(
        ["exiftool", "-j", "-G1", "-a", "-u", "-ee", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    (tags,) = json.loads(done.stdout)
    found = {}
    for key, value in tags.items():
        group, _, name = key.partition(":")
        if key == "SourceFile" or (group == "ExifTool" and name in EXIFTOOL_FIELDS):
            continue
        if group in FILE_GROUPS - {"ExifTool"} and name != "Comment":
            continue
        if group == "PNG" and name in PNG_HEADER:
            continue
        found[key] = value
    return found


def mat2_metadata(path: Path) -> str:
    """What ``mat2 --show`` lists for ``path`` ("" when it finds no metadata)."""
    done = subprocess.run(["mat2", "--show", str(path)], capture_output=True, text=True, timeout=60)
    out = done.stdout.strip()
    assert done.returncode == 0 and out, done.stderr
    return "" if out.startswith("No metadata found") else out


def qpdf_problems(path: Path) -> str:
    """What ``qpdf --check`` complains about ("" when the file is sound)."""
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=120)
    return "" if done.returncode == 0 else (done.stdout + done.stderr)


def xray_bad_redactions(pdf: bytes) -> dict:
    """Free Law Project's x-ray: text left under a box drawn over it, per page ({} when none)."""
    with warnings.catch_warnings():  # PyMuPDF's SWIG bindings warn on import under Python 3.11+
        warnings.simplefilter("ignore", DeprecationWarning)
        import xray

    return asyncio.run(xray.inspect(pdf))


def pdf_images(pdf: Path, folder: Path) -> list[Path]:
    """The images embedded in ``pdf``, as the files they are (JPEG stays JPEG), via ``pdfimages -all``."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["pdfimages", "-all", str(pdf), str(folder / "img")], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return sorted(folder.glob("img-*"))
