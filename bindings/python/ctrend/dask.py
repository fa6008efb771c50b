"""ctrend.dask — the same fits, breaks, backtests and forecasts over a panel, on a Dask cluster.

    import ctrend.dask as cd
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        out = cd.breaks_panel("cells-*.csv.gz", n_boot=199, seed=1).compute()

Input (``data``): a dask or pandas DataFrame, long (key columns group/region/metric, a month
column and a value column) or wide (a month column, optional group/region columns, one column
per metric: the CSV reader's wide shape); or a path glob of CSV / ``.gz`` files, each read by
libctrend's own reader (the CLI's parser: same shapes, options and errors).

Partitioning: rows are shuffled on the series key (dask's ``shuffle`` on a hash of
group/region/metric), so a series is never split across partitions; each partition is one
task that runs the C batch engine (``ctrend_batch_fit_models``) or the per-series C functions
(breaks, backtest, forecast: the batch engine has no entry point for them yet) on
``n_threads`` threads (ctypes releases the GIL during C calls). Workers rebuild frames from
plain arrays: no C handle is ever pickled.

Determinism: every series is computed by exactly the call a single-process run (or the CLI)
makes for it, on its own reported span (or ``start``/``end``, the CLI's --from/--to), with
its own seed, :func:`series_seed` of the base seed and the series key — never of the
partition, the worker or the thread. So the numbers are bit-identical to ``ctrend.fit`` /
``ctrend.breaks`` / the CLI with ``--seed <series seed>`` on that series, for any number of
workers, partitions or threads, and after Dask retries a task lost with a killed worker.
``seeds="same"`` gives every series the base seed instead (what ``ctrend CMD --seed S`` does
for every series of a file).

Failures are per series: a ``status`` column (``CTREND_OK`` or the status name, e.g.
``CTREND_EALLZERO``) and a ``message``; the figures of a failed series are NaN. A partition
never fails because of one series.

Output: a dask DataFrame with known ``meta`` (columns and dtypes below), rows of a partition
in key order; sort by the key columns for a canonical order. Nothing is computed until
``.compute()`` / ``.persist()`` (progress: ``distributed.progress``, the dashboard).
"""
import concurrent.futures
import ctypes
import glob as _glob
import gzip
import hashlib
import math
import os

import numpy as np
import pandas as pd
import dask
import dask.dataframe as dd

from . import _lib
from . import _arrays as A
from .frame import Frame, put_values
from .io import Reader
from .models import Design, Options, Model, FAMILIES, fit, breaks

KEY = ["group", "region", "metric"]
_P = ctypes.c_void_p
# ctrend_batch_fit_models: prototype from the generated layer (_lib declares it)


# ---- seeds --------------------------------------------------------------------------------
def series_seed(seed, group="", region="", metric=""):
    """The seed of one series: the first 8 bytes of SHA-256 over the UTF-8 text
    ``"ctrend-series-seed/1\\x1f<seed>\\x1f<group>\\x1f<region>\\x1f<metric>"`` (seed in decimal,
    absent key parts as empty strings), read big-endian, shifted right by 11 bits: a 53-bit
    integer (exact as a double in R, JSON and spreadsheets). It depends only on the base seed
    and the key, so any tool can recompute it (``ctrend breaks --seed <it>`` reproduces the
    series' row). Note libctrend folds a seed to 32 bits for its Mersenne Twister
    (``seed ^ seed >> 32``), so two series collide with probability about 2^-32 per pair."""
    text = "\x1f".join(["ctrend-series-seed/1", str(int(seed)), group or "", region or "",
                        metric or ""])
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") >> 11


def _seed_of(seeds, seed, key):
    if seeds == "key":
        return series_seed(seed, *key)
    if seeds == "same":
        return int(seed)
    raise ValueError("ctrend.dask: seeds is 'key' or 'same', not %r" % (seeds,))


