"""Evidence intake: streaming, hashing, cancel, orphan sweep, custody, bad files."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess

import pytest

from app.progress import Cancelled, CancelToken
from app.services.evidence import EvidenceService, sniff_media_type
from app.services.records import Records
from storage.errors import EvidenceError
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def case_id(vault):
    return Records(vault).insert("cases", {"title": "Evidence case"})


def test_intake_hashes_encrypts_and_reads_back(vault, case_id, tmp_path):
    data = os.urandom(3 * 1024 * 1024 + 17)
    src = tmp_path / "protest-video.mp4"
    src.write_bytes(b"\0\0\0\x18ftypmp42" + data)
    seen = []
    service = EvidenceService(vault)
    result = service.add_file(case_id, src, brought_by="field team", progress=lambda d, t, m: seen.append((d, t)))
    expected = hashlib.sha256(src.read_bytes()).hexdigest()
    assert result.sha256 == expected and result.size == src.stat().st_size
    assert result.media_type == "video/mp4"
    assert seen and seen[-1][0] == seen[-1][1] == result.size
    # on disk: one file named by a random id, holding age ciphertext, not the name or the bytes
    files = list((vault.folder / "evidence").iterdir())
    assert len(files) == 1 and "protest" not in files[0].name
    blob = files[0].read_bytes()
    assert blob.startswith(b"age-encryption.org/v1") and data[:4096] not in blob
    assert service.read(result.evidence_id) == src.read_bytes()
    actions = [c["action"] for c in service.custody_trail(result.evidence_id)]
    assert actions == ["intake", "view"]


def test_cancel_leaves_nothing_behind(vault, case_id, tmp_path):
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(20 * 1024 * 1024))
    token = CancelToken()

    def progress(done, total, message):
        if done >= 4 * 1024 * 1024:
            token.cancel()

    with pytest.raises(Cancelled):
        EvidenceService(vault).add_file(case_id, src, progress=progress, cancel=token)
    assert list((vault.folder / "evidence").iterdir()) == []
    assert vault.db.one("SELECT count(*) FROM evidence")[0] == 0


@pytest.mark.parametrize("kind", ["empty", "missing", "folder", "unreadable", "fifo"])
def test_bad_files_get_a_clear_error(vault, case_id, tmp_path, kind):
    path = tmp_path / "file"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
    elif kind == "unreadable":
        path.write_bytes(b"secret")
        path.chmod(0)
        if os.geteuid() == 0:
            pytest.skip("root reads any file")
    elif kind == "fifo":
        os.mkfifo(path)
    with pytest.raises(EvidenceError):
        EvidenceService(vault).add_file(case_id, path)
    assert list((vault.folder / "evidence").iterdir()) == []


def test_read_error_mid_file_keeps_nothing(vault, case_id):
    class Failing(io.RawIOBase):
        def __init__(self):
            self.n = 0

        def readable(self):
            return True

        def read(self, n=-1):
            self.n += 1
            if self.n > 5:
                raise OSError(5, "Input/output error")
            return b"x" * 8192

    with pytest.raises(EvidenceError):
        vault.evidence.write_stream(Failing())
    assert list((vault.folder / "evidence").iterdir()) == []


def test_sparse_multi_gigabyte_file_streams_in_flat_memory(vault, case_id, tmp_path):
    src = tmp_path / "sparse.bin"
    with open(src, "wb") as f:
        f.truncate(2 * 1024 * 1024 * 1024 + 5)  # 2 GiB of holes: cheap on disk, real to read
    if os.environ.get("CASEFILE_FAST"):
        pytest.skip("CASEFILE_FAST set")
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    token = CancelToken()

    def progress(done, total, message):
        assert total == src.stat().st_size
        if done > 256 * 1024 * 1024:
            token.cancel()  # enough to show memory stays flat; the rest would only cost time

    with pytest.raises(Cancelled):
        EvidenceService(vault).add_file(case_id, src, progress=progress, cancel=token)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 64, f"intake memory grew by {grown_mib:.0f} MiB"


def test_unknown_files_are_set_aside_on_open_never_deleted(vault, case_id, tmp_path):
    kept = EvidenceService(vault).add_bytes(case_id, b"kept evidence")
    orphan = vault.evidence.write_bytes(b"written, but its row never committed")
    partial = vault.folder / "evidence" / ("ab" * 16 + ".partial")
    partial.write_bytes(b"half")
    stray = vault.folder / "evidence" / "my notes.txt"
    stray.write_bytes(b"a user's own file")
    orphan_bytes = (vault.folder / "evidence" / orphan.blob_id).read_bytes()
    folder = vault.folder
    vault.close()
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.set_aside == sorted([orphan.blob_id, partial.name, stray.name])
        names = {p.name for p in (folder / "evidence").iterdir()}
        assert names == {EvidenceService(v).blob_id(kept.evidence_id)}
        aside = folder / "evidence-set-aside"
        assert (aside / "my notes.txt").read_bytes() == b"a user's own file"
        assert (aside / partial.name).read_bytes() == b"half"
        assert (aside / orphan.blob_id).read_bytes() == orphan_bytes
        assert EvidenceService(v).read(kept.evidence_id) == b"kept evidence"
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.set_aside == []  # reported once; what was set aside stays where it is
        assert len(list((folder / "evidence-set-aside").iterdir())) == 3


def test_damaged_ciphertext_is_reported(vault, case_id):
    item = EvidenceService(vault).add_bytes(case_id, os.urandom(100_000))
    path = vault.folder / "evidence" / EvidenceService(vault).blob_id(item.evidence_id)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 1
    path.write_bytes(bytes(raw))
    from storage.errors import VaultDamaged

    with pytest.raises(VaultDamaged):
        EvidenceService(vault).read(item.evidence_id)


def test_standard_age_tool_cannot_read_without_the_vault_identity(vault, case_id):
    """The blob is a real age file: the standard tool refuses a wrong key, and the contact card's key too
    (evidence at rest has its own secret identity); with the at-rest identity it opens."""
    if subprocess.run(["which", "age"], capture_output=True).returncode:
        pytest.skip("age not installed")
    item = EvidenceService(vault).add_bytes(case_id, b"confidential")
    path = vault.folder / "evidence" / EvidenceService(vault).blob_id(item.evidence_id)
    keyfile = path.parent.parent.parent / "other.key"
    subprocess.run(["age-keygen", "-o", str(keyfile)], capture_output=True, check=True)
    out = subprocess.run(["age", "-d", "-i", str(keyfile), str(path)], capture_output=True)
    assert out.returncode != 0 and b"confidential" not in out.stdout
    keyfile.write_text(str(vault.identity) + "\n")  # the identity whose recipient is on the card
    out = subprocess.run(["age", "-d", "-i", str(keyfile), str(path)], capture_output=True)
    assert out.returncode != 0 and b"confidential" not in out.stdout
    keyfile.write_text(vault.db.one("SELECT value FROM meta WHERE key = 'evidence_identity'")[0] + "\n")
    out = subprocess.run(["age", "-d", "-i", str(keyfile), str(path)], capture_output=True)
    assert out.stdout == b"confidential"
    keyfile.unlink()


def test_sniffing_ignores_the_file_name():
    assert sniff_media_type(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert sniff_media_type(b"%PDF-1.7") == "application/pdf"
    assert sniff_media_type(b"\x00\x01hello\xfe") == "application/octet-stream"
    assert sniff_media_type(b"hello", whole=True) == "text/plain; charset=utf-8"
