"""Count regression models and forecasts (design.h, model.h, forecast.h).

    m = ctrend.fit(y, family="poisson", trend=True, fourier=2, step="2014-06")
    m.coef, m.se, m.summary(), m.scalar("aic"), m.fitted
    fc = m.forecast(12, n_sims=10000, seed=20240101)
    fc.mean, fc.interval("plugin", 0.95), fc.to_pandas()
"""
import ctypes

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
_lib.declare("ctrend_design_new", _I, ctypes.c_int32, _S, ctypes.POINTER(_P))
_lib.declare("ctrend_design_free", None, _P)
_lib.declare("ctrend_design_set_intercept", _I, _P, _I)
_lib.declare("ctrend_design_add_trend", _I, _P)
_lib.declare("ctrend_design_add_fourier", _I, _P, _S)
_lib.declare("ctrend_design_add_month_dummies", _I, _P)
_lib.declare("ctrend_design_add_step", _I, _P, ctypes.c_int32, _C)
_lib.declare("ctrend_design_add_slope_change", _I, _P, ctypes.c_int32, _C)
_lib.declare("ctrend_design_add_column", _I, _P, _C, _D, _S)
_lib.declare("ctrend_design_set_future_column", _I, _P, _C, _D, _S)
_lib.declare("ctrend_design_set_offset_days", _I, _P, _I)
_lib.declare("ctrend_design_set_offset", _I, _P, _D, _S)
_lib.declare("ctrend_design_set_future_offset", _I, _P, _D, _S)
_lib.declare("ctrend_design_ncol", _S, _P)
_lib.declare("ctrend_design_nrow", _S, _P)
_lib.declare("ctrend_design_start", ctypes.c_int32, _P)
_lib.declare("ctrend_design_colname", _C, _P, _S)
_lib.declare("ctrend_design_matrix", _I, _P, _S, _S, _D, _S, _D)
# model.h
_lib.declare("ctrend_model_opts_new", _I, ctypes.POINTER(_P))
_lib.declare("ctrend_model_opts_free", None, _P)
_lib.declare("ctrend_model_opts_set", _I, _P, _I, ctypes.c_double)
_lib.declare("ctrend_model_opts_get", _I, _P, _I, _D)
_lib.declare("ctrend_model_opts_errmsg", _C, _P)
_lib.declare("ctrend_model_fit", _I, _P, _I, _P, _D, _S, ctypes.POINTER(_P))
_lib.declare("ctrend_model_free", None, _P)
_lib.declare("ctrend_model_family", _I, _P)
_lib.declare("ctrend_model_ncoef", _S, _P)
_lib.declare("ctrend_model_nrow", _S, _P)
_lib.declare("ctrend_model_coef_name", _C, _P, _S)
_lib.declare("ctrend_model_vector", _I, _P, _I, _D, _S, _lib.c_size_t_p)
_lib.declare("ctrend_model_scalar", _I, _P, _I, _D)
_lib.declare("ctrend_breaks_fit", _I, _P, _I, _P, _D, _S, _I, _S, _S, ctypes.c_uint64,
             ctypes.POINTER(_P))
_lib.declare("ctrend_breaks_free", None, _P)
_lib.declare("ctrend_breaks_month", ctypes.c_int32, _P)
_lib.declare("ctrend_breaks_scalar", _I, _P, _I, _D)
_lib.declare("ctrend_breaks_profile", _I, _P, _D, _S, _lib.c_size_t_p)
# forecast.h
_lib.declare("ctrend_forecast_new", _I, _P, _S, _S, ctypes.c_uint64, ctypes.POINTER(_P))
_lib.declare("ctrend_forecast_free", None, _P)
_lib.declare("ctrend_forecast_horizon", _S, _P)
_lib.declare("ctrend_forecast_nsims", _S, _P)
_lib.declare("ctrend_forecast_month", ctypes.c_int32, _P, _S)
_lib.declare("ctrend_forecast_vector", _I, _P, _I, _D, _S, _lib.c_size_t_p)
_lib.declare("ctrend_forecast_interval", _I, _P, _I, ctypes.c_double, _D, _D)
_lib.declare("ctrend_forecast_quantile", _I, _P, _I, ctypes.c_double, _D)
_lib.declare("ctrend_forecast_samples", _I, _P, _D, _S, _lib.c_size_t_p)

# pinned enum values (model.h, forecast.h)
FAMILIES = {"poisson": 0, "quasipoisson": 1, "negbin": 2, "gaussian": 3}
OPTIONS = {"epsilon": 0, "maxit": 1, "level": 2, "rank_tol": 3, "sep_tol": 4, "theta_max": 5,
           "halve_on_rise": 6, "theta_eps": 7}
