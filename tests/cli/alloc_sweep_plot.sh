#!/usr/bin/env bash
# tests/cli/alloc_sweep_plot.sh CTREND_BINARY FAILMALLOC_SO — `ctrend plot` under allocation
# failure (issue 18 #3), the way tests/cli/alloc_sweep.sh sweeps the other commands: the k-th
# allocation fails, once, for every k. Each run must either write exactly the figure (and
# --data file) of the run without failure, with its exit status, or exit 2 with "out of
# memory" on stderr, nothing on stdout, no figure or data file, and no ctrend-plot-* file
# left in TMPDIR. (SVG and PNG only: a PDF holds its creation time, so two runs differ.)
#
# Which allocations: FAILMALLOC_CALLER=main (tests/cli/failmalloc.c) counts only the
# malloc/calloc/realloc calls made from the ctrend executable's own code: the CLI, libctrend
# and libctrend-figure (both linked into the executable), including the figure's
# specification and the renderer's own buffers (lib/figure/render). Not swept: allocations
# inside shared libraries, i.e. PLplot, cairo, pango, fontconfig, libpng, and libc's
# internal ones (fopen, strdup, qsort, stdio buffers): PLplot ignores cairo's error status
# and exits the process on some failures, so a failure there is theirs to survive; our side
# only sees it as a write error or a short file (render.c checks the copy and the size).
set -u
bin="$1"; so="$2"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
T=datasets/ttp_2022.csv
U=datasets/ucdp_ged_pakistan_monthly.csv
tmp="$(mktemp -d)"
work="$tmp/tmpdir"; mkdir "$work"
cmds=(
  "plot $T --metric attacks -o FIG.svg"
  "plot $T --group TTP --metric attacks,deaths --rolling 3 --points --title t --data DATA.csv -o FIG.svg"
  "plot $U --metric events_all --from 2015-01 --forecast 6 --sims 200 --highlight 2016-01:2016-03 -o FIG.png"
  "plot $U --metric events_all --from 2012-01 --find-break --fit negbin --fourier 1 -o FIG.svg"
)
pass=0; fail=0
for c in "${cmds[@]}"; do
  ext="${c##*.}"
  ref="${c//FIG/$tmp/ref}"; ref="${ref//DATA/$tmp/refdata}"
  run="${c//FIG/$tmp/out}"; run="${run//DATA/$tmp/outdata}"
  # shellcheck disable=SC2086
  TMPDIR="$work" FAILMALLOC_CALLER=main FAILMALLOC_COUNT="$tmp/count" LD_PRELOAD="$so" \
    "$bin" $ref >"$tmp/refout" 2>/dev/null </dev/null
  want=$?
  total=$(cat "$tmp/count")
  step=1; [ "$total" -gt 3000 ] && step=97 # as alloc_sweep.sh does for its long breaks run
  bad=0; oom=0; runs=0
  for ((k = 1; k <= total; k += step)); do
    runs=$((runs+1))
    rm -f "$tmp/out.$ext" "$tmp/outdata.csv"
    # shellcheck disable=SC2086
    TMPDIR="$work" FAILMALLOC_CALLER=main FAILMALLOC_N=$k LD_PRELOAD="$so" \
      "$bin" $run >"$tmp/stdout" 2>"$tmp/err" </dev/null
    code=$?
    left=$(ls "$work" | head -3)
    same=0
    if [ "$code" = "$want" ] && cmp -s "$tmp/out.$ext" "$tmp/ref.$ext" &&
       { [ ! -e "$tmp/refdata.csv" ] || cmp -s "$tmp/outdata.csv" "$tmp/refdata.csv"; }; then same=1; fi
    if [ $same = 1 ] && [ -z "$left" ]; then continue; fi
    if [ "$code" = 2 ] && [ ! -s "$tmp/stdout" ] && [ ! -e "$tmp/out.$ext" ] && [ ! -e "$tmp/outdata.csv" ] &&
       [ -z "$left" ] && grep -q "out of memory" "$tmp/err"; then oom=$((oom+1)); continue; fi
    bad=$((bad+1))
    [ $bad -le 3 ] && echo "FAIL ctrend $c: allocation $k: exit $code (want $want or 2), figure $( [ -e "$tmp/out.$ext" ] && wc -c <"$tmp/out.$ext" || echo absent), temp left: '$left', stderr: $(head -c 200 "$tmp/err")"
    rm -f "$work"/*
  done
  echo "ctrend $c: $total allocations of ctrend's own, $runs injected (every $step), $oom out of memory, $((runs - oom - bad)) identical, $bad wrong"
  if [ $bad = 0 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
  rm -f "$tmp/ref.$ext" "$tmp/refdata.csv"
done
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
