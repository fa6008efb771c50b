"""Baseline forecasts (baseline.h) and rolling-origin backtests (backtest.h).

    table = ctrend.backtest(y, initial=36, h=3, baselines=["last", ("mean", 6), "seasonal"],
                            models={"poisson+trend": dict(family="poisson", trend=True)})
    table                       # scores (MAE RMSE MSLE CRPS IGN IS90 COV90 N), best CRPS first
"""
import ctypes

from . import _lib
from . import _arrays as A
from .models import Design, Options, FAMILIES

_P = ctypes.c_void_p
_D = _lib.c_double_p
_S = ctypes.c_size_t
_I = ctypes.c_int
_C = ctypes.c_char_p

_lib.declare("ctrend_baseline_name", _C, _I)
_lib.declare("ctrend_baseline_parse", _I, _C, ctypes.POINTER(_I))
_lib.declare("ctrend_baseline_forecast", _I, _I, _D, _S, _S, _S, _S, ctypes.c_uint64, _D, _D, _S)
_lib.declare("ctrend_backtest_metric_name", _C, _I)
_lib.declare("ctrend_backtest_new", _I, _D, _S, _S, _S, _S, _S, ctypes.c_uint64,
             ctypes.POINTER(_P))
_lib.declare("ctrend_backtest_free", None, _P)
_lib.declare("ctrend_backtest_set_window", _I, _P, _S)
_lib.declare("ctrend_backtest_n_origins", _S, _P)
_lib.declare("ctrend_backtest_add_baseline", _I, _P, _I, _S, _C)
_lib.declare("ctrend_backtest_add_model", _I, _P, _C, _P, _I, _P)
_lib.declare("ctrend_backtest_n_models", _S, _P)
_lib.declare("ctrend_backtest_model_name", _C, _P, _S)
_lib.declare("ctrend_backtest_score", _I, _P, _S, _I, _D)
_lib.declare("ctrend_backtest_rank", _I, _P, _I, _lib.c_size_t_p, _S, _lib.c_size_t_p)
_lib.declare("ctrend_backtest_errmsg", _C, _P)

#: pinned ctrend_baseline values and ctrend_backtest_metric columns
BASELINES = {"zero": 0, "last": 1, "mean": 2, "seasonal": 3, "conflictology": 4}
_CALENDAR_TERMS = ("fourier", "month_dummies", "step", "slope", "offset_days")
METRICS = ["MAE", "RMSE", "MSLE", "CRPS", "IGN", "IS90", "COV90", "N"]


def _kind(kind):
    if isinstance(kind, int):
        return kind
    try:
        return BASELINES[kind]
    except KeyError:
        raise ValueError("ctrend: baseline is one of %s" % sorted(BASELINES)) from None


def baseline_forecast(x, kind="last", h=12, k=3, n_samples=0, seed=20240101):
    """Forecast h months after x with a baseline ('zero', 'last', 'mean' over k months,
    'seasonal' naive, 'conflictology'). Returns (point, samples) with samples h x n_samples
    (None when n_samples = 0)."""
    xi = A.series(x, "x", where="ctrend.baseline_forecast")
    point = A.DoubleOut(int(h))
    samples = A.DoubleOut(int(h) * int(n_samples)) if n_samples else None
    _lib.check(_lib.fn("ctrend_baseline_forecast")(_kind(kind), xi.ptr, xi.n, int(k), int(h),
                                                   int(n_samples), int(seed), point.ptr,
                                                   samples.ptr if samples else None,
                                                   samples.n if samples else 0),
               where="baseline %s" % kind)
    s = None
    if samples is not None:
        s = samples.value()
        if A.np is not None:
            s = s.reshape(int(h), int(n_samples))
    return point.value(), s


def backtest(y, initial, h, step=1, n_samples=1000, seed=42, baselines=("last", ("mean", 6),
             "seasonal", "conflictology"), models=None, window=None, start=None, rank_by="CRPS"):
    """Rolling-origin evaluation (expanding window, or sliding with window=months).
    baselines: names or (name, k) pairs; models: {name: dict(family=..., **Design args)}.
    Returns the score table, best first by `rank_by`: a pandas DataFrame (rows = models,
    columns = METRICS) or a list of (name, {metric: value}) without pandas."""
    yi = A.series(y, "y", start=start, where="ctrend.backtest")
    bt = _P()
    _lib.check(_lib.fn("ctrend_backtest_new")(yi.ptr, yi.n, int(initial), int(h), int(step),
                                              int(n_samples), int(seed), ctypes.byref(bt)),
               where="backtest")
    L = _lib.lib
    try:
        msg = lambda: _lib.decode(L.ctrend_backtest_errmsg(bt))  # noqa: E731
        if window:
            _lib.check(L.ctrend_backtest_set_window(bt, int(window)), message=msg, where="window")
        for b in baselines or ():
            kind, k = (b, 0) if isinstance(b, (str, int)) else (b[0], b[1])
            name = None if not k else "%s%d" % (kind, k)
            _lib.check(L.ctrend_backtest_add_baseline(bt, _kind(kind), int(k), _lib.encode(name)),
                       message=msg, where="baseline %s" % kind)
        if models:
            calendar = any(s.get(k) for s in models.values() for k in _CALENDAR_TERMS)
            if yi.start is None and calendar:
                raise ValueError(A._need_start_msg("ctrend.backtest", "y", "a series without "
                                 "months, and a model uses calendar terms (%s)"
                                 % ", ".join(_CALENDAR_TERMS)))
            # a design without calendar terms does not depend on its first month
            m0 = yi.start if yi.start is not None else 2000 * 12
            for name, spec in models.items():
                spec = dict(spec)
                family = spec.pop("family", "poisson")
                opts = spec.pop("options", None)
                with Design(m0, yi.n, **spec) as d, Options(**(opts or {})) as o:
                    _lib.check(L.ctrend_backtest_add_model(bt, _lib.encode(name), d.ptr,
                                                           FAMILIES[family], o.ptr),
                               message=msg, where="model %s" % name)
        n = int(L.ctrend_backtest_n_models(bt))
        order = (ctypes.c_size_t * max(n, 1))()
        need = ctypes.c_size_t()
        _lib.check(L.ctrend_backtest_rank(bt, METRICS.index(rank_by), order, n, ctypes.byref(need)),
                   where="rank")
        rows = []
        v = ctypes.c_double()
        for r in range(need.value):
            i = order[r]
            scores = {}
            for j, metric in enumerate(METRICS):
                _lib.check(L.ctrend_backtest_score(bt, i, j, ctypes.byref(v)), where=metric)
                scores[metric] = v.value
            rows.append((_lib.decode(L.ctrend_backtest_model_name(bt, i)), scores))
    finally:
        L.ctrend_backtest_free(bt)
    pdm = A._pandas()
    if pdm is None:
        return rows
    return pdm.DataFrame([s for _, s in rows], index=[nme for nme, _ in rows], columns=METRICS)
