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
import numbers

from . import _lib
from . import _check

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
    """A read-only double buffer for a ``const double *x, size_t n`` parameter, built by
    :func:`series` (the one index-normalising function): ``start`` is the first month when
    known, ``kind`` says how to index results ('period', 'datetime', 'index' for another
    pandas index kept as is, or None for plain input)."""

    __slots__ = ("obj", "ptr", "n", "start", "kind", "index", "name", "index_name", "meta",
                 "inserted")

    def __init__(self, values, start=None, kind=None, index=None, name=None, index_name=None,
                 meta=None, inserted=()):
        self.start = start
        self.kind = kind
        self.index = index
        self.name = name
        self.index_name = index_name
        self.meta = meta
        self.inserted = inserted
        if np is not None:
            self.obj = values
            self.n = values.shape[0]
            self.ptr = values.ctypes.data_as(_lib.c_double_p)
        else:
            self.n = len(values)
            self.obj = (ctypes.c_double * max(self.n, 1))(*values)
            self.ptr = ctypes.cast(self.obj, _lib.c_double_p)

    @property
    def monthly(self):
        """True when the input carried months (a PeriodIndex or DatetimeIndex)."""
        return self.kind in ("period", "datetime")


def _type_error(where, arg, x, what="a series (list, numpy array or pandas Series of numbers)"):
    return TypeError("%s: %s must be %s, got %s" % (where, arg, what, _describe(x)))


def _describe(x):
    t = type(x).__name__
    if np is not None and isinstance(x, np.ndarray):
        return "a numpy array of dtype %s" % x.dtype
    if pd is not None and isinstance(x, pd.Series):
        return "a pandas Series of dtype %s" % x.dtype
    text = repr(x)
    return "%s %s" % (t, text if len(text) < 40 else text[:37] + "...")


def _numeric_array(x, arg, where):
    """1-D float64 array from a numpy array/list/array.array, refusing what would be read
    silently wrong: strings, complex numbers, datetimes, bools, nested sequences."""
    if isinstance(x, np.ndarray):
        arr = x
    else:
        if isinstance(x, (list, tuple)):
            for v in x:
                if v is None:
                    continue
                if isinstance(v, (bool, str, bytes, complex)) or type(v).__name__ == "bool_" \
                        or not isinstance(v, numbers.Real):
                    raise _type_error(where, arg, x, "a series of real numbers (None = "
                                      "missing); found %s" % _describe(v))
            x = [NAN if v is None else v for v in x]
        try:
            arr = np.asarray(x)
        except (TypeError, ValueError):
            raise _type_error(where, arg, x) from None
    kind = arr.dtype.kind
    if kind == "O":
        try:
            if any(isinstance(v, (bool, str, bytes, complex)) for v in arr.ravel()):
                raise TypeError
            arr = arr.astype(np.float64)
        except (TypeError, ValueError):
            raise _type_error(where, arg, x, "a series of real numbers") from None
    elif kind not in "fiu":
        raise _type_error(where, arg, x, "a series of real numbers (not %s)" % {
            "c": "complex", "M": "datetimes", "m": "timedeltas", "b": "booleans",
            "U": "strings", "S": "bytes"}.get(kind, "dtype %s" % arr.dtype))
    if arr.ndim != 1:
        raise ValueError("%s: %s must be one-dimensional, got shape %s" % (where, arg, arr.shape))
    return np.ascontiguousarray(arr, dtype=np.float64)  # no copy when already float64


def _month_codes(index, arg, where):
    """(codes, kind, meta) of a PeriodIndex (freq M) or DatetimeIndex; None for other indexes."""
    if isinstance(index, pd.PeriodIndex):
        if index.freqstr not in ("M",) and not str(index.freqstr).startswith("M"):
            raise ValueError("%s: %s has a PeriodIndex of frequency %r; ctrend needs monthly "
                             "periods (freq 'M')" % (where, arg, index.freqstr))
        if index.hasnans:
            raise ValueError("%s: %s has a missing (NaT) month in its index" % (where, arg))
        # monthly ordinals count months from 1970-01: the month index is 1970*12 + ordinal
        codes = np.asarray(index.asi8, dtype=np.int64) + 1970 * 12
        return codes, "period", None
    if isinstance(index, pd.DatetimeIndex):
        if index.hasnans:
            raise ValueError("%s: %s has a missing (NaT) date in its index" % (where, arg))
        codes = np.asarray(index.year, dtype=np.int64) * 12 + np.asarray(index.month) - 1
        month_end = bool(len(index)) and bool(index.is_month_end.all()) and \
            not bool(index.is_month_start.all())
        return codes, "datetime", {"tz": index.tz, "month_end": month_end}
    return None


