"""Content Credentials at intake: real files signed with c2pa-python, verified offline through the real
intake service into a real vault, in a child process that never touches the network."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from app.evidence.credentials import CAPTURE_KEY, ContentCredentialsReader, describe, verdict_of, worker_command
from app.progress import Cancelled, CancelToken
from app.services.evidence import EvidenceService
from app.services.records import Records
from tests import c2pa_support as cs

pytest.importorskip("c2pa")


@pytest.fixture(scope="module")
def pki():
    return cs.make_pki()


@pytest.fixture(scope="module")
def stranger():
    """A CA nobody trusts, issuing a certificate with the same name as the trusted one."""
    return cs.make_pki("Unknown Root CA", cs.SIGNER)


@pytest.fixture(scope="module")
def files(pki, stranger, tmp_path_factory):
    """Every kind of file the verdicts are about, made once."""
    folder = tmp_path_factory.mktemp("c2pa-files")
    jpeg, png = cs.picture("JPEG"), cs.picture("PNG")
    signed_jpeg = cs.sign(jpeg, "image/jpeg", pki)
    signed_png = cs.sign(png, "image/png", pki)
    made = {
        "jpeg-signed": signed_jpeg,
        "png-signed": signed_png,
        "jpeg-unknown-ca": cs.sign(jpeg, "image/jpeg", stranger),
        "png-unknown-ca": cs.sign(png, "image/png", stranger),
        "png-pixel-changed": cs.png_with_one_pixel_changed(signed_png),
        "jpeg-pixel-changed": cs.jpeg_with_scan_changed(signed_jpeg),
        "jpeg-plain": jpeg,
        "png-plain": png,
        "jpeg-manifest-damaged": cs.manifest_damaged(signed_jpeg),
        "jpeg-cut-in-manifest": cs.cut_inside_manifest(signed_jpeg),
        # A manifest kept "online": the pointer is a loopback address, so even a bug could reach nothing.
        "jpeg-remote": cs.sign(jpeg, "image/jpeg", pki, remote_url="http://127.0.0.1:9/manifest.c2pa"),
    }
    paths = {}
    for name, data in made.items():
        paths[name] = folder / f"{name}.{'png' if name.startswith('png') else 'jpg'}"
        paths[name].write_bytes(data)
    paths["anchor"] = pki.write_root(folder / "test-root.pem")
    return paths


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    """One real vault for the read-only verdict tests (creating one per test costs more than the checks)."""
    from storage.vault import Vault
    from tests.conftest import LIGHT_KDF, PASSPHRASE

    vault, _ = Vault.create(
        tmp_path_factory.mktemp("c2pa-vault") / "vault", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True
    )
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def service(shared_vault, files):
    """The real intake service, trusting the test CA in addition to the shipped anchors."""
    return EvidenceService(shared_vault, credentials=ContentCredentialsReader(user_anchor_files=[files["anchor"]]))


@pytest.fixture(scope="module")
def shared_case(shared_vault):
    return Records(shared_vault).insert("cases", {"title": "Signed photos"})


@pytest.fixture
def case_id(vault):
    return Records(vault).insert("cases", {"title": "Signed photos"})


EXPECTED = {
    "jpeg-signed": "intact",
    "png-signed": "intact",
    "jpeg-unknown-ca": "unknown_signer",
    "png-unknown-ca": "unknown_signer",
    "png-pixel-changed": "tampered",
    "jpeg-pixel-changed": "tampered",
    "jpeg-plain": "none",
    "png-plain": "none",
    "jpeg-remote": "unreadable",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_verdict_through_intake(service, shared_case, files, name):
    result = service.add_file(shared_case, files[name])
    item = service.records.get("evidence", result.evidence_id)
    view = describe(item["capture"])
    assert view is not None and view.verdict == EXPECTED[name], view
    intake = service.custody_trail(result.evidence_id)[0]
    assert intake["action"] == "intake" and intake["details"]["content_credentials"] == EXPECTED[name]
    if EXPECTED[name] in ("intact", "unknown_signer"):
        assert view.signer == cs.SIGNER
        assert cs.AUTHOR in view.identities
    if name == "jpeg-unknown-ca":
        assert view.reason == "untrusted" and "signingCredential.untrusted" in view.codes
    if name.endswith("pixel-changed"):
        assert view.reason == "changed_after_signing"
        assert any(c.startswith("assertion.dataHash.") for c in view.codes)
    if name == "jpeg-remote":
        assert view.reason == "remote_manifest"


@pytest.mark.parametrize("name", ["jpeg-manifest-damaged", "jpeg-cut-in-manifest"])
def test_damaged_manifest_is_a_verdict_not_a_crash(service, shared_case, files, name):
    result = service.add_file(shared_case, files[name])
    block = service.records.get("evidence", result.evidence_id)["capture"][CAPTURE_KEY]
    assert block["present"] is True
    assert verdict_of({CAPTURE_KEY: block}) in ("unreadable", "tampered")
    assert service.read(result.evidence_id) == files[name].read_bytes()  # the bytes are kept as they came


def test_the_pixel_change_is_real(files):
    """The tampered PNG decodes, and differs from the signed one in exactly one pixel."""
    from PIL import Image, ImageChops

    with Image.open(files["png-signed"]) as a, Image.open(files["png-pixel-changed"]) as b:
        diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
        assert diff.getbbox() == (20, 10, 21, 11)


def test_shipped_anchors_alone_do_not_trust_the_test_ca(shared_vault, shared_case, files):
    service = EvidenceService(shared_vault)  # Casefile's own trust list only
    result = service.add_file(shared_case, files["jpeg-signed"])
    assert verdict_of(service.records.get("evidence", result.evidence_id)["capture"]) == "unknown_signer"


def test_manifest_and_identities_are_secret_capture_metadata(service, shared_case, files):
    from app.domain.model import BY_NAME, SECRET

    capture_field = next(f for f in BY_NAME["evidence"].fields if f.name == "capture")
    assert capture_field.sensitivity == SECRET
    result = service.add_file(shared_case, files["jpeg-signed"])
    block = service.records.get("evidence", result.evidence_id)["capture"][CAPTURE_KEY]
    store = json.loads(block["manifest_store"])
    assert store["active_manifest"] in store["manifests"]
    assert cs.AUTHOR in block["manifest_store"] and block["signer"]["common_name"] == cs.SIGNER
    # The verdict is stored as booleans: no common word becomes a redaction token.
    assert {k: block[k] for k in ("present", "readable", "intact", "trusted")} == dict.fromkeys(
        ("present", "readable", "intact", "trusted"), True
    )


def test_main_process_never_loads_the_c2pa_library():
    code = (
        "import sys; import app.services.evidence, app.evidence.credentials, app.packs.build;"
        "print('c2pa' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_reader_opens_no_network_socket(files, tmp_path):
    """Under strace: reading a manifest that lives "online" opens no internet socket and connects nowhere."""
    if not shutil.which("strace"):
        pytest.skip("strace is not installed")
    log = tmp_path / "trace"
    args = worker_command() + ["--media-type", "image/jpeg", "--user-anchors", str(files["anchor"])]
    with open(files["jpeg-remote"], "rb") as f:
        run = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(log), *args],
            stdin=f,
            capture_output=True,
            timeout=120,
        )
    if run.returncode != 0 and b"ptrace" in run.stderr:
        pytest.skip("ptrace is not permitted here")
    report = json.loads(run.stdout)
    assert report["code"] == "casefile.remote_manifest"
    calls = log.read_text()
    assert "AF_INET" not in calls and "connect(" not in calls, calls[:2000]
    if sys.platform.startswith("linux"):
        # Where the kernel allows it, the reader also lives in an empty network namespace.
        assert isinstance(report["isolated"], bool)


def test_a_stuck_reader_is_stopped(vault, case_id, files, monkeypatch):
    import app.evidence.credentials as credentials

    monkeypatch.setattr(credentials, "worker_command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"])
    service = EvidenceService(vault, credentials=ContentCredentialsReader(timeout=0.5))
    result = service.add_file(case_id, files["jpeg-signed"])
    view = describe(service.records.get("evidence", result.evidence_id)["capture"])
    assert view is not None and (view.verdict, view.reason) == ("unreadable", "timeout")


def test_a_crashing_reader_gives_unreadable(vault, case_id, files, monkeypatch):
    import app.evidence.credentials as credentials

    monkeypatch.setattr(credentials, "worker_command", lambda: [sys.executable, "-c", "import os; os.abort()"])
    result = EvidenceService(vault).add_file(case_id, files["png-signed"])
    view = describe(Records(vault).get("evidence", result.evidence_id)["capture"])
    assert view is not None and (view.verdict, view.reason) == ("unreadable", "reader_failed")


def test_cancel_during_the_check_keeps_nothing(vault, case_id, files, monkeypatch):
    import app.evidence.credentials as credentials

    token = CancelToken()

    def slow_then_cancelled():
        token.cancel()
        return [sys.executable, "-c", "import time; time.sleep(60)"]

    monkeypatch.setattr(credentials, "worker_command", slow_then_cancelled)
    with pytest.raises(Cancelled):
        EvidenceService(vault).add_file(case_id, files["jpeg-signed"], cancel=token)
    assert list((vault.folder / "evidence").iterdir()) == []
    assert vault.db.one("SELECT count(*) FROM evidence")[0] == 0


def test_bytes_in_memory_are_checked_too(service, shared_case, files):
    result = service.add_bytes(shared_case, files["png-signed"].read_bytes())
    assert verdict_of(service.records.get("evidence", result.evidence_id)["capture"]) == "intact"


def test_files_that_cannot_carry_credentials_are_not_checked(service, shared_case, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Detained at 14:05 near the court, released at 20:30.\n", encoding="utf-8")
    result = service.add_file(shared_case, note)
    assert result.media_type == "text/plain; charset=utf-8"
    assert verdict_of(service.records.get("evidence", result.evidence_id)["capture"]) is None