VECTORS = {"coef": 0, "se": 1, "stat": 2, "pvalue": 3, "ci_lo": 4, "ci_hi": 5, "exp_coef": 6,
           "exp_ci_lo": 7, "exp_ci_hi": 8, "fitted": 9, "resid_response": 10,
           "resid_pearson": 11, "resid_deviance": 12, "linpred": 13, "vcov": 14}
SCALARS = {"nobs": 0, "deviance": 1, "null_deviance": 2, "df_residual": 3, "df_null": 4,
           "loglik": 5, "aic": 6, "bic": 7, "pearson_chi2": 8, "dispersion": 9, "scale": 10,
           "iterations": 11, "theta": 12, "se_theta": 13, "nb_fallback": 14, "sigma": 15,
           "r2": 16, "adj_r2": 17, "fstat": 18, "f_pvalue": 19, "ct_alpha1": 20, "ct_z1": 21,
           "ct_p1": 22, "ct_alpha2": 23, "ct_z2": 24, "ct_p2": 25, "trend_pct_year": 26,
           "trend_pct_lo": 27, "trend_pct_hi": 28, "converged": 29, "twologlik": 30}
FC_VECTORS = {"mean": 0, "se_link": 1, "sim_mean": 2, "linpred": 3}
INTERVALS = {"mean": 0, "plugin": 1, "predictive": 2}


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
    future_offset, offset_days (add log(days in month)), intercept.
    """

    _free_name = "ctrend_design_free"

    def __init__(self, start, n, trend=True, fourier=0, month_dummies=False, step=None,
                 slope=None, covariates=None, future_covariates=None, offset=None,
                 future_offset=None, offset_days=False, intercept=True, _ptr=None):
        if _ptr is None:
            p = _P()
            _lib.check(_lib.fn("ctrend_design_new")(A.month(start), int(n), ctypes.byref(p)),
                       where="Design()")
            _ptr = p.value
        super().__init__(_ptr)
        L = _lib.lib
        chk = _lib.check
        chk(L.ctrend_design_set_intercept(self.ptr, int(bool(intercept))), where="intercept")
        if trend:
            chk(L.ctrend_design_add_trend(self.ptr), where="trend")
        if fourier:
            chk(L.ctrend_design_add_fourier(self.ptr, int(fourier)), where="fourier")
        if month_dummies:
            chk(L.ctrend_design_add_month_dummies(self.ptr), where="month_dummies")
        for kind, spec, add in (("step", step, L.ctrend_design_add_step),
                                ("slope", slope, L.ctrend_design_add_slope_change)):
            items = spec.items() if isinstance(spec, dict) else \
                [(None if i == 0 else "%s%d" % (kind, i + 1), m)
                 for i, m in enumerate(_listify(spec))]
            for name, m in items:
                chk(add(self.ptr, A.month(m), _lib.encode(name)), where=kind)
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
        return [_lib.decode(_lib.lib.ctrend_design_colname(self.ptr, j))
                for j in range(_lib.lib.ctrend_design_ncol(self.ptr))]

    @property
    def start(self):
        return int(_lib.lib.ctrend_design_start(self.ptr))

    @property
    def n(self):
        return int(_lib.lib.ctrend_design_nrow(self.ptr))

    def matrix(self, first=0, rows=None):
        """Model matrix rows first..first+rows-1 (rows >= n are the future) and the offset:
        (list of rows, offsets), or numpy (rows x p, rows) arrays."""
        p = len(self.columns)
        rows = self.n - first if rows is None else int(rows)
        out, off = A.DoubleOut(rows * p), A.DoubleOut(rows)
        _lib.check(_lib.lib.ctrend_design_matrix(self.ptr, int(first), rows, out.ptr, out.n,
                                                  off.ptr), where="matrix")
        if A.np is not None:
            return out.obj.reshape(rows, p), off.obj
        vals = out.value()
        return [vals[i * p:(i + 1) * p] for i in range(rows)], off.value()


class Options(Handle):
    """Fit options (CTREND_OPT_*): epsilon, maxit, level, rank_tol, sep_tol, theta_max,
    halve_on_rise, theta_eps. Holds the message of the last failed fit."""

    _free_name = "ctrend_model_opts_free"

    def __init__(self, **options):
        p = _P()
        _lib.check(_lib.fn("ctrend_model_opts_new")(ctypes.byref(p)), where="Options()")
        super().__init__(p.value)
        for key, value in options.items():
            self[key] = value

    def __setitem__(self, key, value):
        if key not in OPTIONS:
            raise KeyError("ctrend: unknown model option %r (one of %s)" % (key, sorted(OPTIONS)))
        _lib.check(_lib.lib.ctrend_model_opts_set(self.ptr, OPTIONS[key], float(value)),
                   where="option %s" % key)

    def __getitem__(self, key):
        v = ctypes.c_double()
        _lib.check(_lib.lib.ctrend_model_opts_get(self.ptr, OPTIONS[key], ctypes.byref(v)),
                   where="option %s" % key)
        return v.value

    def errmsg(self):
        return _lib.decode(_lib.lib.ctrend_model_opts_errmsg(self.ptr))


class Model(Handle):
    """A fitted model. Vectors (coef, se, ...) are pandas Series indexed by coefficient name
    when pandas is present (dicts otherwise); per-month vectors (fitted, residuals) are
    indexed by month. Scalars via .scalar(name) or attributes (m.aic, m.deviance, ...)."""

    _free_name = "ctrend_model_free"

    def __init__(self, ptr, start, y_like=None):
        super().__init__(ptr)
        self.start = start
        self._like = y_like

    @property
    def family(self):
        code = _lib.lib.ctrend_model_family(self.ptr)
        return {v: k for k, v in FAMILIES.items()}.get(code, code)

    @property
    def names(self):
        return [_lib.decode(_lib.lib.ctrend_model_coef_name(self.ptr, j))
                for j in range(_lib.lib.ctrend_model_ncoef(self.ptr))]

    def vector(self, which):
        """Raw vector output (numpy array or list) by name, see VECTORS."""
        need = ctypes.c_size_t()
        key = VECTORS[which] if isinstance(which, str) else int(which)
        _lib.check(_lib.lib.ctrend_model_vector(self.ptr, key, None, 0, ctypes.byref(need)),
                   where=str(which))
        out = A.DoubleOut(need.value)
        _lib.check(_lib.lib.ctrend_model_vector(self.ptr, key, out.ptr, out.n,
                                                 ctypes.byref(need)), where=str(which))
        return out.value()

    def _by_coef(self, which):
        v = self.vector(which)
        pdm = A._pandas()
        if pdm is not None:
            return pdm.Series(v, index=self.names, name=which)
        return dict(zip(self.names, v))

    def _by_month(self, which):
        return A.wrap(self.vector(which), self._like, start=self.start, name=which)

    coef = property(lambda self: self._by_coef("coef"), doc="estimates by coefficient name")
    se = property(lambda self: self._by_coef("se"), doc="standard errors")
    rate_ratios = property(lambda self: self._by_coef("exp_coef"), doc="exp(coef)")
    fitted = property(lambda self: self._by_month("fitted"), doc="fitted means (NaN if dropped)")

    def residuals(self, kind="deviance"):
        """'response', 'pearson' or 'deviance' residuals by month."""
        return self._by_month("resid_" + kind)

    @property
    def vcov(self):
        v = self.vector("vcov")
        p = len(self.names)
        if A.np is not None:
            return v.reshape(p, p)
        return [v[i * p:(i + 1) * p] for i in range(p)]

    def scalar(self, which):
        """Scalar output by name (see SCALARS); NaN where it does not exist for the family."""
        v = ctypes.c_double()
        key = SCALARS[which] if isinstance(which, str) else int(which)
        _lib.check(_lib.lib.ctrend_model_scalar(self.ptr, key, ctypes.byref(v)), where=str(which))
        return v.value

    def __getattr__(self, name):
        if name in SCALARS:
            return self.scalar(name)
        raise AttributeError(name)

    def summary(self):
        """Coefficient table: estimate, se, stat, p, Wald CI and rate ratios (DataFrame, or a
        dict of dicts without pandas), like R's summary(glm) / statsmodels' summary table."""
        cols = ["coef", "se", "stat", "pvalue", "ci_lo", "ci_hi", "exp_coef", "exp_ci_lo",
                "exp_ci_hi"]
        data = {c: self.vector(c) for c in cols}
        pdm = A._pandas()
        if pdm is not None:
            return pdm.DataFrame(data, index=self.names)
        return {name: {c: float(data[c][j]) for c in cols} for j, name in enumerate(self.names)}

    def __str__(self):
        lines = ["ctrend %s model, %d months from %s, %d used" % (
            self.family, _lib.lib.ctrend_model_nrow(self.ptr), A.month_str(self.start),
            int(self.scalar("nobs")))]
        lines.append("%-14s %12s %12s %9s %10s" % ("", "Estimate", "Std. Error", "stat", "p"))
        est, se, st, pv = (self.vector(k) for k in ("coef", "se", "stat", "pvalue"))
        for j, name in enumerate(self.names):
            lines.append("%-14s %12.6g %12.6g %9.3f %10.3g" % (name, est[j], se[j], st[j], pv[j]))
        for key in ("deviance", "aic", "dispersion", "theta"):
            v = self.scalar(key)
            if v == v:
                lines.append("%s: %.6g" % (key, v))
        return "\n".join(lines)

    def forecast(self, h=12, n_sims=0, seed=20240101):
        """Forecast h months past the window; n_sims > 0 enables predictive intervals."""
        p = _P()
        _lib.check(_lib.fn("ctrend_forecast_new")(self.ptr, int(h), int(n_sims), int(seed),
                                                  ctypes.byref(p)), where="forecast")
        return Forecast(p.value)


class Forecast(Handle):
    """Forecast of a fitted model: .months, .mean, .interval(kind, level), .quantile(kind, p),
    .samples(), .to_pandas(level)."""

    _free_name = "ctrend_forecast_free"

    @property
    def h(self):
        return int(_lib.lib.ctrend_forecast_horizon(self.ptr))

    @property
    def first_month(self):
        return int(_lib.lib.ctrend_forecast_month(self.ptr, 0))

    @property
    def months(self):
        return A.months(self.first_month, self.h)

    def _wrap(self, v, name):
        return A.wrap(v, start=self.first_month, name=name)

    def vector(self, which="mean"):
        out = A.DoubleOut(self.h)
        _lib.check(_lib.lib.ctrend_forecast_vector(self.ptr, FC_VECTORS[which], out.ptr, out.n,
                                                    None), where=which)
        return self._wrap(out.value(), which)

    mean = property(lambda self: self.vector("mean"))

    def interval(self, kind="plugin", level=0.95):
        """(lo, hi) for 'mean' (Wald CI of the mean), 'plugin' (count quantiles at the mean)
        or 'predictive' (simulation, needs n_sims)."""
        lo, hi = A.DoubleOut(self.h), A.DoubleOut(self.h)
        _lib.check(_lib.lib.ctrend_forecast_interval(self.ptr, INTERVALS[kind], float(level),
                                                      lo.ptr, hi.ptr), where="interval")
        return self._wrap(lo.value(), "lo"), self._wrap(hi.value(), "hi")

    def quantile(self, kind, prob):
        out = A.DoubleOut(self.h)
        _lib.check(_lib.lib.ctrend_forecast_quantile(self.ptr, INTERVALS[kind], float(prob),
                                                      out.ptr), where="quantile")
        return self._wrap(out.value(), "q%g" % prob)

    def samples(self):
        """h x n_sims simulated counts (numpy 2-D array, or list of rows)."""
        need = ctypes.c_size_t()
        _lib.check(_lib.lib.ctrend_forecast_samples(self.ptr, None, 0, ctypes.byref(need)),
                   where="samples")
        out = A.DoubleOut(need.value)
        _lib.check(_lib.lib.ctrend_forecast_samples(self.ptr, out.ptr, out.n, ctypes.byref(need)),
                   where="samples")
        s = int(_lib.lib.ctrend_forecast_nsims(self.ptr))
        if A.np is not None:
            return out.obj.reshape(self.h, s)
        v = out.value()
        return [v[i * s:(i + 1) * s] for i in range(self.h)]

    def to_pandas(self, level=0.95):
        """DataFrame by month: mean, mean_lo/hi, plugin_lo/hi (and predictive_lo/hi)."""
        pdm = A._pandas()
        cols = {"mean": self.vector("mean")}
        kinds = ["mean", "plugin"] + (["predictive"] if _lib.lib.ctrend_forecast_nsims(self.ptr)
                                      else [])
        for kind in kinds:
            cols[kind + "_lo"], cols[kind + "_hi"] = self.interval(kind, level)
        if pdm is None:
            return dict(cols, month=self.months)
        return pdm.DataFrame({k: A.np.asarray(v) for k, v in cols.items()},
                             index=A.period_index(self.first_month, self.h))


def fit(y, family="poisson", start=None, design=None, options=None, **design_args):
    """Fit a model to monthly counts y (list, numpy array or pandas Series with a monthly
    PeriodIndex; NaN = missing row, dropped). family: 'poisson', 'quasipoisson', 'negbin',
    'gaussian'. start: first month (from the Series index when omitted). The design is
    built from design_args (see Design) unless a Design is given. options: dict or Options.
    Raises CtrendError with the fit's message (e.g. CTREND_ESEPARATION)."""
    yi = A.series(y, "y", start=start, need_start=True, where="ctrend.fit")
    m0 = yi.start
    own_design = design is None
    if own_design:
        design = Design(m0, yi.n, **design_args)
    opts = options if isinstance(options, Options) else Options(**(options or {}))
    try:
        fam = FAMILIES[family] if isinstance(family, str) else int(family)
        p = _P()
        _lib.check(_lib.fn("ctrend_model_fit")(opts.ptr, fam, design.ptr, yi.ptr, yi.n,
                                               ctypes.byref(p)),
                   message=opts.errmsg, where="fit %s" % family)
        return Model(p.value, design.start, yi)
    finally:
        if own_design:
            design.close()
        if opts is not options:
            opts.close()


