#!/usr/bin/env bash
# bench/forecast_bench.sh — `ctrend forecast` (Poisson, trend + 2 Fourier pairs + step, h months,
# N_SIMS simulations) against the statsmodels + numpy peer (bench/peers/sm_forecast.py), CPU
# time of the whole process (user + sys, /usr/bin/time), REPS interleaved runs, median and range.
#
# usage: bench/forecast_bench.sh CTREND PANEL.csv OUTDIR [N_SIMS [H [REPS [EXTRA_CTREND...]]]]
#   EXTRA_CTREND: further ctrend binaries to time the same way (e.g. the previous release),
#   each as NAME=PATH (the name labels its rows) or PATH (labelled by the directory above
#   its build directory)
set -euo pipefail
ct=$1 panel=$2 out=$3 sims=${4:-10000} h=${5:-12} reps=${6:-5}
shift $(( $# < 6 ? $# : 6 ))
extra=("$@")
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$out"
cpu() { /usr/bin/time -f "%U %S %e" -o "$out/t" "$@" > /dev/null; awk '{printf "%.3f %.3f\n", $1 + $2, $3}' "$out/t"; }
: > "$out/times.txt"
for r in $(seq 1 "$reps"); do
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/times.txt"
  for t in 1 2; do
    echo "ctrend_t$t $(cpu "$ct" forecast "$panel" --by group,region --fourier 2 --step 2012-01 \
        --sims "$sims" --horizon "$h" --format csv --threads "$t")" >> "$out/times.txt"
  done
  for e in "${extra[@]}"; do
    if [[ $e == *=* ]]; then name=${e%%=*} b=${e#*=}; else b=$e name=$(basename "$(dirname "$(dirname "$b")")"); fi
    echo "$name $(cpu "$b" forecast "$panel" --by group,region \
        --fourier 2 --step 2012-01 --sims "$sims" --horizon "$h" --format csv)" >> "$out/times.txt"
  done
  echo "statsmodels $(cpu /usr/bin/python3 "$here/peers/sm_forecast.py" "$panel" "$out/sm.csv" "$sims" "$h")" \
      >> "$out/times.txt"
done
/usr/bin/python3 - "$out/times.txt" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1]) if not l.startswith("load")]
loads = [l.split()[1] for l in open(sys.argv[1]) if l.startswith("load")]
t = {}
for name, c, w in rows:
    t.setdefault(name, []).append(float(c))
sm = st.median(t["statsmodels"])
for k, v in t.items():
    # the ratio of the medians, and the range of the per-round ratios (the runs of one round
    # are back to back, so they saw about the same load)
    rr = [a / b for a, b in zip(t["statsmodels"], v)]
    print("%-14s CPU s median %.2f (min %.2f, max %.2f, n %d)  statsmodels/this %.2fx "
          "(per round %.2f-%.2f)" % (k, st.median(v), min(v), max(v), len(v), sm / st.median(v),
                                     min(rr), max(rr)))
print("load average (1 min) at each round:", " ".join(loads))
PY
