"""Costs of the integrity machinery: audit rows signed and verified, the WAL guard on a crash log,
the unlock page check and the full check.

    .venv/bin/python bench/bench_integrity.py [ROWS]

Light KDF parameters (the KDF is bench_unlock.py's business). Compare figures from one run.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASEFILE_INSECURE_TEST_KDF", "1")  # its throwaway vaults use light key derivation

from app.services.integrity import check_vault  # noqa: E402
from storage import audit, walguard  # noqa: E402
from storage.kdf import KdfParams  # noqa: E402
from storage.pagecheck import UNLOCK_BUDGET, check_pages  # noqa: E402
from storage.rotation import db_key as _db_key  # noqa: E402
from storage.vault import DB_NAME, Vault  # noqa: E402

LIGHT = KdfParams(memory_kib=8192, time_cost=1, lanes=1)
PASSPHRASE = "benchmark passphrase"


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "v"
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=LIGHT, allow_below_floor=True)
        key = _db_key(vault._dek)  # noqa: SLF001 - a benchmark looks inside
        start = time.perf_counter()
        with vault.db.transaction() as conn:
            for i in range(rows):
                audit.append(conn, at="2026-01-01T00:00:00Z", actor="user", action="x.edit", entity_id=str(i))
        append_ms = (time.perf_counter() - start) / rows * 1000
        start = time.perf_counter()
        assert audit.verify(vault.db.conn) == []
        verify_ms = (time.perf_counter() - start) / rows * 1000
        print(f"audit: append {append_ms:.3f} ms/row, verify {verify_ms:.3f} ms/row ({rows} rows)")

        vault.db.checkpoint()
        with vault.db.transaction() as conn:  # about 4 MiB of log, as a crash before a checkpoint leaves it
            conn.execute("INSERT INTO cases (id, title) VALUES ('c', 'bench')")
            conn.executemany(
                "INSERT INTO events (id, case_id, type, title, description) VALUES (?, 'c', 'protest', 't', ?)",
                ((f"e{i}", "x" * 400) for i in range(8000)),
            )
        image = Path(d) / "image"
        shutil.copytree(folder, image)
        vault.close()
        wal = image / (DB_NAME + walguard.WAL_SUFFIX)
        start = time.perf_counter()
        assert walguard.guard(image / DB_NAME, key) == []
        guard_ms = (time.perf_counter() - start) * 1000
        print(f"WAL guard on a {wal.stat().st_size / 2**20:.1f} MiB crash log: {guard_ms:.0f} ms")

        with Vault.open(image, passphrase=PASSPHRASE) as v:
            size = (image / DB_NAME).stat().st_size
            start = time.perf_counter()
            check_pages(image / DB_NAME, key, page_size=4096, budget_bytes=UNLOCK_BUDGET)
            pages_ms = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            result = check_vault(v)
            check_ms = (time.perf_counter() - start) * 1000
        print(f"database {size / 2**20:.1f} MiB: unlock page check {pages_ms:.0f} ms, full check {check_ms:.0f} ms")
        assert result.ok, result.findings


if __name__ == "__main__":
    main()
