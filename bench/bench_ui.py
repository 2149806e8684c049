"""Desktop-app benchmarks (run by hand; offscreen Qt):

    .venv/bin/python bench/bench_ui.py [--events 100000] [--intake-mib 1024] [--skip-intake]
        [--pack-mib 1024] [--skip-pack] [--only-io]

1. cold start: a fresh process running ``ui.main.main`` until the unlock window is painted;
2. a 100,000-event case: unlock, open, build the chronology, scroll the Events tab to the end
   page by page; the longest GUI-thread stall, measured with an event-loop latency probe;
3. a large evidence intake (default 1 GiB): the longest GUI-thread stall while it runs;
4. a pack of a case holding one large evidence item (default 1 GiB), run by the same worker
   machinery the pack dialog uses: the longest GUI-thread stall while it runs.

``--only-io`` runs 3 and 4 alone (what the evidence and pack code changes).

Goal (issue 3): cold start < 1 s; stalls < 50 ms. Everything happens in a temporary folder
holding only generated test data; it is removed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "bench passphrase"

CHILD = r"""
import sys, time
T0 = float(sys.argv[1])
sys.argv = [sys.argv[0], *sys.argv[2:]]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def exec_(*a):
    def ready():
        print(f"READY {time.monotonic() - T0:.3f}", flush=True)
        QApplication.instance().quit()
    QTimer.singleShot(0, ready)
    return _exec()
QApplication.exec = exec_
sys.path.insert(0, ROOT_PATH)
from ui.main import main
main(sys.argv[1:])
"""


class Probe:
    """A 5 ms timer; how late it fires is how long the GUI thread was busy elsewhere."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.late: list[float] = []

    def start(self) -> None:
        self.late.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, now - self.last - 0.005))
        self.last = now

    def stop(self) -> dict:
        self.timer.stop()
        late = sorted(self.late) or [0.0]
        return {
            "max_ms": round(late[-1] * 1000, 1),
            "p99_ms": round(late[int(len(late) * 0.99) - 1] * 1000, 1) if len(late) > 1 else 0.0,
            "median_ms": round(statistics.median(late) * 1000, 2),
            "ticks": len(late),
        }


def pump(app, until, timeout: float = 600.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        app.processEvents()
        time.sleep(0.001)
        if time.monotonic() > end:
            raise TimeoutError("benchmark step timed out")


def cold_start(work: Path, runs: int = 3) -> list[float]:
    from storage.kdf import KdfParams
    from storage.vault import Vault

    folder = work / "cold-vault"
    if not folder.exists():
        Vault.create(folder, PASSPHRASE, kdf=KdfParams(8192, 1, 1), allow_below_floor=True)[0].close()
    env = {**os.environ, "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data")}
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD.replace("ROOT_PATH", repr(str(ROOT))),
                repr(time.monotonic()),
                "--vault",
                str(folder),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("READY")), None)
        if line is None:
            raise RuntimeError(f"the app did not start: {out.stderr[-2000:]}")
        times.append(float(line.split()[1]))
    return times


def make_big_case(folder: Path, events: int) -> str:
    from app.services.records import Records
    from storage.kdf import KdfParams
    from storage.vault import Vault

    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams(8192, 1, 1), allow_below_floor=True)
    records = Records(vault)
    case_id = records.insert("cases", {"title": "Bench: a very long case"})
    people = []
    for i in range(50):
        pid = records.insert("persons", {"kind": "individual"})
        records.insert("person_names", {"person_id": pid, "value": f"Person {i:02d}", "kind": "primary"})
        records.insert("case_persons", {"case_id": case_id, "person_id": pid, "role": "activist"})
        people.append(pid)
    base = dt.date(2000, 1, 1)
    rows, acts = [], []
    for i in range(events):
        start = base + dt.timedelta(days=(i * 7919) % 9000)
        end = start + dt.timedelta(days=(i % 3) * 5)
        date = json.dumps(
            {
                "certainty": "exact",
                "end": end.isoformat(),
                "precision": "day" if start == end else "days",
                "start": start.isoformat(),
                "text": start.isoformat(),
            },
            sort_keys=True,
        )
        rows.append(
            (
                f"bev{i:07d}",
                case_id,
                "protest",
                f"Generated event {i}",
                date,
                "Almaty",
                "A generated description of what happened.",
            )
        )
        if i % 10 == 0:
            acts.append((f"bact{i:07d}", f"bev{i:07d}", people[i % len(people)], "arrest"))
    with vault.db.transaction() as conn:  # bulk test data; the app itself writes through Records
        conn.executemany(
            "INSERT INTO events (id, case_id, type, title, date, place, description) VALUES (?,?,?,?,?,?,?)", rows
        )
        conn.executemany("INSERT INTO acts (id, event_id, victim_id, type) VALUES (?,?,?,?)", acts)
    vault.close()
    return case_id


