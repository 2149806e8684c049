"""Helpers for the Uwazi export tests (no tests here).

``read_export`` parses every CSV of an export with the parser Uwazi itself uses (csvtojson 2.0.10,
the version Uwazi's yarn.lock pins, with the options its import code passes), run under Node.
``uwazi_problems`` then applies the rules of Uwazi's ``app/api/csv/`` to what was parsed, and
returns every way Uwazi would refuse or misread the files.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT

CSVTOJSON_VERSION = "2.0.10"  # Uwazi's yarn.lock
NODE_MODULES = ROOT / ".node" / "node_modules"

# Uwazi: csv.ts reads entities with { delimiter: [',', ';'], flatKeys: true };
# importThesauri.ts reads thesauri with { delimiter: [',', ';'] }.
_PARSE = r"""
const csv = require('csvtojson');
const version = require('csvtojson/package.json').version;
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', d => { input += d; });
process.stdin.on('end', async () => {
  const out = [];
  for (const job of JSON.parse(input)) {
    const params = job.kind === 'entity' ? { delimiter: [',', ';'], flatKeys: true } : { delimiter: [',', ';'] };
    let headers = null;
    const conv = csv(params);
    conv.on('header', h => { headers = h; });
    const rows = await conv.fromString(job.text);
    out.push({ headers, rows });
  }
  process.stdout.write(JSON.stringify({ version, out }));
});
"""

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
# validateColumns.ts: property types that may have per-language columns.
LANGUAGE_TYPES = {"text", "markdown", "select", "multiselect", "link", "nested", "title"}


def node_or_skip() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed: the Uwazi parser check needs it (tools/setup.sh installs it)")
    if not (NODE_MODULES / "csvtojson" / "package.json").exists():
        pytest.skip(f"csvtojson is not installed: run npm install --prefix .node csvtojson@{CSVTOJSON_VERSION}")
    return node


def csvtojson(jobs: list[tuple[str, bytes]]) -> list[dict]:
    """Parse each (kind, data) with csvtojson: kind "entity" or "thesaurus"."""
    node = node_or_skip()
    payload = json.dumps([{"kind": kind, "text": data.decode("utf-8")} for kind, data in jobs])
    result = subprocess.run(
        [node, "-e", _PARSE],
        input=payload,
        capture_output=True,
        text=True,
        timeout=120,
        env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    parsed = json.loads(result.stdout)
    assert parsed["version"] == CSVTOJSON_VERSION
    return parsed["out"]


@dataclass
class Parsed:
    """An export as Uwazi reads it."""

    zips: dict[str, dict] = field(default_factory=dict)  # zip name -> {"headers", "rows", "entries"}
    thesauri: dict[str, dict] = field(default_factory=dict)  # file name -> {"headers", "rows"}


def read_export(folder: Path) -> Parsed:
    jobs: list[tuple[str, bytes]] = []
    names: list[tuple[str, str, list[str]]] = []
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            entries = zf.namelist()
            jobs.append(("entity", zf.read("import.csv")))
        names.append(("zip", path.name, entries))
    for path in sorted((folder / "thesauri").glob("*.csv")):
        jobs.append(("thesaurus", path.read_bytes()))
        names.append(("thesaurus", path.name, []))
    parsed = Parsed()
    for (kind, name, entries), result in zip(names, csvtojson(jobs), strict=True):
        if kind == "zip":
            parsed.zips[name] = {**result, "entries": entries}
        else:
            parsed.thesauri[name] = result
    return parsed


# -- Uwazi's rules, as app/api/csv/ states them ----------------------------------------------------


def safe_name(label: str) -> str:
    """shared/propertyNames.ts, classic rule."""
    return re.sub(r"[^a-z0-9]", "_", label.strip(), flags=re.IGNORECASE | re.ASCII).lower()


def new_safe_name(label: str) -> str:
    """shared/propertyNames.ts, with settings.newNameGeneration (a character class of JavaScript's
    regular expression, written out)."""
    out = re.sub(r'[#|\\/*?"<>=\s:.\[\]%]', "_", label.strip())
    return re.sub(r"^[_|\-+$]", "", out).lower()


def _normal(label: str) -> str:
    """thesauri.js normalizeThesaurusLabel."""
    return label.strip().lower()


def _parse_value(value: str) -> tuple[bool, str]:
    """importThesauri.ts parseValue: a value whose first non-space character is '-' is nested."""
    chars = list(value)
    nested = False
    while chars and not nested:
        first = chars.pop(0)
        if first == "-":
            nested = True
        if first != " ":
            break
    return nested, ("".join(chars).strip() if nested else value.strip())


def thesaurus_terms(parsed: dict, lang: str) -> tuple[set[str], dict[str, set[str]], list[str]]:
    """(top-level terms, group -> children, problems) in ``lang``'s column, read as Uwazi does."""
    problems: list[str] = []
    column = LANGUAGE_NAMES[lang]
    if column not in (parsed["headers"] or []):
        return set(), {}, [f"no column {column!r}"]
    for header in parsed["headers"]:
        if header not in LANGUAGE_NAMES.values():
            problems.append(f"column {header!r} is not a language's English name")
    top: set[str] = set()
    groups: dict[str, set[str]] = {}
    last: str | None = None
    for i, row in enumerate(parsed["rows"]):
        values = [_parse_value(v) for v in row.values()]
        if i == 0 and values[0][0]:
            problems.append("the first row is nested")
        if len({nested for nested, _ in values}) != 1:
            problems.append(f"row {i + 1} mixes nested and not nested values")
        nested, label = _parse_value(row[column])
        if not label:
            problems.append(f"row {i + 1} has an empty {column} label")
        if nested:
            assert last is not None
            groups.setdefault(last, set()).add(_normal(label))
            top.discard(last)
        else:
            last = _normal(label)
            top.add(last)
    return top, groups, problems


