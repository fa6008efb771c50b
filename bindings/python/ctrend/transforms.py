"""Rolling means/sums, changes, per-day rates and calendar aggregation (rolling.h, change.h,
aggregate.h). Every function takes a series (list, numpy array or pandas Series; NaN/None =
missing) and returns the same kind: a pandas Series keeps the input's index."""
import ctypes

from . import _lib
from . import _arrays as A

_D = _lib.c_double_p
_I32 = _lib.c_int32_p
for _name in ("ctrend_rolling_mean", "ctrend_rolling_sum"):
    _lib.declare(_name, ctypes.c_int, _D, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_int,
                 ctypes.c_size_t, _D)
_lib.declare("ctrend_cumsum", ctypes.c_int, _D, ctypes.c_size_t, _D)
for _name in ("ctrend_change_pct", "ctrend_change_pct_vs_mean", "ctrend_change_diff",
              "ctrend_change_ratio"):
    _lib.declare(_name, ctypes.c_int, _D, ctypes.c_size_t, ctypes.c_size_t, _D, _I32)
_lib.declare("ctrend_share", ctypes.c_int, _D, _D, ctypes.c_size_t, _D, _I32)
_lib.declare("ctrend_change_reason_count", ctypes.c_int)
_lib.declare("ctrend_change_reason_string", ctypes.c_char_p, ctypes.c_int)
_lib.declare("ctrend_change_reason_name", ctypes.c_char_p, ctypes.c_int)
_lib.declare("ctrend_per_day", ctypes.c_int, _D, ctypes.c_size_t, ctypes.c_int32, _D)
_lib.declare("ctrend_aggregate", ctypes.c_int, _D, ctypes.c_size_t, ctypes.c_int32,
             ctypes.c_size_t, ctypes.c_int, _D, ctypes.c_size_t, _lib.c_size_t_p, _I32)

#: pinned ctrend_align values
ALIGN = {"trailing": 0, "right": 0, "centred": 1, "centered": 1, "center": 1,
         "centred_zoo": 2, "centered_zoo": 2}
#: pinned ctrend_undef_reason values
REASONS = {0: "CTREND_DEFINED", 1: "CTREND_UNDEF_NO_HISTORY", 2: "CTREND_UNDEF_MISSING_CURRENT",
           3: "CTREND_UNDEF_MISSING_BASE", 4: "CTREND_UNDEF_ZERO_BASE"}


def _align(align):
    if isinstance(align, int):
        return align
    try:
        return ALIGN[align]
    except KeyError:
        raise ValueError("ctrend: align is one of %s" % sorted(ALIGN)) from None


def _rolling(name, x, window, align, min_periods):
    xi = A.as_input(x)
    out = A.DoubleOut(xi.n)
    _lib.check(_lib.fn(name)(xi.ptr, xi.n, int(window), _align(align), int(min_periods or 0),
                             out.ptr), where=name[7:])
    return A.wrap(out.value(), xi)


def rolling_mean(x, window, align="trailing", min_periods=0):
    """Rolling mean over `window` months. align: 'trailing' (pandas default, zoo 'right'),
    'centred' (pandas center=True) or 'centred_zoo' (zoo align='center'; differs for even
    windows). min_periods 0 = window (a missing month or a short window gives NaN)."""
    return _rolling("ctrend_rolling_mean", x, window, align, min_periods)


def rolling_sum(x, window, align="trailing", min_periods=0):
    """Rolling sum; arguments as rolling_mean. Missing is never summed as zero."""
    return _rolling("ctrend_rolling_sum", x, window, align, min_periods)


def cumsum(x):
    """Cumulative sum skipping missing months (pandas cumsum(skipna=True))."""
    xi = A.as_input(x)
    out = A.DoubleOut(xi.n)
    _lib.check(_lib.fn("ctrend_cumsum")(xi.ptr, xi.n, out.ptr), where="cumsum")
    return A.wrap(out.value(), xi)


def _reasons_out(n):
    buf = (ctypes.c_int32 * max(n, 1))()
    return buf, ctypes.cast(buf, _I32)


