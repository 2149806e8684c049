"""Process hardening: no core dumps that could hold keys or case data, no files others can read."""

from __future__ import annotations

import ctypes
import os
import sys


def disable_core_dumps() -> None:
    """Set RLIMIT_CORE to 0 and, on Linux, mark the process non-dumpable."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_DUMPABLE = 4
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def restrict_new_files() -> None:
    """Every file this process creates is readable by the user alone (the database and its journal,
    evidence blobs, packs, exports), whatever the library that creates it; the few files meant to
    be shared (contact cards) are opened up explicitly."""
    os.umask(0o077)


def harden_process() -> None:
    disable_core_dumps()
    restrict_new_files()
