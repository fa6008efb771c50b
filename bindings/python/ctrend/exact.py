"""Exact small-count statistics (exact.h): Garwood intervals, R's poisson.test (one and two
samples), "month vs mean of the previous k" and "period A vs period B" rate ratios.

Every test returns a dict: estimate, lower, upper (and p_value), the same numbers as R's
poisson.test(...)$estimate / $conf.int / $p.value.
"""
import ctypes

from . import _lib
from . import _arrays as A
from . import _check as C

_D = ctypes.c_double
_DP = _lib.c_double_p
_S = ctypes.c_size_t
_I = ctypes.c_int

_lib.declare("ctrend_exact_poisson_ci", _I, _D, _D, _D, _DP, _DP, _DP)
_lib.declare("ctrend_exact_poisson_ci_midp", _I, _D, _D, _D, _DP, _DP, _DP)
_lib.declare("ctrend_exact_poisson_test", _I, _D, _D, _D, _I, _D, _DP, _DP, _DP, _DP)
_lib.declare("ctrend_exact_rate_ratio", _I, _D, _D, _D, _D, _D, _I, _D, _DP, _DP, _DP, _DP)
_lib.declare("ctrend_exact_vs_previous", _I, _DP, _DP, _S, _S, _S, _D, _I, _D, _DP, _DP, _DP,
             _DP)
_lib.declare("ctrend_exact_period_ratio", _I, _DP, _DP, _S, _DP, _DP, _S, _D, _I, _D, _DP, _DP,
             _DP, _DP)

#: pinned ctrend_alternative values (R's alternative = ...)
ALTERNATIVES = {"two.sided": 0, "two-sided": 0, "two_sided": 0, "less": 1, "greater": 2}


def _alt(alternative):
    if isinstance(alternative, int):
        return alternative
    try:
        return ALTERNATIVES[alternative]
    except KeyError:
        raise ValueError("ctrend: alternative is 'two.sided', 'less' or 'greater'") from None


def _outs(n):
    vals = [ctypes.c_double() for _ in range(n)]
    return vals, [ctypes.byref(v) for v in vals]


def _result(vals, names=("estimate", "lower", "upper", "p_value")):
    return {k: v.value for k, v in zip(names, vals)}


def poisson_ci(x, t=1.0, level=0.95, midp=False):
    """Exact (Garwood) or mid-p interval for a Poisson rate x/t: dict estimate, lower, upper."""
    name = "ctrend_exact_poisson_ci_midp" if midp else "ctrend_exact_poisson_ci"
    vals, refs = _outs(3)
    _lib.check(_lib.fn(name)(float(x), float(t), float(level), *refs), where="poisson_ci")
    return _result(vals)


def poisson_test(x, t=1.0, r=1.0, alternative="two.sided", level=0.95):
    """R's poisson.test(x, T = t, r = r): dict estimate, lower, upper, p_value.
    With x and t of length 2, the two-sample comparison (rate ratio; r = null ratio)."""
    vals, refs = _outs(4)
    if isinstance(x, (list, tuple)) or (A.np is not None and isinstance(x, A.np.ndarray)):
        x1, x2 = (float(v) for v in x)
        t1, t2 = (1.0, 1.0) if t is None or t == 1.0 else (float(v) for v in t)
        _lib.check(_lib.fn("ctrend_exact_rate_ratio")(x1, t1, x2, t2, float(r), _alt(alternative),
                                                      float(level), *refs), where="poisson_test")
    else:
        _lib.check(_lib.fn("ctrend_exact_poisson_test")(float(x), float(t), float(r),
                                                        _alt(alternative), float(level), *refs),
                   where="poisson_test")
    return _result(vals)


def rate_ratio(x1, x2, t1=1.0, t2=1.0, ratio=1.0, alternative="two.sided", level=0.95):
    """Compare two Poisson counts with exposures: poisson.test(c(x1, x2), c(t1, t2), r = ratio)."""
    return poisson_test([x1, x2], [t1, t2], r=ratio, alternative=alternative, level=level)


def vs_previous(x, i, k, exposure=None, ratio=1.0, alternative="two.sided", level=0.95):
    """Month i (0-based position, or a month when x is a pandas Series) vs the mean of the
    previous k months: exact rate ratio test. exposure: None (per month) or per-month
    exposures (e.g. days in month)."""
    w = "ctrend.vs_previous"
    xi = A.series(x, "x", where=w)
    if isinstance(i, int) and not isinstance(i, bool):
        i = C.integer(i, "i", 0, max(xi.n - 1, 0), where=w)
    else:
        if not xi.monthly:
            raise ValueError("%s: i is a month (%r) but x carries no months: give i as a "
                             "0-based position, or x a monthly index" % (w, i))
        pos = A.month(i, "i", w) - xi.start
        if not 0 <= pos < xi.n:
            raise ValueError("%s: month i=%r is outside x (%s..%s)" % (
                w, i, A.month_str(xi.start), A.month_str(xi.start + xi.n - 1)))
        i = pos
    k = C.integer(k, "k", 1, C.MAX_MONTHS, where=w)
    ei = A.series(exposure, "exposure", where=w) if exposure is not None else None
    if ei is not None:
        A.same_calendar(xi, ei, ("x", "exposure"), where=w)
    vals, refs = _outs(4)
    _lib.check(_lib.fn("ctrend_exact_vs_previous")(xi.ptr, ei.ptr if ei else None, xi.n, i, k, float(ratio), _alt(alternative),
                                                   float(level), *refs), where="vs_previous")
    return _result(vals)


def period_ratio(a, b, exposure_a=None, exposure_b=None, ratio=1.0, alternative="two.sided",
                 level=0.95):
    """Sum over period a vs sum over period b (exposure = number of months unless given)."""
    w = "ctrend.period_ratio"
    ai, bi = A.series(a, "a", where=w), A.series(b, "b", where=w)
    ea = A.series(exposure_a, "exposure_a", where=w) if exposure_a is not None else None
    eb = A.series(exposure_b, "exposure_b", where=w) if exposure_b is not None else None
    if ea is not None:
        A.same_calendar(ai, ea, ("a", "exposure_a"), where=w)
    if eb is not None:
        A.same_calendar(bi, eb, ("b", "exposure_b"), where=w)
    vals, refs = _outs(4)
    _lib.check(_lib.fn("ctrend_exact_period_ratio")(ai.ptr, ea.ptr if ea else None, ai.n, bi.ptr,
                                                    eb.ptr if eb else None, bi.n, float(ratio),
                                                    _alt(alternative), float(level), *refs),
               where="period_ratio")
    return _result(vals)
