"""Baseline forecasts (baseline.h) and rolling-origin backtests (backtest.h).

    table = ctrend.backtest(y, initial=36, h=3, baselines=["last", ("mean", 6), "seasonal"],
                            models={"poisson+trend": dict(family="poisson", trend=True)})
    table                       # scores (MAE RMSE MSLE CRPS IGN IS90 COV90 N), best CRPS first
"""
import ctypes
import numbers

from . import _lib
from . import _arrays as A
from . import _check as C
from .models import Design, _family, _OwnedOptions, _long_call

_P = ctypes.c_void_p
_D = _lib.c_double_p
_S = ctypes.c_size_t
_I = ctypes.c_int
_C = ctypes.c_char_p


#: pinned ctrend_baseline values and ctrend_backtest_metric columns
BASELINES = _lib.enum_table("ctrend_baseline", "CTREND_BASELINE_")
_CALENDAR_TERMS = ("fourier", "month_dummies", "step", "slope", "offset_days")
METRICS = [k.upper() for k in _lib.enum_table("ctrend_backtest_metric", "CTREND_BT_")]
#: keys of ctrend_baseline_opts (names: "kind", "k", "n_samples", "seed")
BASELINE_OPTS = _lib.enum_table("ctrend_baseline_opt", "CTREND_BASELINE_OPT_")


def _kind(kind, where="ctrend.baseline_forecast", arg="kind"):
    if isinstance(kind, numbers.Integral) and not isinstance(kind, bool):
        return C.integer(kind, arg, 0, max(BASELINES.values()), where=where)
    return C.choice(kind, arg, BASELINES, where=where)


def _sims(h, n, arg, where):
    if h * n > C.MAX_DRAWS:
        raise ValueError("%s: h * %s must be at most %d draws (got %d x %d); lower %s"
                         % (where, arg, C.MAX_DRAWS, h, n, arg))


def baseline_forecast(x, kind="last", h=12, k=3, n_samples=0, seed=20240101):
    """Forecast h months after x with a baseline ('zero', 'last', 'mean' over k months,
    'seasonal' naive, 'conflictology'). Returns (point, samples) with samples h x n_samples
    (None when n_samples = 0)."""
    w = "ctrend.baseline_forecast"
    code = _kind(kind, w)
    h = C.integer(h, "h", 1, C.MAX_HORIZON, where=w)
    k = C.integer(k, "k", 1, C.MAX_MONTHS, where=w)
    n_samples = C.integer(n_samples, "n_samples", 0, C.MAX_SIMS, where=w)
    _sims(h, n_samples, "n_samples", w)
    seed = C.seed(seed, where=w)
    xi = A.series(x, "x", where=w)
    point = A.DoubleOut(h)
    samples = A.DoubleOut(h * n_samples) if n_samples else None
    o = ctypes.c_void_p()
    _lib.check(_lib.fn("ctrend_baseline_opts_new")(ctypes.byref(o)), where="baseline options")
    try:
        seti = _lib.fn("ctrend_baseline_opts_set_int")
        seed64 = seed - (1 << 64) if seed >= (1 << 63) else seed  # the same 64 bits as int64
        for key, v in ((BASELINE_OPTS["kind"], code), (BASELINE_OPTS["k"], k),
                       (BASELINE_OPTS["n_samples"], n_samples), (BASELINE_OPTS["seed"], seed64)):
            _lib.check(seti(o, key, v), where="baseline options")
        _lib.check(_lib.fn("ctrend_baseline_forecast")(o, xi.ptr, xi.n, h, point.ptr, point.n,
                                                       samples.ptr if samples else None,
                                                       samples.n if samples else 0, None),
                   where="baseline %s" % kind)
    finally:
        _lib.fn("ctrend_baseline_opts_free")(o)
    s = None
    if samples is not None:
        s = samples.value()
        if A.np is not None:
            s = s.reshape(h, n_samples)
    return point.value(), s


