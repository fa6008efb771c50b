"""pandas peer: rolling(12).mean() and pct_change() over raw doubles.

usage: /usr/bin/python3 pd_roll.py VALUES.f64 N_MONTHS OUT_PREFIX
flat: one Series of all values; per series: a DataFrame with one column per series
(months x series), pandas' vectorised way to roll many series. pct_change(fill_method=None)
is the gap-respecting variant (the pandas 1.5 default pads NaN first); times 100 = percent.
Outputs (untimed) OUT_PREFIX.{flat_mean,flat_pct,mean,pct}.f64 in series-major order.
"""
import sys, time
import numpy as np
import pandas as pd

x = np.fromfile(sys.argv[1], dtype=np.float64)
nm = int(sys.argv[2]); ns = len(x) // nm
x = x[: ns * nm]
pre = sys.argv[3]
s = pd.Series(x)
t0 = time.perf_counter(); fm = s.rolling(12).mean(); t1 = time.perf_counter()
fp = s.pct_change(fill_method=None); t2 = time.perf_counter()
fm.to_numpy().tofile(pre + ".flat_mean.f64"); (100 * fp.to_numpy()).tofile(pre + ".flat_pct.f64")
df = pd.DataFrame(x.reshape(ns, nm).T)
t3 = time.perf_counter(); m = df.rolling(12).mean(); t4 = time.perf_counter()
p = df.pct_change(fill_method=None); t5 = time.perf_counter()
m.to_numpy().T.tofile(pre + ".mean.f64"); (100 * p.to_numpy().T).tofile(pre + ".pct.f64")
print(f"values={len(x)} flat_mean_s={t1 - t0:.6f} flat_pct_s={t2 - t1:.6f} mean_s={t4 - t3:.6f} pct_s={t5 - t4:.6f}")
