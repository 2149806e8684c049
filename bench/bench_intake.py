"""Evidence intake against the age CLI and a bare sha256sum, on the same file, in the same run.

    .venv/bin/python bench/bench_intake.py [--mib 1024] [--rounds 3]

Each round runs, one after the other: ``age -r RECIPIENT -o OUT FILE`` (encryption only),
the same followed by an fsync of its output (what intake's durability costs the baseline),
``sha256sum FILE`` (hashing only), and Casefile's intake (hash + encryption + fsync + row).
Prints min / median / max of each, the ratios of the medians (goal: intake >= 0.8x of age -r),
and Casefile's RSS growth during intake (goal < 64 MiB). The source is random bytes in a
temporary folder (benchmark input, not case data).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation

from app.services.evidence import EvidenceService  # noqa: E402
from app.services.records import Records  # noqa: E402
from bench.rounds import Series, ratio_line  # noqa: E402
from storage.kdf import KdfParams  # noqa: E402
from storage.vault import Vault  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def timed(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mib", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    for tool in ("age", "sha256sum"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed for the baseline (apt-get install age coreutils)")
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as d:
        d = Path(d)
        src = d / "input.bin"
        with open(src, "wb") as f:
            for _ in range(args.mib):
                f.write(os.urandom(1024 * 1024))
        vault, _ = Vault.create(d / "vault", "benchmark passphrase", kdf=KdfParams(8192, 1, 1), allow_below_floor=True)
        case = Records(vault).insert("cases", {"title": "bench"})
        recipient = str(vault.evidence.recipient)
        ours = Series("casefile intake", args.mib)
        age = Series("age -r (CLI)", args.mib)
        sha = Series("sha256sum", args.mib)
        # Intake makes the blob durable (fsync) before its row commits; age -r leaves its output in the page
        # cache. The same age run followed by an fsync of its output is the like-for-like baseline.
        age_synced = Series("age -r, then fsync", args.mib)
        base_rss = rss_mib()
        peak = base_rss

        def progress(done: int, total: int, msg: str) -> None:
            nonlocal peak
            peak = max(peak, rss_mib())

        for _ in range(args.rounds):
            out = d / "cli.age"
            age.seconds.append(timed(["age", "-r", recipient, "-o", str(out), str(src)]))
            out.unlink()
            t = time.perf_counter()
            subprocess.run(["age", "-r", recipient, "-o", str(out), str(src)], check=True)
            fd = os.open(out, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)
            age_synced.seconds.append(time.perf_counter() - t)
            out.unlink()
            sha.seconds.append(timed(["sha256sum", str(src)]))
            t = time.perf_counter()
            item = EvidenceService(vault).add_file(case, src, progress=progress)
            ours.seconds.append(time.perf_counter() - t)
            vault.evidence.delete(EvidenceService(vault).blob_id(item.evidence_id))  # keep the disk use flat
        vault.close()
    print(f"file: {args.mib} MiB, {args.rounds} alternating rounds")
    for s in (ours, age, age_synced, sha):
        print(s.line())
    print(ratio_line(ours, age))
    print(ratio_line(ours, age_synced))
    print(ratio_line(ours, sha, goal=0.0).replace("goal >= 0.0x", "hashing alone, for scale"))
    print(f"RSS growth during intake: {peak - base_rss:.1f} MiB  (goal < 64)")


if __name__ == "__main__":
    main()
