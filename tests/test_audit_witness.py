"""Witnesses of the audit log travel with every pack (its manifest) and every receipt.

The partner keeps the manifest; later ``casefile audit verify --against manifest.json``
on the documenter's vault finds a log rewritten or cut after that point. The receiver's
receipt carries the receiver's head the same way, signed so that the sender can check it.
"""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.cli import main
from app.services.records import Records
from storage import audit
from tests.conftest import PASSPHRASE
from tests.test_pack_support import decrypt, make_world, read_members


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    w = make_world(tmp_path)
    yield w
    for v in (w.doc, w.par):
        try:
            v.close()
        except Exception:
            pass


def _manifest_of(pack, vault) -> bytes:
    members = dict((info.name, data) for info, data in read_members(decrypt(pack, vault.identity)))
    return members["manifest.json"]


def test_pack_manifest_and_receipt_carry_witnesses(world, tmp_path, capsys):
    doc, par = world.doc, world.par
    pack = world.pack()
    manifest = _manifest_of(pack, par)
    head = json.loads(manifest)["audit_head"]
    assert head["vault_id"] == doc.vault_id and head["seq"] >= 1 and len(head["next_key"]) == 64
    (tmp_path / "manifest.json").write_bytes(manifest)
    # the log goes on, then is checked against what the partner keeps
    Records(doc).insert("events", {"case_id": world.case_id, "type": "protest", "title": "after the pack"})
    doc_folder, par_folder = doc.folder, par.folder
    doc.close()
    par.close()
    assert main(["--vault", str(doc_folder), "audit", "verify", "--against", str(tmp_path / "manifest.json")]) == 0
    assert "continues the witness's entry" in capsys.readouterr().out

    receipt = tmp_path / "receipt.json"
    assert main(["--vault", str(par_folder), "receive", str(pack), "--receipt", str(receipt)]) == 0
    capsys.readouterr()
    doc_receipt = json.loads(receipt.read_bytes())
    assert doc_receipt["pack_sha256"] and doc_receipt["audit_head"]["seq"] >= 1
    signer = Ed25519PublicKey.from_public_bytes(base64.b64decode(doc_receipt["receiver"]["signing_key"]))
    signer.verify((tmp_path / "receipt.json.sig").read_bytes(), receipt.read_bytes())  # raises if forged
    assert main(["--vault", str(par_folder), "audit", "verify", "--against", str(receipt)]) == 0
    assert oct(receipt.stat().st_mode & 0o777) == "0o644"  # meant to be sent back


def test_log_cut_after_the_pack_is_found_against_its_manifest(world, tmp_path, capsys):
    doc = world.doc
    pack = world.pack()
    (tmp_path / "manifest.json").write_bytes(_manifest_of(pack, world.par))
    for i in range(3):
        Records(doc).insert("events", {"case_id": world.case_id, "type": "protest", "title": f"later {i}"})
    witness_seq = json.loads((tmp_path / "manifest.json").read_bytes())["audit_head"]["seq"]
    # whoever holds the vault now deletes every row after the pack, and the head record with them
    with doc.db.transaction() as conn:
        conn.execute("DELETE FROM audit WHERE seq > ?", (witness_seq + 1,))
        last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{last[0]}:{last[1]}",))
    folder = doc.folder
    doc.close()
    assert main(["--vault", str(folder), "audit", "verify", "--against", str(tmp_path / "manifest.json")]) == 1
    err = capsys.readouterr().err
    assert "FAILED" in err and "Traceback" not in err


def test_audit_head_command_writes_a_witness(vault, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    folder = vault.folder
    vault.close()
    assert main(["--vault", str(folder), "audit", "head", "-o", str(tmp_path / "head.json")]) == 0
    witness = audit.parse_witness((tmp_path / "head.json").read_bytes())
    assert witness.seq >= 1
    assert main(["--vault", str(folder), "audit", "verify", "--against", str(tmp_path / "head.json")]) == 0
