#!/usr/bin/env bash
# tests/valgrind.sh [BUILD_DIR] — memcheck on the CLI golden cases and the unit-test programs.
#
# Builds (if needed) a plain RelWithDebInfo tree (default build-valgrind; no sanitizers, which
# do not mix with valgrind), then runs under
#   valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99
#  1. every CLI golden case tests/cli/cases/<name>/ (args one per line, from the repository
#     root; its expected exit status must still come out), and
#     then SIGINT during `ctrend fit` (tests/cli/interrupt.py --valgrind) and during R's
#     ct_breaks (tests/r_interrupt_valgrind.py, with the R package installed into
#     BUILD_DIR/R-valgrind; skipped without R): exit/interrupt as promised, nothing lost,
#  2. every cmocka program build/tests/test_* and fuzz replay program (VALGRIND_UNIT=0 skips),
#     with CTREND_SKIP_HUGE=1 (test_bad_input's megabyte inputs take minutes under memcheck) and
#     except those in VALGRIND_SKIP (default: test_rolling, whose drift test checks against a
#     long double reference and valgrind computes long double in double precision, see
#     https://valgrind.org/docs/manual/manual-core.html#manual-core.limits; and
#     test_alloc_fail, whose sweeps refit at every one of thousands of injection points: over
#     10 minutes under memcheck, while CI already runs it under ASan + LeakSanitizer and it
#     counts the live blocks of every scenario itself).
# Any memcheck error (invalid read/write, use of uninitialised value, leak) fails the case.
# Prints "N passed, M failed"; exits non-zero on failure.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${1:-$root/build-valgrind}"
command -v valgrind >/dev/null || { echo "valgrind: not installed (scripts/ci-hardening installs it)" >&2; exit 2; }
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCTREND_SANITIZE=OFF >/dev/null \
  && cmake --build "$build" -j"$(nproc)" >"$build/build.log" 2>&1 \
  || { tail -30 "$build/build.log"; echo "valgrind: build failed" >&2; exit 2; }
bin="$build/ctrend"
[ -x "$bin" ] || bin="$build/bin/ctrend"
logdir="$build/valgrind"; mkdir -p "$logdir"
# .ci/valgrind.supp: what PLplot, cairo, pango and fontconfig keep for the life of the process
# (named and explained there; none of it is ctrend's).
VG=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect,possible
    --error-exitcode=99 --track-origins=yes --suppressions="$root/.ci/valgrind.supp")
