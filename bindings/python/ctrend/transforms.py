"""Rolling means/sums, changes, per-day rates and calendar aggregation (rolling.h, change.h,
aggregate.h).

Every function takes a series (list, numpy array or pandas Series; NaN/None = missing), a wide
DataFrame (column by column) or a long DataFrame with its keys named by ``by=[...]``, and
returns the same kind. Monthly indexes (PeriodIndex freq M, DatetimeIndex) are first placed
on their complete calendar (_arrays.series): a month absent from the index is missing, never
skipped, so results come back on the complete monthly index of the input's type and name.

pandas names have pandas semantics: ``pct_change`` returns a fraction (pandas'
``Series.pct_change(periods, fill_method=None)`` on the complete calendar: gaps are not
padded), ``rolling_mean``/``rolling_sum`` take ``window``, ``min_periods``, ``center``.
ctrend's own forms keep their own names: ``change_pct`` (percent, with a ``reason`` column
saying why a value is undefined), ``pct_change_vs_mean``, ``diff``, ``ratio``, ``share``.
"""
import ctypes
import warnings

from . import _lib
from . import _arrays as A
from . import _check as C

_D = _lib.c_double_p
_I32 = _lib.c_int32_p

#: ctrend_align values (API definition), with pandas' and zoo's spellings as aliases
ALIGN = _lib.enum_table("ctrend_align", "CTREND_ALIGN_",
                        aliases={"right": "trailing", "centered": "centred", "center": "centred",
                                 "centered_zoo": "centred_zoo"})
#: ctrend_undef_reason: code -> C name (API definition; includes 5 = CTREND_UNDEF_OVERFLOW)
REASONS = {v: k for k, v in _lib.api.ENUMS["ctrend_undef_reason"].items()}
#: short reason labels of change_pct's ``reason`` column ("" where the value is defined):
#: the C name without CTREND_UNDEF_, in lower case
REASON_LABELS = {v: "" if k == "CTREND_DEFINED" else k[len("CTREND_UNDEF_"):].lower()
                 for k, v in _lib.api.ENUMS["ctrend_undef_reason"].items()}
_LONG = ("by", "month", "value")


def _where(fn):
    return "ctrend." + fn


def _rolling_args(fn, window, min_periods, center, align):
    w = _where(fn)
    window = C.integer(window, "window", 1, C.MAX_MONTHS, where=w)
    if min_periods is None:
        mp = 0  # C: 0 = window (pandas' default min_periods=None)
    else:
        mp = C.integer(min_periods, "min_periods", 1, window, where=w)
    center = C.flag(center, "center", where=w)
    if align is None:
        code = ALIGN["centred"] if center else ALIGN["trailing"]
    else:
        code = C.choice(align, "align", ALIGN, where=w)
        if center and code == ALIGN["trailing"]:
            raise ValueError("%s: center=True contradicts align=%r" % (w, align))
    return window, mp, code


def _rolling(name, x, window, min_periods, center, align, start, by, month, value):
    w = _where(name[7:])
    window, mp, code = _rolling_args(name[7:], window, min_periods, center, align)
    f = _lib.fn(name)

    def run(xi):
        out = A.DoubleOut(xi.n)
        _lib.check(f(xi.ptr, xi.n, window, code, mp, out.ptr), where=w)
        return {name[7:]: out.value()}
    return A.apply_series(run, x, start=start, by=by, month_col=month, value=value, where=w)


def rolling_mean(x, window, min_periods=None, center=False, align=None, start=None, by=None,
                 month=None, value=None):
    """Rolling mean over `window` months, as pandas ``rolling(window, min_periods,
    center).mean()`` on the complete monthly calendar. min_periods: None (= window: a missing
    month or a window running off the series gives NaN) or 1..window. center=True is
    pandas' centring; align='centred_zoo' is zoo's (they differ for even windows).
    Long DataFrames: by=[key columns], month=, value= (see apply_series)."""
    return _rolling("ctrend_rolling_mean", x, window, min_periods, center, align, start, by,
                    month, value)


def rolling_sum(x, window, min_periods=None, center=False, align=None, start=None, by=None,
                month=None, value=None):
    """Rolling sum; arguments as rolling_mean. Missing is never summed as zero (pandas'
    min_periods=0, which sums an empty window to 0, is refused)."""
    return _rolling("ctrend_rolling_sum", x, window, min_periods, center, align, start, by,
                    month, value)


def cumsum(x, start=None, by=None, month=None, value=None):
    """Cumulative sum skipping missing months (pandas cumsum(skipna=True))."""
    f = _lib.fn("ctrend_rolling_cumsum")

    def run(xi):
        out = A.DoubleOut(xi.n)
        _lib.check(f(xi.ptr, xi.n, out.ptr), where="ctrend.cumsum")
        return {"cumsum": out.value()}
    return A.apply_series(run, x, start=start, by=by, month_col=month, value=value,
                          where="ctrend.cumsum")


