"""Frame: a set of monthly count series on one calendar (wraps ctrend_frame)."""
import ctypes
import math
import numbers

from . import _lib
from . import _arrays as A
from . import _check as C

_P = ctypes.c_void_p


class Handle:
    """Owner of one C handle: freed by close(), by ``with``, or when garbage-collected."""

    _free_name = None

    def __init__(self, ptr):
        self._ptr = ptr

    @property
    def ptr(self):
        if not self._ptr:
            raise ValueError("ctrend: %s is closed" % type(self).__name__)
        return self._ptr

    def close(self):
        ptr, self._ptr = getattr(self, "_ptr", None), None
        if ptr:
            getattr(_lib.lib, self._free_name)(ptr)

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown: module globals may be gone
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def _key(key, arg="key"):
    """(group, region, metric) from a tuple, a 'group/metric' or 'group/region/metric' string
    (a bare name is the metric). Names are str without NUL characters."""
    if isinstance(key, str):
        C.text(key, arg, where="ctrend.Frame")
        parts = key.split("/")
        if len(parts) == 1:
            return "", "", parts[0]
        if len(parts) == 2:
            return parts[0], "", parts[1]
        if len(parts) == 3:
            return tuple(parts)
        raise ValueError("ctrend.Frame: %s must be 'group/metric' or 'group/region/metric', got %r"
                         % (arg, key))
    if not isinstance(key, (tuple, list)):
        raise TypeError("ctrend.Frame: %s must be 'group/metric', 'group/region/metric' "
                        "or a (group, region, metric) tuple, got %r" % (arg, key))
    key = tuple("" if k is None else C.text(k, arg + " part", where="ctrend.Frame") for k in key)
    if len(key) == 2:
        return key[0], "", key[1]
    if len(key) != 3:
        raise ValueError("ctrend.Frame: %s must be (group, region, metric), got %r" % (arg, key))
    return key


def _is_index(x):
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)


def _where(method):
    return "ctrend.Frame." + method


