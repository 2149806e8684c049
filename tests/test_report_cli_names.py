"""From the command line: a public report of a case whose notes write names, phones, places and links
in ways the vault does not store names nobody and shows none of them."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.cli import main
from tests.test_redaction import small_case

PLANTED = {
    "a passport romanisation": "MAKSUTKHAN AKZHOLULY",
    "a Russian case form": "Максутханом",
    "an initial and a Kazakh case form": "М. Ақжолұлының",
    "a phone with the trunk prefix": "8 (701) 123-45-67",
    "DMS with decimal seconds": "43°15'24.1\"N 76°55'43.0\"E",
    "the address written out": "Abay Avenue 12, flat 5",
    "a name inside a link": "https://t.me/maksutkhan_news",
}


@pytest.fixture
def cli(tmp_path, monkeypatch, light_cli_kdf, capsys):
    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "vault"))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "a good long passphrase")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_public_report_from_the_cli(cli, tmp_path):
    doc = small_case()
    doc["person_names"] = [n for n in doc["person_names"] if n["id"] != "n2"]  # stored in Cyrillic only
    remand = next(e for e in doc["events"] if e["id"] == "ev-remand")
    remand["description"] = " ".join(f"Noted: {text}." for text in PLANTED.values())
    (tmp_path / "case.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli("init")[0] == 0
    assert cli("import", str(tmp_path / "case.json"))[0] == 0
    out_pdf = tmp_path / "public.pdf"
    code, out, err = cli("report", "FIX-2026", "--profile", "public", "-o", str(out_pdf))
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for what, planted in PLANTED.items():
        assert " ".join(planted.split()) not in flat, what
    for word in ("MAKSUTKHAN", "Максутхан", "Ақжол", "123-45-67", "12.5", "Abay Avenue 12", "t.me"):
        assert word not in flat, word
    assert "Detained person 1" in flat and "[withheld]" in flat
