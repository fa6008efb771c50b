"""Issue 13 first item: a Series' monthly index is read, never assumed consecutive.

Every entry point taking a series goes through ctrend._arrays.series(): a PeriodIndex (freq M)
or DatetimeIndex is placed on its complete monthly calendar (gaps -> NaN), two values in one
month raise, a RangeIndex / plain list needs start= where months matter, and results come
back on the complete monthly index of the input's type and name.
"""
import math

import pytest

import ctrend

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

MONTHS = ["2022-01", "2022-02", "2022-04", "2022-05"]  # March is missing


def gappy(index_name=None):
    return pd.Series([42., 22, 39, 54], pd.PeriodIndex(MONTHS, freq="M", name=index_name),
                     name="attacks")


def complete(s):
    """pandas' own reindexing of s onto its full monthly calendar (the independent answer)."""
    full = pd.period_range(s.index.min(), s.index.max(), freq="M", name=s.index.name)
    return s.reindex(full)


def test_pct_change_is_nan_across_the_missing_month():
    s = gappy("month")
    got = ctrend.pct_change(s)
    assert list(got.index.astype(str)) == ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05"]
    assert isinstance(got.index, pd.PeriodIndex) and got.index.name == "month"
    assert got.name == "attacks"
    assert math.isnan(got["2022-03"]) and math.isnan(got["2022-04"])  # never +77.3 %
    want = complete(s).pct_change(fill_method=None)
    np.testing.assert_allclose(got, want, rtol=1e-15, equal_nan=True)
    assert got["2022-05"] == pytest.approx(54 / 39 - 1, rel=1e-15)
    ch = ctrend.change_pct(s)
    assert list(ch.loc["2022-03":"2022-04", "reason"]) == ["missing_current", "missing_base"]


def test_fit_uses_the_right_months_statsmodels():
    sm = pytest.importorskip("statsmodels.api")
    s = gappy()
    m = ctrend.fit(s, "poisson", step="2022-04", options={"epsilon": 1e-12})
    # statsmodels on the months that exist: intercept, trend in months (Jan = 1), step at April
    t = np.array([1.0, 2, 4, 5])
    X = np.column_stack([np.ones(4), t, (t >= 4).astype(float)])
    ref = sm.GLM(s.to_numpy(), X, family=sm.families.Poisson()).fit(tol=1e-14)
    np.testing.assert_allclose(m.coef.to_numpy(), ref.params, rtol=0, atol=1e-8)
    np.testing.assert_allclose(ref.params, [3.5608, -0.0637, 0.5649], atol=5e-5)
    assert int(m.nobs) == 4
    fitted = m.fitted
    assert list(fitted.index.astype(str)) == ["2022-01", "2022-02", "2022-03", "2022-04",
                                              "2022-05"]
    assert math.isnan(fitted["2022-03"])
    np.testing.assert_allclose(fitted.dropna().to_numpy(), ref.fittedvalues, rtol=1e-8)


@pytest.mark.parametrize("window,min_periods", [(2, None), (2, 1), (3, 2)])
def test_rolling_mean_matches_pandas_on_the_reindexed_series(window, min_periods):
    s = gappy()
    got = ctrend.rolling_mean(s, window, min_periods=min_periods)
    want = complete(s).rolling(window, min_periods=min_periods).mean()
    assert got.index.equals(want.index)
    np.testing.assert_allclose(got, want, rtol=1e-15, equal_nan=True)


def test_datetime_index_gaps_duplicates_and_order():
    idx = pd.DatetimeIndex(["2022-01-31", "2022-02-28", "2022-04-30", "2022-05-31"], name="d")
    s = pd.Series([42., 22, 39, 54], idx)
    got = ctrend.rolling_mean(s, 2)
    assert isinstance(got.index, pd.DatetimeIndex) and got.index.name == "d"
    assert list(got.index.strftime("%Y-%m-%d")) == ["2022-01-31", "2022-02-28", "2022-03-31",
                                                   "2022-04-30", "2022-05-31"]
    np.testing.assert_allclose(got, [np.nan, 32, np.nan, np.nan, 46.5], equal_nan=True)
    starts = pd.Series([1.0, 2.0], pd.DatetimeIndex(["2022-01-01", "2022-03-01"]))
    assert list(ctrend.cumsum(starts).index.strftime("%Y-%m-%d")) == [
        "2022-01-01", "2022-02-01", "2022-03-01"]
    two = pd.Series([1.0, 2.0, 3.0], pd.DatetimeIndex(["2022-01-03", "2022-02-10", "2022-02-20"]))
    for call in (lambda: ctrend.rolling_mean(two, 2), lambda: ctrend.pct_change(two),
                 lambda: ctrend.fit(two, "poisson"), lambda: ctrend.Frame.from_series({"a": two})):
        with pytest.raises(ValueError, match="2022-02"):
            call()
    # rows in any order are placed by their month, not by their position
    shuffled = gappy().iloc[[2, 0, 3, 1]]
    np.testing.assert_allclose(ctrend.rolling_mean(shuffled, 2),
                               ctrend.rolling_mean(gappy(), 2), equal_nan=True)


