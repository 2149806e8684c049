"""The pack commands as a user meets them: card export/import/list, pack, verify, receive."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.conftest import PASSPHRASE
from tests.test_pack_support import make_world


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    w = make_world(tmp_path)
    w.doc.close()
    w.par.close()
    return w


def cli(vault, *args) -> int:
    return main(["--vault", str(vault.folder), *args])


def test_cards_pack_verify_receive(world, tmp_path, capsys):
    doc, par = world.doc, world.par
    assert cli(par, "card", "export", "--label", "Partner NGO", "-o", str(tmp_path / "ngo.card")) == 0
    out = capsys.readouterr().out
    fp = out.split("Your fingerprint: ")[1].split()[0]
    assert (tmp_path / "ngo.pem").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    # a wrong fingerprint is refused; the right one trusts the card
    assert cli(doc, "card", "import", str(tmp_path / "ngo.card"), "--trust-fingerprint", "AAAAA-BBBBB-CCCCC-DDDDD") == 1
    assert "does not match" in capsys.readouterr().err
    assert cli(doc, "card", "import", str(tmp_path / "ngo.card"), "--trust-fingerprint", fp.lower()) == 0
    assert "trusted" in capsys.readouterr().out
    assert cli(doc, "card", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert any(p["fingerprint"] == fp and p["trusted"] for p in listed["partners"])
    # without a terminal and without a flag, nothing is trusted silently
    assert cli(doc, "card", "import", str(tmp_path / "ngo.card")) == 1
    assert "needs its fingerprint confirmed" in capsys.readouterr().err

    pack = tmp_path / "case.casefile-pack"
    assert cli(doc, "pack", "ATAJURT-2025", "--to", str(tmp_path / "ngo.card"), "--no-report", "-o", str(pack)) == 0
    out = capsys.readouterr()
    assert "Wrote" in out.out and "Left out" in out.err  # video and PDF without --include-originals
    assert cli(par, "verify", str(pack), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["signer"]["trusted"]

    data = bytearray(pack.read_bytes())
    data[-40] ^= 1
    bad = tmp_path / "bad.casefile-pack"
    bad.write_bytes(bytes(data))
    assert cli(par, "verify", str(bad)) == 1
    err = capsys.readouterr().err
    assert "check(s) failed" in err and "damaged" in err and "Traceback" not in err
    assert cli(par, "receive", str(bad)) == 1
    assert "refused" in capsys.readouterr().err
    assert cli(par, "receive", str(pack)) == 0
    assert "Received pack" in capsys.readouterr().out
    assert cli(par, "receive", str(pack)) == 1
    assert "already received" in capsys.readouterr().err


def test_pack_to_an_unknown_partner_is_a_plain_error(world, capsys):
    assert cli(world.doc, "pack", "ATAJURT-2025", "--to", "Nobody", "-o", "x.casefile-pack") == 1
    assert "No partner card" in capsys.readouterr().err
