"""Figures as data: the specification of ctrend/figure.h (what `ctrend plot` and
`ctrend check --figures` draw) as plain Python data, and rendering it with libctrend-figure.

    spec = ctrend.figure(frame, ("TTP", "", "attacks"), rolling=3, model=m, forecast=fc)
    spec["values"]      # DataFrame: panel, month, y, rolling, fitted, forecast_mean, pi80_lo, ...
    spec["panels"]      # DataFrame: panel, title, ylabel, start, n, h
    spec["missing"]     # DataFrame: panel, first, last  (months drawn as "not reported")
    spec["spans"], spec["marks"], spec["texts"], spec["options"]
    spec.render("out.svg")   # PLplot through libctrend-figure (same images as the CLI)

Every number is read back from the C figure (ctrend_figure_panel_vector etc.), which computes
it with the same calls as the CLI: the bands are the forecast's CTREND_FI_PREDICTIVE 80% and
95% intervals, the fitted line the model's mean (continued through months not reported).
Tables are pandas DataFrames when pandas is installed, else lists of dicts (one per row).
"""
import ctypes
import math
import os

from . import _lib
from ._arrays import month as _month, month_str as _month_str
from .frame import Frame, Handle

try:
    import pandas as _pd
except ImportError:  # pragma: no cover - pandas is optional
    _pd = None

_E = _lib.api.ENUMS
LAYERS = [(k[len("CTREND_FIGURE_"):].lower(), v) for k, v in _E["ctrend_figure_layer"].items()]
TEXTS = {k[len("CTREND_FIGURE_"):].lower(): v for k, v in _E["ctrend_figure_text_key"].items()}
SPAN_KINDS = {v: k[len("CTREND_FIGURE_SPAN_"):].lower() for k, v in _E["ctrend_figure_span_kind"].items()}
MARK_KINDS = {v: k[len("CTREND_FIGURE_MARK_"):].lower() for k, v in _E["ctrend_figure_mark_kind"].items()}
_MARK_CODES = {v: k for k, v in MARK_KINDS.items()}
STYLES = {k[len("CTREND_FIGURE_"):].lower(): v for k, v in _E["ctrend_figure_style"].items()}
_PANEL_TEXT = _E["ctrend_figure_panel_text_key"]


def _table(rows, columns):
    if _pd is not None:
        return _pd.DataFrame(rows, columns=columns)
    return [dict(zip(columns, r)) for r in rows]


def _fn(name):
    return _lib.fn(name)


def _err():
    return _lib.api.ctrend_error_t()


def _check_err(status, e, where):
    if status != 0:
        raise _lib.CtrendError(status, e.message.decode("utf-8", "replace") or None, where)


class _FigureHandle(Handle):
    _free_name = "ctrend_figure_free"


def _text(call, *args):
    need = ctypes.c_size_t()
    _lib.check(call(*args, None, 0, ctypes.byref(need)), where="figure text")
    buf = ctypes.create_string_buffer(need.value)
    _lib.check(call(*args, buf, need.value, None), where="figure text")
    return buf.value.decode("utf-8", "replace")


def _vector(h, k, which):
    need = ctypes.c_size_t()
    f = _fn("ctrend_figure_panel_vector")
    _lib.check(f(h, k, which, None, 0, ctypes.byref(need)), where="figure layer")
    out = (ctypes.c_double * max(need.value, 1))()
    _lib.check(f(h, k, which, out, need.value, None), where="figure layer")
    return list(out)[:need.value]


def _panel_rows(h, k, start, n, nh):
    layers = {name: _vector(h, k, code) for name, code in LAYERS}
    rows = []
    for i in range(n + nh):
        row = [k, _month_str(start + i)]
        for name, _code in LAYERS:
            v = layers[name]
            past = i < n
            if not v:
                row.append(math.nan)
            elif name in ("y", "rolling", "fitted"):
                row.append(v[i] if past else math.nan)
            else:
                row.append(v[i - n] if not past else math.nan)
        rows.append(row)
    return rows


