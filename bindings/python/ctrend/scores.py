"""Forecast scores (score.h): MAE/RMSE/MSLE, CRPS (Poisson, NB2, samples), the ViEWS binned
ignorance score, the interval score and coverage. Lower is better for every score.
NaN observations are skipped by the aggregate scores (as the C library does)."""
import ctypes
import math
import numbers

from . import _lib
from . import _arrays as A
from . import _check as C

_D = ctypes.c_double
_DP = _lib.c_double_p
_S = ctypes.c_size_t
_SP = _lib.c_size_t_p
_I = ctypes.c_int


def _pair(name, y, pred):
    w = "ctrend.scores." + name[13:]
    yi, pi = A.series(y, "y", where=w), A.series(pred, "pred", where=w)
    A.same_calendar(yi, pi, ("y", "pred"), where=w)
    _usable_rows(w, yi, (("pred", pi),), finite=True)
    out = ctypes.c_double()
    _lib.check(_lib.fn(name)(yi.ptr, pi.ptr, yi.n, ctypes.byref(out), None), where=name[13:])
    return out.value


def mae(y, pred):
    """Mean absolute error over the months with an observation."""
    return _pair("ctrend_score_mae", y, pred)


def rmse(y, pred):
    """Root mean squared error."""
    return _pair("ctrend_score_rmse", y, pred)


def msle(y, pred):
    """Mean squared log error (log1p), as ViEWS."""
    return _pair("ctrend_score_msle", y, pred)


def _elementwise(fn, where, **columns):
    """Apply a scalar kernel to aligned series (a scalar broadcasts). Every series must have
    the same length (and, when monthly, the same months): a length mismatch is a ValueError
    naming both arguments, never a read past the shorter one."""
    cols = []
    for arg, c in columns.items():
        if isinstance(c, numbers.Real) and not isinstance(c, bool):
            lo = 0.0
            cols.append((arg, None, C.number(c, arg, lo, allow_inf=(arg == "theta"),
                                             lo_open=(arg == "theta"), where=where)))
        else:
            cols.append((arg, A.series(c, arg, where=where), None))
    series = [(a, c) for a, c, _ in cols if c is not None]
    for a, c in series[1:]:
        A.same_calendar(series[0][1], c, (series[0][0], a), where=where)
    n = series[0][1].n if series else 1
    vals = []
    out = ctypes.c_double()
    for i in range(n):
        args = [float(c.obj[i]) if c is not None else v for _, c, v in cols]
        rc = fn(*args, ctypes.byref(out))
        if rc != 0:
            detail = ", ".join("%s=%r" % (a, v) for (a, _, _), v in zip(cols, args))
            raise ValueError("%s: %s at position %d (%s): %s; y and mu are non-negative "
                             "(y a count), theta > 0" % (where, "/".join(a for a, _, _ in cols),
                                                         i, detail, _lib.strerror(rc)))
        vals.append(out.value)
    if not series:
        return vals[0]
    res = A.DoubleOut(n)
    for i, v in enumerate(vals):
        res.ptr[i] = v
    return A.wrap(res.value(), series[0][1])


def crps_poisson(y, mu):
    """CRPS of Poisson(mu) forecasts (scalars or aligned arrays)."""
    return _elementwise(_lib.fn("ctrend_score_crps_poisson"), "ctrend.scores.crps_poisson",
                        y=y, mu=mu)


def crps_nbinom(y, mu, theta, tol=0.0, max_terms=0):
    """CRPS of NB2(mu, theta) forecasts (theta = size; inf gives Poisson)."""
    w = "ctrend.scores.crps_nbinom"
    tol = C.number(tol, "tol", 0.0, where=w)
    max_terms = C.integer(max_terms, "max_terms", 0, 10 ** 9, where=w)
    f = _lib.fn("ctrend_score_crps_nbinom")
    return _elementwise(lambda a, b, c, out: f(a, b, c, tol, max_terms, out), w,
                        y=y, mu=mu, theta=theta)


