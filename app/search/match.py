"""Scoring how well a query or a second name matches a person's name.

Works on the phonetic keys of ``app.names.keys``: every word of both
names becomes a skeleton key, keys are paired up one-to-one (order does not
matter), and each pair gets a similarity:

=========  =====  ==========================================================
kind       sim    when
=========  =====  ==========================================================
exact      1.00   same key (every script and romanisation of the same name)
ending     0.88   same once an ending -ov/-ev/-ova/-eva/-ovich/-uly/-kyzy ...
                  is set aside (0.84 when the rest differs by a small variant)
variant    0.90   differs only by cheap edits (vowel for vowel, t/d, k/g,
           0.85   s/z, b/p, f/v, k/h, a dropped vowel or h, ng/n) within a
                  budget that grows with the word's length: none up to 4
                  letters, one cheap edit for 5-7, two for 8 and more; the
                  first letter must agree on words shorter than 8
typo      0.70    search only: one real letter change on a word of 7+ letters
prefix    0.55+   search only: the query word is the start of the name word
=========  =====  ==========================================================

Anything else scores 0, so "Ergali" never pairs with "Erbol" and
"Nurdangazy" never with "Nursapa".
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import lru_cache

from app.names.keys import name_keys, name_tokens

__all__ = [
    "HALF_TYPED",
    "PARTICLES",
    "SAME_PERSON_THRESHOLD",
    "SUFFIXES",
    "name_score",
    "NameDetail",
    "SameNameReason",
    "same_person_evidence",
    "same_person_reason",
    "score_keys",
    "token_sim",
]

SAME_PERSON_THRESHOLD = 0.6
_STRICT_SIM = 0.84  # a token pair counts for same_person_evidence at or above this

# Patronymic particles written as separate words (Kazakh ұлы/қызы, Kyrgyz
# уулу, Uzbek o'g'li): they carry no identity of their own.
PARTICLES = frozenset({"uli", "ulu", "kizi", "ogli", "ugli"})

# Endings set aside when comparing family names and patronymics (the
# skeletons of -ov, -ova, -ev, -eva, -ovich, -evich, -ovna, -evna, -uly, -kyzy).
SUFFIXES = ("ovich", "evich", "ovna", "evna", "kizi", "ova", "eva", "uli", "ulu", "ov", "ev")

_VOWELS = frozenset("aeiou")
_CHEAP_PAIRS = frozenset(frozenset(p) for p in ("td", "kg", "pb", "sz", "fv", "kh", "hg", "jz"))
_CHEAP = 0.5
_FULL = 2.0
# While typing, the first letter of a two-letter spelling is not yet folded:
# "Baqytz" will become "Baqytzh" (key ...j), "Maksutk" -> "Maksutkh" (...h),
# "...c" -> "...ch".  The other pairs (sh, ts, ng, gh) keep their first key
# letter anyway.
HALF_TYPED = {"z": ("j",), "d": ("j",), "k": ("h", "ch"), "p": ("f",)}


@lru_cache(maxsize=200_000)
def _stem(key: str) -> str:
    for suf in SUFFIXES:
        if key.endswith(suf) and len(key) - len(suf) >= 3:
            return key[: -len(suf)]
    return key


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if (a in _VOWELS and b in _VOWELS) or frozenset((a, b)) in _CHEAP_PAIRS:
        return _CHEAP
    return _FULL


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SUB = {a + b: _sub_cost(a, b) for a in _LETTERS for b in _LETTERS}


def _indel_costs(s: str) -> list[float]:
    """Cost of inserting or deleting each letter of s: vowels, h, and the g
    of ng are cheap."""
    out = []
    prev = ""
    for c in s:
        out.append(_CHEAP if c in _VOWELS or c == "h" or (c == "g" and prev == "n") else _FULL)
        prev = c
    return out


@lru_cache(maxsize=200_000)
def _letter_counts(s: str) -> tuple[int, ...]:
    v = [0] * 26
    for c in s:
        v[ord(c) - 97] += 1
    return tuple(v)


def _lower_bound(a: str, b: str) -> float:
    """A quick lower bound of _wdist: one edit changes the letter counts by
    at most two and costs at least 0.5."""
    diff = sum(map(abs, map(operator.sub, _letter_counts(a), _letter_counts(b))))
    return diff * _CHEAP / 2


@lru_cache(maxsize=500_000)
def _wdist(a: str, b: str, limit: float) -> float:
    """Weighted optimal-string-alignment distance (cheap edits 0.5, others
    2); gives up with a value above ``limit`` as soon as it must exceed it."""
    if _lower_bound(a, b) > limit:
        return limit + _CHEAP
    la, lb = len(a), len(b)
    ca, cb = _indel_costs(a), _indel_costs(b)
    sub = _SUB
    prev2: list[float] = []
    prev = [0.0]
    for j in range(lb):
        prev.append(prev[j] + cb[j])
    for i in range(1, la + 1):
        ai = a[i - 1]
        del_cost = ca[i - 1]
        first = prev[0] + del_cost
        cur = [first]
        row_min = first
        for j in range(1, lb + 1):
            bj = b[j - 1]
            best = prev[j - 1] + (0.0 if ai == bj else sub.get(ai + bj, _FULL))
            d = prev[j] + del_cost
            if d < best:
                best = d
            d = cur[j - 1] + cb[j - 1]
            if d < best:
                best = d
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and ai != bj:
                d = prev2[j - 2] + _FULL
                if d < best:
                    best = d
            cur.append(best)
            if best < row_min:
                row_min = best
        if row_min > limit:
            return row_min
        prev2, prev = prev, cur
    return prev[lb]


def _budget(length: int) -> float:
    if length <= 4:
        return 0.0
    if length <= 7:
        return _CHEAP
    return 2 * _CHEAP


def _ascii_word(key: str) -> bool:
    return key.isascii() and key.isalpha()


@lru_cache(maxsize=500_000)
def token_sim(q: str, t: str, prefix: bool = False) -> tuple[float, str]:
    """Similarity of two keys in [0, 1] and its kind (see module doc)."""
    if q == t:
        return 1.0, "exact"
    if not (_ascii_word(q) and _ascii_word(t)):
        if prefix and t.startswith(q):
            return 0.55 + 0.35 * len(q) / len(t), "prefix"
        return 0.0, ""
    lq, lt = len(q), len(t)
    big = max(lq, lt)
    budget = _budget(big)
    same_first = q[0] == t[0]
    if not same_first and (big < 8 or abs(lq - lt) * _CHEAP > budget):
        # Every kind below but a long variant needs the same first letter
        # (stems keep the first letter).
        return 0.0, ""
    # Every missing letter costs at least 0.5: a length filter before the DP.
    if budget and (big >= 8 or same_first) and abs(lq - lt) * _CHEAP <= budget:
        cost = _wdist(q, t, budget)
        if cost <= budget:
            return 0.95 - 0.1 * cost, "variant"
    sq, st = _stem(q), _stem(t)
    if (sq != q or st != t) and min(len(sq), len(st)) >= 3 and sq[0] == st[0]:
        if sq == st:
            return 0.88, "ending"
        sbudget = _budget(max(len(sq), len(st)))
        if abs(len(sq) - len(st)) * _CHEAP <= sbudget and _wdist(sq, st, sbudget) <= sbudget:
            return 0.84, "ending"
    if not prefix:
        return 0.0, ""
    if lq < lt:
        if t.startswith(q):
            return 0.55 + 0.35 * lq / lt, "prefix"
        if lq >= 3 and any(t.startswith(q[:-1] + c) for c in HALF_TYPED.get(q[-1], ())):
            return 0.55 + 0.35 * lq / lt, "prefix"
        if lq >= 5 and same_first:
            if min(_wdist(q, t[:k], _CHEAP) for k in range(lq - 1, min(lt, lq + 1) + 1)) <= _CHEAP:
                return 0.5 + 0.3 * lq / lt, "prefix"
    typo = _FULL + _CHEAP
    if big >= 7 and same_first and abs(lq - lt) * _CHEAP <= typo and _wdist(q, t, typo) <= typo:
        return 0.7, "typo"
    return 0.0, ""


def _drop_particles(keys: list[str]) -> list[str]:
    kept = [k for k in keys if k not in PARTICLES]
    return kept or keys


def _assign(q: list[str], n: list[str], prefix: bool) -> list[tuple[float, int, int, str]]:
    """Greedy one-to-one pairing of query and name keys, best pairs first."""
    pairs = []
    for i, qk in enumerate(q):
        for j, nk in enumerate(n):
            s, kind = token_sim(qk, nk, prefix)
            if s > 0:
                pairs.append((s, i, j, kind))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_q: set[int] = set()
    used_n: set[int] = set()
    out = []
    for s, i, j, kind in pairs:
        if i in used_q or j in used_n:
            continue
        used_q.add(i)
        used_n.add(j)
        out.append((s, i, j, kind))
    return out


def _plain_score(q: list[str] | tuple[str, ...], n: list[str] | tuple[str, ...], prefix: bool) -> tuple[float, int]:
    """Score and number of paired words."""
    if not q or not n:
        return 0.0, 0
    got = _assign(list(q), list(n), prefix)
    total = sum(p[0] for p in got)
    return total / len(q) * (0.8 + 0.2 * len(got) / len(n)), len(got)


def _merges(keys: tuple[str, ...], other: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Variants of ``keys`` with two adjacent words written as one
    (Nur-Sultan / Nursultan), only where the joined word looks like a word
    of ``other``."""
    out = []
    heads = {o[:3] for o in other if len(o) >= 3}
    for i in range(len(keys) - 1):
        joined = keys[i] + keys[i + 1]
        if joined[:3] in heads:
            out.append(keys[:i] + (joined,) + keys[i + 2 :])
    return out


