"""One way of asking "does this text contain any of these strings?", for scrubbing and the leak gate.

Text and tokens are compared in ``loose`` form (case, marks, Kazakh letters,
quotes and spacing normalised). Tokens long enough to be distinctive (7 or more
letters and digits) are also found with all spacing removed, which survives a
word broken over two lines or drawn letter by letter. Shorter tokens must
start a word; the shortest must be a whole word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from app.redaction.matcher import MultiMatcher
from app.redaction.textnorm import loose, loose_with_map

LONG = 7


def padded_loose(text: str) -> str:
    return " " + loose(text) + " "


def digit_bounded(hay: str, needle: str, pos: int) -> int:
    """The first occurrence of ``needle`` at or after ``pos`` not inside a longer number, or -1.

    "Abay Ave 12" is not "Abay Ave 123", and "43.25" is not inside "143.25": a
    token that starts or ends with a digit must not touch another digit.
    """
    core = needle.strip(" ")
    head, tail = core[:1].isdigit(), core[-1:].isdigit()
    if not (head or tail):
        return pos
    lead = len(needle) - len(needle.lstrip(" "))
    while pos >= 0:
        a, b = pos + lead, pos + lead + len(core)
        if not (head and a > 0 and hay[a - 1].isdigit()) and not (tail and b < len(hay) and hay[b].isdigit()):
            return pos
        pos = hay.find(needle, pos + 1)
    return -1


class TokenIndex:
    """Many tokens, searched for at once."""

    def __init__(self, tokens: Iterable[str]) -> None:
        self._by_needle: dict[str, list[str]] = {}
        skel: list[str] = []
        word: list[str] = []
        for t in tokens:
            lt = loose(t)
            st = lt.replace(" ", "")
            if not st:
                continue
            if len(st) >= LONG:
                needle = "\x01" + st  # prefix keeps skeleton needles apart from word needles in the map
                skel.append(st)
            elif len(st) >= 4:
                needle = " " + lt
                word.append(needle)
            else:
                needle = " " + lt + " "
                word.append(needle)
            self._by_needle.setdefault(needle, []).append(t)
        # Skeleton needles have 7+ characters, so every fourth position can be sampled.
        self._skel = MultiMatcher(skel, k=4, stride=4)
        self._word = MultiMatcher(word)

    def __bool__(self) -> bool:
        return bool(self._by_needle)

    def find_normalised(self, loose_padded: str, skel: str) -> dict[str, tuple[str, int]]:
        """Tokens found, each with ("loose"|"skeleton", position in that form)."""
        out: dict[str, tuple[str, int]] = {}
        for needle, pos in self._word.find(loose_padded).items():
            pos = digit_bounded(loose_padded, needle.rstrip(" ") if needle.endswith(" ") else needle, pos)
            if pos >= 0:
                for t in self._by_needle.get(needle, ()):
                    out.setdefault(t, ("loose", pos))
        for needle, pos in self._skel.find(skel).items():
            pos = digit_bounded(skel, needle, pos)
            if pos >= 0:
                for t in self._by_needle.get("\x01" + needle, ()):
                    out.setdefault(t, ("skeleton", pos))
        return out

    def find(self, text: str) -> set[str]:
        lp = padded_loose(text)
        return set(self.find_normalised(lp, lp.replace(" ", "")))


def token_spans(
    text: str, tokens: Iterable[str], whole_words: set[str] | frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """(start, end, token) of each occurrence of ``tokens`` in ``text``, compared in loose form.

    A token also occurs without spaces when it is long enough (broken across
    a line or spaced out). Tokens in ``whole_words`` take the rest of the
    word they end in (an inflected ending goes with them).
    """
    lp, back = loose_with_map(text)
    skel: list[tuple[str, list[int]]] = []  # built only if a token needs the no-space form

    def skeleton_form() -> tuple[str, list[int]]:
        if not skel:
            idx = [i for c, i in zip(lp, back) if c != " "]
            skel.append((lp.replace(" ", ""), idx))
        return skel[0]

    out: list[tuple[int, int, str]] = []
    for token in tokens:
        lt = loose(token)
        if not lt:
            continue
        whole = token in whole_words
        needle = " " + lt if whole or len(lt.replace(" ", "")) < LONG else lt
        hits: list[tuple[int, int]] = []
        pos = digit_bounded(lp, needle, lp.find(needle))
        while pos >= 0:
            a = back[pos + 1] if needle.startswith(" ") else back[pos]
            b = back[pos + len(needle) - 1] + 1
            hits.append((a, b))
            pos = digit_bounded(lp, needle, lp.find(needle, pos + 1))
        st = lt.replace(" ", "")
        if not hits and len(st) >= LONG:
            sk, idx = skeleton_form()
            pos = digit_bounded(sk, st, sk.find(st))
            while pos >= 0:
                hits.append((idx[pos], idx[pos + len(st) - 1] + 1))
                pos = digit_bounded(sk, st, sk.find(st, pos + 1))
        for a, b in hits:
            if whole:
                while b < len(text) and (text[b].isalnum() or unicodedata.combining(text[b])):
                    b += 1
            out.append((a, b, token))
    return out
