"""pandas semantics under pandas names; DataFrames in, DataFrames out; long data by keyword;
check_claims on in-memory data (issue 13, Python)."""
import pytest

import ctrend
from conftest import needs

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


def _wide():
    idx = pd.period_range("2021-01", periods=30, freq="M", name="month")
    rng = np.random.default_rng(7)
    df = pd.DataFrame({"TTP": rng.poisson(30, 30).astype(float),
                       "ISKP": rng.poisson(8, 30).astype(float)}, index=idx)
    df.iloc[[4, 11], 0] = np.nan
    df.iloc[17, 1] = 0.0
    return df


def test_wide_dataframe_column_wise_equals_pandas():
    df = _wide()
    for w, mp, center in ((3, None, False), (4, 2, True), (12, 6, False)):
        got = ctrend.rolling_mean(df, w, min_periods=mp, center=center)
        pd.testing.assert_frame_equal(got, df.rolling(w, min_periods=mp, center=center).mean(),
                                      rtol=1e-13)
        got = ctrend.rolling_sum(df, window=w, min_periods=mp, center=center)
        pd.testing.assert_frame_equal(got, df.rolling(w, min_periods=mp, center=center).sum(),
                                      rtol=1e-13)
    for periods in (1, 12):
        pd.testing.assert_frame_equal(ctrend.pct_change(df, periods),
                                      df.pct_change(periods, fill_method=None), rtol=1e-15)
    pd.testing.assert_frame_equal(ctrend.diff(df, 2), df.diff(2))
    pd.testing.assert_frame_equal(ctrend.cumsum(df), df.cumsum())
    ch = ctrend.change_pct(df)
    assert list(ch.columns) == [("TTP", "change_pct"), ("TTP", "reason"),
                                ("ISKP", "change_pct"), ("ISKP", "reason")]
    assert ch[("ISKP", "reason")].iloc[18] == "zero_base"
    np.testing.assert_allclose(ch[("TTP", "change_pct")], 100 * df["TTP"].pct_change(
        fill_method=None), rtol=1e-13, equal_nan=True)


def test_rolling_keywords_are_validated_by_name():
    s = _wide()["TTP"]
    with pytest.raises(ValueError, match="window"):
        ctrend.rolling_mean(s, 0)
    with pytest.raises(ValueError, match="min_periods"):
        ctrend.rolling_sum(s, 3, min_periods=0)  # pandas would sum an empty window to 0
    with pytest.raises(ValueError, match="min_periods"):
        ctrend.rolling_mean(s, 3, min_periods=4)
    with pytest.raises(TypeError, match="center"):
        ctrend.rolling_mean(s, 3, center="yes")
    z = ctrend.rolling_mean(s, 4, align="centred_zoo")  # zoo's even-window centring
    assert z.iloc[1] == pytest.approx(s.iloc[0:4].mean())


def test_long_dataframe_with_keys_by_keyword():
    df = _wide()
    long = df.reset_index().melt(id_vars="month", var_name="actor1", value_name="events")
    long["admin1"] = "KP"
    long = long.dropna().sample(frac=1.0, random_state=3)  # missing rows absent, rows shuffled
    got = ctrend.rolling_mean(long, 3, by=["actor1", "admin1"], value="events")
    assert list(got.columns) == ["actor1", "admin1", "month", "events", "rolling_mean"]
    for actor in ("TTP", "ISKP"):
        part = got[got["actor1"] == actor].set_index("month")
        want = df[actor].rolling(3).mean()
        assert part.index.equals(want.index)  # the complete calendar, gaps included
        np.testing.assert_allclose(part["rolling_mean"], want, rtol=1e-13, equal_nan=True)
        np.testing.assert_allclose(part["events"], df[actor], equal_nan=True)
    with pytest.raises(ValueError, match="by="):
        ctrend.rolling_mean(long, 3, by=["nope"])
    with pytest.raises(ValueError, match="value="):
        ctrend.rolling_mean(long.assign(other=1.0), 3, by="actor1")
    with ctrend.Frame.from_series(long, by=["actor1", "admin1"], value="events") as f:
        assert f.keys() == [("TTP", "KP", "events"), ("ISKP", "KP", "events")] or \
            f.keys() == [("ISKP", "KP", "events"), ("TTP", "KP", "events")]
        np.testing.assert_allclose(f.values(("TTP", "KP", "events")), df["TTP"], equal_nan=True)


def test_frame_from_wide_dataframe_with_plain_columns():
    df = _wide()
    with ctrend.Frame.from_series(df) as f:
        assert f.keys() == [("", "", "TTP"), ("", "", "ISKP")]
        assert f.months[0] == "2021-01" and f.n_months == 30


@needs("ctrend_claims_parse", "ctrend_claims_check")
def test_check_claims_on_a_dataframe():
    text = ("[jan]\nclaim = value TTP/attacks in 2022-01 = 42\n"
            "[apr]\nclaim = change TTP/attacks in 2022-04 vs 2022-03 up more than 30%\n")
    s = pd.Series([42., 22, 39, 54], pd.period_range("2022-01", periods=4, freq="M"))
    df = pd.DataFrame({"TTP/attacks": s})
    res = ctrend.check_claims(text, df)
    assert list(res["verdict"]) == ["SUPPORTED", "SUPPORTED"]
    assert res.loc["apr", "ratio"] == pytest.approx(54 / 39, rel=1e-12)
    long = pd.DataFrame({"month": ["2022-01", "2022-02", "2022-03", "2022-04"], "group": "TTP",
                         "attacks": [42., 22, 39, 54]})
    res2 = ctrend.check_claims(text, long, by=["group"], value="attacks")
    assert list(res2["verdict"]) == ["SUPPORTED", "SUPPORTED"]
    with ctrend.Frame.from_series({"TTP/attacks": s}) as f:
        assert list(ctrend.check_claims(text, f)["verdict"]) == ["SUPPORTED", "SUPPORTED"]
    # a gap in the index is missing, so the April-vs-March claim cannot be checked
    res3 = ctrend.check_claims(text, {"TTP/attacks": s.drop(s.index[2])})
    assert list(res3["verdict"]) == ["SUPPORTED", "UNVERIFIABLE"]
