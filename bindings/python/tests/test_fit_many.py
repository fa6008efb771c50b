"""fit_many: the batch engine as one tidy DataFrame; family typos; argument errors."""
import math

import pytest

import ctrend
from conftest import needs

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

pytestmark = needs("ctrend_batch_fit")


def _long():
    rng = np.random.default_rng(11)
    rows = []
    for actor, level in (("TTP", 30.0), ("ISKP", 6.0), ("BLA", 12.0)):
        for admin, mult in (("KP", 1.0), ("Balochistan", 0.5)):
            for t, month in enumerate(pd.period_range("2018-01", periods=48, freq="M")):
                if actor == "BLA" and admin == "KP" and t in (5, 6):
                    continue  # two months absent from the data: missing, not skipped
                mu = level * mult * math.exp(0.01 * t)
                rows.append({"actor1": actor, "admin1": admin, "month": month,
                             "events": float(rng.poisson(mu))})
    rows.append({"actor1": "none", "admin1": "KP", "month": pd.Period("2018-01", "M"),
                 "events": 0.0})
    return pd.DataFrame(rows)


def test_fit_many_equals_fit_per_series():
    df = _long()
    tidy = ctrend.fit_many(df, by=["actor1", "admin1"], family="quasipoisson", trend=True,
                           fourier=1)
    assert list(tidy.columns[:9]) == ["actor1", "admin1", "term", "estimate", "std_error",
                                      "statistic", "p_value", "conf_low", "conf_high"]
    assert len(tidy) == 7 * 4
    for (actor, admin), part in tidy.groupby(["actor1", "admin1"], sort=False):
        if actor == "none":
            assert (part["status"] == "CTREND_ESHORT").all() or \
                (part["status"] != "CTREND_OK").all()
            assert part["estimate"].isna().all()
            continue
        sel = df[(df.actor1 == actor) & (df.admin1 == admin)].set_index("month")["events"]
        full = sel.reindex(pd.period_range("2018-01", "2021-12", freq="M"))
        m = ctrend.fit(full, "quasipoisson", trend=True, fourier=1)
        assert list(part["term"]) == m.names
        np.testing.assert_array_equal(part["estimate"], m.params)  # the same code, bit for bit
        np.testing.assert_array_equal(part["std_error"], m.bse)
        np.testing.assert_allclose(part["p_value"], m.pvalues, rtol=1e-7, atol=1e-15)  # C vs scipy t
        ci = m.conf_int()
        np.testing.assert_allclose(part["conf_low"], ci[0], rtol=1e-12)
        assert (part["status"] == "CTREND_OK").all()
        assert part["nobs"].iloc[0] == m.nobs == (46 if (actor, admin) == ("BLA", "KP") else 48)
        assert part["deviance"].iloc[0] == m.deviance


def test_fit_many_poisson_vs_statsmodels_and_wide_input():
    sm = pytest.importorskip("statsmodels.api")
    df = _long()
    wide = df[df.actor1 != "none"].pivot_table(index="month", columns="actor1",
                                               values="events", aggfunc="sum")
    tidy = ctrend.fit_many(wide, family="poisson", trend=True, options={"epsilon": 1e-12})
    assert set(tidy["series"]) == {"TTP", "ISKP", "BLA"}
    X, _ = ctrend.Design(wide.index[0], len(wide), trend=True).matrix()
    for name in ("TTP", "ISKP"):
        ref = sm.GLM(wide[name].to_numpy(), X, family=sm.families.Poisson()).fit(tol=1e-13)
        part = tidy[tidy.series == name]
        np.testing.assert_allclose(part["estimate"], ref.params, rtol=1e-8)
        np.testing.assert_allclose(part["std_error"], ref.bse, rtol=1e-7)
        np.testing.assert_allclose(part["p_value"], ref.pvalues, rtol=1e-6, atol=1e-300)
        assert part["aic"].iloc[0] == pytest.approx(ref.aic, rel=1e-9)


def test_errors_name_the_argument_and_the_nearest_family():
    df = _long()
    with pytest.raises(ValueError, match=r"family must be one of .*did you mean 'poisson'"):
        ctrend.fit_many(df, by=["actor1"], family="poison")
    with pytest.raises(ValueError, match="did you mean 'negbin'"):
        ctrend.fit([1.0, 2, 3, 4], "negbinom", start="2020-01")
    with pytest.raises(TypeError, match="family"):
        ctrend.fit([1.0, 2, 3, 4], None, start="2020-01")
    with pytest.raises(ValueError, match="by= names column 'actor'"):
        ctrend.fit_many(df, by=["actor"])
    with pytest.raises(ValueError, match="fourier must be an integer in \\[0, 5\\]"):
        ctrend.fit_many(df, by=["actor1", "admin1"], fourier=6)
    with pytest.raises(ValueError, match="n_months"):
        with ctrend.Frame.from_series({"a": [1.0, 2.0]}, start="2020-01") as f:
            ctrend.batch_fit(f, "2007-01", -1)  # was SIGSEGV: -1 became SIZE_MAX
    # a data error keeps its status and position
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.parse_csv("month,a\n2022-01,1\n2022-02,x\n")
    assert info.value.name == "CTREND_EPARSE" and info.value.status == 4
    assert (info.value.line, info.value.column) == (3, 2)
