"""The reader's real-world options (issue 11): row filters, date formats, delimiters,
grouped numbers, metric selection and skipped total rows.

Wraps ctrend_filter_* and the CTREND_READ_* keys added to include/ctrend/io.h; docs/io.md
is the reference. Example::

    from ctrend.reading import read_csv
    f = read_csv("conflict_data_pak.csv", date_col="date_start", sum_cols=["best"],
                 region_col="", where='side_a == "TTP" or side_b == "TTP"')
"""
import ctypes

from . import _lib
from . import io as _io
from .frame import Handle

_P = ctypes.c_void_p
# every prototype (ctrend_filter_*, ctrend_reader_set_filter, _n_skipped, _skipped_line) comes
# from the generated layer (_lib declares the API definition's table); keys of
# ctrend_read_option and CTREND_READ_SKIPPED_KEPT from the definition too.
_OPT = _lib.enum_table("ctrend_read_option", "CTREND_READ_")
_CHAR_OPTIONS = {k: _OPT[k] for k in ("delim", "thousands", "decimal")}
_MAX_RECORD = _OPT["max_record"]
_DATE_FORMAT = _OPT["date_format"]
_LISTS = {"metrics": _OPT["metric"], "noncount_cols": _OPT["noncount_col"]}
_SKIPPED_KEPT = _lib.api.CONSTANTS["CTREND_READ_SKIPPED_KEPT"]


class FilterError(_lib.CtrendError):
    """A --where expression did not compile: CtrendError plus ``offset`` (1-based character)."""

    def __init__(self, status, message, offset):
        self.offset = int(offset)
        super().__init__(status, message)


class Filter(Handle):
    """A compiled row filter: every expression given must hold (docs/io.md, "Row filters")."""

    _free_name = "ctrend_filter_free"

    def __init__(self, *expressions):
        p = _P()
        _lib.check(_lib.fn("ctrend_filter_new")(ctypes.byref(p)), where="Filter()")
        super().__init__(p.value)
        for e in expressions:
            self.add(e)

    def add(self, expression):
        if not isinstance(expression, str):
            raise TypeError("ctrend: a filter expression must be a str, not %s" % type(expression).__name__)
        if "\0" in expression:
            raise ValueError("ctrend: a filter expression may not contain NUL")
        rc = _lib.fn("ctrend_filter_add")(self.ptr, _lib.encode(expression, "expression"))
        if rc != 0:
            raise FilterError(rc, _lib.decode(_lib.fn("ctrend_filter_errmsg")(self.ptr)),
                              _lib.fn("ctrend_filter_error_offset")(self.ptr))
        return self

    @property
    def columns(self):
        n = _lib.fn("ctrend_filter_n_columns")(self.ptr)
        return [_lib.decode(_lib.fn("ctrend_filter_column")(self.ptr, k)) for k in range(n)]

    def matches(self, row):
        """Evaluate on one row given as a mapping column -> cell text (case-insensitive keys)."""
        lower = {str(k).lower(): v for k, v in row.items()}
        cols = self.columns
        cells = (ctypes.c_char_p * max(1, len(cols)))()
        for k, c in enumerate(cols):
            if c.lower() not in lower:
                raise KeyError("ctrend: the row has no column %r" % c)
            cells[k] = _lib.encode(str(lower[c.lower()]), c)
        res = ctypes.c_int(-1)
        # the generated prototype types cells as char ** (const char *const * in io.h)
        cells_p = ctypes.cast(cells, ctypes.POINTER(ctypes.POINTER(ctypes.c_char)))
        _lib.check(_lib.fn("ctrend_filter_eval")(self.ptr, cells_p, len(cols), ctypes.byref(res)),
                   where="Filter.matches")
        return bool(res.value)


def _char(key, value):
    if value is None:
        return 0
    if value == "tab":
        value = "\t"
    if not isinstance(value, str) or len(value) != 1 or ord(value) > 255:
        raise ValueError("ctrend: %s must be one character, got %r" % (key, value))
    return ord(value)


class Reader(_io.Reader):
    """ctrend.io.Reader plus the options of docs/io.md: where (str or list of str, or a
    Filter), date_format ('excel' or a pattern like '%d/%m/%Y'), delim, thousands, decimal
    (one character each), max_record (bytes), metrics, noncount_cols (lists of names).
    After a read, ``skipped_lines`` lists the lines of the total rows that were skipped."""

    def __init__(self, **options):
        self._filter = None  # kept alive while the C reader borrows it
        super().__init__(**options)

    def set(self, key, value):
        if key == "where":
            flt = value if isinstance(value, Filter) else Filter(*([value] if isinstance(value, str) else (value or [])))
            rc = _lib.fn("ctrend_reader_set_filter")(self.ptr, flt.ptr if (value is not None) else None)
            if rc != 0:
                self._fail(rc)
            self._filter = flt if value is not None else None
            return
        if key in _CHAR_OPTIONS:
            rc = _lib.fn("ctrend_reader_set_int")(self.ptr, _CHAR_OPTIONS[key], _char(key, value))
        elif key == "max_record":
            v = 0 if value is None else int(value)
            if v < 0:
                raise ValueError("ctrend: max_record must be >= 0 bytes, got %r" % (value,))
            rc = _lib.fn("ctrend_reader_set_int")(self.ptr, _MAX_RECORD, v)
        elif key == "date_format":
            rc = _lib.fn("ctrend_reader_set_str")(self.ptr, _DATE_FORMAT, None if value is None else _lib.encode(value, key))
        elif key in _LISTS:
            rc = _lib.fn("ctrend_reader_set_str")(self.ptr, _LISTS[key], None)
            for name in ([value] if isinstance(value, str) else (value or ())):
                if rc == 0:
                    rc = _lib.fn("ctrend_reader_set_str")(self.ptr, _LISTS[key], _lib.encode(name, key))
        else:
            return super().set(key, value)
        if rc != 0:
            self._fail(rc)

    @property
    def skipped_lines(self):
        n = min(_lib.fn("ctrend_reader_n_skipped")(self.ptr), _SKIPPED_KEPT)
        return [_lib.fn("ctrend_reader_skipped_line")(self.ptr, k) for k in range(n)]


def read_csv(path, output="auto", **options):
    """ctrend.read_csv with the options of Reader above ('-' = standard input, gzip read)."""
    with Reader(**options) as r:
        return _io._result(r.read_file(path), output)


def parse_csv(text, output="auto", **options):
    """As read_csv, from a string or bytes."""
    with Reader(**options) as r:
        if "source_name" not in options:
            r.set("source_name", "<string>")
        r.feed(text)
        return _io._result(r.finish(), output)
