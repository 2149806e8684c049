#!/usr/bin/env bash
# Smoke test of a BUILT Casefile bundle, the way a documenter meets it: no Python, no venv, a fresh
# home folder, no keychain, no display (Qt's offscreen platform). Run by packaging/build.sh on the
# bundle unpacked from the release tarball; not part of the default test suite.
#
#   bash packaging/smoke_test.sh BUNDLE_DIR [EXPECTED_VERSION]
#
# Optional environment:
#   CASEFILE_INSPECT_PYTHON  a Python with PyInstaller (build.sh passes its build venv's) to read the
#                            modules frozen inside the executables for the content checks
#   CASEFILE_SOURCE_ROOT     the checkout the bundle was built from (its path must not leak into the bundle)
#   SMOKE_GUI_SECONDS        how long the desktop app may take to reach its event loop (default 30)
set -uo pipefail

BUNDLE=$(cd "${1:?usage: smoke_test.sh BUNDLE_DIR [EXPECTED_VERSION]}" && pwd)
EXPECTED_VERSION=${2:-}
EXE="$BUNDLE/casefile"
HERE=$(cd "$(dirname "$0")" && pwd)
GUI_SECONDS=${SMOKE_GUI_SECONDS:-30}
INSPECT_PY=${CASEFILE_INSPECT_PYTHON:-}
if [ -n "$INSPECT_PY" ] && [ "${INSPECT_PY#/}" = "$INSPECT_PY" ]; then INSPECT_PY="$PWD/$INSPECT_PY"; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/casefile-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/tmp" "$WORK/xdg-runtime" "$WORK/run" "$WORK/logs"
chmod 700 "$WORK/xdg-runtime"
PASSPHRASE="smoke test passphrase $$"

passed=()
failed=()
step_no=0

# The bundle alone: nothing from this shell's environment (no PYTHONPATH, no venv on PATH, no
# D-Bus session so no keychain), a fresh HOME and TMPDIR, offscreen Qt.
CLEAN_ENV=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" TMPDIR="$WORK/tmp" XDG_RUNTIME_DIR="$WORK/xdg-runtime"
  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen CASEFILE_PASSPHRASE="$PASSPHRASE")
cf() {
  "${CLEAN_ENV[@]}" "$EXE" "$@"
}

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# step [-v] NAME COMMAND...: runs COMMAND in $WORK/run, output to a log; PASS/FAIL line with its time,
# then the log's last lines on failure (or always, with -v).
step() {
  local verbose=no
  if [ "$1" = -v ]; then verbose=yes; shift; fi
  local name=$1
  shift
  step_no=$((step_no + 1))
  local log
  log="$WORK/logs/$(printf %02d "$step_no").log"
  local start end
  start=$(date +%s.%N)
  if (cd "$WORK/run" && "$@") >"$log" 2>&1; then
    end=$(date +%s.%N)
    printf 'PASS  %-52s %6s s\n' "$name" "$(elapsed "$start" "$end")"
    [ $verbose = no ] || sed 's/^/        | /' "$log" | tail -n 15
    passed+=("$name")
  else
    end=$(date +%s.%N)
    printf 'FAIL  %-52s %6s s\n' "$name" "$(elapsed "$start" "$end")"
    sed 's/^/        | /' "$log" | tail -n 15
    failed+=("$name")
  fi
}

# expect TEXT COMMAND...: COMMAND succeeds and prints TEXT.
expect() {
  local text=$1
  shift
  local out
  out=$("$@" 2>&1)
  local rc=$?
  printf '%s\n' "$out"
  [ $rc -eq 0 ] || { echo "exit code $rc"; return 1; }
  grep -qF -- "$text" <<<"$out" || { echo "expected output containing: $text"; return 1; }
}

check_version() {
  local out
  out=$(cf --version) || return 1
  echo "$out"
  [ -z "$EXPECTED_VERSION" ] || [ "$out" = "casefile $EXPECTED_VERSION" ] || {
    echo "expected: casefile $EXPECTED_VERSION"
    return 1
  }
}

