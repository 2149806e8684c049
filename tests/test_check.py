"""``casefile check`` finds damage anywhere in the vault and says it plainly; unlock finds the
cheap part (every page's MAC, the audit log's tail). A check changes nothing."""

from __future__ import annotations

import shutil

import pytest

from app.services.evidence import EvidenceService
from app.services.integrity import check_vault
from app.services.records import Records
from storage.vault import DB_NAME, Vault
from tests.cli_helpers import fingerprint, run_cli
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled(make_vault, tmp_path):
    """A closed vault: a case with 300 events and three evidence files."""
    vault, _ = make_vault()
    rec = Records(vault)
    case = rec.insert("cases", {"title": "Check case", "reference": "CHK-1"})
    with vault.db.transaction() as conn:
        for i in range(300):
            conn.execute(
                "INSERT INTO events (id, case_id, type, title, description) VALUES (?, ?, 'protest', ?, ?)",
                (f"e{i}", case, f"Event {i}", "x" * 400),
            )
    service = EvidenceService(vault)
    for i in range(3):
        src = tmp_path / f"file{i}.bin"
        src.write_bytes(bytes([i]) * (50_000 + i))
        service.add_file(case, src)
    folder = vault.folder
    vault.close()
    return folder


def _damage(folder, how: str) -> None:
    db = folder / DB_NAME
    size = db.stat().st_size
    page = size // 4096 // 2  # a page in the middle: SQLite itself reads it only when asked for it
    with open(db, "r+b") as f:
        f.seek(page * 4096 + (0 if how == "zero" else 1234))
        if how == "zero":
            f.write(b"\0" * 4096)
        else:
            byte = f.read(1)
            f.seek(-1, 1)
            f.write(bytes([byte[0] ^ 0x10]))


def test_a_sound_vault_passes_and_is_not_changed(filled):
    before = fingerprint(filled)
    out = run_cli(filled, "check")
    assert out.returncode == 0, out.stderr
    assert "All checks passed." in out.stdout and "3 files" in out.stdout
    assert fingerprint(filled) == before


@pytest.mark.parametrize("how", ["zero", "flip"])
def test_damaged_page_is_found_by_check_and_at_unlock(filled, how):
    _damage(filled, how)
    before = fingerprint(filled)
    out = run_cli(filled, "check")
    assert out.returncode == 1
    assert "authentication check" in out.stderr and "Traceback" not in out.stderr
    unlock = run_cli(filled, "cases")
    assert "The vault's database is damaged" in unlock.stderr and "Traceback" not in unlock.stderr
    assert fingerprint(filled) == before


def test_evidence_altered_or_missing_is_found(filled):
    with Vault.open(filled, passphrase=PASSPHRASE) as v:
        blobs = [r[0] for r in v.db.query("SELECT blob_id FROM evidence ORDER BY rowid")]
    shutil.copyfile(filled / "evidence" / blobs[0], filled / "evidence" / blobs[1])  # a swap, one way
    (filled / "evidence" / blobs[2]).unlink()
    with Vault.open(filled, passphrase=PASSPHRASE) as v:
        texts = [f.text for f in check_vault(v).findings]
    assert any("no longer matches the SHA-256" in t for t in texts)
    assert any("missing from the vault" in t for t in texts)


def test_audit_tampering_is_found_by_check_and_at_unlock(filled):
    with Vault.open(filled, passphrase=PASSPHRASE) as v:
        v.db.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    out = run_cli(filled, "check", "--json")
    assert out.returncode == 1 and '"area": "audit"' in out.stdout
    assert "The audit log does not hold together" in run_cli(filled, "cases").stderr


def test_check_can_be_cancelled(filled):
    from storage.progress import Cancelled, CancelToken

    token = CancelToken()
    seen = []

    def progress(done, total, message):
        seen.append(message)
        if message == "evidence files":
            token.cancel()

    with Vault.open(filled, passphrase=PASSPHRASE) as v, pytest.raises(Cancelled):
        check_vault(v, progress=progress, cancel=token)
    assert "database pages" in seen
