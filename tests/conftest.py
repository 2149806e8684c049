"""Shared fixtures. Qt runs offscreen; any socket other than a local (AF_UNIX) one fails the test."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# Test vaults use light key derivation (see LIGHT_KDF); subprocesses inherit this.
os.environ["CASEFILE_INSECURE_TEST_KDF"] = "1"

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.kdf import KdfParams  # noqa: E402

LIGHT_KDF = KdfParams(memory_kib=8192, time_cost=1, lanes=1)
PASSPHRASE = "correct horse battery staple"

_socket_guard = {"on": False, "seen": []}


def _audit(event: str, args: tuple) -> None:
    if not _socket_guard["on"]:
        return
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family not in (socket.AF_UNIX, -1, None):
            _socket_guard["seen"].append(f"{event} family={family}")
            raise RuntimeError("Casefile must open no network sockets")
    elif event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto"):
        address = args[1] if len(args) > 1 else None
        if not isinstance(address, str | bytes):  # AF_UNIX addresses are paths
            _socket_guard["seen"].append(f"{event} {address!r}")
            raise RuntimeError("Casefile must open no network sockets")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def no_network():
    """Fail any test during which the code opens a network socket."""
    _socket_guard["on"], _socket_guard["seen"] = True, []
    yield
    _socket_guard["on"] = False
    assert not _socket_guard["seen"], f"network access attempted: {_socket_guard['seen']}"


@pytest.fixture
def light_cli_kdf(monkeypatch):
    """CLI commands create vaults with light KDF parameters in tests (never in the product)."""
    import app.cli.common as common

    monkeypatch.setattr(common, "kdf_for_new_vault", lambda: (LIGHT_KDF, True))


@pytest.fixture
def cli(tmp_path, monkeypatch, light_cli_kdf, capsys):
    """Run ``casefile COMMAND ...`` in this process on a vault in ``tmp_path / "vault"``: (exit code, out, err)."""
    from app.cli import main

    monkeypatch.setenv("CASEFILE_VAULT", str(tmp_path / "vault"))
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "a good long passphrase")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def make_vault(tmp_path):
    from storage.vault import Vault

    opened = []

    def make(name: str = "vault", passphrase: str = PASSPHRASE, **kw):
        vault, code = Vault.create(tmp_path / name, passphrase, kdf=LIGHT_KDF, allow_below_floor=True, **kw)
        opened.append(vault)
        return vault, code

    yield make
    for v in opened:
        try:
            v.close()
        except Exception:
            pass


@pytest.fixture
def vault(make_vault):
    return make_vault()[0]


@pytest.fixture
def demo_vault(make_vault):
    from app.demo import load_demo

    v, _ = make_vault()
    load_demo(v)
    return v


@pytest.fixture
def two_vaults(tmp_path):
    """A documenter's vault (the demo case, three evidence files) and a partner's, who trust each other."""
    from tests.test_pack_support import make_world

    w = make_world(tmp_path)
    yield w
    w.doc.close()
    w.par.close()
