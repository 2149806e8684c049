"""A strict, streaming tar (ustar/pax) writer and reader for packs.

The reader is ours rather than ``tarfile``'s because pack contents are hostile
until the signature and hashes say otherwise: ``tarfile`` reads a pax or GNU
long-name header of any size into memory and (in the 3.11 line) has had
quadratic pax parsing. Here every header is bounded, every member type other
than a regular file is reported (never followed), a name field with bytes
after its NUL terminator is reported as a NUL in the name, and data is handed
out in bounded chunks only.
"""

from __future__ import annotations

import tarfile
from dataclasses import dataclass, field
from typing import Protocol

BLOCK = 512
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)
MAX_PAX_BYTES = 64 * 1024
MAX_LONGNAME_BYTES = 4096
MAX_MEMBER_SIZE = 1 << 50

TYPE_NAMES = {
    b"1": "a hard link",
    b"2": "a symbolic link",
    b"3": "a character device",
    b"4": "a block device",
    b"5": "a directory",
    b"6": "a FIFO (named pipe)",
    b"7": "a contiguous file",
    b"g": "a global pax header",
    b"S": "a sparse file",
    b"V": "a volume label",
    b"M": "a multi-volume continuation",
    b"K": "a GNU long link name",
}


class TarFormatError(Exception):
    """The byte stream is not a well-formed tar archive."""


def file_header(name: str, size: int, mtime: int) -> bytes:
    """A regular-file header; pax extensions only where ustar cannot say it (names > 100 bytes, sizes ≥ 8 GiB)."""
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.type = tarfile.REGTYPE
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict")


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


@dataclass
class TarEntry:
    name: str
    size: int
    kind: str | None  # None for a regular file, else what it is ("a symbolic link", …)
    problems: list[str] = field(default_factory=list)
    offset: int = 0  # of its header in the tar stream


def _octal(field_bytes: bytes, what: str) -> int:
    if field_bytes[:1] and field_bytes[0] & 0x80:  # GNU base-256
        if field_bytes[0] != 0x80:
            raise TarFormatError(f"a member's {what} is negative")
        return int.from_bytes(field_bytes[1:], "big")
    text = field_bytes.split(b"\0", 1)[0].strip(b" ")
    if not text:
        return 0
    if not all(48 <= c <= 55 for c in text):
        raise TarFormatError(f"a member's {what} field is not a number")
    return int(text, 8)


def _field_text(raw: bytes) -> tuple[str, bool]:
    """A NUL-terminated header field: its text, and whether bytes follow the terminator."""
    head, _, tail = raw.partition(b"\0")
    return head.decode("utf-8", "surrogateescape"), bool(tail.strip(b"\0"))


