"""statsmodels + numpy peer of `ctrend forecast`: per series, GLM(Poisson) fit, then H months
ahead: the mean and its Wald interval, 80% and 95% predictive intervals from N_SIMS
simulations (beta* ~ N(beta_hat, V) by numpy's multivariate normal, y* ~ Poisson(exp(x'beta*))
by numpy's Poisson sampler, np.quantile type 7 = R's default), and the plug-in 95% interval
(scipy.stats.poisson.ppf at the mean) -- the columns `ctrend forecast` writes.

usage: /usr/bin/python3 sm_forecast.py PANEL.csv OUT.csv [N_SIMS [H [MAX_SERIES]]]
Design as bench/peers/sm_fit.py (intercept, trend, 2 Fourier pairs, step 2012-01). Prints
"cpu_s=.. wall_s=.. series=..": process CPU time of the whole run (read, fits, simulations,
quantiles, output).
"""
import sys, time
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

path, out = sys.argv[1], sys.argv[2]
n_sims = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
H = int(sys.argv[4]) if len(sys.argv) > 4 else 12
max_series = int(sys.argv[5]) if len(sys.argv) > 5 else None
c0 = time.process_time()
t0 = time.perf_counter()
df = pd.read_csv(path, dtype={"group": str, "region": str, "attacks": np.float64})
n = 240
month = df["month"].iloc[:n].str.slice(5, 7).astype(int).to_numpy()
year = df["month"].iloc[:n].str.slice(0, 4).astype(int).to_numpy()


def design(t, month, year):
    return np.column_stack([
        np.ones(len(t)), t.astype(float),
        np.sin(2 * np.pi * month / 12), np.cos(2 * np.pi * month / 12),
        np.sin(4 * np.pi * month / 12), np.cos(4 * np.pi * month / 12),
        ((year * 12 + month - 1) >= 2012 * 12).astype(float)])


X = design(np.arange(1, n + 1), month, year)
last = year[-1] * 12 + month[-1] - 1
fm = np.arange(last + 1, last + 1 + H)
Xf = design(np.arange(n + 1, n + H + 1), fm % 12 + 1, fm // 12)
groups = df["group"].to_numpy()
regions = df["region"].to_numpy()
y_all = df["attacks"].to_numpy()
n_series = len(df) // n
if max_series is not None:
    n_series = min(n_series, max_series)
rng = np.random.default_rng(20240101)
z = stats.norm.ppf(0.975)
rows = []
for s in range(n_series):
    y = y_all[s * n:(s + 1) * n]
    res = sm.GLM(y, X, family=sm.families.Poisson()).fit()
    b, V = res.params, res.cov_params()
    eta = Xf @ b
    se = np.sqrt(np.einsum("ij,jk,ik->i", Xf, V, Xf))
    mean = np.exp(eta)
    bs = rng.multivariate_normal(b, V, size=n_sims)          # n_sims x p
    ys = rng.poisson(np.exp(bs @ Xf.T))                        # n_sims x H
    q = np.quantile(ys, [0.1, 0.9, 0.025, 0.975], axis=0)      # type 7
    plo, phi = stats.poisson.ppf(0.025, mean), stats.poisson.ppf(0.975, mean)
    for i in range(H):
        rows.append((groups[s * n], regions[s * n], int(fm[i]), mean[i], np.exp(eta[i] - z * se[i]),
                     np.exp(eta[i] + z * se[i]), q[0, i], q[1, i], q[2, i], q[3, i], plo[i], phi[i]))
pd.DataFrame(rows, columns=["group", "region", "month", "mean", "mean_lo", "mean_hi", "pi80_lo",
                            "pi80_hi", "pi95_lo", "pi95_hi", "plugin95_lo", "plugin95_hi"]
             ).to_csv(out, index=False)
print("cpu_s=%.4f wall_s=%.4f series=%d" % (time.process_time() - c0, time.perf_counter() - t0,
                                             n_series))
