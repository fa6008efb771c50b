#!/usr/bin/env bash
# tests/cli/run.sh CTREND_BINARY — golden tests of the command line.
# Each case is a directory tests/cli/cases/<name>/ with:
#   args      the arguments, one per line (run from the repository root)
#   exit      the expected exit status
#   stdout    the expected standard output (exact; numbers may differ by a relative 1e-9)
#   stderr    optional: the expected standard error (exact)
#   timeout   optional: seconds the command may take (run under timeout(1); 124 = too slow)
# Prints "N passed, M failed" and exits non-zero on any failure.
# To (re)write the expected files of a new case from the current binary: UPDATE=1 (review the diff!).
set -u
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
pass=0; fail=0
for dir in "$here"/cases/*/; do
  name="$(basename "$dir")"
  mapfile -t args < "$dir/args"
  out="$(mktemp)"; err="$(mktemp)"
  limit=()
  [ -f "$dir/timeout" ] && limit=(timeout "$(cat "$dir/timeout")")
  "${limit[@]}" "$bin" "${args[@]}" >"$out" 2>"$err" </dev/null
  code=$?
  if [ "${UPDATE:-0}" = 1 ]; then
    cp "$out" "$dir/stdout"; echo "$code" > "$dir/exit"
    [ -f "$dir/stderr" ] && cp "$err" "$dir/stderr"
  fi
  ok=1
  [ "$code" = "$(cat "$dir/exit")" ] || { echo "FAIL $name: exit $code, want $(cat "$dir/exit")"; ok=0; }
  # exact, or equal but for last-digit noise in numbers (relative 1e-9: numdiff.awk)
  if ! diff -q "$dir/stdout" "$out" >/dev/null && ! awk -f "$here/numdiff.awk" "$dir/stdout" "$out"; then
    echo "FAIL $name: stdout differs:"; diff -u "$dir/stdout" "$out" | head -20; ok=0
  fi
  if [ -f "$dir/stderr" ]; then
    diff -u "$dir/stderr" "$err" >/dev/null || { echo "FAIL $name: stderr differs:"; diff -u "$dir/stderr" "$err" | head -20; ok=0; }
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
  rm -f "$out" "$err"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