def _parse_pax(data: bytes) -> dict[str, str]:
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if not data[pos:].strip(b"\0"):
            break
        space = data.find(b" ", pos, pos + 20)
        if space < 0 or not data[pos:space].isdigit():
            raise TarFormatError("a pax extended header is malformed")
        length = int(data[pos:space])
        record = data[space + 1 : pos + length]
        if length <= space - pos or pos + length > len(data) or not record.endswith(b"\n") or b"=" not in record:
            raise TarFormatError("a pax extended header is malformed")
        key, _, value = record[:-1].partition(b"=")
        records[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return records


class ViewSource(Protocol):
    def read_view(self, n: int = -1, /) -> memoryview: ...


class TarReader:
    """Reads members one after another from a byte stream; never seeks.

    ``src.read_view(n)`` hands out up to ``n`` bytes without copying (valid until the next call):
    member data goes on as views of the decrypted buffer, and only headers are copied.
    """

    def __init__(self, src: ViewSource) -> None:
        self.src = src
        self.offset = 0
        self._remaining = 0  # data bytes of the current member not yet read
        self._pad = 0
        self.ended = False

    def _read_exact(self, n: int) -> bytes:
        parts, got = [], 0
        while got < n:
            chunk = self.src.read_view(n - got)
            if not chunk:
                raise TarFormatError("the archive ends in the middle of a member (truncated)")
            parts.append(bytes(chunk))
            got += len(chunk)
        self.offset += n
        return b"".join(parts)

    def read_view(self, n: int) -> memoryview:
        """Up to ``n`` bytes of the current member's data (empty at its end); valid until the next read."""
        n = min(n, self._remaining)
        if n <= 0:
            return memoryview(b"")
        chunk = self.src.read_view(n)
        if not chunk:
            raise TarFormatError("the archive ends in the middle of a member (truncated)")
        self._remaining -= len(chunk)
        self.offset += len(chunk)
        return chunk

    def read(self, n: int) -> bytes:
        return bytes(self.read_view(n))

    def skip(self) -> None:
        """Skip the rest of the current member and its padding."""
        while self._remaining:
            self.read_view(min(self._remaining, 1 << 20))
        if self._pad:
            self._read_exact(self._pad)
            self._pad = 0

    def _member_bytes(self, size: int, limit: int, what: str) -> bytes:
        if size > limit:
            raise TarFormatError(f"a {what} is larger than {limit} bytes")
        data = self._read_exact(size)
        self._read_exact(-size % BLOCK)
        return data

    def next(self) -> TarEntry | None:
        """The next member's header, or None at the end of the archive."""
        if self.ended:
            return None
        self.skip()
        pax: dict[str, str] = {}
        long_name: str | None = None
        problems: list[str] = []
        while True:
            start = self.offset
            header = self._read_exact(BLOCK)
            if header == b"\0" * BLOCK:
                self.ended = True
                return None
            stored = _octal(header[148:156], "checksum")
            unsigned = sum(header[:148]) + 8 * 32 + sum(header[156:])
            signed = (
                sum(b - 256 if b > 127 else b for b in header[:148])
                + 8 * 32
                + sum(b - 256 if b > 127 else b for b in header[156:])
            )
            if stored not in (unsigned, signed):
                raise TarFormatError(f"a member header at byte {start} has a bad checksum (damaged or not a tar)")
            if header[257:263] not in (b"ustar\0", b"ustar "):
                raise TarFormatError(f"a member header at byte {start} is not a ustar header")
            typeflag = header[156:157]
            size = _octal(header[124:136], "size")
            if size > MAX_MEMBER_SIZE:
                raise TarFormatError("a member declares an absurd size")
            if typeflag == b"x":
                data = self._member_bytes(size, MAX_PAX_BYTES, "pax extended header")
                pax.update(_parse_pax(data))
                continue
            if typeflag == b"L":
                data = self._member_bytes(size, MAX_LONGNAME_BYTES, "GNU long name")
                long_name, after = _field_text(data)
                if after:
                    problems.append("NUL")
                continue
            break
        name, after_nul = _field_text(header[0:100])
        prefix, prefix_after = _field_text(header[345:500]) if header[257:263] == b"ustar\0" else ("", False)
        if prefix:
            name = f"{prefix}/{name}"
        if after_nul or prefix_after:
            problems.append("NUL")
        if long_name is not None:
            name = long_name
        if "path" in pax:
            name = pax["path"]
        if "size" in pax:
            if not pax["size"].isdigit() or int(pax["size"]) > MAX_MEMBER_SIZE:
                raise TarFormatError("a pax header declares a malformed size")
            size = int(pax["size"])
        if "\0" in name:
            problems.append("NUL")
        kind = None if typeflag in (b"0", b"\0") else TYPE_NAMES.get(typeflag, f"an unknown member type {typeflag!r}")
        # Links, devices, folders and FIFOs carry no data whatever their size field says (as in tar).
        size_on_tape = 0 if typeflag in (b"1", b"2", b"3", b"4", b"5", b"6") else size
        self._remaining, self._pad = size_on_tape, -size_on_tape % BLOCK
        messages = []
        if "NUL" in problems:
            shown = repr(name.replace("\0", "\\0")[:80])
            messages.append(f"the member name {shown} contains a NUL character")
        return TarEntry(name.replace("\0", "\\0") if messages else name, size_on_tape, kind, messages, start)

    def trailing_is_clean(self, limit: int = 1 << 30) -> bool:
        """After the end marker: only zero bytes may follow (record padding)."""
        read = 0
        while read < limit:
            chunk = self.src.read_view(1 << 20)
            if not chunk:
                return True
            if not _all_zero(chunk):
                return False
            read += len(chunk)
        return False


def _all_zero(view: memoryview) -> bool:
    return bytes(len(view)) == view
