"""Find which of many needles occur in a haystack, in one pass.

A case can have thousands of redacted strings (every spelling of every name,
every coordinate in several notations) and a report megabytes of text. Testing
each needle with ``in``, or one regex alternation of all of them, is quadratic
in practice (measured: 5,000 needles over 3 MB took 6 s and 37 s). Here the
haystack is sampled every ``STRIDE`` characters and each sample of ``K``
characters is looked up in a dictionary built from the needles, so the cost is
one pass over the haystack whatever the number of needles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T", str, bytes)

# Defaults for text; raw bytes (UTF-8 Cyrillic is two bytes a letter) need longer samples.
K = 4
STRIDE = 2


class MultiMatcher(Generic[T]):
    """Reports every needle that occurs in a haystack, with the first position."""

    def __init__(self, needles: Iterable[T], k: int = K, stride: int = STRIDE) -> None:
        self._k = k
        self._stride = stride
        self._index: dict[T, list[tuple[int, T]]] = {}
        self._short: list[T] = []
        for n in set(needles):
            if not n:
                continue
            if len(n) < k + stride - 1:
                self._short.append(n)
                continue
            # Any occurrence covers a sampled position at one of these offsets.
            for off in range(stride):
                self._index.setdefault(n[off : off + k], []).append((off, n))

    def __bool__(self) -> bool:
        return bool(self._index or self._short)

    def find(self, hay: T) -> dict[T, int]:
        found: dict[T, int] = {}
        index = self._index
        k = self._k
        if index:
            get = index.get
            for i in range(0, len(hay) - k + 1, self._stride):
                hits = get(hay[i : i + k])
                if hits is None:
                    continue
                for off, n in hits:
                    start = i - off
                    if start >= 0 and n not in found and hay.startswith(n, start):
                        found[n] = start
        for n in self._short:
            pos = hay.find(n)
            if pos >= 0:
                found[n] = pos
        return found
