"""Reading CSV files into frames (wraps ctrend_reader, include/ctrend/io.h)."""
import ctypes

from . import _lib
from . import _api_generated as _api
from . import _arrays as A
from . import _check as C
from .frame import Frame, Handle

_P = ctypes.c_void_p

# ctrend_shape and ctrend_read_option values (API definition); the library says which key is
# an integer (ctrend_reader_set_int) and which a string (ctrend_reader_set_str) through
# ctrend_reader_opt_type. The Python keywords say start/end for FROM/TO, sum_cols for SUM_COL.
SHAPES = _lib.enum_table("ctrend_shape", "CTREND_SHAPE_")
_READ_OPTIONS = _lib.enum_table("ctrend_read_option", "CTREND_READ_",
                                rename={"from": "start", "to": "end", "sum_col": "sum_cols"})
_READ_TYPES = _lib.enum_table("ctrend_read_type", "CTREND_READ_TYPE_")
_INT_OPTIONS = {k: v for k, v in _READ_OPTIONS.items()
                if _lib.lib.ctrend_reader_opt_type(v) == _READ_TYPES["int"]}
_STR_OPTIONS = {k: v for k, v in _READ_OPTIONS.items()
                if _lib.lib.ctrend_reader_opt_type(v) == _READ_TYPES["str"]}


class ReadError(_lib.CtrendError):
    """A CSV could not be read: CtrendError plus ``line`` and ``column`` (1-based; 0 = n/a)."""

    def __init__(self, status, message, line, column):
        self.line = int(line)
        self.column = int(column)
        super().__init__(status, message)


class Reader(Handle):
    """A streaming CSV reader. Options (keyword arguments, all optional):

    shape: 'auto' (default), 'wide', 'long' or 'event'; duplicates: 'error' (default) or
    'sum'; require_counts: True (default: values must be non-negative integers) or False;
    start, end: months (rows outside are skipped; event data are zero-filled between them);
    date_col, group_col, region_col, metric_col, value_col: column names; sum_cols: list of
    numeric columns summed per month for event data; source_name: name used in messages.
    """

    _free_name = "ctrend_reader_free"

    def __init__(self, **options):
        p = _P()
        _lib.check(_lib.fn("ctrend_reader_new")(ctypes.byref(p), None), where="Reader()")
        super().__init__(p.value)
        for key, value in options.items():
            self.set(key, value)

    def _fail(self, status):
        # the error record (ctrend_reader_error) carries line and column; the message is the
        # reader's full line (the record's message is cut at 160 bytes)
        err = _api.ctrend_error_t()
        _lib.lib.ctrend_reader_error(self.ptr, ctypes.byref(err))
        raise ReadError(status, _lib.decode(_lib.lib.ctrend_reader_errmsg(self.ptr)),
                        err.line, err.column)

    def set(self, key, value):
        """Set one option (see the class docstring)."""
        w = "ctrend.Reader"
        names = dict.fromkeys(list(_INT_OPTIONS) + list(_STR_OPTIONS), 0)
        C.choice(key, "read option", names, where=w)
        if key in _INT_OPTIONS:
            if key == "shape":
                value = C.choice(value, "shape", SHAPES, where=w)
            elif key == "duplicates":
                value = C.choice(value, "duplicates", {"error": 0, "sum": 1}, where=w)
            elif key in ("start", "end"):
                value = 0 if value is None else A.month(value, key, w)
            else:
                value = int(C.flag(value, key, where=w))
            rc = _lib.lib.ctrend_reader_set_int(self.ptr, _INT_OPTIONS[key], value)
        elif key == "sum_cols":
            if isinstance(value, str):
                value = [value]
            if value is not None and not isinstance(value, (list, tuple)):
                raise TypeError("%s: sum_cols must be a column name or a list of names, got %r"
                                % (w, value))
            cols = [C.text(col, "sum_cols", where=w) for col in value or ()]
            rc = _lib.lib.ctrend_reader_set_str(self.ptr, _STR_OPTIONS[key], None)
            for col in cols:
                if rc == 0:
                    rc = _lib.lib.ctrend_reader_set_str(self.ptr, _STR_OPTIONS[key],
                                                        _lib.encode(col, key))
        else:
            value = C.text(value, key, allow_none=True, where=w)
            # io.h: "" means "the input has no such column" for the group/region/metric/value
            # columns; a date column must be named
            if value == "" and key not in ("source_name", "group_col", "region_col",
                                           "metric_col", "value_col"):
                raise ValueError("%s: %s must be a non-empty column name (None = default)"
                                 % (w, key))
            rc = _lib.lib.ctrend_reader_set_str(self.ptr, _STR_OPTIONS[key], _lib.encode(value, key))
        if rc != 0:
            self._fail(rc)

    def read_file(self, path):
        """Read a whole file; returns a Frame."""
        out = _P()
        rc = _lib.lib.ctrend_reader_read_file(self.ptr, _lib.encode(_path(path), "path"),
                                              ctypes.byref(out), None)
        if rc != 0:
            self._fail(rc)
        return Frame(_ptr=out.value)

    def feed(self, data):
        """Feed the next chunk (str or bytes, split anywhere)."""
        if not isinstance(data, (str, bytes, bytearray)):
            raise TypeError("ctrend.Reader.feed: data must be str or bytes, got %s"
                            % type(data).__name__)
        raw = _lib.encode(bytes(data) if isinstance(data, bytearray) else data, "data",
                           "ctrend.Reader.feed")
        rc = _lib.lib.ctrend_reader_feed(self.ptr, raw, len(raw))
        if rc != 0:
            self._fail(rc)

    def finish(self):
        """End of input; returns a Frame (the reader is ready for a new input)."""
        out = _P()
        rc = _lib.lib.ctrend_reader_finish(self.ptr, ctypes.byref(out), None)
        if rc != 0:
            self._fail(rc)
        return Frame(_ptr=out.value)