cd "$root"
pass=0; fail=0
for dir in "$here"/cli/cases/*/; do
  [ -f "$dir/args" ] || continue
  name="cli/$(basename "$dir")"
  mapfile -t args < "$dir/args"
  log="$logdir/$(basename "$dir").log"
  "${VG[@]}" --log-file="$log" "$bin" "${args[@]}" >/dev/null 2>&1 </dev/null
  code=$?
  want="$(cat "$dir/exit" 2>/dev/null || echo 0)"
  if [ "$code" = 99 ] || [ -s "$log" ]; then
    echo "FAIL $name: memcheck errors:"; head -40 "$log"; fail=$((fail+1))
  elif [ "$code" != "$want" ]; then
    echo "FAIL $name: exit $code under valgrind, want $want"; fail=$((fail+1))
  else
    pass=$((pass+1))
  fi
done
# SIGINT during `ctrend fit` under memcheck: exit 130 and no block definitely lost.
if command -v python3 >/dev/null; then
  if out="$(python3 "$here/cli/interrupt.py" "$bin" --valgrind)"; then pass=$((pass+1))
  else echo "FAIL cli/interrupt (valgrind): $out"; fail=$((fail+1)); fi
fi
# SIGINT during R's ct_breaks under memcheck (issue 18): the interrupt condition, nothing lost.
# The package is installed against this build into $build/R-valgrind (not under valgrind);
# the case itself takes ~10 s of CPU under memcheck. Skipped without R.
if command -v R >/dev/null && command -v python3 >/dev/null; then
  rv="$build/R-valgrind"
  rm -rf "$rv" && mkdir -p "$rv/lib" && cp -R "$root/bindings/R/ctrend" "$rv/ctrend"
  rm -f "$rv"/ctrend/src/*.o "$rv"/ctrend/src/*.so "$rv"/ctrend/src/Makevars
  if ! CTREND_LIB="$build/libctrend.so" R CMD INSTALL --no-test-load -l "$rv/lib" "$rv/ctrend" \
       >"$rv/install.log" 2>&1; then
    echo "FAIL r/interrupt (valgrind): the R package did not install:"; tail -20 "$rv/install.log"
    fail=$((fail+1))
  elif out="$(python3 "$here/r_interrupt_valgrind.py" "$build" "$rv/lib")"; then pass=$((pass+1))
  else echo "$out"; fail=$((fail+1)); fi
fi
# 1b. `ctrend plot` and `ctrend check --figures` (issue 18), when this build draws figures:
#     every device, a fitted model with a forecast band, a break, small multiples, the claims.
if ! "$bin" plot 2>&1 | grep -q "without plotting"; then
  figdir="$logdir/figures"; mkdir -p "$figdir"
  plots=(
    "plot datasets/ttp_2022.csv --group TTP --metric attacks -o $figdir/a.svg"
    "plot datasets/ttp_2022.csv --group TTP --metric attacks --rolling 2 --forecast 3 --sims 500 -o $figdir/b.png"
    "plot datasets/ucdp_ged_pakistan_monthly.csv --metric events_ttp --from 2005-01 --find-break -o $figdir/c.pdf"
    "plot datasets/ttp_2022.csv --metric attacks,deaths,injured,arrests --points -o $figdir/d.svg"
    "check datasets/claims/seed_004.claims datasets/ttp_2022.csv --figures $figdir/claims"
  )
  for p in "${plots[@]}"; do
    read -r -a args <<<"$p"
    name="plot/${args[0]}-$(basename "${args[-1]}")"
    log="$logdir/$(echo "$name" | tr '/' '_').log"
    "${VG[@]}" --log-file="$log" "$bin" "${args[@]}" >/dev/null 2>&1 </dev/null
    code=$?
    if [ "$code" = 99 ] || [ -s "$log" ]; then
      echo "FAIL $name: memcheck errors:"; head -40 "$log"; fail=$((fail+1))
    elif [ "$code" != 0 ] && [ "${args[0]}" = plot ]; then
      echo "FAIL $name: exit $code under valgrind"; fail=$((fail+1))
    else
      pass=$((pass+1))
    fi
  done
fi
if [ "${VALGRIND_UNIT:-1}" = 1 ]; then
  for prog in "$build"/tests/test_* "$build"/tests/fuzz_replay_*; do
    [ -x "$prog" ] || continue
    name="$(basename "$prog")"
    case " ${VALGRIND_SKIP-test_rolling test_alloc_fail} " in *" $name "*) echo "skip $name (VALGRIND_SKIP)"; continue;; esac
    extra=()
    case "$name" in fuzz_replay_*) t="${name#fuzz_replay_}"; extra=("$here/fuzz/corpus/$t" "$here/fuzz/regressions/$t");; esac
    log="$logdir/$name.log"
    CTREND_SKIP_HUGE=1 "${VG[@]}" --log-file="$log" "$prog" "${extra[@]}" >"$logdir/$name.out" 2>&1
    code=$?
    if [ "$code" = 99 ] || [ -s "$log" ]; then
      echo "FAIL $name: memcheck errors:"; head -40 "$log"; fail=$((fail+1))
    elif [ "$code" != 0 ]; then
      echo "FAIL $name: exit $code under valgrind"; tail -20 "$logdir/$name.out"; fail=$((fail+1))
    else
      pass=$((pass+1))
    fi
  done
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
