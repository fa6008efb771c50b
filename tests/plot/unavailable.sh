#!/usr/bin/env bash
# tests/plot/unavailable.sh CTREND_BINARY — in a build without PLplot, `ctrend plot` and
# `ctrend check --figures DIR` say how to get it, exit 1 and write nothing.
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
figs="$(mktemp -d)/figs"
err="$("$bin" check datasets/claims/seed_004.claims --data datasets/ttp_2022.csv --figures "$figs" 2>&1 >/dev/null)"
code=$?
[ "$code" = 1 ] || { echo "FAIL: check --figures: exit $code, want 1"; fail=1; }
case "$err" in *"--figures"*"without plotting support"*"libplplot-dev"*) ;; *) echo "FAIL: check --figures message: $err"; fail=1 ;; esac
[ ! -e "$figs" ] || { echo "FAIL: check --figures created $figs"; fail=1; }
if [ "$fail" = 0 ]; then echo "3 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit "$fail"