def _path(path):
    if isinstance(path, bytes):
        path = path.decode("utf-8", "surrogateescape")
    if hasattr(path, "__fspath__"):
        path = path.__fspath__()
    if not isinstance(path, str):
        raise TypeError("ctrend.read_csv: path must be a str or os.PathLike, got %s"
                        % type(path).__name__)
    C.text(path, "path", where="ctrend.read_csv")
    if not path:
        raise ValueError("ctrend.read_csv: path is empty")
    return path


OUTPUTS = {"auto": 0, "pandas": 1, "dict": 2, "frame": 3}


def _result(frame, output):
    if output == "frame":
        return frame
    try:
        if output == "dict" or (output == "auto" and A._pandas() is None):
            return frame.to_dict()
        return frame.to_pandas()
    finally:
        frame.close()


def read_csv(path, output="auto", **options):
    """Read a CSV file of monthly counts (wide, long or event shape; see Reader for options).

    output: 'auto' (pandas DataFrame with a monthly PeriodIndex and (group, region, metric)
    columns when pandas is present, else a dict as Frame.to_dict()), 'pandas', 'dict' or
    'frame' (a ctrend.Frame). Raises ReadError (a CtrendError with .line and .column).
    """
    C.choice(output, "output", OUTPUTS, where="ctrend.read_csv")
    with Reader(**options) as r:
        return _result(r.read_file(path), output)


def parse_csv(text, output="auto", **options):
    """As read_csv, but from a string (or bytes) holding the CSV text."""
    C.choice(output, "output", OUTPUTS, where="ctrend.parse_csv")
    if not isinstance(text, (str, bytes)):
        raise TypeError("ctrend.parse_csv: text must be str or bytes, got %s" % type(text).__name__)
    with Reader(**options) as r:
        if "source_name" not in options:
            r.set("source_name", "<string>")
        r.feed(text)
        return _result(r.finish(), output)