def _read_panel(h, k, out):
    start, n, nh = ctypes.c_int32(), ctypes.c_size_t(), ctypes.c_size_t()
    _lib.check(_fn("ctrend_figure_panel_months")(h, k, ctypes.byref(start), ctypes.byref(n),
                                                ctypes.byref(nh)), where="figure panel")
    title = _text(_fn("ctrend_figure_panel_text"), h, k, _PANEL_TEXT["CTREND_FIGURE_PANEL_TITLE"])
    ylabel = _text(_fn("ctrend_figure_panel_text"), h, k, _PANEL_TEXT["CTREND_FIGURE_PANEL_YLABEL"])
    out["panels"].append([k, title, ylabel, _month_str(start.value), n.value, nh.value])
    out["values"].extend(_panel_rows(h, k, start.value, n.value, nh.value))
    need = ctypes.c_size_t()
    miss = _fn("ctrend_figure_panel_missing")
    _lib.check(miss(h, k, None, 0, ctypes.byref(need)), where="figure missing")
    runs = (ctypes.c_int32 * max(need.value, 1))()
    _lib.check(miss(h, k, runs, need.value, None), where="figure missing")
    for j in range(0, need.value, 2):
        out["missing"].append([k, _month_str(runs[j]), _month_str(runs[j + 1])])
    cnt = ctypes.c_size_t()
    _lib.check(_fn("ctrend_figure_panel_n_spans")(h, k, ctypes.byref(cnt)), where="figure spans")
    for j in range(cnt.value):
        a, b, kind = ctypes.c_int32(), ctypes.c_int32(), ctypes.c_int()
        _lib.check(_fn("ctrend_figure_panel_span")(h, k, j, ctypes.byref(a), ctypes.byref(b),
                                                   ctypes.byref(kind)), where="figure span")
        out["spans"].append([k, _month_str(a.value), _month_str(b.value), SPAN_KINDS[kind.value]])
    _lib.check(_fn("ctrend_figure_panel_n_marks")(h, k, ctypes.byref(cnt)), where="figure marks")
    for j in range(cnt.value):
        m, kind = ctypes.c_int32(), ctypes.c_int()
        _lib.check(_fn("ctrend_figure_panel_mark")(h, k, j, ctypes.byref(m), ctypes.byref(kind)),
                   where="figure mark")
        label = _text(_fn("ctrend_figure_panel_mark_label"), h, k, j)
        out["marks"].append([k, _month_str(m.value), MARK_KINDS[kind.value], label])


class Figure(dict):
    """A figure specification as plain data (a dict of tables, see the module docstring);
    ``render(path)`` draws it with libctrend-figure. Built by :func:`figure` and
    :func:`claim_figure`."""

    def __init__(self, handle):
        super().__init__()
        self._handle = handle
        h = handle.ptr
        out = {"panels": [], "values": [], "missing": [], "spans": [], "marks": []}
        for k in range(_fn("ctrend_figure_n_panels")(h)):
            _read_panel(h, k, out)
        self["panels"] = _table(out["panels"], ["panel", "title", "ylabel", "start", "n", "h"])
        self["values"] = _table(out["values"], ["panel", "month"] + [n for n, _ in LAYERS])
        self["missing"] = _table(out["missing"], ["panel", "first", "last"])
        self["spans"] = _table(out["spans"], ["panel", "first", "last", "kind"])
        self["marks"] = _table(out["marks"], ["panel", "month", "kind", "label"])
        self["texts"] = {name: _text(_fn("ctrend_figure_text"), h, code) for name, code in TEXTS.items()}
        style, w, hh, lab = ctypes.c_int(), ctypes.c_double(), ctypes.c_double(), ctypes.c_int()
        _lib.check(_fn("ctrend_figure_options")(h, ctypes.byref(style), ctypes.byref(w),
                                                ctypes.byref(hh), ctypes.byref(lab)), where="figure")
        names = {v: k for k, v in STYLES.items()}
        self["options"] = {"style": names[style.value], "width": w.value, "height": hh.value,
                           "label_spans": bool(lab.value)}

    def render(self, path, format=None):
        """Draw the figure into `path` (.svg, .png or .pdf; or format='svg'|'png'|'pdf') with
        libctrend-figure, the renderer of `ctrend plot`. Raises RuntimeError when that library
        is not installed (libctrend was built without PLplot), CtrendError when drawing fails."""
        w = "ctrend.Figure.render"
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError("%s: path must be a str or path, got %r" % (w, path))
        path = os.fspath(path)
        dev = ctypes.c_int()
        target = "x." + format if format is not None else path
        if format is not None and format not in ("svg", "png", "pdf"):
            raise ValueError("%s: format must be 'svg', 'png' or 'pdf', got %r" % (w, format))
        if _fn("ctrend_figure_device_from_path")(_lib.encode(target, "target"), ctypes.byref(dev)) != 0:
            raise ValueError("%s: cannot tell the format of %r: use .svg, .png or .pdf" % (w, path))
        render = _renderer()
        e = _err()
        _check_err(render(self._handle.ptr, _lib.encode(path, "path"), dev.value, ctypes.byref(e)), e, w)
        return path


_RENDER = []


def _renderer():
    """ctrend_figure_render from libctrend-figure: CTREND_FIGURE_LIB, else beside the loaded
    libctrend (same directory), else the loader's search path."""
    if _RENDER:
        return _RENDER[0]
    d = os.path.dirname(_lib.LIB_PATH or "")
    cands = [os.environ.get("CTREND_FIGURE_LIB")] if os.environ.get("CTREND_FIGURE_LIB") else []
    cands += [os.path.join(d, "libctrend-figure.so"), "libctrend-figure.so"]
    errors = []
    for c in cands:
        try:
            lib = ctypes.CDLL(c)
        except OSError as exc:
            errors.append(str(exc))
            continue
        raw = lib.ctrend_figure_render  # int (const ctrend_figure *, const char *, int, ctrend_error *)

        def f(fig, path, device, err, _raw=raw):
            # ctypes' default return type is int; each argument is typed here explicitly
            # (the function is libctrend-figure's, not in api/ctrend_api.h's generated table)
            return _raw(ctypes.c_void_p(fig.value if isinstance(fig, ctypes.c_void_p) else fig),
                        ctypes.c_char_p(path), ctypes.c_int(device), err)
        _RENDER.append(f)
        return f
    raise RuntimeError("ctrend.Figure.render: libctrend-figure is not available (libctrend was "
                       "built without PLplot: apt-get install libplplot-dev plplot-driver-cairo "
                       "and rebuild; or set CTREND_FIGURE_LIB). Tried: " + "; ".join(errors))


