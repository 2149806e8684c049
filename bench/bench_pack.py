"""Pack and receive throughput against the standard tools, on the same files in the same run.

    .venv/bin/python bench/bench_pack.py [--mib 1024] [--files 4] [--dir /tmp/somewhere] [--keep]

Makes N random files (1 GiB in all by default), puts them in a documenter vault, then times:
  casefile pack     vs  tar cf - FILES | age -r RECIPIENT > out
  casefile receive  vs  age -d -i KEY out | tar xf - -C DIR
Pack and receive each run in their own process, so their peak RSS is their own. Goal: >= 0.8x the baseline.
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


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_pack(work: Path) -> dict:
    from app.packs import PartnerBook, build_pack
    from storage.vault import Vault

    with Vault.open(work / "documenter", passphrase=PASSPHRASE) as doc:
        case_id = doc.db.one("SELECT id FROM cases")[0]
        partner = PartnerBook(doc).find("Partner")
        rss0 = _rss_mib()
        t = time.perf_counter()
        result = build_pack(doc, case_id, [partner], work / "bench.casefile-pack", include_originals=True)
        seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        "bytes": sum(i.size for i in result.items),
        "rss_before_mib": rss0,
        "peak_rss_mib": _rss_mib(),
    }


def phase_receive(work: Path) -> dict:
    from app.packs import receive_pack
    from storage.vault import Vault

    with Vault.open(work / "partner", passphrase=PASSPHRASE) as par:
        rss0 = _rss_mib()
        t = time.perf_counter()
        result = receive_pack(par, work / "bench.casefile-pack")
        seconds = time.perf_counter() - t
        size = par.db.one("SELECT sum(size) FROM evidence")[0]
    assert len(result.evidence_ids) > 0
    return {"seconds": seconds, "bytes": size, "rss_before_mib": rss0, "peak_rss_mib": _rss_mib()}


def setup(work: Path, mib: int, files: int) -> tuple[list[Path], str]:
    from app.packs import PartnerBook, my_card
    from app.services.evidence import EvidenceService
    from app.services.records import Records
    from storage.vault import Vault

    src = work / "files"
    src.mkdir()
    paths = []
    per = mib * 1024 * 1024 // files
    for n in range(files):
        p = src / f"evidence-{n}.bin"
        with open(p, "wb") as f:
            left = per
            while left:
                chunk = os.urandom(min(left, 16 << 20))
                f.write(chunk)
                left -= len(chunk)
        paths.append(p)
    doc, _ = Vault.create(work / "documenter", PASSPHRASE, kdf=_light_kdf(), allow_below_floor=True)
    par, _ = Vault.create(work / "partner", PASSPHRASE, kdf=_light_kdf(), allow_below_floor=True)
    try:
        case_id = Records(doc).insert("cases", {"title": "Bench case", "reference": "BENCH"})
        t = time.perf_counter()
        for p in paths:
            EvidenceService(doc).add_file(case_id, p)
        print(f"intake of {mib} MiB into the vault: {mib / (time.perf_counter() - t):.0f} MiB/s")
        PartnerBook(doc).add(my_card(par, "Partner"), trusted=True)
        PartnerBook(par).add(my_card(doc, "Documenter"), trusted=True)
        (work / "partner-key.txt").write_text(str(par.identity) + "\n")
        recipient = str(par.identity.to_public())
    finally:
        doc.close()
        par.close()
    return paths, recipient


def run_phase(name: str, work: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--dir", str(work)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def shell(cmd: str, cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=cwd, check=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mib", type=int, default=1024)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--dir", help="working folder (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--phase", choices=("pack", "receive"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        fn = phase_pack if args.phase == "pack" else phase_receive
        print(json.dumps(fn(Path(args.dir))))
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
        base_pack = shell(f"tar cf - -C files {names} | age -r {recipient} > baseline.age", work)
        (work / "extracted").mkdir()
        base_recv = shell("age -d -i partner-key.txt baseline.age | tar xf - -C extracted", work)
        pack = run_phase("pack", work)
        recv = run_phase("receive", work)
        total = args.mib
        rows = [
            ("pack", pack, base_pack, "tar | age -r"),
            ("receive", recv, base_recv, "age -d | tar x"),
        ]
        print(f"\n{total} MiB in {args.files} files")
        print(f"{'':8} {'casefile':>14} {'baseline':>14} {'ratio':>7}  {'peak RSS':>9}  baseline command")
        for name, ours, base, what in rows:
            ours_rate, base_rate = total / ours["seconds"], total / base
            print(
                f"{name:8} {ours_rate:9.0f} MiB/s {base_rate:9.0f} MiB/s {ours_rate / base_rate:6.2f}x "
                f"{ours['peak_rss_mib']:6.0f} MiB  {what}"
            )
        print(
            "(RSS before the operation started: pack "
            f"{pack['rss_before_mib']:.0f} MiB, receive {recv['rss_before_mib']:.0f} MiB)"
        )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
