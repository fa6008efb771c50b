"""Frames from long DataFrames built with whole-column operations and one
ctrend_frame_set_values per series (fit_many, Frame.from_series(by=...)), against the
per-cell way they were built before: pandas' groupby, one Series per group through
A.series (the index normaliser), one ctrend_frame_set per reported cell. Random long
DataFrames with gaps, NaN values, shuffled rows, NA keys, several groups, regions and
metrics; the errors (duplicates, NaT, non-monthly periods, non-numeric values, infinite
values) must be the same exceptions with the same messages. One fit against statsmodels."""
import math

import pytest

import ctrend
from ctrend import _arrays as A
from ctrend import _lib
from ctrend.frame import Frame, _key, frame_by_position
from conftest import needs

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

pytestmark = needs("ctrend_frame_set_values")


# ---- the per-cell reference (the code of fit_many and from_series before) ----------------
def per_cell_by_position(df, by, month=None, value=None, where="ctrend.fit_many"):
    groups, key_cols, _, _ = A.long_groups(df, by, month, value, where=where)
    frame = Frame()
    try:
        keys = []
        for i, (key, s) in enumerate(groups):
            xi = A.series(s, "data[%s]" % ", ".join(map(str, key)), need_start=True,
                          where=where)
            j = frame.add_series(str(i), "", "")
            arr = np.asarray(xi.obj, dtype=float)
            for t in np.flatnonzero(arr == arr):
                _lib.check(_lib.lib.ctrend_frame_set(frame.ptr, j, xi.start + int(t),
                                                     float(arr[t])), where="fit_many")
            keys.append(key)
    except BaseException:
        frame.close()
        raise
    return frame, keys, key_cols


def per_cell_from_series(data, by, month=None, value=None, metric=None, start=None):
    w = "ctrend.Frame.from_series"
    groups, by, _, vname = A.long_groups(data, by, month, value, where=w)
    if len(by) > 3:
        raise ValueError("%s: by= names at most 3 key columns (group, region, metric), "
                         "got %d" % (w, len(by)))
    items = []
    for key, s in groups:
        key = ["" if k is None or k != k else str(k) for k in key]
        if len(key) == 1:
            key = (key[0], "", metric or vname)
        elif len(key) == 2:
            key = (key[0], key[1], metric or vname)
        items.append((tuple(key), s, "data[%s]" % ", ".join(key)))
    frame = Frame()
    try:
        for key, values, arg in items:
            xi = A.series(values, arg, start=start, need_start=True, where=w)
            idx = frame.add_series(*_key(key, "data key"))
            for t in range(xi.n):
                v = xi.obj[t]
                if v == v:
                    frame.set(idx, xi.start + t, v)
    except BaseException:
        frame.close()
        raise
    return frame


def assert_same_frame(a, b):
    assert a.keys() == b.keys()
    assert (a.start, a.n_months) == (b.start, b.n_months)
    for i in range(len(a)):
        va, vb = np.asarray(a.values(i)), np.asarray(b.values(i))
        np.testing.assert_array_equal(va, vb)  # NaN where NaN: missing stays missing
        assert np.array_equal(np.signbit(va), np.signbit(vb))
        if np.isfinite(vb).any():
            assert a.span(i) == b.span(i)
    # both paths set exactly the non-NaN cells, so equal values are equal set flags


def outcome(fn):
    """('ok', result) or (exception type, message)."""
    try:
        return "ok", fn()
    except (ValueError, TypeError, ctrend.CtrendError) as exc:
        return type(exc), str(exc)


def compare_by_position(df, by, **kw):
    old = outcome(lambda: per_cell_by_position(df, by, **kw))
    new = outcome(lambda: frame_by_position(df, by, **kw))
    if old[0] != "ok" or new[0] != "ok":
        assert new[:2] == old[:2]
        return None
    (fo, ko, co), (fn, kn, cn) = old[1], new[1]
    with fo, fn:
        assert_same_frame(fn, fo)
    assert co == cn
    assert len(kn) == len(ko)
    for a, b in zip(kn, ko):  # keys equal, NA where NA, same Python types
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert (x == y) or (x != x and y != y), (a, b)
            assert type(x) == type(y) or (x != x and y != y), (type(x), type(y))
    return kn