check_report() {
  if ! cf --help | grep -qE '^ +report '; then
    echo "This build has no 'casefile report' command (app/cli/report_cmds.py was missing or failed to"
    echo "register when the bundle was built), so no public report can be exported."
    return 1
  fi
  cf --vault A report case-atajurt --profile public --lang ru -o r.pdf || return 1
  [ "$(head -c 5 r.pdf)" = "%PDF-" ] || { echo "r.pdf is not a PDF"; return 1; }
  tail -c 64 r.pdf | grep -q '%%EOF' || { echo "r.pdf is truncated"; return 1; }
  echo "r.pdf: $(wc -c <r.pdf) bytes"
}

# card_export VAULT FILE: writes the card, remembers the fingerprint it prints in $WORK/run/VAULT.fp
card_export() {
  local out
  out=$(cf --vault "$1" card export -o "$2") || { echo "$out"; return 1; }
  echo "$out"
  sed -n 's/^Your fingerprint: \([A-Z0-9-]*\).*/\1/p' <<<"$out" >"$1.fp"
  [ -s "$1.fp" ] || { echo "no fingerprint in the output"; return 1; }
}

check_verify() {
  local out
  out=$(cf --vault B verify out.casefile-pack 2>&1)
  local rc=$?
  echo "$out"
  [ $rc -eq 0 ] || { echo "exit code $rc"; return 1; }
  grep -q "signature valid" <<<"$out" || { echo "no valid signature reported"; return 1; }
  grep -q "NOT trusted" <<<"$out" && { echo "signer not trusted"; return 1; }
  return 0
}

# The desktop app, with the vault set, must reach its event loop (the unlock window) and stay up
# without printing anything. Judged from outside: Qt's platform plugin loaded, then CPU time
# standing still for half a second (idle in the event loop), then still alive when we stop it.
check_gui() {
  "${CLEAN_ENV[@]}" "$EXE" --vault A >gui.out 2>gui.err &  # a plain command, so $! is the app itself
  local pid=$! start now ticks last=-1 still=0 idle_at=""
  start=$(date +%s.%N)
  while kill -0 "$pid" 2>/dev/null; do
    now=$(date +%s.%N)
    if awk -v a="$start" -v b="$now" -v m="$GUI_SECONDS" 'BEGIN { exit !(b - a > m) }'; then break; fi
    if grep -q libqoffscreen "/proc/$pid/maps" 2>/dev/null; then
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null)
      if [ "$ticks" = "$last" ]; then still=$((still + 1)); else still=0; fi
      last=$ticks
      if [ $still -ge 5 ]; then idle_at=$(elapsed "$start" "$now"); break; fi
    fi
    sleep 0.1
  done
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"
    echo "the app exited by itself (exit code $?) before it was stopped"
    cat gui.out gui.err
    return 1
  fi
  [ -n "$idle_at" ] && sleep 2  # stay up a little longer: a deferred crash would show here
  kill -TERM "$pid" 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null  # never leave it running
  wait "$pid" 2>/dev/null
  cat gui.out gui.err
  [ -n "$idle_at" ] || { echo "no idle event loop within $GUI_SECONDS s"; return 1; }
  [ ! -s gui.err ] || { echo "the app wrote to stderr"; return 1; }
  echo "idle in the event loop (unlock window shown) after $idle_at s, including the 0.5 s of stillness"
}

