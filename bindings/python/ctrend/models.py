"""Count regression models and forecasts (design.h, model.h, forecast.h).

    m = ctrend.fit(y, family="poisson", trend=True, fourier=2, step="2014-06")
    m.coef, m.se, m.summary(), m.scalar("aic"), m.fitted
    fc = m.forecast(12, n_sims=10000, seed=20240101)
    fc.mean, fc.interval("plugin", 0.95), fc.to_pandas()
"""
import ctypes
import math
import numbers
import statistics

from . import _lib
from . import _arrays as A
from . import _check as C
from .frame import Handle

_P = ctypes.c_void_p
_D = _lib.c_double_p
_S = ctypes.c_size_t
_C = ctypes.c_char_p
_I = ctypes.c_int

# design.h
# model.h
# forecast.h

# pinned enum values (model.h, forecast.h)
# the enums of model.h and forecast.h, from the API definition (names: the C name without
# its prefix, in lower case)
FAMILIES = _lib.enum_table("ctrend_family", "CTREND_FAMILY_")
OPTIONS = _lib.enum_table("ctrend_model_opt", "CTREND_OPT_")
VECTORS = _lib.enum_table("ctrend_model_vec", "CTREND_MV_")
SCALARS = _lib.enum_table("ctrend_model_sca", "CTREND_MS_")
FC_VECTORS = _lib.enum_table("ctrend_forecast_vec", "CTREND_FV_")
INTERVALS = _lib.enum_table("ctrend_interval_kind", "CTREND_FI_")


def _listify(v):
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return list(v)
    return [v]


class Design(Handle):
    """Model matrix description over n months from `start` (see include/ctrend/design.h).

    trend, fourier (pairs, 0..5), month_dummies, step / slope (a month or a list of months,
    named "step", "step2", ...; or a dict name -> month), covariates (dict name -> n values),
    future_covariates (dict name -> values after the window), offset (n log-exposures),
    exposure (n exposures: the offset log(exposure) by ctrend_design_set_exposure; NaN = a
    missing month, an exposure <= 0 or infinite raises CtrendError(EDOMAIN) naming the
    month), future_offset, offset_days (add log(days in month)), intercept.
    """

    _free_name = "ctrend_design_free"

    def __init__(self, start, n, trend=True, fourier=0, month_dummies=False, step=None,
                 slope=None, covariates=None, future_covariates=None, offset=None,
                 future_offset=None, offset_days=False, intercept=True, exposure=None,
                 _ptr=None):
        w = "ctrend.Design"
        if _ptr is None:
            m0 = A.month(start, "start", w)
            n = C.integer(n, "n", 1, C.MAX_MONTHS, where=w)
            if m0 + n - 1 > C.MONTH_MAX:
                raise ValueError("%s: the window of %d months from %s runs past December 9999"
                                 % (w, n, A.month_str(m0)))
            p = _P()
            _lib.check(_lib.fn("ctrend_design_new")(m0, n, ctypes.byref(p)), where="Design()")
            _ptr = p.value
        super().__init__(_ptr)
        L = _lib.lib
        chk = _lib.check
        intercept = C.flag(intercept, "intercept", where=w)
        trend = C.flag(trend, "trend", where=w)
        fourier = C.integer(fourier, "fourier", 0, C.MAX_FOURIER, where=w)
        month_dummies = C.flag(month_dummies, "month_dummies", where=w)
        offset_days = C.flag(offset_days, "offset_days", where=w)
        chk(L.ctrend_design_set_intercept(self.ptr, int(intercept)), where="intercept")
        if trend:
            chk(L.ctrend_design_add_trend(self.ptr), where="trend")
        if fourier:
            chk(L.ctrend_design_add_fourier(self.ptr, fourier), where="fourier")
        if month_dummies:
            chk(L.ctrend_design_add_month_dummies(self.ptr), where="month_dummies")
        for kind, spec, add in (("step", step, L.ctrend_design_add_step),
                                ("slope", slope, L.ctrend_design_add_slope_change)):
            items = spec.items() if isinstance(spec, dict) else \
                [(None if i == 0 else "%s%d" % (kind, i + 1), m)
                 for i, m in enumerate(_listify(spec))]
            for name, m in items:
                chk(add(self.ptr, A.month(m, kind, w),
                        _lib.encode(C.text(name, kind + " name", allow_none=True))), where=kind)
        for arg, spec in (("covariates", covariates), ("future_covariates", future_covariates)):
            if spec is not None and not isinstance(spec, dict):
                raise TypeError("%s: %s must be a dict name -> values, got %s"
                                % (w, arg, type(spec).__name__))
        for name, values in (covariates or {}).items():
            buf = self._aligned(values, "covariates[%r]" % (name,))
            chk(L.ctrend_design_add_column(self.ptr, _lib.encode(C.text(name, "covariate name")),
                                           buf.ptr, buf.n), where="covariate %s" % name)
        for name, values in (future_covariates or {}).items():
            buf = A.series(values, "future_covariates[%r]" % (name,), where="ctrend.Design")
            chk(L.ctrend_design_set_future_column(self.ptr, _lib.encode(C.text(
                name, "future covariate name")), buf.ptr, buf.n),
                where="future covariate %s" % name)
        if offset_days:
            chk(L.ctrend_design_set_offset_days(self.ptr, 1), where="offset_days")
        if offset is not None:
            buf = self._aligned(offset, "offset")
            chk(L.ctrend_design_set_offset(self.ptr, buf.ptr, buf.n), where="offset")
        if exposure is not None:
            if offset is not None:
                raise TypeError("%s: give offset= (log exposure) or exposure=, not both" % w)
            buf = self._aligned(exposure, "exposure")
            err = _lib.api.ctrend_error_t()
            st = _lib.fn("ctrend_design_set_exposure")(self.ptr, buf.ptr, buf.n, ctypes.byref(err))
            chk(st, lambda: err.message.decode("utf-8", "replace"), where="exposure")
        if future_offset is not None:
            buf = A.series(future_offset, "future_offset", where="ctrend.Design")
            chk(L.ctrend_design_set_future_offset(self.ptr, buf.ptr, buf.n), where="future_offset")

    def _aligned(self, values, arg):
        """A covariate/offset series on the design's window: same length, and for monthly
        input the same first month (so a gappy index cannot shift it)."""
        buf = A.series(values, arg, where="ctrend.Design")
        n, start = self.n, self.start
        if buf.monthly and buf.start != start:
            raise ValueError("ctrend.Design: %s starts in %s but the window in %s"
                             % (arg, A.month_str(buf.start), A.month_str(start)))
        if buf.n != n:
            raise ValueError("ctrend.Design: %s has %d months, the window %d" % (arg, buf.n, n))
        return buf

    @property
    def columns(self):
        return [_lib.get_str(_lib.lib.ctrend_design_col_name, self.ptr, j, where="columns")
                for j in range(_lib.lib.ctrend_design_ncol(self.ptr))]

    @property
    def start(self):
        return int(_lib.get_value(_lib.lib.ctrend_design_start, ctypes.c_int32, self.ptr,
                                  where="start"))

    @property
    def n(self):
        return int(_lib.lib.ctrend_design_nrow(self.ptr))

    def matrix(self, first=0, rows=None):
        """Model matrix rows first..first+rows-1 (rows >= n are the future) and the offset:
        (list of rows, offsets), or numpy (rows x p, rows) arrays."""
        w = "ctrend.Design.matrix"
        p = len(self.columns)
        first = C.integer(first, "first", 0, self.n + C.MAX_HORIZON - 1, where=w)
        rows = max(self.n - first, 0) if rows is None else \
            C.integer(rows, "rows", 0, self.n + C.MAX_HORIZON - first, where=w)
        out, off = A.DoubleOut(rows * p), A.DoubleOut(rows)
        if rows:
            _lib.check(_lib.lib.ctrend_design_matrix(self.ptr, first, rows, out.ptr, out.n,
                                                      off.ptr, off.n, None), where="matrix")
        if A.np is not None:
            return out.obj.reshape(rows, p), off.obj
        vals = out.value()
        return [vals[i * p:(i + 1) * p] for i in range(rows)], off.value()