def _matrix(samples, n, where):
    """samples as a C-contiguous n x m float64 matrix (n = None: one row); refuses ragged,
    empty, complex or non-numeric samples and a row count other than n."""
    if A.np is not None:
        if isinstance(samples, (str, bytes)) or samples is None or \
                isinstance(samples, numbers.Number):
            raise TypeError("%s: samples must be a 1-D or 2-D array of numbers, got %r"
                            % (where, samples))
        try:
            arr = A.np.asarray(samples)
        except (TypeError, ValueError):
            raise TypeError("%s: samples must be a rectangular array of numbers" % where) from None
        if arr.dtype.kind not in "fiu":
            raise TypeError("%s: samples must be real numbers, got dtype %s" % (where, arr.dtype))
        arr = A.np.ascontiguousarray(arr, dtype=A.np.float64)
        if arr.ndim == 1:
            arr = arr.reshape(1, -1) if n in (None, 1) else arr
        if arr.ndim != 2 or arr.shape[0] != (1 if n is None else n):
            raise ValueError("%s: samples must have one row per observation of y (%s rows), got "
                             "shape %s" % (where, 1 if n is None else n, arr.shape))
        if arr.shape[1] == 0:
            raise ValueError("%s: samples must hold at least one draw per row" % where)
        return arr, arr.shape[0], arr.shape[1], arr.ctypes.data_as(_DP)
    rows = [list(r) for r in samples] if samples and isinstance(samples[0], (list, tuple)) \
        else [list(samples)]
    m = len(rows[0])
    if any(len(r) != m for r in rows) or m == 0 or (n is not None and len(rows) != n):
        raise ValueError("%s: samples must be a rectangular n x m table with one row per "
                         "observation" % where)
    flat = [float(v) for r in rows for v in r]
    buf = (ctypes.c_double * max(len(flat), 1))(*flat)
    return buf, len(rows), m, ctypes.cast(buf, _DP)


def _sample_score(single, mean, y, samples, extra, where):
    if isinstance(y, numbers.Real) and not isinstance(y, bool):
        y = C.number(y, "y", 0.0, where=where)
        keep, _, m, ptr = _matrix(samples, None, where)
        if not math.isfinite(y):
            raise ValueError("%s: y must be finite, got %r" % (where, y))
        _finite_sample_rows(where, None, keep)
        out = ctypes.c_double()
        _lib.check(_lib.fn(single)(float(y), ptr, m, extra, ctypes.byref(out)), where=where)
        return out.value
    yi = A.series(y, "y", where=where)
    keep, n, m, ptr = _matrix(samples, yi.n, where)
    _finite_sample_rows(where, yi, keep)
    out = ctypes.c_double()
    _lib.check(_lib.fn(mean)(yi.ptr, yi.n, ptr, m, extra, ctypes.byref(out), None), where=where)
    return out.value


def crps_sample(y, samples, fair=False):
    """CRPS of an ensemble: scalar y with a 1-D sample, or the mean over rows for y of length n
    and an n x m sample matrix (NaN y skipped)."""
    w = "ctrend.scores.crps_sample"
    return _sample_score("ctrend_score_crps_sample", "ctrend_score_crps_sample_mean", y,
                         samples, int(C.flag(fair, "fair", where=w)), w)


def ignorance_sample(y, samples, alpha=-1.0):
    """Binned (ViEWS) ignorance score of an ensemble; like crps_sample for shapes. alpha: the
    smoothing constant (negative = the library's default)."""
    w = "ctrend.scores.ignorance_sample"
    return _sample_score("ctrend_score_ignorance_sample", "ctrend_score_ignorance_sample_mean",
                         y, samples, C.number(alpha, "alpha", where=w), w)


def ignorance_poisson(y, mu, floor=0.0):
    w = "ctrend.scores.ignorance_poisson"
    floor = C.number(floor, "floor", 0.0, 1.0, where=w)
    f = _lib.fn("ctrend_score_ignorance_poisson")
    return _elementwise(lambda a, b, out: f(a, b, floor, out), w, y=y, mu=mu)


