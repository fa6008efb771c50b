"""statsmodels peer: GLM(Poisson) per series in a loop.

usage: /usr/bin/python3 sm_fit.py PANEL.csv OUT.csv [MAX_SERIES [TOL]]
Design (as ctrend_design): intercept, trend 1..n, sin/cos(2 pi k m/12) k=1,2 with m = month of
year (Jan = 1), step 1 from 2012-01. Prints "read_s=.. fit_s=.. fits=.. us_per_fit=..".
statsmodels' IRLS defaults (tol 1e-8 on the deviance, maxiter 100) are kept for the timed
run; TOL (e.g. 1e-13) tightens the stopping rule for the untimed agreement check.
"""
import sys, time
import numpy as np
import pandas as pd
import statsmodels.api as sm

path, out = sys.argv[1], sys.argv[2]
max_series = int(sys.argv[3]) if len(sys.argv) > 3 else None
fit_kw = {"tol": float(sys.argv[4])} if len(sys.argv) > 4 else {}
c0 = time.process_time()
t0 = time.perf_counter()
df = pd.read_csv(path, dtype={"group": str, "region": str, "attacks": np.float64})
t1 = time.perf_counter()
month = df["month"].iloc[:240].str.slice(5, 7).astype(int).to_numpy()
year = df["month"].iloc[:240].str.slice(0, 4).astype(int).to_numpy()
n = 240
X = np.column_stack([
    np.ones(n), np.arange(1, n + 1, dtype=float),
    np.sin(2 * np.pi * month / 12), np.cos(2 * np.pi * month / 12),
    np.sin(4 * np.pi * month / 12), np.cos(4 * np.pi * month / 12),
    ((year * 12 + month - 1) >= 2012 * 12).astype(float)])
groups = df["group"].to_numpy()
y_all = df["attacks"].to_numpy()
n_series = len(df) // n
if max_series is not None:
    n_series = min(n_series, max_series)
rows = []
c2 = time.process_time()
t2 = time.perf_counter()
for s in range(n_series):
    y = y_all[s * n:(s + 1) * n]
    res = sm.GLM(y, X, family=sm.families.Poisson()).fit(**fit_kw)
    rows.append((groups[s * n], res.params))
t3 = time.perf_counter()
c3 = time.process_time()
with open(out, "w") as f:
    f.write("group,b0,b1,b2,b3,b4,b5,b6\n")
    for g, b in rows:
        f.write(g + "," + ",".join(repr(float(v)) for v in b) + "\n")
print(f"read_s={t1 - t0:.6f} fit_s={t3 - t2:.6f} fit_cpu_s={c3 - c2:.6f} fits={n_series} "
      f"us_per_fit={1e6 * (t3 - t2) / n_series:.2f}")