class Options(Handle):
    """Fit options (CTREND_OPT_*): epsilon, maxit, level, rank_tol, sep_tol, theta_max,
    halve_on_rise, theta_eps (the keys of ctrend_model_opt). maxit and halve_on_rise are
    int keys (ctrend_model_opts_set_int), the others double keys
    (ctrend_model_opts_set_double); bounds(key) gives the C library's range."""

    _free_name = "ctrend_model_opts_free"

    def __init__(self, **options):
        p = _P()
        _lib.check(_lib.fn("ctrend_model_opts_new")(ctypes.byref(p)), where="Options()")
        super().__init__(p.value)
        for key, value in options.items():
            self[key] = value

    def __setitem__(self, key, value):
        w = "ctrend.Options"
        code = C.choice(key, "option", OPTIONS, where=w)
        if key == "maxit":
            value = C.integer(value, "maxit", 1, 100000, where=w)
        elif key == "level":
            value = C.level(value, where=w)
        elif key == "halve_on_rise":
            value = int(C.flag(value, key, where=w))
        else:
            value = C.number(value, key, 0.0, lo_open=True, where=w)
        if key in _INT_OPTIONS:
            rc = _lib.lib.ctrend_model_opts_set_int(self.ptr, code, int(value))
        else:
            rc = _lib.lib.ctrend_model_opts_set_double(self.ptr, code, float(value))
        _lib.check(rc, where="option %s" % key)

    @staticmethod
    def bounds(key):
        """(lo, hi): every value lo <= v <= hi is accepted for option `key`
        (ctrend_model_opts_bounds; closed bounds, so "> 0" gives the smallest positive
        double as lo)."""
        code = C.choice(key, "option", OPTIONS, where="ctrend.Options.bounds")
        lo, hi = ctypes.c_double(), ctypes.c_double()
        _lib.check(_lib.lib.ctrend_model_opts_bounds(code, ctypes.byref(lo), ctypes.byref(hi)),
                   where="bounds %s" % key)
        return lo.value, hi.value

    def __getitem__(self, key):
        code = C.choice(key, "option", OPTIONS, where="ctrend.Options")
        v = ctypes.c_double()
        _lib.check(_lib.lib.ctrend_model_opts_get(self.ptr, code, ctypes.byref(v)),
                   where="option %s" % key)
        return v.value

    def errmsg(self):
        """Message of the last failed break search with these options (fits report theirs
        in the raised CtrendError)."""
        return _lib.decode(_lib.lib.ctrend_model_opts_errmsg(self.ptr))

    # cancel flag and progress of the long calls made with these options (breaks,
    # forecast, backtest models): what _batch.run polls and sets on Ctrl-C
    def cancel(self):
        """Ask the running breaks/forecast/backtest call on these options to stop
        (ctrend_model_opts_cancel; any thread)."""
        _lib.fn("ctrend_model_opts_cancel")(self.ptr)

    def reset(self):
        _lib.fn("ctrend_model_opts_reset")(self.ptr)

    def progress(self):
        """(done, total) units of the running (or last) long call (ctrend_model_opts_progress)."""
        done, total = ctypes.c_size_t(), ctypes.c_size_t()
        _lib.check(_lib.fn("ctrend_model_opts_progress")(self.ptr, ctypes.byref(done),
                                                         ctypes.byref(total)), where="progress")
        return done.value, total.value


#: Options set with ctrend_model_opts_set_int (the others take a double).
_INT_OPTIONS = ("maxit", "halve_on_rise", "min_segment", "n_boot", "seed", "n_threads")


def _normal_q(p):
    """Standard normal quantile (statistics.NormalDist: Wichura's AS241, ~1e-16)."""
    return statistics.NormalDist().inv_cdf(p)


def _t_q(p, df):
    try:
        from scipy import stats
    except ImportError:  # pragma: no cover - scipy is in the Debian test set
        raise ImportError("ctrend: Gaussian intervals at a level other than the fit's need "
                          "scipy (t quantiles)") from None
    return float(stats.t.ppf(p, df))


def _alpha(alpha, where):
    alpha = C.number(alpha, "alpha", 0.0, 1.0, lo_open=True, hi_open=True, where=where)
    if 1.0 - alpha == 1.0:  # e.g. 5e-324: the level 1 - alpha would round to 1 (found by fuzz_args.py)
        raise ValueError("%s: alpha must be at least 2^-53 (1 - alpha must be below 1), got %r"
                         % (where, alpha))
    return alpha


class Summary:
    """What Model.summary() returns: prints a statsmodels-like table (header with the fit
    statistics, then the coefficient table); ``.coef_table`` is the coefficient DataFrame
    (the old return value; indexing and attributes are passed through to it, so
    ``m.summary()["pvalue"]`` still works); ``as_text()``, ``as_html()``, ``_repr_html_``."""

    def __init__(self, model, alpha=0.05):
        self.model = model
        self.alpha = alpha
        self.coef_table = model._coef_table(alpha)
        self.info = model._info()

    def as_text(self):
        m, info = self.model, self.info
        title = "ctrend %s regression results" % m.family
        left = [("Dep. Variable:", str(m.response_name)), ("Model:", "GLM" if m.family !=
                "gaussian" else "OLS"), ("Family:", m.family), ("Link:", "log" if m.family !=
                "gaussian" else "identity"), ("Window:", info["window"]),
                ("No. Observations:", "%d" % m.nobs), ("Df Residuals:", "%d" % m.df_resid),
                ("Df Model:", "%d" % m.df_model)]
        right = [("Scale:", "%.6g" % m.scale), ("Log-Likelihood:", _g(m.llf)),
                 ("Deviance:", _g(m.deviance)), ("Null deviance:", _g(m.null_deviance)),
                 ("Pearson chi2:", _g(m.pearson_chi2)), ("AIC:", _g(m.aic)),
                 ("BIC:", _g(m.bic)), ("Iterations:", "%d" % m.scalar("iterations"))]
        if m.family == "negbin":
            right.append(("theta (1/alpha):", _g(m.theta)))
        if m.family == "quasipoisson":
            right.append(("Dispersion:", _g(m.scalar("dispersion"))))
        width = 78
        lines = [title.center(width), "=" * width]
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ("", "")
            b = right[i] if i < len(right) else ("", "")
            lines.append("%-18s %19s   %-18s %19s" % (a[0], a[1], b[0], b[1]))
        lines.append("=" * width)
        stat = "t" if m.family in ("quasipoisson", "gaussian") else "z"
        lo, hi = "[%g" % (self.alpha / 2), "%g]" % (1 - self.alpha / 2)
        lines.append("%-16s %10s %10s %8s %8s %10s %10s" % ("", "coef", "std err", stat,
                                                          "P>|%s|" % stat, lo, hi))
        lines.append("-" * width)
        t = self.coef_table
        for j, name in enumerate(m.names):
            lines.append("%-16s %10.4f %10.4f %8.3f %8.3f %10.4f %10.4f" % (
                name[:16], t["coef"][j], t["se"][j], t["stat"][j], t["pvalue"][j],
                t["ci_lo"][j], t["ci_hi"][j]))
        lines.append("=" * width)
        if m.family == "negbin":
            lines.append("NB2: Var = mu + mu^2/theta (statsmodels' NegativeBinomial alpha = "
                         "1/theta); AIC counts theta.")
        if m.family == "quasipoisson":
            lines.append("Quasi-Poisson: SEs scaled by the Pearson dispersion; t tests on "
                         "df_resid (R's summary.glm); no likelihood (llf, AIC, BIC are NaN).")
        return "\n".join(lines)

    def as_html(self):
        import html
        return "<pre>%s</pre>" % html.escape(self.as_text())

    def __str__(self):
        return self.as_text()

    __repr__ = __str__

    def _repr_html_(self):
        return self.as_html()

    def __getitem__(self, key):
        return self.coef_table[key]

    def __getattr__(self, name):
        if name in ("coef_table", "model", "alpha", "info"):
            raise AttributeError(name)
        return getattr(self.coef_table, name)


