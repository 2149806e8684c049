"""The OS keychain: only real backends, the null store as the normal headless case, and a real
Secret Service session (gnome-keyring under dbus-run-session) for binding a vault to a computer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from storage.keystore import NoKeyStore, OsKeyStore, system_keystore
from tests.conftest import ROOT


def _in_subprocess(env_extra: dict[str, str], code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(env_extra, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


PROBE = "from storage.keystore import system_keystore; s = system_keystore(); print(type(s).__name__)"


@pytest.mark.parametrize(
    "backend",
    ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring", "keyring.backends.chainer.ChainerBackend"],
)
def test_forced_non_os_backends_are_refused(backend):
    assert _in_subprocess({"PYTHON_KEYRING_BACKEND": backend}, PROBE) == "NoKeyStore"


def test_no_dbus_means_no_keychain_and_a_calm_sentence():
    assert _in_subprocess({}, PROBE) == "NoKeyStore"
    assert "passphrase alone" in NoKeyStore().describe()


def test_plaintext_backend_class_is_not_on_the_allowlist():
    class PlaintextKeyring:  # the shape of keyrings.alt's file backend
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert OsKeyStore._pick(PlaintextKeyring()) is None


def test_null_store_never_stores():
    store = system_keystore() if os.environ.get("PYTHON_KEYRING_BACKEND") else NoKeyStore()
    assert not store.available()
    with pytest.raises(Exception, match="passphrase alone"):
        NoKeyStore().create_pepper("v")


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring",
)
def test_real_secret_service_binding(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    script = (
        f"echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f"{sys.executable} {ROOT / 'tests' / 'keyring_probe.py'} {tmp_path / 'vault'}"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(tmp_path))
    out = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    lines = out.stdout
    assert "BACKEND" in lines, out.stderr[-2000:]
    if "NoKeyStore" in lines:
        pytest.skip("gnome-keyring did not provide a Secret Service here: " + lines[:200])
    for expected in (
        "OPEN_WITH_KEYCHAIN ok",
        "PEPPER_IS_NOT_THE_KEY True",
        "COPIED_ELSEWHERE refused",
        "KEYCHAIN_LOST refused",
        "RECOVERY ok",
    ):
        assert expected in lines, lines + out.stderr[-2000:]
