"""The leak gate's reading of pictures: every image in the PDF, read with OCR, for the same text checks.

Only reports that go out (partner and public) are read this way, and only
when something is withheld: OCR costs about a fifth of a second per picture.
A picture that cannot be decoded or read, or OCR that is not installed, is a
refusal, never a silent skip.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping

from pypdf import PdfReader
from pypdf.generic import StreamObject

from app.report import ocr

# (text, where, page, kind): what OCR read in one picture, handed to the gate's matching stages.
CheckText = Callable[[str, str, "int | None", str], None]
# (a sentence saying what could not be checked and where, the place alone): a refusal.
Refuse = Callable[[str, str], None]


def check_pictures(
    reader: PdfReader,
    page_images: Mapping[int, int],
    labels: Mapping[str, str],
    check_text: CheckText,
    refuse: Refuse,
) -> None:
    """Read every image ``page_images`` lists (object number -> first page showing it); hand over its text.

    ``labels`` maps the SHA-256 of an image's embedded bytes to the evidence
    item it shows (a report's thumbnails), so that a finding names the item.
    """
    places = sorted(page_images.items(), key=lambda kv: (kv[1], kv[0]))
    if not places:
        return
    where = _pages([page for _num, page in places])
    problem = ocr.missing()
    if problem is not None:
        refuse(f"the pictures {where} can only be checked for withheld names with OCR, and {problem}", where)
        return
    # A few dozen pictures decoded at a time: memory stays flat whatever the report holds.
    for start in range(0, len(places), ocr.CHUNK):
        pictures: list[ocr.Picture] = []
        for num, page in places[start : start + ocr.CHUNK]:
            try:
                obj = reader.get_object(num)
                if not isinstance(obj, StreamObject):
                    raise ValueError("not an image stream")
                item = labels.get(hashlib.sha256(obj.get_data()).hexdigest())
                image = obj.decode_as_image()
                image.load()
            except Exception:  # noqa: BLE001 - a picture that cannot be decoded cannot be vouched for
                refuse(f"a picture on page {page} cannot be decoded to check it for withheld names", f"on page {page}")
                continue
            pictures.append(ocr.Picture(image, page, item))
        try:
            found = ocr.read_pictures(pictures)
        except (ocr.OcrUnavailable, ocr.OcrFailed) as exc:
            refuse(f"the pictures {where} could not be checked for withheld names: {exc}", where)
            return
        for result in found:
            check_text(result.text, result.picture.where(), result.picture.page, "picture")


def _pages(pages: list[int]) -> str:
    numbers = [str(n) for n in dict.fromkeys(pages)]
    if len(numbers) == 1:
        return f"on page {numbers[0]}"
    if len(numbers) > 6:
        return f"on pages {', '.join(numbers[:5])} and {len(numbers) - 5} more"
    return f"on pages {', '.join(numbers[:-1])} and {numbers[-1]}"
