"""statsmodels-shaped results on ctrend.Model, each checked against statsmodels' GLM run here
(Poisson; NB2 with statsmodels' alpha = 1/theta; quasi-Poisson vs scale='X2')."""
import math

import pytest

import ctrend

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
sm = pytest.importorskip("statsmodels.api")
stats = pytest.importorskip("scipy.stats")

OPTS = {"epsilon": 1e-13, "maxit": 100}


def _data(overdispersed=False, seed=2024):
    rng = np.random.default_rng(seed)
    idx = pd.period_range("2015-01", periods=84, freq="M", name="month")
    t = np.arange(1, 85)
    mu = np.exp(3.0 + 0.01 * t + 0.3 * np.sin(2 * np.pi * (idx.month.to_numpy()) / 12)
                + 0.4 * (t >= 50))
    y = rng.negative_binomial(5, 5 / (5 + mu)) if overdispersed else rng.poisson(mu)
    s = pd.Series(y.astype(float), idx, name="events")
    s.iloc[[7, 30]] = np.nan  # two missing months: dropped rows
    return s


ARGS = dict(trend=True, fourier=1, step="2019-02")


def _reference(s, family, **fit):
    X, off = ctrend.Design(s.index[0], len(s), **ARGS).matrix()
    keep = ~np.isnan(s.to_numpy())
    res = sm.GLM(s.to_numpy()[keep], X[keep], family=family).fit(tol=1e-14, **fit)
    return res, X, keep


def _close(a, b, rtol=1e-7):
    np.testing.assert_allclose(np.asarray(a, float), np.asarray(b, float), rtol=rtol, atol=0)


def test_poisson_results_equal_statsmodels():
    s = _data()
    m = ctrend.fit(s, "poisson", options=OPTS, **ARGS)
    ref, X, keep = _reference(s, sm.families.Poisson())
    _close(m.params, ref.params)
    _close(m.bse, ref.bse)
    _close(m.tvalues, ref.tvalues)
    _close(m.pvalues, ref.pvalues, 1e-6)
    for alpha in (0.05, 0.1, 0.01):
        _close(m.conf_int(alpha), ref.conf_int(alpha))
    cov = m.cov_params()
    assert list(cov.index) == list(cov.columns) == m.names == list(m.params.index)
    _close(cov, ref.cov_params(), 1e-6)
    for ours, theirs in ((m.deviance, ref.deviance), (m.null_deviance, ref.null_deviance),
                         (m.aic, ref.aic), (m.llf, ref.llf), (m.bic, ref.bic_llf),
                         (m.pearson_chi2, ref.pearson_chi2), (m.scale, ref.scale)):
        assert ours == pytest.approx(theirs, rel=1e-9)
    assert m.nobs == ref.nobs == 82
    assert m.df_resid == ref.df_resid and m.df_model == ref.df_model
    # per-month outputs on the input's monthly index, NaN where the month was dropped
    for ours, theirs in ((m.fittedvalues, ref.fittedvalues), (m.resid_pearson, ref.resid_pearson),
                         (m.resid_deviance, ref.resid_deviance),
                         (m.resid_response, ref.resid_response),
                         (m.resid_working, ref.resid_working)):
        assert ours.index.equals(s.index) and np.isnan(ours.iloc[7])
        _close(ours.dropna(), theirs, 1e-7)
    # predictions: the window, some months (inside and after it), an exog matrix
    _close(m.predict(), np.exp(X @ ref.params))
    _close(m.predict(exog=X[:5]), ref.predict(X[:5]))
    p = m.predict(["2016-03", "2022-06"])
    Xf, _ = ctrend.Design(s.index[0], len(s), **ARGS).matrix(first=0, rows=90)
    _close(p, ref.predict(Xf[[14, 89]]))
    assert list(p.index.astype(str)) == ["2016-03", "2022-06"]
    _close(m.predict(exog=pd.DataFrame(X[:3], columns=m.names)[m.names[::-1]]),
           ref.predict(X[:3]))
    for alpha in (0.05, 0.2):
        got = m.get_prediction(exog=X[keep]).summary_frame(alpha)
        want = ref.get_prediction(X[keep]).summary_frame(alpha)
        assert list(got.columns) == ["mean", "mean_se", "mean_ci_lower", "mean_ci_upper"]
        _close(got, want, 1e-6)
    whole = m.get_prediction().summary_frame()
    assert whole.index.equals(s.index)


