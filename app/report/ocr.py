"""Reading the words inside pictures (OCR) with Tesseract, in memory only.

The leak gate reads a report's text layer, but a photographed summons or a
screenshot carries its words as pixels. Tesseract, with its Kazakh, Russian
and English models, reads them back so that the gate can look for withheld
names and values there too.

Pictures go to one ``tesseract - -`` process per batch, as a multi-page TIFF
on its standard input; the text comes back on its standard output, pages
separated by form feeds. Nothing is written to disk: Tesseract buffers its
standard input in memory. Small pictures (report thumbnails) are enlarged
before reading, because Tesseract misses letters only a few pixels high that
a person zooming into the PDF still reads; very large ones are reduced, to
keep the cost proportionate.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image, ImageOps

TESSERACT = "tesseract"  # the command; tests point it elsewhere to play "not installed"
LANGUAGES = ("kaz", "rus", "eng")
DEBIAN_PACKAGES = "tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus and tesseract-ocr-eng"
READ_SIDE = 1400  # pictures are enlarged (at most 3x) until their longer side has this many pixels
MAX_SIDE = 4000  # and reduced to at most this many: a 12-megapixel photo is read at about 7 megapixels
MAX_ENLARGE = 3.0
BATCH = 12  # pictures per Tesseract process: its models load once per process (about 0.3 s)
CHUNK = 4 * BATCH  # pictures decoded and held in memory at once by callers reading many
SECONDS_PER_PICTURE = 30
_SEPARATOR = "\f"  # Tesseract's default page_separator in text output


class OcrUnavailable(Exception):
    """Tesseract, or one of its Kazakh, Russian and English models, is not installed."""


class OcrFailed(Exception):
    """Tesseract could not read a picture."""


@dataclass(frozen=True)
class Picture:
    """One picture to read, and where it is: a page of the report and/or an evidence item."""

    image: Image.Image
    page: int | None = None
    item: str | None = None  # evidence id

    def where(self) -> str:
        """Where the picture is, in words ("in the picture of evidence item ev-1 on page 4")."""
        what = f"the picture of evidence item {self.item}" if self.item else "a picture"
        return f"in {what} on page {self.page}" if self.page is not None else f"in {what}"


@dataclass(frozen=True)
class PictureText:
    picture: Picture
    text: str


_ready: dict[str, str | None] = {}
_PILLOW = threading.Lock()


def missing() -> str | None:
    """None when OCR can run; otherwise a sentence saying what to install.

    Only a working Tesseract is remembered: one installed after a refusal is found on the next try.
    """
    command = TESSERACT
    if _ready.get(command, "unknown") is None:
        return None
    problem = _probe(command)
    _ready[command] = problem
    return problem


def _probe(command: str) -> str | None:
    path = shutil.which(command)
    if path is None:
        return f"Tesseract OCR is not installed (on Debian or Ubuntu: apt install {DEBIAN_PACKAGES})"
    try:
        done = subprocess.run(
            [path, "--list-langs"], capture_output=True, timeout=30, env=_environment(), stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.SubprocessError):
        return "Tesseract OCR is installed but does not run"
    listed = set(done.stdout.decode("utf-8", "replace").split())
    absent = [lang for lang in LANGUAGES if lang not in listed]
    if absent:
        return f"Tesseract lacks its {', '.join(absent)} language data (install {DEBIAN_PACKAGES})"
    return None


def read_pictures(pictures: Sequence[Picture]) -> list[PictureText]:
    """The text Tesseract reads in each picture, in the order given.

    Raises OcrUnavailable when Tesseract or its language data is missing, and
    OcrFailed when it cannot read a picture: a caller that must vouch for the
    pictures then refuses (fails closed) rather than skipping them.
    """
    if not pictures:
        return []
    problem = missing()
    if problem is not None:
        raise OcrUnavailable(problem)
    command = shutil.which(TESSERACT) or TESSERACT
    workers = max(1, min(os.cpu_count() or 1, 4))
    size = min(BATCH, math.ceil(len(pictures) / workers))
    batches = [list(pictures[i : i + size]) for i in range(0, len(pictures), size)]
    if len(batches) == 1:
        texts = [_read_batch(command, batches[0])]
    else:
        with ThreadPoolExecutor(max_workers=min(workers, len(batches))) as pool:
            texts = list(pool.map(lambda batch: _read_batch(command, batch), batches))
    out: list[PictureText] = []
    for batch, pages in zip(batches, texts, strict=True):
        out.extend(PictureText(p, t) for p, t in zip(batch, pages, strict=True))
    return out


def prepared(image: Image.Image) -> Image.Image:
    """The picture as Tesseract reads it best: upright grey pixels at a readable size."""
    grey = ImageOps.grayscale(image) if image.mode != "L" else image
    longest = max(grey.size)
    if longest <= 0:
        raise OcrFailed("an empty picture")
    factor = min(MAX_ENLARGE, READ_SIDE / longest) if longest < READ_SIDE else min(1.0, MAX_SIDE / longest)
    if factor != 1.0:
        size = (max(1, round(grey.width * factor)), max(1, round(grey.height * factor)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey


def _read_batch(command: str, batch: list[Picture]) -> list[str]:
    # One batch at a time through Pillow: a picture may be shared between batches (and lazily
    # decoded), and the reading itself, in Tesseract, is what runs in parallel.
    with _PILLOW:
        frames = [prepared(p.image) for p in batch]
        tiff = io.BytesIO()
        frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
        del frames
    try:
        done = subprocess.run(
            [command, "-", "-", "-l", "+".join(LANGUAGES)],
            input=tiff.getvalue(),
            capture_output=True,
            timeout=60 + SECONDS_PER_PICTURE * len(batch),
            env=_environment(),
        )
    except subprocess.TimeoutExpired:
        raise OcrFailed("Tesseract took too long to read the pictures") from None
    except OSError:
        raise OcrFailed("Tesseract could not be started") from None
    if done.returncode != 0:
        raise OcrFailed(f"Tesseract stopped with exit code {done.returncode}")
    pages = done.stdout.decode("utf-8", "replace").split(_SEPARATOR)
    if len(pages) != len(batch):
        raise OcrFailed("Tesseract read a different number of pictures than it was given")
    return pages


def _environment() -> dict[str, str]:
    """A small environment: one thread per process (Tesseract's OpenMP threads spin and slow
    everything on a busy machine), and nothing of ours that it does not need."""
    env = {"OMP_THREAD_LIMIT": "1", "LC_ALL": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    for name in ("TESSDATA_PREFIX", "SYSTEMROOT"):  # where the models are; Windows needs SYSTEMROOT
        if name in os.environ:
            env[name] = os.environ[name]
    return env