class Frame(Handle):
    """Monthly count series keyed by (group, region, metric) on one calendar.

    NaN is missing, never zero. Index a frame by position, by a (group, region, metric) tuple
    or by 'group/metric' / 'group/region/metric'; the result is that series' values on the
    frame's calendar (pandas Series with a monthly PeriodIndex when pandas is present).
    """

    _free_name = "ctrend_frame_free"

    def __init__(self, _ptr=None):
        if _ptr is None:
            p = _P()
            _lib.check(_lib.lib.ctrend_frame_new(ctypes.byref(p)), where="Frame()")
            _ptr = p.value
        super().__init__(_ptr)

    # -- building
    def add_series(self, group="", region="", metric=""):
        """Index of the series with this key, created (all missing) if absent."""
        w = _where("add_series")
        group, region, metric = (C.text(v, a, where=w) for v, a in
                                 ((group, "group"), (region, "region"), (metric, "metric")))
        idx = ctypes.c_size_t()
        _lib.check(_lib.lib.ctrend_frame_add_series(self.ptr, _lib.encode(group, "group"),
                                                     _lib.encode(region, "region"), _lib.encode(metric, "metric"),
                                                     ctypes.byref(idx)), where="add_series")
        return idx.value

    def set(self, series, month, value, accumulate=False):
        """Set (or, with accumulate=True, add to) one cell. `series` is an index or a key."""
        w = _where("set")
        i = self._index(series, w) if _is_index(series) else \
            self.add_series(*_key(series, "series"))
        value = C.number(value, "value", where=w)
        f = _lib.lib.ctrend_frame_accumulate if C.flag(accumulate, "accumulate", where=w) \
            else _lib.lib.ctrend_frame_set
        _lib.check(f(self.ptr, i, A.month(month, "month", w), value), where="set")

    def fill_unset(self, series, first, last, value=0.0):
        """Set never-set cells of a series in [first, last] to value (event data: 0)."""
        w = _where("fill_unset")
        i = self._index(series, w)
        a, b = A.month(first, "first", w), A.month(last, "last", w)
        if b < a:
            raise ValueError("%s: last (%s) is before first (%s)" % (w, A.month_str(b),
                                                                     A.month_str(a)))
        _lib.check(_lib.lib.ctrend_frame_fill_unset(self.ptr, i, a, b,
                                                     C.number(value, "value", where=w)),
                   where="fill_unset")

    def _index(self, series, where):
        """A series position (checked against len) or the index of an existing key."""
        if _is_index(series):
            n = len(self)
            if not 0 <= series < n:
                raise IndexError("%s: series %d is out of range (the frame has %d series)"
                                 % (where, series, n))
            return int(series)
        if not isinstance(series, (str, tuple, list)):
            raise TypeError("%s: series must be a position or a key, got %r" % (where, series))
        return self.find(series, "series")

    @classmethod
    def from_series(cls, data, start=None, by=None, month=None, value=None, metric=None):
        """Build a frame from series.

        data: a mapping key -> series (keys as in __getitem__: 'group/metric', a (group,
        region, metric) tuple, or a bare name = metric); a wide pandas DataFrame (one column
        per series; MultiIndex columns = (group, region, metric), other column labels as
        keys); or a long DataFrame with its key columns named by ``by=[...]`` (1 to 3
        columns, mapped to group, region, metric in that order; with fewer, `metric=` or the
        value column's name is the metric), a month column (``month=``, default 'month' or
        'date', or a monthly index) and a value column (``value=``).
        Every series goes through the one index normaliser: a monthly PeriodIndex or
        DatetimeIndex is placed on its calendar (gaps stay missing, two values in one month
        are an error); plain sequences start at month `start` (required)."""
        pdm = A._pandas()
        w = "ctrend.Frame.from_series"
        items = []
        if by is not None:
            if pdm is None or not isinstance(data, pdm.DataFrame):
                raise TypeError("%s: by= needs a long pandas DataFrame as data" % w)
            return cls._from_long(data, by, month, value, metric, start, w)
        elif pdm is not None and isinstance(data, pdm.DataFrame):
            items = [(col if isinstance(col, (str, tuple)) else str(col), data[col],
                      "data[%r]" % (col,)) for col in data.columns]
        elif pdm is not None and isinstance(data, pdm.Series):
            items = [(data.name if data.name is not None else "series", data, "data")]
        elif isinstance(data, dict):
            items = [(k, v, "data[%r]" % (k,)) for k, v in data.items()]
        else:
            raise TypeError("%s: data must be a dict of series or a pandas DataFrame, got %s"
                            % (w, type(data).__name__))
        frame = cls()
        try:
            for key, values, arg in items:
                xi = A.series(values, arg, start=start, need_start=True, where=w)
                frame._put_finite(frame.add_series(*_key(key, "data key")), xi.obj, xi.start)
        except BaseException:
            frame.close()
            raise
        return frame

    @staticmethod
    def _long_key(key, metric, vname):
        """The (group, region, metric) of a by= group: NA key parts are "", others str; with
        fewer than 3 key columns the metric is `metric` or the value column's name."""
        key = ["" if k is None or k != k else str(k) for k in key]
        if len(key) == 1:
            key = (key[0], "", metric or vname)
        elif len(key) == 2:
            key = (key[0], key[1], metric or vname)
        return tuple(key)

    @classmethod
    def _from_long(cls, data, by, month, value, metric, start, w):
        """from_series(by=...): the groups placed with whole-column operations
        (A.long_series), then one ctrend_frame_set_values per series."""
        names = {}

        def arg(k):
            return "data[%s]" % ", ".join(cls._long_key(k, metric, names["v"]))

        by, vname, _, groups = A.long_series(data, by, month, value, start=start, where=w,
                                             argfn=arg)
        names["v"] = vname
        if len(by) > 3:
            raise ValueError("%s: by= names at most 3 key columns (group, region, metric), "
                             "got %d" % (w, len(by)))
        frame = cls()
        try:
            runs = Runs(frame.ptr, "set")
            for key, first, buf, a, b in groups:
                idx = frame.add_series(*_key(cls._long_key(key, metric, vname), "data key"))
                frame._put_finite(idx, buf[a:b], first, runs, buf, a)
        except BaseException:
            frame.close()
            raise
        return frame

    def _put_finite(self, index, vals, first, runs=None, buf=None, a=0):
        """Series `index` from values on consecutive months from `first` (NaN = not
        reported), refusing an infinite value as Frame.set does, with the cells before it
        set first (so that a duplicate among them is reported first, as cell by cell).
        With `runs` (a Runs), vals is buf[a:a + len(vals)] and goes through it."""
        bad = None
        if A.np is not None:
            inf = A.np.flatnonzero(A.np.isinf(vals))
            if len(inf):
                bad = int(inf[0])
        else:
            bad = next((t for t, v in enumerate(vals) if v in (math.inf, -math.inf)), None)
        if bad is not None:
            put_values(self.ptr, index, vals[:bad], first, "set")
            C.number(vals[bad], "value", where=_where("set"))  # raises: not finite
        if runs is not None:
            runs.put(index, buf, a, a + len(vals), first)
        else:
            put_values(self.ptr, index, vals, first, "set")

    # -- reading
    def find(self, key, _arg="key"):
        """Index of an existing series; CtrendError(ENOTFOUND) when absent."""
        g, r, m = _key(key, _arg)
        idx = ctypes.c_size_t()
        _lib.check(_lib.lib.ctrend_frame_find(self.ptr, _lib.encode(g, "group"), _lib.encode(r, "region"),
                                               _lib.encode(m, "metric"), ctypes.byref(idx)),
                   where="%s %s/%s/%s" % (_arg, g, r, m))
        return idx.value

    def __len__(self):
        return int(_lib.lib.ctrend_frame_n_series(self.ptr))

    @property
    def start(self):
        """First month (index) of the calendar (0 for a frame with no months, as in 0.1:
        the C getter answers CTREND_EEMPTY there)."""
        m = ctypes.c_int32(0)
        rc = _lib.lib.ctrend_frame_start(self.ptr, ctypes.byref(m))
        if rc not in (0, _lib.api.CTREND_EEMPTY):
            _lib.check(rc, where="start")
        return int(m.value)

    @property
    def n_months(self):
        return int(_lib.lib.ctrend_frame_n_months(self.ptr))

    @property
    def months(self):
        """The calendar as 'YYYY-MM' strings."""
        return A.months(self.start, self.n_months)

    def key(self, i):
        """(group, region, metric) of series i."""
        # a whole float (12.0) is a position as C.integer reads it, then checked against len
        i = self._index(i if _is_index(i) else C.integer(i, "i", 0), _where("key"))
        return tuple(_lib.get_str(g, self.ptr, i, where="key")
                     for g in (_lib.lib.ctrend_frame_group, _lib.lib.ctrend_frame_region,
                               _lib.lib.ctrend_frame_metric))

    def keys(self):
        return [self.key(i) for i in range(len(self))]

    def values(self, series):
        """Raw values of a series on the calendar (numpy array or list; NaN = missing)."""
        i = self._index(series, _where("values"))
        out = A.DoubleOut(self.n_months)
        _lib.check(_lib.lib.ctrend_frame_values(self.ptr, i, out.ptr, out.n, None),
                   where="values")
        return out.value()

    def __getitem__(self, series):
        i = self._index(series, "ctrend.Frame[]")
        g, r, m = self.key(i)
        name = "/".join(p for p in (g, r, m) if p)
        return A.wrap(self.values(i), start=self.start, name=name)

    def window(self, series, first, last=None, n_months=None):
        """Values of a series over months first..last (or n_months from first), NaN outside
        what the series holds (never 0): ctrend_frame_window. A pandas Series on a monthly
        PeriodIndex when pandas is present. `first`/`last`: 'YYYY-MM', a Period, a month code."""
        w = _where("window")
        i = self._index(series, w)
        a = A.month(first, "first", w)
        if (last is None) == (n_months is None):
            raise TypeError("%s: give last= or n_months=, one of them" % w)
        if last is not None:
            b = A.month(last, "last", w)
            if b < a:
                raise ValueError("%s: last (%s) is before first (%s)" % (w, A.month_str(b),
                                                                         A.month_str(a)))
            n = b - a + 1
        else:
            n = C.integer(n_months, "n_months", 1, C.MAX_MONTHS, where=w)
        out = A.DoubleOut(n)
        _lib.check(_lib.fn("ctrend_frame_window")(self.ptr, i, a, n, out.ptr, out.n, None),
                   where="window")
        g, r, m = self.key(i)
        return A.wrap(out.value(), start=a, name="/".join(p for p in (g, r, m) if p))

    def merge(self, other, name=None):
        """Add every series of frame `other` to this one (in place; returns self):
        ctrend_frame_merge. One rule, the CLI's: each series comes from one frame, so a
        series key in both raises CtrendError(EDUPLICATE) naming it (this frame unchanged).
        `name` (e.g. the file it came from) goes into the message."""
        w = _where("merge")
        if not isinstance(other, Frame):
            raise TypeError("%s: other must be a ctrend.Frame, got %s" % (w, type(other).__name__))
        err = _lib.api.ctrend_error_t()
        st = _lib.fn("ctrend_frame_merge")(self.ptr, other.ptr,
                                           _lib.encode(C.text(name, "name", allow_none=True)),
                                           ctypes.byref(err))
        if st:
            msg = err.message.decode("utf-8", "replace")
            src = err.file.decode("utf-8", "replace")
            _lib.check(st, "%s%s" % (src + ": " if src else "", msg), where="merge")
        return self

    def span(self, series):
        """(first, last) month index holding a value; CtrendError(ENOTFOUND) when none."""
        i = self._index(series, _where("span"))
        a, b = ctypes.c_int32(), ctypes.c_int32()
        _lib.check(_lib.lib.ctrend_frame_span(self.ptr, i, ctypes.byref(a), ctypes.byref(b)),
                   where="span")
        return a.value, b.value

    def collapse(self, by=("group", "region"), skip_missing=False):
        """New frame summing the series that agree on the keys in `by` (a subset of
        'group', 'region'; the metric is always kept), like the CLI's --by. A month missing
        in any part is missing in the sum unless skip_missing (then: sum of the parts
        reported, missing only when none is)."""
        w = _where("collapse")
        if isinstance(by, str):
            by = [] if by == "none" else by.split(",")
        if by is None or not hasattr(by, "__iter__") or \
                not all(isinstance(b, str) for b in by):
            raise TypeError("%s: by must be a subset of ('group', 'region'), got %r" % (w, by))
        by = set(by)
        if not by <= {"group", "region"}:
            raise ValueError("%s: by must be a subset of ('group', 'region'), got %s"
                             % (w, sorted(map(str, by))))
        skip_missing = C.flag(skip_missing, "skip_missing", where=w)
        out = _P()
        _lib.check(_lib.fn("ctrend_frame_collapse")(self.ptr, int("group" in by),
                                                    int("region" in by), int(bool(skip_missing)),
                                                    ctypes.byref(out)), where="collapse")
        return Frame(_ptr=out.value)

    def to_dict(self):
        """{'months': [...], (group, region, metric): [values...], ...} (plain Python)."""
        out = {"months": self.months}
        for i, k in enumerate(self.keys()):
            v = self.values(i)
            out[k] = [float(x) for x in v]
        return out

    def to_pandas(self):
        """DataFrame with a monthly PeriodIndex and (group, region, metric) MultiIndex columns."""
        pdm = A._pandas()
        if pdm is None:
            raise ImportError("ctrend: to_pandas() needs pandas and numpy")
        cols = pdm.MultiIndex.from_tuples(self.keys(), names=["group", "region", "metric"]) \
            if len(self) else None
        data = A.np.column_stack([self.values(i) for i in range(len(self))]) if len(self) \
            else None
        return pdm.DataFrame(data, index=A.period_index(self.start, self.n_months), columns=cols)

    def __repr__(self):
        if not self._ptr:
            return "<ctrend.Frame (closed)>"
        cal = "%s..%s" % (A.month_str(self.start), A.month_str(self.start + self.n_months - 1)) \
            if self.n_months else "empty"
        return "<ctrend.Frame %d series, %d months %s>" % (len(self), self.n_months, cal)


