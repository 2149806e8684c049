"""When the leak gate refuses, the user learns what was found where (never the value) and what to do.

The case: a source's informant, secret at partner profile, is written
"Ivan Petrov (lawyer)" while Ivan Petrov is a person the report names. The
persons table would give the informant away, so the gate refuses; the message
names both ways out, and each works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from app.cli import main
from app.packs import PartnerBook, my_card
from app.redaction import redact
from app.redaction.textnorm import skeleton
from app.report.build import report_reserved_words
from app.report.conflicts import name_conflicts
from app.services.interchange import import_case
from tests.conftest import PASSPHRASE
from tests.test_redaction import INFORMANT, small_case

INFORMANT_AS_WRITTEN = "Ivan Petrov (lawyer)"


def conflicted_case() -> dict:
    doc = small_case()
    doc["sources"][0]["informant"] = INFORMANT_AS_WRITTEN
    return doc


@pytest.fixture
def vaults(make_vault, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    doc, _ = make_vault("documenter")
    par, _ = make_vault("partner")
    import_case(doc, json.dumps(conflicted_case()))
    PartnerBook(doc).add(my_card(par, "Partner NGO"), trusted=True)
    folders = doc.folder, par.folder
    doc.close()
    par.close()
    return folders


def cli(folder, *args) -> int:
    return main(["--vault", str(folder), *args])


def assert_no_value(text: str) -> None:
    for word in ("Ivan", "Petrov", *INFORMANT.split()):
        assert skeleton(word) not in skeleton(text), word


def test_the_conflict_is_seen_in_the_data():
    red = redact(conflicted_case(), "partner", lang="en", reserved_words=report_reserved_words())
    (c,) = name_conflicts(red)
    assert (c.field, c.entity, c.row_id, c.person_id) == ("sources.informant", "sources", "s-ngo", "p-lawyer")
    assert (c.row_label, c.person_label) == ("source-1", "person-4")
    assert name_conflicts(redact(small_case(), "partner", lang="en", reserved_words=report_reserved_words())) == []


def test_report_refusal_offers_both_ways_out_and_each_works(vaults, tmp_path, capsys):
    doc, _par = vaults
    out = tmp_path / "partner.pdf"
    assert cli(doc, "report", "case-fix", "--profile", "partner", "--date", "2026-03-20", "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert "sources.informant" in err and "appears on page" in err
    assert "--pseudonymise person-4" in err and "--show-value sources.informant:source-1" in err
    assert "Traceback" not in err and not out.exists()
    assert_no_value(err)

    # Way out 1: hide the lawyer's name too.
    args = ["report", "case-fix", "--profile", "partner", "--date", "2026-03-20", "-o", str(out)]
    assert cli(doc, *args, "--pseudonymise", "person-4") == 0
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Lawyer A" in text and "Petrov" not in text
    out.unlink()
    # Way out 2: the informant need not be secret (by the id the message gave, or the vault's own id).
    for row in ("source-1", "s-ngo"):
        assert cli(doc, *args, "--show-value", f"sources.informant:{row}") == 0
        text = " ".join(p.extract_text() for p in PdfReader(out).pages)
        assert skeleton(INFORMANT_AS_WRITTEN) in skeleton(text)
        out.unlink()
    capsys.readouterr()
    assert cli(doc, *args, "--pseudonymise", "person-99") == 1
    assert "no person called 'person-99'" in capsys.readouterr().err
    assert cli(doc, *args, "--show-value", "informant") == 1
    assert "FIELD:ROW" in capsys.readouterr().err


def test_pack_refusal_is_a_plain_sentence_not_an_internal_error(vaults, tmp_path):
    doc, _par = vaults
    pack = tmp_path / "out.casefile-pack"
    env = {**os.environ, "CASEFILE_PASSPHRASE": PASSPHRASE}
    base = [sys.executable, "-m", "app", "--vault", str(doc), "pack", "case-fix", "--to", "Partner NGO"]
    done = subprocess.run([*base, "-o", str(pack)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    err = done.stderr
    assert "internal error" not in err and "ReportLeakError" not in err and "Traceback" not in err
    assert err.startswith("casefile: The pack was not made: ")
    assert "sources.informant" in err and "on page" in err and "--pseudonymise person-4" in err
    assert_no_value(err)
    assert not pack.exists() and not list(tmp_path.glob("*.partial"))
    assert cli(doc, "pack", "case-fix", "--to", "Partner NGO", "--pseudonymise", "person-4", "-o", str(pack)) == 0
    assert pack.exists()