def _g(v):
    return "nan" if v != v else "%.6g" % v


_PREDICT_NCOL = _lib.api.CTREND_PREDICT_NCOL  # fit, se, lo, hi per row (ctrend/model.h)


class PredictionResults:
    """Predictions with their uncertainty, shaped like statsmodels' GLM PredictionResults:
    ``predicted_mean``, ``se_mean``, ``linpred``, ``se_linpred``, ``conf_int(alpha)`` and
    ``summary_frame(alpha)`` (columns mean, mean_se, mean_ci_lower, mean_ci_upper). The
    interval is Wald on the link scale, exp(eta -+ q se(eta)), q normal (t on df_resid for
    the Gaussian model), as statsmodels' GLM and R's predict(se.fit = TRUE)."""

    def __init__(self, model, eta, se_eta, index):
        self.model = model
        self.linpred = eta
        self.se_linpred = se_eta
        self.index = index
        log = model.family != "gaussian"
        np = A.np
        self.predicted_mean = np.exp(eta) if log else eta
        self.se_mean = self.predicted_mean * se_eta if log else se_eta

    def _q(self, alpha):
        if self.model.family == "gaussian":
            return _t_q(1 - alpha / 2, self.model.df_resid)
        return _normal_q(1 - alpha / 2)

    def conf_int(self, alpha=0.05):
        alpha = _alpha(alpha, "ctrend.PredictionResults.conf_int")
        q = self._q(alpha)
        lo, hi = self.linpred - q * self.se_linpred, self.linpred + q * self.se_linpred
        if self.model.family != "gaussian":
            lo, hi = A.np.exp(lo), A.np.exp(hi)
        return A.np.column_stack([lo, hi])

    def summary_frame(self, alpha=0.05):
        ci = self.conf_int(alpha)
        pdm = A._pandas()
        return pdm.DataFrame({"mean": self.predicted_mean, "mean_se": self.se_mean,
                              "mean_ci_lower": ci[:, 0], "mean_ci_upper": ci[:, 1]},
                             index=self.index)