def put_values(fptr, index, values, first, where):
    """Series `index` of the frame at fptr from `values` on consecutive months from `first`
    (a float64 numpy array, a list, or a DoubleIn; NaN = not reported): one
    ctrend_frame_set_values, all or nothing; its status is raised as CtrendError(where).
    A library without it gets the same cells with one ctrend_frame_set each."""
    if isinstance(values, A.DoubleIn):
        ptr, n = values.ptr, values.n
    elif A.np is not None:
        values = A.np.ascontiguousarray(values, dtype=A.np.float64)
        ptr, n = values.ctypes.data_as(_lib.c_double_p), values.shape[0]
    else:
        values = [float(v) for v in values]
        n = len(values)
        ptr = ctypes.cast((ctypes.c_double * max(n, 1))(*values), _lib.c_double_p)
    if not n:
        return
    if _SET_VALUES is not None:
        _lib.check(_SET_VALUES(fptr, index, ptr, n, first, None), where=where)
        return
    fset = _lib.lib.ctrend_frame_set
    for t in range(n):
        v = ptr[t]
        if v == v:
            _lib.check(fset(fptr, index, first + t, v), where=where)


_SET_VALUES = _lib.lib.ctrend_frame_set_values if _lib.has("ctrend_frame_set_values") else None


class Runs:
    """Series of one frame from runs buf[a:b] of a few large float64 arrays (A.long_series'
    buffers): the array is wrapped for ctypes once, and each run passed as a pointer into it
    (ctypes.byref with an offset, ~0.2 us, where ndarray.ctypes.data_as costs ~4 us: the
    difference was a fifth of fit_many's grouping time on 2000 series)."""

    __slots__ = ("fptr", "where", "src", "arr", "cbuf")

    def __init__(self, fptr, where):
        self.fptr, self.where, self.src = fptr, where, None

    def put(self, index, buf, a, b, first):
        """ctrend_frame_set_values(series index, buf[a:b], first); CtrendError(where)."""
        if _SET_VALUES is None or A.np is None:
            put_values(self.fptr, index, buf[a:b], first, self.where)
            return
        if buf is not self.src:
            arr = A.np.ascontiguousarray(buf, dtype=A.np.float64)
            # a c_double at the first element: byref(it, offset) is a double * into arr
            self.cbuf = ctypes.c_double.from_address(arr.ctypes.data)
            self.src, self.arr = buf, arr  # arr keeps the memory cbuf points to alive
        if b > a:
            _lib.check(_SET_VALUES(self.fptr, index, ctypes.byref(self.cbuf, 8 * a), b - a,
                                   first, None), where=self.where)


