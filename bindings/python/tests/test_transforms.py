"""Rolling means, changes, per-day and aggregation vs pandas and the shared reference outputs."""
import math
import os

import pytest

import ctrend
from conftest import needs, reference

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

DATASETS = ["us_polio", "uk_lung_deaths", "meningococcal_france", "rotavirus_brandenburg",
            "pak_ucdp_ged", "sicily_smoking_ban"]


def _series(name):
    data = pd.read_csv(reference(name, "data.csv"))
    idx = pd.PeriodIndex(data["month"], freq="M")
    return data.set_index(idx).drop(columns=["month"])


@needs("ctrend_rolling_mean", "ctrend_rolling_sum")
def test_rolling_matches_pandas_including_gaps():
    rng = np.random.default_rng(20221)
    x = rng.poisson(40, 120).astype(float)
    x[[5, 17, 18, 60]] = np.nan
    s = pd.Series(x, index=pd.period_range("2012-01", periods=120, freq="M"))
    worst = 0.0
    for w in (1, 2, 3, 4, 12, 13, 200):
        for mp in (None, 1, 2):
            if mp is not None and mp > w:
                continue
            for center, align in ((False, "trailing"), (True, "centred")):
                want = s.rolling(w, min_periods=mp, center=center).mean()
                got = ctrend.rolling_mean(s, w, align=align, min_periods=mp)
                assert isinstance(got, pd.Series) and got.index.equals(s.index)
                np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
                ok = ~np.isnan(want.to_numpy())
                if ok.any():
                    worst = max(worst, np.max(np.abs(got[ok] - want[ok]) / np.abs(want[ok])))
                want = s.rolling(w, min_periods=mp, center=center).sum()
                got = ctrend.rolling_sum(s, w, align=align, min_periods=mp)
                np.testing.assert_allclose(got, want, rtol=1e-12, equal_nan=True)
    assert worst < 1e-12


@needs("ctrend_rolling_mean", "ctrend_change_pct", "ctrend_change_pct_vs_mean")
@pytest.mark.parametrize("name", DATASETS)
def test_descriptive_reference(name):
    """roll3, roll12, pct_mom, pct_prev2, pct_yoy of every series vs descriptive_py.csv."""
    data = _series(name)
    ref = pd.read_csv(reference(name, "reference", "descriptive_py.csv"))
    worst = 0.0
    for series, rows in ref.groupby("series", sort=False):
        if series not in data.columns:
            continue
        x = data[series].astype(float)
        rows = rows.set_index(pd.PeriodIndex(rows["month"], freq="M"))
        got = {"roll3": ctrend.rolling_mean(x, 3), "roll12": ctrend.rolling_mean(x, 12),
               "pct_mom": ctrend.change_pct(x, 1)["change_pct"],
               "pct_prev2": ctrend.pct_change_vs_mean(x, 2),
               "pct_yoy": ctrend.change_pct(x, 12)["change_pct"]}
        for col, values in got.items():
            want = rows[col].reindex(values.index).astype(float)
            np.testing.assert_array_equal(np.isnan(values), np.isnan(want), err_msg=col)
            ok = ~np.isnan(want.to_numpy())
            if ok.any():
                diff = np.abs(values[ok] - want[ok]) / np.maximum(np.abs(want[ok]), 1e-300)
                worst = max(worst, float(np.max(diff)))
    assert worst < 1e-9