def place(index, arg="x", start=None, where="ctrend"):
    """Where the rows of a pandas object with a monthly index sit on the complete calendar:
    (first month, n months, positions of the rows, kind, meta, inserted months). None for a
    non-monthly index. Two rows in one month raise ValueError naming the month."""
    got = _month_codes(index, arg, where)
    if got is None:
        return None
    codes, kind, meta = got
    if not len(codes):
        m0 = month(start, "start", where) if start is not None else None
        return m0, 0, codes, kind, meta, ()
    lo = int(codes[0])
    # the common case, already a complete calendar: the months (not the index's values: two
    # dates in one month are distinct dates) strictly increasing from lo to lo + n - 1
    if int(codes[-1]) - lo == len(codes) - 1 and (len(codes) < 2 or
                                                  bool((codes[1:] > codes[:-1]).all())) and \
            lo >= _check.MONTH_MIN and lo + len(codes) - 1 <= _check.MONTH_MAX:
        if start is not None and month(start, "start", where) != lo:
            raise ValueError("%s: start=%r disagrees with the first month of %s's index (%s); "
                             "omit start= for indexed data" % (where, start, arg, month_str(lo)))
        return lo, len(codes), None, kind, meta, ()
    order = np.sort(codes)
    dup = order[1:][order[1:] == order[:-1]]
    if len(dup):
        raise ValueError("%s: %s has two values in month %s (one value per month; aggregate "
                         "first, e.g. s.groupby(s.index.to_period('M')).sum())"
                         % (where, arg, month_str(int(dup[0]))))
    lo, hi = int(order[0]), int(order[-1])
    if lo < _check.MONTH_MIN or hi > _check.MONTH_MAX:
        raise ValueError("%s: %s's index runs outside years 1..9999" % (where, arg))
    if start is not None:
        m0 = month(start, "start", where)
        if m0 != lo:
            raise ValueError("%s: start=%r disagrees with the first month of %s's index (%s); "
                             "omit start= for indexed data" % (where, start, arg, month_str(lo)))
    n = hi - lo + 1
    pos = codes - lo
    inserted = ()
    if n != len(codes):
        present = np.zeros(n, dtype=bool)
        present[pos] = True
        inserted = tuple(month_str(lo + int(i)) for i in np.flatnonzero(~present))
    return lo, n, pos, kind, meta, inserted


