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
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac  # the R case installs from another directory
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
# Valgrind decodes no AVX-512 (https://bugs.kde.org/show_bug.cgi?id=383010); its emulated CPUID
# already hides avx512f from the lane kernel's dispatch, and this pin keeps it so on any host.
export CTREND_LANES_PATH=avx2
cd "$root"
# Jobs run $VALGRIND_JOBS at a time (default: nproc; memcheck is single-threaded and CPU-bound,
# so two cores halve the stage); each job writes its verdict to a file, printed in job order.
# Every verdict line carries the job's wall seconds, so the slow cases show in the CI log.
# VALGRIND_SHARE_PID=P (scripts/ci-hardening: the libFuzzer targets, one process on one core):
# one job fewer while process P lives.
jobs_max="${VALGRIND_JOBS:-$(nproc)}"
resdir="$logdir/results"; rm -rf "$resdir"; mkdir -p "$resdir"
njob=0
verdict() { # verdict IDX NAME STATUS(pass|fail) START TEXT
  local t=$(( $(date +%s) - $4 ))
  if [ "$3" = pass ]; then echo "ok   $2 (${t}s)" >"$resdir/$1"
  else printf 'FAIL %s (%ss): %s\n' "$2" "$t" "$5" >"$resdir/$1"; fi
}
# memcheck_job IDX NAME WANT_EXIT(number|any|nonzero-ok) OUT -- COMMAND...
memcheck_job() {
  local idx="$1" name="$2" want="$3" out="$4"; shift 5
  local log="$logdir/$(echo "$name" | tr '/' '_').log" t0; t0=$(date +%s)
  "${VG[@]}" --log-file="$log" "$@" >"$out" 2>&1 </dev/null
  local code=$?
  if [ "$code" = 99 ] || [ -s "$log" ]; then verdict "$idx" "$name" fail "$t0" "memcheck errors:
$(head -40 "$log")"
  elif [ "$want" != any ] && [ "$code" != "$want" ]; then verdict "$idx" "$name" fail "$t0" "exit $code under valgrind, want $want
$(tail -20 "$out" 2>/dev/null)"
  else verdict "$idx" "$name" pass "$t0"; fi
}
slots() { # how many jobs may run now
  if [ -n "${VALGRIND_SHARE_PID:-}" ] && [ "$jobs_max" -gt 1 ] && kill -0 "$VALGRIND_SHARE_PID" 2>/dev/null; then
    echo $((jobs_max - 1))
  else
    echo "$jobs_max"
  fi
}
spawn() { # spawn FUNCTION ARGS...: run in the background, at most $(slots) at once
  while [ "$(jobs -rp | wc -l)" -ge "$(slots)" ]; do
    # sharing: look again every second (the shared process may end first); else wait for a job
    if [ -n "${VALGRIND_SHARE_PID:-}" ]; then sleep 1; else wait -n; fi
  done
  njob=$((njob+1))
  "$@" &
}
# SIGINT during `ctrend fit` under memcheck: exit 130 and no block definitely lost. Run alone
# first: it asserts how soon the process ends after the signal.
if command -v python3 >/dev/null; then
  njob=$((njob+1)); t0=$(date +%s)
  if out="$(python3 "$here/cli/interrupt.py" "$bin" --valgrind)"; then verdict "$njob" cli/interrupt pass "$t0"
  else verdict "$njob" "cli/interrupt" fail "$t0" "$out"; fi
fi
# SIGINT during R's ct_breaks under memcheck (issue 18): the interrupt condition, nothing lost.
# The package is installed against this build into $build/R-valgrind (not under valgrind);
# the case itself takes ~10 s of CPU under memcheck. Alone too (it times the interrupt).
# Skipped without R.
if command -v R >/dev/null && command -v python3 >/dev/null; then
  rv="$build/R-valgrind"; njob=$((njob+1)); t0=$(date +%s)
  rm -rf "$rv" && mkdir -p "$rv/lib" && cp -R "$root/bindings/R/ctrend" "$rv/ctrend"
  rm -f "$rv"/ctrend/src/*.o "$rv"/ctrend/src/*.so "$rv"/ctrend/src/Makevars
  if ! CTREND_LIB="$build/libctrend.so" R CMD INSTALL --no-test-load -l "$rv/lib" "$rv/ctrend" \
       >"$rv/install.log" 2>&1; then
    verdict "$njob" r/interrupt fail "$t0" "the R package did not install:
$(tail -20 "$rv/install.log")"
  elif out="$(python3 "$here/r_interrupt_valgrind.py" "$build" "$rv/lib")"; then verdict "$njob" r/interrupt pass "$t0"
  else verdict "$njob" r/interrupt fail "$t0" "$out"; fi
fi
for dir in "$here"/cli/cases/*/; do
  [ -f "$dir/args" ] || continue
  mapfile -t args < "$dir/args"
  want="$(cat "$dir/exit" 2>/dev/null || echo 0)"
  spawn memcheck_job "$((njob+1))" "cli/$(basename "$dir")" "$want" /dev/null -- "$bin" "${args[@]}"
done
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
    want=any; [ "${args[0]}" = plot ] && want=0
    spawn memcheck_job "$((njob+1))" "plot/${args[0]}-$(basename "${args[-1]}")" "$want" /dev/null -- "$bin" "${args[@]}"
  done
fi
if [ "${VALGRIND_UNIT:-1}" = 1 ]; then
  export CTREND_SKIP_HUGE=1  # test_bad_input's megabyte inputs take minutes under memcheck
  for prog in "$build"/tests/test_* "$build"/tests/fuzz_replay_*; do
    [ -x "$prog" ] || continue
    name="$(basename "$prog")"
    case " ${VALGRIND_SKIP-test_rolling test_alloc_fail} " in *" $name "*) echo "skip $name (VALGRIND_SKIP)"; continue;; esac
    extra=()
    case "$name" in fuzz_replay_*) t="${name#fuzz_replay_}"; extra=("$here/fuzz/corpus/$t" "$here/fuzz/regressions/$t");; esac
    spawn memcheck_job "$((njob+1))" "$name" 0 "$logdir/$name.out" -- "$prog" "${extra[@]}"
  done
fi
wait
pass=0; fail=0
for i in $(seq 1 "$njob"); do
  if [ ! -s "$resdir/$i" ]; then echo "FAIL job $i: no verdict"; fail=$((fail+1)); continue; fi
  cat "$resdir/$i"
  case "$(head -c4 "$resdir/$i")" in "ok  ") pass=$((pass+1));; *) fail=$((fail+1));; esac
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
