"""pandas peer of `ctrend change` / `ctrend rolling --window 12`, end to end: read the CSV,
compute per series, write CSV (the same rows; ctrend also writes a `note` column).

usage: /usr/bin/python3 pd_cli.py change|rolling IN.csv OUT.csv
IN is bench/gen's panel (month,group,region,attacks; each series' months contiguous, so a
groupby with sort=False keeps the file's order). change: base = the month before within the
series, change = value - base, change_pct = 100 (value / base - 1), undefined (NaN) when the
base is missing or zero (ctrend's rule). rolling: trailing 12-month mean, all 12 reported.
"""
import sys
import numpy as np
import pandas as pd

what, src, dst = sys.argv[1:4]
df = pd.read_csv(src, dtype={"month": str, "group": str, "region": str, "attacks": float},
                 keep_default_na=False, na_values=["", "NA"])
df.insert(2, "metric", "attacks")
g = df.groupby(["group", "region"], sort=False)["attacks"]
if what == "change":
    base = g.shift(1)
    out = df.rename(columns={"attacks": "value"})
    out["base_lag_1"] = base
    out["change"] = out["value"] - base
    pct = 100.0 * (out["value"] / base - 1.0)
    out["change_pct"] = pct.where(base != 0)
else:
    out = df.rename(columns={"attacks": "value"})
    out["rolling_mean_12"] = g.rolling(12).mean().to_numpy()
out = out[["group", "region", "metric", "month"] + [c for c in out.columns
                                                    if c not in ("group", "region", "metric", "month")]]
out.to_csv(dst, index=False, float_format=None)