# ---- input: a long pandas frame per partition -----------------------------------------------
def _month_index(col):
    """Month indices (int64) of a column of months: integers are taken as month indices
    (year*12 + month-1); datetimes and Periods by their year and month; strings through
    libctrend's month parser (each distinct string once)."""
    if pd.api.types.is_integer_dtype(col.dtype):
        return col.astype("int64")
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return (col.dt.year * 12 + col.dt.month - 1).astype("int64")
    if isinstance(col.dtype, pd.PeriodDtype):
        return (col.dt.year * 12 + col.dt.month - 1).astype("int64")
    uniq = {v: A.month(v) for v in pd.unique(col)}
    return col.map(uniq).astype("int64")


def _to_long(pdf, month_col, value_col):
    """One partition of the input, long or wide, as the long frame group, region, metric,
    month (int64 month index), value (float64; NaN = missing)."""
    cols = list(pdf.columns)
    if month_col not in cols:
        raise KeyError("ctrend.dask: no month column %r in %s" % (month_col, cols))
    if "metric" in cols and value_col in cols:
        out = pdf[[c for c in KEY + [month_col, value_col] if c in cols]]
    else:  # wide: every column but month/group/region is a metric
        ids = [c for c in ("group", "region", month_col) if c in cols]
        out = pdf.melt(id_vars=ids, var_name="metric", value_name=value_col)
    out = out.rename(columns={month_col: "month", value_col: "value"})
    # key parts as text; an empty cell (NaN once pandas has read it) is the empty key part
    res = pd.DataFrame({k: (out[k].astype(object).where(out[k].notna(), "").astype(str)
                            if k in out.columns else "") for k in KEY}, index=out.index)
    res["month"] = _month_index(out["month"]) if len(out) else pd.Series([], dtype="int64")
    res["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    return res.reset_index(drop=True)


_LONG_META = pd.DataFrame({"group": pd.Series([], dtype=object),
                           "region": pd.Series([], dtype=object),
                           "metric": pd.Series([], dtype=object),
                           "month": pd.Series([], dtype="int64"),
                           "value": pd.Series([], dtype="float64")})


def frame_to_long(frame):
    """A ctrend.Frame as the long pandas frame (group, region, metric, month, value) of its
    reported cells (NaN cells are dropped: missing stays missing, it is just not listed)."""
    parts = []
    months = np.arange(frame.start, frame.start + frame.n_months, dtype="int64")
    for i, (g, r, m) in enumerate(frame.keys()):
        v = np.asarray(frame.values(i), dtype="float64")
        keep = ~np.isnan(v)
        parts.append(pd.DataFrame({"group": g, "region": r, "metric": m,
                                   "month": months[keep], "value": v[keep]}))
    if not parts:
        return _LONG_META.copy()
    return pd.concat(parts, ignore_index=True)[list(_LONG_META.columns)]


def read_file(path, **read_options):
    """One CSV (or gzip-compressed CSV) file through libctrend's reader (ctrend.Reader
    options: shape, duplicates, date_col, ...) as a long pandas frame (see frame_to_long)."""
    read_options.setdefault("source_name", os.path.basename(str(path)))
    with Reader(**read_options) as reader:
        if str(path).endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    reader.feed(chunk)
            frame = reader.finish()
        else:
            frame = reader.read_file(path)
    with frame:
        return frame_to_long(frame)


def long_panel(data, month_col="month", value_col="value", npartitions=None, read_options=None):
    """The input as a long dask DataFrame shuffled on the series key, every series in one
    partition (what the *_panel functions run on). `data`: see the module docstring."""
    if isinstance(data, (str, os.PathLike)):
        paths = sorted(_glob.glob(os.fspath(data)))
        if not paths:
            raise FileNotFoundError("ctrend.dask: no file matches %r" % (os.fspath(data),))
        parts = [dask.delayed(read_file)(p, **(read_options or {})) for p in paths]
        ddf = dd.from_delayed(parts, meta=_LONG_META)
    else:
        if isinstance(data, pd.DataFrame):
            data = dd.from_pandas(data, npartitions=npartitions or 1)
        if not isinstance(data, dd.DataFrame):
            raise TypeError("ctrend.dask: data is a dask/pandas DataFrame or a path glob")
        ddf = data.map_partitions(_to_long, month_col, value_col, meta=_LONG_META)
    return ddf.shuffle(on=KEY, npartitions=npartitions or ddf.npartitions)


def _series(pdf, start, end):
    """Yield (key, first month, values) of each series of a long partition, in key order, over
    its reported span, or [start, end] where given (the CLI's window: cli_series_window).
    A series with duplicate months yields an error string instead of values."""
    if not len(pdf):
        return
    for key, g in pdf.groupby(KEY, sort=True):
        key = tuple(key)
        if g["month"].duplicated().any():
            dup = A.month_str(int(g["month"][g["month"].duplicated()].iloc[0]))
            yield key, None, ("CTREND_EDUPLICATE", "month %s given twice" % dup)
            continue
        rep = g[~np.isnan(g["value"].to_numpy())]
        if not len(rep) and (start is None or end is None):
            yield key, None, ("CTREND_EEMPTY", "no reported month")
            continue
        first = A.month(start) if start is not None else int(rep["month"].min())
        last = A.month(end) if end is not None else int(rep["month"].max())
        if last < first:
            yield key, None, ("CTREND_EEMPTY", "empty window")
            continue
        y = np.full(last - first + 1, np.nan)
        inside = g[(g["month"] >= first) & (g["month"] <= last)]
        y[inside["month"].to_numpy() - first] = inside["value"].to_numpy()
        yield key, first, y


def _threads(n_threads):
    """Threads per task: n_threads, or 0 = this machine's CPUs shared among the Dask threads
    of this worker (all CPUs outside a distributed worker)."""
    if n_threads:
        return int(n_threads)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        from distributed import get_worker
        worker = get_worker()
        state = getattr(worker, "state", worker)  # distributed >= 2022.08 keeps it there
        return max(1, (cpus or 1) // max(1, int(state.nthreads)))
    except (ImportError, ValueError, AttributeError):
        return cpus or 1


def _pmap(fn, items, n_threads):
    """[fn(x) for x in items] on n_threads threads, results in input order (each item is
    independent: the order of evaluation cannot change a result)."""
    if n_threads <= 1 or len(items) <= 1:
        return [fn(x) for x in items]
    with concurrent.futures.ThreadPoolExecutor(max_workers=n_threads) as ex:
        return list(ex.map(fn, items))


def _failure(exc):
    if isinstance(exc, _lib.CtrendError):
        return exc.name, exc.message
    return "CTREND_EINVAL", "%s: %s" % (type(exc).__name__, exc)


def _frame_of(rows, columns, dtypes):
    out = pd.DataFrame(rows, columns=columns)
    if not len(out):
        out = pd.DataFrame({c: pd.Series([], dtype=dtypes[c]) for c in columns})
    return out.astype(dtypes)


def _key_cols():
    return [("group", object), ("region", object), ("metric", object)]


def _window_cols():
    return [("status", object), ("message", object), ("first_month", object),
            ("n_months", "int64")]


def _meta(cols):
    names = [c for c, _ in cols]
    dtypes = dict(cols)
    return names, dtypes, pd.DataFrame({c: pd.Series([], dtype=t) for c, t in cols})


def _panel(data, task, meta_cols, month_col, value_col, npartitions, read_options, args):
    names, dtypes, meta = _meta(meta_cols)
    ddf = long_panel(data, month_col, value_col, npartitions, read_options)
    return ddf.map_partitions(task, names, dtypes, args, meta=meta,
                              token="ctrend-" + task.__name__.strip("_"))


# ---- fits ---------------------------------------------------------------------------------
_FIT_SCALARS = ("nobs", "deviance", "aic", "dispersion", "theta", "converged")


def _fit_cols(design_args, scalars):
    """The design's term names (from a probe design: they depend on the terms, not on the
    window) and the output columns of a fit."""
    with Design(2000 * 12, 48, **design_args) as d:
        terms = d.columns
    return terms, _key_cols() + _window_cols() + [("coef_" + t, "float64") for t in terms] + \
        [("se_" + t, "float64") for t in terms] + [(s, "float64") for s in scalars]


def fit_pandas(pdf, family="poisson", start=None, end=None, scalars=_FIT_SCALARS,
               options=None, n_threads=0, **design_args):
    """The fit of every series of a long pandas frame (one partition, or a whole panel on one
    machine): ctrend_batch_fit_models with one design per series over its window. Columns:
    group, region, metric, status, message, first_month, n_months, coef_<term>, se_<term> for
    each design column, then `scalars` (ctrend.models.SCALARS names)."""
    terms, cols = _fit_cols(design_args, scalars)
    names, dtypes, _ = _meta(cols)
    return _fit_task(pdf, names, dtypes, (family, start, end, tuple(scalars), options,
                                          n_threads, design_args, terms))


def _fit_task(pdf, names, dtypes, args):
    family, start, end, scalars, options, n_threads, design_args, terms = args
    rows, todo = [], []
    for key, first, y in _series(pdf, start, end):
        if first is None:
            rows.append(list(key) + [y[0], y[1], None, 0] + [math.nan] * (len(names) - 7))
        else:
            todo.append((key, first, y))
    if todo:
        rows.extend(_fit_batch(todo, family, scalars, options, _threads(n_threads),
                               design_args, terms))
    rows.sort(key=lambda r: tuple(r[:3]))
    return _frame_of(rows, names, dtypes)


def _fit_batch(todo, family, scalars, options, n_threads, design_args, terms):
    """Fit the series `todo` [(key, first month, values)] with the C batch engine."""
    frame = Frame()
    designs, rows, fitted = [], [], []
    try:
        for j, (key, first, y) in enumerate(todo):
            put_values(frame.ptr, frame.add_series(*key), y, first, "frame")  # one C call
            try:
                designs.append(Design(first, len(y), **design_args))
            except _lib.CtrendError as exc:  # e.g. a step outside this series' window
                designs.append(exc)
        ok = [j for j, d in enumerate(designs) if isinstance(d, Design)]
        n = len(ok)
        dptr = (_P * max(n, 1))(*[designs[j].ptr for j in ok])
        models = (_P * max(n, 1))()
        status = (ctypes.c_int * max(n, 1))()
        fam = FAMILIES[family] if isinstance(family, str) else int(family)
        from . import _batch as B
        with Options(**(options or {})) as opts, \
                B.BatchOptions(series=ok, n_threads=n_threads, options=opts, errors=False) as bo:
            fitm = _lib.fn("ctrend_batch_fit_models")  # frame index j == position in todo
            try:
                _lib.check(B.run(bo, lambda: fitm(bo.ptr, frame.ptr, fam, dptr, n, models,
                                                  status), n, progress=False),
                           where="batch_fit_models")
            except BaseException:  # KeyboardInterrupt: free the models already fitted
                for r in range(n):
                    if models[r]:
                        _lib.lib.ctrend_model_free(models[r])
                raise
        result = {}
        for r, j in enumerate(ok):
            result[j] = (int(status[r]), models[r])
        for j, (key, first, y) in enumerate(todo):
            head = list(key)
            if isinstance(designs[j], Exception):
                st, msg = _failure(designs[j])
                rows.append(head + [st, msg, A.month_str(first), len(y)] +
                            [math.nan] * (2 * len(terms) + len(scalars)))
                continue
            st, ptr = result[j]
            if st != 0 or not ptr:
                rows.append(head + [_lib.status_name(st), _lib.strerror(st), A.month_str(first),
                                    len(y)] + [math.nan] * (2 * len(terms) + len(scalars)))
                continue
            m = Model(ptr, first)
            fitted.append(m)
            vals = [float(v) for v in m.vector("coef")] + [float(v) for v in m.vector("se")]
            vals += [m.scalar(s) for s in scalars]
            rows.append(head + ["CTREND_OK", "", A.month_str(first), len(y)] + vals)
    finally:
        for m in fitted:
            m.close()
        for d in designs:
            if isinstance(d, Design):
                d.close()
        frame.close()
    return rows


def fit_panel(data, family="poisson", start=None, end=None, scalars=_FIT_SCALARS, options=None,
              n_threads=0, month_col="month", value_col="value", npartitions=None,
              read_options=None, **design_args):
    """Fit one model (family, Design terms: trend, fourier, month_dummies, step, slope,
    offset_days, intercept) to every series of a panel, as ``ctrend fit`` does: each series
    over its reported span (or start/end). Returns a dask DataFrame as fit_pandas."""
    terms, cols = _fit_cols(design_args, scalars)
    return _panel(data, _fit_task, cols, month_col, value_col, npartitions, read_options,
                  (family, start, end, tuple(scalars), options, n_threads, design_args, terms))


# ---- per-series kernels (breaks, backtest, forecast) ---------------------------------------
def _per_series(pdf, names, dtypes, args, one):
    """Rows of a partition: one(first, y, seed) -> list of rows (after the key, status,
    message, first_month, n_months and seed columns) per series, spread over threads; an
    exception becomes that series' status (its figures NaN)."""
    start, end, seed, seeds, n_threads = args
    items = list(_series(pdf, start, end))
    n_rest = len(names) - 8

    def run(item):
        key, first, y = item
        s = _seed_of(seeds, seed, key)
        if first is None:
            return [list(key) + [y[0], y[1], None, 0, s] + [None] * n_rest]
        head = list(key) + ["CTREND_OK", "", A.month_str(first), len(y), s]
        try:
            return [head + r for r in one(first, y, s)]
        except Exception as exc:  # per-series failure, never a lost partition
            head[3:5] = _failure(exc)
            return [head + [None] * n_rest]
    rows = [r for rs in _pmap(run, items, _threads(n_threads)) for r in rs]
    return _frame_of(rows, names, dtypes)


def _named(spec, kind):
    """Step/slope terms as Design names them: a dict as given, else kind, kind2, ..."""
    if isinstance(spec, dict):
        return dict(spec)
    spec = [] if spec is None else list(spec) if isinstance(spec, (list, tuple)) else [spec]
    return {(kind if i == 0 else "%s%d" % (kind, i + 1)): m for i, m in enumerate(spec)}


_BREAK_COLS = [("seed", "int64"), ("break_month", object), ("lr", "float64"),
               ("p_value", "float64"), ("candidates", "float64"), ("rate_ratio", "float64"),
               ("rr_lo", "float64"), ("rr_hi", "float64")]


def _breaks_task(pdf, names, dtypes, args):
    family, kind, min_segment, n_boot, options, design_args, common = args

    def one(first, y, seed):
        b = breaks(y, family=family, start=first, kind=kind, min_segment=min_segment,
                   n_boot=n_boot, seed=seed, options=options, **design_args)
        # the CLI's rate ratio: refit with a step (and slope) named "break" at the break month
        extra = dict(design_args)
        extra["step"] = dict(_named(extra.get("step"), "step"), **{"break": b["month"]})
        if kind == "level_slope":
            extra["slope"] = dict(_named(extra.get("slope"), "slope"), break_slope=b["month"])
        rr = [math.nan] * 3
        try:
            with fit(y, family=family, start=first, options=options, **extra) as m:
                j = m.names.index("break")
                rr = [float(m.vector(v)[j]) for v in ("exp_coef", "exp_ci_lo", "exp_ci_hi")]
        except _lib.CtrendError:
            pass  # the CLI prints NA too
        return [[b["month"], b["lr"], b["p_value"], b["n_candidates"]] + rr]
    return _per_series(pdf, names, dtypes, common, one)


def breaks_panel(data, family="poisson", start=None, end=None, kind="level", min_segment=12,
                 n_boot=199, seed=20240101, seeds="key", options=None, n_threads=0,
                 month_col="month", value_col="value", npartitions=None, read_options=None,
                 **design_args):
    """One change point per series (ctrend.breaks: profile likelihood, sup-LR, parametric
    bootstrap p-value from n_boot replicates seeded by the series seed), as ``ctrend breaks``
    (its defaults: min_segment 12, 199 replicates) plus the rate ratio of the level shift at the
    break with its Wald interval. Columns: key, status, message, first_month, n_months, seed,
    break_month, lr, p_value, candidates, rate_ratio, rr_lo, rr_hi."""
    cols = _key_cols() + _window_cols() + _BREAK_COLS
    return _panel(data, _breaks_task, cols, month_col, value_col, npartitions, read_options,
                  (family, kind, int(min_segment), int(n_boot), options, design_args,
                   (start, end, int(seed), seeds, n_threads)))


_BT_METRICS = ["MAE", "RMSE", "MSLE", "CRPS", "IGN", "IS90", "COV90", "N"]
_BT_COLS = [("seed", "int64"), ("model", object), ("model_status", object),
            ("rank", "float64")] + [(m, "float64") for m in _BT_METRICS]
_BASELINES = _lib.enum_table("ctrend_baseline", "CTREND_BASELINE_")


def _backtest_task(pdf, names, dtypes, args):
    initial, horizon, step, window, n_samples, models, baselines, rank_by, common = args
    L = _lib.lib

    def one(first, y, s):
        yi = A.as_input(y)
        bt = _P()
        _lib.check(L.ctrend_backtest_new(yi.ptr, yi.n, initial, horizon, step, n_samples, s,
                                         ctypes.byref(bt)), where="backtest")
        entries = []  # (name, status name)
        try:
            if window:
                _lib.check(L.ctrend_backtest_set_window(bt, int(window)), where="window")
            # the regression models, then the baselines (the CLI's order)
            for name, spec in models.items():
                spec = dict(spec)
                family = spec.pop("family", "poisson")
                opts = spec.pop("options", None)
                try:
                    with Design(first, len(y), **spec) as d, Options(**(opts or {})) as o:
                        rc = L.ctrend_backtest_add_model(bt, _lib.encode(name, "name"), d.ptr,
                                                         FAMILIES[family], o.ptr, None)
                except _lib.CtrendError as exc:
                    rc = exc.status
                entries.append((name, rc))
            for b in baselines:
                kind, k = (b, 0) if isinstance(b, str) else (b[0], int(b[1]))
                name = "%s%d" % (kind, k) if kind == "mean" else kind
                rc = L.ctrend_backtest_add_baseline_v2(bt, _BASELINES[kind], k, _lib.encode(name, "name"),
                                                       None, None)
                entries.append((name, rc))
            n = int(L.ctrend_backtest_n_models(bt))
            order = (ctypes.c_size_t * max(n, 1))()
            need = ctypes.c_size_t()
            _lib.check(L.ctrend_backtest_rank(bt, _BT_METRICS.index(rank_by), order, n,
                                              ctypes.byref(need)), where="rank")
            rank = {_lib.get_str(L.ctrend_backtest_model_name, bt, order[r], where="name"):
                    (order[r], r + 1) for r in range(need.value)}
            rows = []
            v = ctypes.c_double()
            for name, rc in entries:
                head = [name, _lib.status_name(rc)]
                if name not in rank:
                    rows.append(head + [math.nan] * (1 + len(_BT_METRICS)))
                    continue
                i, r = rank[name]
                scores = []
                for j in range(len(_BT_METRICS)):
                    _lib.check(L.ctrend_backtest_score(bt, i, j, ctypes.byref(v)), where="score")
                    scores.append(v.value)
                rows.append(head + [float(r)] + scores)
            rows.sort(key=lambda row: (math.isnan(row[2]), row[2]))
            return rows
        finally:
            L.ctrend_backtest_free(bt)
    return _per_series(pdf, names, dtypes, common, one)


def backtest_panel(data, initial=24, horizon=3, step=1, window=None, n_samples=1000,
                   seed=20240101, seeds="key", models=None,
                   baselines=("zero", "last", ("mean", 6), "seasonal", "conflictology"),
                   rank_by="CRPS", start=None, end=None, n_threads=0, month_col="month",
                   value_col="value", npartitions=None, read_options=None):
    """Rolling-origin backtest per series (ctrend_backtest, as ``ctrend backtest``): models
    {name: dict(family=..., options=..., **Design terms)} (default {"poisson": {}}, the CLI's
    model) then `baselines`, each scored at every origin with n_samples draws seeded by the
    series seed (+ origin). One row per (series, model): model, model_status (a model that
    fails at some origin is left out of the ranking, as in the CLI), rank by `rank_by`, and the
    scores MAE RMSE MSLE CRPS IGN IS90 COV90 N; rows of a series in rank order."""
    models = {"poisson": {}} if models is None else dict(models)
    cols = _key_cols() + _window_cols() + _BT_COLS
    return _panel(data, _backtest_task, cols, month_col, value_col, npartitions, read_options,
                  (int(initial), int(horizon), int(step), window, int(n_samples), models,
                   tuple(baselines), rank_by, (start, end, int(seed), seeds, n_threads)))


def _forecast_cols(levels):
    pis = []
    for lv in levels:
        tag = "pi%g" % (100.0 * lv)
        pis += [(tag + "_lo", "float64"), (tag + "_hi", "float64")]
    return [("seed", "int64"), ("month", object), ("mean", "float64"), ("mean_lo", "float64"),
            ("mean_hi", "float64")] + pis + [("plugin95_lo", "float64"),
                                             ("plugin95_hi", "float64")]


def _forecast_task(pdf, names, dtypes, args):
    family, horizon, n_sims, levels, level, options, design_args, common = args

    def one(first, y, s):
        with fit(y, family=family, start=first, options=options, **design_args) as m, \
                m.forecast(horizon, n_sims=n_sims, seed=s) as fc:
            cols = [np.asarray(fc.mean)]
            cols += [np.asarray(v) for v in fc.interval("mean", level)]
            kind = "predictive" if n_sims > 0 and family != "gaussian" else "plugin"
            for lv in levels:  # simulated intervals, else plug-in (cmd_forecast.c)
                try:
                    lo, hi = fc.interval(kind, lv)
                except _lib.CtrendError:
                    kind = "plugin"
                    lo, hi = fc.interval(kind, lv)
                cols += [np.asarray(lo), np.asarray(hi)]
            cols += [np.asarray(v) for v in fc.interval("plugin", 0.95)]
            months = fc.months
        return [[months[i]] + [float(c[i]) for c in cols] for i in range(horizon)]
    return _per_series(pdf, names, dtypes, common, one)


def forecast_panel(data, family="poisson", horizon=12, n_sims=10000, levels=(0.8, 0.95),
                   level=0.95, seed=20240101, seeds="key", start=None, end=None, options=None,
                   n_threads=0, month_col="month", value_col="value", npartitions=None,
                   read_options=None, **design_args):
    """Fit each series and forecast `horizon` months after its window, as ``ctrend
    forecast``: mean, its Wald interval at `level`, prediction intervals at `levels` from
    n_sims simulations seeded by the series seed (plug-in quantiles when there are no
    simulations), plug-in 95% interval. One row per (series, month)."""
    cols = _key_cols() + _window_cols() + _forecast_cols(levels)
    opts = dict(options or {})
    opts.setdefault("level", level)
    return _panel(data, _forecast_task, cols, month_col, value_col, npartitions, read_options,
                  (family, int(horizon), int(n_sims), tuple(levels), float(level), opts,
                   design_args, (start, end, int(seed), seeds, n_threads)))


__all__ = ["series_seed", "read_file", "frame_to_long", "long_panel", "fit_pandas",
           "fit_panel", "breaks_panel", "backtest_panel", "forecast_panel", "KEY"]
