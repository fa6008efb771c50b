#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] — build every tests/fuzz/fuzz_<target>.c with clang and libFuzzer
# (-fsanitize=fuzzer,address,undefined; the library itself with fuzzer-no-link,address,undefined)
# and run each target for SECONDS (default 45) on a scratch copy of its seed corpus
# tests/fuzz/corpus/<target>/ plus tests/fuzz/regressions/<target>/.
# A crash, leak, UBSan report, broken promise (abort) or timeout stops that target; the
# reproducer is copied to build-fuzz/crashes/<target>/ (add it to tests/fuzz/regressions/<target>/
# once fixed, so the replay ctest keeps it). Prints "N passed, M failed"; exits non-zero on failure.
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_TARGETS (space-separated subset),
# FUZZ_JOBS (parallel targets, default 1), CC (default clang).
# tests/fuzz/<target>.dict is passed as -dict=; tests/fuzz/<target>.options holds extra libFuzzer
# flags for that target, one a line (claims: -max_len=16384, about twice the largest real
# claims file; given after the default -max_len=65536, so it wins).
set -u
secs="${1:-45}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
cc="${CC:-clang}"
command -v "$cc" >/dev/null || { echo "fuzz: $cc not found (scripts/ci-hardening installs it)" >&2; exit 2; }

mkdir -p "$build"
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=Debug \
  -DCTREND_FUZZ=ON -DCTREND_WERROR=OFF -DCMAKE_C_FLAGS="$flags" >"$build/cmake.log" 2>&1 \
  || { cat "$build/cmake.log"; echo "fuzz: configure failed" >&2; exit 2; }

targets="${FUZZ_TARGETS:-}"
if [ -z "$targets" ]; then
  for f in "$here"/fuzz_*.c; do t="$(basename "$f" .c)"; targets="$targets ${t#fuzz_}"; done
fi
pass=0; fail=0
for t in $targets; do
  if ! cmake --build "$build" --target "fuzz_$t" -j"$(nproc)" >"$build/build-$t.log" 2>&1; then
    tail -30 "$build/build-$t.log"; echo "FAIL $t: build"; fail=$((fail+1)); continue
  fi
  work="$build/work/$t"; crashes="$build/crashes/$t"
  rm -rf "$work"; mkdir -p "$work" "$crashes"
  cp "$here/corpus/$t/"* "$work/" 2>/dev/null || true
  [ -d "$here/regressions/$t" ] && cp "$here/regressions/$t/"* "$work/" 2>/dev/null
  dict=(); [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
  opts=(); [ -f "$here/$t.options" ] && mapfile -t opts < <(grep -v '^#' "$here/$t.options" | grep .)
  echo "== fuzz $t (${secs}s)"
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=0" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$build/tests/fuzz_$t" "$work" "${dict[@]}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 "${opts[@]}" -artifact_prefix="$crashes/" -print_final_stats=1 >"$build/fuzz-$t.log" 2>&1
  code=$?
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$build/fuzz-$t.log" | tr '\n' ' '; echo
  if [ $code = 0 ]; then
    pass=$((pass+1)); echo "ok   $t"
  else
    fail=$((fail+1))
    grep -E 'ERROR|SUMMARY|broken promise|runtime error|Test unit written' "$build/fuzz-$t.log" | head -20
    echo "FAIL $t (exit $code; log $build/fuzz-$t.log; reproducer in $crashes/)"
  fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