def series(x, arg="x", start=None, need_start=False, where="ctrend", allow_none=False):
    """THE index-normalising function every entry point taking a series goes through.

    * a pandas Series with a PeriodIndex (freq M) or DatetimeIndex is placed on its complete
      monthly calendar: months absent from the index become NaN (missing, listed in
      ``.inserted``), two values in one month raise ValueError naming the month, the rows
      may come in any order;
    * a Series with another index (RangeIndex, integers, ...) and plain sequences (list,
      tuple, numpy array) are taken as consecutive months; ``start=`` gives the first month,
      and is required when ``need_start`` (the operation depends on the calendar);
    * values must be real numbers: str, None (as the whole series), complex, datetimes and
      booleans are refused with a TypeError naming `arg`.
    Returns a DoubleIn (``.start``, ``.kind`` tell :func:`wrap` how to index results).
    """
    if isinstance(x, DoubleIn):
        return x
    if x is None:
        if allow_none:
            return None
        raise _type_error(where, arg, x)
    if isinstance(x, (str, bytes, numbers.Number)) or isinstance(x, dict):
        raise _type_error(where, arg, x)
    pdm = _pandas()
    if pdm is not None and isinstance(x, pdm.DataFrame):
        raise TypeError("%s: %s must be one series here, got a DataFrame with %d columns "
                        "(pick a column)" % (where, arg, x.shape[1]))
    if pdm is not None and isinstance(x, pdm.Series):
        if x.dtype.kind not in "fiuO" and not str(x.dtype).startswith(("Int", "UInt", "Float")):
            raise _type_error(where, arg, x, "a Series of real numbers (not %s)" % x.dtype)
        if x.dtype == np.float64:
            vals = x.to_numpy()  # NaN is already missing: no copy
        elif x.dtype.kind == "O":
            vals = _numeric_array(x.to_numpy(), arg, where)
        else:
            vals = x.to_numpy(dtype="float64", na_value=NAN)
        placed = place(x.index, arg, start, where)
        if placed is None:
            m0 = month(start, "start", where) if start is not None else None
            if need_start and m0 is None:
                raise ValueError(_need_start_msg(where, arg, "a Series with a %s"
                                                 % type(x.index).__name__))
            return DoubleIn(np.ascontiguousarray(vals), m0, "index", x.index, x.name,
                            x.index.name)
        m0, n, pos, kind, meta, inserted = placed
        if pos is None or n == 0:
            full = np.ascontiguousarray(vals)
        else:
            full = np.full(n, NAN)
            full[pos] = vals
        return DoubleIn(full, m0, kind, None, x.name, x.index.name, meta, inserted)
    m0 = month(start, "start", where) if start is not None else None
    if need_start and m0 is None:
        raise ValueError(_need_start_msg(where, arg, "a plain sequence"))
    if np is not None:
        return DoubleIn(_numeric_array(x, arg, where), m0)
    try:
        items = list(x)
    except TypeError:
        raise _type_error(where, arg, x) from None
    vals = []
    for v in items:
        if v is None:
            vals.append(NAN)
        elif isinstance(v, (bool, str, bytes, complex)) or not isinstance(v, numbers.Real):
            raise _type_error(where, arg, x, "a series of real numbers; found %s" % _describe(v))
        else:
            vals.append(float(v))
    return DoubleIn(vals, m0)


def _need_start_msg(where, arg, what):
    return ("%s: %s is %s, which carries no months: pass start= (the first month, e.g. "
            "start='2022-01'), or give it a monthly PeriodIndex/DatetimeIndex"
            % (where, arg, what))


def as_input(x, arg="x", start=None, where="ctrend"):
    """Backward-compatible name of :func:`series`."""
    return series(x, arg, start=start, where=where)


def same_calendar(a, b, names, where="ctrend"):
    """Two inputs that must describe the same months (e.g. part and total, y and pred)."""
    if a.n != b.n:
        raise ValueError("%s: %s and %s differ in length (%d and %d months)"
                         % (where, names[0], names[1], a.n, b.n))
    if a.monthly and b.monthly and a.start != b.start:
        raise ValueError("%s: %s starts in %s but %s in %s" % (where, names[0],
                         month_str(a.start), names[1], month_str(b.start)))


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


def month_index(like, start, n, name=None):
    """The pandas index of n months from `start` shaped like the input `like` (a DoubleIn or
    None): a PeriodIndex, or a DatetimeIndex (month starts, or month ends when the input's
    dates were month ends; the input's time zone), named as the input's index."""
    idx = pd.period_range(start=period(int(start)), periods=int(n), freq="M",
                          name=like.index_name if like is not None else name)
    if like is not None and like.kind == "datetime":
        meta = like.meta or {}
        if meta.get("month_end"):
            idx = idx.to_timestamp(how="end").normalize()
        else:
            idx = idx.to_timestamp(how="start")
        if meta.get("tz") is not None:
            idx = idx.tz_localize(meta["tz"])
    return idx


def wrap(values, like=None, start=None, name=None):
    """Return `values` shaped like the input `like`: for monthly input a Series on the
    complete monthly calendar of the input's index type and name; for another pandas index
    a Series on that index; for plain input with a known `start` (models) a Series on a
    PeriodIndex; else the plain numpy array / list."""
    pdm = _pandas()
    if pdm is None:
        return values
    if like is not None:
        nm = name if name is not None else like.name
        if like.monthly:
            return pdm.Series(values, index=month_index(like, like.start if start is None
                                                        else start, len(values)), name=nm)
        if like.kind == "index" and len(like.index) == len(values):
            return pdm.Series(values, index=like.index, name=nm)
    if start is not None:
        return pdm.Series(values, index=month_index(like if like is not None and like.monthly
                                                    else None, start, len(values)), name=name)
    return values