class Model(Handle):
    """A fitted model, with the names of statsmodels' GLM results.

    Coefficients: ``params``, ``bse``, ``tvalues``, ``pvalues`` (pandas Series by term),
    ``conf_int(alpha)``, ``cov_params()`` (labelled DataFrame). Fit statistics: ``nobs``,
    ``deviance``, ``null_deviance``, ``llf``, ``aic``, ``bic``, ``df_resid``, ``df_model``,
    ``scale``, ``pearson_chi2`` (plus every scalar of model.h by name: ``m.theta``, ...).
    Per month (on the input's monthly index; NaN in dropped months): ``fittedvalues``,
    ``resid_response``, ``resid_pearson``, ``resid_deviance``, ``resid_working``.
    ``predict(months=None, exog=None, offset=None, linear=False)``,
    ``get_prediction(...)``, ``get_forecast(h, levels, n_sims, seed)``, ``summary()``.
    Old names still work: coef, se, rate_ratios, fitted, residuals(kind), vcov, loglik.

    Conventions (see docs/bindings.md): p-values are normal for Poisson and NB, t on
    df_resid for quasi-Poisson and Gaussian (R's summary.glm; statsmodels' GLM uses the
    normal throughout); NB's theta is statsmodels' 1/alpha, and its AIC/BIC count theta as a
    parameter (MASS::glm.nb), statsmodels' GLM with a fixed alpha does not (2 less).
    """

    _free_name = "ctrend_model_free"

    def __init__(self, ptr, start, y_like=None, response_name=None):
        super().__init__(ptr)
        self.start = start
        self._like = y_like
        name = response_name if response_name is not None else getattr(y_like, "name", None)
        if isinstance(name, tuple):  # (group, region, metric) columns of read_csv
            name = "/".join(str(p) for p in name if p != "")
        self.response_name = name if name not in (None, "") else "y"
        self._cache = {}

    # -- identity
    @property
    def family(self):
        code = _lib.get_value(_lib.lib.ctrend_model_family, ctypes.c_int, self.ptr,
                              where="family")
        return {v: k for k, v in FAMILIES.items()}.get(code, code)

    @property
    def names(self):
        if "names" not in self._cache:
            self._cache["names"] = [
                _lib.get_str(_lib.lib.ctrend_model_coef_name, self.ptr, j, where="names")
                for j in range(_lib.lib.ctrend_model_ncoef(self.ptr))]
        return self._cache["names"]

    exog_names = names

    @property
    def n_months(self):
        """Window length (months, including dropped ones)."""
        return int(_lib.lib.ctrend_model_nrow(self.ptr))

    # -- raw outputs
    def vector(self, which):
        """Raw vector output (numpy array or list) by name, see VECTORS."""
        key = C.choice(which, "which", VECTORS, where="ctrend.Model.vector") \
            if isinstance(which, str) else C.integer(which, "which", 0, 14)
        need = ctypes.c_size_t()
        _lib.check(_lib.lib.ctrend_model_vector(self.ptr, key, None, 0, ctypes.byref(need)),
                   where=str(which))
        out = A.DoubleOut(need.value)
        _lib.check(_lib.lib.ctrend_model_vector(self.ptr, key, out.ptr, out.n,
                                                 ctypes.byref(need)), where=str(which))
        return out.value()

    def scalar(self, which):
        """Scalar output by name (see SCALARS); NaN where it does not exist for the family."""
        key = C.choice(which, "which", SCALARS, where="ctrend.Model.scalar") \
            if isinstance(which, str) else C.integer(which, "which", 0, 30)
        v = ctypes.c_double()
        _lib.check(_lib.lib.ctrend_model_scalar(self.ptr, key, ctypes.byref(v)), where=str(which))
        return v.value

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in SCALARS:
            return self.scalar(name)
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    def _by_coef(self, which, name=None):
        v = self.vector(which)
        pdm = A._pandas()
        if pdm is not None:
            idx = self._cache.get("coef_index")
            if idx is None:
                idx = self._cache["coef_index"] = pdm.Index(self.names)
            return pdm.Series(v, index=idx, name=name or which, copy=False)
        return dict(zip(self.names, v))

    def _by_month(self, which, name=None):
        return A.wrap(self.vector(which), self._like, start=self.start, name=name or which)

    # -- statsmodels names
    params = property(lambda self: self._by_coef("coef", "params"), doc="estimates by term")
    bse = property(lambda self: self._by_coef("se", "bse"), doc="standard errors")
    # (each access builds a fresh Series from the C model, ~50 us of pandas; keep it if reused)
    tvalues = property(lambda self: self._by_coef("stat", "tvalues"),
                       doc="z (Poisson, NB) or t (quasi-Poisson, Gaussian) statistics")
    pvalues = property(lambda self: self._by_coef("pvalue", "pvalues"), doc="two-sided p")
    fittedvalues = property(lambda self: self._by_month("fitted", "fittedvalues"),
                            doc="fitted means by month (NaN where the month was dropped)")
    resid_response = property(lambda self: self._by_month("resid_response"))
    resid_pearson = property(lambda self: self._by_month("resid_pearson"))
    resid_deviance = property(lambda self: self._by_month("resid_deviance"))
    linpred = property(lambda self: self._by_month("linpred"))

    @property
    def resid_working(self):
        """(y - mu) * d eta / d mu: (y - mu)/mu for the log link (statsmodels' resid_working)."""
        r, mu = self.vector("resid_response"), self.vector("fitted")
        v = r if self.family == "gaussian" else r / mu
        return A.wrap(v, self._like, start=self.start, name="resid_working")

    @property
    def nobs(self):
        return int(self.scalar("nobs"))

    @property
    def df_resid(self):
        return self.scalar("df_residual")

    @property
    def df_model(self):
        """Number of coefficients besides the intercept (statsmodels' df_model)."""
        return len(self.names) - (1 if "(Intercept)" in self.names else 0)

    @property
    def llf(self):
        return self.scalar("loglik")

    def conf_int(self, alpha=0.05):
        """Wald intervals coef -+ q se: DataFrame with columns 0 and 1 (statsmodels' layout)
        by term; q normal (count families), t on df_resid (Gaussian)."""
        alpha = _alpha(alpha, "ctrend.Model.conf_int")
        b, se = self.vector("coef"), self.vector("se")
        q = _t_q(1 - alpha / 2, self.df_resid) if self.family == "gaussian" else \
            _normal_q(1 - alpha / 2)
        lo = [bj - q * sj for bj, sj in zip(b, se)]
        hi = [bj + q * sj for bj, sj in zip(b, se)]
        pdm = A._pandas()
        if pdm is None:
            return {n: (lo[j], hi[j]) for j, n in enumerate(self.names)}
        return pdm.DataFrame({0: lo, 1: hi}, index=self.names)

    def cov_params(self):
        """Covariance of the estimates (scaled as the SEs), a DataFrame labelled by term."""
        pdm = A._pandas()
        v = self.vcov
        if pdm is None:
            return v
        return pdm.DataFrame(v, index=self.names, columns=self.names)

    # -- design rows and predictions
    def _design(self):
        d = _lib.fn("ctrend_model_design")(self.ptr)
        if not d:
            raise ValueError("ctrend: the model has no design")
        return d

    def _rows(self, first, rows):
        p = len(self.names)
        out, off = A.DoubleOut(rows * p), A.DoubleOut(rows)
        _lib.check(_lib.lib.ctrend_design_matrix(self._design(), first, rows, out.ptr, out.n,
                                                  off.ptr, off.n, None), where="design rows")
        return out.obj.reshape(rows, p), off.obj

    def _months_rows(self, months, where):
        """Design rows (X, offset) and the month codes for the months asked for."""
        np = A.np
        if isinstance(months, numbers.Integral) and not isinstance(months, bool):
            raise TypeError("%s: months must be months ('2022-01', Periods, a PeriodIndex), "
                            "not a bare integer; for h months after the window use "
                            "get_forecast(h)" % where)
        if isinstance(months, (str, bytes)) or not hasattr(months, "__iter__"):
            months = [months]
        codes = [A.month(m, "months", where) for m in months]
        if not codes:
            raise ValueError("%s: months is empty" % where)
        lo, hi = min(codes), max(codes)
        if lo < self.start:
            raise ValueError("%s: month %s is before the fit window (which starts in %s)"
                             % (where, A.month_str(lo), A.month_str(self.start)))
        if hi - self.start >= self.n_months + C.MAX_HORIZON:
            raise ValueError("%s: month %s is more than %d months past the window"
                             % (where, A.month_str(hi), C.MAX_HORIZON))
        X, off = self._rows(lo - self.start, hi - lo + 1)
        sel = np.asarray(codes) - lo
        return X[sel], off[sel], codes

    def _exog(self, exog, offset, where):
        np = A.np
        pdm = A._pandas()
        if pdm is not None and isinstance(exog, pdm.Series):
            raise TypeError("%s: exog must be a 2-D array or a DataFrame with the columns %s, "
                            "got a Series" % (where, ", ".join(self.names)))
        if pdm is not None and isinstance(exog, pdm.DataFrame):
            missing = [c for c in self.names if c not in exog.columns]
            if missing:
                raise ValueError("%s: exog lacks the columns %s (the model has %s)"
                                 % (where, ", ".join(missing), ", ".join(self.names)))
            X = exog[self.names].to_numpy(dtype=float)
        else:
            try:
                X = np.asarray(exog, dtype=float)
            except (TypeError, ValueError):
                raise TypeError("%s: exog must be a 2-D array of numbers with %d columns (%s)"
                                % (where, len(self.names), ", ".join(self.names))) from None
            if X.dtype.kind not in "fiu":
                raise TypeError("%s: exog must hold real numbers, got dtype %s" % (where, X.dtype))
            if X.ndim == 1 and len(self.names) > 1:
                X = X.reshape(1, -1)
            elif X.ndim == 1:
                X = X.reshape(-1, 1)
        if X.ndim != 2 or X.shape[1] != len(self.names):
            raise ValueError("%s: exog must have %d columns (%s), got shape %s"
                             % (where, len(self.names), ", ".join(self.names), X.shape))
        if offset is None:
            off = np.zeros(X.shape[0])
        else:
            off = np.asarray(A.series(offset, "offset", where=where).obj, dtype=float)
            if off.shape[0] != X.shape[0]:
                raise ValueError("%s: offset has %d values, exog %d rows"
                                 % (where, off.shape[0], X.shape[0]))
        return X, off

    def _predict_parts(self, months, exog, offset, where):
        np = A.np
        if np is None:
            raise ImportError("ctrend: predictions need numpy")
        if months is not None and exog is not None:
            raise TypeError("%s: give months= or exog=, not both" % where)
        index = None
        if exog is not None:
            X, off = self._exog(exog, offset, where)
            pdm = A._pandas()
            if pdm is not None and isinstance(exog, pdm.DataFrame):
                index = exog.index
        else:
            if offset is not None:
                raise TypeError("%s: offset= goes with exog= (the months' offsets come from "
                                "the design)" % where)
            if months is None:
                X, off = self._rows(0, self.n_months)
                codes = list(range(self.start, self.start + self.n_months))
            else:
                X, off, codes = self._months_rows(months, where)
            pdm = A._pandas()
            if pdm is not None:
                like = self._like if self._like is not None and self._like.monthly else None
                idx = A.month_index(like, codes[0], 1)
                index = pdm.Index([A.month_index(like, c, 1)[0] for c in codes],
                                  name=idx.name) if len(codes) != self.n_months or \
                    months is not None else A.month_index(like, self.start, self.n_months)
        b = np.asarray(self.vector("coef"))
        eta = X @ b + off
        return X, eta, index

    def predict(self, months=None, exog=None, offset=None, linear=False):
        """Predicted means: for the fit window (no argument), for `months` (inside or after
        the window: the design continues its trend, calendar terms and steps), or for an
        `exog` matrix with the model's columns (plus an optional log `offset`).
        linear=True returns the linear predictor eta instead of exp(eta)."""
        where = "ctrend.Model.predict"
        C.flag(linear, "linear", where=where)
        X, eta, index = self._predict_parts(months, exog, offset, where)
        v = eta if (linear or self.family == "gaussian") else A.np.exp(eta)
        pdm = A._pandas()
        if pdm is not None and index is not None:
            return pdm.Series(v, index=index, name="predicted_mean")
        return v

    def get_prediction(self, months=None, exog=None, offset=None):
        """PredictionResults (see its docstring) for the window, `months` or `exog`."""
        where = "ctrend.Model.get_prediction"
        np = A.np
        X, eta, index = self._predict_parts(months, exog, offset, where)
        if months is None and exog is None:
            # the fit window: eta and se(eta) from the library (ctrend_model_predict)
            n = self.n_months * _PREDICT_NCOL
            out = A.DoubleOut(n)
            _lib.check(_lib.fn("ctrend_model_predict")(self.ptr, None, _lib.api.CTREND_PREDICT_LINK,
                                                       0.95, out.ptr, n,
                                                       None), where="get_prediction")
            r = np.asarray(out.obj).reshape(self.n_months, _PREDICT_NCOL)
            return PredictionResults(self, r[:, 0], r[:, 1], index)
        V = np.asarray(self.vcov)
        se = np.sqrt(np.einsum("ij,jk,ik->i", X, V, X))
        return PredictionResults(self, eta, se, index)

    def get_forecast(self, h=12, levels=(0.8, 0.95), n_sims=0, seed=20240101):
        """ForecastResults for h months after the window: summary_frame(alpha) has the mean,
        its SE and Wald interval, and the plug-in (and, with n_sims > 0, the simulated
        predictive) count intervals at every level in `levels`."""
        fc = self.forecast(h, n_sims=n_sims, seed=seed)
        fc.levels = _levels(levels, "ctrend.Model.get_forecast")
        return fc

    # -- old names (kept)
    coef = property(lambda self: self._by_coef("coef"), doc="estimates (= params)")
    se = property(lambda self: self._by_coef("se"), doc="standard errors (= bse)")
    rate_ratios = property(lambda self: self._by_coef("exp_coef"), doc="exp(coef)")
    fitted = property(lambda self: self._by_month("fitted"), doc="fitted means (= fittedvalues)")

    def residuals(self, kind="deviance"):
        """'response', 'pearson', 'deviance' or 'working' residuals by month."""
        kind = C.choice(kind, "kind", ["response", "pearson", "deviance", "working"],
                        where="ctrend.Model.residuals")
        if kind == "working":
            return self.resid_working
        return self._by_month("resid_" + kind)

    @property
    def vcov(self):
        """Covariance matrix as a plain p x p array (cov_params() is the labelled form)."""
        v = self.vector("vcov")
        p = len(self.names)
        if A.np is not None:
            return v.reshape(p, p)
        return [v[i * p:(i + 1) * p] for i in range(p)]

    # -- display
    def _coef_table(self, alpha=0.05):
        cols = ["coef", "se", "stat", "pvalue", "ci_lo", "ci_hi", "exp_coef", "exp_ci_lo",
                "exp_ci_hi"]
        data = {c: self.vector(c) for c in cols[:4]}
        ci = self.conf_int(alpha)
        pdm = A._pandas()
        if pdm is not None:
            data["ci_lo"], data["ci_hi"] = ci[0].to_numpy(), ci[1].to_numpy()
            if self.family != "gaussian":
                data["exp_coef"] = A.np.exp(data["coef"])
                data["exp_ci_lo"], data["exp_ci_hi"] = A.np.exp(data["ci_lo"]), \
                    A.np.exp(data["ci_hi"])
            else:
                for c in cols[6:]:
                    data[c] = A.np.full(len(self.names), A.NAN)
            return pdm.DataFrame(data, index=self.names)
        import math
        out = {}
        for j, name in enumerate(self.names):
            row = {c: float(data[c][j]) for c in cols[:4]}
            row["ci_lo"], row["ci_hi"] = ci[name]
            for src, dst in (("coef", "exp_coef"), ("ci_lo", "exp_ci_lo"), ("ci_hi", "exp_ci_hi")):
                row[dst] = math.exp(row[src]) if self.family != "gaussian" else A.NAN
            out[name] = row
        return out

    def _info(self):
        n = self.n_months
        return {"window": "%s..%s" % (A.month_str(self.start), A.month_str(self.start + n - 1))}

    def summary(self, alpha=0.05):
        """A Summary: print it for the statsmodels-like table (fit statistics + coefficients
        with Wald intervals at 1 - alpha); index it like the coefficient DataFrame (coef, se,
        stat, pvalue, ci_lo, ci_hi, exp_coef, exp_ci_lo, exp_ci_hi)."""
        if A._pandas() is None:
            return self._coef_table(_alpha(alpha, "ctrend.Model.summary"))
        return Summary(self, _alpha(alpha, "ctrend.Model.summary"))

    def __repr__(self):
        if not self._ptr:
            return "<ctrend.Model (closed)>"
        return "<ctrend.Model %s, %s, %d of %d months used, %d terms: %s>" % (
            self.family, self._info()["window"], self.nobs, self.n_months, len(self.names),
            ", ".join(self.names))

    def __str__(self):
        if A._pandas() is None:
            return repr(self)
        return self.summary().as_text()

    def _repr_html_(self):
        return self.summary().as_html()

    # -- forecasting
    def forecast(self, h=12, n_sims=0, seed=20240101, progress=None):
        """Forecast h months past the window; n_sims > 0 enables predictive intervals.
        The simulations run in a worker thread (ctrend_forecast_new_v2): Ctrl-C stops them
        within milliseconds and raises KeyboardInterrupt; progress: a tqdm bar of the
        simulations (True; None = when tqdm is importable and stderr is a terminal)."""
        w = "ctrend.Model.forecast"
        h = C.integer(h, "h", 1, C.MAX_HORIZON, where=w)
        n_sims = C.integer(n_sims, "n_sims", 0, C.MAX_SIMS, where=w)
        if h * n_sims > C.MAX_DRAWS:
            raise ValueError("%s: h * n_sims must be at most %d draws (got %d x %d); lower "
                             "n_sims" % (w, C.MAX_DRAWS, h, n_sims))
        seed = C.seed(seed, where=w)
        p = _P()
        fn = _lib.fn("ctrend_forecast_new_v2")
        with Options() as opts:
            rc = _long_call(opts, lambda: fn(opts.ptr, self.ptr, h, n_sims, seed,
                                             ctypes.byref(p), None),
                            n_sims, progress, "ctrend forecast", "sims")
        _lib.check(rc, where="forecast")
        return Forecast(p.value, like=self._like, family=self.family)


