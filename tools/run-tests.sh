#!/usr/bin/env bash
# The whole default test suite, from a fresh clone: bash tools/run-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check --quiet .
.venv/bin/python -m ruff format --check --quiet .
.venv/bin/python -m mypy
exec .venv/bin/python -m pytest -q "$@"