# The tarball's install-desktop-entry.sh, into a scratch home: menu entry, icons, command link; then --remove.
check_desktop_entry() {
  local installer="$BUNDLE/install-desktop-entry.sh" home="$WORK/desktop-home"
  [ -x "$installer" ] || { echo "no install-desktop-entry.sh in the bundle (only the tarball has it)"; return 2; }
  mkdir -p "$home"
  env -i PATH=/usr/bin:/bin HOME="$home" sh "$installer" || return 1
  local entry="$home/.local/share/applications/casefile.desktop"
  grep -qx "Exec=\"$BUNDLE/casefile\"" "$entry" || { echo "Exec line wrong:"; grep '^Exec' "$entry"; return 1; }
  [ -f "$home/.local/share/icons/hicolor/48x48/apps/casefile.png" ] || { echo "icon not installed"; return 1; }
  [ "$(readlink "$home/.local/bin/casefile")" = "$BUNDLE/casefile" ] || { echo "command link missing"; return 1; }
  if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry" || return 1; fi
  "$home/.local/bin/casefile" --version || return 1
  env -i PATH=/usr/bin:/bin HOME="$home" sh "$installer" --remove || return 1
  [ ! -e "$entry" ] && [ ! -e "$home/.local/bin/casefile" ] || { echo "--remove left files behind"; return 1; }
}

check_contents() {
  if [ -n "$INSPECT_PY" ]; then
    local extra=()
    [ -n "${CASEFILE_SOURCE_ROOT:-}" ] && extra=(--source-root "$CASEFILE_SOURCE_ROOT")
    "$INSPECT_PY" "$HERE/inspect_bundle.py" "$BUNDLE" "${extra[@]}"
    return
  fi
  # Without PyInstaller's archive reader: the files on disk only.
  echo "CASEFILE_INSPECT_PYTHON not set: modules inside the executables NOT inspected"
  local bad
  bad=$(find "$BUNDLE" \( -name tests -o -name test -o -name 'test_*.py*' -o -name 'conftest*' -o -name bench \
    -o -name demo-vault -o -name vault.json -o -name '*.casefile-pack' -o -name '*.card' \) -print)
  [ -z "$bad" ] || { echo "$bad"; return 1; }
  ! grep -rlaE 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}' "$BUNDLE"
}

echo "Casefile smoke test: $BUNDLE"
echo "  (clean environment: HOME=$WORK/home, no PYTHONPATH, PATH=/usr/bin:/bin, QT_QPA_PLATFORM=offscreen)"
[ -x "$EXE" ] || { echo "FAIL  no executable $EXE"; exit 1; }

step -v "casefile --version" check_version
step "casefile --help lists the commands" expect "deadlines" cf --help
step "init: create vault A" expect "Created an encrypted vault" cf --vault A init
step "demo: load the seed case into vault A" expect "Loaded the demo case case-atajurt" cf --vault A demo
step "cases" expect "case-atajurt" cf --vault A cases
step "search Maksutkhan (Latin and Cyrillic)" expect "Maksutkhan" cf --vault A search Maksutkhan
step "deadlines" expect "house arrest ends" cf --vault A deadlines
step -v "report --profile public --lang ru -o r.pdf" check_report
step "init: create vault B (the partner)" expect "Created an encrypted vault" cf --vault B init
step "card export (A and B)" eval 'card_export A a.card && card_export B b.card'
step "card import with --trust-fingerprint (both)" eval \
  'cf --vault A card import b.card --trust-fingerprint "$(cat B.fp)" &&
   cf --vault B card import a.card --trust-fingerprint "$(cat A.fp)"'
step "pack case-atajurt --to b.card" expect "Wrote out.casefile-pack" \
  cf --vault A pack case-atajurt --to b.card -o out.casefile-pack
step -v "verify the pack in vault B" check_verify
step -v "desktop app starts offscreen to the unlock window" check_gui
if [ -x "$BUNDLE/install-desktop-entry.sh" ]; then
  step "install-desktop-entry.sh (scratch HOME), --remove" check_desktop_entry
else
  echo "SKIP  install-desktop-entry.sh: not in this folder (it comes with the tarball)"
fi
step -v "bundle contents: no tests, tools, user data, secrets" check_contents

echo
total=$((${#passed[@]} + ${#failed[@]}))
if [ ${#failed[@]} -eq 0 ]; then
  echo "SMOKE TEST PASS: $total of $total checks passed"
  exit 0
fi
echo "SMOKE TEST FAIL: ${#failed[@]} of $total checks failed:"
printf '  - %s\n' "${failed[@]}"
exit 1