def _long_call(opts, call, total, progress, desc, unit):
    """A long C call on the model options `opts`, interruptible by Ctrl-C: _batch.run."""
    from . import _batch as B
    return B.run(opts, call, total, progress=progress, desc=desc, unit=unit)


def _levels(levels, where):
    if getattr(levels, "ndim", None) == 0 and hasattr(levels, "item"):
        levels = levels.item()  # a 0-d numpy array is one level, as numpy's scalars are
    if isinstance(levels, numbers.Real):
        levels = [levels]
    if isinstance(levels, (str, bytes)) or not hasattr(levels, "__iter__"):
        raise TypeError("%s: levels must be a level or a list of levels in (0, 1), got %r"
                        % (where, levels))
    out = [C.level(v, "levels", where=where) for v in levels]
    if not out:
        raise ValueError("%s: levels is empty" % where)
    return out


def _pct(level):
    text = ("%.6g" % (100 * level)).rstrip("0").rstrip(".") if "." in "%.6g" % (100 * level) \
        else "%.6g" % (100 * level)
    return text.replace(".", "_")


class Forecast(Handle):
    """Forecast of a fitted model: ``predicted_mean``, ``se_mean``, ``summary_frame(alpha)``
    (statsmodels' names), ``conf_int(alpha)``, ``.months``, ``.mean``,
    ``.interval(kind, level)``, ``.quantile(kind, p)``, ``.samples()``,
    ``.to_pandas(levels)``."""

    _free_name = "ctrend_forecast_free"

    def __init__(self, ptr, like=None, family=None, levels=(0.8, 0.95)):
        super().__init__(ptr)
        self._like = like if like is not None and like.monthly else None
        self.family = family
        self.levels = list(levels)

    @property
    def h(self):
        return int(_lib.lib.ctrend_forecast_horizon(self.ptr))

    @property
    def n_sims(self):
        return int(_lib.lib.ctrend_forecast_n_sims(self.ptr))

    @property
    def first_month(self):
        m = ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_forecast_month(self.ptr, 0, ctypes.byref(m)), where="month")
        return int(m.value)

    @property
    def months(self):
        return A.months(self.first_month, self.h)

    def _index(self):
        return A.month_index(self._like, self.first_month, self.h)

    def _wrap(self, v, name):
        pdm = A._pandas()
        if pdm is None:
            return v
        return pdm.Series(v, index=self._index(), name=name)

    def vector(self, which="mean"):
        key = C.choice(which, "which", FC_VECTORS, where="ctrend.Forecast.vector")
        out = A.DoubleOut(self.h)
        _lib.check(_lib.lib.ctrend_forecast_vector(self.ptr, key, out.ptr, out.n, None),
                   where=which)
        return self._wrap(out.value(), which)

    mean = property(lambda self: self.vector("mean"))
    predicted_mean = property(lambda self: self.vector("mean").rename("predicted_mean")
                              if A._pandas() else self.vector("mean"))

    @property
    def se_mean(self):
        """SE of the forecast mean, delta method: mean * se(eta) (log link)."""
        se = self.vector("se_link")
        if self.family == "gaussian":
            return se
        return se * self.vector("mean")

    def interval(self, kind="plugin", level=0.95):
        """(lo, hi) for 'mean' (Wald CI of the mean), 'plugin' (count quantiles at the mean)
        or 'predictive' (simulation, needs n_sims)."""
        w = "ctrend.Forecast.interval"
        code = C.choice(kind, "kind", INTERVALS, where=w)
        level = C.level(level, where=w)
        if code == INTERVALS["predictive"] and not self.n_sims:
            raise ValueError("%s: kind='predictive' needs a forecast made with n_sims > 0"
                             % w)
        lo, hi = A.DoubleOut(self.h), A.DoubleOut(self.h)
        _lib.check(_lib.lib.ctrend_forecast_interval(self.ptr, code, level, lo.ptr, hi.ptr, lo.n, None),
                   where="interval")
        return self._wrap(lo.value(), "lo"), self._wrap(hi.value(), "hi")

    def conf_int(self, alpha=0.05):
        """Wald interval of the mean at 1 - alpha: h x 2 array (statsmodels' layout)."""
        lo, hi = self.interval("mean", 1 - _alpha(alpha, "ctrend.Forecast.conf_int"))
        return A.np.column_stack([A.np.asarray(lo), A.np.asarray(hi)])

    def quantile(self, kind, prob):
        w = "ctrend.Forecast.quantile"
        code = C.choice(kind, "kind", {k: v for k, v in INTERVALS.items() if k != "mean"},
                        where=w)
        prob = C.level(prob, "prob", where=w)
        if code == INTERVALS["predictive"] and not self.n_sims:
            raise ValueError("%s: kind='predictive' needs a forecast made with n_sims > 0" % w)
        out = A.DoubleOut(self.h)
        _lib.check(_lib.lib.ctrend_forecast_quantile(self.ptr, code, prob, out.ptr, out.n, None),
                   where="quantile")
        return self._wrap(out.value(), "q%g" % prob)

    def samples(self):
        """h x n_sims simulated counts (numpy 2-D array, or list of rows)."""
        need = ctypes.c_size_t()
        if not self.n_sims:
            raise ValueError("ctrend.Forecast.samples: the forecast was made with n_sims = 0")
        _lib.check(_lib.lib.ctrend_forecast_samples(self.ptr, None, 0, ctypes.byref(need)),
                   where="samples")
        out = A.DoubleOut(need.value)
        _lib.check(_lib.lib.ctrend_forecast_samples(self.ptr, out.ptr, out.n, ctypes.byref(need)),
                   where="samples")
        s = self.n_sims
        if A.np is not None:
            return out.obj.reshape(self.h, s)
        v = out.value()
        return [v[i * s:(i + 1) * s] for i in range(self.h)]

    def summary_frame(self, alpha=0.05, levels=None):
        """DataFrame by month: mean, mean_se, mean_ci_lower, mean_ci_upper (Wald at 1 - alpha,
        statsmodels' names), then for every level L in `levels` (default: those given to
        get_forecast, else 0.8 and 0.95) plugin_lower_L / plugin_upper_L and, with
        simulations, predictive_lower_L / predictive_upper_L (L in percent: 80, 95, 97_5)."""
        levels = self.levels if levels is None else _levels(levels,
                                                             "ctrend.Forecast.summary_frame")
        pdm = A._pandas()
        ci = self.conf_int(alpha)
        cols = {"mean": A.np.asarray(self.mean), "mean_se": A.np.asarray(self.se_mean),
                "mean_ci_lower": ci[:, 0], "mean_ci_upper": ci[:, 1]}
        kinds = ["plugin"] + (["predictive"] if self.n_sims else [])
        for kind in kinds:
            for lev in levels:
                lo, hi = self.interval(kind, lev)
                cols["%s_lower_%s" % (kind, _pct(lev))] = A.np.asarray(lo)
                cols["%s_upper_%s" % (kind, _pct(lev))] = A.np.asarray(hi)
        return pdm.DataFrame(cols, index=self._index())

    def to_pandas(self, level=0.95):
        """DataFrame by month: mean, mean_lo/hi, plugin_lo/hi (and predictive_lo/hi) at one
        level; a list of levels gives every level, suffixed _80, _95, ..."""
        pdm = A._pandas()
        if getattr(level, "ndim", None) == 0 and hasattr(level, "item"):
            level = level.item()
        many = not isinstance(level, numbers.Real)
        levels = _levels(level, "ctrend.Forecast.to_pandas")
        cols = {"mean": self.vector("mean")}
        kinds = ["mean", "plugin"] + (["predictive"] if self.n_sims else [])
        for kind in kinds:
            for lev in levels:
                sfx = "_" + _pct(lev) if many else ""
                cols[kind + "_lo" + sfx], cols[kind + "_hi" + sfx] = self.interval(kind, lev)
        if pdm is None:
            return dict(cols, month=self.months)
        return pdm.DataFrame({k: A.np.asarray(v) for k, v in cols.items()},
                             index=self._index())


