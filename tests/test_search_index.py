"""The persistent search index: mixed-script people in an in-memory SQLCipher
database, every spelling searched, removal, re-indexing, entity filter."""

from __future__ import annotations

import random

import pytest

from app.names.keys import name_keys
from app.search.index import DDL, Hit, index_entry, remove_entry, search
from tests.test_search_names import PEOPLE, spellings

sqlcipher3 = pytest.importorskip("sqlcipher3")

SCRIPTS = (
    "seed",
    "kazakh-cyrillic",
    "russian-cyrillic",
    "kazakh-latin-2021",
    "kazakh-latin-2017",
    "kazakh-latin-2018",
    "icao-passport",
)


def _connect():
    conn = sqlcipher3.connect(":memory:")
    for stmt in DDL:
        conn.execute(stmt)
    return conn


def _parts() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Given names and (distinct) family names of the seed people, in every
    script."""
    givens, surnames, seen = [], [], set()
    for i in range(len(PEOPLE)):
        sp = spellings(i)
        givens.append({s: sp[s].split()[0] for s in SCRIPTS})
        sur = {s: sp[s].split()[1] for s in SCRIPTS}
        key = name_keys(sur["seed"])[0]
        if key not in seen:
            seen.add(key)
            surnames.append(sur)
    return givens, surnames


def _people(n: int = 300) -> list[dict[str, str]]:
    givens, surnames = _parts()
    combos = [(g, s) for g in range(len(givens)) for s in range(len(surnames))]
    rng = random.Random(20260306)
    out = []
    for g, s in rng.sample(combos, n):
        out.append({script: f"{givens[g][script]} {surnames[s][script]}" for script in SCRIPTS})
    return out


@pytest.fixture(scope="module")
def populated():
    conn = _connect()
    people = _people()
    stored_in = ("seed", "kazakh-cyrillic", "russian-cyrillic", "kazakh-latin-2021")
    for n, p in enumerate(people):
        script = stored_in[n % len(stored_in)]
        texts = [p[script]]
        if n % 3 == 0:  # some records carry a second spelling
            texts.append(p[stored_in[(n + 1) % len(stored_in)]])
        index_entry(conn, "persons", f"p{n}", None, p[script], texts)
    index_entry(
        conn,
        "events",
        "e1",
        "case-1",
        "13 Nov 2025: protest near the border",
        [
            "Protest near the Kazakhstan–China border in Almaty region; flags burned. "
            "Participants included Bekzat Maxutkhan and Nazigul Maksutkhan."
        ],
    )
    index_entry(conn, "events", "e2", "case-1", "Hearing in Taldykorgan", ["Талдықорған қаласындағы сот отырысы"])
    index_entry(conn, "organisations", "o1", None, "Atajurt", ["Атажұрт еріктілері", "Atajurt Kazakh Human Rights"])
    yield conn, people
    conn.close()


def test_every_spelling_finds_the_person_first(populated) -> None:
    conn, people = populated
    total = ok = 0
    misses = []
    for n, p in enumerate(people):
        for script in SCRIPTS:
            full = p[script]
            given_name, surname = full.split()
            for q in (full, f"{surname} {given_name}"):
                hits = search(conn, q, limit=5, entities=["persons"])
                total += 1
                if hits and hits[0].entity_id == f"p{n}":
                    ok += 1
                else:
                    misses.append((q, [h.label for h in hits[:3]]))
    print(f"\nindex rank-1 rate: {ok / total:.4f} over {total} searches")
    for m in misses[:20]:
        print("  miss:", m)
    assert ok == total


def test_prefix_variant_and_result_fields(populated) -> None:
    conn, people = populated
    target = next(
        n for n, p in enumerate(people) if p["seed"] == "Nazigul Maksutkhan" or p["seed"].startswith("Nazigul ")
    )
    name = people[target]["seed"]
    hits = search(conn, name[: len(name.split()[0]) + 5])  # "Nazigul Maksu"
    assert hits[0].entity_id == f"p{target}"
    assert isinstance(hits[0], Hit)
    assert hits[0].entity == "persons" and hits[0].case_id is None
    assert 0.0 < hits[0].score <= 1.0
    # One letter off in a long family name (d for t, a dropped vowel).
    given_name, surname = people[target]["seed"].split()
    typo = surname.replace("t", "d", 1) if "t" in surname else surname + "a"
    hits = search(conn, f"{given_name} {typo}", entities=["persons"])
    assert hits[0].entity_id == f"p{target}"


def test_matched_shows_the_spelling_that_matched() -> None:
    conn = _connect()
    index_entry(conn, "persons", "x", "c", "Nazigul Maksutkhan", ["Nazigul Maksutkhan", "Мақсұтхан Назигүл"])
    hits = search(conn, "Мақсұтхан Назигүл")
    assert hits[0].matched == "Мақсұтхан Назигүл" and hits[0].score == 1.0
    hits = search(conn, "Maksutkhan")
    assert hits[0].matched == "Nazigul Maksutkhan" and hits[0].case_id == "c"


def test_entity_filter_and_plain_text(populated) -> None:
    conn, _ = populated
    hits = search(conn, "Taldykorgan")
    assert [h.entity_id for h in hits] == ["e2"]
    hits = search(conn, "Талдықорған", entities=["events"])
    assert [h.entity_id for h in hits] == ["e2"]
    hits = search(conn, "Almaty bord", entities=["events"])
    assert [h.entity_id for h in hits] == ["e1"]
    assert "border" in hits[0].matched
    hits = search(conn, "Maksutkhan", limit=100)
    assert {h.entity for h in hits} == {"persons", "events"}
    assert hits[0].entity == "persons"
    events = search(conn, "Maksutkhan", entities=["events"])
    assert [h.entity_id for h in events] == ["e1"]
    assert search(conn, "Maksutkhan", entities=["sources"]) == []
    assert search(conn, "Maksutkhan", entities=[]) == []
    assert [h.entity_id for h in search(conn, "Атажұрт")] == ["o1"]
    assert [h.entity_id for h in search(conn, "atajurt", entities=["organisations"])] == ["o1"]
    with pytest.raises(ValueError):
        search(conn, "x", entities=["people"])


def test_limit_and_empty_queries(populated) -> None:
    conn, _ = populated
    assert len(search(conn, "Nurlybayev", limit=3)) == 3
    assert search(conn, "") == []
    assert search(conn, "  ,.;  ") == []
    assert search(conn, "x") == []
    assert search(conn, "Maksutkhan", limit=0) == []
    assert search(conn, '" * ( ) ^ : -') == []
    assert search(conn, '"zzzqqq* ^( :)') == []  # FTS syntax is quoted away
    assert search(conn, "\u200f\x00😀 مرحبا") == []


def test_remove_and_reindex() -> None:
    conn = _connect()
    index_entry(conn, "persons", "a", "c1", "Zhanbolat Zhumabekov", ["Жанболат Жұмабеков"])
    index_entry(conn, "persons", "b", "c1", "Ergali Nurlybayev", ["Ergali Nurlybayev"])
    index_entry(conn, "persons", "c", "c1", "Erbol Nurlybayev", ["Erbol Nurlybayev"])
    assert search(conn, "Жумабеков")[0].entity_id == "a"
    assert conn.execute("SELECT count(*) FROM search_terms WHERE term = 'jumabekov'").fetchone()[0] > 0

    remove_entry(conn, "persons", "a")
    assert search(conn, "Zhumabekov") == []
    assert search(conn, "Zhanbolat") == []
    # Its name left the spelling table too; shared names stay.
    assert conn.execute("SELECT count(*) FROM search_terms WHERE term = 'jumabekov'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM search_terms WHERE term = 'nurlibaev'").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM search_entries").fetchone()[0] == 2
    remove_entry(conn, "persons", "a")  # already gone: no error

    # Re-indexing replaces: the old spelling no longer finds the record.
    index_entry(conn, "persons", "b", "c1", "Yergali Nurlybaiuly", ["Ерғали Нұрлыбайұлы"])
    hits = search(conn, "Ergali")
    assert [h.entity_id for h in hits] == ["b"] and hits[0].label == "Yergali Nurlybaiuly"
    remove_entry(conn, "persons", "c")
    assert search(conn, "Erbol") == []
    # The ending-insensitive family name still finds Ergali.
    assert search(conn, "Nurlybayev")[0].entity_id == "b"
    conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    with pytest.raises(ValueError):
        remove_entry(conn, "people", "a")
    with pytest.raises(ValueError):
        index_entry(conn, "people", "a", None, "x", [])


def test_no_commit_inside() -> None:
    conn = _connect()
    conn.commit()
    index_entry(conn, "persons", "a", None, "Serikzhan Bilash", ["Серікжан Білаш"])
    assert conn.in_transaction
    assert search(conn, "Bilash")
    conn.rollback()
    assert search(conn, "Bilash") == []