@needs("ctrend_change_pct", "ctrend_change_ratio")
def test_pct_change_is_pandas_and_change_pct_explains():
    x = pd.Series([42.0, 21, 36, 36, 0, 5, 7, np.nan, 4, 0, 0],
                  index=pd.period_range("2022-01", periods=11, freq="M", name="when"), name="n")
    for periods in (1, 2, 12):
        want = x.pct_change(periods=periods, fill_method=None)  # a fraction; zero base: inf
        got = ctrend.pct_change(x, periods)
        assert got.index.equals(want.index) and got.index.name == "when" and got.name == "n"
        np.testing.assert_allclose(got, want, rtol=1e-15, equal_nan=True)
        np.testing.assert_array_equal(np.isinf(got), np.isinf(want))
    # pandas' default fill_method='pad' computes across the missing August: ctrend does not
    with pytest.raises(ValueError, match="fill_method"):
        ctrend.pct_change(x, fill_method="pad")
    ch = ctrend.change_pct(x)
    assert list(ch.columns) == ["change_pct", "reason"]
    # hand arithmetic: 100*(21-42)/42 = -50, 100*(36-21)/21 = 71.43, 0 -> 5 has a zero base
    np.testing.assert_allclose(ch["change_pct"][:4], [np.nan, -50.0, 100 * 15 / 21, 0.0],
                               rtol=1e-15, equal_nan=True)
    assert list(ch["reason"]) == ["no_history", "", "", "", "", "zero_base", "",
                                  "missing_current", "missing_base", "", "zero_base"]
    assert ctrend.reason_string("zero_base") == ctrend.reason_string(4)
    y = [42.0, None, 36.0]
    got = ctrend.pct_change(y)
    assert all(math.isnan(v) for v in got)  # never computed across a gap (pandas pads)
    with pytest.raises(ValueError, match="periods"):
        ctrend.pct_change([1.0, 2.0], 0)
    with pytest.raises(ValueError, match="lag"):
        ctrend.change_pct([1.0, 2.0], lag=0)
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.rolling_mean([1.0, float("inf")], 2)
    assert info.value.name == "CTREND_EDOMAIN"


@needs("ctrend_change_diff", "ctrend_change_ratio", "ctrend_change_share", "ctrend_rolling_cumsum")
def test_diff_ratio_share_cumsum():
    x = np.array([10.0, 15, np.nan, 12])
    np.testing.assert_allclose(ctrend.diff(x), [np.nan, 5, np.nan, np.nan], equal_nan=True)
    np.testing.assert_allclose(ctrend.ratio(x), [np.nan, 1.5, np.nan, np.nan], equal_nan=True)
    np.testing.assert_allclose(ctrend.share([1.0, 2], [4.0, 0]), [25, np.nan], equal_nan=True)
    np.testing.assert_allclose(ctrend.cumsum(x), pd.Series(x).cumsum(), equal_nan=True)


@needs("ctrend_aggregate_per_day", "ctrend_aggregate_periods")
def test_per_day_and_quarters():
    s = pd.Series([31.0, 29, 31, 30, 31, 30], index=pd.period_range("2024-01", periods=6, freq="M"))
    np.testing.assert_allclose(ctrend.per_day(s), np.ones(6))
    q = ctrend.aggregate(s, 3)
    assert list(q.index.astype(str)) == ["2024-01", "2024-04"]
    np.testing.assert_allclose(q, [91, 91])
    values, first = ctrend.aggregate([1.0, 2, 3], 3, start="2024-02")
    assert first == ctrend.month("2024-01") and math.isnan(values[0])
    values, first = ctrend.aggregate([1.0, 2, 3], 3, start="2024-02", allow_missing=True)
    assert list(values) == [3.0, 3.0]


@needs("ctrend_rolling_mean", "ctrend_change_pct")
def test_edge_cases_empty_short_strided_huge():
    assert len(ctrend.rolling_mean([], 3)) == 0
    assert len(ctrend.rolling_mean(np.array([]), 3)) == 0
    assert np.isnan(ctrend.rolling_mean([1.0], 3)[0])  # window > n
    np.testing.assert_array_equal(ctrend.rolling_mean([1.0, 2.0], 2), [np.nan, 1.5])
    strided = np.arange(10.0)[::3]  # non-contiguous: converted, not misread
    np.testing.assert_array_equal(ctrend.rolling_mean(strided, 2), [np.nan, 1.5, 4.5, 7.5])
    np.testing.assert_allclose(ctrend.change_pct([5.0, 1e9])["change_pct"],
                               [np.nan, 100 * (1e9 - 5) / 5], rtol=1e-15, equal_nan=True)
    zeros = ctrend.change_pct([0.0, 0.0, 0.0])
    assert np.all(np.isnan(zeros["change_pct"]))  # a zero base is undefined, never inf
    assert list(zeros["reason"]) == ["no_history", "zero_base", "zero_base"]