BREAK_KINDS = {"level": 0, "level_slope": 1}
_BREAK_SCALARS = {"lr": 0, "p_value": 1, "loglik0": 2, "loglik1": 3, "index": 4,
                  "n_candidates": 5}


def breaks(y, family="poisson", start=None, kind="level", min_segment=6, n_boot=0,
           seed=20240101, options=None, **design_args):
    """Search for one change point (ctrend_breaks_fit): profile likelihood over candidate
    months, sup-LR with a parametric-bootstrap p-value (n_boot > 0). Returns a dict: month
    ('YYYY-MM'), lr, p_value, loglik0, loglik1, index, n_candidates and profile (LR by month)."""
    yi = A.series(y, "y", start=start, need_start=True, where="ctrend.breaks")
    design = Design(yi.start, yi.n, **design_args)
    opts = options if isinstance(options, Options) else Options(**(options or {}))
    p = _P()
    try:
        fam = FAMILIES[family] if isinstance(family, str) else int(family)
        k = BREAK_KINDS[kind] if isinstance(kind, str) else int(kind)
        _lib.check(_lib.fn("ctrend_breaks_fit")(opts.ptr, fam, design.ptr, yi.ptr, yi.n, k,
                                                int(min_segment), int(n_boot), int(seed),
                                                ctypes.byref(p)),
                   message=opts.errmsg, where="breaks")
        out = {"month": A.month_str(_lib.lib.ctrend_breaks_month(p))}
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
_lib.declare("ctrend_batch_default_threads", _S)
_lib.declare("ctrend_batch_fit", _I, _P, _lib.c_size_t_p, _S, _I, _P, _P, _S, _D, _D,
             ctypes.POINTER(_I), _S, _D, ctypes.POINTER(_I))