def _reasons(buf, n):
    vals = [int(v) for v in buf[:n]]
    if A.np is not None:
        return A.np.asarray(vals, dtype=A.np.int32)
    return vals


def _change_kernel(name, k, where):
    f = _lib.fn(name)

    def kernel(xi):
        out = A.DoubleOut(xi.n)
        rbuf = (ctypes.c_int32 * max(xi.n, 1))()
        _lib.check(f(xi.ptr, xi.n, k, out.ptr, ctypes.cast(rbuf, _I32)), where=where)
        return out.value(), _reasons(rbuf, xi.n)
    return kernel


def _labels(codes):
    vals = [REASON_LABELS.get(int(c), "unknown") for c in codes]
    if A.np is not None:
        return A.np.asarray(vals, dtype=object)
    return vals


def _with_reason(fn, name, k_arg, k, x, start, by, month, value, col):
    w = _where(fn)
    k = C.integer(k, k_arg, 1, C.MAX_MONTHS, where=w)
    kernel = _change_kernel(name, k, w)

    def run(xi):
        v, r = kernel(xi)
        return {col: v, "reason": _labels(r)}
    return A.apply_series(run, x, start=start, by=by, month_col=month, value=value, where=w)


def change_pct(x, lag=1, start=None, by=None, month=None, value=None):
    """ctrend's percentage change at a lag, 100*(x[t] - x[t-lag])/x[t-lag], with the reason
    each undefined value is undefined. Series in: a DataFrame with columns ``change_pct``
    (percent; NaN when undefined) and ``reason`` ('' where defined, else 'no_history',
    'missing_current', 'missing_base', 'zero_base' or 'overflow'). Plain input without
    pandas: {'change_pct': values, 'reason': labels}."""
    return _with_reason("change_pct", "ctrend_change_pct", "lag", lag, x, start, by, month,
                        value, "change_pct")


def pct_change(x, periods=1, fill_method=None, start=None, by=None, month=None, value=None,
               lag=None, reasons=None):
    """Fractional change like pandas ``Series.pct_change(periods, fill_method=None)`` on the
    complete monthly calendar: x[t]/x[t-periods] - 1 (0.25 = +25 %). A missing month, or a
    month absent from the index, gives NaN on both sides of it: gaps are NOT padded (pandas'
    default fill_method='pad' would compute across them; only fill_method=None is accepted).
    A zero base gives inf (or NaN for 0/0) as in pandas; change_pct says why instead.
    `lag` is an alias of `periods`; reasons=True is deprecated (use change_pct)."""
    w = "ctrend.pct_change"
    if fill_method is not None:
        raise ValueError("%s: fill_method must be None (ctrend never carries a value across a "
                         "missing month; pandas' 'pad' does), got %r" % (w, fill_method))
    if lag is not None:
        periods = lag
    periods = C.integer(periods, "periods", 1, C.MAX_MONTHS, where=w)
    kernel = _change_kernel("ctrend_change_ratio", periods, w)
    np = A.np
    want_reasons = reasons is not None and C.flag(reasons, "reasons", where=w)
    if want_reasons:
        warnings.warn("ctrend.pct_change(reasons=True) is deprecated: use ctrend.change_pct, "
                      "which has a reason column", DeprecationWarning, stacklevel=2)

    def run(xi):
        ratio, codes = kernel(xi)
        if np is not None:
            frac = ratio - 1.0
            zero = codes == 4
            if zero.any():  # pandas: x/0 - 1 = +-inf, 0/0 - 1 = NaN
                cur = xi.obj[zero]
                frac[zero] = np.where(cur > 0, np.inf, np.where(cur < 0, -np.inf, np.nan))
        else:
            frac = []
            for i, (r, c) in enumerate(zip(ratio, codes)):
                if c == 4:
                    cur = xi.obj[i]
                    frac.append(float("inf") if cur > 0 else float("-inf") if cur < 0 else A.NAN)
                else:
                    frac.append(r - 1.0)
        res = {"pct_change": frac}
        if want_reasons:
            res["reason"] = codes
        return res
    out = A.apply_series(run, x, start=start, by=by, month_col=month, value=value, where=w)
    if want_reasons and isinstance(out, dict):
        return out["pct_change"], out["reason"]
    if want_reasons and hasattr(out, "columns") and list(out.columns) == ["pct_change", "reason"]:
        return out["pct_change"], out["reason"]
    return out


def pct_change_vs_mean(x, k, start=None, by=None, month=None, value=None, reasons=False):
    """Percentage change versus the mean of the previous k months (all k must be present),
    in percent. reasons=True returns a DataFrame with a ``reason`` column as change_pct."""
    if C.flag(reasons, "reasons", where="ctrend.pct_change_vs_mean"):
        return _with_reason("pct_change_vs_mean", "ctrend_change_pct_vs_mean", "k", k, x, start,
                            by, month, value, "pct_change_vs_mean")
    return _simple("pct_change_vs_mean", "ctrend_change_pct_vs_mean", "k", k, x, start, by,
                   month, value)


