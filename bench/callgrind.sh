#!/usr/bin/env bash
# bench/callgrind.sh — instruction counts (valgrind callgrind, repeatable on a busy machine)
# of the two ctrend hot paths and their floors, per fit and per row:
#
#   bench/callgrind.sh [BUILD_DIR]        # default build-bench (as bench/run.sh builds it)
#
#  - Poisson fit (trend + 2 Fourier pairs + step, 240 months): ctrend_batch_fit on 1 thread
#    over panel_200.csv (instructions inside ctrend_batch_fit / 200) against the minimal IRLS
#    of irlsfloor.c (fit_all / 200) and the SIMD floor of lanefloor.c (AVX2 machines);
#  - reading: ctrend_reader_read_file on events_100000.csv (and events_1000000.csv when
#    bench/run.sh has generated it) and panel_200.csv, per data row, against libcsv's bare
#    parse (csv_parse with counting callbacks, per row).
# Data are generated (seeded) into bench/data/ when missing. Takes ~1-2 minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build-bench}
B=$build/bench
data=$here/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$data"
if [ ! -x "$B/ctbench" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCTREND_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$build" -j"$(nproc)" >/dev/null
fi
[ -s "$data/panel_200.csv" ] || "$B/gen" panel 200 2 "$data/panel_200.csv"
[ -s "$data/events_100000.csv" ] || "$B/gen" events 100000 1 "$data/events_100000.csv"

# ir FUNCTION CMD...: instructions executed inside FUNCTION (inclusive) while running CMD
ir() {
    local fn=$1; shift
    valgrind --tool=callgrind --toggle-collect="$fn" --callgrind-out-file="$tmp/cg.out" "$@" \
        >/dev/null 2>"$tmp/vg.err"
    awk '/Collected :/ {print $NF}' "$tmp/vg.err"
}
per() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f", a / b}'; }

fit=$(ir ctrend_batch_fit "$B/ctbench" fit "$data/panel_200.csv" 1 "$tmp/fit.csv")
floor=$(ir fit_all "$B/irlsfloor" "$data/panel_200.csv" "$tmp/floor.csv")
# reads on 1 thread: callgrind's --toggle-collect counts the calling thread only
ev=$(ir ctrend_reader_read_file "$B/ctbench" events "$data/events_100000.csv" "$tmp/ev.csv" 1)
evcsv=$(ir csv_parse "$B/csvfloor" "$data/events_100000.csv")
pan=$(ir ctrend_reader_read_file "$B/ctbench" fit "$data/panel_200.csv" 1 "$tmp/fit.csv")
pancsv=$(ir csv_parse "$B/csvfloor" "$data/panel_200.csv")
ev_rows=$(($(wc -l <"$data/events_100000.csv") - 1))
pan_rows=$(($(wc -l <"$data/panel_200.csv") - 1))

echo "| path | ctrend instructions | floor instructions | ratio |"
echo "|---|---|---|---|"
echo "| Poisson fit, per fit (ctrend_batch_fit, 1 thread / irlsfloor fit_all) | $(per "$fit" 200) | $(per "$floor" 200) | $(awk -v a="$fit" -v b="$floor" 'BEGIN {printf "%.2f", a / b}') |"
if [ -x "$B/lanefloor" ] && grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo; then
    lanefloor=$(ir 'fit_all*' "$B/lanefloor" "$data/panel_200.csv" "$tmp/lanefloor.csv")
    echo "| Poisson fit, per fit (ctrend_batch_fit, 1 thread / the SIMD floor, lanefloor fit_all) | $(per "$fit" 200) | $(per "$lanefloor" 200) | $(awk -v a="$fit" -v b="$lanefloor" 'BEGIN {printf "%.2f", a / b}') |"
fi
echo "| event CSV, per row (ctrend_reader_read_file / libcsv csv_parse) | $(per "$ev" "$ev_rows") | $(per "$evcsv" "$ev_rows") | $(awk -v a="$ev" -v b="$evcsv" 'BEGIN {printf "%.2f", a / b}') |"
if [ -s "$data/events_1000000.csv" ]; then   # the issue-6 target file (bench/run.sh --scale medium)
    ev6=$(ir ctrend_reader_read_file "$B/ctbench" events "$data/events_1000000.csv" "$tmp/ev.csv" 1)
    ev6csv=$(ir csv_parse "$B/csvfloor" "$data/events_1000000.csv")
    echo "| event CSV (10^6 rows), per row | $(per "$ev6" 1000000) | $(per "$ev6csv" 1000000) | $(awk -v a="$ev6" -v b="$ev6csv" 'BEGIN {printf "%.2f", a / b}') |"
fi
echo "| panel CSV, per row (ctrend_reader_read_file / libcsv csv_parse) | $(per "$pan" "$pan_rows") | $(per "$pancsv" "$pan_rows") | $(awk -v a="$pan" -v b="$pancsv" 'BEGIN {printf "%.2f", a / b}') |"
