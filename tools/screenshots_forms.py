"""Screenshots of the record forms and the evidence tab, with the demo vault, at 1366×768 (a common laptop).

    python tools/screenshots_forms.py docs/screenshots              # English
    python tools/screenshots_forms.py docs/screenshots/ru --lang ru # Russian (kk: Kazakh)

Builds a throw-away demo vault (public seed data, light key derivation) in a temporary folder, with the
clock set to 10 March 2026. Each form is filled the way a documenter would fill it, then grabbed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # a developer tool: run from the checkout

import argparse
import datetime as dt
import io
import json
import os
import shutil
import tempfile
import time

os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")
PASSPHRASE = "demo passphrase"
SIZE = (1366, 768)

SAMPLES = {
    "en": {
        "interview": "Interview with Guldariya Sherizat's sister",
        "interviewer": "Field documenter, Almaty",
        "when": "2 December 2025",
        "informant": "Sister (name withheld)",
        "start": "late November 2025",
        "duration": "two months",
        "quote": "the detentions and house arrests of the activists were extended by two months",
        "hearing_date": "21.01.2026",
        "place": "Taldykorgan",
        "hearing_quote": "The first hearing is scheduled to take place in the city of Taldykorgan on 21 January 2026.",
        "appeal": "Appeal against the extension of house arrest",
    },
    "ru": {
        "interview": "Интервью с сестрой Гулдарии Шеризат",
        "interviewer": "Документатор, Алматы",
        "when": "2 декабря 2025",
        "informant": "Сестра (имя не раскрывается)",
        "start": "конец ноября 2025",
        "duration": "два месяца",
        "quote": "содержание под стражей и домашний арест активистов продлены на два месяца",
        "hearing_date": "21.01.2026",
        "place": "Талдыкорган",
        "hearing_quote": "Первое заседание назначено в Талдыкоргане на 21 января 2026 года.",
        "appeal": "Жалоба на продление домашнего ареста",
    },
    "kk": {
        "interview": "Гүлдария Шерізаттың әпкесімен сұхбат",
        "interviewer": "Құжаттаушы, Алматы",
        "when": "2025 ж. 2 желтоқсан",
        "informant": "Әпкесі (аты жария етілмейді)",
        "start": "2025 ж. қараша соңы",
        "duration": "екі ай",
        "quote": "белсенділерді күзетпен ұстау мен үйқамақ мерзімі екі айға ұзартылды",
        "hearing_date": "21.01.2026",
        "place": "Талдықорған",
        "hearing_quote": "Алғашқы отырыс 2026 жылғы 21 қаңтарда Талдықорғанда өтеді.",
        "appeal": "Үйқамақ мерзімін ұзартуға шағым",
    },
}


def _settle(app: object, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _save(widget: object, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def _photo(work: Path) -> Path:
    """A photo with a camera time, as phones write it."""
    from PIL import Image

    out = io.BytesIO()
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2025:11:13 14:05:00"
    Image.new("RGB", (1600, 1200), (70, 110, 150)).save(out, "JPEG", exif=exif.tobytes())
    path = work / "border-protest.jpg"
    path.write_bytes(out.getvalue())
    return path


def _demo(work: Path, clock: object, light: object) -> Path:
    """The demo vault, with a photo whose Content Credentials were signed by a camera not on the trust list,
    and the metadata-free copy a pack made of it."""
    from app.demo import load_demo
    from app.evidence.credentials import CAPTURE_KEY, record
    from app.services.evidence import EvidenceService
    from app.services.records import Records
    from storage.vault import Vault

    vault, _ = Vault.create(work / "demo", PASSPHRASE, kdf=light, allow_below_floor=True, clock=clock)
    load_demo(vault)
    service = EvidenceService(vault)
    item = service.add_file("case-atajurt", _photo(work), description="Protesters at the border crossing").evidence_id
    service.add_bytes("case-atajurt", b"\xff\xd8\xff\xe0 clean copy", parent_id=item, operation="strip-metadata")
    service.link(item, "events", "ev-2025-11-13-protest")
    capture = Records(vault).get("evidence", item)["capture"]
    capture[CAPTURE_KEY] = record(
        {
            "status": "read",
            "validation_state": "Valid",
            "failures": ["signingCredential.untrusted"],
            "signer": {
                "common_name": "Field Camera Co. device key",
                "issuer": "Field Camera Co.",
                "time": "2025-11-13T09:05:12Z",
            },
            "identities": ["A. Serik (photographer)"],
            "claim_generator": "FieldCam/3.2 c2pa-rs/0.49",
        }
    )
    vault.db.execute("UPDATE evidence SET capture = ? WHERE id = ?", (json.dumps(capture), item))
    vault.close()
    return work / "demo"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from storage.clock import FakeClock
    from storage.kdf import KdfParams
    from ui.settings import UiSettings, redirect_qt_settings
    from ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    redirect_qt_settings()
    args.out.mkdir(parents=True, exist_ok=True)
    sample = SAMPLES[args.lang]
    work = Path(tempfile.mkdtemp(prefix="casefile-shots-"))
    light = KdfParams(8192, 1, 1)
    clock = FakeClock(dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC))
    try:
        folder = _demo(work, clock, light)
        window = MainWindow(
            folder,
            clock=clock,
            kdf=light,
            allow_below_floor=True,
            settings=UiSettings(work / "s.ini"),
            language=args.lang,
        )
        window.resize(*SIZE)
        window.show()
        window.unlock_screen.secret.setText(PASSPHRASE)
        window.unlock_screen.unlock()
        while not window.is_unlocked():
            _settle(app, 0.05)
        workspace = window.workspace
        view = workspace.case_view
        while view.event_index is None:
            _settle(app, 0.05)

        def shoot(form: object, name: str) -> None:
            _settle(app, 0.2)
            _save(form, args.out, name)
            form.locking = True  # type: ignore[attr-defined]
            form.reject()  # type: ignore[attr-defined]

        # a first-hand source: an interview
        form = workspace.add_source()
        form.source_kind.select("interview")
        form.title.setText(sample["interview"])
        form.author.setText(sample["interviewer"])
        form.date.setText(sample["when"])
        form.reliability.select("medium")
        form.informant.setText(sample["informant"])
        shoot(form, "15-add-source")

        form = workspace.add_proceeding()
        form.title.setText(sample["appeal"])
        form.court.setText("Almaty regional court")
        form.provisions.setPlainText("Criminal Code art. 174(2)")
        form.stage.select("appeal")
        form.defendants.choose(["p-nazigul-maksutkhan", "p-guldariya-sherizat"])
        form.source.select("src-iphr-kibhr-2026-01-15")
        shoot(form, "16-add-proceeding")

        form = workspace.add_hearing()
        form.date.setText(sample["hearing_date"])
        form.place.setText(sample["place"])
        form.outcome.select("scheduled")
        form.source.select("src-iphr-kibhr-2026-01-15")
        form.quote.setText(sample["hearing_quote"])
        shoot(form, "17-add-hearing")

        form = workspace.add_measure()
        form.people.filter.setText("Nazigul")
        form.people.choose(["p-nazigul-maksutkhan", "p-guldariya-sherizat", "p-gulnar-shaimurat"])
        form.measure_type.select("house_arrest")
        form.start.setText(sample["start"])
        form.duration.setText(sample["duration"])
        form.extends.setChecked(True)
        form.source.select("src-iphr-kibhr-2026-01-15")
        form.quote.setText(sample["quote"])
        shoot(form, "18-add-measure")

        form = workspace.open_form("communication", {"record_id": "com-un-al-kaz-2-2026"})
        shoot(form, "19-correct-communication")

        form = workspace.add_communication()
        form.letter_kind.select("UA")
        form.reference.setText("UA KAZ 3/2026")
        form.title.setText("UA KAZ 3/2026")
        form.date.setText("10.03.2026")
        form.reply_window.setValue(60)
        shoot(form, "19b-add-communication")

        form = workspace.open_form("person", {"record_id": "p-nazigul-maksutkhan"})
        shoot(form, "20-correct-person")

        # the evidence tab: credentials, the copy under its original, the camera's time, the hash in view
        evidence = view.show_tab("evidence")
        evidence.view.selectRow(0)
        _settle(app, 1.0)
        _save(window, args.out, "21-evidence-1366")
        evidence.link_button.click()
        _settle(app, 0.2)
        from ui.forms.link import LinkDialog

        dialog = window.findChild(LinkDialog)
        dialog.picker.filter.setText("Nazig")
        _save(dialog, args.out, "22-link-evidence")
        dialog.reject()
        window.lock()
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
