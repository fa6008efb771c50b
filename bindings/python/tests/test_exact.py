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
    assert r == pytest.approx(want, rel=1e-12)
    p = ctrend.period_ratio([22.0], [42.0, 46.0])
    assert p == pytest.approx(want, rel=1e-12)
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.poisson_test(-1)
    assert info.value.name == "CTREND_EDOMAIN"
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.poisson_ci(3, level=95)
    assert info.value.name == "CTREND_EINVAL"
