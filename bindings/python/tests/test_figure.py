"""ctrend.figure / ctrend.claim_figure: the figure specification (ctrend/figure.h) as data.

The reference is the CLI: the numbers of the spec must be those `ctrend forecast` prints
(pi80/pi95 columns) and those `ctrend plot --data` writes, and a spec rendered from Python
must be the same SVG bytes as `ctrend plot` draws with the same texts."""
import csv
import io
import math
import os
import subprocess

import pytest

import ctrend
from conftest import ROOT

CLI = os.path.join(os.path.dirname(ctrend.LIB_PATH), "ctrend")
TTP = os.path.join(ROOT, "datasets", "ttp_2022.csv")
GAP = os.path.join(ROOT, "tests", "plot", "data", "gap.csv")
CLAIMS = os.path.join(ROOT, "datasets", "claims", "seed_004.claims")
HAVE_RENDER = os.path.exists(os.path.join(os.path.dirname(ctrend.LIB_PATH), "libctrend-figure.so"))


def cli_rows(*args):
    p = subprocess.run([CLI] + list(args), capture_output=True, text=True, check=True)
    return list(csv.DictReader(io.StringIO(p.stdout)))


def num(s):
    return math.nan if s == "" else float(s)


def ttp_attacks():
    f = ctrend.read_csv(TTP, output="frame")
    i = f.find(("TTP", "", "attacks"))
    a, b = f.span(i)
    y = f.values(i)[a - f.start:b - f.start + 1]
    return f, i, a, b, y


def test_bands_equal_the_cli_forecast():
    f, i, a, _b, y = ttp_attacks()
    m = ctrend.fit(y, "poisson", start=a)
    fc = m.forecast(3, n_sims=2000, seed=20240101)  # the CLI's default seed
    spec = ctrend.figure(f, i, model=m, forecast=fc)
    vals = spec["values"]
    fut = vals[vals["forecast_mean"].notna()]
    rows = cli_rows("forecast", TTP, "--group", "TTP", "--metric", "attacks", "--horizon", "3",
                    "--sims", "2000", "--format", "csv")
    assert list(fut["month"]) == [r["month"] for r in rows] == ["2022-05", "2022-06", "2022-07"]
    for col in ("pi80_lo", "pi80_hi", "pi95_lo", "pi95_hi"):
        assert list(fut[col]) == [num(r[col]) for r in rows], col
    assert list(fut["forecast_mean"]) == pytest.approx([num(r["mean"]) for r in rows], rel=1e-14)


def test_values_equal_cli_plot_data(tmp_path):
    f, i, a, _b, y = ttp_attacks()
    m = ctrend.fit(y, "poisson", start=a)
    fc = m.forecast(3, n_sims=2000, seed=20240101)
    spec = ctrend.figure(f, i, rolling=2, model=m, forecast=fc)
    data = tmp_path / "d.csv"
    subprocess.run([CLI, "plot", TTP, "--group", "TTP", "--metric", "attacks", "--rolling", "2",
                    "--forecast", "3", "--sims", "2000", "--data", str(data), "-o",
                    str(tmp_path / "p.svg")], check=HAVE_RENDER, capture_output=True)
    if not HAVE_RENDER:
        pytest.skip("ctrend built without PLplot: no `ctrend plot`")
    rows = list(csv.DictReader(open(data)))
    vals = spec["values"]
    assert list(vals["month"]) == [r["month"] for r in rows]
    pairs = {"y": "value", "rolling": "rolling_mean", "fitted": "fitted",
             "forecast_mean": "forecast_mean", "pi80_lo": "pi80_lo", "pi80_hi": "pi80_hi",
             "pi95_lo": "pi95_lo", "pi95_hi": "pi95_hi"}
    for ours, theirs in pairs.items():
        a_ = list(vals[ours])
        b_ = [num(r[theirs]) for r in rows]
        assert all((math.isnan(p) and math.isnan(q)) or p == q for p, q in zip(a_, b_)), ours
    # hand check: the 2-month trailing mean of Jan..Apr 2022 (rows of the data file)
    yy = list(vals["y"])[:4]
    assert math.isnan(list(vals["rolling"])[0])
    assert list(vals["rolling"])[1:4] == [(yy[0] + yy[1]) / 2, (yy[1] + yy[2]) / 2, (yy[2] + yy[3]) / 2]


