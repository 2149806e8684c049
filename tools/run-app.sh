#!/usr/bin/env bash
# Runs the desktop app on a local demo vault (created on first run).
# The demo vault's passphrase is: demo passphrase
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export CASEFILE_VAULT="${CASEFILE_VAULT:-$PWD/demo-vault}"
if [ ! -f "$CASEFILE_VAULT/vault.json" ]; then
  CASEFILE_PASSPHRASE="demo passphrase" .venv/bin/casefile demo
fi
exec .venv/bin/casefile "$@"
