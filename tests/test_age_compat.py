"""Vaults, blobs and packs written by the pyrage-based Casefile keep opening (tests/fixtures/pyrage-era)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest

from app.packs import receive_pack, verify_pack
from app.services.evidence import EvidenceService
from storage.evidence import FORMAT_LEGACY
from storage.vault import Vault
from tests.conftest import PASSPHRASE, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "pyrage-era"
ITEM = "e-68534e0c4385d0dd"
ITEM_SHA = "399a14735b9a0745066d867753b8c084b35627a2a7d101f50ef23543ea5b37ec"
PACK_SHA = "dcc37c7c357282298d2c73a8a24a9b87df86c1a05d32973600dddefef56647b5"


@pytest.fixture
def old(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "old")
    # git keeps no empty folders: the partner vault's (empty) evidence folder is made here
    (tmp_path / "old" / "partner" / "evidence").mkdir(mode=0o700, exist_ok=True)
    return tmp_path / "old"


def test_an_old_vault_opens_and_its_blob_reads_back(old):
    with Vault.open(old / "documenter", passphrase=PASSPHRASE) as vault:
        assert vault.set_aside == []
        data = EvidenceService(vault).read(ITEM)

        assert hashlib.sha256(data).hexdigest() == ITEM_SHA and len(data) == 196_717
        # The old blob keeps its format (card identity, no binding); new evidence goes to the at-rest identity.
        assert vault.db.one("SELECT blob_format FROM evidence WHERE id = ?", (ITEM,))[0] == FORMAT_LEGACY
        at_rest = vault.db.one("SELECT value FROM meta WHERE key = 'evidence_identity'")[0]
        assert at_rest != str(vault.identity)
        audit = [r[0] for r in vault.db.query("SELECT action FROM audit ORDER BY seq")]
        # the first unlock also moves the old vault.json header into vault.header
        assert audit[-3:] == ["vault.evidence_key_added", "vault.header_upgraded", "evidence.view"]
        case_id = vault.db.one("SELECT case_id FROM evidence WHERE id = ?", (ITEM,))[0]
        new = EvidenceService(vault).add_bytes(case_id, b"new evidence after the upgrade")
        assert EvidenceService(vault).read(new.evidence_id) == b"new evidence after the upgrade"
    with Vault.open(old / "documenter", passphrase=PASSPHRASE) as vault:  # the new identity was kept
        assert EvidenceService(vault).read(new.evidence_id) == b"new evidence after the upgrade"
        assert hashlib.sha256(EvidenceService(vault).read(ITEM)).hexdigest() == ITEM_SHA


def test_an_old_pack_verifies_and_is_received(old):
    pack = old / "fixture.casefile-pack"
    with Vault.open(old / "partner", passphrase=PASSPHRASE) as vault:
        report = verify_pack(vault, pack)
        assert report.ok, report.failures
        assert report.pack_sha256 == PACK_SHA
        result = receive_pack(vault, pack)
        assert len(result.evidence_ids) == 1
        data = EvidenceService(vault).read(result.evidence_ids[0])

        assert hashlib.sha256(data).hexdigest() == ITEM_SHA


def test_the_old_blob_is_a_standard_age_file(old, tmp_path):
    """Sanity check of the fixture itself: the age CLI opens the old blob with the card identity."""
    if shutil.which("age") is None:
        pytest.skip("age not installed")
    with Vault.open(old / "documenter", passphrase=PASSPHRASE) as vault:
        blob = vault.evidence.path(EvidenceService(vault).blob_id(ITEM))
        key = tmp_path / "card.key"
        key.write_text(str(vault.identity) + "\n")
    out = subprocess.run(["age", "-d", "-i", str(key), str(blob)], capture_output=True)
    key.unlink()
    assert out.returncode == 0 and len(out.stdout) == 196_717
