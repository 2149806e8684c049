"""Search benchmark (run by hand, not part of the tests).

    .venv/bin/python bench/bench_search.py [--persons 100000] [--events 100000] [--queries 500]

Builds an index of generated persons (names in Kazakh Cyrillic, Russian
Cyrillic, Kazakh Latin 2021 and English spelling, some with a second
spelling) and events (short descriptions naming places and people) in a
temporary SQLCipher database keyed with a random raw key, then times random
queries: full names (in a script other than the stored one, reversed, or
with one vowel changed or dropped in the family name), family names, typing
prefixes, and event words.  Goal: p95 < 30 ms.  A misspelling can turn one
generated name into another generated person's name; such cases show up as
misses and are right to.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import sqlcipher3  # noqa: E402

from app.names.letters import fold  # noqa: E402
from app.search.index import DDL, index_entry, search  # noqa: E402

# Kazakh Cyrillic morphemes; names are made by joining two of them.
GIVEN_A = [
    "Нұр",
    "Ер",
    "Бек",
    "Серік",
    "Асыл",
    "Айдар",
    "Жан",
    "Қанат",
    "Бақыт",
    "Гүл",
    "Әлім",
    "Тұрсын",
    "Мұрат",
    "Ай",
    "Дос",
    "Ерік",
    "Бейсен",
    "Батыл",
    "Марғұлан",
    "Нәзи",
    "Құрман",
    "Ақ",
    "Сая",
    "Төле",
    "Ғали",
    "Дәулет",
    "Ораз",
    "Жақсы",
    "Бауыр",
    "Темір",
    "Алтын",
    "Қайрат",
    "Мейір",
    "Шолпан",
    "Зейнеп",
    "Бота",
    "Ғазиз",
]
GIVEN_B = [
    "лан",
    "бол",
    "ғали",
    "жан",
    "бек",
    "нұр",
    "гүл",
    "зат",
    "хан",
    "бай",
    "сұлтан",
    "ай",
    "ар",
    "гелді",
    "бике",
    "жігіт",
    "әлі",
    "дария",
    "нар",
    "тай",
    "ерке",
    "берген",
    "сапа",
    "ұлан",
    "",
]
SUR_A = [
    "Нұрлы",
    "Мақсұт",
    "Тұрды",
    "Қожа",
    "Байғазы",
    "Шай",
    "Құрман",
    "Сейіт",
    "Ахмет",
    "Әбді",
    "Жұма",
    "Қабі",
    "Нұрмұқан",
    "Тұрған",
    "Шұғыл",
    "Қолха",
    "Қалым",
    "Білаш",
    "Шеріз",
    "Ақжігіт",
    "Нұрсапа",
    "Ораз",
    "Сәрсен",
    "Омар",
    "Есен",
    "Дәулет",
    "Мұқан",
    "Рахым",
    "Тоқтар",
    "Жақып",
    "Исабек",
    "Қасым",
    "Кенже",
    "Байжан",
]
SUR_B = ["баев", "ұлы", "ов", "хан", "бек", "ев", "ұлы", "бай", "", "қызы", "бекова", "ова", "лы", "тай"]
PLACES = [
    "Алматы",
    "Талдықорған",
    "Жаркент",
    "Қорғас",
    "Үшарал",
    "Текелі",
    "Астана",
    "Шымкент",
    "Өскемен",
    "Семей",
    "Xinjiang",
    "Ürümqi",
    "Ghulja",
    "Tacheng",
    "Altay",
    "Zhetysu",
]
ACTS = [
    "detained near",
    "fined in",
    "questioned by police in",
    "placed under house arrest in",
    "protest held in",
    "hearing postponed in",
    "family visit refused in",
    "released from custody in",
    "summoned to court in",
]

RU = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "Ә": "А",
        "Ғ": "Г",
        "Қ": "К",
        "Ң": "Н",
        "Ө": "О",
        "Ұ": "У",
        "Ү": "У",
        "Һ": "Х",
        "І": "И",
    }
)
LAT2021 = {
    "а": "a",
    "ә": "ä",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "ğ",
    "д": "d",
    "е": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ñ",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "ū",
    "ү": "ü",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ç",
    "ш": "ş",
    "ы": "y",
    "і": "ı",
    "ь": "",
    "ъ": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
ICAO = {
    "а": "A",
    "б": "B",
    "в": "V",
    "г": "G",
    "д": "D",
    "е": "E",
    "ж": "ZH",
    "з": "Z",
    "и": "I",
    "й": "I",
    "к": "K",
    "л": "L",
    "м": "M",
    "н": "N",
    "о": "O",
    "п": "P",
    "р": "R",
    "с": "S",
    "т": "T",
    "у": "U",
    "ф": "F",
    "х": "KH",
    "ц": "TS",
    "ч": "CH",
    "ш": "SH",
    "щ": "SHCH",
    "ы": "Y",
    "ь": "",
    "ъ": "IE",
    "э": "E",
    "ю": "IU",
    "я": "IA",
}


def _table(text: str, table: dict[str, str], upper: bool = False) -> str:
    out = []
    for word in text.split():
        w = "".join(table.get(c, c) for c in word.lower())
        out.append(w.upper() if upper else w[:1].upper() + w[1:])
    return " ".join(out)


def spellings(kk: str) -> dict[str, str]:
    ru = kk.translate(RU)
    english = " ".join(w.capitalize() for w in fold(kk).split())
    return {
        "kazakh-cyrillic": kk,
        "russian-cyrillic": ru,
        "kazakh-latin-2021": _table(kk, LAT2021),
        "icao": _table(ru, ICAO, upper=True),
        "english": english.replace("Bai", "Bay").replace("ks", "x"),
    }


def make_person(rng: random.Random) -> str:
    given = rng.choice(GIVEN_A) + rng.choice(GIVEN_B)
    sur = rng.choice(SUR_A) + rng.choice(SUR_B)
    return f"{given} {sur}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.db")
        conn = sqlcipher3.connect(path)
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        for stmt in DDL:
            conn.execute(stmt)
        conn.commit()

        scripts = ["kazakh-cyrillic", "russian-cyrillic", "kazakh-latin-2021", "english"]
        persons: list[tuple[str, dict[str, str], str]] = []
        t0 = time.perf_counter()
        for n in range(args.persons):
            sp = spellings(make_person(rng))
            stored = rng.choice(scripts)
            texts = [sp[stored]]
            if n % 4 == 0:
                texts.append(sp[rng.choice(scripts)])
            index_entry(conn, "persons", f"p{n}", f"case{n % 50}", sp[stored], texts)
            persons.append((f"p{n}", sp, stored))
            if n % 10_000 == 9_999:
                conn.commit()
        conn.commit()
        t_persons = time.perf_counter() - t0
        t0 = time.perf_counter()
        for n in range(args.events):
            who = rng.choice(persons)[1][rng.choice(scripts)]
            place = rng.choice(PLACES)
            desc = (
                f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2017, 2026)}: {who} {rng.choice(ACTS)} "
                f"{place}. Witnesses report {rng.randint(2, 40)} people present; "
                f"{rng.choice(['video recorded', 'no lawyer present', 'phones confiscated', 'fine of 50 MCI'])}."
            )
            index_entry(conn, "events", f"e{n}", f"case{n % 50}", f"{place}: {rng.choice(ACTS)}", [desc])
            if n % 10_000 == 9_999:
                conn.commit()
        conn.commit()
        t_events = time.perf_counter() - t0
        size = os.path.getsize(path) + (os.path.getsize(path + "-wal") if os.path.exists(path + "-wal") else 0)
        for what, count, secs in (("persons", args.persons, t_persons), ("events", args.events, t_events)):
            print(f"indexed {count} {what} in {secs:.1f} s ({secs / max(1, count) * 1e3:.2f} ms each)")
        print(f"database size {size / 2**20:.1f} MiB")

        queries: list[tuple[str, str, str | None]] = []  # (kind, query, expected person id)
        kinds = [
            "full name, other script",
            "full name, reversed",
            "full name, misspelled",
            "family name",
            "prefix",
            "given + prefix",
            "event words",
        ]
        for _ in range(args.queries):
            kind = rng.choice(kinds)
            pid, sp, stored = rng.choice(persons)
            other = rng.choice([s for s in sp if s != stored])
            given, sur = sp[other].split()
            if kind == "full name, other script":
                queries.append((kind, sp[other], pid))
            elif kind == "full name, reversed":
                queries.append((kind, f"{sur} {given}", pid))
            elif kind == "full name, misspelled":
                # One vowel changed or dropped in the family name, as people write it from hearing.
                pos = [i for i, c in enumerate(sur) if i > 0 and c.lower() in "aeiouyаеиоуыәөұүі"]
                if pos:
                    i = rng.choice(pos)
                    sur = sur[:i] + rng.choice(["", "e" if sur.isascii() else "е"]) + sur[i + 1 :]
                queries.append((kind, f"{given} {sur}", pid))
            elif kind == "family name":
                queries.append((kind, sur, None))
            elif kind == "prefix":
                queries.append((kind, sur[: rng.randint(3, 6)], None))
            elif kind == "given + prefix":
                queries.append((kind, f"{given} {sur[: rng.randint(2, 5)]}", None))
            else:
                queries.append((kind, f"{rng.choice(PLACES)} {rng.choice(ACTS).split()[0]}", None))

        for _kind, q, _pid in queries[:20]:  # warm the page cache
            search(conn, q)
        times: dict[str, list[float]] = {}
        found = total_full = 0
        misses: list[str] = []
        for kind, q, pid in queries:
            t = time.perf_counter()
            hits = search(conn, q, limit=20)
            times.setdefault(kind, []).append((time.perf_counter() - t) * 1e3)
            if pid is not None:
                total_full += 1
                # Generated names repeat: the person counts as found when it
                # is among the hits with the top score.
                top = [h for h in hits if h.score == hits[0].score] if hits else []
                if any(h.entity_id == pid for h in top):
                    found += 1
                else:
                    want = next(p[1] for p in persons if p[0] == pid)
                    misses.append(
                        f"{kind}: {q!r} (stored {want[next(p[2] for p in persons if p[0] == pid)]!r}) "
                        f"-> {[h.label for h in hits[:2]]}"
                    )
        all_t = sorted(x for v in times.values() for x in v)

        def pct(v: list[float], p: float) -> float:
            v = sorted(v)
            return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]

        print(
            f"{len(all_t)} queries: p50 {statistics.median(all_t):.1f} ms, p95 {pct(all_t, 95):.1f} ms, "
            f"p99 {pct(all_t, 99):.1f} ms, max {all_t[-1]:.1f} ms"
        )
        for kind, v in times.items():
            print(f"  {kind:26s} n={len(v):3d} p50 {statistics.median(v):6.1f} ms  p95 {pct(v, 95):6.1f} ms")
        print(f"full-name queries with the person among the top-scored hits: {found}/{total_full}")
        for m in misses:
            print("  miss:", m)
        conn.close()


if __name__ == "__main__":
    main()