@lru_cache(maxsize=100_000)
def _score_cached(q: tuple[str, ...], n: tuple[str, ...], prefix: bool) -> float:
    best, paired = _plain_score(q, n, prefix)
    # Only when some word went unpaired can two words written as one help.
    if paired < min(len(q), len(n)) or (paired < max(len(q), len(n)) and best < 0.95):
        for mq in _merges(q, n):
            best = max(best, 0.97 * _plain_score(mq, n, prefix)[0])
        for mn in _merges(n, q):
            best = max(best, 0.97 * _plain_score(q, mn, prefix)[0])
    return min(1.0, best)


def score_keys(q: list[str], n: list[str], prefix: bool = True) -> float:
    """name_score on keys that were already computed."""
    return _score_cached(tuple(_drop_particles(q)), tuple(_drop_particles(n)), prefix)


def name_score(query: str, name: str) -> float:
    """How well ``query`` (typed by a documenter) matches ``name``, in [0, 1].

    Order-independent and script-independent.  A single word or a prefix of
    a word that appears in the name scores high; a word whose distinctive
    part differs (Ergali / Erbol) adds nothing.
    """
    return score_keys(name_keys(query), name_keys(name), prefix=True)


# ---------------------------------------------------------------------------
# Duplicate warning
# ---------------------------------------------------------------------------


