"""Read back every string a PDF's pages draw, through each font's ToUnicode map.

The leak gate cannot trust a byte search: reportlab draws Cyrillic through
subset fonts whose codes are small integers, so "Мақсұтхан" is never in the
file as such. This reader walks each page's content streams (and the form
XObjects they use), tracks the current font, and decodes every string operand
with that font's ToUnicode CMap (or its simple encoding). It also keeps each
string's raw decodings (Latin-1, UTF-16 with a byte-order mark, UTF-8), every
name, every comment and inline image data, so text hidden outside the
text-showing operators is searched too.

It is written for speed (one regex pass per stream; a 500-page report reads in
a fraction of a second) and fails closed: text in a font it cannot map makes
the page "unreadable", which the gate treats as a leak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

# Every alternative starts with a literal byte, so the regex engine can skip
# straight to candidate positions (operators and numbers are most of a stream).
_D = rb"\s/\[\]()<>{}%"
_TOKENS = re.compile(
    rb"\((?P<lit>(?:[^()\\]++|\\.|\((?:[^()\\]++|\\.|\((?:[^()\\]++|\\.)*+\))*+\))*+)\)"
    rb"|\((?P<open>)"
    rb"|<(?P<hex>[0-9A-Fa-f\s]*)>"
    rb"|/(?P<tf>[^" + _D + rb"]+)\s+[-+]?[\d.]+\s+Tf(?![^" + _D + rb"])"
    rb"|/(?P<do>[^" + _D + rb"]+)\s+Do(?![^" + _D + rb"])"
    rb"|/(?P<name>[^" + _D + rb"]*)"
    rb"|%(?P<com>[^\r\n]*)"
    rb"|B(?<![^" + _D + rb"]B)(?P<bi>I(?![^" + _D + rb"]).*?(?<![^" + _D + rb"])EI(?![^" + _D + rb"]))"
    rb"|q(?<![^" + _D + rb"]q)(?P<q>)(?![^" + _D + rb"])"
    rb"|Q(?<![^" + _D + rb"]Q)(?P<Q>)(?![^" + _D + rb"])"
    rb"|\[(?P<lb>)"
    rb"|\](?P<rb>)",
    re.S,
)
_ESC = re.compile(rb"\\(\r\n|[\r\n]|[0-7]{1,3}|.)", re.S)
_ESC_MAP = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
MAX_DEPTH = 8  # nested form XObjects


def _unescape(body: bytes) -> bytes:
    def repl(m: re.Match[bytes]) -> bytes:
        g = m.group(1)
        if g in (b"\r\n", b"\r", b"\n"):
            return b""
        if g[:1].isdigit() and g[:1] in b"01234567":
            return bytes([int(g, 8) & 0xFF])
        return _ESC_MAP.get(g, g)

    return _ESC.sub(repl, body) if b"\\" in body else body


def _balanced(data: bytes, start: int) -> tuple[bytes, int]:
    """A literal string with deep unescaped nesting, parsed by hand: (body, end)."""
    depth = 0
    i = start
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return data[start + 1 : i], i + 1
        i += 1
    return data[start + 1 :], n


# --- fonts -------------------------------------------------------------------

_AGL = {
    "space": " ", "exclam": "!", "quotedbl": '"', "numbersign": "#", "dollar": "$", "percent": "%",
    "ampersand": "&", "quotesingle": "'", "parenleft": "(", "parenright": ")", "asterisk": "*", "plus": "+",
    "comma": ",", "hyphen": "-", "period": ".", "slash": "/", "zero": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "colon": ":",
    "semicolon": ";", "less": "<", "equal": "=", "greater": ">", "question": "?", "at": "@",
    "bracketleft": "[", "backslash": "\\", "bracketright": "]", "underscore": "_", "quoteright": "’",
    "quoteleft": "‘", "degree": "°", "minus": "−", "endash": "–", "emdash": "—",
}  # fmt: skip


def _glyph_char(name: str) -> str | None:
    if len(name) == 1:
        return name
    if name in _AGL:
        return _AGL[name]
    m = re.fullmatch(r"uni([0-9A-Fa-f]{4})+", name)
    if m:
        return "".join(chr(int(name[i : i + 4], 16)) for i in range(3, len(name), 4))
    m = re.fullmatch(r"u([0-9A-Fa-f]{4,6})", name)
    if m:
        return chr(int(m.group(1), 16))
    m = re.fullmatch(r"afii(100(1[7-9]|[2-9]\d))", name)  # Cyrillic letters in the Adobe glyph list
    if m:
        n = int(m.group(1))
        if 10017 <= n <= 10049:
            return chr(0x0410 + n - 10017) if n != 10023 else "Ё"
        if 10065 <= n <= 10097:
            return chr(0x0430 + n - 10065) if n != 10071 else "ё"
    return None


def _parse_cmap(data: bytes) -> tuple[dict[int, str], int]:
    """(code -> text, code width in bytes) from a ToUnicode CMap."""
    table: dict[int, str] = {}
    width = 1
    for block in re.findall(rb"begincodespacerange(.*?)endcodespacerange", data, re.S):
        for lo in re.findall(rb"<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>", block):
            width = max(width, (len(lo) + 1) // 2)

    def text(hexdst: bytes) -> str:
        raw = bytes.fromhex(hexdst.decode("ascii") + ("0" if len(hexdst) % 2 else ""))
        return raw.decode("utf-16-be", "replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            table[int(src, 16)] = text(dst).replace("\x00", "")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for m in re.finditer(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])", block, re.S):
            lo, hi = int(m.group(1), 16), int(m.group(2), 16)
            if hi < lo or hi - lo > 0xFFFF:
                continue
            if m.group(3) is not None:
                base = text(m.group(3))
                for k in range(hi - lo + 1):
                    table[lo + k] = (base[:-1] + chr(ord(base[-1]) + k)) if base else ""
            else:
                for k, dst in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", m.group(4))):
                    if lo + k <= hi:
                        table[lo + k] = text(dst)
    return table, width


class FontMap:
    """Decodes a font's string operands to Unicode, or says it cannot."""

    def __init__(self, font: Any) -> None:
        self.width = 1
        self.readable = True
        self.trans: dict[int, str] = {}
        self._table: list[str] | None = None
        font = font.get_object() if font is not None else None
        if not isinstance(font, DictionaryObject):
            self.readable = False
            return
        to_unicode = font.get("/ToUnicode")
        if to_unicode is not None:
            try:
                self.trans, self.width = _parse_cmap(to_unicode.get_object().get_data())
                return
            except Exception:  # noqa: BLE001 - an unreadable map means unreadable text
                self.readable = False
                return
        if font.get("/Subtype") in ("/Type0", "/CIDFontType0", "/CIDFontType2"):
            self.readable = False  # CIDs are glyph numbers: nothing says which letters they are
            return
        if re.match(r"/[A-Z]{6}\+", str(font.get("/BaseFont", ""))):
            self.readable = False  # a subset assigns its own codes; without ToUnicode they mean nothing
            return
        enc = font.get("/Encoding")
        enc = enc.get_object() if enc is not None else None
        base, differences = "latin-1", None
        if isinstance(enc, NameObject):
            base = {"/WinAnsiEncoding": "cp1252", "/MacRomanEncoding": "mac_roman"}.get(enc, "latin-1")
        elif isinstance(enc, DictionaryObject):
            base = {"/WinAnsiEncoding": "cp1252", "/MacRomanEncoding": "mac_roman"}.get(
                str(enc.get("/BaseEncoding")), "latin-1"
            )
            differences = enc.get("/Differences")
        self.trans = {c: bytes([c]).decode(base, "replace") for c in range(256)}
        self._table = None
        if isinstance(differences, ArrayObject):
            code = 0
            for item in differences:
                item = item.get_object()
                if isinstance(item, NameObject):
                    ch = _glyph_char(str(item)[1:])
                    if ch is None:
                        self.readable = False
                    else:
                        self.trans[code] = ch
                    code += 1
                else:
                    try:
                        code = int(item)
                    except (TypeError, ValueError):
                        self.readable = False

    def decode(self, data: bytes) -> str:
        if self.width == 2:
            if len(data) % 2:
                data += b"\x00"
            text = data.decode("utf-16-be", "surrogatepass")
            out = []
            for ch in text:
                mapped = self.trans.get(ord(ch))
                if mapped is None:
                    self.readable = False
                else:
                    out.append(mapped)
            return "".join(out)
        if self._table is None:
            # A list indexed by code is the fastest mapping str.translate accepts.
            self._table = [self.trans.get(c, chr(c)) for c in range(256)]
        return data.decode("latin-1").translate(self._table).replace("\x00", "")


