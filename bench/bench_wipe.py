"""Panic wipe: time from the confirming Enter to the keys destroyed (offscreen Qt, run by hand):

    .venv/bin/python bench/bench_wipe.py [--rounds 5] [--evidence-mib 256]

Each round creates a vault holding the demo case and ``--evidence-mib`` of evidence, opens the
desktop window, unlocks, presses Ctrl+Shift+Del, types WIPE and presses Enter. Measured:

- *keys*: Enter to the moment the header's key slots are overwritten and synced (``keys_destroyed``),
  after which neither the passphrase nor the recovery code opens anything;
- *all*: Enter to the vault folder removed.

The baseline, in the same run, is ``storage.wipe.wipe_vault`` called directly on an identical closed
vault: the difference is what the window adds (closing its forms and dialogs, dropping its models).
Everything happens in a temporary folder holding only generated test data; it is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "bench passphrase for the wipe"


def make_vault(folder: Path, evidence_mib: int) -> None:
    from app.demo import DEMO_CASE_ID, load_demo
    from app.services.evidence import EvidenceService
    from storage.kdf import KdfParams
    from storage.vault import Vault

    vault, _code = Vault.create(
        folder, PASSPHRASE, kdf=KdfParams(memory_kib=8192, time_cost=1, lanes=1), allow_below_floor=True
    )
    with vault:
        load_demo(vault)
        if evidence_mib:
            blob = folder.parent / f"{folder.name}.bin"
            with open(blob, "wb") as f:
                for _ in range(evidence_mib):
                    f.write(os.urandom(1 << 20))
            EvidenceService(vault).add_file(DEMO_CASE_ID, blob)
            blob.unlink()


def wipe_in_window(folder: Path) -> tuple[float, float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ui.window import MainWindow

    def key(widget: object, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = ""):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, k, mods, text))

    window = MainWindow(folder)
    window.show()
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    while not window.is_unlocked():
        QApplication.processEvents()
    for _ in range(20):
        QApplication.processEvents()
    marks: dict[str, float] = {}
    window.keys_destroyed.connect(lambda: marks.setdefault("keys", time.perf_counter()))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    key(QApplication.focusWidget() or window, Qt.Key.Key_Delete, ctrl_shift)
    dialog = window._wipe_dialog  # noqa: SLF001
    assert dialog is not None
    for ch in "WIPE":
        key(dialog.word, Qt.Key.Key_unknown, text=ch)
    started = time.perf_counter()
    key(dialog.word, Qt.Key.Key_Return)
    done = time.perf_counter()
    assert not folder.exists() and "keys" in marks
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return marks["keys"] - started, done - started


def wipe_directly(folder: Path) -> tuple[float, float]:
    from storage.wipe import wipe_vault

    marks: dict[str, float] = {}
    started = time.perf_counter()
    wipe_vault(folder, None, on_keys_destroyed=lambda: marks.setdefault("keys", time.perf_counter()))
    return marks["keys"] - started, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--evidence-mib", type=int, default=256)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="casefile-bench-wipe-"))
    window_runs, direct_runs = [], []
    try:
        for i in range(args.rounds):
            for name, runs, wipe in (("w", window_runs, wipe_in_window), ("d", direct_runs, wipe_directly)):
                folder = work / f"{name}{i}"
                make_vault(folder, args.evidence_mib)
                runs.append(wipe(folder))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    del app

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:7.1f} ms, max {max(values) * 1000:7.1f} ms"

    print(f"panic wipe, {args.rounds} rounds, vaults with the demo case and {args.evidence_mib} MiB of evidence")
    print(f"  window (Enter -> keys destroyed):   {ms([k for k, _ in window_runs])}")
    print(f"  window (Enter -> folder removed):   {ms([a for _, a in window_runs])}")
    print(f"  baseline wipe_vault (keys):         {ms([k for k, _ in direct_runs])}")
    print(f"  baseline wipe_vault (all):          {ms([a for _, a in direct_runs])}")


if __name__ == "__main__":
    main()