def fit(y, family="poisson", start=None, design=None, options=None, **design_args):
    """Fit a model to monthly counts y (list, numpy array or pandas Series with a monthly
    PeriodIndex; NaN = missing row, dropped). family: 'poisson', 'quasipoisson', 'negbin',
    'gaussian'. start: first month (from the Series index when omitted). The design is
    built from design_args (see Design) unless a Design is given. options: dict or Options.
    Raises CtrendError with the fit's message (e.g. CTREND_ESEPARATION)."""
    w = "ctrend.fit"
    fam = _family(family, w)
    if design is not None and not isinstance(design, Design):
        raise TypeError("%s: design must be a ctrend.Design, got %s" % (w, type(design).__name__))
    if design is not None and design_args:
        raise TypeError("%s: give a design or design keywords (%s), not both"
                        % (w, ", ".join(sorted(design_args))))
    if design is not None and start is None and not hasattr(y, "index"):
        start = design.start
    yi = A.series(y, "y", start=start, need_start=True, where=w)
    if yi.n == 0:
        raise ValueError("%s: y is empty" % w)
    own_design = design is None
    if own_design:
        design = Design(yi.start, yi.n, **design_args)
    elif design.n != yi.n or design.start != yi.start:
        raise ValueError("%s: the design covers %d months from %s, y %d months from %s"
                         % (w, design.n, A.month_str(design.start), yi.n, A.month_str(yi.start)))
    opts = _options(options, w)
    try:
        p = _P()
        err = _lib.error_record()
        _lib.check(_lib.fn("ctrend_model_fit")(opts.ptr, fam, design.ptr, yi.ptr, yi.n,
                                               ctypes.byref(p), ctypes.byref(err)),
                   message=_lib.error_text(err), where="fit %s" % family)
        return Model(p.value, design.start, yi)
    finally:
        if own_design:
            design.close()
        if opts is not options:
            opts.close()