def compare_from_series(df, by, **kw):
    old = outcome(lambda: per_cell_from_series(df, by, **kw))
    new = outcome(lambda: Frame.from_series(df, by=by, **kw))
    if old[0] != "ok" or new[0] != "ok":
        assert new[:2] == old[:2]
        return
    with old[1] as fo, new[1] as fn:
        assert_same_frame(fn, fo)


# ---- random long DataFrames --------------------------------------------------------------
def random_long(rng, n_groups=6, n_regions=3, metrics=("attacks", "deaths"), months=36,
                shuffle=False, p_gap=0.15, p_nan=0.1):
    rows = []
    cal = pd.period_range("2015-01", periods=months + 24, freq="M")
    for g in range(n_groups):
        for r in range(n_regions):
            for m in metrics:
                off = int(rng.integers(0, 24))
                n = int(rng.integers(1, months + 1))
                for t in range(n):
                    if rng.random() < p_gap:
                        continue  # absent from the data: missing, not zero
                    v = float(rng.poisson(5.0))
                    if rng.random() < p_nan:
                        v = math.nan
                    if rng.random() < 0.05:
                        v = -0.0
                    rows.append(("G%d" % g, "R%d" % r, m, cal[off + t], v))
    df = pd.DataFrame(rows, columns=["group", "region", "metric", "month", "value"])
    if shuffle:
        df = df.sample(frac=1.0, random_state=int(rng.integers(1 << 30))).reset_index(drop=True)
    return df


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("shuffle", [False, True])
def test_random_frames_equal_the_per_cell_frames(seed, shuffle):
    rng = np.random.default_rng(seed)
    df = random_long(rng, shuffle=shuffle)
    keys = compare_by_position(df, ["group", "region", "metric"], value="value")
    assert len(keys) > 1
    compare_by_position(df, ["group", "region"], value="value")  # duplicates: refused alike
    compare_by_position(df[df.metric == "deaths"], ["region"], value="value")
    compare_from_series(df, ["group", "region", "metric"], value="value")
    compare_from_series(df[df.metric == "attacks"], ["group", "region"], value="value")
    compare_from_series(df[(df.metric == "attacks") & (df.region == "R1")], ["group"],
                        value="value", metric="events")


def test_key_columns_of_other_types_and_na_keys():
    rng = np.random.default_rng(5)
    df = random_long(rng, n_groups=4, n_regions=2, metrics=("m",), shuffle=True)
    df["gi"] = df["group"].str[1:].astype(int)                 # int keys
    df["gf"] = df["gi"].astype(float) / 2                      # float keys
    df["gc"] = pd.Categorical(df["group"])                     # categorical keys
    na = df["group"].astype(object).where(df["group"] != "G1", None)  # G1 is NA: None ...
    df["gn"] = na.where((df["group"] != "G1") | (df.index % 2 == 0), np.nan)  # ... or NaN
    for by in (["gi", "region"], ["gf", "region"], ["gc", "region"], ["gn", "region"],
               ["region", "gi"]):
        keys = compare_by_position(df, by, value="value")
        assert keys is not None and len(keys) == 8
        compare_from_series(df, by, value="value")