# ---- months ---------------------------------------------------------------------------

#: buffer size of ctrend_month_format ("YYYY-MM" and NUL), CTREND_MONTH_STRLEN (month.h)
MONTH_STRLEN = _lib.api.CTREND_MONTH_STRLEN


_PARSED = {}


def month(x, arg="x", where="ctrend.month"):
    """Month index (year*12 + month-1) of `x`: an int (already an index, 12..119999 = years
    1..9999), a string the C parser accepts ("2022-01", "Jan 2022", "2022/01/15", ...), a
    (year, month) tuple, a datetime.date/datetime, a pandas Period (monthly) or Timestamp,
    or a numpy datetime64. Anything else is a TypeError naming `arg`."""
    if isinstance(x, bool) or x is None:
        raise TypeError("%s: %s must be a month ('2022-01', a Period, a date or a month "
                        "index), got %r" % (where, arg, x))
    if isinstance(x, int) or (np is not None and isinstance(x, np.integer)):
        return _check.integer(x, arg, _check.MONTH_MIN, _check.MONTH_MAX, where=where)
    if isinstance(x, (str, bytes)):
        hit = _PARSED.get(x)
        if hit is not None:
            return hit
        raw = _lib.encode(x, arg, where)
        if b"\0" in raw:
            raise ValueError("%s: %s must not contain a NUL character" % (where, arg))
        out = ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_month_parse(raw, len(raw), ctypes.byref(out)),
                   where="%s %r" % (arg, x))
        if len(_PARSED) < 4096:  # month strings repeat (steps, starts): parse each once
            _PARSED[x] = out.value
        return out.value
    if isinstance(x, tuple) and len(x) == 2:
        y = _check.integer(x[0], arg + " year", 1, 9999, where=where)
        m = _check.integer(x[1], arg + " month of year", 1, 12, where=where)
        out = ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_month_make(y, m, ctypes.byref(out)), where="%s %r" % (arg, x))
        return out.value
    if pd is not None and isinstance(x, pd.Period):
        if not x.freqstr.startswith("M"):
            raise ValueError("%s: %s is a Period of frequency %r; a monthly Period is needed"
                             % (where, arg, x.freqstr))
        return x.year * 12 + x.month - 1
    if np is not None and isinstance(x, np.datetime64):
        if np.isnat(x):
            raise ValueError("%s: %s is NaT" % (where, arg))
        x = pd.Timestamp(x) if pd is not None else x.astype(datetime.datetime)
    if pd is not None and x is pd.NaT:
        raise ValueError("%s: %s is NaT" % (where, arg))
    if hasattr(x, "year") and hasattr(x, "month") and not isinstance(x, type):
        return month((int(x.year), int(x.month)), arg, where)
    raise TypeError("%s: %s must be a month ('2022-01', a Period, a date or a month index), "
                    "got %s" % (where, arg, _describe(x)))


def _code(m, arg="m", where="ctrend"):
    return _check.integer(m, arg, _check.MONTH_MIN, _check.MONTH_MAX, where=where)


def month_str(m):
    """'YYYY-MM' of a month index (12..119999: years 1..9999)."""
    m = _code(m, "m", "ctrend.month_str")
    buf = ctypes.create_string_buffer(MONTH_STRLEN)
    _lib.check(_lib.lib.ctrend_month_format(m, buf, MONTH_STRLEN), where="month %r" % (m,))
    return buf.value.decode()


def month_days(m):
    """Days in month `m` (any form month() accepts)."""
    return int(_lib.lib.ctrend_month_days(month(m, "m", "ctrend.month_days")))


