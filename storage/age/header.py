"""The age v1 header: version line, recipient stanzas, MAC (C2SP age, "Header").

Parsing is strict, as the specification asks: canonical base64 without padding,
stanza bodies wrapped at exactly 64 columns and ending with a shorter line,
arguments of visible ASCII, one MAC line of exactly 43 characters. Anything
else is an ``AgeHeaderError``; nothing is guessed or repaired.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from storage.age.errors import AgeHeaderError
from storage.age.kdf import hkdf_sha256

VERSION_LINE = b"age-encryption.org/v1"
_VERSION_PREFIX = b"age-encryption.org/"
_B64_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
COLUMNS = 64
MAC_CHARS = 43


def b64encode(data: bytes) -> bytes:
    """Standard base64 without padding (canonical by construction)."""
    return base64.b64encode(data).rstrip(b"=")


def b64decode(text: bytes, what: str) -> bytes:
    """Decode canonical unpadded base64; anything else is a header error."""
    if not _B64_ALPHABET.issuperset(text) or len(text) % 4 == 1:
        raise AgeHeaderError(f"the age header's {what} is not valid base64")
    data = base64.b64decode(text + b"=" * (-len(text) % 4))
    if b64encode(data) != text:  # stray bits in the last character: not the one canonical encoding
        raise AgeHeaderError(f"the age header's {what} is not canonical base64")
    return data


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its type (the first argument), further arguments and its body."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        text = b64encode(self.body)
        lines = [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
        if not lines or len(lines[-1]) == COLUMNS:
            lines.append(b"")  # the body always ends with a line shorter than 64 columns
        arg_line = b"-> " + " ".join((self.type, *self.args)).encode("ascii") + b"\n"
        return arg_line + b"".join(line + b"\n" for line in lines)


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac_input: bytes  # the header up to and including "---"
    mac: bytes
    length: int  # bytes, including the MAC line's line feed

    def digest(self) -> str:
        """SHA-256 of the header's bytes as found (the whole header, MAC line included)."""
        return hashlib.sha256(self.mac_input + b" " + b64encode(self.mac) + b"\n").hexdigest()


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.new(hkdf_sha256(file_key, b"", b"header"), mac_input, hashlib.sha256).digest()


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    mac_input = VERSION_LINE + b"\n" + b"".join(s.encode() for s in stanzas) + b"---"
    return mac_input + b" " + b64encode(header_mac(file_key, mac_input)) + b"\n"


def header_end(buf: bytes | bytearray, limit: int) -> int:
    """Offset just past the header's MAC line within ``buf[:limit]``, or -1 if it is not there yet."""
    mark = 0 if buf.startswith(b"---") else buf.find(b"\n---", 0, limit)
    if mark < 0:
        return -1
    end = buf.find(b"\n", mark + 1, limit)
    return -1 if end < 0 else end + 1


def _argument_ok(arg: bytes) -> bool:
    return bool(arg) and all(0x21 <= c <= 0x7E for c in arg)


def parse_header(data: bytes) -> Header:
    """Parse a complete header (``data`` ends with the MAC line's line feed)."""
    lines = data.split(b"\n")[:-1]
    if not lines or lines[0] != VERSION_LINE:
        if lines and lines[0].startswith(_VERSION_PREFIX):
            raise AgeHeaderError("the file uses an age version this program does not know")
        raise AgeHeaderError("the file does not start with an age header")
    stanzas: list[Stanza] = []
    i = 1
    while True:
        if i >= len(lines):
            raise AgeHeaderError("the age header ends without its MAC line")
        line = lines[i]
        if line.startswith(b"---"):
            break
        if not line.startswith(b"-> "):
            raise AgeHeaderError("the age header has a line that is neither a stanza nor its MAC")
        args = line[3:].split(b" ")
        if not all(_argument_ok(a) for a in args):
            raise AgeHeaderError("a stanza in the age header has an empty or invalid argument")
        i += 1
        body_lines: list[bytes] = []
        while True:
            if i >= len(lines):
                raise AgeHeaderError("a stanza in the age header has no final body line")
            body_line = lines[i]
            i += 1
            if len(body_line) > COLUMNS or not _B64_ALPHABET.issuperset(body_line):
                raise AgeHeaderError("a stanza in the age header has a malformed body")
            body_lines.append(body_line)
            if len(body_line) < COLUMNS:
                break
        body = b64decode(b"".join(body_lines), "stanza body")
        names = [a.decode("ascii") for a in args]
        stanzas.append(Stanza(names[0], tuple(names[1:]), body))
    mac_line = lines[i]
    if i != len(lines) - 1 or len(mac_line) != 4 + MAC_CHARS or not mac_line.startswith(b"--- "):
        raise AgeHeaderError("the age header's MAC line is malformed")
    if not stanzas:
        raise AgeHeaderError("the age header has no recipient stanza")
    mac = b64decode(mac_line[4:], "MAC")
    mac_input = data[: len(data) - len(mac_line) - 1 + 3]
    return Header(tuple(stanzas), mac_input, mac, len(data))
