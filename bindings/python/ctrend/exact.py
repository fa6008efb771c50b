"""Exact small-count statistics (exact.h): Garwood intervals, R's poisson.test (one and two
samples), "month vs mean of the previous k" and "period A vs period B" rate ratios.

Every test returns a TestResult (statistic, pvalue, estimate, conf_int(), as scipy's and
statsmodels' test results; the old dict keys estimate/lower/upper/p_value still work), the same
numbers as R's poisson.test(...)$statistic / $p.value / $estimate / $conf.int.
poisson_ci returns a dict estimate, lower, upper.
"""
import ctypes
import math

from . import _lib
from . import _arrays as A
from . import _check as C

_D = ctypes.c_double
_DP = _lib.c_double_p
_S = ctypes.c_size_t
_I = ctypes.c_int


#: pinned ctrend_alternative values (R's alternative = ...)
ALTERNATIVES = _lib.enum_table("ctrend_alternative", "CTREND_",
                               aliases={"two.sided": "two_sided", "two-sided": "two_sided"})
_ALT_NAMES = {v: k.replace("_", "-") for k, v in
              _lib.enum_table("ctrend_alternative", "CTREND_").items()}


def _alt(alternative, where="ctrend.poisson_test"):
    return C.choice(alternative, "alternative", ALTERNATIVES, where=where)


def _result():
    """A ctrend_exact_result to pass by reference (the mirror generated from the definition)."""
    return _lib.api.ctrend_exact_result_t()


def _test(null_value, alt, level):
    """The ctrend_exact_test record, each field checked against the definition."""
    return _lib.api.make_record("ctrend_exact_test", null_value=null_value, alternative=alt,
                                level=level)


def _as_test_result(res, statistic, null_value, alt, level, method):
    return TestResult(res.estimate, res.lower, res.upper, res.p_value, statistic, null_value,
                      alt, level, method)


class TestResult:
    """Result of an exact test, shaped like scipy's/statsmodels' test results:
    ``statistic`` (the count tested, as R's poisson.test), ``pvalue``, ``estimate`` (rate or
    rate ratio), ``conf_int()`` -> (low, high) at the test's level, ``null_value``,
    ``alternative``, ``method``. The old dict keys (``r["estimate"]``, ``"lower"``,
    ``"upper"``, ``"p_value"``) still work."""

    __test__ = False  # not a pytest class

    def __init__(self, estimate, lower, upper, pvalue, statistic, null_value, alternative,
                 level, method):
        self.estimate = estimate
        self.pvalue = pvalue
        self.statistic = statistic
        self.null_value = null_value
        self.alternative = _ALT_NAMES.get(alternative, alternative)
        self.level = level
        self.method = method
        self._ci = (lower, upper)

    def conf_int(self):
        """(low, high): the exact (Clopper-Pearson / Garwood) interval at the test's level."""
        return self._ci

    def _asdict(self):
        return {"estimate": self.estimate, "lower": self._ci[0], "upper": self._ci[1],
                "p_value": self.pvalue}

    def __getitem__(self, key):
        return self._asdict()[key]

    def keys(self):
        return self._asdict().keys()

    def __eq__(self, other):
        if isinstance(other, TestResult):
            return self._asdict() == other._asdict() and self.statistic == other.statistic
        if isinstance(other, dict):
            return self._asdict() == other
        return NotImplemented

    def __repr__(self):
        return ("%s(statistic=%g, pvalue=%.6g, estimate=%.6g, conf_int=(%.6g, %.6g), "
                "alternative=%r)" % (type(self).__name__, self.statistic, self.pvalue,
                                     self.estimate, self._ci[0], self._ci[1], self.alternative))


#: CTREND_EXACT_COUNT_MAX (exact.h, through the API definition): GSL's cdf routines take
#: unsigned int
COUNT_MAX = int(_lib.api.CTREND_EXACT_COUNT_MAX)


def _count(v, arg, where):
    return C.number(v, arg, 0.0, COUNT_MAX, where=where)


def _run(rc, where, names):
    """Status of an exact-test call; CTREND_ERANGE (a count total above COUNT_MAX, or
    exposures x ratio so disparate that the conditional binomial p is 0 or 1) becomes a
    ValueError naming the arguments involved."""
    if rc == _lib.CTREND_ERANGE:  # noqa: F821 (set by globals().update in _lib)
        raise ValueError("%s: %s out of range: counts (x1 + x2 for two samples) must be at most "
                         "%d, and the exposures times the null ratio must not be so disparate "
                         "that the null proportion is 0 or 1" % (where, names, COUNT_MAX))
    _lib.check(rc, where=where)


def _positive(v, arg, where):
    return C.number(v, arg, 0.0, lo_open=True, where=where)


def poisson_ci(x, t=1.0, level=0.95, midp=False):
    """Exact (Garwood) or mid-p interval for a Poisson rate x/t: dict estimate, lower, upper."""
    w = "ctrend.poisson_ci"
    x, t = _count(x, "x", w), _positive(t, "t", w)
    level = C.level(level, where=w)
    name = "ctrend_exact_poisson_ci_midp" if C.flag(midp, "midp", where=w) else \
        "ctrend_exact_poisson_ci"
    res = _result()
    _lib.check(_lib.fn(name)(x, t, level, ctypes.byref(res)), where="poisson_ci")
    return {"estimate": res.estimate, "lower": res.lower, "upper": res.upper}


