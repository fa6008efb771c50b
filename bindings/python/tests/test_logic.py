"""Logic the library owns (issue 12, item 3), through the Python package: Frame.window
(ctrend_frame_window) against pandas reindexing, ctrend.merge / Frame.merge
(ctrend_frame_merge), Design(exposure=) (ctrend_design_set_exposure) and
Model.get_prediction() (ctrend_model_predict) against statsmodels' GLM get_prediction and
R's predict.glm (numbers quoted from R 4.2.2, the code in tests/test_logic.c)."""
import math

import pytest

import ctrend
from conftest import needs

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

pytestmark = needs("ctrend_frame_window", "ctrend_frame_merge", "ctrend_model_predict",
                   "ctrend_design_set_exposure")

IDX = pd.period_range("2022-01", periods=12, freq="M")
Y = pd.Series([3, 5, 4, 7, np.nan, 9, 8, 12, 10, 14, 13, 17], index=IDX, dtype=float)
POP = pd.Series(np.arange(100, 123, 2.0), index=IDX)


def test_window_equals_pandas_reindex():
    f = ctrend.Frame.from_series({"TTP/attacks": Y})
    got = f.window("TTP/attacks", "2021-10", "2023-02")
    want = Y.reindex(pd.period_range("2021-10", "2023-02", freq="M"))  # NaN outside, never 0
    assert list(got.index) == list(want.index)
    assert np.array_equal(got.to_numpy(), want.to_numpy(), equal_nan=True)
    assert f.window(0, "2022-03", n_months=2).tolist() == [4.0, 7.0]
    with pytest.raises(TypeError):
        f.window(0, "2022-03")
    with pytest.raises(ValueError):
        f.window(0, "2022-03", "2022-01")


def test_merge_one_rule():
    a = ctrend.Frame.from_series({"TTP/attacks": Y})
    b = ctrend.Frame.from_series({"ISKP/attacks": Y.iloc[3:]})
    m = ctrend.merge(a, b)
    assert m.keys() == [("TTP", "", "attacks"), ("ISKP", "", "attacks")]
    # the merged frame as pandas equals pandas' own column concatenation
    want = pd.concat([Y.rename("a"), Y.iloc[3:].rename("b")], axis=1)
    got = m.to_pandas()
    assert np.array_equal(got.to_numpy(), want.to_numpy(), equal_nan=True)
    # the same series twice, even over other months: refused, naming series and frame
    c = ctrend.Frame.from_series({"TTP/attacks": [1.0, 2.0]}, start="2030-01")
    with pytest.raises(ctrend.CtrendError) as e:
        ctrend.merge(a, c, names=["a.csv", "c.csv"])
    assert e.value.status == ctrend.STATUS["CTREND_EDUPLICATE"]
    assert "c.csv" in str(e.value) and "TTP//attacks" in str(e.value)
    with pytest.raises(TypeError):
        a.merge(Y)


def test_exposure_rule():
    m = ctrend.fit(Y, "poisson", exposure=POP)
    off = ctrend.Design(IDX[0], 12, exposure=POP).matrix()[1]
    assert np.allclose(off, np.log(POP.to_numpy()), rtol=1e-15)
    bad = POP.copy()
    bad.iloc[3] = 0.0
    with pytest.raises(ctrend.CtrendError) as e:
        ctrend.fit(Y, "poisson", exposure=bad)
    assert e.value.status == ctrend.STATUS["CTREND_EDOMAIN"] and "2022-04" in str(e.value)
    miss = POP.copy()
    miss.iloc[2] = np.nan  # a missing exposure drops that month, as a missing count
    assert ctrend.fit(Y, "poisson", exposure=miss).nobs == m.nobs - 1


def test_prediction_equals_statsmodels_and_r():
    sm = pytest.importorskip("statsmodels.api")
    m = ctrend.fit(Y, "poisson", exposure=POP)
    got = m.get_prediction().summary_frame(alpha=0.05)
    keep = Y.notna().to_numpy()
    t = np.arange(1, 13, dtype=float)
    X = sm.add_constant(t)
    ref = sm.GLM(Y.to_numpy()[keep], X[keep], family=sm.families.Poisson(),
                 offset=np.log(POP.to_numpy()[keep])).fit(tol=1e-12)
    want = ref.get_prediction(X, offset=np.log(POP.to_numpy())).summary_frame(alpha=0.05)
    for col in ("mean", "mean_se", "mean_ci_lower", "mean_ci_upper"):
        assert np.allclose(got[col].to_numpy(), want[col].to_numpy(), rtol=1e-7), col
    # R: predict(glm(y ~ t + offset(log(pop)), poisson), nd, type = "response", se.fit = TRUE)
    # at May 2022 (dropped from the fit: the count is missing) and December 2022
    assert math.isclose(got["mean"].iloc[4], 6.7477445630404098, rel_tol=1e-9)
    assert math.isclose(got["mean_se"].iloc[11], 2.5574591625644936, rel_tol=1e-7)
    assert math.isclose(got["mean_ci_upper"].iloc[11], 22.644706186479301, rel_tol=1e-7)
    assert str(got.index[4]) == "2022-05"
