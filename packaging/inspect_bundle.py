"""Check what a built Casefile bundle contains: no tests, developer tools, user data or secrets.

    build/venv/bin/python packaging/inspect_bundle.py dist/casefile [--source-root .]

Run by packaging/smoke_test.sh with the build venv's Python, because reading the Python modules
frozen inside the executables (the PYZ archive) needs PyInstaller's archive reader. Looks at every
file on disk, every module in each executable's archive and in base_library.zip, decompressed.
Prints one line per check; exits 1 if any check fails.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

# Code that must never ship: our tests and tools, test frameworks, the standard library's own tests.
FORBIDDEN_TOP = {
    "tests",
    "bench",
    "docs",
    "packaging",
    "tools",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "test",
    "conftest",
    "idlelib",
    "tkinter",
    "pip",
    "setuptools",
    "PyInstaller",
}
FORBIDDEN_MODULES = {"tools.screenshots", "screenshots"}
TEST_PART = re.compile(r"^(tests?|testing|conftest|test_.*|.*_tests?)$")

# Files that only user data has: vault folders, packs, cards, databases, keys.
USER_DATA_NAME = re.compile(r"(^demo-vault$|^vault\.json$|\.casefile-pack$|\.card$|\.(db|sqlite3?|age|pem|key)$)")

# Real key material, not the bare labels that age and OpenSSL libraries contain as constants.
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
SECRET_PATTERNS = {
    "age secret key": re.compile(rb"AGE-SECRET-KEY-1[" + BECH32.encode() + rb"]{58}"),
    "PEM private key": re.compile(rb"-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----\s*[A-Za-z0-9+/=\r\n]{64}"),
    "OpenSSH private key": re.compile(rb"-----BEGIN OPENSSH PRIVATE KEY-----\s*b3BlbnNzaC1rZXktdjE"),
}
LABELS = (b"AGE-SECRET-KEY", b"PRIVATE KEY")


def pyz_modules(executable: Path) -> Iterator[tuple[str, bytes]]:
    """(module name, marshalled code) for every module frozen into one executable."""
    from PyInstaller.archive.readers import CArchiveReader, NotAnArchiveError

    pkg = CArchiveReader(str(executable))
    for name, entry in pkg.toc.items():
        typecode = entry[-1]
        if typecode in ("s", "m", "M"):  # entry-point scripts and bootstrap modules
            yield f"{executable.name}:{name}", pkg.extract(name)
        elif typecode == "z":
            try:
                pyz = pkg.open_embedded_archive(name)
            except NotAnArchiveError:
                continue
            for module in pyz.toc:
                yield module, pyz.extract(module, raw=True) or b""


def zip_modules(path: Path) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            module = info.filename.removesuffix(".pyc").removesuffix("/__init__").replace("/", ".")
            yield module, zf.read(info)


def forbidden_module(module: str) -> bool:
    if ":" in module:  # an executable's own script
        return False
    parts = module.split(".")
    return parts[0] in FORBIDDEN_TOP or module in FORBIDDEN_MODULES or any(TEST_PART.match(p) for p in parts)


def forbidden_path(rel: Path) -> bool:
    return any(TEST_PART.match(p) or p in ("bench", "demo-vault", "__pycache__") for p in rel.parts[:-1]) or bool(
        TEST_PART.match(rel.stem.split(".")[0]) and rel.suffix in (".py", ".pyc")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--source-root", type=Path, help="the checkout it was built from (looked for as a leaked path)")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle.resolve()

    files = sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    executables = [
        p for p in bundle.iterdir() if p.is_file() and p.name.startswith("casefile") and p.stat().st_mode & 0o111
    ]
    modules: list[tuple[str, bytes]] = []
    for exe in executables:
        modules.extend(pyz_modules(exe))
    for zpath in bundle.rglob("base_library.zip"):
        modules.extend(zip_modules(zpath))

    failures = 0

    def report(ok: bool, check: str, detail: str) -> None:
        nonlocal failures
        failures += not ok
        print(f"{'PASS' if ok else 'FAIL'}  {check}: {detail}")

    names = [m for m, _ in modules]
    report(
        len(names) > 100 and "app.cli" in names and "storage.vault" in names,
        "frozen modules readable",
        f"{len(names)} modules in {len(executables)} executable(s) and base_library.zip",
    )

    bad = sorted({m for m in names if forbidden_module(m)})
    report(not bad, "no test or developer modules frozen in", ", ".join(bad[:10]) or "none")

    bad_files = [str(p.relative_to(bundle)) for p in files if forbidden_path(p.relative_to(bundle))]
    report(not bad_files, "no test, bench or cache files", ", ".join(bad_files[:10]) or "none")

    data_files = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if USER_DATA_NAME.search(p.name)]
    report(not data_files, "no vaults, packs, cards, databases or key files", ", ".join(data_files[:10]) or "none")

    demo = bundle / "_internal" / "resources" / "demo"
    shipped = sorted(p.name for p in demo.iterdir()) if demo.is_dir() else []
    report(shipped == ["atajurt-case.json"], "demo data is the public seed case only", ", ".join(shipped) or "missing")

    hits: list[str] = []
    labels: set[str] = set()
    blobs = ((str(p.relative_to(bundle)), p.read_bytes()) for p in files)
    for where, data in [*blobs, *((f"module {m}", code) for m, code in modules)]:
        for kind, pattern in SECRET_PATTERNS.items():
            if pattern.search(data):
                hits.append(f"{kind} in {where}")
        if any(label in data for label in LABELS):
            labels.add(where)
    report(
        not hits,
        "no private keys",
        "; ".join(hits[:10])
        or f"none (the labels AGE-SECRET-KEY / PRIVATE KEY occur only as parser constants, in {len(labels)} files: "
        f"{', '.join(sorted(labels)[:6])}{', ...' if len(labels) > 6 else ''})",
    )

    if args.source_root:
        # collect_submodules() skips a module that fails to import at build time: catch that here.
        src = args.source_root.resolve()
        ours = {
            ".".join(path.relative_to(src).with_suffix("").parts).removesuffix(".__init__")
            for package in ("app", "storage", "ui")
            for path in (src / package).rglob("*.py")
        }
        missing = sorted(ours - set(names) - FORBIDDEN_MODULES)
        detail = f"{len(ours)} modules"
        if missing:  # new since the build, or failed to import while it ran
            detail = f"missing (rebuild; if it persists, they fail to import): {', '.join(missing[:10])}"
        report(not missing, "every module of app/, storage/, ui/ frozen in", detail)

        root = str(src).encode()
        leaked = [str(p.relative_to(bundle)) for p in files if root in p.read_bytes()]
        leaked += [f"module {m}" for m, code in modules if root in code]
        report(not leaked, "no build-machine paths", ", ".join(leaked[:10]) or f"none ({root.decode()})")

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
