"""Exact tests vs R's poisson.test (reference outputs exact_rate_tests, computed by R)."""
import pytest

import ctrend
from conftest import needs, reference

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

pytestmark = needs("ctrend_exact_poisson_test", "ctrend_exact_rate_ratio")


def test_poisson_test_matches_r():
    cases = pd.read_csv(reference("exact_rate_tests", "cases.csv"))
    want = pd.read_csv(reference("exact_rate_tests", "reference", "poisson_test_R.csv")).set_index("id")
    worst = 0.0
    for _, c in cases.iterrows():
        if c["kind"] == "two_sample":
            got = ctrend.rate_ratio(c["x1"], c["x2"], c["T1"], c["T2"], ratio=c["r"],
                                    alternative=c["alternative"])
        else:
            got = ctrend.poisson_test(c["x1"], c["T1"], r=c["r"], alternative=c["alternative"])
        w = want.loc[c["id"]]
        for k, rk in (("estimate", "estimate"), ("lower", "conf_lo"), ("upper", "conf_hi"),
                      ("p_value", "p_value")):
            a, b = got[k], float(w[rk])
            if np.isinf(b) or np.isnan(b):
                assert a == b or (np.isnan(a) and np.isnan(b)), (c["id"], k)
                continue
            d = abs(a - b) / max(abs(b), 1e-300)
            worst = max(worst, d)
            assert d < 1e-6, (c["id"], k, a, b)
    print("\nexact vs R poisson.test: max relative difference %.3g" % worst)


def test_ci_vs_previous_and_errors():
    ci = ctrend.poisson_ci(22)
    assert ci["estimate"] == 22 and ci["lower"] < 22 < ci["upper"]
    x = pd.Series([42.0, 46, 22], index=pd.period_range("2022-01", periods=3, freq="M"))
    r = ctrend.vs_previous(x, "2022-03", 2)
    want = ctrend.rate_ratio(22, 88, 1, 2)
    assert r.pvalue == pytest.approx(want.pvalue, rel=1e-12)
    assert r.conf_int() == pytest.approx(want.conf_int(), rel=1e-12)
    p = ctrend.period_ratio([22.0], [42.0, 46.0])
    assert p.estimate == pytest.approx(want.estimate, rel=1e-12)
    assert p.pvalue == pytest.approx(want.pvalue, rel=1e-12)
    with pytest.raises(ValueError, match="x must be"):
        ctrend.poisson_test(-1)
    with pytest.raises(ValueError, match="level"):
        ctrend.poisson_ci(3, level=95)
    with pytest.raises(ValueError, match="pair"):
        ctrend.poisson_test([1, 2, 3])  # R's poisson.test(c(1, 2, 3)) is an error too
    with pytest.raises(ValueError, match="did you mean 'less'"):
        ctrend.poisson_test(3, alternative="lesser")


def test_poisson_test_result_object_vs_scipy():
    stats = pytest.importorskip("scipy.stats")
    # two samples: conditional on the total, x1 ~ Binomial(x1 + x2, r t1 / (r t1 + t2))
    res = ctrend.poisson_test([22, 42], [1.0, 2.0])
    bt = stats.binomtest(22, 64, 1.0 / 3.0)
    assert res.statistic == 22 and res.pvalue == pytest.approx(bt.pvalue, rel=1e-9)
    assert res.estimate == pytest.approx((22 / 1) / (42 / 2), rel=1e-14)
    lo, hi = bt.proportion_ci(0.95, method="exact")
    assert res.conf_int() == pytest.approx((lo / (1 - lo) * 2, hi / (1 - hi) * 2), rel=1e-9)
    assert res["p_value"] == res.pvalue and res["lower"] == res.conf_int()[0]  # old dict keys
    # one sample: Garwood interval from chi-square quantiles; one-sided p = P(X >= x)
    one = ctrend.poisson_test(17, 2.0, r=5.0, alternative="greater", level=0.9)
    assert one.estimate == pytest.approx(8.5, rel=1e-15)
    assert one.pvalue == pytest.approx(stats.poisson.sf(16, 10.0), rel=1e-9)
    assert one.alternative == "greater" and one.null_value == 5.0
    g = ctrend.poisson_test(17, 2.0, level=0.9).conf_int()
    assert g == pytest.approx((stats.chi2.ppf(0.05, 34) / 4, stats.chi2.ppf(0.95, 36) / 4),
                              rel=1e-9)
    assert "pvalue=" in repr(one)


@needs("ctrend_exact_rate_ratio")
def test_generated_records():
    """The 1.0 records through the generated layer: ctrend_exact_test in, ctrend_exact_result
    out (R: poisson.test(c(22, 42)) -> estimate 22/42, p-value 0.01702... two-sided)."""
    import ctypes
    from ctrend import _lib
    api = _lib.api
    res = api.ctrend_exact_result_t()
    assert [f[0] for f in api.ctrend_exact_result_t._fields_] == [
        "estimate", "lower", "upper", "p_value"]
    test = api.make_record("ctrend_exact_test", null_value=1.0, alternative=0, level=0.95)
    rc = _lib.fn("ctrend_exact_rate_ratio")(22.0, 1.0, 42.0, 1.0, ctypes.byref(test),
                                            ctypes.byref(res))
    assert rc == 0
    via_headline = ctrend.poisson_test([22, 42])
    assert res.estimate == pytest.approx(22 / 42, rel=1e-15)
    assert (res.estimate, res.p_value) == (
        via_headline.estimate, via_headline.pvalue)
    # NULL test = R's defaults: the same record
    res2 = api.ctrend_exact_result_t()
    assert _lib.fn("ctrend_exact_rate_ratio")(22.0, 1.0, 42.0, 1.0, None,
                                              ctypes.byref(res2)) == 0
    assert bytes(res2) == bytes(res)
    # interval-only: p_value is NaN (no test was made)
    assert _lib.fn("ctrend_exact_poisson_ci")(22.0, 1.0, 0.95, ctypes.byref(res2)) == 0
    assert res2.p_value != res2.p_value
    # fields are checked from the definition, naming the field
    with pytest.raises(ValueError, match="'level'"):
        api.make_record("ctrend_exact_test", null_value=1.0, alternative=0, level=95)
    with pytest.raises(ValueError, match="'alternative'"):
        api.make_record("ctrend_exact_test", null_value=1.0, alternative=3, level=0.9)
    with pytest.raises(TypeError, match="needs field 'level'"):
        api.make_record("ctrend_exact_test", null_value=1.0, alternative=0)
    with pytest.raises(TypeError, match="no field 'ratio'"):
        api.make_record("ctrend_exact_test", null_value=1.0, alternative=0, level=0.9, ratio=2)