# --- pages -------------------------------------------------------------------


@dataclass
class PageContent:
    text: list[str] = field(default_factory=list)  # what the fonts say the page shows
    raw: list[str] = field(default_factory=list)  # every string, name and comment decoded without the fonts
    unreadable: bool = False
    streams: set[int] = field(default_factory=set)  # content and form streams read
    images: set[int] = field(default_factory=set)  # image XObjects used


def _raw_decodings(b: bytes) -> list[str]:
    out = [b.decode("latin-1")]
    if b[:2] in (b"\xfe\xff", b"\xff\xfe"):
        out.append(b.decode("utf-16", "replace"))
    elif not b.isascii():
        try:
            out.append(b.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return out


def _resources(page: Any) -> Any:
    node = page
    for _ in range(32):
        res = node.get("/Resources")
        if res is not None:
            return res.get_object()
        parent = node.get("/Parent")
        if parent is None:
            return None
        node = parent.get_object()
    return None


def _objnum(obj: Any) -> int | None:
    ref = getattr(obj, "indirect_reference", None)
    return ref.idnum if ref is not None else None


class _Scanner:
    def __init__(self, page: PageContent, font_cache: dict[int, FontMap]) -> None:
        self.page = page
        self.font_cache = font_cache
        self.by_name: dict[tuple[int, bytes], FontMap | None] = {}

    def font(self, resources: Any, name: bytes) -> FontMap | None:
        key = (id(resources), name)
        if key not in self.by_name:
            self.by_name[key] = self._font(resources, name)
        return self.by_name[key]

    def _font(self, resources: Any, name: bytes) -> FontMap | None:
        fonts = resources.get("/Font") if isinstance(resources, DictionaryObject) else None
        fonts = fonts.get_object() if fonts is not None else None
        if not isinstance(fonts, DictionaryObject):
            return None
        key = "/" + _NAME_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), name).decode("latin-1")
        ref = fonts.raw_get(key) if key in fonts else None
        if ref is None:
            return None
        cache_key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
        fm = self.font_cache.get(cache_key)
        if fm is None:
            fm = self.font_cache[cache_key] = FontMap(ref)
        return fm

    def scan(self, data: bytes, resources: Any, depth: int, seen: set[int]) -> None:
        page = self.page
        font: FontMap | None = None
        stack: list[FontMap | None] = []
        array: list[str] | None = None
        names_seen: set[bytes] = set()
        pos = 0
        search = _TOKENS.search
        while True:
            m = search(data, pos)
            if m is None:
                break
            pos = m.end()
            kind = m.lastgroup
            if kind in ("lit", "open", "hex"):
                if kind == "lit":
                    body = _unescape(m.group("lit"))
                elif kind == "open":
                    raw, pos = _balanced(data, m.start())
                    body = _unescape(raw)
                else:
                    digits = re.sub(rb"\s", b"", m.group("hex"))
                    body = bytes.fromhex((digits + (b"0" if len(digits) % 2 else b"")).decode("ascii"))
                if font is None:
                    shown = body.decode("latin-1")
                else:
                    shown = font.decode(body)
                    if not font.readable:
                        page.unreadable = True
                if array is not None:
                    array.append(shown)
                else:
                    page.text.append(shown)
                for alt in _raw_decodings(body):
                    if alt != shown:  # plain ASCII in a subset font decodes the same both ways
                        page.raw.append(alt)
            elif kind == "tf":
                font = self.font(resources, m.group("tf"))
                if font is None:
                    page.unreadable = True
            elif kind == "do":
                self.xobject(resources, m.group("do"), depth, seen)
            elif kind == "name":
                name = m.group("name")
                if name not in names_seen:  # font and image names repeat thousands of times
                    names_seen.add(name)
                    page.raw.extend(_raw_decodings(_NAME_HEX.sub(lambda x: bytes([int(x.group(1), 16)]), name)))
            elif kind == "com":
                page.raw.extend(_raw_decodings(m.group("com")))
            elif kind == "bi":
                page.raw.extend(_raw_decodings(m.group("bi")))
            elif kind == "q":
                stack.append(font)
            elif kind == "Q":
                if stack:
                    font = stack.pop()
            elif kind == "lb":
                array = []
            elif kind == "rb" and array is not None:
                page.text.append("".join(array))
                array = None

    def xobject(self, resources: Any, name: bytes, depth: int, seen: set[int]) -> None:
        xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        key = "/" + _NAME_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), name).decode("latin-1")
        if not isinstance(xobjects, DictionaryObject) or key not in xobjects:
            return
        obj = xobjects[key].get_object()
        num = _objnum(obj)
        if not isinstance(obj, StreamObject):
            return
        if obj.get("/Subtype") == "/Image":
            if num is not None:
                self.page.images.add(num)
            return
        if obj.get("/Subtype") == "/Form" and depth >= MAX_DEPTH:
            self.page.unreadable = True  # nested deeper than any report of ours: refuse rather than skip
            return
        if obj.get("/Subtype") == "/Form" and (num is None or num not in seen):
            if num is not None:
                seen.add(num)
                self.page.streams.add(num)
            inner = obj.get("/Resources")
            self.scan(obj.get_data(), inner.get_object() if inner is not None else resources, depth + 1, seen)


def read_pages(reader: PdfReader) -> list[PageContent]:
    """What every page draws, in page order."""
    pages = []
    font_cache: dict[int, FontMap] = {}  # fonts are shared by pages: parse each ToUnicode map once
    for page in reader.pages:
        content = PageContent()
        scanner = _Scanner(content, font_cache)
        resources = _resources(page)
        contents = page.get("/Contents")
        streams: list[Any] = []
        if contents is not None:
            c = contents.get_object()
            streams = list(c) if isinstance(c, ArrayObject) else [contents]
        data = b""
        for s in streams:
            obj = s.get_object()
            num = _objnum(obj) if not isinstance(s, IndirectObject) else s.idnum
            if num is not None:
                content.streams.add(num)
            if isinstance(obj, StreamObject):
                data += obj.get_data() + b"\n"
        scanner.scan(data, resources, 0, set())
        pages.append(content)
    return pages
