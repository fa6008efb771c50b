#!/usr/bin/env bash
# bench/stream.sh — `ctrend change` and `ctrend rolling --window 12` on 10^7 values, end to end
# (read the CSV, compute per series, write CSV to /dev/null), against pandas
# (bench/peers/pd_cli.py: read_csv, groupby shift/rolling, to_csv) and optionally an older
# ctrend binary, in the same run, interleaved. Per run: wall, user+sys CPU and peak RSS from
# /usr/bin/time; printed as one line per run (key=value) on stdout, then medians with
# min..max (the machine may be shared: the load average is printed with each run).
#
#   bench/stream.sh CTREND [RUNS_CTREND] [RUNS_PANDAS] [OLD_CTREND] > bench/out/stream.txt
#
# Data: bench/gen panel 41667 2 (41667 series x 240 months = 10 000 080 values, 226 MB).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ct=$1; runs=${2:-5}; pruns=${3:-3}; old=${4:-}
data=$here/data/panel_41667.csv
gen=${GEN:-$here/../build-bench/bench/gen}
[ -s "$data" ] || { mkdir -p "$here/data"; "$gen" panel 41667 2 "$data"; }
one() { # label command...
    local label=$1; shift
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o /tmp/stream_time.$$ "$@" >/dev/null 2>/tmp/stream_err.$$ ||
        { echo "$label failed: $(head -c 300 /tmp/stream_err.$$)" >&2; exit 1; }
    read -r w u s m </tmp/stream_time.$$
    echo "run=$label wall_s=$w cpu_s=$(echo "$u + $s" | bc) rss_kb=$m load=$load"
}
for ((r = 1; r <= runs; ++r)); do
    one ctrend_change "$ct" change "$data" --format csv
    one ctrend_rolling "$ct" rolling "$data" --window 12 --format csv
    if [ "$r" -le "$pruns" ]; then
        one pandas_change /usr/bin/python3 "$here/peers/pd_cli.py" change "$data" /dev/null
        one pandas_rolling /usr/bin/python3 "$here/peers/pd_cli.py" rolling "$data" /dev/null
    fi
    if [ -n "$old" ] && [ "$r" = 1 ]; then
        one old_change "$old" change "$data" --format csv
        one old_rolling "$old" rolling "$data" --window 12 --format csv
    fi
done
rm -f /tmp/stream_time.$$ /tmp/stream_err.$$