def ignorance_nbinom(y, mu, theta, floor=0.0):
    w = "ctrend.scores.ignorance_nbinom"
    floor = C.number(floor, "floor", 0.0, 1.0, where=w)
    f = _lib.fn("ctrend_score_ignorance_nbinom")
    return _elementwise(lambda a, b, c, out: f(a, b, c, floor, out), w, y=y, mu=mu, theta=theta)


def _finite_sample_rows(where, yi, keep):
    """The C sample scores return CTREND_EINVAL for an observed row (y not NaN; yi None = the
    one row of a scalar y) with y +-inf or a draw NaN/+-inf; checked here so that the error
    names the argument, the row and the draw (found by tests/fuzz_args.py)."""
    rows = keep.tolist() if hasattr(keep, "tolist") else keep
    y = [None] if yi is None else [float(v) for v in yi.obj]
    for i, yv in enumerate(y):
        if yv is not None and math.isnan(yv):
            continue
        if yv is not None and math.isinf(yv):
            raise ValueError("%s: y must be finite or NaN (missing), got %r at %d" % (where, yv, i))
        for j, v in enumerate(rows[i]):
            if not math.isfinite(v):
                raise ValueError("%s: samples must be finite in a row where y is observed, got "
                                 "%r at row %d, draw %d" % (where, v, i, j))


def _usable_rows(where, yi, cols, finite, ordered=False):
    """The C scores return CTREND_EINVAL for a month with an observation whose values they
    cannot use: y or a column +-inf (finite=True), a column NaN, lower > upper (ordered). Checked
    here so that the error names the argument (found by tests/fuzz_args.py)."""
    y = [float(v) for v in yi.obj]
    vals = [(arg, [float(v) for v in s.obj]) for arg, s in cols]
    for i, yv in enumerate(y):
        if math.isnan(yv):
            continue
        if finite and math.isinf(yv):
            raise ValueError("%s: y must be finite or NaN (missing), got %r at %d" % (where, yv, i))
        for arg, v in vals:
            if math.isnan(v[i]) or (finite and math.isinf(v[i])):
                raise ValueError("%s: %s must be %s where y is observed, got %r at %d"
                                 % (where, arg, "finite" if finite else "a number", v[i], i))
        if ordered and vals[0][1][i] > vals[1][1][i]:
            raise ValueError("%s: lower must not exceed upper, got %r > %r at %d"
                             % (where, vals[0][1][i], vals[1][1][i], i))


def _three(y, lower, upper, where, finite):
    yi = A.series(y, "y", where=where)
    lo, hi = A.series(lower, "lower", where=where), A.series(upper, "upper", where=where)
    A.same_calendar(yi, lo, ("y", "lower"), where=where)
    A.same_calendar(yi, hi, ("y", "upper"), where=where)
    _usable_rows(where, yi, (("lower", lo), ("upper", hi)), finite=finite, ordered=True)
    return yi, lo, hi


def interval_score(y, lower, upper, level=0.9):
    """Mean interval score of central `level` intervals (Gneiting & Raftery 2007, eq. 43)."""
    w = "ctrend.scores.interval_score"
    yi, lo, hi = _three(y, lower, upper, w, finite=True)
    level = C.level(level, where=w)
    out = ctypes.c_double()
    _lib.check(_lib.fn("ctrend_score_interval_mean")(yi.ptr, lo.ptr, hi.ptr, yi.n, float(level),
                                                     ctypes.byref(out), None),
               where="interval_score")
    return out.value


def coverage(y, lower, upper):
    """Share of observations inside their closed interval."""
    yi, lo, hi = _three(y, lower, upper, "ctrend.scores.coverage", finite=False)
    out = ctypes.c_double()
    _lib.check(_lib.fn("ctrend_score_coverage")(yi.ptr, lo.ptr, hi.ptr, yi.n, ctypes.byref(out),
                                                None), where="coverage")
    return out.value
