#!/usr/bin/env bash
# bench/events_parallel.sh — the event reader, serial and chunked on 1..N threads
# (CTREND_READ_THREADS), against pandas and libcsv's bare parse, in interleaved rounds:
#
#   bench/events_parallel.sh [ROUNDS] [FILE] [BUILD_DIR]   # defaults 7, data/events_1000000.csv, build-bench
#
# Each round runs every tool once, in the same order, so a burst of load from other jobs
# hits all of them; the table gives, per tool, the median and the range (min..max) of the
# timed span's wall seconds and CPU seconds (all threads: ctbench and csvfloor via
# CLOCK_PROCESS_CPUTIME_ID, pandas time.process_time; read + aggregate only, as bench/run.sh),
# and the ratios of medians. The ctrend outputs of every thread count are compared with
# pandas' (bench/check.py same) before anything is timed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
rounds=${1:-7}
file=${2:-$here/data/events_1000000.csv}
build=${3:-$root/build-bench}
B=$build/bench
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -x "$B/ctbench" ] || [ ! -x "$B/csvfloor" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCTREND_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$build" -j2 --target ctrend_bench_driver ctrend_bench_csvfloor >/dev/null
fi
[ -s "$file" ] || { echo "no $file (bench/run.sh generates it)" >&2; exit 1; }

tools="ct1 ct2 ct3 pandas csvfloor"
cmd() {
    case $1 in
    ct1) "$B/ctbench" events "$file" "$tmp/ct1.csv" 1 ;;
    ct2) "$B/ctbench" events "$file" "$tmp/ct2.csv" 2 ;;
    ct3) "$B/ctbench" events "$file" "$tmp/ct3.csv" 3 ;;
    pandas) "$py" "$here/peers/pd_events.py" "$file" "$tmp/pd.csv" ;;
    csvfloor) "$B/csvfloor" "$file" ;;
    esac
}
for t in ct1 ct2 ct3 pandas; do cmd "$t" >/dev/null; done
for t in ct1 ct2 ct3; do "$py" "$here/check.py" same "$tmp/$t.csv" "$tmp/pd.csv" >/dev/null || { echo "$t differs from pandas" >&2; exit 1; }; done
for t in ct2 ct3; do cmp -s "$tmp/ct1.csv" "$tmp/$t.csv" || { echo "$t differs from 1 thread" >&2; exit 1; }; done

for ((r = 0; r < rounds; ++r)); do
    for t in $tools; do
        cmd "$t" | tr ' ' '\n' | awk -F= -v t="$t" '$1=="seconds" {w=$2} $1=="cpu_s" {c=$2} END {print t, w, c}' >>"$tmp/runs"
    done
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
# median and range of column k (2 wall, 3 cpu) for tool t
stat() { awk -v t="$1" -v k="$2" '$1==t {print $k}' "$tmp/runs" | sort -g |
         awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.4f %.4f %.4f\n", m, v[1], v[NR]}'; }
echo "events reader, $(basename "$file"), $rounds interleaved rounds, load average at the end $load, $(nproc) CPUs"
echo
echo "| tool | wall s median (min..max) | CPU s median (min..max) |"
echo "|---|---|---|"
for t in $tools; do
    read -r wm wl wh < <(stat "$t" 2)
    read -r cm cl ch < <(stat "$t" 3)
    case $t in
    ct1) name="ctrend_reader, 1 thread (the serial reader)" ;;
    ct2) name="ctrend_reader, 2 threads (chunked)" ;;
    ct3) name="ctrend_reader, 3 threads (chunked)" ;;
    pandas) name="pandas read_csv + groupby (bench/peers/pd_events.py)" ;;
    csvfloor) name="floor: libcsv bare parse, 1 thread" ;;
    esac
    echo "| $name | $wm ($wl..$wh) | $cm ($cl..$ch) |"
    eval "w_$t=$wm c_$t=$cm"
done
r() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "| ratio (medians) | wall | CPU |"
echo "|---|---|---|"
for t in ct1 ct2 ct3; do
    echo "| pandas / $t | $(r "$w_pandas" "$(eval echo \$w_$t)")x | $(r "$c_pandas" "$(eval echo \$c_$t)")x |"
done
for t in ct1 ct2 ct3; do
    echo "| $t / libcsv bare parse | $(r "$(eval echo \$w_$t)" "$w_csvfloor")x | $(r "$(eval echo \$c_$t)" "$c_csvfloor")x |"
done