def _tokens_no_particles(name: str) -> list[tuple[str, str]]:
    toks = name_tokens(name)
    kept = [t for t in toks if t[1] not in PARTICLES]
    return kept or toks


def _merged_tokens(toks: list[tuple[str, str]], other: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    heads = {k[:3] for _, k in other if len(k) >= 3}
    out = []
    for i in range(len(toks) - 1):
        joined = (toks[i][0] + "-" + toks[i + 1][0], toks[i][1] + toks[i + 1][1])
        if joined[1][:3] in heads:
            out.append(toks[:i] + [joined] + toks[i + 2 :])
    return out


@dataclass(frozen=True)
class NameDetail:
    """One remark on how two names match: ``ending`` / ``variant`` (words ``a`` and ``b`` differ only in
    the ending, or by a small spelling variant), ``one_part`` (only one name part can be compared),
    ``more_parts`` (name ``a`` has more name parts: ``b``)."""

    kind: str
    a: str = ""
    b: str = ""

    def __str__(self) -> str:
        if self.kind == "ending":
            return f"'{self.a}' and '{self.b}' differ only in the ending"
        if self.kind == "variant":
            return f"'{self.a}' and '{self.b}' differ by a small spelling variant"
        if self.kind == "one_part":
            return "but only one name part can be compared"
        return f"'{self.a}' has more name parts ({self.b})"


@dataclass(frozen=True)
class SameNameReason:
    """Why two spellings may name one person: ``how`` they match (``identical``, ``exact`` letter for
    letter after transliteration, ``close`` after transliteration), in a different order or not, and
    remarks. ``str()`` says it in English; the desktop app says it in its own language."""

    how: str
    a: str
    b: str
    reordered: bool = False
    details: tuple[NameDetail, ...] = ()

    def __str__(self) -> str:
        heads = {
            "identical": "are written identically",
            "exact": "match letter for letter after transliteration",
            "close": "match after transliteration",
        }
        head = f"'{self.a}' and '{self.b}' {heads[self.how]}" + (", in a different order" if self.reordered else "")
        return "; ".join([head, *(str(d) for d in self.details)])


def _evidence_pair(
    a: str, ta: list[tuple[str, str]], b: str, tb: list[tuple[str, str]]
) -> tuple[float, SameNameReason] | None:
    ka = [k for _, k in ta]
    kb = [k for _, k in tb]
    got = [p for p in _assign(ka, kb, prefix=False) if p[0] >= _STRICT_SIM]
    shorter = min(len(ka), len(kb))
    if len(got) < shorter:
        return None
    mean = sum(p[0] for p in got) / len(got)
    if shorter == 1:
        # Only one name part to go on: weak evidence, exact keys only.
        if got[0][3] != "exact":
            return None
        score = 0.65
    else:
        score = mean * (0.85 + 0.15 * shorter / max(len(ka), len(kb)))
    details = [
        NameDetail(kind, ta[i][0], tb[j][0])
        for _s, i, j, kind in sorted(got, key=lambda p: p[1])
        if kind in ("ending", "variant")
    ]
    extra_a = [ta[i][0] for i in range(len(ta)) if i not in {p[1] for p in got}]
    extra_b = [tb[j][0] for j in range(len(tb)) if j not in {p[2] for p in got}]
    all_exact = all(p[3] == "exact" for p in got)
    same_order = [p[2] for p in sorted(got, key=lambda p: p[1])] == sorted(p[2] for p in got)
    how = "identical" if a == b else "exact" if all_exact else "close"
    if shorter == 1:
        details.append(NameDetail("one_part"))
    for name, extra in ((a, extra_a), (b, extra_b)):
        if extra:
            details.append(NameDetail("more_parts", name, ", ".join(extra)))
    return round(min(1.0, score), 3), SameNameReason(how, a, b, not same_order, tuple(details))


def same_person_reason(names_a: list[str], names_b: list[str]) -> tuple[float, SameNameReason] | None:
    """As ``same_person_evidence``, with the reason as a value rather than a sentence."""
    best: tuple[float, SameNameReason] | None = None
    for a in names_a:
        ta = _tokens_no_particles(a)
        if not ta:
            continue
        for b in names_b:
            tb = _tokens_no_particles(b)
            if not tb:
                continue
            options = [(ta, tb)]
            options += [(m, tb) for m in _merged_tokens(ta, tb)]
            options += [(ta, m) for m in _merged_tokens(tb, ta)]
            for xa, xb in options:
                ev = _evidence_pair(a, xa, b, xb)
                if ev is not None and (best is None or ev[0] > best[0]):
                    best = ev
    if best is None or best[0] < SAME_PERSON_THRESHOLD:
        return None
    return best


def same_person_evidence(names_a: list[str], names_b: list[str]) -> tuple[float, str] | None:
    """Evidence that two records name the same person, for the duplicate
    warning ("possibly the same as ...").

    Every spelling of one record is compared with every spelling of the
    other; a pair counts only when every word of the shorter name matches a
    word of the longer one (exactly after transliteration, up to an ending
    such as -ov/-uly, or up to a small spelling variant).  Returns
    ``(score, reason)`` for the best pair, or ``None`` below
    ``SAME_PERSON_THRESHOLD``.
    """
    found = same_person_reason(names_a, names_b)
    return (found[0], str(found[1])) if found else None
