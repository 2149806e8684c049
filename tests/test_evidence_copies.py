"""Copies Casefile makes of an evidence item (metadata-free, for packs) stay under their original: in the
evidence tab's reader, ``casefile evidence list`` and the report's evidence index; never as new evidence."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from app.services.evidence import EvidenceService
from app.services.reports import export_report
from app.views import Views

CASE = "case-atajurt"


@pytest.fixture
def item_and_copy(demo_vault, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text("A witness statement, typed.\n" * 20)
    service = EvidenceService(demo_vault)
    item = service.add_file(CASE, source, description="Witness statement").evidence_id
    copy = service.add_bytes(CASE, b"clean copy " * 10, parent_id=item, operation="strip-metadata").evidence_id
    return demo_vault, item, copy


def test_the_reader_lists_originals_and_their_copies_apart(item_and_copy):
    vault, item, copy = item_and_copy
    views = Views(vault)
    assert views.evidence.count(CASE) == 1
    assert [i.id for i in views.evidence.page(CASE, 0, 50)] == [item]
    assert [(c.id, c.parent_id, c.operation) for c in views.evidence.copies(item)] == [(copy, item, "strip-metadata")]
    assert views.cases.counts(CASE).evidence == 1


def test_the_command_line_lists_a_copy_under_its_original(item_and_copy, tmp_path, monkeypatch, cli):
    vault, item, copy = item_and_copy
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("CASEFILE_VAULT", str(folder))
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    code, out, _ = cli("evidence", "list", CASE)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(item) and lines[1].startswith(f"  copy {copy}") and len(lines) == 2
    code, out, _ = cli("evidence", "list", CASE, "--json")
    listed = json.loads(out)
    assert [i["id"] for i in listed] == [item]
    assert [c["id"] for c in listed[0]["derivatives"]] == [copy]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_report_index_numbers_originals_only(item_and_copy, tmp_path):
    vault, item, copy = item_and_copy
    out = tmp_path / "internal.pdf"
    export_report(vault, CASE, profile="internal", lang="en", out_path=out)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    index = text[text.index("Evidence index") :]
    assert f"1. {item}" in index and f"2. {copy}" not in index
    assert f"Copy made by Casefile (strip-metadata): {copy}" in index
