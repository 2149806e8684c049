#!/usr/bin/env bash
# Regenerates the hashed locks from PyPI: requirements.lock (the app's dependencies, from
# pyproject.toml) and packaging/build-requirements.lock (PyInstaller). Linux x86_64, CPython 3.11:
# pip-compile resolves for the machine it runs on. Run it there, then review the diff.
#
#   bash packaging/lock.sh            # keep current pins where still allowed
#   bash packaging/lock.sh --upgrade  # move every pin to the newest allowed release
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3.11}
TOOLS=build/lock-venv
if [ ! -x "$TOOLS/bin/pip-compile" ]; then
  "$PY" -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install -q "pip-tools==7.6.2"
fi

# Only PyPI, whatever local mirrors or wheel folders pip is configured with here: the hashes
# must be those of the files every other machine will download.
compile() {
  env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL -u PIP_INDEX_URL PIP_CONFIG_FILE=/dev/null \
    CUSTOM_COMPILE_COMMAND="bash packaging/lock.sh" \
    "$TOOLS/bin/pip-compile" --quiet --generate-hashes --allow-unsafe --strip-extras \
    --no-emit-index-url --no-emit-find-links --index-url https://pypi.org/simple "$@"
}
compile "${@}" --output-file requirements.lock pyproject.toml
compile "${@}" --output-file packaging/build-requirements.lock packaging/build-requirements.in

# Qt's Python binding and its runtime must come from the same release.
pyside=$(sed -n 's/^pyside6-essentials==\([^ ]*\).*/\1/p' requirements.lock)
shiboken=$(sed -n 's/^shiboken6==\([^ ]*\).*/\1/p' requirements.lock)
if [ -z "$pyside" ] || [ "$pyside" != "$shiboken" ]; then
  echo "lock.sh: PySide6-Essentials ($pyside) and shiboken6 ($shiboken) are not pinned together" >&2
  exit 1
fi
echo "requirements.lock: $(grep -c '^[a-z]' requirements.lock) packages, PySide6-Essentials/shiboken6 $pyside"
echo "packaging/build-requirements.lock: $(grep -c '^[a-z]' packaging/build-requirements.lock) packages"