def _family(family, where):
    if isinstance(family, numbers.Integral) and not isinstance(family, bool):
        return C.integer(family, "family", 0, max(FAMILIES.values()), where=where)
    return C.choice(family, "family", FAMILIES, where=where)


class _OwnedOptions:
    """Context manager: the caller's Options as is, or a temporary one closed on exit."""

    def __init__(self, options, where):
        self.given = options if isinstance(options, Options) else None
        self.opts = _options(options, where)

    def __enter__(self):
        return self.opts

    def __exit__(self, *exc):
        if self.opts is not self.given:
            self.opts.close()
        return False


def _options(options, where):
    if isinstance(options, Options):
        return options
    if options is not None and not isinstance(options, dict):
        raise TypeError("%s: options must be a dict or a ctrend.Options, got %s"
                        % (where, type(options).__name__))
    return Options(**(options or {}))


BREAK_KINDS = _lib.enum_table("ctrend_break_kind", "CTREND_BREAK_")
#: breaks(): refuse more than this many row-fits ((n_boot + 1) x candidates x months) before
#: starting: the C library's larger bound (CTREND_BREAKS_MAX_WORK_LANES, a Poisson or
#: quasi-Poisson bootstrap on the lane path); the library itself holds fits made one by one
#: to CTREND_BREAKS_MAX_WORK and says so (CtrendError, CTREND_ELIMIT)
MAX_BREAKS_WORK = int(_lib.api.CONSTANTS["CTREND_BREAKS_MAX_WORK_LANES"])
_BREAK_SCALARS = _lib.enum_table("ctrend_breaks_sca", "CTREND_BS_",
                                 rename={"pvalue": "p_value", "ncand": "n_candidates"})


def breaks(y, family="poisson", start=None, kind="level", min_segment=6, n_boot=0,
           seed=20240101, options=None, progress=None, **design_args):
    """Search for one change point (ctrend_breaks_fit): profile likelihood over candidate
    months, sup-LR with a parametric-bootstrap p-value (n_boot > 0). Returns a dict: month
    ('YYYY-MM'), lr, p_value, loglik0, loglik1, index, n_candidates and profile (LR by month).
    The search runs in a worker thread: Ctrl-C stops it within one candidate fit and raises
    KeyboardInterrupt; progress: a tqdm bar of the candidate fits (as Model.forecast)."""
    w = "ctrend.breaks"
    fam = _family(family, w)
    k = C.choice(kind, "kind", BREAK_KINDS, where=w) if not isinstance(kind, numbers.Integral) \
        else C.integer(kind, "kind", 0, 1, where=w)
    yi = A.series(y, "y", start=start, need_start=True, where=w)
    min_segment = C.integer(min_segment, "min_segment", 1, C.MAX_MONTHS, where=w)
    n_boot = C.integer(n_boot, "n_boot", 0, C.MAX_BOOT, where=w)
    seed = C.seed(seed, where=w)
    n_cand = max(yi.n - 2 * min_segment + 1, 0)
    work = (n_boot + 1) * n_cand * yi.n
    if work > MAX_BREAKS_WORK:
        raise ValueError("%s: (n_boot + 1) x candidates x months = %d x %d x %d exceeds the "
                         "work limit %d; lower n_boot or raise min_segment"
                         % (w, n_boot + 1, n_cand, yi.n, MAX_BREAKS_WORK))
    if yi.n == 0:
        raise ValueError("%s: y is empty" % w)
    design = Design(yi.start, yi.n, **design_args)
    opts = _options(options, w)
    p = _P()
    try:
        setopt = _lib.fn("ctrend_model_opts_set_int")
        for key, v in ((OPTIONS["min_segment"], min_segment), (OPTIONS["n_boot"], n_boot),
                       (OPTIONS["seed"], seed)):
            if not 0 <= int(v) < 2**63 or setopt(opts.ptr, key, int(v)) != 0:
                raise ValueError("%s: seed must be at most 2^53 for the break bootstrap, got %d"
                                 % (w, seed))
        fn = _lib.fn("ctrend_breaks_fit")
        rc = _long_call(opts, lambda: fn(opts.ptr, fam, design.ptr, yi.ptr, yi.n, k,
                                         ctypes.byref(p), None),
                        (n_boot + 1) * n_cand, progress, "ctrend breaks", "fits")
        _lib.check(rc, message=opts.errmsg, where="breaks")
        bm = ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_breaks_month(p, ctypes.byref(bm)), where="month")
        out = {"month": A.month_str(bm.value)}
        v = ctypes.c_double()
        for name, key in _BREAK_SCALARS.items():
            _lib.check(_lib.lib.ctrend_breaks_scalar(p, key, ctypes.byref(v)), where=name)
            out[name] = v.value
        prof = A.DoubleOut(yi.n)
        _lib.check(_lib.lib.ctrend_breaks_profile(p, prof.ptr, prof.n, None), where="profile")
        out["profile"] = A.wrap(prof.value(), yi, start=yi.start, name="lr")
        return out
    finally:
        if p.value:
            _lib.lib.ctrend_breaks_free(p)
        design.close()
        if opts is not options:
            opts.close()


# ---- batch.h: the same model over many series, in threads ---------------------------------


def batch_fit(frame, start, n_months, series=None, family="poisson", n_threads=0,
              scalars=("deviance", "aic", "dispersion"), options=None, lanes=True,
              progress=None, **design_args):
    """Fit the same model to many series of a Frame (ctrend_batch_fit, spread over threads;
    0 = the library's default). The window is n_months from `start`; series: keys or indices
    (None = all). Returns a pandas DataFrame (one row per series: status, message, coef_*,
    se_*, and the requested scalars) or a list of dicts without pandas. A series whose fit
    fails has its status name (e.g. 'CTREND_EALLZERO'), the fit's message and NaN figures;
    nothing is raised for it. lanes=False fits each series with ctrend_model_fit (the lane
    path of Poisson fits agrees with it to rounding). The C call runs in a worker thread:
    Ctrl-C cancels it (within one series) and raises KeyboardInterrupt. progress: a tqdm bar
    (True; None = when tqdm is importable and stderr is a terminal; False = never).
    fit_many() is the tidy, DataFrame-first form."""
    w = "ctrend.batch_fit"
    from .frame import Frame
    if not isinstance(frame, Frame):
        raise TypeError("%s: frame must be a ctrend.Frame (fit_many takes DataFrames), got %s"
                        % (w, type(frame).__name__))
    m0 = A.month(start, "start", w)
    n_months = C.integer(n_months, "n_months", 1, C.MAX_MONTHS, where=w)
    fam = _family(family, w)
    n_threads = C.integer(n_threads, "n_threads", 0, C.MAX_THREADS, where=w)
    if isinstance(scalars, str):
        scalars = [scalars]
    if not isinstance(scalars, (list, tuple)):
        raise TypeError("%s: scalars must be a list of scalar names (%s), got %r"
                        % (w, ", ".join(sorted(SCALARS)), scalars))
    keys = [C.choice(k, "scalars", SCALARS, where=w) for k in scalars]
    nser = len(frame)
    if series is None:
        idx = list(range(nser))
    else:
        if isinstance(series, (str, tuple)):
            series = [series]
        if not isinstance(series, list):
            raise TypeError("%s: series must be a list of keys or positions, got %r"
                            % (w, series))
        for s in series:
            if isinstance(s, bool) or not isinstance(s, (numbers.Integral, str, tuple)):
                raise TypeError("%s: series must hold keys or positions, got %r" % (w, s))
        idx = [C.integer(s, "series", 0, nser - 1, where=w) if isinstance(s, numbers.Integral)
               else frame.find(s, "series") for s in series]
    names, cv, sv, scv, status, msgs = _batch(frame, idx, m0, n_months, fam, n_threads, keys,
                                              options, design_args, w, lanes, progress)
    p = len(names)
    rows = []
    for r, i in enumerate(idx):
        row = {"series": "/".join(k for k in frame.key(i) if k),
               "status": _lib.status_name(status[r]), "message": msgs[r]}
        for j, nm in enumerate(names):
            row["coef_" + nm] = float(cv[r * p + j])
        for j, nm in enumerate(names):
            row["se_" + nm] = float(sv[r * p + j])
        for j, k in enumerate(scalars):
            row[k] = float(scv[r * len(keys) + j])
        rows.append(row)
    pdm = A._pandas()
    if pdm is None:
        return rows
    cols = ["series", "status", "message"] + ["coef_" + nm for nm in names] + ["se_" + nm for nm in names] \
        + list(scalars)
    return pdm.DataFrame(rows, columns=cols).set_index("series")