def big_case(work: Path, events: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from storage.clock import FakeClock
    from ui.settings import UiSettings
    from ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = work / "big-vault"
    t = time.perf_counter()
    make_big_case(folder, events)
    built = time.perf_counter() - t
    window = MainWindow(folder, clock=FakeClock(), settings=UiSettings(work / "bench.ini"))
    window.resize(1280, 800)
    window.show()
    pump(app, lambda: True)
    probe = Probe()
    result: dict = {"events": events, "generate_s": round(built, 1)}
    probe.start()
    t = time.perf_counter()
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    pump(app, window.is_unlocked)
    view = window.workspace.case_view
    result["unlock_and_open_s"] = round(time.perf_counter() - t, 2)
    pump(app, lambda: view.event_index is not None)
    result["chronology_ready_s"] = round(time.perf_counter() - t, 2)
    result["open_stall"] = probe.stop()
    probe.start()
    tab = view.show_tab("events")
    pump(app, lambda: tab.model.rowCount() > 0)
    bar = tab.view.verticalScrollBar()
    t = time.perf_counter()
    steps = 0
    while tab.model.canFetchMore() and steps < 100_000:
        bar.setValue(bar.maximum())  # the view asks the model for the next page, as a user scrolling would
        app.processEvents()
        steps += 1
    result["scroll_to_end_s"] = round(time.perf_counter() - t, 1)
    result["rows_loaded"] = tab.model.rowCount()
    result["scroll_stall"] = probe.stop()
    probe.start()
    view.show_tab("timeline")
    pump(app, lambda: True)
    for _ in range(20):
        app.processEvents()
    result["timeline_stall"] = probe.stop()
    window.close()
    return result


def intake(work: Path, mib: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.services.records import Records
    from storage.clock import FakeClock
    from storage.kdf import KdfParams
    from storage.vault import Vault
    from ui.settings import UiSettings
    from ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = work / "intake-vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams(8192, 1, 1), allow_below_floor=True)
    Records(vault).insert("cases", {"title": "Bench intake"})
    vault.close()
    src = work / "big-video.mp4"
    block = b"\0\0\0\x18ftypmp42" + os.urandom(1024 * 1024 - 12)
    with open(src, "wb") as f:
        for _ in range(mib):
            f.write(block)
    window = MainWindow(folder, clock=FakeClock(), settings=UiSettings(work / "bench.ini"))
    window.show()
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    pump(app, window.is_unlocked)
    view = window.workspace.case_view
    pump(app, lambda: view.event_index is not None)
    probe = Probe()
    probe.start()
    t = time.perf_counter()
    row = view.add_files([src])[0]
    pump(app, lambda: row.state not in ("waiting", "running"))
    seconds = time.perf_counter() - t
    stall = probe.stop()
    window.close()
    return {
        "size_mib": mib,
        "state": row.state,
        "seconds": round(seconds, 1),
        "mb_per_s": round(mib * 1.048576 / seconds, 1),
        "stall": stall,
    }


def pack(work: Path, mib: int) -> dict:
    """The longest GUI-thread stall while a worker thread writes a pack of ``mib`` MiB of evidence."""
    from PySide6.QtWidgets import QApplication

    from app.packs import PartnerBook, build_pack, my_card
    from app.services.evidence import EvidenceService
    from app.services.records import Records
    from storage.kdf import KdfParams
    from storage.vault import Vault
    from ui.workers import Worker, WorkerPool

    app = QApplication.instance() or QApplication([])
    light = KdfParams(8192, 1, 1)
    doc, _ = Vault.create(work / "pack-vault", PASSPHRASE, kdf=light, allow_below_floor=True)
    par, _ = Vault.create(work / "pack-partner", PASSPHRASE, kdf=light, allow_below_floor=True)
    case_id = Records(doc).insert("cases", {"title": "Bench pack"})
    src = work / "pack-video.mp4"
    block = b"\0\0\0\x18ftypmp42" + os.urandom(1024 * 1024 - 12)
    with open(src, "wb") as f:
        for _ in range(mib):
            f.write(block)
    EvidenceService(doc).add_file(case_id, src)
    src.unlink()
    PartnerBook(doc).add(my_card(par, "Partner"), trusted=True)
    partner = PartnerBook(doc).find("Partner")
    par.close()
    out = work / "bench.casefile-pack"

    def job(progress, cancel):
        return build_pack(doc, case_id, [partner], out, profile="internal", progress=progress, cancel=cancel)

    pool = WorkerPool()
    worker = Worker(job, "pack")
    outcome: list[str] = []
    worker.finished.connect(lambda _r: outcome.append("done"))
    worker.failed.connect(lambda message, _c: outcome.append(f"failed: {message}"))
    probe = Probe()
    probe.start()
    t = time.perf_counter()
    pool.start(worker)
    pump(app, lambda: bool(outcome))
    seconds = time.perf_counter() - t
    stall = probe.stop()
    pool.wait_all()
    doc.close()
    return {
        "size_mib": mib,
        "state": outcome[0],
        "seconds": round(seconds, 1),
        "mb_per_s": round(mib * 1.048576 / seconds, 1),
        "stall": stall,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--intake-mib", type=int, default=1024)
    parser.add_argument("--skip-intake", action="store_true")
    parser.add_argument("--pack-mib", type=int, default=1024)
    parser.add_argument("--skip-pack", action="store_true")
    parser.add_argument("--only-io", action="store_true", help="run only the intake and pack stalls")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="casefile-bench-"))
    try:
        if not args.only_io:
            starts = cold_start(work)
            print(f"cold start to the unlock window: {', '.join(f'{s:.2f} s' for s in starts)} (goal < 1 s)")
            result = big_case(work, args.events)
            print(f"{args.events:,}-event case: {json.dumps(result)}")
        if not args.skip_intake:
            result = intake(work, args.intake_mib)
            print(f"intake: {json.dumps(result)}", flush=True)
        if not args.skip_pack:
            result = pack(work, args.pack_mib)
            print(f"pack: {json.dumps(result)}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
