"""Evidence intake vs a bare pyrage.encrypt_file of the same file, in the same run.

    .venv/bin/python bench/bench_intake.py [SIZE_MIB]

Prints throughput of both, their ratio (goal >= 0.8) and our RSS growth (goal < 64 MiB).
The source file is random bytes in a temporary folder (benchmark input, not case data).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation

import pyrage  # noqa: E402

from app.services.evidence import EvidenceService  # noqa: E402
from app.services.records import Records  # noqa: E402
from storage.kdf import KdfParams  # noqa: E402
from storage.vault import Vault  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    size_mib = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as d:
        d = Path(d)
        src = d / "input.bin"
        with open(src, "wb") as f:
            for _ in range(size_mib):
                f.write(os.urandom(1024 * 1024))
        vault, _ = Vault.create(d / "vault", "benchmark passphrase", kdf=KdfParams(8192, 1, 1), allow_below_floor=True)
        case = Records(vault).insert("cases", {"title": "bench"})
        recipient = vault.identity.to_public()
        ours, bare = [], []
        base_rss = rss_mib()
        peak = base_rss
        for round_ in range(3):
            out = d / f"bare-{round_}.age"
            t = time.perf_counter()
            pyrage.encrypt_file(str(src), str(out), [recipient])
            os.sync()
            bare.append(time.perf_counter() - t)
            out.unlink()
            t = time.perf_counter()

            def progress(done: int, total: int, msg: str) -> None:
                nonlocal peak
                peak = max(peak, rss_mib())

            EvidenceService(vault).add_file(case, src, progress=progress)
            ours.append(time.perf_counter() - t)
        vault.close()
    mb = size_mib * 1.048576
    best_ours, best_bare = min(ours), min(bare)
    print(f"file: {size_mib} MiB")
    print(f"pyrage.encrypt_file (no hash, no fsync): {mb / best_bare:7.1f} MB/s  ({best_bare:.2f} s)")
    print(f"casefile intake (sha256, fsync, row):     {mb / best_ours:7.1f} MB/s  ({best_ours:.2f} s)")
    print(f"ratio ours/bare throughput: {best_bare / best_ours:.2f}  (goal >= 0.80)")
    print(f"RSS growth during intake: {peak - base_rss:.1f} MiB  (goal < 64)")


if __name__ == "__main__":
    main()
