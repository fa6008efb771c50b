"""Agreement checks for bench/run.sh (run before any time is reported).

  check.py coef A.csv B.csv RTOL    coefficient tables (group,b0..b6), same groups in order;
                                    prints the max relative difference |a-b|/max(|a|,|b|)
                                    (and the max absolute one); exit 1 if it exceeds RTOL
  check.py widen LONG.csv WIDE.csv  `ctrend fit --format csv` output (one row per term) ->
                                    the group,b0..b6 table of the other tools
  check.py same A B                 files byte-identical
  check.py roll CT_PREFIX PD_PREFIX rolling means equal to 1e-12 relative with the same NaN
                                    cells; percent changes equal where ctrend defines them,
                                    pandas NaN/inf where ctrend is undefined
Uses only numpy (Debian /usr/bin/python3).
"""
import sys
import numpy as np


def coef(a, b, rtol):
    ta = np.genfromtxt(a, delimiter=",", skip_header=1, dtype=None, encoding="ascii")
    tb = np.genfromtxt(b, delimiter=",", skip_header=1, dtype=None, encoding="ascii")
    ga = [r[0] for r in ta]; gb = [r[0] for r in tb]
    if ga != gb:
        print(f"groups differ: {len(ga)} vs {len(gb)}"); return 1
    xa = np.array([list(r)[1:] for r in ta], dtype=float)
    xb = np.array([list(r)[1:] for r in tb], dtype=float)
    if np.isnan(xa).any() or np.isnan(xb).any():
        print(f"NaN coefficients: {np.isnan(xa).any(axis=1).sum()} vs {np.isnan(xb).any(axis=1).sum()} series")
        return 1
    d = np.abs(xa - xb)
    rel = d / np.maximum(np.maximum(np.abs(xa), np.abs(xb)), 1e-300)
    i = np.unravel_index(np.argmax(rel), rel.shape)
    print(f"max_rel={rel.max():.3g} max_abs={d.max():.3g} worst={ga[i[0]]}:b{i[1]} "
          f"({xa[i]:.17g} vs {xb[i]:.17g}) n={xa.size}")
    return 0 if rel.max() <= rtol else 1


def roll(ct, pd):
    bad = 0
    for kind in ("flat_mean", "mean"):
        a = np.fromfile(f"{ct}.{kind}.f64"); b = np.fromfile(f"{pd}.{kind}.f64")
        na, nb = np.isnan(a), np.isnan(b)
        ok = a.shape == b.shape and (na == nb).all()
        m = ~na
        rel = np.max(np.abs(a[m] - b[m]) / np.maximum(np.abs(b[m]), 1e-300)) if ok else np.inf
        print(f"{kind}: values={a.size} nan_cells_equal={ok} max_rel={rel:.3g}")
        bad |= not ok or rel > 1e-12
    for kind in ("flat_pct", "pct"):
        a = np.fromfile(f"{ct}.{kind}.f64"); b = np.fromfile(f"{pd}.{kind}.f64")
        m = ~np.isnan(a)
        undef_ok = (~np.isfinite(b[~m])).all()
        rel = np.max(np.abs(a[m] - b[m]) / np.maximum(np.abs(b[m]), 1e-12))
        print(f"{kind}: values={a.size} defined={m.sum()} undefined_match={undef_ok} max_rel={rel:.3g}")
        bad |= not undef_ok or rel > 1e-12
    return int(bad)


def widen(src, dst):
    rows = {}
    order = []
    with open(src) as f:
        head = f.readline().rstrip("\n").split(",")
        ig, it, ie = head.index("group"), head.index("term"), head.index("estimate")
        for line in f:
            c = line.rstrip("\n").split(",")
            if c[ig] not in rows:
                rows[c[ig]] = []
                order.append(c[ig])
            rows[c[ig]].append(c[ie])
    with open(dst, "w") as f:
        f.write("group,b0,b1,b2,b3,b4,b5,b6\n")
        for g in order:
            f.write(g + "," + ",".join(rows[g]) + "\n")
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "widen":
        sys.exit(widen(sys.argv[2], sys.argv[3]))
    if sys.argv[1] == "coef":
        sys.exit(coef(sys.argv[2], sys.argv[3], float(sys.argv[4])))
    if sys.argv[1] == "roll":
        sys.exit(roll(sys.argv[2], sys.argv[3]))
    if sys.argv[1] == "same":
        same = open(sys.argv[2], "rb").read() == open(sys.argv[3], "rb").read()
        print("identical" if same else "DIFFERENT"); sys.exit(0 if same else 1)
    sys.exit(2)
