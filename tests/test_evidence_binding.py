"""A blob swapped with another, or overwritten by `age -r <the recipient on the card>`, is refused by every
read: preview, save a copy, report and pack (issue: evidence could be swapped or forged without notice)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.packs import PartnerBook, build_pack
from app.packs.report import report_maker
from app.services.evidence import EvidenceService
from app.services.reports import export_report
from storage.errors import EvidenceMismatch, VaultDamaged
from storage.evidence import FORMAT_LEGACY
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_pack_support import make_world

pytestmark = pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not installed")


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    world = make_world(tmp_path_factory.mktemp("binding"), video_bytes=20_000)
    photo, video, pdf = world.evidence_ids
    folder = world.doc.folder
    world.doc.close()
    world.par.close()
    return folder, world.case_id, photo, pdf


@pytest.fixture
def vault(original, tmp_path):
    folder = shutil.copytree(original[0], tmp_path / "vault")
    v = Vault.open(folder, passphrase=PASSPHRASE)
    yield v
    v.close()


def _blob(vault: Vault, evidence_id: str) -> Path:
    return vault.evidence.path(EvidenceService(vault).blob_id(evidence_id))


def _swap(vault: Vault, photo: str, pdf: str) -> None:
    a, b = _blob(vault, photo), _blob(vault, pdf)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)


def _forge(vault: Vault, photo: str, pdf: str) -> None:
    """What anyone holding the contact card can do: encrypt other bytes to its recipient, over the blob."""
    fake = EvidenceService(vault).read(pdf)  # real bytes of the right kind of file would do as well
    target = _blob(vault, photo)
    target.unlink()
    subprocess.run(["age", "-r", str(vault.identity.to_public()), "-o", str(target)], input=fake, check=True)


def _forge_legacy(vault: Vault, photo: str, pdf: str) -> None:
    """The same against a blob from before the at-rest identity (format 1, opened with the card identity)."""
    with vault.db.transaction() as conn:
        conn.execute("UPDATE evidence SET blob_format = ? WHERE id = ?", (FORMAT_LEGACY, photo))
    _forge(vault, photo, pdf)


ATTACKS = {"swap": _swap, "forge": _forge, "forge-legacy": _forge_legacy}


def _refused(call) -> str:
    with pytest.raises(VaultDamaged) as caught:
        call()
    assert isinstance(caught.value, EvidenceMismatch)
    message = str(caught.value)
    assert "not the one recorded at intake" in message
    return message


@pytest.mark.parametrize("attack", ATTACKS)
def test_every_read_refuses_a_swapped_or_forged_blob(vault, original, tmp_path, attack):
    _folder, case_id, photo, pdf = original
    ATTACKS[attack](vault, photo, pdf)
    evidence = sorted(p.name for p in (vault.folder / "evidence").iterdir())
    service = EvidenceService(vault)
    _refused(lambda: service.read(photo))  # the preview
    copy = tmp_path / "copy.jpg"
    _refused(lambda: service.save_copy(photo, copy))
    assert not copy.exists() and not copy.with_name("copy.jpg.partial").exists()
    report = tmp_path / "internal.pdf"
    assert "the report was not written" in _refused(
        lambda: export_report(vault, case_id, profile="internal", lang="en", out_path=report)
    )
    assert not report.exists()
    partner = PartnerBook(vault).find("Partner NGO")
    pack = tmp_path / "partner.casefile-pack"
    _refused(lambda: build_pack(vault, case_id, [partner], pack, profile="partner", report=report_maker()))
    # With originals and no report, the pack's own streaming check refuses it.
    message = _refused(lambda: build_pack(vault, case_id, [partner], pack, profile="partner", include_originals=True))
    assert "the pack was not written" in message
    assert list(tmp_path.glob("partner.casefile-pack*")) == []
    assert sorted(p.name for p in (vault.folder / "evidence").iterdir()) == evidence  # no derivative left behind
    with pytest.raises(EvidenceMismatch):
        service.verify_items(case_id)  # what 'casefile check' calls


@pytest.mark.parametrize("attack", ["swap", "forge"])
def test_a_bound_blob_is_refused_before_any_byte(vault, original, attack):
    _folder, _case_id, photo, pdf = original
    ATTACKS[attack](vault, photo, pdf)
    with pytest.raises(EvidenceMismatch):
        vault.evidence.open_reader(EvidenceService(vault).blob_id(photo))


def test_the_untouched_vault_passes_the_same_reads(vault, original, tmp_path):
    _folder, case_id, photo, pdf = original
    service = EvidenceService(vault)
    assert service.read(photo)[:3] == b"\xff\xd8\xff"
    assert (
        service.save_copy(pdf, tmp_path / "ruling.pdf")
        == vault.db.one("SELECT sha256 FROM evidence WHERE id = ?", (pdf,))[0]
    )
    assert service.verify_items(case_id) == 3
    export_report(vault, case_id, profile="internal", lang="en", out_path=tmp_path / "internal.pdf")
    partner = PartnerBook(vault).find("Partner NGO")
    build_pack(vault, case_id, [partner], tmp_path / "p.casefile-pack", profile="partner", report=report_maker())
    assert (tmp_path / "internal.pdf").exists() and (tmp_path / "p.casefile-pack").exists()


def test_cli_saves_a_checked_copy_and_reports_files_set_aside(tmp_path, monkeypatch, capsys):
    from app.cli import main
    from app.services.records import Records
    from tests.conftest import LIGHT_KDF

    v, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    case_id = Records(v).insert("cases", {"title": "CLI case"})
    v.close()
    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "vault"))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    src = tmp_path / "statement.pdf"
    src.write_bytes(b"%PDF-1.4 statement")
    assert main(["evidence", "add", case_id, str(src)]) == 0
    evidence_id = capsys.readouterr().out.split("\t")[0]
    (tmp_path / "vault" / "evidence" / "stray.txt").write_bytes(b"left here by hand")
    copy = tmp_path / "copy.pdf"
    assert main(["evidence", "save", evidence_id, "-o", str(copy)]) == 0
    err = capsys.readouterr().err
    assert "1 file(s)" in err and "evidence-set-aside" in err and "nothing was deleted" in err
    assert copy.read_bytes() == src.read_bytes()
    assert (tmp_path / "vault" / "evidence-set-aside" / "stray.txt").read_bytes() == b"left here by hand"
    assert main(["evidence", "save", evidence_id, "-o", str(copy)]) != 0  # never overwrites
    assert "already exists" in capsys.readouterr().err
