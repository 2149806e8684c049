"""Architecture: app/ and storage/ never import Qt; the app opens no sockets."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

from tests.conftest import ROOT

BLOCK_QT = """
import sys, importlib, pkgutil
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt imported from ' + name)
sys.meta_path.insert(0, Blocker())
sys.path.insert(0, {root!r})
for pkg in ('storage', 'app'):
    mod = importlib.import_module(pkg)
    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):
        if info.name == 'app.__main__':
            continue
        importlib.import_module(info.name)
print('OK')
"""


def test_app_and_storage_never_import_qt():
    out = subprocess.run(
        [sys.executable, "-c", BLOCK_QT.format(root=str(ROOT))], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0 and "OK" in out.stdout, out.stderr[-2000:]


def test_no_network_modules_in_product_code():
    forbidden = {"socket", "requests", "httpx", "urllib.request", "http.client", "aiohttp", "ssl"}
    for pkg in ("app", "storage", "ui"):
        for path in (ROOT / pkg).rglob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                words = line.split()
                if words[:1] in (["import"], ["from"]) and len(words) > 1:
                    assert words[1].split(",")[0] not in forbidden, f"{path}: {line}"


def test_every_module_is_importable():
    import app
    import storage

    for pkg in (app, storage):
        names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
        assert names


def test_reports_are_in_sync_with_the_cli_profiles():
    from app.cli.report_cmds import PROFILES as CLI_PROFILES
    from app.redaction import PROFILES

    assert tuple(CLI_PROFILES) == tuple(PROFILES)
