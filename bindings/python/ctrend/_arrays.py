"""Arrays across the FFI boundary, and months.

Inputs: lists/tuples (None = missing), array.array, numpy arrays and pandas Series. A
C-contiguous float64 numpy array is passed to C without a copy (its buffer pointer, via
``ndarray.ctypes.data_as``); anything else is converted once. Outputs are numpy arrays when
numpy is importable (a list otherwise), and pandas Series with a monthly PeriodIndex when the
input was a pandas Series or a start month is known and pandas is importable.
NaN means missing on both sides: numpy's nan, pandas' NA/NaN and R's NA_real_ are all NaN.
"""
import ctypes
import datetime
import math

from . import _lib

try:  # optional
    import numpy as np
except ImportError:  # pragma: no cover - exercised by the no-numpy test via monkeypatch
    np = None
try:
    import pandas as pd
except ImportError:  # pragma: no cover
    pd = None

NAN = float("nan")


def _numpy():
    return np


def _pandas():
    return pd if np is not None else None


class DoubleIn:
    """A read-only double buffer for a ``const double *x, size_t n`` parameter."""

    __slots__ = ("obj", "ptr", "n", "index", "name")

    def __init__(self, x):
        self.index = None
        self.name = None
        pdm = _pandas()
        if pdm is not None and isinstance(x, pdm.Series):
            self.index = x.index
            self.name = x.name
            x = x.to_numpy(dtype="float64", na_value=NAN)
        if np is not None and not isinstance(x, (list, tuple)):
            arr = np.ascontiguousarray(x, dtype=np.float64)  # no copy when already suitable
            if arr.ndim != 1:
                raise ValueError("ctrend: expected a one-dimensional series, got shape %s"
                                 % (arr.shape,))
            self.obj = arr
            self.n = arr.shape[0]
            self.ptr = arr.ctypes.data_as(_lib.c_double_p)
            return
        vals = [NAN if v is None else float(v) for v in x]
        self.n = len(vals)
        self.obj = (ctypes.c_double * max(self.n, 1))(*vals)
        self.ptr = ctypes.cast(self.obj, _lib.c_double_p)


class DoubleOut:
    """A caller-owned output buffer of n doubles (numpy array when numpy is present)."""

    __slots__ = ("obj", "ptr", "n")

    def __init__(self, n, fill=NAN):
        self.n = int(n)
        if np is not None:
            self.obj = np.full(self.n, fill, dtype=np.float64)
            self.ptr = self.obj.ctypes.data_as(_lib.c_double_p)
        else:
            self.obj = (ctypes.c_double * max(self.n, 1))(*([fill] * self.n))
            self.ptr = ctypes.cast(self.obj, _lib.c_double_p)

    def value(self):
        """numpy array (zero-copy) or a list of floats."""
        if np is not None:
            return self.obj
        return list(self.obj[: self.n])


def as_input(x):
    return x if isinstance(x, DoubleIn) else DoubleIn(x)


def wrap(values, like=None, start=None, name=None):
    """Return `values` shaped like the input: a pandas Series on the input's index, a Series on
    a monthly PeriodIndex from month `start`, or the plain numpy array / list."""
    pdm = _pandas()
    if pdm is not None and like is not None and like.index is not None:
        if len(like.index) == len(values):
            return pdm.Series(values, index=like.index, name=name if name else like.name)
    if pdm is not None and start is not None:
        return pdm.Series(values, index=period_index(start, len(values)), name=name)
    return values


# ---- months ---------------------------------------------------------------------------
_lib.declare("ctrend_month_parse", ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t,
             _lib.c_int32_p)
_lib.declare("ctrend_month_make", ctypes.c_int, ctypes.c_int32, ctypes.c_int32, _lib.c_int32_p)
_lib.declare("ctrend_month_year", ctypes.c_int32, ctypes.c_int32)
_lib.declare("ctrend_month_of_year", ctypes.c_int32, ctypes.c_int32)
_lib.declare("ctrend_month_days", ctypes.c_int32, ctypes.c_int32)
_lib.declare("ctrend_month_add", ctypes.c_int32, ctypes.c_int32, ctypes.c_int32)
_lib.declare("ctrend_month_format", ctypes.c_int, ctypes.c_int32, ctypes.c_char_p, ctypes.c_size_t)

MONTH_STRLEN = 8


def month(x):
    """Month index (year*12 + month-1) of `x`: an int (already an index), a string the C
    parser accepts ("2022-01", "Jan 2022", "2022/01/15", ...), a (year, month) tuple, a
    datetime.date/datetime, a pandas Period or Timestamp, or a numpy datetime64."""
    if isinstance(x, bool):
        raise TypeError("ctrend: a month cannot be a bool")
    if isinstance(x, int) or (np is not None and isinstance(x, np.integer)):
        return int(x)
    if isinstance(x, (str, bytes)):
        raw = _lib.encode(x)
        out = ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_month_parse(raw, len(raw), ctypes.byref(out)),
                   where="month %r" % (x,))
        return out.value
    if isinstance(x, tuple) and len(x) == 2:
        out = ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_month_make(int(x[0]), int(x[1]), ctypes.byref(out)),
                   where="month %r" % (x,))
        return out.value
    if pd is not None and isinstance(x, pd.Period):
        return x.year * 12 + x.month - 1
    if np is not None and isinstance(x, np.datetime64):
        x = pd.Timestamp(x) if pd is not None else x.astype(datetime.datetime)
    if hasattr(x, "year") and hasattr(x, "month"):
        return month((int(x.year), int(x.month)))
    raise TypeError("ctrend: cannot read a month from %r" % (x,))


def month_str(m):
    """'YYYY-MM' of a month index."""
    buf = ctypes.create_string_buffer(MONTH_STRLEN)
    _lib.check(_lib.lib.ctrend_month_format(int(m), buf, MONTH_STRLEN), where="month %r" % (m,))
    return buf.value.decode()


def month_days(m):
    """Days in month `m` (any form month() accepts)."""
    return int(_lib.lib.ctrend_month_days(month(m)))


def period(m):
    """pandas Period (freq 'M') of a month index."""
    return pd.Period(year=int(m) // 12, month=int(m) % 12 + 1, freq="M")


def period_index(start, n):
    """Monthly PeriodIndex of n months from month index `start`."""
    return pd.period_range(start=period(int(start)), periods=int(n), freq="M")


def months(start, n):
    """List of 'YYYY-MM' strings of n months from month index `start`."""
    return [month_str(start + i) for i in range(int(n))]


def isnan(v):
    return v != v or (isinstance(v, float) and math.isnan(v))
