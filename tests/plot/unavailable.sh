#!/usr/bin/env bash
# tests/plot/unavailable.sh CTREND_BINARY — in a build without PLplot, `ctrend plot` says how
# to get it, exits 1 and writes nothing.
set -u
bin="$1"
out="$(mktemp -d)/x.png"
err="$("$bin" plot datasets/ttp_2022.csv -o "$out" 2>&1 >/dev/null)"
code=$?
fail=0
[ "$code" = 1 ] || { echo "FAIL: exit $code, want 1"; fail=1; }
case "$err" in *"without plotting support"*"libplplot-dev"*) ;; *) echo "FAIL: message: $err"; fail=1 ;; esac
[ ! -e "$out" ] || { echo "FAIL: a figure was written"; fail=1; }
"$bin" plot --help >/dev/null || { echo "FAIL: --help"; fail=1; }
if [ "$fail" = 0 ]; then echo "2 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit "$fail"
