"""Forecast scores (score.h): MAE/RMSE/MSLE, CRPS (Poisson, NB2, samples), the ViEWS binned
ignorance score, the interval score and coverage. Lower is better for every score.
NaN observations are skipped by the aggregate scores (as the C library does)."""
import ctypes

from . import _lib
from . import _arrays as A

_D = ctypes.c_double
_DP = _lib.c_double_p
_S = ctypes.c_size_t
_SP = _lib.c_size_t_p
_I = ctypes.c_int

for _n in ("ctrend_score_mae", "ctrend_score_rmse", "ctrend_score_msle"):
    _lib.declare(_n, _I, _DP, _DP, _S, _DP, _SP)
_lib.declare("ctrend_score_crps_poisson", _I, _D, _D, _DP)
_lib.declare("ctrend_score_crps_nbinom", _I, _D, _D, _D, _D, _S, _DP)
_lib.declare("ctrend_score_crps_sample", _I, _D, _DP, _S, _I, _DP)
_lib.declare("ctrend_score_crps_sample_mean", _I, _DP, _S, _DP, _S, _I, _DP, _SP)
_lib.declare("ctrend_score_ignorance_sample", _I, _D, _DP, _S, _D, _DP)
_lib.declare("ctrend_score_ignorance_sample_mean", _I, _DP, _S, _DP, _S, _D, _DP, _SP)
_lib.declare("ctrend_score_ignorance_poisson", _I, _D, _D, _D, _DP)
_lib.declare("ctrend_score_ignorance_nbinom", _I, _D, _D, _D, _D, _DP)
_lib.declare("ctrend_score_interval", _I, _D, _D, _D, _D, _DP)
_lib.declare("ctrend_score_interval_mean", _I, _DP, _DP, _DP, _S, _D, _DP, _SP)
_lib.declare("ctrend_score_coverage", _I, _DP, _DP, _DP, _S, _DP, _SP)
_lib.declare("ctrend_score_quantile_sample", _I, _DP, _S, _D, _DP)


def _pair(name, y, pred):
    yi, pi = A.as_input(y), A.as_input(pred)
    if yi.n != pi.n:
        raise ValueError("ctrend: y and pred differ in length")
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


def _elementwise(fn, *columns):
    """Apply a scalar kernel to aligned arrays (broadcasting scalars); returns array/list."""
    cols = [A.as_input([c]) if isinstance(c, (int, float)) else A.as_input(c) for c in columns]
    n = max(c.n for c in cols)
    vals = []
    for i in range(n):
        args = [float(c.ptr[i if c.n > 1 else 0]) for c in cols]
        out = ctypes.c_double()
        _lib.check(fn(*args, ctypes.byref(out)))
        vals.append(out.value)
    res = A.DoubleOut(n)
    for i, v in enumerate(vals):
        res.ptr[i] = v
    return A.wrap(res.value(), cols[0]) if n > 1 or cols[0].n > 1 else vals[0]


def crps_poisson(y, mu):
    """CRPS of Poisson(mu) forecasts (scalars or aligned arrays)."""
    return _elementwise(_lib.fn("ctrend_score_crps_poisson"), y, mu)


def crps_nbinom(y, mu, theta, tol=0.0, max_terms=0):
    """CRPS of NB2(mu, theta) forecasts (theta = size; inf gives Poisson)."""
    f = _lib.fn("ctrend_score_crps_nbinom")
    return _elementwise(lambda a, b, c, out: f(a, b, c, float(tol), int(max_terms), out),
                        y, mu, theta)


def _matrix(samples, n=None):
    if A.np is not None:
        arr = A.np.ascontiguousarray(samples, dtype=A.np.float64)
        if arr.ndim == 1:
            arr = arr.reshape(1, -1) if n in (None, 1) else arr.reshape(n, -1)
        return arr, arr.shape[0], arr.shape[1], arr.ctypes.data_as(_DP)
    rows = [list(r) for r in samples] if samples and isinstance(samples[0], (list, tuple)) \
        else [list(samples)]
    m = len(rows[0])
    flat = [float(v) for r in rows for v in r]
    buf = (ctypes.c_double * max(len(flat), 1))(*flat)
    return buf, len(rows), m, ctypes.cast(buf, _DP)


def crps_sample(y, samples, fair=False):
    """CRPS of an ensemble: scalar y with a 1-D sample, or the mean over rows for y of length n
    and an n x m sample matrix (NaN y skipped)."""
    if isinstance(y, (int, float)):
        keep, _, m, ptr = _matrix(samples)
        out = ctypes.c_double()
        _lib.check(_lib.fn("ctrend_score_crps_sample")(float(y), ptr, m, int(bool(fair)),
                                                       ctypes.byref(out)), where="crps_sample")
        return out.value
    yi = A.as_input(y)
    keep, n, m, ptr = _matrix(samples, yi.n)
    if n != yi.n:
        raise ValueError("ctrend: samples must have one row per observation")
    out = ctypes.c_double()
    _lib.check(_lib.fn("ctrend_score_crps_sample_mean")(yi.ptr, yi.n, ptr, m, int(bool(fair)),
                                                        ctypes.byref(out), None),
               where="crps_sample")
    return out.value


def ignorance_sample(y, samples, alpha=-1.0):
    """Binned (ViEWS) ignorance score of an ensemble; like crps_sample for shapes."""
    if isinstance(y, (int, float)):
        keep, _, m, ptr = _matrix(samples)
        out = ctypes.c_double()
        _lib.check(_lib.fn("ctrend_score_ignorance_sample")(float(y), ptr, m, float(alpha),
                                                            ctypes.byref(out)), where="ignorance")
        return out.value
    yi = A.as_input(y)
    keep, n, m, ptr = _matrix(samples, yi.n)
    out = ctypes.c_double()
    _lib.check(_lib.fn("ctrend_score_ignorance_sample_mean")(yi.ptr, yi.n, ptr, m, float(alpha),
                                                             ctypes.byref(out), None),
               where="ignorance")
    return out.value


def ignorance_poisson(y, mu, floor=0.0):
    f = _lib.fn("ctrend_score_ignorance_poisson")
    return _elementwise(lambda a, b, out: f(a, b, float(floor), out), y, mu)


def ignorance_nbinom(y, mu, theta, floor=0.0):
    f = _lib.fn("ctrend_score_ignorance_nbinom")
    return _elementwise(lambda a, b, c, out: f(a, b, c, float(floor), out), y, mu, theta)


def interval_score(y, lower, upper, level=0.9):
    """Mean interval score of central `level` intervals (Gneiting & Raftery 2007, eq. 43)."""
    yi, lo, hi = A.as_input(y), A.as_input(lower), A.as_input(upper)
    out = ctypes.c_double()
    _lib.check(_lib.fn("ctrend_score_interval_mean")(yi.ptr, lo.ptr, hi.ptr, yi.n, float(level),
                                                     ctypes.byref(out), None),
               where="interval_score")
    return out.value


def coverage(y, lower, upper):
    """Share of observations inside their closed interval."""
    yi, lo, hi = A.as_input(y), A.as_input(lower), A.as_input(upper)
    out = ctypes.c_double()
    _lib.check(_lib.fn("ctrend_score_coverage")(yi.ptr, lo.ptr, hi.ptr, yi.n, ctypes.byref(out),
                                                None), where="coverage")
    return out.value
