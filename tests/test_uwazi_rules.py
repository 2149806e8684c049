"""Uwazi's import rules as the export applies them, the template declarations Uwazi must accept, the
CSV writer read back by csvtojson, and the checker of the export tests (it must be able to fail)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.uwazi import rules
from app.uwazi.templates import GEOLOCATION, RELATIONSHIP, TEMPLATES, THESAURI
from tests.conftest import ROOT
from tests.uwazi_support import Parsed, csvtojson, new_safe_name, safe_name, uwazi_problems


def test_safe_name_follows_uwazi():
    # Examples of shared/specs/propertyNames.spec.ts and templates' own labels.
    assert rules.safe_name(" Test label ") == "test_label"
    assert rules.safe_name("Reply window in days") == "reply_window_in_days"
    assert rules.safe_name("SHA-256") == "sha_256"
    assert new_safe_name("SHA-256") == "sha-256"  # why no label of ours has a '-'
    assert rules.safe_name("Пример") == "______"  # every character outside a-z0-9 becomes "_"
    for label in ("Follow-up", "Date as written", "Örnek (1)"):
        assert rules.safe_name(label) == safe_name(label)


def test_fuzzy_dates_become_ranges():
    late_november = {"text": "late November 2025", "start": "2025-11-21", "end": "2025-11-30"}
    assert rules.fuzzy_range(late_november) == "2025-11-21:2025-11-30"
    assert rules.fuzzy_range({"start": "2025-11-13"}) == "2025-11-13:2025-11-13"
    assert rules.fuzzy_range({"start": "2025", "end": "x"}) == ""
    assert rules.fuzzy_range(None) == ""
    assert rules.date_range(dt.date(2017, 1, 1), dt.date(2017, 12, 31)) == "2017-01-01:2017-12-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("43.2567, 76.9286", (43.2567, 76.9286)),
        ("-33.8688 151.2093", (-33.8688, 151.2093)),
        ("43°15'24\"N 76°55'34\"E", (43.256667, 76.926111)),
        ("76°55'34\"E, 43°15'24\"N", (43.256667, 76.926111)),
        ("33°52'S 151°12'E", (-33.866667, 151.2)),
        ("near the border", None),
        ("95.1, 10.0", None),
        ("43°15'24\"N", None),
    ],
)
def test_coordinates_to_lat_lon(text, expected):
    got = rules.parse_lat_lon(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and all(abs(a - b) < 1e-5 for a, b in zip(got, expected, strict=True))


def test_terms_and_list_items_cannot_break_uwazi_separators():
    assert rules.item(" a | b\n c ") == "a / b c"
    assert rules.term("-Court::Appeal") == "Court:Appeal"
    assert rules.term("--x") == "x"
    assert rules.grouped("Court", "City court | Almaty") == "Court::City court / Almaty"
    assert rules.multi(["a", "", "b", "a"]) == "a|b"
    assert rules.text("line\r\nnext\x00\x1b") == "line\nnext"


def test_csv_cells_come_back_exactly_through_csvtojson():
    tricky = [
        'He said "no", twice',
        "comma, semicolon; pipe|",
        "two\nlines",
        "Қазақ тілі, Русский",
        '"quoted at both ends"',
        "=1+1",
        "",
        "trailing",
    ]
    header = [f"c{i}" for i in range(len(tricky))]
    data = rules.csv_bytes(header, [tricky, list(reversed(tricky))])
    assert not data.startswith(b"\xef\xbb\xbf")
    (entity,) = csvtojson([("entity", data)])
    assert entity["headers"] == header
    assert [list(r.values()) for r in entity["rows"]] == [tricky, list(reversed(tricky))]


def test_templates_are_ones_uwazi_accepts():
    seen: dict[str, tuple] = {}
    for template in TEMPLATES:
        names = [p.name for p in template.properties]
        assert len(names) == len(set(names)), template.name  # uniquePropertyFields
        for p in template.properties:
            assert p.name not in ("title", "creationdate", "editdate", "attachments", "file", "id")
            assert "__" not in p.name and safe_name(p.name) == p.name
            # Both of Uwazi's naming rules (settings.newNameGeneration) give the same name.
            assert new_safe_name(p.label) == safe_name(p.label), p.label
            assert (p.type == GEOLOCATION) == p.name.endswith("_geolocation")
            assert (p.thesaurus is not None) == (p.type in ("select", "multiselect"))
            assert (p.target is not None and p.relation is not None) == (p.type == RELATIONSHIP)
            # cantReuseNameWithDifferentType: one name, one type, thesaurus and relationship type.
            kind = (p.type, p.thesaurus, p.target, p.relation)
            assert seen.setdefault(p.name, kind) == kind, p.name
    assert len({t.file for t in THESAURI}) == len(THESAURI)


def test_partner_docs_list_every_template_property_and_thesaurus():
    doc = (ROOT / "docs" / "for-partners.md").read_text(encoding="utf-8")
    for template in TEMPLATES:
        assert f"### {template.name}" in doc
        for p in template.properties:
            assert f"| {p.label} | `{p.name}` | {p.type} |" in doc, p.label
    for thesaurus in THESAURI:
        assert f"`thesauri/{thesaurus.file}`" in doc, thesaurus.name


# --- the checker the export tests rely on finds what Uwazi would refuse ------------------------------


def _entity(headers: list[str], rows: list[list[str]], entries: list[str] | None = None) -> dict:
    return {"headers": headers, "rows": [dict(zip(headers, r, strict=True)) for r in rows], "entries": entries or []}


def test_checker_finds_what_uwazi_would_refuse():
    thesaurus = {
        "headers": ["English", "Russian", "Kazakh"],
        "rows": [
            {"English": "Protest", "Russian": "Протест", "Kazakh": "Наразылық"},
            {"English": "Court", "Russian": "Суд", "Kazakh": "Сот"},
            {"English": "-City court", "Russian": "-City court", "Kazakh": "-City court"},
        ],
    }
    persons = _entity(
        ["title__ru", "title__kk", "person_kind", "birth_date"],
        [["A", "A", "", "2025-13-01:2025-12-01"], ["B", "B", "", "2025"]],
    )
    events = _entity(
        ["Title", "event_type", "perpetrators", "date", "victims", "location_geolocation", "attachments", "oops"],
        [
            ["E1", "Riot", "Court", "2025-11-13", "Nobody", "91|10", "", "x"],
            ["E1", "Protest", "Court::Police", "2025-11-13:2025-11-13", "A", "43.2|76.9", "", ""],
        ],
    )
    evidence = _entity(["title", "attachments", "size_in_bytes"], [["V1", "evidence/missing.jpg", "12 kB"]])
    parsed = Parsed(
        zips={"persons.zip": persons, "events.zip": events, "evidence.zip": evidence},
        thesauri={"event_type.csv": thesaurus, "organisation.csv": thesaurus},
    )
    found = "\n".join(uwazi_problems(parsed, "partner", "en"))
    for expected in (
        "persons.zip: 'title' has language columns but none for the default language",
        "birth_date: '2025-13-01:2025-12-01' is not a from:to range",
        "header 'Title' is not a safe name",
        "column 'oops' is no property",
        "column 'location_geolocation' must not appear at profile partner",
        "two entities share a title",
        "'Riot' is not a term of thesaurus 'Event type'",
        "'Court' is a group of thesaurus 'Organisation', not a term",
        "'Court::Police' is not a term",
        "date: '2025-11-13' is not a from:to range",
        "'Nobody' is no title in the Person zip",
        "'91|10' is out of range",
        "attachment 'evidence/missing.jpg' is not in the zip",
        "'12 kB' is not a number",
    ):
        assert expected in found, expected