def _batch(frame, idx, m0, n_months, fam, n_threads, keys, options, design_args, where,
           lanes=True, progress=None, messages=True):
    """One ctrend_batch_fit call, cancellable by Ctrl-C (_batch.run):
    (coefficient names, coef, se, scalars, status, messages); messages=False: None for the
    messages (fit_many's table has no message column: 2000 records read for nothing)."""
    from . import _batch as B
    ns = len(idx)
    with Design(m0, n_months, **design_args) as d, _OwnedOptions(options, where) as o, \
            B.BatchOptions(series=idx, n_threads=n_threads, lanes=lanes, options=o,
                           keys=keys) as bo:
        p = len(d.columns)
        names = d.columns
        coef, se = A.DoubleOut(ns * p), A.DoubleOut(ns * p)
        sc = A.DoubleOut(ns * len(keys))
        status = (ctypes.c_int * max(ns, 1))()
        fit = _lib.fn("ctrend_batch_fit")
        rc = B.run(bo, lambda: fit(bo.ptr, frame.ptr, fam, d.ptr, coef.ptr, se.ptr,
                                   sc.ptr if keys else None, status),
                   ns, progress, desc=where)
        _lib.check(rc, where=where)
        msgs = [bo.message(r) for r in range(ns)] if messages else None
    return names, coef.value(), se.value(), sc.value(), status, msgs


#: per-series statistics of fit_many's tidy table
FIT_MANY_SCALARS = ("nobs", "df_residual", "deviance", "null_deviance", "loglik", "aic", "bic",
                    "dispersion", "scale", "theta")


def fit_many(data, by=None, family="poisson", start=None, end=None, month=None, value=None,
             n_threads=0, alpha=0.05, options=None, **design_args):
    """Fit one model to every series of `data` with the batch engine (all cores), as one tidy
    DataFrame: one row per (series, term) with the key columns, ``term``, ``estimate``,
    ``std_error``, ``statistic``, ``p_value``, ``conf_low``, ``conf_high`` (Wald at
    1 - alpha), ``status`` ('CTREND_OK' or why the fit failed: then the figures are NaN) and
    the series' nobs, df_residual, deviance, null_deviance, loglik, aic, bic, dispersion,
    scale, theta.

    data: a long DataFrame with its key columns named by ``by=[...]`` (and month=/value= as
    for the transforms), a wide DataFrame with a monthly index (one series per column; key
    column 'series'), or a ctrend.Frame (key columns group, region, metric).
    The window is start..end (default: the whole calendar of the data); the design comes from
    the keyword arguments (trend, fourier, step, ...) as for fit(). Every series is placed on
    its complete monthly calendar first (gaps are missing months, duplicates an error).
    p-values and intervals: normal for Poisson and NB, t on df_residual for quasi-Poisson and
    Gaussian (as fit()).
    """
    w = "ctrend.fit_many"
    pdm = A._pandas()
    if pdm is None:
        raise ImportError("ctrend.fit_many needs pandas")
    from .frame import Frame, frame_by_position
    fam = _family(family, w)
    fam_name = {v: k for k, v in FAMILIES.items()}[fam]
    alpha = _alpha(alpha, w)
    n_threads = C.integer(n_threads, "n_threads", 0, C.MAX_THREADS, where=w)
    owned = True
    if isinstance(data, Frame):
        frame, owned = data, False
        key_cols = ["group", "region", "metric"]
        keys = frame.keys()
    elif isinstance(data, pdm.DataFrame):
        frame, keys, key_cols = frame_by_position(data, by, month, value, w)
    else:
        raise TypeError("%s: data must be a pandas DataFrame (long with by=[...], or wide) or "
                        "a ctrend.Frame, got %s" % (w, type(data).__name__))
    try:
        if not len(frame):
            raise ValueError("%s: data holds no series" % w)
        m0 = A.month(start, "start", w) if start is not None else frame.start
        last = A.month(end, "end", w) if end is not None else frame.start + frame.n_months - 1
        if last < m0:
            raise ValueError("%s: end (%s) is before start (%s)" % (w, A.month_str(last),
                                                                    A.month_str(m0)))
        n = last - m0 + 1
        scal = [SCALARS[k] for k in FIT_MANY_SCALARS]
        names, cv, sv, scv, status, _ = _batch(frame, list(range(len(frame))), m0, n, fam,
                                               n_threads, scal, options, design_args, w,
                                               messages=False)
    finally:
        if owned:
            frame.close()
    np = A.np
    ns, p = len(keys), len(names)
    coef = np.asarray(cv).reshape(ns, p)
    se = np.asarray(sv).reshape(ns, p)
    sc = np.asarray(scv).reshape(ns, len(scal))
    stat = coef / se
    df_res = sc[:, FIT_MANY_SCALARS.index("df_residual")]
    if fam_name in ("quasipoisson", "gaussian"):  # t on df_residual, as fit()'s pvalues
        from scipy import stats
        pval = 2 * stats.t.sf(np.abs(stat), df_res[:, None])
    else:  # normal: erfc keeps the far tail accurate (1 - cdf would cancel)
        pval = np.vectorize(lambda z: math.erfc(abs(z) / math.sqrt(2.0)) if z == z else A.NAN,
                            otypes=[float])(stat)
    if fam_name == "gaussian":  # intervals as Model.conf_int: normal except for OLS
        from scipy import stats
        q = stats.t.ppf(1 - alpha / 2, df_res)[:, None]
    else:
        q = _normal_q(1 - alpha / 2)
    cols = {c: [] for c in key_cols}
    for r, key in enumerate(keys):
        for c, k in zip(key_cols, key):
            cols[c].extend([k] * p)
    out = pdm.DataFrame(cols)
    out["term"] = names * ns
    out["estimate"] = coef.ravel()
    out["std_error"] = se.ravel()
    out["statistic"] = stat.ravel()
    out["p_value"] = np.asarray(pval, dtype=float).ravel()
    out["conf_low"] = (coef - q * se).ravel()
    out["conf_high"] = (coef + q * se).ravel()
    out["status"] = np.repeat([_lib.status_name(status[r]) for r in range(ns)], p)
    for j, k in enumerate(FIT_MANY_SCALARS):
        out[k] = np.repeat(sc[:, j], p)
    out["nobs"] = out["nobs"].astype(float)
    out.attrs["family"] = fam_name
    out.attrs["window"] = (A.month_str(m0), A.month_str(last))
    return out
