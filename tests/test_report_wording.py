"""What reports say: the same words for the same data, and a person's role said once."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re

import pytest
from pypdf import PdfReader

from app.redaction import redact
from app.redaction.pseudonyms import phrase_once
from app.report import render_pdf
from app.report.build import report_reserved_words
from app.services.reports import export_report
from tests.test_redaction import P3_NAMES, small_case
from tests.test_report import pypdf_text

DAY = dt.date(2026, 3, 20)


def test_two_reports_of_unchanged_data_say_the_same(two_vaults, tmp_path):
    """Each report adds a custody row to the pictures it shows; the next report must not count it."""
    vault, case_id = two_vaults.doc, two_vaults.case_id
    runs = []
    for n in range(3):
        out = tmp_path / f"r{n}.pdf"
        result = export_report(vault, case_id, profile="public", lang="en", out_path=out, report_date=DAY)
        plan = result.plan
        counts = (len(plan.pseudonymised()), len(plan.hidden()), plan.scrubbed_count(), plan.regions, result.pages)
        runs.append((counts, pypdf_text(out), hashlib.sha256(out.read_bytes()).hexdigest()))
    assert vault.db.one("SELECT count(*) FROM custody WHERE action = 'report'")[0] >= 3  # the trail still grows
    assert runs[0][0] == runs[1][0] == runs[2][0]
    assert runs[0][1] == runs[1][1] == runs[2][1]
    assert runs[0][2] == runs[1][2] == runs[2][2]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the witness Witness C said", "the Witness C said"),
        ("supporter Supporter B filmed it", "Supporter B filmed it"),
        ("supporters Supporter B and Supporter C", "Supporter B and Supporter C"),
        ("the detained person Detained person 3 was", "the Detained person 3 was"),
        ("допросили свидетеля Свидетель C", "допросили Свидетель C"),
        ("сторонник Supporter B", "Supporter B"),
        ("куә Куә C айтты", "Куә C айтты"),
        ("the officer witnessed Witness C leave", "the officer witnessed Witness C leave"),
        ("Witness: Witness C", "Witness: Witness C"),
        ("мать Relative B", "мать Relative B"),
    ],
)
def test_a_role_before_a_pseudonym_is_said_once(before, after):
    assert phrase_once(before) == after


@pytest.mark.parametrize(
    ("lang", "written", "label"),
    [("en", "relative", "Relative"), ("ru", "родственница", "Родственник"), ("kk", "туысы", "Туыс")],
)
def test_scrubbed_text_names_the_role_once(lang, written, label):
    doc = small_case()
    doc["events"][0]["description"] = f"Police questioned his {written} {P3_NAMES[1]} at the station."
    red = redact(doc, "public", lang=lang, reserved_words=report_reserved_words())
    description = red.doc["events"][0]["description"]
    assert re.fullmatch(f"Police questioned his {label} [A-Z] at the station.", description), description
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(render_pdf(red, lang, DAY))).pages
    )
    assert f"his {label} " in text and f"{written} {label}" not in text
