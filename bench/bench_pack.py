"""Pack and receive throughput against the standard tools, on the same files in the same run.

    .venv/bin/python bench/bench_pack.py [--mib 1024] [--files 4] [--rounds 3] [--rss-mib 4096]
                                         [--dir /tmp/somewhere] [--keep]

Makes N random files (1 GiB in all by default), puts them in a documenter vault, then runs
alternating rounds of:
  tar cf - FILES | age -r RECIPIENT > out     then  casefile pack (internal, originals)
  age -d -i KEY out | tar xf - -C DIR         then  casefile receive (into a fresh copy of the partner)
and prints min / median / max throughput and the ratio of the medians (goal >= 0.8x, aim >= 1x).
Pack and receive each run in their own process, so their RSS growth is their own (goal < 64 MiB).
``--rss-mib 4096`` adds one more pack and receive of that much evidence, for RSS growth only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation

PASSPHRASE = "bench passphrase, not secret"


def _light_kdf():
    from storage.kdf import KdfParams

    return KdfParams(memory_kib=8192, time_cost=1, lanes=1)


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mib() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_rss_mib()


class _RssSampler:
    """A progress callback that samples resident memory at every report (every 4 MiB or so)."""

    def __init__(self) -> None:
        self.before = _rss_mib()
        self.peak = self.before

    def __call__(self, done: int, total: int, message: str) -> None:
        self.peak = max(self.peak, _rss_mib())


def phase_pack(work: Path, out: str) -> dict:
    from app.packs import PartnerBook, build_pack
    from storage.vault import Vault

    with Vault.open(work / "documenter", passphrase=PASSPHRASE) as doc:
        case_id = doc.db.one("SELECT id FROM cases")[0]
        partner = PartnerBook(doc).find("Partner")
        sampler = _RssSampler()
        t = time.perf_counter()
        result = build_pack(doc, case_id, [partner], work / out, profile="internal", progress=sampler)
        seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        "bytes": sum(i.size for i in result.items),
        "rss_before_mib": sampler.before,
        "peak_rss_mib": max(sampler.peak, _rss_mib()),
    }


def phase_receive(work: Path, pack: str) -> dict:
    from app.packs import receive_pack
    from storage.vault import Vault

    folder = work / "partner-round"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(work / "partner", folder)  # an unused partner vault each round (a pack is received once)
    try:
        with Vault.open(folder, passphrase=PASSPHRASE) as par:
            sampler = _RssSampler()
            t = time.perf_counter()
            result = receive_pack(par, work / pack, progress=sampler)
            seconds = time.perf_counter() - t
            size = par.db.one("SELECT sum(size) FROM evidence")[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert len(result.evidence_ids) > 0
    return {"seconds": seconds, "bytes": size, "rss_before_mib": sampler.before, "peak_rss_mib": sampler.peak}


def _random_file(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        left = size
        while left:
            chunk = os.urandom(min(left, 16 << 20))
            f.write(chunk)
            left -= len(chunk)


def setup(work: Path, mib: int, files: int, folder: str = "documenter") -> tuple[list[Path], str]:
    from app.packs import PartnerBook, my_card
    from app.services.evidence import EvidenceService
    from app.services.records import Records
    from storage.vault import Vault

    src = work / "files"
    src.mkdir(exist_ok=True)
    paths = []
    per = mib * 1024 * 1024 // files
    for n in range(files):
        p = src / f"evidence-{n}.bin"
        _random_file(p, per)
        paths.append(p)
    doc, _ = Vault.create(work / folder, PASSPHRASE, kdf=_light_kdf(), allow_below_floor=True)
    if not (work / "partner").exists():
        Vault.create(work / "partner", PASSPHRASE, kdf=_light_kdf(), allow_below_floor=True)[0].close()
    par = Vault.open(work / "partner", passphrase=PASSPHRASE)
    try:
        case_id = Records(doc).insert("cases", {"title": "Bench case", "reference": "BENCH"})
        for p in paths:
            EvidenceService(doc).add_file(case_id, p)
        PartnerBook(doc).add(my_card(par, "Partner"), trusted=True)
        PartnerBook(par).add(my_card(doc, f"Documenter {folder}"), trusted=True)
        (work / "partner-key.txt").write_text(str(par.identity) + "\n")
        recipient = str(par.identity.to_public())
    finally:
        doc.close()
        par.close()
    return paths, recipient


def run_phase(name: str, work: Path, file: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--dir", str(work), "--file", file],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def shell(cmd: str, cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=cwd, check=True)
    return time.perf_counter() - t


def rss_growth(phase: dict) -> float:
    return phase["peak_rss_mib"] - phase["rss_before_mib"]


def main() -> None:
    from bench.rounds import Series, ratio_line

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mib", type=int, default=1024)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rss-mib", type=int, default=0, help="also pack and receive this much, for RSS growth only")
    ap.add_argument("--dir", help="working folder (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--phase", choices=("pack", "receive"), help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        fn = phase_pack if args.phase == "pack" else phase_receive
        print(json.dumps(fn(Path(args.dir), args.file)))
        return
    for tool in ("age", "tar"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed for the baseline (apt-get install age)")
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="casefile-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        paths, recipient = setup(work, args.mib, args.files)
        names = " ".join(p.name for p in paths)
        subprocess.run(["sync"], check=False)
        pack, base_pack = Series("casefile pack", args.mib), Series("tar | age -r", args.mib)
        recv, base_recv = Series("casefile receive", args.mib), Series("age -d | tar x", args.mib)
        growth: dict[str, list[float]] = {"pack": [], "receive": []}
        for _ in range(args.rounds):
            base_pack.seconds.append(shell(f"tar cf - -C files {names} | age -r {recipient} > baseline.age", work))
            (work / "bench.casefile-pack").unlink(missing_ok=True)
            phase = run_phase("pack", work, "bench.casefile-pack")
            pack.seconds.append(phase["seconds"])
            growth["pack"].append(rss_growth(phase))
            shutil.rmtree(work / "extracted", ignore_errors=True)
            (work / "extracted").mkdir()
            base_recv.seconds.append(shell("age -d -i partner-key.txt baseline.age | tar xf - -C extracted", work))
            phase = run_phase("receive", work, "bench.casefile-pack")
            recv.seconds.append(phase["seconds"])
            growth["receive"].append(rss_growth(phase))
        shutil.rmtree(work / "extracted", ignore_errors=True)
        print(f"\n{args.mib} MiB in {args.files} files, {args.rounds} alternating rounds")
        for s in (pack, base_pack, recv, base_recv):
            print(s.line())
        print(ratio_line(pack, base_pack))
        print(ratio_line(recv, base_recv))
        print(
            f"RSS growth at {args.mib} MiB: pack {max(growth['pack']):.0f} MiB, "
            f"receive {max(growth['receive']):.0f} MiB (largest of the rounds; goal < 64 MiB)"
        )
        if args.rss_mib:
            for p in paths:
                p.unlink()
            (work / "baseline.age").unlink(missing_ok=True)
            (work / "bench.casefile-pack").unlink(missing_ok=True)
            shutil.rmtree(work / "documenter", ignore_errors=True)
            big, _ = setup(work, args.rss_mib, args.files, folder="documenter-big")
            for p in big:
                p.unlink()
            shutil.move(str(work / "documenter-big"), str(work / "documenter"))
            phase_p = run_phase("pack", work, "big.casefile-pack")
            phase_r = run_phase("receive", work, "big.casefile-pack")
            print(
                f"RSS growth at {args.rss_mib} MiB: pack {rss_growth(phase_p):.0f} MiB, "
                f"receive {rss_growth(phase_r):.0f} MiB (goal < 64 MiB); "
                f"{args.rss_mib / phase_p['seconds']:.0f} and {args.rss_mib / phase_r['seconds']:.0f} MiB/s"
            )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
