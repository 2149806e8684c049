"""``casefile evidence add / list / show`` with a signed photo, the CLI run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.services.records import Records
from tests import c2pa_support as cs
from tests.conftest import PASSPHRASE, ROOT

pytest.importorskip("c2pa")


def test_evidence_commands_show_the_verdict(make_vault, tmp_path):
    vault, _ = make_vault()
    Records(vault).insert("cases", {"title": "CLI case", "reference": "CLI-1"})
    folder = vault.folder
    vault.close()
    photo = tmp_path / "IMG_0100.jpg"
    photo.write_bytes(cs.sign(cs.picture("JPEG"), "image/jpeg", cs.make_pki()))
    env = {**os.environ, "CASEFILE_VAULT": str(folder), "CASEFILE_PASSPHRASE": PASSPHRASE}

    def casefile(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
        )

    added = casefile("evidence", "add", "CLI-1", str(photo))
    assert added.returncode == 0, added.stderr
    evidence_id = added.stdout.split("\t")[0]
    listed = casefile("evidence", "list", "CLI-1")
    assert "credentials:unknown_signer" in listed.stdout  # a test CA is on no trust list Casefile ships
    as_json = json.loads(casefile("evidence", "list", "CLI-1", "--json").stdout)
    assert as_json[0]["content_credentials"] == "unknown_signer" and "capture" not in as_json[0]

    shown = casefile("evidence", "show", evidence_id)
    assert shown.returncode == 0, shown.stderr
    assert "Content Credentials: unknown signer" in shown.stdout
    assert f"Signed by:  {cs.SIGNER}" in shown.stdout and cs.AUTHOR in shown.stdout
    assert '"content_credentials": "unknown_signer"' in shown.stdout  # the intake entry of the custody trail

    detail = json.loads(casefile("evidence", "show", evidence_id, "--json").stdout)
    assert detail["content_credentials"]["verdict"] == "unknown_signer"
    assert detail["content_credentials"]["signer"] == cs.SIGNER
    assert detail["custody"][0]["details"]["content_credentials"] == "unknown_signer"

    missing = casefile("evidence", "show", "e-nothing")
    assert missing.returncode == 1 and "no evidence item" in missing.stderr and "Traceback" not in missing.stderr