def test_errors_are_today_s_errors():
    base = pd.DataFrame({"g": ["a"] * 4 + ["b"] * 3,
                         "month": pd.PeriodIndex(["2020-01", "2020-02", "2020-04", "2020-05",
                                                  "2020-01", "2020-02", "2020-03"], freq="M"),
                         "v": [1.0, 2, 3, 4, 5, 6, 7]})
    dup = base.copy()
    dup.loc[6, "month"] = pd.Period("2020-02", "M")  # b has two values in 2020-02
    old = outcome(lambda: per_cell_by_position(dup, ["g"]))
    assert old[0] is ValueError and "data[b] has two values in month 2020-02" in old[1]
    compare_by_position(dup, ["g"])
    compare_from_series(dup, ["g"])
    # the first group in order of appearance fails first: a's error, not b's
    both = dup.copy()
    both.loc[1, "month"] = pd.Period("2020-04", "M")
    assert "data[a]" in outcome(lambda: frame_by_position(both, ["g"]))[1]
    compare_by_position(both, ["g"])
    # the month column with a NaT, as strings, as dates (day-level dates: two in a month)
    nat = base.copy()
    nat["month"] = nat["month"].astype(object)
    nat.loc[5, "month"] = pd.NaT
    compare_by_position(nat.assign(month=pd.PeriodIndex(nat["month"], freq="M")), ["g"])
    compare_by_position(base.assign(month=base["month"].astype(str)), ["g"])
    dates = base.assign(month=base["month"].dt.to_timestamp())
    compare_by_position(dates, ["g"])
    compare_by_position(dates.assign(month=dates["month"] + pd.Timedelta(days=27)), ["g"])
    days = dates.copy()
    days.loc[5, "month"] = pd.Timestamp("2020-01-15")  # b: 2020-01-01 and 2020-01-15
    assert "two values in month 2020-01" in outcome(lambda: frame_by_position(days, ["g"]))[1]
    compare_by_position(days, ["g"])
    tz = dates.assign(month=dates["month"].dt.tz_localize("Asia/Karachi"))
    compare_by_position(tz, ["g"])
    # a gappy monthly PeriodIndex / DatetimeIndex as the DataFrame's index
    compare_by_position(base.set_index("month"), ["g"])
    compare_by_position(dates.set_index("month"), ["g"])
    # non-monthly periods are refused, with the same message
    quarterly = base.assign(month=pd.PeriodIndex(["2020Q1"] * 7, freq="Q"))
    got = outcome(lambda: frame_by_position(quarterly, ["g"]))
    assert got[0] is ValueError and "frequency 'Q-DEC'" in got[1]
    compare_by_position(quarterly, ["g"])
    # values that are not real numbers; nullable integers with and without NA
    compare_by_position(base.assign(v=[1, 2, "x", 4, 5, 6, 7]), ["g"])
    compare_by_position(base.assign(v=[1, 2, 3, 4, 5, "x", 7]), ["g"])  # b's error
    compare_by_position(base.assign(v=[True] * 7), ["g"])
    compare_by_position(base.assign(v=pd.array([1, 2, 3, 4, 5, 6, 7], dtype="Int64")), ["g"])
    compare_by_position(base.assign(v=pd.array([1, 2, None, 4, 5, 6, 7], dtype="Int64")),
                        ["g"])
    # infinite values: fit_many's frame keeps them (the fit refuses that series);
    # Frame.from_series refuses them as Frame.set does
    inf = base.assign(v=[1.0, 2, 3, 4, 5, math.inf, 7])
    compare_by_position(inf, ["g"])
    got = outcome(lambda: Frame.from_series(inf, by=["g"]))
    assert got[0] is ValueError and "finite" in got[1]
    compare_from_series(inf, ["g"])
    # from_series: start= must be each series' first month; the same key twice
    compare_from_series(base, ["g"], start="2020-01")
    compare_from_series(base.assign(g=["a"] * 7), ["g"], start="2020-01")
    compare_from_series(base.assign(r=[None] * 4 + [""] * 3), ["g", "r"])  # a/"" b/"" differ
    twice = base.assign(k=["x", "x", "x", "x", None, None, None],
                        r=["", "", "", "", None, None, None], g2=["a"] * 7)
    compare_from_series(twice.assign(k=["", "", "", "", None, None, None]), ["k"])  # one key


def test_empty_and_single_row():
    empty = pd.DataFrame({"g": pd.Series([], dtype=object),
                          "month": pd.PeriodIndex([], freq="M"), "v": pd.Series([], dtype=float)})
    compare_by_position(empty, ["g"])
    one = pd.DataFrame({"g": ["a"], "month": pd.PeriodIndex(["1999-12"], freq="M"), "v": [3.0]})
    compare_by_position(one, ["g"])
    compare_from_series(one, ["g"])