def test_wrong_frequency_is_refused():
    q = pd.Series([1.0, 2.0], pd.period_range("2022Q1", periods=2, freq="Q"))
    with pytest.raises(ValueError, match="freq"):
        ctrend.rolling_mean(q, 2)


def test_range_index_and_lists_need_start_where_months_matter():
    r = pd.Series([42., 22, 39, 54])
    got = ctrend.rolling_mean(r, 2)  # positions only: no month needed, RangeIndex kept
    assert got.index.equals(r.index)
    for call in (lambda: ctrend.fit(r, "poisson"), lambda: ctrend.per_day([31.0, 28.0]),
                 lambda: ctrend.breaks([1.0] * 30), lambda: ctrend.aggregate(r, 3),
                 lambda: ctrend.Frame.from_series({"a": [1.0, 2.0]}),
                 lambda: ctrend.backtest([5.0] * 40, initial=24, h=1,
                                         models={"p": dict(fourier=1)})):
        with pytest.raises(ValueError, match="start="):
            call()
    m = ctrend.fit(r, "poisson", start="2022-01")
    assert m.fitted.index.equals(r.index)  # the input's own index comes back
    assert ctrend.fit([42., 22, 39, 54], "poisson", start="2022-01").fitted.index[0] == \
        pd.Period("2022-01", freq="M")
    with pytest.raises(ValueError, match="start"):
        ctrend.fit(gappy(), "poisson", start="2021-12")  # disagrees with the index


def test_every_series_entry_point_sees_the_gap():
    s = gappy()
    full = complete(s)
    with ctrend.Frame.from_series({"TTP/attacks": s}) as f:
        assert f.months == ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05"]
        assert math.isnan(f.values(0)[2]) and f.values(0)[3] == 39
    per = ctrend.per_day(s)
    assert math.isnan(per["2022-03"]) and per["2022-04"] == pytest.approx(39 / 30, rel=1e-15)
    q = ctrend.aggregate(s, 3)
    assert math.isnan(q["2022-01"])  # the first quarter lacks March: unknown, not 64
    r = ctrend.vs_previous(s, "2022-05", 1)
    assert r == ctrend.vs_previous(full, "2022-05", 1)  # April vs May, whatever the index
    assert r["estimate"] == pytest.approx(54 / 39, rel=1e-12)
    with pytest.raises(ctrend.CtrendError):
        ctrend.vs_previous(s, "2022-04", 1)  # its base month (March) is missing
    y = pd.Series(np.tile([5.0, 7, 6, 9, 4, 8], 7), pd.period_range("2019-01", periods=42, freq="M"))
    holey = y.drop(y.index[[10, 20]])
    t1 = ctrend.backtest(holey, initial=24, h=1, baselines=["last"], n_samples=100)
    t2 = ctrend.backtest(y.where(~y.index.isin(y.index[[10, 20]])), initial=24, h=1,
                         baselines=["last"], n_samples=100)
    pd.testing.assert_frame_equal(t1, t2)
    b1 = ctrend.breaks(holey, min_segment=6, trend=False)
    b2 = ctrend.breaks(y.where(~y.index.isin(y.index[[10, 20]])), min_segment=6, trend=False)
    assert b1["month"] == b2["month"] and b1["lr"] == b2["lr"]
    assert len(b1["profile"]) == 42
    c1 = ctrend.scores.mae(s, s)
    assert c1 == 0.0


def test_dataframe_columns_share_one_calendar():
    df = pd.DataFrame({"a": [1.0, 2, 3, 4], "b": [4.0, 3, 2, 1]},
                      index=pd.PeriodIndex(MONTHS, freq="M"))
    got = ctrend.rolling_mean(df, 2)
    want = df.reindex(pd.period_range("2022-01", "2022-05", freq="M")).rolling(2).mean()
    pd.testing.assert_frame_equal(got, want)