def _date_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{4}", value):
        return False
    try:
        dt.date.fromisoformat(value if len(value) > 4 else value + "-01-01")
    except ValueError:
        return False
    return True


def _range_ok(value: str) -> bool:
    parts = value.split(":")
    if len(parts) != 2 or not all(_date_ok(p) for p in parts):
        return False
    return parts[0] <= parts[1]


def uwazi_problems(parsed: Parsed, profile: str, lang: str) -> list[str]:
    """Every way Uwazi would refuse or misread the export (empty: it imports as intended)."""
    from app.uwazi.templates import ATTACHMENTS, TEMPLATES, THESAURI

    problems: list[str] = []
    terms = {}
    for t in THESAURI:
        if t.file in parsed.thesauri:
            top, groups, bad = thesaurus_terms(parsed.thesauri[t.file], lang)
            problems += [f"{t.file}: {b}" for b in bad]
            terms[t.name] = (top, groups)
    titles: dict[str, list[str]] = {}
    for template in TEMPLATES:
        if template.zip_name not in parsed.zips:
            continue
        z = parsed.zips[template.zip_name]
        title_col = f"title__{lang}" if template.title_per_language else "title"
        titles[template.name] = [row.get(title_col, "") for row in z["rows"]]
    for template in TEMPLATES:
        if template.zip_name not in parsed.zips:
            continue
        z = parsed.zips[template.zip_name]
        where = template.zip_name
        headers = z["headers"] or []
        props = {p.name: p for p in template.properties}
        # Headers: safeName leaves them as they are; each names a property, title or attachments.
        by_language: dict[str, set[str]] = {}
        plain: set[str] = set()
        for h in headers:
            if safe_name(h) != h:
                problems.append(f"{where}: header {h!r} is not a safe name")
            m = re.fullmatch(r"(.+)__(en|ru|kk)", h)
            if m:
                by_language.setdefault(m[1], set()).add(m[2])
            else:
                plain.add(h)
        for name, langs in by_language.items():
            kind = "title" if name == "title" else (props[name].type if name in props else "unknown")
            if kind not in LANGUAGE_TYPES:
                problems.append(f"{where}: {name!r} has language columns but is a {kind} property")
            if lang not in langs:
                problems.append(f"{where}: {name!r} has language columns but none for the default language")
            if name in plain:
                problems.append(f"{where}: {name!r} mixes language and plain columns")
        for h in plain:
            if h not in props and h not in ("title", ATTACHMENTS):
                problems.append(f"{where}: column {h!r} is no property of template {template.name!r}")
            elif h in props and profile not in props[h].profiles:
                problems.append(f"{where}: column {h!r} must not appear at profile {profile}")
        if "title" not in plain and "title" not in by_language:
            problems.append(f"{where}: no title column")
        if len(set(titles[template.name])) != len(titles[template.name]):
            problems.append(f"{where}: two entities share a title")
        for i, row in enumerate(z["rows"], start=1):
            here = f"{where} row {i}"
            if not row.get("title__" + lang if template.title_per_language else "title"):
                problems.append(f"{here}: empty title")
            for name, value in row.items():
                if not value or name.startswith("title") or (name not in props and name != ATTACHMENTS):
                    continue  # an unknown column is reported above
                problems += [f"{here} {name}: {p}" for p in _value_problems(template, name, value, i, terms, titles, z)]
    return problems