def test_large_calendars_go_in_several_rounds(monkeypatch):
    monkeypatch.setattr(A, "LONG_CHUNK_CELLS", 50)  # force many rounds of the dense buffer
    rng = np.random.default_rng(3)
    df = random_long(rng, n_groups=5, n_regions=2, metrics=("m",), months=40, shuffle=True)
    compare_by_position(df, ["group", "region"], value="value")
    compare_from_series(df, ["group", "region"], value="value")
    dup = pd.concat([df, df.iloc[[len(df) // 2]]], ignore_index=True)
    compare_by_position(dup, ["group", "region"], value="value")


@needs("ctrend_batch_fit")
def test_fit_many_long_with_gaps_vs_statsmodels():
    """One series with absent months and NaN values: statsmodels GLM(Poisson) on the months
    reported, the same design (intercept, trend 1..n over the whole calendar)."""
    sm = pytest.importorskip("statsmodels.api")
    rng = np.random.default_rng(21)
    n = 60
    cal = pd.period_range("2016-01", periods=n, freq="M")
    y = rng.poisson(np.exp(2.0 + 0.015 * np.arange(n))).astype(float)
    keep = np.ones(n, bool)
    keep[[4, 5, 17, 40]] = False           # absent rows
    y[[22, 23]] = np.nan                   # rows present but missing
    other = rng.poisson(4.0, n).astype(float)
    df = pd.DataFrame({"actor": ["A"] * int(keep.sum()) + ["B"] * n,
                       "month": list(cal[keep]) + list(cal),
                       "events": list(y[keep]) + list(other)}).iloc[::-1]  # rows in any order
    tidy = ctrend.fit_many(df, by=["actor"], family="poisson", trend=True,
                           options={"epsilon": 1e-12})
    part = tidy[tidy.actor == "A"]
    X, _ = ctrend.Design(cal[0], n, trend=True).matrix()
    X = np.asarray(X)
    obs = keep & ~np.isnan(y)
    ref = sm.GLM(y[obs], X[obs], family=sm.families.Poisson()).fit(tol=1e-13)
    np.testing.assert_allclose(part["estimate"], ref.params, rtol=1e-8)
    # measured 1.4e-7 apart on this series (the coefficients 1e-8): statsmodels' standard
    # errors come from its own last IRLS step; the cause of the gap was not pinned down
    np.testing.assert_allclose(part["std_error"], ref.bse, rtol=1e-6)
    assert part["nobs"].iloc[0] == obs.sum() == 54
    assert part["deviance"].iloc[0] == pytest.approx(ref.deviance, rel=1e-9)


def test_categorical_keys_with_na_and_unused_categories():
    """Where the old path followed pandas 1.5's groupby(...).indices into an error: rows with
    an NA categorical key were dropped (and, with one key column, an unused category became an
    empty series). Now NA is a group as for other dtypes; unused categories are not series."""
    df = pd.DataFrame({"g": pd.Categorical(["b", "a", None, "b"], categories=["c", "a", "b"]),
                       "r": ["x", "y", "x", "x"],
                       "month": pd.PeriodIndex(["2020-01", "2020-01", "2020-01", "2020-02"],
                                               freq="M"),
                       "v": [1.0, 2, 3, 4]})
    for by, keys in ((["g"], [("b",), ("a",), (math.nan,)]),
                     (["g", "r"], [("b", "x"), ("a", "y"), (math.nan, "x")])):
        f, got, _ = frame_by_position(df, by)
        with f:
            assert len(got) == 3
            for k, want in zip(got, keys):
                assert all(a == b or (a != a and b != b) for a, b in zip(k, want)), (k, want)
            vals = [np.asarray(f.values(i)) for i in range(3)]  # calendar 2020-01..2020-02
            np.testing.assert_array_equal(vals[0], [1.0, 4.0])
            np.testing.assert_array_equal(vals[1], [2.0, np.nan])
            np.testing.assert_array_equal(vals[2], [3.0, np.nan])
    tidy = ctrend.fit_many(df, by=["g"], family="poisson")
    assert len(tidy) == 3 * 2  # intercept and trend rows of 3 series; none for category 'c'
    assert "c" not in set(tidy["g"].astype(str))
