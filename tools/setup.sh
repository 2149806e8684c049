#!/usr/bin/env bash
# Installs what Casefile needs on a fresh Debian machine: system libraries for Qt,
# poppler (PDF checks), Tesseract OCR with Kazakh, Russian and English data (the leak
# gate reads pictures with it), gnome-keyring (keychain tests), age (pack checks),
# qpdf, exiftool and mat2 (independent checks of reports and images in the tests), Node.js
# (the Uwazi export is read back with Uwazi's own CSV parser), e2fsprogs (forensic wipe
# tests on an ext4 image), strace (the C2PA reader's no-network test), an English word list
# (the slow name-matching test measures false matches over it), and a virtual environment
# with the Python packages from pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(python3-venv libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 fonts-dejavu-core poppler-utils gnome-keyring dbus-daemon dbus-x11 age openssl xvfb xauth
  tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng qpdf libimage-exiftool-perl mat2
  nodejs e2fsprogs strace wamerican)
# Debian's npm; a Node.js from elsewhere (NodeSource) brings its own npm.
command -v npm >/dev/null || DEB_PACKAGES+=(npm)

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"

# The Uwazi export tests parse the CSVs with csvtojson, at the version Uwazi's yarn.lock pins, in a
# git-ignored folder of this checkout.
CSVTOJSON=2.0.10
if [ "$(node -p "require('./.node/node_modules/csvtojson/package.json').version" 2>/dev/null)" != "$CSVTOJSON" ]; then
  npm install --prefix .node --no-audit --no-fund --save-exact --loglevel=error "csvtojson@$CSVTOJSON" >/dev/null
fi
