#!/usr/bin/env bash
# Starts the app image as a user would, headless, so that a broken package cannot land; `mvn -Ppackage verify` runs
# it after package.sh (CI does). Each start has an empty environment and a new home folder: the image must bring
# everything it needs. Checks --version, `info` on a new notebook, that native libraries are not unpacked at start,
# and the window where it cannot open: without a display, and on an Xvfb display with GTK 3 made unloadable. Those
# must print one line saying what is missing, exit with 2 and show no stack trace.
set -euo pipefail
version=${1:?version missing}
app=$(cd "$(dirname "$0")/.." && pwd)/target/package/image/goalbook/bin/goalbook
[[ -x $app ]] || { echo "check-image.sh: no app image at $app: run package.sh first" >&2; exit 1; }
tmp=$(mktemp -d)
xvfb=
trap 'rm -rf "$tmp"; [[ -z $xvfb ]] || kill "$xvfb"' EXIT
failures=0 passes=0

# expect NAME CODE PATTERN [ENV...] -- ARGS...: exit code CODE, and PATTERN (grep -E) in what it printed.
expect() {
  local name=$1 code=$2 pattern=$3; shift 3
  local env=()
  while [[ $1 != -- ]]; do env+=("$1"); shift; done
  shift
  local got=0
  env -i HOME="$tmp/home" LANG=C.UTF-8 "${env[@]}" "$app" "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
  if [[ $got == "$code" ]] && grep -Eq -- "$pattern" "$tmp/out" "$tmp/err" && ! grep -Eq $'^\tat |Exception' "$tmp/err" \
      && { [[ $code == 0 ]] || [[ $(wc -l <"$tmp/err") == 1 ]]; }; then
    echo "check-image.sh: ok: $name"
    passes=$((passes + 1))
  else
    echo "check-image.sh: FAILED: $name (exit $got, expected $code and /$pattern/)" >&2
    sed 's/^/  out: /' "$tmp/out" >&2
    sed 's/^/  err: /' "$tmp/err" >&2
    failures=$((failures + 1))
  fi
}

mkdir -p "$tmp/home"
expect "--version" 0 "^goalbook $version\$" -- --version
expect "info on a new notebook" 0 "^Notebook +$tmp/n.goalbook" -- --notebook "$tmp/n.goalbook" info
expect "window without a display" 2 "DISPLAY is not set" -- --notebook "$tmp/n.goalbook"

# The image brings SQLite's and JavaFX's native libraries unpacked: a start copies none out of a jar. With a temp
# folder nothing can be made in, sqlite-jdbc could not unpack its own copy, and `info` would fail.
mkdir -p "$tmp/run" && : >"$tmp/no-temp"
natives=0
env -i HOME="$tmp/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp/run" JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$tmp/no-temp/t" \
  "$app" --notebook "$tmp/n.goalbook" info >"$tmp/out" 2>&1 || natives=$?
libs=$(dirname "$app")/../lib/app/lib
if [[ $natives != 0 || ! -f $libs/libglassgtk3.so || ! -f $libs/libjfxwebkit.so ]]; then
  echo "check-image.sh: FAILED: a start unpacked a native library (exit $natives), or JavaFX's are not beside its jars" >&2
  sed 's/^/  out: /' "$tmp/out" >&2
  failures=$((failures + 1))
else
  echo "check-image.sh: ok: native libraries used where they stand"
  passes=$((passes + 1))
fi

if command -v Xvfb >/dev/null; then
  display=$((200 + RANDOM % 600))
  Xvfb ":$display" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.2; done
  # An empty file named like GTK's library comes first in the loader's path: loading GTK 3 fails as if it were not
  # installed, whether or not this machine has it.
  mkdir -p "$tmp/nogtk" && : >"$tmp/nogtk/libgtk-3.so.0"
  expect "window without GTK 3" 2 "needs the GTK 3 library" DISPLAY=":$display" LD_LIBRARY_PATH="$tmp/nogtk" \
    -- --notebook "$tmp/n.goalbook"
else
  echo "check-image.sh: FAILED: the window without GTK 3 needs a display: install Xvfb (Debian: apt-get install xvfb)" >&2
  failures=$((failures + 1))
fi

echo "$passes passed, $failures failed"
[[ $failures == 0 ]]
