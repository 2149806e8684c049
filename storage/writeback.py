"""Start writing a large new file to disk while it is still being written.

Blobs and packs are fsynced before they count. Left alone, the kernel keeps their pages dirty until
that fsync, which then waits for the whole file (seconds for a gigabyte). Every ``EVERY`` bytes,
Linux's ``sync_file_range(SYNC_FILE_RANGE_WRITE)`` starts writeback of what is already written without
waiting for it and without dropping it from the page cache, so the final fsync has only the tail left.
(``posix_fadvise(DONTNEED)`` would start writeback too, but it also drops the pages: a pack made just
after an intake would then read its evidence back from the disk.) Elsewhere nothing changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

EVERY = 32 * 1024 * 1024
_SYNC_FILE_RANGE_WRITE = 2


def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]


_START_WRITEBACK = _sync_file_range()


class EarlyWriteback:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.written = 0
        self._next = EVERY

    def wrote(self, n: int) -> None:
        self.written += n
        if self.written >= self._next and _START_WRITEBACK is not None:
            self._next = self.written + EVERY
            _START_WRITEBACK(self.fd, 0, 0, _SYNC_FILE_RANGE_WRITE)  # only a hint: its result changes nothing