def _reasons_value(buf, n, like):
    vals = [int(v) for v in buf[:n]]
    if A.np is not None:
        vals = A.np.asarray(vals, dtype=A.np.int32)
    return A.wrap(vals, like)


def _change(name, x, k, reasons):
    xi = A.as_input(x)
    out = A.DoubleOut(xi.n)
    rbuf, rptr = _reasons_out(xi.n)
    _lib.check(_lib.fn(name)(xi.ptr, xi.n, int(k), out.ptr, rptr), where=name[7:])
    values = A.wrap(out.value(), xi)
    return (values, _reasons_value(rbuf, xi.n, xi)) if reasons else values


def pct_change(x, lag=1, reasons=False):
    """Percentage change at a lag: 100*(x[t] - x[t-lag])/x[t-lag]. Undefined (NaN) across
    missing months and for a zero base (pandas pads gaps and gives inf instead). With
    reasons=True also returns the ctrend_undef_reason codes (see REASONS)."""
    return _change("ctrend_change_pct", x, lag, reasons)


def pct_change_vs_mean(x, k, reasons=False):
    """Percentage change versus the mean of the previous k months (all k must be present)."""
    return _change("ctrend_change_pct_vs_mean", x, k, reasons)


def diff(x, lag=1, reasons=False):
    """Absolute difference x[t] - x[t-lag]."""
    return _change("ctrend_change_diff", x, lag, reasons)


def ratio(x, lag=1, reasons=False):
    """Ratio x[t] / x[t-lag]."""
    return _change("ctrend_change_ratio", x, lag, reasons)


def share(part, total, reasons=False):
    """100*part/total month by month."""
    pi, ti = A.as_input(part), A.as_input(total)
    if pi.n != ti.n:
        raise ValueError("ctrend: part and total differ in length")
    out = A.DoubleOut(pi.n)
    rbuf, rptr = _reasons_out(pi.n)
    _lib.check(_lib.fn("ctrend_share")(pi.ptr, ti.ptr, pi.n, out.ptr, rptr), where="share")
    values = A.wrap(out.value(), pi)
    return (values, _reasons_value(rbuf, pi.n, pi)) if reasons else values


def reason_string(reason):
    """English text of a change's undefined-reason code."""
    return _lib.fn("ctrend_change_reason_string")(int(reason)).decode()


def _start_of(xi, start):
    if start is not None:
        return A.month(start)
    if xi.index is not None and len(xi.index):
        return A.month(xi.index[0])
    raise ValueError("ctrend: start= (the first month) is needed for plain sequences")


def per_day(x, start=None):
    """Counts per day: x[t] / days in month t. `start` is the first month (taken from a
    pandas Series' PeriodIndex when omitted)."""
    xi = A.as_input(x)
    m0 = _start_of(xi, start)
    out = A.DoubleOut(xi.n)
    _lib.check(_lib.fn("ctrend_per_day")(xi.ptr, xi.n, m0, out.ptr), where="per_day")
    return A.wrap(out.value(), xi)


def aggregate(x, period_months=3, start=None, allow_missing=False):
    """Sums over calendar periods (3 = quarters, 12 = years; any divisor of 12). A period with
    a missing month is NaN unless allow_missing. Returns (values, first_month) for plain
    input, or a pandas Series indexed by the periods' first months."""
    xi = A.as_input(x)
    m0 = _start_of(xi, start)
    f = _lib.fn("ctrend_aggregate")
    need, first = ctypes.c_size_t(), ctypes.c_int32()
    _lib.check(f(xi.ptr, xi.n, m0, int(period_months), int(bool(allow_missing)), None, 0,
                 ctypes.byref(need), ctypes.byref(first)), where="aggregate")
    out = A.DoubleOut(need.value)
    _lib.check(f(xi.ptr, xi.n, m0, int(period_months), int(bool(allow_missing)), out.ptr,
                 out.n, ctypes.byref(need), ctypes.byref(first)), where="aggregate")
    pdm = A._pandas()
    if pdm is not None and xi.index is not None:
        idx = pdm.PeriodIndex([A.period(first.value + i * int(period_months))
                               for i in range(need.value)], freq="M")
        return pdm.Series(out.value(), index=idx, name=xi.name)
    return out.value(), first.value