def _new():
    p = ctypes.c_void_p()
    e = _err()
    _check_err(_fn("ctrend_figure_new")(ctypes.byref(p), ctypes.byref(e)), e, "ctrend.figure")
    return _FigureHandle(p)


def figure(frame, series, start=None, end=None, rolling=None, centre=False, model=None,
           forecast=None, highlight=(), marks=(), title=None, subtitle=None, caption=None,
           points=False):
    """The figure of one series of a :class:`Frame` over start..end (default: its reported
    span), as `ctrend plot` draws it: the counts; with rolling=K the K-month rolling mean
    (trailing, or centred with centre=True); with model= a ctrend.Model fitted on the same
    months, its fitted mean; with forecast= a Forecast of that model (made with n_sims > 0),
    its mean and 80%/95% predictive bands; highlight= (first, last) month pairs; marks=
    (month, 'step'|'break'|'slope', label) triples. Returns a :class:`Figure`."""
    w = "ctrend.figure"
    if not isinstance(frame, Frame):
        raise TypeError("%s: frame must be a ctrend.Frame, got %s" % (w, type(frame).__name__))
    idx = frame._index(series, w)
    if start is None or end is None:
        a, b = frame.span(idx)
        start = a if start is None else start
        end = b if end is None else end
    first, last = _month(start, "start", w), _month(end, "end", w)
    if last < first:
        raise ValueError("%s: end (%s) is before start (%s)" % (w, _month_str(last), _month_str(first)))
    fig = _new()
    h = fig.ptr
    panel, e = ctypes.c_size_t(), _err()
    _check_err(_fn("ctrend_figure_add_series")(h, frame.ptr, idx, first, last, ctypes.byref(panel),
                                               ctypes.byref(e)), e, w)
    k = panel.value
    if rolling is not None:
        if isinstance(rolling, bool) or not isinstance(rolling, int) or rolling < 1:
            raise ValueError("%s: rolling must be a positive int, got %r" % (w, rolling))
        _lib.check(_fn("ctrend_figure_add_rolling")(h, k, rolling, 1 if centre else 0), where=w)
        _lib.check(_fn("ctrend_figure_set_text")(h, TEXTS["rolling_label"], _lib.encode(
            "%d-month %s mean" % (rolling, "centred" if centre else "rolling"))), where=w)
    if model is not None:
        _lib.check(_fn("ctrend_figure_add_fit")(h, k, model.ptr), where=w + " model")
    if forecast is not None:
        _lib.check(_fn("ctrend_figure_add_forecast")(h, k, forecast.ptr), where=w + " forecast")
    for a, b in highlight:
        _lib.check(_fn("ctrend_figure_add_span")(h, k, _month(a, "highlight", w), _month(b, "highlight", w), 0),
                   where=w + " highlight")
    for m, kind, label in marks:
        if kind not in _MARK_CODES:
            raise ValueError("%s: a mark's kind must be one of %s, got %r" % (w, sorted(_MARK_CODES), kind))
        _lib.check(_fn("ctrend_figure_add_mark")(h, k, _month(m, "marks", w), _MARK_CODES[kind],
                                                 _lib.encode(label, "marks")), where=w + " mark")
    for key, text in (("title", title), ("subtitle", subtitle), ("caption", caption)):
        if text is not None:
            _lib.check(_fn("ctrend_figure_set_text")(h, TEXTS[key], _lib.encode(text, key)), where=w)
    _lib.check(_fn("ctrend_figure_set_options")(h, STYLES["points" if points else "bars"], 0.0, 0.0, 0),
               where=w)
    return Figure(fig)


def claim_figure(claims, i, frame):
    """The figure `ctrend check --figures` draws for claim i of a checked ctrend.Claims
    against the Frame it was checked on: one panel per term around the compared months,
    the claimed months and the base months as spans. Returns a :class:`Figure` (its subtitle
    is the quote; the CLI adds the explanation's result lines and the data files)."""
    w = "ctrend.claim_figure"
    if not isinstance(frame, Frame):
        raise TypeError("%s: frame must be a ctrend.Frame, got %s" % (w, type(frame).__name__))
    if isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < len(claims):
        raise ValueError("%s: i must be a claim index in [0, %d), got %r" % (w, len(claims), i))
    fig = _new()
    e = _err()
    _check_err(_fn("ctrend_figure_add_claim")(fig.ptr, claims.ptr, i, frame.ptr, ctypes.byref(e)), e, w)
    return Figure(fig)
