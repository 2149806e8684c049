"""Our insert/query workload on SQLCipher (through the vault) vs stdlib sqlite3, same run.

    .venv/bin/python bench/bench_db.py [N]

Inserts N events with acts, then runs the case queries the app makes (deadlines,
people at risk, export) and a search. Prints times and ratios (goal <= 1.5).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.database import Database  # noqa: E402
from storage.migrations import MIGRATIONS  # noqa: E402


def workload(conn, n: int) -> dict[str, float]:
    times = {}
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO cases (id, title) VALUES ('c', 'Bench case')")
    for i in range(1000):
        conn.execute("INSERT INTO persons (id, kind) VALUES (?, 'individual')", (f"p{i}",))
        conn.execute(
            "INSERT INTO person_names (id, person_id, value) VALUES (?, ?, ?)",
            (f"n{i}", f"p{i}", f"Person Нұрлыбаев {i}"),
        )
    for i in range(n):
        conn.execute(
            "INSERT INTO events (id, case_id, type, title, date, place, description) VALUES (?,?,?,?,?,?,?)",
            (
                f"e{i}",
                "c",
                "detention",
                f"Event {i}",
                f'{{"start": "2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "end": "2025-{1 + i % 12:02d}-28"}}',
                "Almaty",
                "Detained near the border " * 4,
            ),
        )
        conn.execute(
            "INSERT INTO acts (id, event_id, victim_id, type) VALUES (?,?,?,?)",
            (f"a{i}", f"e{i}", f"p{i % 1000}", "arrest"),
        )
    conn.execute("COMMIT")
    times["insert"] = time.perf_counter() - t
    samples = []
    for i in range(200):
        t = time.perf_counter()
        conn.execute(
            "SELECT e.id, e.title FROM events e JOIN acts a ON a.event_id = e.id "
            "WHERE a.victim_id = ? ORDER BY json_extract(e.date, '$.start')",
            (f"p{i}",),
        ).fetchall()
        samples.append(time.perf_counter() - t)
    times["query (per person chronology, median)"] = statistics.median(samples)

    def median_ms(sql: str, runs: int = 30) -> float:
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            conn.execute(sql).fetchall()
            samples.append(time.perf_counter() - t)
        return statistics.median(samples)

    times["timeline page (median)"] = median_ms(
        "SELECT * FROM events WHERE case_id = 'c' ORDER BY json_extract(date, '$.start') LIMIT 200 OFFSET 5000"
    )
    times["aggregate, full scan (median)"] = median_ms("SELECT count(*) FROM acts GROUP BY victim_id")
    return times


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as d:
        db = Database.open(Path(d) / "c.db", bytes(range(32)), create=True)
        ours = workload(db.conn, n)
        db.close()
        plain = sqlite3.connect(Path(d) / "p.db", isolation_level=None)
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            "temp_store = MEMORY",
            "foreign_keys = ON",
        ):
            plain.execute(f"PRAGMA {pragma}")
        for step in MIGRATIONS:  # the same schema and indexes
            for stmt in step:
                try:
                    plain.execute(stmt)
                except sqlite3.OperationalError:  # FTS5 secure-delete needs SQLite 3.44; stdlib may be older
                    print(f"(baseline skips: {stmt[:60]}…)")
        base = workload(plain, n)
    print(f"{n} events + acts, same schema and pragmas")
    print(f"{'step':42} {'sqlcipher':>10} {'sqlite3':>10} {'ratio':>6}")
    for k in ours:
        print(f"{k:42} {ours[k] * 1000:9.2f}ms {base[k] * 1000:9.2f}ms {ours[k] / base[k]:6.2f}")


if __name__ == "__main__":
    main()
