"""The persistent search index, inside the case database.

Layout (see ``DDL``):

``search_index``
    FTS5 table, one row per indexed record.  ``keys`` holds the phonetic
    keys (``app.names.keys.name_keys``) of every text of the record,
    the texts separated by `` | ``; the other columns are stored, not
    indexed.  Prefix indexes for 2 and 3 letters keep search-as-you-type
    fast; ``detail=none`` because nothing needs phrase positions.
    ``secure-delete`` makes a removed record's words leave the index at once
    instead of lingering in old index segments (SQLite 3.44+; SQLCipher as
    shipped with sqlcipher3 0.6 has it).

``search_entries``
    ``(entity, entity_id) -> rowid`` of the FTS row, and the original texts
    (JSON list) to show which spelling matched.

``search_terms``
    Spelling neighbourhood of the keys of person and organisation names:
    each key, its one-letter deletions, its consonant skeleton and its stem
    without -ov/-uly endings, so that a query spelled slightly differently
    still reaches the record through FTS.  Terms no longer used by any
    record are deleted with it.

Search: the query's keys go to FTS5, each OR'ed with its spelling
neighbours from ``search_terms``, in three tiers, each asked only while
fewer than ``limit`` records were found: all query words as whole words;
all query words as prefixes (typing); each word alone.  At most ``_CANDIDATES`` records per tier reach the
re-ranking with ``app.search.match``; FTS5 hands them over in rowid order,
no BM25 sort, which keeps a common name or a two-letter prefix cheap.

Callers own the transaction: nothing here commits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.names.keys import name_keys, name_tokens
from app.names.letters import fold
from app.search.match import HALF_TYPED, PARTICLES, SUFFIXES, score_keys, token_sim

__all__ = ["DDL", "ENTITIES", "NAME_ENTITIES", "Hit", "index_entry", "remove_entry", "search"]

ENTITIES = ("persons", "organisations", "events", "evidence", "sources", "communications")
# Records whose texts are names of someone: matched with name_score and
# given spelling neighbours.  The others get plain word/prefix matching.
NAME_ENTITIES = frozenset({"persons", "organisations"})

DDL: list[str] = [
    """CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    texts TEXT NOT NULL,
    UNIQUE (entity, entity_id)
)""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
    entity UNINDEXED,
    entity_id UNINDEXED,
    case_id UNINDEXED,
    label UNINDEXED,
    keys,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3',
    detail = none
)""",
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    """CREATE TABLE search_terms (
    variant TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (variant, term)
) WITHOUT ROWID""",
    "CREATE INDEX search_terms_by_term ON search_terms (term)",
]

_SEP = " | "
_CANDIDATES = 120  # per tier of records matching all query words
_OR_CANDIDATES = 40  # per query word, for records matching only some words
_MAX_WORDS = 12  # query words sent to FTS5 (a pasted paragraph is cut here)
_MIN_SCORE = 0.3
_PLAIN_FACTOR = 0.8  # a person's own record ranks above texts that mention the name
_EXCERPT = 120


@dataclass(frozen=True)
class Hit:
    entity: str
    entity_id: str
    case_id: str | None
    label: str
    score: float
    matched: str


# ---------------------------------------------------------------------------
# Spelling neighbourhood
# ---------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")


def _variants(key: str) -> set[str]:
    """Keys within one cheap edit share at least one of these strings."""
    out = {key}
    if not (key.isascii() and key.isalpha()) or len(key) < 4:
        return out
    for i in range(len(key)):
        out.add(key[:i] + key[i + 1 :])
    consonants = "".join(c for c in key if c not in _VOWELS)
    if len(consonants) >= 3:
        out.add("#" + consonants)
    # Stem without -ov/-uly/... and its one-letter deletions, so that
    # Nurlybayev reaches Nurlybaiuly.
    stem = key
    for suf in SUFFIXES:
        if key.endswith(suf) and len(key) - len(suf) >= 3:
            stem = key[: -len(suf)]
            break
    out.add("=" + stem)
    if len(stem) >= 4:
        out.update("=" + stem[:i] + stem[i + 1 :] for i in range(len(stem)))
    return out


def _fts_term(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _term_present(conn: Any, term: str) -> bool:
    row = conn.execute("SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1", (_fts_term(term),)).fetchone()
    return row is not None


def _add_terms(conn: Any, terms: set[str]) -> None:
    for term in terms:
        if conn.execute("SELECT 1 FROM search_terms WHERE term = ? LIMIT 1", (term,)).fetchone():
            continue
        conn.executemany(
            "INSERT OR IGNORE INTO search_terms (variant, term) VALUES (?, ?)",
            [(v, term) for v in _variants(term)],
        )


def _prune_terms(conn: Any, terms: set[str]) -> None:
    for term in terms:
        if not _term_present(conn, term):
            conn.execute("DELETE FROM search_terms WHERE term = ?", (term,))


def _key_terms(keys: str) -> set[str]:
    return {t for t in keys.split() if t != "|"}


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _check_entity(entity: str) -> None:
    if entity not in ENTITIES:
        raise ValueError(f"unknown entity {entity!r}; expected one of {', '.join(ENTITIES)}")


def _drop_row(conn: Any, entity: str, entity_id: str) -> tuple[int, set[str]] | None:
    row = conn.execute(
        "SELECT id FROM search_entries WHERE entity = ? AND entity_id = ?", (entity, entity_id)
    ).fetchone()
    if row is None:
        return None
    rowid = row[0]
    old = conn.execute("SELECT keys FROM search_index WHERE rowid = ?", (rowid,)).fetchone()
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    return rowid, (_key_terms(old[0]) if old else set())


def index_entry(conn: Any, entity: str, entity_id: str, case_id: str | None, label: str, texts: list[str]) -> None:
    """Index (or re-index) one record.

    ``label`` is what a result shows; it is matched too.  ``texts`` are all
    names, other spellings and other text to match.  Replaces whatever was
    indexed for ``(entity, entity_id)`` before.
    """
    _check_entity(entity)
    all_texts: list[str] = []
    for t in [label, *texts]:
        if t and t.strip() and t not in all_texts:
            all_texts.append(t)
    keys = _SEP.join(" ".join(name_keys(t)) for t in all_texts)
    dropped = _drop_row(conn, entity, entity_id)
    texts_json = json.dumps(all_texts, ensure_ascii=False)
    if dropped is None:
        cur = conn.execute(
            "INSERT INTO search_entries (entity, entity_id, texts) VALUES (?, ?, ?)",
            (entity, entity_id, texts_json),
        )
        rowid = cur.lastrowid
        old_terms: set[str] = set()
    else:
        rowid, old_terms = dropped
        conn.execute("UPDATE search_entries SET texts = ? WHERE id = ?", (texts_json, rowid))
    conn.execute(
        "INSERT INTO search_index (rowid, entity, entity_id, case_id, label, keys) VALUES (?, ?, ?, ?, ?, ?)",
        (rowid, entity, entity_id, case_id, label, keys),
    )
    new_terms = _key_terms(keys)
    if entity in NAME_ENTITIES:
        _add_terms(conn, new_terms)
    if old_terms - new_terms:
        _prune_terms(conn, old_terms - new_terms)


def remove_entry(conn: Any, entity: str, entity_id: str) -> None:
    """Remove one record from the index (no error if it was not there)."""
    _check_entity(entity)
    dropped = _drop_row(conn, entity, entity_id)
    if dropped is None:
        return
    rowid, old_terms = dropped
    conn.execute("DELETE FROM search_entries WHERE id = ?", (rowid,))
    _prune_terms(conn, old_terms)


# ---------------------------------------------------------------------------
# Searching
# ---------------------------------------------------------------------------


def _neighbours(conn: Any, tokens: list[str]) -> dict[str, set[str]]:
    """Indexed name keys that match each query key up to a small variant."""
    wanted: dict[str, set[str]] = {}
    for tok in tokens:
        if len(tok) >= 4 and tok.isascii() and tok.isalpha():
            for v in _variants(tok):
                wanted.setdefault(v, set()).add(tok)
    out: dict[str, set[str]] = {t: set() for t in tokens}
    if not wanted:
        return out
    variants = list(wanted)
    rows: list[tuple[str, str]] = []
    for start in range(0, len(variants), 500):
        chunk = variants[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(f"SELECT variant, term FROM search_terms WHERE variant IN ({marks})", chunk).fetchall()
    for variant, term in rows:
        for tok in wanted[variant]:
            if term != tok and term not in out[tok] and token_sim(tok, term, True)[0] >= 0.7:
                out[tok].add(term)
    return out


def _group(tok: str, neighbours: set[str], prefix: bool) -> str:
    alts = [_fts_term(tok) + ("*" if prefix else "")]
    if prefix and len(tok) >= 3:
        alts += [_fts_term(tok[:-1] + c) + "*" for c in HALF_TYPED.get(tok[-1], ())]
    alts += [_fts_term(n) for n in sorted(neighbours)]
    return "(" + " OR ".join(alts) + ")"


def _plain_score(q: list[str], words: list[str]) -> tuple[float, int]:
    """Word / prefix matching for non-name text; returns the score and the
    position of the first matched word."""
    if not q or not words:
        return 0.0, -1
    wordset = set(words)
    total = 0.0
    first = -1
    for tok in q:
        if tok in wordset:
            total += 1.0
            pos = words.index(tok)
        else:
            pos = next((i for i, w in enumerate(words) if w.startswith(tok)), -1)
            if pos < 0:
                continue
            total += 0.55 + 0.35 * len(tok) / len(words[pos])
        if first < 0 or pos < first:
            first = pos
    return total / len(q), first


def _excerpt(text: str, word_index: int) -> str:
    """The part of a long text around its ``word_index``-th word."""
    if len(text) <= _EXCERPT:
        return text
    at = 0
    toks = name_tokens(text)
    if 0 <= word_index < len(toks):
        for i, (raw, _key) in enumerate(toks[: word_index + 1]):
            found = text.find(raw, at)
            if found < 0:  # normalisation changed the word: give the start
                at = 0
                break
            at = found if i == word_index else found + len(raw)
    start = max(0, at - _EXCERPT // 3)
    end = min(len(text), start + _EXCERPT)
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _overlap(query_words: set[str], texts: list[str], i: int) -> int:
    return len(query_words & set(fold(texts[i]).split())) if i < len(texts) else -1


def _run(conn: Any, expr: str, entities: list[str] | None, limit: int) -> list[tuple]:
    sql = "SELECT rowid, entity, entity_id, case_id, label, keys FROM search_index WHERE search_index MATCH ?"
    params: list[Any] = [expr]
    if entities is not None:
        sql += " AND entity IN (" + ",".join("?" * len(entities)) + ")"
        params += entities
    sql += " LIMIT ?"
    params.append(limit)
    return conn.execute(sql, params).fetchall()


def search(conn: Any, query: str, limit: int = 20, entities: list[str] | None = None) -> list[Hit]:
    """Find records whose names or text match ``query``, best first.

    Names match across scripts and romanisations, in any order, by prefix
    while typing, and up to small spelling variants.  ``entities`` limits
    the result to those record kinds.
    """
    if limit <= 0:
        return []
    if entities is not None:
        for e in entities:
            _check_entity(e)
        if not entities:
            return []
    q_all = name_keys(query)
    q = [k for k in q_all if k not in PARTICLES] or q_all
    # One-letter Latin words carry too little to search on (an initial).
    fts_tokens = [t for t in dict.fromkeys(q) if len(t) > 1 or not t.isascii()][:_MAX_WORDS]
    if not fts_tokens:
        return []
    neighbours = _neighbours(conn, fts_tokens)
    rows: list[tuple] = []
    seen: set[int] = set()

    def add(expr: str, n: int) -> None:
        for r in _run(conn, expr, entities, n):
            if r[0] not in seen:
                seen.add(r[0])
                rows.append(r)

    # Tier 1: every query word, as a whole word or a spelling neighbour.
    add(" AND ".join(_group(t, neighbours[t], False) for t in fts_tokens), _CANDIDATES)
    # Tier 2: every query word, possibly still being typed (prefix).
    prefix_groups = [_group(t, neighbours[t], True) for t in fts_tokens]
    if len(rows) < limit:
        add(" AND ".join(prefix_groups), _CANDIDATES)
    # Tier 3: records that match only some of the words.
    if len(rows) < limit and len(fts_tokens) > 1:
        for t, g in zip(fts_tokens, prefix_groups):
            if len(t) >= 3 or not t.isascii():
                add(g, _OR_CANDIDATES)
    if not rows:
        return []
    scored = []
    for rowid, entity, entity_id, case_id, label, keys in rows:
        best = 0.0
        ties: list[tuple[int, int]] = []  # (text index, position of first matched word)
        for i, kt in enumerate(keys.split(_SEP)):
            words = kt.split()
            if entity in NAME_ENTITIES:
                sc, pos = score_keys(q, words, prefix=True), -1
            else:
                sc, pos = _plain_score(q, words)
                sc *= _PLAIN_FACTOR
            if sc > best:
                best, ties = sc, [(i, pos)]
            elif sc == best and sc > 0:
                ties.append((i, pos))
        if best >= _MIN_SCORE:
            scored.append((round(best, 4), label, entity, entity_id, rowid, case_id, ties))
    scored.sort(key=lambda x: (-x[0], x[1], x[2], x[3]))
    scored = scored[:limit]
    texts_by_id: dict[int, list[str]] = {}
    ids = [x[4] for x in scored]
    if ids:
        marks = ",".join("?" * len(ids))
        for rid, texts in conn.execute(f"SELECT id, texts FROM search_entries WHERE id IN ({marks})", ids):
            texts_by_id[rid] = json.loads(texts)
    query_words = set(fold(query).split())
    hits: list[Hit] = []
    for score, label, entity, entity_id, rowid, case_id, ties in scored:
        texts = texts_by_id.get(rowid, [])
        i, pos = ties[0]
        if len(ties) > 1:
            # Several spellings match equally: show the one written most
            # like the query (same script).
            i, pos = max(ties, key=lambda t: _overlap(query_words, texts, t[0]))
        text = texts[i] if i < len(texts) else label
        matched = text if entity in NAME_ENTITIES else _excerpt(text, pos)
        hits.append(Hit(entity, entity_id, case_id, label, score, matched))
    return hits