def period(m):
    """pandas Period (freq 'M') of a month index."""
    m = _code(m, "m", "ctrend.period")
    return pd.Period(year=m // 12, month=m % 12 + 1, freq="M")


def _span(start, n, where):
    start = month(start, "start", where)
    n = _check.integer(n, "n", 0, _check.MAX_MONTHS, where=where)
    if n and start + n - 1 > _check.MONTH_MAX:
        raise ValueError("%s: %d months from %s run past December 9999" % (where, n,
                                                                           month_str(start)))
    return start, n


def period_index(start, n):
    """Monthly PeriodIndex of n months from month `start` (a month index or any month form)."""
    start, n = _span(start, n, "ctrend.period_index")
    return pd.period_range(start=period(start), periods=n, freq="M")


def months(start, n):
    """List of 'YYYY-MM' strings of n months from month `start`."""
    start, n = _span(start, n, "ctrend.months")
    return [month_str(start + i) for i in range(n)]


def isnan(v):
    return v != v or (isinstance(v, float) and math.isnan(v))


# ---- pandas DataFrames: wide (column-wise) and long (keys named by `by=`) -----------------
def _month_labels(values, arg, where):
    """A pandas Index of months from a column: Periods, datetimes, or month strings.
    `values` is the column's pandas array (Series.array), not to_numpy(): a Period column
    would be boxed into one Python object per row (80 % of fit_many's time on 480 000 rows)."""
    idx = pd.Index(values)
    if isinstance(idx, (pd.PeriodIndex, pd.DatetimeIndex)):
        return idx
    if idx.dtype.kind == "M":
        return pd.DatetimeIndex(idx)
    codes = {}
    for v in pd.unique(idx):
        codes[v] = month(v, arg, where)
    return pd.PeriodIndex([period(codes[v]) for v in idx], freq="M")


def long_columns(df, by, month_col=None, value=None, where="ctrend"):
    """Resolve the key, month and value columns of a long DataFrame: (by list, month labels
    (a pandas Index aligned with the rows), month column name or None, value column name)."""
    if isinstance(by, str):
        by = [by]
    if not isinstance(by, (list, tuple)):
        raise TypeError("%s: by= must be a column name or a list of column names, got %r"
                        % (where, by))
    by = list(by)
    for arg, v in (("month", month_col), ("value", value)):
        if v is not None and not isinstance(v, (str, int)) or isinstance(v, bool):
            raise TypeError("%s: %s= must be a column name, got %r" % (where, arg, v))
    if not by:
        raise ValueError("%s: by= must name at least one key column" % where)
    for b in by:
        if not isinstance(b, (str, int)) or isinstance(b, bool):
            raise TypeError("%s: by= must name columns, got %r" % (where, b))
        if b not in df.columns:
            raise ValueError("%s: by= names column %r, which is not in the DataFrame (columns: "
                             "%s)" % (where, b, ", ".join(map(str, df.columns))))
    if month_col is not None:
        if month_col not in df.columns:
            raise ValueError("%s: month=%r is not a column (columns: %s)"
                             % (where, month_col, ", ".join(map(str, df.columns))))
        labels = _month_labels(df[month_col].array, "month column %r" % month_col, where)
    elif isinstance(df.index, (pd.PeriodIndex, pd.DatetimeIndex)):
        labels = df.index
    else:
        month_col = next((c for c in ("month", "date", "period") if c in df.columns), None)
        if month_col is None:
            raise ValueError("%s: a long DataFrame needs its months: name the column with "
                             "month=..., or give it a PeriodIndex/DatetimeIndex" % where)
        labels = _month_labels(df[month_col].array, "month column %r" % month_col, where)
    if value is None:
        rest = [c for c in df.columns if c not in by and c != month_col and
                df[c].dtype.kind in "fiu"]
        if len(rest) != 1:
            raise ValueError("%s: name the value column with value=... (numeric columns "
                             "besides the keys: %s)" % (where, ", ".join(map(str, rest)) or
                                                        "none"))
        value = rest[0]
    elif value not in df.columns:
        raise ValueError("%s: value=%r is not a column (columns: %s)"
                         % (where, value, ", ".join(map(str, df.columns))))
    return by, labels, month_col, value


def long_groups(df, by, month_col=None, value=None, where="ctrend"):
    """[(key tuple, Series of the group's values on its month labels)] in order of first
    appearance, plus the resolved (by, month column name, value name)."""
    by, labels, month_col, value = long_columns(df, by, month_col, value, where)
    out = []
    vals = df[value]
    for key, rows in df.groupby(by, sort=False, dropna=False).indices.items():
        key = key if isinstance(key, tuple) else (key,)
        s = pd.Series(vals.to_numpy()[rows], index=labels[rows], name=value)
        out.append((key, s))
    return out, by, month_col or "month", value


#: cells of the dense value buffer long_series fills at once (32 MB of doubles): series whose
#: calendars together span more are placed in several rounds, so the temporary stays bounded
#: whatever the months (the frame being built holds the values themselves anyway)
LONG_CHUNK_CELLS = 1 << 22


def _row_groups(df, by):
    """Group code of every row of df by the key columns `by`, and the key tuple of each
    group, in the order and with the keys of df.groupby(by, sort=False,
    dropna=False).indices (what long_groups iterates): each column's values numbered in
    order of first appearance (NA one value of its own, where it first appears), the groups
    in lexicographic order of those numbers (for one column: order of first appearance).

    A long DataFrame usually holds each series in one run of rows, so the key columns are
    compared with the previous row (numpy, no hashing) and only the first row of each run is
    factorised; pd.factorize of the whole columns is the fallback when a column's values
    cannot be compared elementwise (pd.NA). Hashing 480 000 strings twice cost more than the
    2000 fits it feeds (70 ms against 90 ms)."""
    n = len(df)
    if not n:
        return np.zeros(0, dtype=np.int64), []
    cols = [df[b] for b in by]
    try:
        change = np.zeros(n, dtype=bool)
        change[0] = True
        for c in cols:
            arr = np.asarray(c)
            change[1:] |= np.asarray(arr[1:] != arr[:-1], dtype=bool)
        starts = np.flatnonzero(change)
    except (TypeError, ValueError):  # pd.NA != pd.NA is NA: compare by hashing instead
        starts = np.arange(n)
    code, parts = None, []
    for c in cols:
        cc, uniq = pd.factorize(c.iloc[starts] if len(starts) < n else c, sort=False,
                                use_na_sentinel=False)
        cc = np.asarray(cc, dtype=np.int64)
        parts.append((cc, uniq))
        # mixed radix, renumbered in sorted order at each step: keeps the lexicographic
        # order and the numbers below n_runs * len(uniq)
        code = cc if code is None else np.unique(code * len(uniq) + cc,
                                                 return_inverse=True)[1].astype(np.int64)
    _, first_run, group = np.unique(code, return_index=True, return_inverse=True)
    keys = list(zip(*[uniq.take(cc[first_run]).to_numpy() for cc, uniq in parts]))
    group = group.astype(np.int64)
    if len(starts) < n:
        group = np.repeat(group, np.diff(np.append(starts, n)))
    return group, keys


def _month_codes_rows(labels):
    """(month index of every row, NaT mask, frequency acceptable) of the month labels of a
    long DataFrame (a PeriodIndex or DatetimeIndex, as long_columns resolves them): the
    vectorised form of _month_codes, with NaT rows' codes meaningless."""
    if isinstance(labels, pd.PeriodIndex):
        ok = labels.freqstr in ("M",) or str(labels.freqstr).startswith("M")
        ordinals = np.asarray(labels.asi8, dtype=np.int64)
        nat = np.asarray(labels.isna())
        return ordinals + 1970 * 12, nat, ok
    nat = np.asarray(labels.isna())
    if labels.tz is None:
        codes = labels.values.astype("datetime64[M]").astype(np.int64) + 1970 * 12
    else:  # the local calendar's months, as _month_codes (index.year, index.month)
        ym = np.asarray(labels.year, dtype=np.float64) * 12 + \
            np.asarray(labels.month, dtype=np.float64) - 1
        codes = np.where(nat, 0.0, ym).astype(np.int64)
    return codes, nat, True


def long_series(df, by, month_col=None, value=None, start=None, where="ctrend", argfn=None):
    """The series of a long DataFrame, placed on their monthly calendars with whole-column
    numpy operations instead of one pandas Series per group (fit_many and Frame.from_series
    on 2000 x 240 rows: the grouping is a few ms, the frame then one C call per series).

    Returns (by, value name, n groups, iterator of (key tuple, first month, buf, a, b)):
    buf[a:b] (buf a float64 array shared by many series, so that a caller can hand it to C
    once) are the series' values on its complete calendar from the first month (NaN =
    missing). Groups come in long_groups' order
    with its keys, and the semantics are A.series' on each group's Series exactly: a month
    absent from a group is NaN (never 0), two rows of a group in one month, a missing (NaT)
    month, a month outside years 1..9999, a non-monthly PeriodIndex, values that are not
    real numbers, or (with start=) a series not starting at `start` are errors. The iterator
    raises the error of the first failing group when it reaches it, with A.series' message
    (it is A.series that raises, on that group's Series: argfn(key) names it), so the groups
    before it are delivered as before."""
    by, labels, month_col, value = long_columns(df, by, month_col, value, where)
    group, keys = _row_groups(df, by)
    arr = df[value].to_numpy()  # as long_groups: A.series sees a Series of these values
    return by, value, len(keys), _long_iter(arr, value, labels, group, keys, start, where,
                                            argfn or (lambda k: "data[%s]" % ", ".join(
                                                map(str, k))))


def _long_iter(arr, vname, labels, group, keys, start, where, argfn):
    ng = len(keys)
    if not ng:
        return
    n = len(group)
    # rows of each group together, in row order (no reordering when they already are)
    contiguous = n < 2 or bool((group[1:] >= group[:-1]).all())
    order = np.arange(n) if contiguous else np.argsort(group, kind="stable")
    sizes = np.bincount(group, minlength=ng)
    bounds = np.zeros(ng + 1, dtype=np.int64)
    np.cumsum(sizes, out=bounds[1:])
    first_bad = ng  # the first group A.series refuses

    def old_error(g):
        """A.series on group g's Series as long_groups built it: raises that group's error."""
        rows = order[bounds[g]:bounds[g + 1]]
        s = pd.Series(arr[rows], index=labels[rows], name=vname)
        series(s, argfn(keys[g]), start, True, where)
        raise RuntimeError("%s: internal error: series %r was refused by the grouped path "
                           "but not by A.series" % (where, keys[g]))

    kind = arr.dtype.kind
    vals = None
    if kind in "fiu":
        vals = np.asarray(arr, dtype=np.float64)
    elif kind == "O":
        try:
            vals = _numeric_array(arr, "values", where)
        except (TypeError, ValueError):  # convert group by group up to the first refused
            vals = np.full(n, NAN)
            for g in range(ng):
                rows = order[bounds[g]:bounds[g + 1]]
                try:
                    vals[rows] = _numeric_array(arr[rows], "values", where)
                except (TypeError, ValueError):
                    first_bad = g
                    break
    if kind not in "fiuO":
        first_bad = 0
    codes, nat, freq_ok = _month_codes_rows(labels)
    if not freq_ok:
        first_bad = 0
    m0 = None
    if start is not None:
        try:
            m0 = month(start, "start", where)
        except (TypeError, ValueError):
            first_bad = 0
    if not contiguous:
        codes, nat = codes[order], nat[order]
    if nat.any():
        codes = np.where(nat, _check.MONTH_MIN, codes)
        bad = np.flatnonzero(np.logical_or.reduceat(nat, bounds[:-1]))
        first_bad = min(first_bad, int(bad[0]))
    lo = np.minimum.reduceat(codes, bounds[:-1])
    hi = np.maximum.reduceat(codes, bounds[:-1])
    bad = (lo < _check.MONTH_MIN) | (hi > _check.MONTH_MAX)
    if m0 is not None:
        bad |= lo != m0
    if bad.any():
        first_bad = min(first_bad, int(np.flatnonzero(bad)[0]))
    if vals is not None and not contiguous:
        vals = vals[order]
    span = np.where(bad, 0, hi - lo + 1)
    # groups whose rows are consecutive months in order (the usual layout): their values
    # are already their calendar, no buffer, no duplicate possible
    jump = np.diff(codes) != 1
    jump[bounds[1:-1] - 1] = False  # where one group ends and the next begins
    n_jumps = np.concatenate(([0], np.cumsum(jump)))
    straight = (n_jumps[bounds[1:] - 1] - n_jumps[bounds[:-1]]) == 0
    g = 0
    while g < ng:
        if g == first_bad:
            old_error(g)
        # a round of groups whose calendars fit the buffer (at least one group)
        h, cells = g, 0
        while h < first_bad and (h == g or cells + span[h] <= LONG_CHUNK_CELLS):
            cells += int(span[h])
            h += 1
        a, b = int(bounds[g]), int(bounds[h])
        if straight[g:h].all():
            for k in range(g, h):
                yield keys[k], int(lo[k]), vals, int(bounds[k]), int(bounds[k + 1])
            g = h
            continue
        off = np.zeros(h - g + 1, dtype=np.int64)
        np.cumsum(span[g:h], out=off[1:])
        gid = np.repeat(np.arange(h - g), sizes[g:h])
        pos = off[gid] + codes[a:b] - lo[g:h][gid]
        owner = np.full(cells, -1, dtype=np.int64)
        owner[pos] = np.arange(b - a)
        dup = np.flatnonzero(owner[pos] != np.arange(b - a))
        if len(dup):  # two rows of a group in one month
            first_dup = g + int(gid[dup].min())
            first_bad = min(first_bad, first_dup)
            h = min(h, first_bad)
        flat = np.full(cells, NAN)
        flat[pos] = vals[a:b]
        for k in range(g, h):
            yield keys[k], int(lo[k]), flat, int(off[k - g]), int(off[k - g + 1])
        g = h


def apply_series(fn, x, arg="x", start=None, need_start=False, by=None, month_col=None,
                 value=None, where="ctrend"):
    """Run fn(DoubleIn) -> {result name: values} on a series, column-wise on a wide
    DataFrame, or per group of a long DataFrame (by=[...]). The results are wrapped like the
    input: a Series (one result) or DataFrame (several) for a Series, a DataFrame with the
    same columns (or a column MultiIndex (column, result)) for a wide DataFrame, and the long
    DataFrame with the result columns added for long data (complete calendars per group)."""
    pdm = _pandas()
    if by is not None:
        if pdm is None or not isinstance(x, pdm.DataFrame):
            raise TypeError("%s: by= needs a long pandas DataFrame as %s, got %s"
                            % (where, arg, _describe(x)))
        groups, by, mname, vname = long_groups(x, by, month_col, value, where)
        parts = []
        for key, s in groups:
            xi = series(s, "%s[%s]" % (arg, ", ".join(map(str, key))), start, need_start, where)
            res = fn(xi)
            idx = month_index(xi, xi.start, xi.n)
            part = pdm.DataFrame({b: [k] * xi.n for b, k in zip(by, key)})
            part[mname] = idx
            part[vname] = xi.obj
            for rname, rv in res.items():
                part[rname] = rv
            parts.append(part)
        if not parts:
            return pdm.DataFrame(columns=list(by) + [mname, vname])
        return pdm.concat(parts, ignore_index=True)
    if pdm is not None and isinstance(x, pdm.DataFrame):
        placed = place(x.index, arg, start, where)
        cols = {}
        first = None
        for c in x.columns:
            col = x[c]
            xi = series(col, "%s[%r]" % (arg, c), start, need_start, where)
            res = fn(xi)
            if first is None:
                first = xi
            for rname, rv in res.items():  # MultiIndex columns get one more level
                cols[(c + (rname,)) if isinstance(c, tuple) else (c, rname)] = wrap(rv, xi)
        if first is None:
            return x.copy()
        names = {k[-1] for k in cols}
        out = pdm.DataFrame(cols)
        if len(names) == 1:
            out.columns = x.columns
        elif placed is None:
            out.index = x.index
        return out
    xi = series(x, arg, start, need_start, where)
    res = fn(xi)
    if len(res) == 1:
        return wrap(next(iter(res.values())), xi)
    if pdm is None:
        return res
    wrapped = {k: wrap(v, xi) for k, v in res.items()}
    if xi.kind is None:
        return pdm.DataFrame(wrapped)
    return pdm.DataFrame(wrapped)