def test_missing_months_and_fit_through_gaps():
    f = ctrend.read_csv(GAP, output="frame")
    i = f.find(("A", "", "attacks"))
    a, b = f.span(i)
    y = list(f.values(i)[a - f.start:b - f.start + 1])
    gaps = [a + k for k, v in enumerate(y) if math.isnan(v)]
    assert gaps, "the fixture has a month not reported"
    m = ctrend.fit(y, "poisson", start=a)
    spec = ctrend.figure(f, i, model=m)
    miss = spec["missing"]
    # runs of consecutive missing months, computed here from the raw values
    runs, k = [], 0
    while k < len(y):
        if math.isnan(y[k]):
            j = k
            while j + 1 < len(y) and math.isnan(y[j + 1]):
                j += 1
            runs.append((ctrend.month_str(a + k), ctrend.month_str(a + j)))
            k = j + 1
        else:
            k += 1
    assert list(zip(miss["first"], miss["last"])) == runs
    fitted = list(spec["values"]["fitted"])
    coef = m.params
    # Poisson with intercept + trend ("trend" = 1..n in the window, ctrend/design.h):
    # exp(b0 + b1 t) in the gap, where the fit itself has no fitted value
    assert list(coef.index) == ["(Intercept)", "trend"]
    for g in gaps:
        t = g - a
        assert fitted[t] == pytest.approx(math.exp(coef.iloc[0] + coef.iloc[1] * (t + 1)), rel=1e-12)


def test_claim_figure_spans_are_the_claims_months():
    cl = ctrend.Claims.from_file(CLAIMS)
    f = ctrend.read_csv(TTP, output="frame")
    cl.check(f)
    # "change TTP/attacks in 2022-02 vs previous 2": the claimed month 2022-02, the base the
    # two months before it, 2021-12..2022-01
    i = cl.index("ttp-2022-02-vs-prev2")
    spec = ctrend.claim_figure(cl, i, f)
    spans = spec["spans"]
    assert list(zip(spans["first"], spans["last"], spans["kind"])) == [
        ("2022-02", "2022-02", "main"), ("2021-12", "2022-01", "base")]
    assert spec["texts"]["span_label"] == "claimed 2022-02"
    assert spec["texts"]["base_label"] == "vs 2021-12..2022-01"
    assert spec["texts"]["title"].startswith("ttp-2022-02-vs-prev2: ")
    assert spec["options"]["label_spans"] is True
    # the window: 6 months before the earliest compared month (2021-12) and 3 after the latest
    # (2022-02), clipped to the months the series reports (2022-01..2022-04) but never cutting
    # the compared months: 2021-12..2022-04, 5 months, the first not reported
    pan = spec["panels"]
    assert list(pan["start"]) == ["2021-12"] and list(pan["n"]) == [5]
    assert list(zip(spec["missing"]["first"], spec["missing"]["last"])) == [("2021-12", "2021-12")]
    y = list(spec["values"]["y"])
    assert math.isnan(y[0]) and y[1:] == list(f.values(f.find(("TTP", "", "attacks")))[:4])


@pytest.mark.skipif(not HAVE_RENDER, reason="libctrend-figure not built (no PLplot)")
def test_render_is_the_cli_figure(tmp_path):
    f, i, _a, _b, _y = ttp_attacks()
    spec = ctrend.figure(f, i, rolling=2, title="T", subtitle="S", caption="C")
    ours = spec.render(tmp_path / "py.svg")
    subprocess.run([CLI, "plot", TTP, "--group", "TTP", "--metric", "attacks", "--rolling", "2",
                    "--title", "T", "--subtitle", "S", "--caption", "C", "-o",
                    str(tmp_path / "cli.svg")], check=True)
    assert open(ours, "rb").read() == open(tmp_path / "cli.svg", "rb").read()


def test_render_errors(tmp_path):
    f, i, _a, _b, _y = ttp_attacks()
    spec = ctrend.figure(f, i)
    with pytest.raises(ValueError, match="format"):
        spec.render(tmp_path / "x.gif")
    if HAVE_RENDER:
        with pytest.raises(ctrend.CtrendError):
            spec.render(tmp_path / "no" / "such" / "dir.svg")
