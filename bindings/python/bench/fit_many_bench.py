"""fit_many on many series against a statsmodels GLM(Poisson) loop (issue 14: >= 50x).

    CTREND_LIB=build/libctrend.so PYTHONPATH=bindings/python \
        python3 bindings/python/bench/fit_many_bench.py bench/data/panel_2000.csv [SM_SERIES] [ROUNDS]

The panel file is bench/gen's (month,group,region,attacks; 240 months per series; made by
bench/run.sh or `build-bench/bench/gen panel 2000 2 FILE`). Design as bench/peers/sm_fit.py:
intercept, trend, 2 Fourier pairs, a step from 2012-01. Times are CPU seconds of this process
(time.process_time: both cores' work for the threaded fit_many, BLAS threads for
statsmodels). ROUNDS (default 5) rounds interleave the three workloads (the order rotating
from round to round), so that a change of the machine's load falls on all of them; each
round gives one ratio per ctrend call (statsmodels CPU / ctrend CPU of that round), and the
table shows the median and the range over rounds. The statsmodels loop runs on SM_SERIES
series (default 200) and is scaled to all of them. Input forms of fit_many: the long pandas DataFrame
(by=["group", "region"]), and a ctrend.Frame read by ctrend.read_csv. Checks the two agree
(1e-5 relative on the coefficients: statsmodels stops at a 1e-8 change of the deviance).
"""
import os
import sys
import time

import numpy as np
import pandas as pd

import ctrend


def cpu(fn):
    t = time.process_time()
    out = fn()
    return time.process_time() - t, out


def main():
    path = sys.argv[1]
    n_sm = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    df = pd.read_csv(path, dtype={"group": str, "region": str, "attacks": np.float64})
    df["month"] = pd.PeriodIndex(df["month"], freq="M")
    n_series = df.groupby(["group", "region"]).ngroups
    args = dict(trend=True, fourier=2, step="2012-01")
    frame = ctrend.read_csv(path, output="frame")

    import statsmodels.api as sm
    n = 240
    months = df["month"].iloc[:n]
    mo = np.array([p.month for p in months])
    yr = np.array([p.year for p in months])
    X = np.column_stack([np.ones(n), np.arange(1, n + 1, dtype=float),
                         np.sin(2 * np.pi * mo / 12), np.cos(2 * np.pi * mo / 12),
                         np.sin(4 * np.pi * mo / 12), np.cos(4 * np.pi * mo / 12),
                         ((yr * 12 + mo - 1) >= 2012 * 12).astype(float)])
    ys = df["attacks"].to_numpy().reshape(-1, n)[:n_sm]

    work = {
        "sm": lambda: [sm.GLM(y, X, family=sm.families.Poisson()).fit().params for y in ys],
        "long": lambda: ctrend.fit_many(df, by=["group", "region"], month="month",
                                        value="attacks", **args),
        "frame": lambda: ctrend.fit_many(frame, **args),
    }
    names = list(work)
    times = {k: [] for k in names}
    out = {}
    for r in range(rounds):
        for k in names[r % 3:] + names[:r % 3]:
            t, out[k] = cpu(work[k])
            times[k].append(t * n_series / len(ys) if k == "sm" else t)
    params, tidy, tidy_f = out["sm"], out["long"], out["frame"]
    est = tidy["estimate"].to_numpy().reshape(n_series, -1)[:len(ys)]
    rel = np.max(np.abs(est - np.array(params)) / np.maximum(np.abs(est), 1e-300))
    assert rel < 1e-5, rel  # statsmodels stops at a 1e-8 change of the deviance (bench/run.sh: 1e-5)
    assert np.array_equal(tidy["estimate"].to_numpy(), tidy_f["estimate"].to_numpy())
    sm_t = np.array(times["sm"])
    print("%d interleaved rounds, CPU seconds (time.process_time), load average at the end %s"
          % (rounds, " ".join("%.1f" % v for v in os.getloadavg())))
    print()
    print("| call (%d series x %d months) | CPU s, median (range) | us per series | "
          "vs statsmodels loop, median (range over rounds) |" % (n_series, n))
    print("|---|---:|---:|---:|")
    for k, name in (("sm", "statsmodels GLM loop (scaled from %d series)" % len(ys)),
                    ("long", "ctrend.fit_many(long DataFrame, by=[group, region])"),
                    ("frame", "ctrend.fit_many(ctrend.Frame from read_csv)")):
        t = np.array(times[k])
        ratio = sm_t / t
        print("| %s | %.3f (%.3f-%.3f) | %.1f | %.1fx (%.1f-%.1fx) |"
              % (name, np.median(t), t.min(), t.max(), 1e6 * np.median(t) / n_series,
                 np.median(ratio), ratio.min(), ratio.max()))
    print("max relative coefficient difference ctrend vs statsmodels: %.1e" % rel)


if __name__ == "__main__":
    main()