def test_get_forecast_summary_frame_every_level():
    s = _data()
    m = ctrend.fit(s, "poisson", options=OPTS, **ARGS)
    ref, _, _ = _reference(s, sm.families.Poisson())
    fc = m.get_forecast(6, levels=[0.5, 0.8, 0.95], n_sims=2000, seed=7)
    sf = fc.summary_frame(alpha=0.1)
    assert list(sf.columns) == ["mean", "mean_se", "mean_ci_lower", "mean_ci_upper"] + \
        ["plugin_%s_%s" % (b, lv) for lv in ("50", "80", "95") for b in ("lower", "upper")] + \
        ["predictive_%s_%s" % (b, lv) for lv in ("50", "80", "95") for b in ("lower", "upper")]
    assert list(sf.index.astype(str)) == ["2022-01", "2022-02", "2022-03", "2022-04",
                                          "2022-05", "2022-06"]
    Xf, _ = ctrend.Design(s.index[0], len(s), **ARGS).matrix(first=len(s), rows=6)
    want = ref.get_prediction(Xf).summary_frame(alpha=0.1)
    _close(sf[want.columns], want, 1e-6)
    mu = sf["mean"].to_numpy()
    for lv in (0.5, 0.8, 0.95):  # plug-in interval = Poisson quantiles at the mean (qpois)
        tag = ("%g" % (100 * lv))
        np.testing.assert_array_equal(sf["plugin_lower_" + tag], stats.poisson.ppf((1 - lv) / 2, mu))
        np.testing.assert_array_equal(sf["plugin_upper_" + tag], stats.poisson.ppf((1 + lv) / 2, mu))
    assert (sf["predictive_lower_95"] <= sf["plugin_lower_95"]).all()
    # the old layout is still there, with one level or several
    old = fc.to_pandas(0.95)
    assert list(old.columns) == ["mean", "mean_lo", "mean_hi", "plugin_lo", "plugin_hi",
                                 "predictive_lo", "predictive_hi"]
    np.testing.assert_array_equal(old["plugin_lo"], sf["plugin_lower_95"])
    assert "plugin_lo_80" in fc.to_pandas([0.8, 0.95]).columns


def test_negbin_theta_is_statsmodels_one_over_alpha():
    s = _data(overdispersed=True)
    m = ctrend.fit(s, "negbin", options={"epsilon": 1e-12, "maxit": 200}, **ARGS)
    theta = m.theta
    assert 1 < theta < 50
    ref, _, _ = _reference(s, sm.families.NegativeBinomial(alpha=1 / theta))
    _close(m.params, ref.params, 1e-6)
    _close(m.bse, ref.bse, 1e-5)  # SEs at fixed theta, as glm.nb
    _close(m.pvalues, ref.pvalues, 1e-4)
    assert m.llf == pytest.approx(ref.llf, rel=1e-8)
    assert m.deviance == pytest.approx(ref.deviance, rel=1e-6)
    # MASS::glm.nb counts theta in the AIC; statsmodels' GLM with a fixed alpha does not
    assert m.aic == pytest.approx(ref.aic + 2, rel=1e-9)
    _close(m.fittedvalues.dropna(), ref.fittedvalues, 1e-6)
    assert "theta (1/alpha)" in str(m.summary())


def test_quasipoisson_is_statsmodels_scale_x2_with_t_tests():
    s = _data(overdispersed=True)
    m = ctrend.fit(s, "quasipoisson", options=OPTS, **ARGS)
    ref, _, _ = _reference(s, sm.families.Poisson(), scale="X2")
    _close(m.params, ref.params)
    assert m.scale == pytest.approx(ref.scale, rel=1e-6)
    _close(m.bse, ref.bse, 1e-6)
    _close(m.tvalues, ref.tvalues, 1e-6)
    # p-values: t on df_resid (R's summary.glm), statsmodels uses the normal
    _close(m.pvalues, 2 * stats.t.sf(np.abs(ref.tvalues), ref.df_resid), 1e-6)
    assert math.isnan(m.llf) and math.isnan(m.aic)  # no likelihood: undefined, not a number


def test_summary_repr_and_html():
    s = _data()
    m = ctrend.fit(s, "poisson", **ARGS)
    text = str(m.summary())
    for needle in ("Deviance:", "Null deviance:", "AIC:", "BIC:", "Log-Likelihood:",
                   "No. Observations:", "Df Residuals:", "P>|z|", "[0.025", "step"):
        assert needle in text, needle
    assert "%.4f" % m.params["trend"] in text
    s10 = m.summary(alpha=0.1)
    assert "[0.05" in str(s10)
    assert s10["pvalue"].equals(m.summary()["pvalue"])  # the old DataFrame form still indexes
    r = repr(m)
    assert r.startswith("<ctrend.Model poisson, 2015-01..2021-12, 82 of 84 months used")
    assert m._repr_html_().startswith("<pre>") and "Deviance" in m._repr_html_()
    assert list(m.coef.index) == list(m.params.index)  # old names kept
    np.testing.assert_array_equal(m.vcov, m.cov_params().to_numpy())


def test_prediction_arguments_are_checked():
    m = ctrend.fit(_data(), "poisson", **ARGS)
    with pytest.raises(ValueError, match="before the fit window"):
        m.predict(["2014-12"])
    with pytest.raises(ValueError, match="exog must have 5 columns"):
        m.predict(exog=np.ones((2, 3)))
    with pytest.raises(ValueError, match="alpha"):
        m.conf_int(1.5)
    with pytest.raises(ValueError, match="levels"):
        m.get_forecast(3, levels=[95])
    with pytest.raises(TypeError, match="months"):
        m.predict(3)
