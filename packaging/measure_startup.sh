#!/usr/bin/env bash
# Start-up times of the built bundle against `python -m casefile` from the project's venv, same commands:
#   - `casefile --version`
#   - the desktop app up to its unlock window: a real X11 window under Xvfb, found with xdotool
# Warm (files in the page cache) and, when run as root, cold (page cache dropped before each run).
#
#   bash packaging/measure_startup.sh [RUNS]        (default 5; needs Debian's xvfb and xdotool)
#
# Not part of any test suite: the figures go in release notes. On a shared or busy machine they vary;
# the script prints the load average with them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${1:-5}
BUNDLE=$ROOT/dist/casefile/casefile
VENV_PY=$ROOT/.venv/bin/python
[ -x "$BUNDLE" ] || { echo "no $BUNDLE: run make package first" >&2; exit 1; }
[ -x "$VENV_PY" ] || { echo "no $VENV_PY: run tools/setup.sh first" >&2; exit 1; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "needs: apt-get install xvfb xdotool" >&2; exit 1; }

WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/xdg" && chmod 700 "$WORK/xdg"
DISPLAY_NO=:$((90 + RANDOM % 100))
Xvfb "$DISPLAY_NO" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1

CLEAN=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/xdg" LANG=C.UTF-8 DISPLAY="$DISPLAY_NO"
  CASEFILE_PASSPHRASE="measure startup")
"${CLEAN[@]}" QT_QPA_PLATFORM=offscreen "$BUNDLE" --vault "$WORK/vault" init >/dev/null

can_drop=no
if [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/drop_caches ]; then can_drop=yes; fi
drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches; }

now() { date +%s.%N; }

# version_time CMD...: seconds for CMD --version
version_time() {
  local t0
  t0=$(now)
  "${CLEAN[@]}" "$@" --version >/dev/null
  awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }'
}

# window_time CMD...: seconds until the app's first window is mapped on the X server
window_time() {
  local t0 pid t
  t0=$(now)
  (cd "$ROOT" && exec "${CLEAN[@]}" "$@" --vault "$WORK/vault") >/dev/null 2>&1 &
  pid=$!
  DISPLAY=$DISPLAY_NO timeout 60 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null 2>&1 || echo "no window within 60 s" >&2
  t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  echo "$t"
}

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

measure() {  # measure KIND COLD CMD...
  local kind=$1 cold=$2
  shift 2
  local i
  for ((i = 0; i < RUNS; i++)); do
    [ "$cold" = yes ] && drop_caches
    "$kind" "$@"
  done | median
}

BUNDLE_CMD=("$BUNDLE")
VENV_CMD=("$VENV_PY" -m casefile)
# Warm-up: fill the page cache for both.
version_time "${BUNDLE_CMD[@]}" >/dev/null
(cd "$ROOT" && version_time "${VENV_CMD[@]}") >/dev/null

echo "Start-up, median of $RUNS runs (seconds); load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-34s %8s %8s\n' "" "bundle" "venv"
for cold in no yes; do
  [ "$cold" = yes ] && [ "$can_drop" = no ] && { echo "(cold runs skipped: needs root to drop the page cache)"; break; }
  label=$([ "$cold" = yes ] && echo "cold" || echo "warm")
  b=$(measure version_time "$cold" "${BUNDLE_CMD[@]}")
  v=$(cd "$ROOT" && measure version_time "$cold" "${VENV_CMD[@]}")
  printf '%-34s %8s %8s\n' "casefile --version ($label)" "$b" "$v"
  b=$(measure window_time "$cold" "${BUNDLE_CMD[@]}")
  v=$(measure window_time "$cold" "${VENV_CMD[@]}")
  printf '%-34s %8s %8s\n' "to the unlock window ($label)" "$b" "$v"
done
