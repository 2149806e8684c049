"""Architecture: ``ui/`` -> ``app/`` -> ``storage/``, read from the source itself.

- ``app/`` and ``storage/`` never import Qt, and never import ``ui/`` or the launcher above them, not
  even lazily inside a function (every import statement of every module is read);
- ``storage/`` never imports ``app/``; the pure core (domain, names, redaction, report, search) imports from
  ``storage/`` only its error root;
- ``ui/`` holds no SQL and never touches the database: it reads through ``app.views`` and writes
  through ``app.services``; it never imports the command line;
- a missing module is never taken to mean "feature absent" (only the operating system's own modules
  may be missing, on another platform);
- the app opens no sockets.
"""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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

PURE_CORE = ("app/domain", "app/names", "app/redaction", "app/report", "app/search")
PLATFORM_MODULES = {"fcntl", "resource", "msvcrt", "winreg", "termios"}  # absent on one OS or another
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|PRAGMA)\b")


def sources(*folders: str) -> Iterator[tuple[Path, ast.Module]]:
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Every module an import statement names, wherever the statement is (top level or in a function)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:  # ``from app import cli`` names a module too
                yield node.lineno, f"{node.module}.{alias.name}"


def under(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def test_app_and_storage_never_import_qt():
    out = subprocess.run(
        [sys.executable, "-c", BLOCK_QT.format(root=str(ROOT))], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0 and "OK" in out.stdout, out.stderr[-2000:]


def test_no_import_points_up():
    found = []
    for path, tree in sources("app", "storage"):
        for line, module in imported(tree):
            if under(module, "ui", "casefile", "PySide6", "shiboken6"):
                found.append(f"{where(path, line)} imports {module}")
    for path, tree in sources("storage"):
        found += [f"{where(path, line)} imports {m}" for line, m in imported(tree) if under(m, "app")]
    for path, tree in sources(*PURE_CORE):
        found += [
            f"{where(path, line)} imports {m}"
            for line, m in imported(tree)
            if under(m, "storage") and not under(m, "storage.errors")
        ]
    for path, tree in sources("ui"):
        found += [f"{where(path, line)} imports {m}" for line, m in imported(tree) if under(m, "app.cli", "casefile")]
    assert found == []


def test_the_interface_holds_no_sql_and_never_touches_the_database():
    found = []
    for path, tree in sources("ui"):
        inside_fstrings = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside_fstrings:
                text = node.value
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                text = str(node.values[0].value)
            if text is not None and SQL.match(text):
                found.append(f"{where(path, node.lineno)}: SQL {text[:40]!r}")
            if isinstance(node, ast.Attribute) and node.attr in ("db", "conn", "records"):
                found.append(f"{where(path, node.lineno)}: .{node.attr}")
        for line, module in imported(tree):
            if under(module, "sqlite3", "sqlcipher3", "storage.database", "app.services.records"):
                found.append(f"{where(path, line)} imports {module}")
    assert found == []


def test_a_missing_module_is_never_a_missing_feature():
    found = []
    for path, tree in sources("casefile", "app", "storage", "ui"):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            caught = {
                n.id for h in node.handlers if h.type is not None for n in ast.walk(h.type) if isinstance(n, ast.Name)
            }
            if caught & {"ImportError", "ModuleNotFoundError"}:
                tried = {m.split(".")[0] for stmt in node.body for _, m in imported(ast.Module([stmt], []))}
                if not tried or not tried <= PLATFORM_MODULES:
                    found.append(f"{where(path, node.lineno)} treats a failed import of {sorted(tried)} as normal")
    assert found == []


def test_no_network_modules_in_product_code():
    forbidden = {"socket", "requests", "httpx", "urllib.request", "http.client", "aiohttp", "ssl"}
    found = []
    for path, tree in sources("casefile", "app", "storage", "ui"):
        found += [f"{where(path, line)} imports {m}" for line, m in imported(tree) if under(m, *forbidden)]
    assert found == []


def test_every_module_is_importable():
    import app
    import storage

    for pkg in (app, storage):
        names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
        assert names


def test_the_profiles_are_declared_once():
    from app.domain.profiles import PROFILES
    from app.redaction import PROFILES as REDACTION_PROFILES

    assert REDACTION_PROFILES is PROFILES
    literal = re.compile(r"""["'](internal|partner|public)["']\s*,\s*["'](internal|partner|public)["']""")
    found = []
    for path in sorted(p for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py")):
        if path.name != "profiles.py":
            found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in literal.finditer(path.read_text())]
    assert found == []