def _simple(fn, name, k_arg, k, x, start, by, month, value):
    w = _where(fn)
    k = C.integer(k, k_arg, 1, C.MAX_MONTHS, where=w)
    kernel = _change_kernel(name, k, w)
    return A.apply_series(lambda xi: {fn: kernel(xi)[0]}, x, start=start, by=by,
                          month_col=month, value=value, where=w)


def diff(x, lag=1, start=None, by=None, month=None, value=None, reasons=False):
    """Absolute difference x[t] - x[t-lag] (pandas ``diff(periods)``: NaN across gaps)."""
    if C.flag(reasons, "reasons", where="ctrend.diff"):
        return _with_reason("diff", "ctrend_change_diff", "lag", lag, x, start, by, month,
                            value, "diff")
    return _simple("diff", "ctrend_change_diff", "lag", lag, x, start, by, month, value)


def ratio(x, lag=1, start=None, by=None, month=None, value=None, reasons=False):
    """Ratio x[t] / x[t-lag] (NaN across gaps and for a zero base)."""
    if C.flag(reasons, "reasons", where="ctrend.ratio"):
        return _with_reason("ratio", "ctrend_change_ratio", "lag", lag, x, start, by, month,
                            value, "ratio")
    return _simple("ratio", "ctrend_change_ratio", "lag", lag, x, start, by, month, value)


def share(part, total, reasons=False, start=None):
    """100*part/total month by month (percent). Both on the same calendar."""
    w = "ctrend.share"
    pi = A.series(part, "part", start=start, where=w)
    ti = A.series(total, "total", start=start, where=w)
    A.same_calendar(pi, ti, ("part", "total"), where=w)
    out = A.DoubleOut(pi.n)
    rbuf = (ctypes.c_int32 * max(pi.n, 1))()
    _lib.check(_lib.fn("ctrend_change_share")(pi.ptr, ti.ptr, pi.n, out.ptr, ctypes.cast(rbuf, _I32)),
               where=w)
    values = A.wrap(out.value(), pi, name="share")
    if C.flag(reasons, "reasons", where=w):
        labels = A.wrap(_labels(_reasons(rbuf, pi.n)), pi, name="reason")
        pdm = A._pandas()
        if pdm is not None and hasattr(values, "index"):
            return pdm.DataFrame({"share": values, "reason": labels})
        return values, labels
    return values


def reason_string(reason):
    """English text of a change's undefined-reason code (or label, e.g. 'zero_base')."""
    if isinstance(reason, str):
        codes = {v: k for k, v in REASON_LABELS.items() if v}
        reason = C.choice(reason, "reason", codes, where="ctrend.reason_string")
    reason = C.integer(reason, "reason", 0, max(REASONS), where="ctrend.reason_string")
    return _lib.fn("ctrend_change_reason_string")(reason).decode()


def per_day(x, start=None, by=None, month=None, value=None):
    """Counts per day: x[t] / days in month t. The calendar matters here: a plain sequence
    or a RangeIndex needs start= (the first month)."""
    f = _lib.fn("ctrend_aggregate_per_day")

    def run(xi):
        out = A.DoubleOut(xi.n)
        _lib.check(f(xi.ptr, xi.n, xi.start, out.ptr), where="ctrend.per_day")
        return {"per_day": out.value()}
    return A.apply_series(run, x, start=start, need_start=True, by=by, month_col=month,
                          value=value, where="ctrend.per_day")


def aggregate(x, period_months=3, start=None, allow_missing=False):
    """Sums over calendar periods (3 = quarters, 12 = years; any divisor of 12). A period with
    a missing month (including a month absent from the index) is NaN unless allow_missing.
    Returns a pandas Series indexed by the periods' first months (monthly input), or
    (values, first_month) for plain input, which needs start=."""
    w = "ctrend.aggregate"
    pm = C.integer(period_months, "period_months", 1, 12, where=w)
    if 12 % pm:
        raise ValueError("%s: period_months must divide 12 (1, 2, 3, 4, 6 or 12), got %d"
                         % (w, pm))
    am = int(C.flag(allow_missing, "allow_missing", where=w))
    xi = A.series(x, start=start, need_start=True, where=w)
    f = _lib.fn("ctrend_aggregate_periods")
    need, first = ctypes.c_size_t(), ctypes.c_int32()
    _lib.check(f(xi.ptr, xi.n, xi.start, pm, am, None, 0, ctypes.byref(need),
                 ctypes.byref(first)), where=w)
    out = A.DoubleOut(need.value)
    _lib.check(f(xi.ptr, xi.n, xi.start, pm, am, out.ptr, out.n, ctypes.byref(need),
                 ctypes.byref(first)), where=w)
    pdm = A._pandas()
    if pdm is not None and xi.monthly:
        idx = pdm.PeriodIndex([A.period(first.value + i * pm) for i in range(need.value)],
                              freq="M", name=xi.index_name)
        if xi.kind == "datetime":
            idx = idx.to_timestamp(how="start")
        return pdm.Series(out.value(), index=idx, name=xi.name)
    return out.value(), first.value