def frame_by_position(data, by=None, month=None, value=None, where="ctrend.fit_many"):
    """(frame, keys, key column names) of a DataFrame for the batch fits (fit_many): series i
    of the frame is keyed "i" and keys[i] is its key in the data (a tuple of the by= columns'
    values, or (column,) of a wide DataFrame). A long DataFrame (by=[...]) is grouped with
    whole-column operations (A.long_series) and each series set with one
    ctrend_frame_set_values; a wide one goes column by column through A.series. The caller
    closes the frame."""
    if by is not None:
        key_cols, _, _, groups = A.long_series(data, by, month, value, where=where)
    else:
        key_cols = ["series"]
        groups = ((c,) for c in data.columns)
    frame = Frame()
    try:
        keys = []
        add = _lib.lib.ctrend_frame_add_series
        j = ctypes.c_size_t()
        runs = Runs(frame.ptr, "fit_many")
        for i, g in enumerate(groups):
            _lib.check(add(frame.ptr, str(i).encode(), b"", b"", ctypes.byref(j)),
                       where="fit_many")
            if by is None:  # a wide DataFrame: each column through the index normaliser
                xi = A.series(data[g[0]], "data[%s]" % (g[0],), need_start=True, where=where)
                put_values(frame.ptr, j.value, xi, xi.start, "fit_many")
                keys.append(g)
            else:
                key, first, buf, a, b = g
                runs.put(j.value, buf, a, b, first)
                keys.append(key)
    except BaseException:
        frame.close()
        raise
    return frame, keys, list(key_cols)


def merge(*frames, names=None):
    """A new frame holding every series of `frames` (ctrend.Frame objects), by
    ctrend_frame_merge: a series in two of them raises CtrendError(EDUPLICATE) naming it and
    (with `names`, one per frame, e.g. file names) the frame it came from again."""
    if names is not None and len(names) != len(frames):
        raise ValueError("ctrend.merge: names must have one entry per frame (%d), got %d"
                         % (len(frames), len(names)))
    out = Frame()
    try:
        for k, f in enumerate(frames):
            out.merge(f, None if names is None else names[k])
    except BaseException:
        out.close()
        raise
    return out