def _pair(v, arg, where, check):
    if isinstance(v, (str, bytes)) or v is None:
        raise TypeError("%s: %s must be a number or a pair of numbers, got %r" % (where, arg, v))
    if hasattr(v, "__len__"):
        vals = list(v)
        if len(vals) not in (1, 2):
            raise ValueError("%s: %s must be one value or a pair (two samples), got %d values"
                             % (where, arg, len(vals)))
        return [check(e, arg, where) for e in vals]
    return [check(v, arg, where)]


def poisson_test(x, t=1.0, r=1.0, alternative="two.sided", level=0.95, _names="x, t or r"):
    """R's poisson.test(x, T = t, r = r) -> TestResult (statistic, pvalue, estimate,
    conf_int()). With x (and t) of length 2, the two-sample comparison (rate ratio of the
    first to the second; r = null ratio)."""
    w = "ctrend.poisson_test"
    xs = _pair(x, "x", w, _count)
    ts = _pair(1.0 if t is None else t, "t", w, _positive)
    r = _positive(r, "r", w)
    alt = _alt(alternative, w)
    level = C.level(level, where=w)
    res, test = _result(), _test(r, alt, level)
    if len(xs) == 2:
        if len(ts) == 1:
            ts = ts * 2
        _run(_lib.fn("ctrend_exact_rate_ratio")(xs[0], ts[0], xs[1], ts[1], ctypes.byref(test),
                                                ctypes.byref(res)), w, _names)
        method = "Comparison of Poisson rates"
    else:
        if len(ts) != 1:
            raise ValueError("%s: t has 2 values but x only 1" % w)
        _run(_lib.fn("ctrend_exact_poisson_test")(xs[0], ts[0], ctypes.byref(test),
                                                  ctypes.byref(res)), w, _names)
        method = "Exact Poisson test"
    return _as_test_result(res, xs[0], r, alt, level, method)


def rate_ratio(x1, x2, t1=1.0, t2=1.0, ratio=1.0, alternative="two.sided", level=0.95):
    """Compare two Poisson counts with exposures: poisson.test(c(x1, x2), c(t1, t2), r = ratio)."""
    w = "ctrend.rate_ratio"
    x1, x2 = _count(x1, "x1", w), _count(x2, "x2", w)
    t1, t2 = _positive(t1, "t1", w), _positive(t2, "t2", w)
    ratio = _positive(ratio, "ratio", w)
    return poisson_test([x1, x2], [t1, t2], r=ratio, alternative=alternative, level=level,
                        _names="x1, x2, t1, t2 or ratio")


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
    k = C.integer(k, "k", 1, max(i, 1), where=w)
    if k > i:
        raise ValueError("%s: k must be at most i (%d months before month i), got %d"
                         % (w, i, k))
    ratio = _positive(ratio, "ratio", w)
    alt = _alt(alternative, w)
    level = C.level(level, where=w)
    ei = A.series(exposure, "exposure", where=w) if exposure is not None else None
    if ei is not None:
        A.same_calendar(xi, ei, ("x", "exposure"), where=w)
    res, test = _result(), _test(ratio, alt, level)
    _run(_lib.fn("ctrend_exact_vs_previous")(xi.ptr, ei.ptr if ei else None, xi.n, i, k,
                                             ctypes.byref(test), ctypes.byref(res)), w,
         "x, exposure or ratio")
    return _as_test_result(res, float(xi.obj[i]), ratio, alt, level,
                           "Month vs mean of the previous %d (exact rate ratio)" % k)


def period_ratio(a, b, exposure_a=None, exposure_b=None, ratio=1.0, alternative="two.sided",
                 level=0.95):
    """Sum over period a vs sum over period b (exposure = number of months unless given)."""
    w = "ctrend.period_ratio"
    ai, bi = A.series(a, "a", where=w), A.series(b, "b", where=w)
    for arg, buf in (("a", ai), ("b", bi)):
        if buf.n == 0:
            raise ValueError("%s: %s is empty (a period holds at least one month)" % (w, arg))
    ea = A.series(exposure_a, "exposure_a", where=w) if exposure_a is not None else None
    eb = A.series(exposure_b, "exposure_b", where=w) if exposure_b is not None else None
    for arg, buf in (("exposure_a", ea), ("exposure_b", eb)):
        # the C test refuses (CTREND_EINVAL) an exposure that is not finite and positive
        bad = [] if buf is None else \
            [(j, v) for j, v in enumerate(float(e) for e in buf.obj) if not (v > 0 and v < math.inf)]
        if bad:
            raise ValueError("%s: %s must be finite and positive in every month, got %r at %d"
                             % (w, arg, bad[0][1], bad[0][0]))
    ratio = _positive(ratio, "ratio", w)
    alt = _alt(alternative, w)
    level = C.level(level, where=w)
    if ea is not None:
        A.same_calendar(ai, ea, ("a", "exposure_a"), where=w)
    if eb is not None:
        A.same_calendar(bi, eb, ("b", "exposure_b"), where=w)
    res, test = _result(), _test(ratio, alt, level)
    _run(_lib.fn("ctrend_exact_period_ratio")(ai.ptr, ea.ptr if ea else None, ai.n, bi.ptr,
                                              eb.ptr if eb else None, bi.n, ctypes.byref(test),
                                              ctypes.byref(res)), w, "a, b, exposures or ratio")
    total = sum(v for v in (ai.obj[j] for j in range(ai.n)) if v == v)
    return _as_test_result(res, total, ratio, alt, level,
                           "Period A vs period B (exact rate ratio)")
