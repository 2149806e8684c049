"""The "never leak" side of Content Credentials: the photographer a manifest names, and its signer, stay in
the vault. A partner pack's image copy and a public report carry no trace of them; the pack manifest
carries the verdict, a word; the internal report shows it all."""

from __future__ import annotations

import json
import shutil
import subprocess
import zlib

import pytest

from app.evidence.credentials import ContentCredentialsReader
from app.packs import PartnerBook, build_pack, my_card, receive_pack
from app.packs.report import report_maker
from app.services.evidence import EvidenceService
from app.services.records import Records
from app.services.reports import export_report
from tests import c2pa_support as cs
from tests.test_pack_support import decrypt, read_members

pytest.importorskip("c2pa")
POPPLER = shutil.which("pdftotext") is not None

# Every trace of the people the manifest names, in the forms a tool could show them.
TRACES = [cs.AUTHOR, cs.SIGNER, "Zhanbolatqyzy", "Test Root CA"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A documenter's vault holding one signed photo (its description names the photographer) and a partner."""
    from storage.vault import Vault
    from tests.conftest import LIGHT_KDF, PASSPHRASE

    root = tmp_path_factory.mktemp("c2pa-leak")
    doc, _ = Vault.create(root / "documenter", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    par, _ = Vault.create(root / "partner", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    pki = cs.make_pki()
    anchor = pki.write_root(root / "test-root.pem")
    photo = root / "IMG_0042.jpg"
    photo.write_bytes(cs.sign(cs.picture("JPEG"), "image/jpeg", pki))
    case_id = Records(doc).insert("cases", {"title": "Signed photo case", "reference": "C2PA-1"})
    service = EvidenceService(doc, credentials=ContentCredentialsReader(user_anchor_files=[anchor]))
    item = service.add_file(case_id, photo, description=f"Photo by {cs.AUTHOR} outside the courthouse")
    PartnerBook(doc).add(my_card(par, "Partner NGO"), trusted=True)
    yield {"doc": doc, "par": par, "case": case_id, "item": item, "root": root, "photo": photo}
    doc.close()
    par.close()


@pytest.fixture(scope="module")
def pack_path(world):
    out = world["root"] / "partner.casefile-pack"
    partner = PartnerBook(world["doc"]).find("Partner NGO")
    build_pack(world["doc"], world["case"], [partner], out, profile="partner", report=report_maker())
    return out


@pytest.fixture(scope="module")
def partner_pack(world, pack_path):
    return {info.name: data for info, data in read_members(decrypt(pack_path, world["par"].identity))}


def test_the_original_really_carries_the_names(world):
    data = world["photo"].read_bytes()
    assert cs.AUTHOR.encode() in data and cs.SIGNER.encode() in data and b"jumb" in data


def test_pack_manifest_carries_the_verdict_only(partner_pack, world):
    manifest = json.loads(partner_pack["manifest.json"])
    (item,) = [i for i in manifest["items"] if i["kind"] == "evidence"]
    assert item["operation"] == "strip-metadata" and item["content_credentials"] == "intact"
    assert item["original_sha256"] == world["item"].sha256
    text = partner_pack["manifest.json"].decode()
    for trace in TRACES:
        assert trace not in text


def test_the_partner_receives_it_and_a_forged_verdict_is_refused(world, pack_path, partner_pack):
    from app.packs import manifest as mf

    parsed = mf.parse(partner_pack["manifest.json"])
    assert [i.content_credentials for i in parsed.items if i.kind == "evidence"] == ["intact"]
    forged = json.loads(partner_pack["manifest.json"])
    next(i for i in forged["items"] if i["kind"] == "evidence")["content_credentials"] = "trusted by Aigerim"
    with pytest.raises(mf.ManifestInvalid):
        mf.parse(json.dumps(forged).encode())
    PartnerBook(world["par"]).add(my_card(world["doc"], "Field team"), trusted=True)
    received = receive_pack(world["par"], pack_path)
    assert len(received.evidence_ids) == 1


def test_partner_image_copy_has_no_trace(partner_pack, tmp_path):
    (path,) = [p for p in partner_pack if p.startswith("evidence/")]
    copy = partner_pack[path]
    for trace in TRACES:
        assert trace.encode() not in copy
    for mark in (b"jumb", b"c2pa", b"C2PA", b"http://ns.adobe.com/xap", b"Photoshop 3.0", b"Exif\x00"):
        assert mark not in copy
    if shutil.which("exiftool"):
        saved = tmp_path / "copy.jpg"
        saved.write_bytes(copy)
        tags = json.loads(subprocess.run(["exiftool", "-j", "-G", "-a", str(saved)], capture_output=True).stdout)[0]
        groups = {k.split(":")[0] for k in tags}
        assert not groups & {"JUMBF", "C2PA", "XMP", "IPTC", "EXIF", "ICC_Profile", "Photoshop"}, sorted(tags)
        assert not any(trace in str(v) for v in tags.values() for trace in TRACES)


def test_partner_pack_documents_hold_no_trace(partner_pack):
    for name in ("custody.json", "case.json", "SHA256SUMS"):
        text = partner_pack[name].decode()
        for trace in TRACES:
            assert trace not in text, name


def _pdf_streams(pdf: bytes) -> str:
    """Every stream of the PDF, inflated where it is compressed, as text (fonts can hide text from a plain grep)."""
    out, at = [], 0
    while (start := pdf.find(b"stream", at)) != -1:
        body_at = start + len(b"stream") + (2 if pdf[start + 6 : start + 8] == b"\r\n" else 1)
        end = pdf.find(b"endstream", body_at)
        if end == -1:
            break
        body = pdf[body_at:end]
        try:
            body = zlib.decompress(body)
        except zlib.error:
            pass
        out.append(body.decode("latin-1"))
        at = end
    return "\n".join(out)


@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
@pytest.mark.parametrize("profile", ["public", "partner"])
def test_redacted_report_has_no_trace(world, profile):
    path = world["root"] / f"{profile}.pdf"
    export_report(world["doc"], world["case"], profile=profile, lang="en", out_path=path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    raw = path.read_bytes()
    streams = _pdf_streams(raw)
    for trace in TRACES:
        assert trace not in text and trace not in streams and trace.encode() not in raw
    assert "Content Credentials" not in text  # the verdict line belongs to internal reports
    assert "outside the courthouse" in text  # the description is there, the photographer withheld


@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
def test_internal_report_shows_the_verdict_and_signer(world):
    path = world["root"] / "internal.pdf"
    export_report(world["doc"], world["case"], profile="internal", lang="en", out_path=path)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "Content Credentials (C2PA): intact, signed by" in text
    assert cs.SIGNER in text
