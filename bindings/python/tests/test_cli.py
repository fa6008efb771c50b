"""The binding's numbers equal the CLI's (same library, same data): rolling and change on the
bundled datasets, read through ctrend.read_csv, compared with `ctrend ... --format csv`."""
import csv
import io
import math
import os
import subprocess

import pytest

import ctrend
from conftest import ROOT, needs

CLI = os.path.join(os.path.dirname(ctrend.LIB_PATH), "ctrend")
DATASETS = [os.path.join(ROOT, "datasets", n) for n in ("ttp_2022.csv",
                                                          "ucdp_ged_pakistan_monthly.csv")]

pytestmark = [needs("ctrend_reader_new", "ctrend_rolling_mean", "ctrend_change_pct"),
              pytest.mark.skipif(not os.access(CLI, os.X_OK), reason="no CLI beside libctrend")]


def _cli(*args):
    out = subprocess.run([CLI] + list(args) + ["--format", "csv"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, universal_newlines=True)
    assert out.returncode == 0, out.stderr
    return list(csv.DictReader(io.StringIO(out.stdout)))


def _num(text):
    return float("nan") if text in ("", "NA") else float(text)


def _same(a, b):
    return (math.isnan(a) and math.isnan(b)) or a == b or abs(a - b) <= 1e-15 * abs(b)


def _compare(rows, column, compute, path):
    with ctrend.read_csv(path, output="frame") as f:
        series = {f.key(i): f.values(i) for i in range(len(f))}
        months = f.months
        results = {k: compute(v) for k, v in series.items()}
    checked = 0
    for row in rows:
        key = (row["group"], row["region"], row["metric"])
        t = months.index(row["month"])
        got = float(results[key][t])
        want = _num(row[column])
        assert _same(got, want), (path, key, row["month"], column, got, want)
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("path", DATASETS)
def test_rolling_equals_cli(path):
    if not os.path.exists(path):
        pytest.skip("dataset not in this tree")
    _compare(_cli("rolling", "--window", "3", path), "rolling_mean_3",
             lambda v: ctrend.rolling_mean(v, 3), path)
    _compare(_cli("rolling", "--window", "12", "--sum", path), "rolling_sum_12",
             lambda v: ctrend.rolling_sum(v, 12), path)


@pytest.mark.parametrize("path", DATASETS)
def test_change_equals_cli(path):
    if not os.path.exists(path):
        pytest.skip("dataset not in this tree")
    _compare(_cli("change", path), "change_pct", lambda v: ctrend.change_pct(v, 1)["change_pct"], path)
    _compare(_cli("change", "--lag", "12", path), "change_pct",
             lambda v: ctrend.change_pct(v, 12)["change_pct"], path)
    _compare(_cli("change", "--vs-mean", "2", path), "change_pct",
             lambda v: ctrend.pct_change_vs_mean(v, 2), path)


UCDP = os.path.join(ROOT, "datasets", "ucdp_ged_pakistan_monthly.csv")


@needs("ctrend_model_fit", "ctrend_forecast_new")
@pytest.mark.parametrize("family", ["poisson", "quasipoisson", "negbin"])
def test_fit_and_forecast_equal_cli(family):
    if not os.path.exists(UCDP):
        pytest.skip("dataset not in this tree")
    model = ["--metric", "events_all", "--from", "2007-01", "--to", "2020-12", "--family", family,
             "--fourier", "2", "--step", "2014-06"]
    rows = _cli("fit", *model, UCDP)
    with ctrend.read_csv(UCDP, output="frame") as f:
        y = f.values("//events_all")
        start = ctrend.month("2007-01") - f.start
        y = y[start:start + 168]
    m = ctrend.fit(y, family, start="2007-01", trend=True, fourier=2, step="2014-06")
    for row in rows:
        j = m.names.index(row["term"])
        for col, vec in (("estimate", "coef"), ("std_error", "se"), ("p_value", "pvalue"),
                         ("rate_ratio", "exp_coef"), ("rr_lo", "exp_ci_lo"), ("rr_hi", "exp_ci_hi")):
            assert _same(float(m.vector(vec)[j]), _num(row[col])), (family, row["term"], col)
    fc_rows = _cli("forecast", *model, UCDP)
    fc = m.forecast(12, n_sims=10000, seed=20240101)
    lo80, hi80 = fc.interval("predictive", 0.80)
    lo95, hi95 = fc.interval("predictive", 0.95)
    mlo, mhi = fc.interval("mean", 0.95)
    plo, phi = fc.interval("plugin", 0.95)
    for i, row in enumerate(fc_rows):
        assert row["month"] == fc.months[i]
        for col, vec in (("mean", fc.mean), ("mean_lo", mlo), ("mean_hi", mhi),
                         ("pi80_lo", lo80), ("pi80_hi", hi80), ("pi95_lo", lo95),
                         ("pi95_hi", hi95), ("plugin95_lo", plo), ("plugin95_hi", phi)):
            assert _same(float(vec[i]), _num(row[col])), (family, row["month"], col)


@needs("ctrend_breaks_fit", "ctrend_frame_collapse")
def test_breaks_equal_cli():
    if not os.path.exists(UCDP):
        pytest.skip("dataset not in this tree")
    row = _cli("breaks", "--metric", "events_all", "--from", "2007-01", "--to", "2020-12",
               "--fourier", "2", "--boot", "49", UCDP)[0]
    with ctrend.read_csv(UCDP, output="frame") as f:
        y = f.values("//events_all")
        start = ctrend.month("2007-01") - f.start
        y = y[start:start + 168]
    b = ctrend.breaks(y, start="2007-01", fourier=2, min_segment=12, n_boot=49)
    assert b["month"] == row["break_month"]
    assert _same(b["lr"], _num(row["lr"])) and _same(b["p_value"], _num(row["p_value"]))
    assert b["n_candidates"] == int(row["candidates"])


def test_collapse_sums_parts_and_keeps_gaps():
    if not ctrend.capabilities()["io"]:
        pytest.skip("no io")
    text = ("month,group,region,metric,value\n2022-01,TTP,KP,attacks,10\n2022-01,TTP,BL,attacks,5\n"
            "2022-02,TTP,KP,attacks,7\n")
    with ctrend.parse_csv(text, output="frame") as f:
        with f.collapse(by="group") as g:
            assert g.keys() == [("TTP", "", "attacks")]
            v = g.values(0)
            assert v[0] == 15 and v[1] != v[1]  # BL missing in Feb -> the sum is missing
        with f.collapse(by="group", skip_missing=True) as g:
            assert list(g.values(0)) == [15.0, 7.0]


@needs("ctrend_backtest_new", "ctrend_baseline_forecast")
def test_backtest_equals_cli():
    if not os.path.exists(UCDP):
        pytest.skip("dataset not in this tree")
    rows = _cli("backtest", "--metric", "events_all", "--from", "2007-01", "--to", "2020-12",
                "--initial", "120", "--horizon", "3", "--fourier", "2", UCDP)
    with ctrend.read_csv(UCDP, output="frame") as f:
        y = f.values("//events_all")
        start = ctrend.month("2007-01") - f.start
        y = y[start:start + 168]
    table = ctrend.backtest(y, 120, 3, n_samples=1000, seed=20240101, start="2007-01",
                            baselines=["zero", "last", ("mean", 6), "seasonal", "conflictology"],
                            models={"poisson": dict(family="poisson", trend=True, fourier=2)})
    names = list(table.index) if hasattr(table, "index") else [n for n, _ in table]
    assert names == [r["model"] for r in rows]
    for r in rows:
        for metric in ctrend.BACKTEST_METRICS:
            got = float(table.loc[r["model"], metric])
            assert _same(got, _num(r[metric])), (r["model"], metric, got, r[metric])


@needs("ctrend_baseline_forecast")
def test_baseline_forecast():
    np = pytest.importorskip("numpy")
    x = np.array([3.0, 5, 4, 6, 8, 7, 9, 10, 12, 11, 13, 15, 14])
    point, samples = ctrend.baseline_forecast(x, "mean", h=2, k=3, n_samples=50, seed=1)
    np.testing.assert_allclose(point, [np.mean(x[-3:])] * 2)
    assert samples.shape == (2, 50)
    point, _ = ctrend.baseline_forecast(x, "seasonal", h=2)
    np.testing.assert_array_equal(point, x[1:3])
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.baseline_forecast(x[:5], "seasonal", h=2)
    assert info.value.name == "CTREND_ESHORT"


@needs("ctrend_claims_parse")
@pytest.mark.parametrize("claims", ["seed_004.claims", "seed_000_001_003.claims"])
def test_claims_equal_cli(claims):
    path = os.path.join(ROOT, "datasets", "claims", claims)
    data = [os.path.join(ROOT, "datasets", n) for n in ("ttp_2022.csv", "ttp_2022_breakdowns.csv",
                                                        "is_pakistan_2022.csv")]
    if not os.path.exists(path) or not all(os.path.exists(d) for d in data):
        pytest.skip("claims datasets not in this tree")
    out = subprocess.run([CLI, "check", path, "--data"] + data + ["--format", "csv"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    assert out.returncode in (0, 3, 4), out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    res = ctrend.check_claims(path, data, output="list")
    assert [r["id"] for r in res] == [r["id"] for r in rows]
    for got, want in zip(res, rows):
        assert got["verdict"] == want["verdict"], got["id"]
        for mine, theirs in (("computed", "computed"), ("quoted", "quoted"), ("ratio", "rate_ratio"),
                             ("ci_lower", "ci_low"), ("ci_upper", "ci_high"),
                             ("p_value", "p_change"), ("p_claim", "p_threshold")):
            if want[theirs] == "" and got[mine] != got[mine]:
                continue
            assert _same(got[mine], _num(want[theirs])), (got["id"], mine, got[mine], want[theirs])
    with ctrend.Claims.from_file(path) as c:
        c.check(data)
        assert c.summary()["exit_status"] == out.returncode
