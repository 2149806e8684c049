"""Every file Casefile makes is readable by its owner alone (0600), whatever the umask it was started
with; only what is meant to be shared (contact cards) is 0644."""

from __future__ import annotations

import os
import stat

from app.packs import PartnerBook, my_card
from storage.header import HEADER_NAME
from storage.vault import Vault
from tests.cli_helpers import run_cli
from tests.conftest import LIGHT_KDF, PASSPHRASE


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_files_are_private_and_cards_public(tmp_path):
    old = os.umask(0o022)  # as a desktop session usually has it
    try:
        doc, _ = Vault.create(tmp_path / "doc", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
        par, _ = Vault.create(tmp_path / "par", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    finally:
        os.umask(old)
    from app.services.records import Records

    Records(doc).insert("cases", {"title": "Modes", "reference": "M-1"})
    PartnerBook(doc).add(my_card(par, "Partner"), trusted=True)
    doc.close()
    par.close()
    assert _mode(tmp_path / "doc" / "casefile.db") == 0o600
    assert _mode(tmp_path / "doc" / HEADER_NAME) == 0o600
    (tmp_path / "photo.bin").write_bytes(os.urandom(5000))
    assert run_cli(tmp_path / "doc", "evidence", "add", "M-1", str(tmp_path / "photo.bin")).returncode == 0
    blobs = list((tmp_path / "doc" / "evidence").iterdir())
    assert blobs and all(_mode(b) == 0o600 for b in blobs)
    assert run_cli(tmp_path / "doc", "export", "M-1", "-o", str(tmp_path / "case.json")).returncode == 0
    assert _mode(tmp_path / "case.json") == 0o600
    out = run_cli(tmp_path / "doc", "pack", "M-1", "--to", "Partner", "--no-report", "-o", str(tmp_path / "p.pack"))
    assert out.returncode == 0, out.stderr
    assert _mode(tmp_path / "p.pack") == 0o600
    assert run_cli(tmp_path / "doc", "card", "export", "-o", str(tmp_path / "me.card")).returncode == 0
    assert _mode(tmp_path / "me.card") == 0o644 and _mode(tmp_path / "me.pem") == 0o644
