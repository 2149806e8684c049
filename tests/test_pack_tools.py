"""A partner without Casefile: the real age, tar, sha256sum and openssl binaries open and check a pack.

Exactly the steps docs/for-partners.md gives.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from app.packs import ContactCard, PartnerBook, my_card
from tests.test_pack_support import make_world

TOOLS = ("age", "age-keygen", "tar", "sha256sum", "openssl")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="needs age, age-keygen, tar, sha256sum and openssl (tools/setup.sh)",
)


def run(cmd: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=cwd, capture_output=True, text=True, timeout=60)


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path)
    yield w
    w.doc.close()
    w.par.close()


def test_a_partner_with_only_standard_tools_opens_and_checks_a_pack(world, tmp_path):
    # The partner makes a key with age-keygen and hands over the public half.
    keygen = run("age-keygen -o key.txt", tmp_path)
    assert keygen.returncode == 0, keygen.stderr
    recipient = next(
        line.split(": ", 1)[1]
        for line in (tmp_path / "key.txt").read_text().splitlines()
        if line.startswith("# public key: ")
    )
    partner = PartnerBook(world.doc).add(ContactCard.age_only("NGO with age only", recipient), trusted=True)
    # The documenter hands over their card's signing key as PEM (what 'casefile card export' writes).
    (tmp_path / "signer.pem").write_text(my_card(world.doc, "Field team").signing_key_pem)
    pack = world.pack("for-ngo.casefile-pack", to=partner)

    out = tmp_path / "opened"
    out.mkdir()
    steps = [
        f"age -d -i key.txt {pack.name} | tar xf - -C opened",
        "cd opened && sha256sum -c SHA256SUMS",
        "cd opened && openssl pkeyutl -verify -pubin -inkey ../signer.pem -rawin -in manifest.json "
        "-sigfile manifest.sig",
        'cd opened && grep -q "\\"sha256sums\\": \\"$(sha256sum SHA256SUMS | cut -c1-64)\\"" manifest.json',
    ]
    for step in steps:
        result = run(step, tmp_path)
        assert result.returncode == 0, (step, result.stdout, result.stderr)
    assert "Signature Verified Successfully" in run(steps[2], tmp_path).stdout
    listing = run(f"age -d -i key.txt {pack.name} | tar tvf -", tmp_path).stdout.splitlines()
    assert all(line.startswith("-") for line in listing)  # regular files only
    names = [line.split()[-1] for line in listing]
    assert names[:3] == ["manifest.json", "manifest.sig", "SHA256SUMS"]
    listed = [line.split("  ", 1)[1] for line in (out / "SHA256SUMS").read_text().splitlines()]
    assert names[3:] == listed
    manifest = json.loads((out / "manifest.json").read_text())
    assert [i["path"] for i in manifest["items"]] == listed
    # evidence by hash, no original names anywhere
    assert not any("protest" in n or "court" in n for n in names)

    # A changed byte: age refuses, and a changed member fails sha256sum -c.
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "bad.casefile-pack").write_bytes(bytes(data))
    assert run("age -d -i key.txt bad.casefile-pack > /dev/null", tmp_path).returncode != 0
    victim = out / listed[1]
    victim.write_bytes(victim.read_bytes()[:-1] + b"!")
    assert run("cd opened && sha256sum -c SHA256SUMS", tmp_path).returncode != 0
    # and a changed manifest fails the signature check
    (out / "manifest.json").write_text((out / "manifest.json").read_text().replace("partner", "public", 1))
    assert run(steps[2], tmp_path).returncode != 0


def test_casefile_packs_open_with_age_using_the_vault_identity(world, tmp_path):
    """A partner with Casefile can also use plain age: the vault's identity is a standard age identity."""
    pack = world.pack()
    (tmp_path / "vault-key.txt").write_text(str(world.par.identity) + "\n")
    result = run(f"age -d -i vault-key.txt {pack.name} | tar tf -", tmp_path)
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "manifest.json"