def batch_fit(frame, start, n_months, series=None, family="poisson", n_threads=0,
              scalars=("deviance", "aic", "dispersion"), options=None, **design_args):
    """Fit the same model to many series of a Frame (ctrend_batch_fit, spread over threads;
    0 = the library's default). The window is n_months from `start`; series: keys or indices
    (None = all). Returns a pandas DataFrame (one row per series: status, coef_*, se_*, and the
    requested scalars) or a list of dicts without pandas. A series whose fit fails has its
    status name (e.g. 'CTREND_EALLZERO') and NaN figures; nothing is raised for it."""
    idx = list(range(len(frame))) if series is None else \
        [s if isinstance(s, int) else frame.find(s) for s in series]
    ns = len(idx)
    sel = (ctypes.c_size_t * max(ns, 1))(*idx)
    keys = [SCALARS[k] for k in scalars]
    kbuf = (ctypes.c_int * max(len(keys), 1))(*keys)
    with Design(A.month(start), int(n_months), **design_args) as d, \
            Options(**(options or {})) as o:
        p = len(d.columns)
        names = d.columns
        coef, se = A.DoubleOut(ns * p), A.DoubleOut(ns * p)
        sc = A.DoubleOut(ns * len(keys))
        status = (ctypes.c_int * max(ns, 1))()
        fam = FAMILIES[family] if isinstance(family, str) else int(family)
        _lib.check(_lib.fn("ctrend_batch_fit")(frame.ptr, sel, ns, fam, d.ptr, o.ptr,
                                               int(n_threads), coef.ptr, se.ptr, kbuf, len(keys),
                                               sc.ptr, status), where="batch_fit")
    rows = []
    cv, sv, scv = coef.value(), se.value(), sc.value()
    for r, i in enumerate(idx):
        row = {"series": "/".join(k for k in frame.key(i) if k), "status": _lib.status_name(status[r])}
        for j, nm in enumerate(names):
            row["coef_" + nm] = float(cv[r * p + j])
        for j, nm in enumerate(names):
            row["se_" + nm] = float(sv[r * p + j])
        for j, k in enumerate(scalars):
            row[k] = float(scv[r * len(keys) + j])
        rows.append(row)
    pdm = A._pandas()
    return pdm.DataFrame(rows).set_index("series") if pdm is not None else rows
