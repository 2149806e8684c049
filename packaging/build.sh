#!/usr/bin/env bash
# Builds the Linux desktop bundle of Casefile and smoke-tests it. One command, from the checkout:
#
#   bash packaging/build.sh        (or: make package)
#
# 1. a build venv (build/venv) with exactly the hashed pins of requirements.lock and
#    packaging/build-requirements.lock (PyInstaller), wheels only;
# 2. PyInstaller with packaging/casefile.spec -> dist/casefile/ (a folder: run dist/casefile/casefile);
# 3. dist/casefile-<version>-linux-x86_64.tar.gz (+ .sha256): the folder, the .desktop file and its installer;
# 4. packaging/smoke_test.sh on a copy unpacked from that tarball into a fresh folder.
# Prints the bundle's size and the build time. Exits non-zero if any step or the smoke test fails.
#
# Environment: PYTHON (default python3.11) for the build venv; SOURCE_DATE_EPOCH for the tarball's
# file times (default: the time of the newest pinned file, so a rebuild of the same tree gives the same order and times).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

say() { printf '\n==> %s\n' "$*"; }

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || { echo "build.sh: $PY not found (set PYTHON=/path/to/python3.11)" >&2; exit 1; }
"$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
  || { echo "build.sh: the locks are for CPython 3.11; $PY is $("$PY" -V 2>&1)" >&2; exit 1; }
[ "$(uname -sm)" = "Linux x86_64" ] || echo "build.sh: warning: the locks were made for Linux x86_64, this is $(uname -sm)" >&2

# Qt's Python binding and its runtime must be one release (requirements.lock pins them together).
pyside=$(sed -n 's/^pyside6-essentials==\([^ ]*\).*/\1/p' requirements.lock)
shiboken=$(sed -n 's/^shiboken6==\([^ ]*\).*/\1/p' requirements.lock)
if [ -z "$pyside" ] || [ "$pyside" != "$shiboken" ]; then
  echo "build.sh: requirements.lock pins PySide6-Essentials '$pyside' and shiboken6 '$shiboken'; they must match" >&2
  exit 1
fi

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
PROJECT_VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml)
if [ -z "$VERSION" ] || [ "$VERSION" != "$PROJECT_VERSION" ]; then
  echo "build.sh: app/__init__.py says '$VERSION' but pyproject.toml says '$PROJECT_VERSION'" >&2
  exit 1
fi

say "Build venv build/venv (hashed pins only, wheels only)"
VENV=build/venv
venv_state="reused"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
  venv_state="created"
fi
# --require-hashes: every file pip installs must match a hash in the locks; --no-deps: nothing unpinned
# can come along; --only-binary: no source builds on the build machine.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
  --only-binary=:all: -r requirements.lock -r packaging/build-requirements.lock 2> >(grep -v "is ignored" >&2)
"$VENV/bin/python" -m pip check
venv_ready=$(date +%s)

say "PyInstaller: dist/casefile/"
rm -rf build/pyinstaller dist/casefile
PYTHONHASHSEED=0 "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/casefile.spec
built=$(date +%s)

say "Tarball"
NAME="casefile-$VERSION-linux-x86_64"
STAGE=build/stage/$NAME
rm -rf build/stage
mkdir -p "$STAGE"
cp -a dist/casefile/. "$STAGE/"
# The oldest glibc the bundle runs on: the newest glibc symbol version any of its binaries asks for.
GLIBC_FLOOR=$(find dist/casefile -type f \( -name '*.so*' -o -name casefile \) -exec objdump -T {} + 2>/dev/null \
  | grep -oE 'GLIBC_2\.[0-9]+' | sort -uV | tail -1 | sed 's/GLIBC_//')
cp packaging/linux/casefile.desktop packaging/linux/install-desktop-entry.sh "$STAGE/"
sed "s/@GLIBC@/$GLIBC_FLOOR/" packaging/linux/README.txt >"$STAGE/README.txt"
chmod 755 "$STAGE/install-desktop-entry.sh"
# Reproducible archive: sorted names, fixed owner and times.
: "${SOURCE_DATE_EPOCH:=$(stat -c %Y requirements.lock packaging/casefile.spec app/__init__.py | sort -n | tail -1)}"
TARBALL=dist/$NAME.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C build/stage -cf - "$NAME" | gzip -n >"$TARBALL"
(cd dist && sha256sum "$NAME.tar.gz" >"$NAME.tar.gz.sha256")
rm -rf build/stage
finished=$(date +%s)

say "Smoke test (on the tarball unpacked into a fresh folder)"
UNPACK=$(mktemp -d "${TMPDIR:-/tmp}/casefile-unpacked.XXXXXX")
trap 'rm -rf "$UNPACK"' EXIT
tar -xzf "$TARBALL" -C "$UNPACK"
smoke=0
CASEFILE_INSPECT_PYTHON="$ROOT/$VENV/bin/python" CASEFILE_SOURCE_ROOT="$ROOT" \
  bash packaging/smoke_test.sh "$UNPACK/$NAME" "$VERSION" || smoke=$?

say "Summary"
echo "version          $VERSION (PySide6-Essentials/shiboken6 $pyside, $("$VENV/bin/python" -m PyInstaller --version 2>/dev/null | sed 's/^/PyInstaller /'))"
echo "bundle           dist/casefile/  $(du -sh dist/casefile | cut -f1)  ($(find dist/casefile -type f | wc -l) files)"
echo "tarball          $TARBALL  $(du -h "$TARBALL" | cut -f1)"
echo "sha256           $(cut -d' ' -f1 "dist/$NAME.tar.gz.sha256")"
echo "build time       $((finished - started)) s: venv $((venv_ready - started)) s ($venv_state)," \
  "PyInstaller $((built - venv_ready)) s, tarball $((finished - built)) s; smoke test $(($(date +%s) - finished)) s"
echo "glibc needed     $GLIBC_FLOOR or newer (built on $(ldd --version | head -1 | grep -oE '[0-9]+\.[0-9]+$'))"
if [ $smoke -ne 0 ]; then
  echo "smoke test       FAILED (see above)"
  exit $smoke
fi
echo "smoke test       passed"
