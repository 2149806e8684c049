"""Member names a pack may hold.

A pack is opened by Casefile and by a partner's ``tar x``, on Linux, macOS or
Windows. Names that climb out of the folder (``../``, absolute paths), that
carry NUL or control bytes, that exceed what file systems accept, or that two
file systems could map to one file (``A`` and ``a``, look-alike letters) are
refused. Casefile writes only short ASCII names, so anything outside
``[A-Za-z0-9._-/]`` is refused too: that closes look-alike (confusable) tricks
without a confusables table.
"""

from __future__ import annotations

import string
import unicodedata

MAX_NAME_BYTES = 255
MAX_COMPONENT_BYTES = 100
_SAFE = frozenset(string.ascii_letters + string.digits + "._-/")


def name_problems(name: str) -> list[str]:
    """Every reason ``name`` is unsafe, in plain words (empty when it is fine)."""
    shown = repr(name[:80] + ("…" if len(name) > 80 else ""))
    problems: list[str] = []
    if "\0" in name:
        problems.append(f"the member name {shown} contains a NUL character")
    if any(unicodedata.category(ch) == "Cc" for ch in name.replace("\0", "")):
        problems.append(f"the member name {shown} contains control characters")
    if len(name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        problems.append(f"the member name {shown} is longer than {MAX_NAME_BYTES} bytes ({len(name)} characters)")
    if not name:
        problems.append("a member has an empty name")
        return problems
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        problems.append(f"the member name {shown} is an absolute path")
    parts = name.replace("\\", "/").split("/")
    if any(p == ".." for p in parts):
        problems.append(f"the member name {shown} climbs out of the folder (..)")
    elif any(p in ("", ".") for p in parts[1:] if not name.startswith("/")) or parts[0] == ".":
        problems.append(f"the member name {shown} has empty or '.' path parts")
    if any(len(p.encode("utf-8", "surrogateescape")) > MAX_COMPONENT_BYTES for p in parts):
        problems.append(f"a part of the member name {shown} is longer than {MAX_COMPONENT_BYTES} bytes")
    if not problems and not set(name) <= _SAFE:
        problems.append(
            f"the member name {shown} uses characters outside A–Z, a–z, 0–9, '.', '_', '-', '/'"
            " (possible look-alike name)"
        )
    return problems


def collision_key(name: str) -> str:
    """Two names with the same key would be one file on a case-insensitive or normalising file system."""
    return unicodedata.normalize("NFKC", name).casefold()