def backtest(y, initial, h, step=1, n_samples=1000, seed=42, baselines=("last", ("mean", 6),
             "seasonal", "conflictology"), models=None, window=None, start=None, rank_by="CRPS",
             progress=None):
    """Rolling-origin evaluation (expanding window, or sliding with window=months).
    baselines: names or (name, k) pairs; models: {name: dict(family=..., **Design args)}.
    Each model's origins run in a worker thread (ctrend_backtest_add_model): Ctrl-C stops
    them within one origin's forecast block and raises KeyboardInterrupt; progress: a tqdm
    bar of the origins (True; None = when tqdm is importable and stderr is a terminal).
    Returns the score table, best first by `rank_by`: a pandas DataFrame (rows = models,
    columns = METRICS) or a list of (name, {metric: value}) without pandas."""
    w = "ctrend.backtest"
    yi = A.series(y, "y", start=start, where=w)
    initial = C.integer(initial, "initial", 1, C.MAX_MONTHS, where=w)
    h = C.integer(h, "h", 1, C.MAX_HORIZON, where=w)
    step = C.integer(step, "step", 1, C.MAX_MONTHS, where=w)
    n_samples = C.integer(n_samples, "n_samples", 1, C.MAX_SIMS, where=w)
    _sims(h, n_samples, "n_samples", w)
    seed = C.seed(seed, where=w)
    if window is not None:
        window = C.integer(window, "window", 1, C.MAX_MONTHS, where=w)
    rank = C.choice(rank_by, "rank_by", {m: i for i, m in enumerate(METRICS)}, where=w)
    if baselines is None:
        baselines = ()
    elif isinstance(baselines, (str, bytes)) or not hasattr(baselines, "__iter__"):
        baselines = [baselines]
    specs = []
    for b in baselines:
        if isinstance(b, (str, numbers.Integral)):
            specs.append((_kind(b, w, "baselines"), 0, b))
        elif isinstance(b, (tuple, list)) and len(b) == 2:
            specs.append((_kind(b[0], w, "baselines"),
                          C.integer(b[1], "baselines k", 1, C.MAX_MONTHS, where=w), b[0]))
        else:
            raise TypeError("%s: baselines must be names or (name, k) pairs, got %r" % (w, b))
    if models is not None and not isinstance(models, dict):
        raise TypeError("%s: models must be a dict name -> dict(family=..., design keywords), "
                        "got %s" % (w, type(models).__name__))
    for name, spec in (models or {}).items():
        C.text(name, "models name", where=w)
        if not isinstance(spec, dict):
            raise TypeError("%s: models[%r] must be a dict of fit keywords" % (w, name))
    bt = _P()
    _lib.check(_lib.fn("ctrend_backtest_new")(yi.ptr, yi.n, initial, h, step,
                                              n_samples, seed, ctypes.byref(bt)),
               where="backtest")
    L = _lib.lib
    try:
        err = _lib.error_record()
        msg = _lib.error_text(err)
        if window:
            _lib.check(L.ctrend_backtest_set_window(bt, window), where="window")
        for code, k, kind in specs:
            name = None if not k else "%s%d" % (kind, k)
            # the origins on a worker thread, cancelled by Ctrl-C (_batch.run), as models
            with _OwnedOptions(None, w) as o:
                cname = _lib.encode(name, "name")
                rc = _long_call(o, lambda: L.ctrend_backtest_add_baseline_v2(
                    bt, code, k, cname, o.ptr, ctypes.byref(err)),
                    int(L.ctrend_backtest_n_origins(bt)), progress,
                    "ctrend backtest %s" % kind, "origins")
            _lib.check(rc, message=msg, where="baseline %s" % kind)
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
                family = _family(spec.pop("family", "poisson"), w)
                opts = spec.pop("options", None)
                with Design(m0, yi.n, **spec) as d, _OwnedOptions(opts, w) as o:
                    cname = _lib.encode(name, "name")
                    rc = _long_call(o, lambda: L.ctrend_backtest_add_model(
                        bt, cname, d.ptr, family, o.ptr, ctypes.byref(err)),
                        int(L.ctrend_backtest_n_origins(bt)), progress,
                        "ctrend backtest %s" % name, "origins")
                    _lib.check(rc, message=msg, where="model %s" % name)
        n = int(L.ctrend_backtest_n_models(bt))
        order = (ctypes.c_size_t * max(n, 1))()
        need = ctypes.c_size_t()
        _lib.check(L.ctrend_backtest_rank(bt, rank, order, n, ctypes.byref(need)),
                   where="rank")
        rows = []
        v = ctypes.c_double()
        for r in range(need.value):
            i = order[r]
            scores = {}
            for j, metric in enumerate(METRICS):
                _lib.check(L.ctrend_backtest_score(bt, i, j, ctypes.byref(v)), where=metric)
                scores[metric] = v.value
            rows.append((_lib.get_str(L.ctrend_backtest_model_name, bt, i, where="name"),
                         scores))
    finally:
        L.ctrend_backtest_free(bt)
    pdm = A._pandas()
    if pdm is None:
        return rows
    return pdm.DataFrame([s for _, s in rows], index=[nme for nme, _ in rows], columns=METRICS)
