"""Refresh the interface translations and compile them.

    .venv/bin/python tools/build_translations.py           # lupdate ui/ -> .ts, then lrelease -> .qm
    .venv/bin/python tools/build_translations.py --check   # are the .ts and .qm files current? (exit 1 if not)

1. ``pyside6-lupdate`` reads every ``self.tr`` / ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP``
   in ``ui/`` and updates ``resources/translations/casefile_{kk,ru,en}.ts``: new texts arrive as
   "unfinished", texts gone from the code are dropped, existing translations are kept.
2. Translate the unfinished entries (Qt Linguist, ``pyside6-linguist``, or any editor).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` beside it, which the app loads.

Both the ``.ts`` sources and the compiled ``.qm`` files are committed: the app and CI need no build
step. ``tests/test_ui_language.py`` checks that they are complete and current.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"casefile_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"casefile_{lang}.qm"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of this Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update_ts(folder: Path = TRANSLATIONS, quiet: bool = False) -> None:
    """Bring the .ts files in ``folder`` up to date with the texts in ``ui/``."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        cmd = [
            qt_tool("pyside6-lupdate"),
            *[str(p.relative_to(ROOT)) for p in source_files()],
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts_path(lang, folder)),
        ]
        run(cmd, quiet)


def compile_qm(ts_folder: Path = TRANSLATIONS, out: Path | None = None, quiet: bool = False) -> list[Path]:
    """Compile each .ts of ``ts_folder`` into ``out`` (by default beside it)."""
    out = out or ts_folder
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        target = qm_path(lang, out)
        run([qt_tool("pyside6-lrelease"), str(ts_path(lang, ts_folder)), "-qm", str(target)], quiet)
        written.append(target)
    return written


def run(cmd: list[str], quiet: bool) -> None:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(cmd[0]).name} failed:\n{result.stdout}{result.stderr}")
    if not quiet:
        print(result.stdout.strip())


# -- checks (used by the tests) -------------------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str, str], dict]:
    """(context, source, comment) -> {"numerus": bool, "forms": [translations], "unfinished": bool}."""
    out = {}
    root = ET.parse(ts).getroot()  # noqa: S314 - our own committed .ts files, not outside input
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = {
                "numerus": message.get("numerus") == "yes",
                "forms": forms,
                "unfinished": translation.get("type") in ("unfinished", "vanished", "obsolete"),
            }
    return out


def problems(folder: Path = TRANSLATIONS) -> list[str]:
    """Everything that makes the committed translations not current or not complete."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for lang in LANGUAGES:
            shutil.copy(ts_path(lang, folder), ts_path(lang, fresh))
        update_ts(fresh, quiet=True)
        for lang in LANGUAGES:
            committed, current = messages(ts_path(lang, folder)), messages(ts_path(lang, fresh))
            for key in current.keys() - committed.keys():
                found.append(f"{lang}: not in the .ts yet (run tools/build_translations.py): {key}")
            for key in committed.keys() - current.keys():
                found.append(f"{lang}: no longer in the code (run tools/build_translations.py): {key}")
            for key, m in committed.items():
                if m["unfinished"] or not all(f.strip() for f in m["forms"]):
                    found.append(f"{lang}: untranslated: {key}")
        compiled = fresh / "qm"
        compile_qm(folder, compiled, quiet=True)
        for lang in LANGUAGES:
            if not qm_path(lang, folder).exists() or not filecmp.cmp(
                qm_path(lang, folder), qm_path(lang, compiled), shallow=False
            ):
                found.append(f"{lang}: {qm_path(lang).name} is not compiled from the current .ts")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; report what is not current")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    update_ts()
    compile_qm()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
