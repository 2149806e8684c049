"""Start writing a large new file to disk while it is still being written.

Blobs and packs are fsynced before they count. Left alone, the kernel keeps their pages dirty until
that fsync, which then waits for the whole file (seconds for a gigabyte) and fills the page cache with
ciphertext nobody will read again. Every ``EVERY`` bytes, ``POSIX_FADV_DONTNEED`` over what is already
written starts its writeback without waiting and lets those pages go once they are clean, so the final
fsync has only the tail left. Where the call does not exist (not Linux), nothing changes.
"""

from __future__ import annotations

import os

EVERY = 32 * 1024 * 1024
_ADVISE = getattr(os, "posix_fadvise", None)
_DONTNEED = getattr(os, "POSIX_FADV_DONTNEED", 0)


class EarlyWriteback:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.written = 0
        self._next = EVERY

    def wrote(self, n: int) -> None:
        self.written += n
        if self.written >= self._next and _ADVISE is not None:
            self._next = self.written + EVERY
            try:
                _ADVISE(self.fd, 0, self.written, _DONTNEED)
            except OSError:  # only advice: a file system that refuses it loses nothing
                pass
