#!/usr/bin/env bash
# tests/cli/write_errors.sh CTREND_BINARY — issue 18 #10: output write errors are never
# silent. For every subcommand:
#   stdout on /dev/full           -> exit 1, "cannot write the output: No space left on device"
#   stdout a pipe closed early    -> exit 141 (128 + SIGPIPE), nothing on stderr, also when
#                                    SIGPIPE is ignored (the write then fails with EPIPE)
#   plot -o onto a full device    -> exit 1 with the errno text
# Prints "N passed, M failed" and exits non-zero on any failure.
set -u
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
U=datasets/ucdp_ged_pakistan_monthly.csv
T=datasets/ttp_2022.csv
cmds=(
  "summary $T"
  "rolling $T --window 2"
  "change $T"
  "fit $T"
  "forecast $T --metric attacks"
  "breaks $U --metric events_all --boot 0"
  "backtest $U --metric events_all --sims 100"
  "check datasets/claims/seed_004.claims --data $T --data datasets/ttp_2022_breakdowns.csv --data datasets/is_pakistan_2022.csv"
  "--version"
  "--help"
)
err="$(mktemp)"
for c in "${cmds[@]}"; do
  # shellcheck disable=SC2086
  "$bin" $c >/dev/full 2>"$err" </dev/null
  code=$?
  if [ "$code" = 1 ] && grep -q "cannot write the output: No space left on device" "$err"; then ok
  else bad "/dev/full: ctrend $c: exit $code, stderr: $(tail -1 "$err")"; fi
done
# a long output into a pipe whose reader stops after one line
big="forecast $U --metric events_all,deaths_best_all --horizon 1200 --sims 50 --format csv"
for ignore in 0 1; do
  # shellcheck disable=SC2086
  if [ $ignore = 1 ]; then (trap '' PIPE; "$bin" $big 2>"$err" | head -1 >/dev/null; exit "${PIPESTATUS[0]}")
  else ("$bin" $big 2>"$err" | head -1 >/dev/null; exit "${PIPESTATUS[0]}"); fi
  code=$?
  if [ "$code" = 141 ] && [ ! -s "$err" ]; then ok
  else bad "closed pipe (SIGPIPE ignored: $ignore): exit $code, stderr: $(head -2 "$err")"; fi
done
# plot onto a full device (through a name with the .svg extension)
if "$bin" plot --help >/dev/null 2>&1 && "$bin" plot $T -o "$(mktemp -d)/probe.svg" >/dev/null 2>&1; then
  d="$(mktemp -d)"; ln -s /dev/full "$d/full.svg"
  "$bin" plot $T -o "$d/full.svg" >/dev/null 2>"$err"
  code=$?
  if [ "$code" != 0 ] && grep -q "No space left on device" "$err"; then ok
  else bad "plot -o full device: exit $code, stderr: $(cat "$err")"; fi
  rm -rf "$d"
fi
rm -f "$err"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
