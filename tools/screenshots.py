"""Screenshots of the main views with the demo vault, for the user guide and for looking at.

    python tools/screenshots.py docs/screenshots                  # offscreen, English
    python tools/screenshots.py docs/screenshots/ru --lang ru     # the same views in Russian (kk: Kazakh)
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb python tools/screenshots.py OUT --screen

Builds a throw-away demo vault (public seed data, light key derivation) in a temporary folder,
with the clock set to 10 March 2026, the "today" of the seed documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # a developer tool: run from the checkout

import argparse
import datetime as dt
import os
import shutil
import tempfile
import time

os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation
DEMO_PASSPHRASE = "demo passphrase"

# What the screenshots type into the forms, in the language of the interface.
SAMPLES = {
    "en": {
        "where": "Near the Kazakhstan–China border, Almaty region",
        "what": "Police detained the protesters as they unfolded their banners.",
        "description": "Atajurt activist from Almaty region",
    },
    "ru": {
        "where": "У границы Казахстана и Китая, Алматинская область",
        "what": "Полиция задержала участников акции, когда они развернули плакаты.",
        "description": "Активист «Атажурта» из Алматинской области",
    },
    "kk": {
        "where": "Қазақстан–Қытай шекарасының маңы, Алматы облысы",
        "what": "Полиция наразылық білдірушілерді плакаттарын жайған кезде ұстады.",
        "description": "Алматы облысынан «Атажұрт» белсендісі",
    },
}


def _settle(app: object, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _place(window: object, screen: bool) -> None:
    """1280×800 offscreen; on a real screen, the whole available area."""
    from PySide6.QtGui import QGuiApplication

    if screen:
        window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())  # type: ignore[attr-defined]
    else:
        window.resize(1280, 800)  # type: ignore[attr-defined]


def _save(widget: object, out: Path, name: str, screen: bool) -> None:
    from PySide6.QtGui import QGuiApplication

    path = out / f"{name}.png"
    if screen:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    else:
        widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--screen", action="store_true", help="grab the whole (X) screen instead of widgets")
    parser.add_argument("--lang", choices=("en", "ru", "kk"), default="en", help="interface language")
    args = parser.parse_args(argv)
    sample = SAMPLES[args.lang]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    from app.demo import load_demo
    from storage.clock import FakeClock
    from storage.kdf import KdfParams
    from storage.vault import Vault
    from ui.settings import UiSettings, redirect_qt_settings
    from ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    redirect_qt_settings()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="casefile-shots-"))
    light = KdfParams(8192, 1, 1)
    clock = FakeClock(dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC))
    try:
        settings = UiSettings(work / "settings.ini")
        # 1. first run
        window = MainWindow(
            work / "new-vault", clock=clock, kdf=light, allow_below_floor=True, settings=settings, language=args.lang
        )
        _place(window, args.screen)
        window.show()
        first = window.first_run
        first.passphrase.setText("river lantern copper meadow")
        first.confirm.setText("river lantern copper meadow")
        _settle(app)
        _save(window, args.out, "01-first-run", args.screen)
        first.create()
        while first.pages.currentIndex() != 1:
            _settle(app, 0.05)
        first.retype.setText(first.recovery_code.rsplit("-", 1)[1][:2])
        _save(window, args.out, "02-recovery-code", args.screen)
        window.close()

        # 2. the demo vault
        vault, _ = Vault.create(work / "demo", DEMO_PASSPHRASE, kdf=light, allow_below_floor=True, clock=clock)
        load_demo(vault)
        vault.close()
        window = MainWindow(
            work / "demo", clock=clock, kdf=light, allow_below_floor=True, settings=settings, language=args.lang
        )
        _place(window, args.screen)
        window.show()
        screen = window.unlock_screen
        screen.secret.setText("wrong guess")
        screen.unlock()
        while screen.busy:
            _settle(app, 0.05)
        _settle(app)
        _save(window, args.out, "03-unlock-wrong-passphrase", args.screen)
        screen.secret.setText(DEMO_PASSPHRASE)
        screen.unlock()
        while not window.is_unlocked():
            _settle(app, 0.05)
        view = window.workspace.case_view
        while view.event_index is None:
            _settle(app, 0.05)
        _settle(app)
        _save(window, args.out, "04-overview-and-deadlines", args.screen)
        for n, name in enumerate(("people", "events", "timeline", "proceedings", "sources", "communications"), start=5):
            tab = view.show_tab(name)
            if name == "events":
                tab.show_entity("events", "ev-2025-11-13-detentions")
            if name == "proceedings":
                tab.show_entity("hearings", "h-2026-02-19")
            _settle(app)
            _save(window, args.out, f"{n:02d}-{name}", args.screen)

        # 3. recording the 13 November protest's detentions
        form = window.workspace.record_incident()
        form.when.setText("13.11.2025")
        form.where.setText(sample["where"])
        form.kind_box.setCurrentIndex(form.kind_box.findData("arrest"))
        form.what.setPlainText(sample["what"])
        form.who.setText("Bekzat Maxutkhan, Baqytnur Nurmuqan, Батылбек Байгазы, Айгүл Серік")
        form.add_typed()
        index = -1
        for i in range(form.by.count()):
            if "olice" in form.by.itemText(i):
                index = i
                break
        form.by.setCurrentIndex(max(0, index))
        form.source.setCurrentIndex(1)
        _settle(app)
        _save(form if not args.screen else window, args.out, "11-record-incident", args.screen)
        form.close_for_lock()
        window.session.drafts.delete(form.draft_id)
        person = window.workspace.add_person()
        person.rows[0].value.setText("Бекзат Мақсұтхан")
        person.add_row().value.setText("Bekzat Maqsutkhan")
        person.description.setText(sample["description"])
        person.check_duplicates()  # the warning: he is in the vault already, spelt otherwise
        _settle(app)
        _save(person if not args.screen else window, args.out, "12-add-person", args.screen)
        person.close_for_lock()
        window.session.drafts.delete(person.draft_id)

        # 4. evidence: a photo and a video
        image = QImage(1600, 1200, QImage.Format.Format_RGB32)
        image.fill(QColor(70, 110, 150))
        photo = work / "border-protest.jpg"
        image.save(str(photo), "JPEG")
        video = work / "detentions-video.mp4"
        video.write_bytes(b"\0\0\0\x18ftypmp42" + os.urandom(24 * 1024 * 1024))
        view.show_tab("evidence")
        rows = view.add_files([photo, video])
        while any(r.state in ("waiting", "running") for r in rows):
            _settle(app, 0.05)
        evidence = view.evidence
        evidence.view.selectRow(0)
        _settle(app, 1.0)
        _save(window, args.out, "13-evidence", args.screen)

        # 5. locked
        window.lock()
        _settle(app)
        _save(window, args.out, "14-locked", args.screen)
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