def _value_problems(template, name: str, value: str, row: int, terms, titles, z) -> list[str]:
    from app.uwazi.templates import ATTACHMENTS

    if name == ATTACHMENTS:
        return [f"attachment {a!r} is not in the zip" for a in value.split("|") if a not in z["entries"]]
    prop = template.property(name)
    out: list[str] = []
    if prop.type in ("select", "multiselect"):
        labels = [v.strip() for v in value.split("|")] if prop.type == "multiselect" else [value]
        top, groups = terms.get(prop.thesaurus.name, (set(), {}))
        for label in labels:
            parts = label.split("::")
            if len(parts) > 2:
                out.append(f"{label!r} has too many '::'")
            elif len(parts) == 2:
                if _normal(parts[1]) not in groups.get(_normal(parts[0]), set()):
                    out.append(f"{label!r} is not a term of thesaurus {prop.thesaurus.name!r}")
            elif _normal(label) in groups:
                out.append(f"{label!r} is a group of thesaurus {prop.thesaurus.name!r}, not a term")
            elif _normal(label) not in top:
                out.append(f"{label!r} is not a term of thesaurus {prop.thesaurus.name!r}")
    elif prop.type == "date" and not _date_ok(value):
        out.append(f"{value!r} is not YYYY-MM-DD")
    elif prop.type == "daterange" and not _range_ok(value):
        out.append(f"{value!r} is not a from:to range")
    elif prop.type == "multidaterange" and not all(_range_ok(v) for v in value.split("|")):
        out.append(f"{value!r} is not a list of ranges")
    elif prop.type == "numeric" and not re.fullmatch(r"-?\d+(\.\d+)?", value):
        out.append(f"{value!r} is not a number")
    elif prop.type == "geolocation":
        parts = value.split("|")
        try:
            lat, lon = (float(p) for p in parts)
        except ValueError:
            out.append(f"{value!r} is not lat|lon")
        else:
            if not (math.isfinite(lat) and -90 <= lat <= 90 and -180 <= lon <= 180):
                out.append(f"{value!r} is out of range")
    elif prop.type == "relationship":
        known = titles.get(prop.target, [])
        for title in [v for v in value.split("|") if v]:
            if title not in known:
                out.append(f"{title!r} is no title in the {prop.target} zip")
            elif prop.target == template.name and known.index(title) >= row - 1:
                out.append(f"{title!r} is not an earlier row")
    return out
