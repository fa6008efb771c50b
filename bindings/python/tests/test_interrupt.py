"""Ctrl-C during a long batch call (issue 18 item 4): KeyboardInterrupt within 1 s, the C work
cancelled (no thread left running), the handle freed; progress through tqdm stays optional.

Each case runs in a child interpreter (a KeyboardInterrupt in this one would end pytest):
the child starts a long ctrend.batch_fit (negative binomial fits, ~5-15 ms each here, 300
series: seconds), interrupts itself after 0.5 s (``_thread.interrupt_main`` or a
real SIGINT from os.kill) and prints the seconds from the interrupt to the
KeyboardInterrupt, and the threads still alive."""
import json
import os
import subprocess
import sys

import pytest

from conftest import needs

HERE = os.path.dirname(os.path.abspath(__file__))

CHILD = r"""
import json, os, signal, sys, threading, time, _thread
import ctrend
how = sys.argv[1]
n = 300
series = {"g%d/r/m" % i: [float(5 + (7 * i + 3 * t) % 11) for t in range(240)] for i in range(n)}
frame = ctrend.Frame.from_series(series, start="2000-01")
t_int = {}
def interrupt():
    time.sleep(0.5)
    t_int["t"] = time.monotonic()
    if how == "signal":
        os.kill(os.getpid(), signal.SIGINT)
    else:
        _thread.interrupt_main()
threading.Thread(target=interrupt, daemon=True).start()
t0 = time.monotonic()
try:
    ctrend.batch_fit(frame, "2000-01", 240, family="negbin", trend=True, fourier=2, n_threads=1,
                     progress=False)
    out = {"finished": True, "seconds": time.monotonic() - t0}
except KeyboardInterrupt:
    out = {"finished": False, "latency": time.monotonic() - t_int["t"],
           "threads": [t.name for t in threading.enumerate()]}
print(json.dumps(out))
"""


def _child(how):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.normpath(os.path.join(HERE, "..")) + os.pathsep + \
        env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, "-c", CHILD, how], capture_output=True, text=True,
                       timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


@needs("ctrend_batch_opts_cancel")
@pytest.mark.parametrize("how", ["interrupt_main", "signal"])
def test_ctrl_c_stops_batch_fit_within_a_second(how):
    out = _child(how)
    if out["finished"]:  # the machine was fast enough to finish 300 NB fits in 0.5 s
        pytest.skip("batch finished in %.2f s before the interrupt" % out["seconds"])
    assert out["latency"] < 1.0, out
    # the worker thread was joined: only the main thread (and the finished timer) remain
    assert "ctrend-batch" not in out["threads"], out


@needs("ctrend_batch_opts_cancel")
def test_batch_options_cancel_and_progress():
    import ctrend
    from ctrend import _batch
    frame = ctrend.Frame.from_series({"a/r/m": [1.0, 2.0, 3.0, 4.0] * 6,
                                      "b/r/m": [0.0] * 24}, start="2020-01")
    table = ctrend.batch_fit(frame, "2020-01", 24, trend=True, progress=False)
    # per-series messages are kept now (ctrend_batch_opts_error), not dropped
    rows = table.to_dict("index") if hasattr(table, "to_dict") else {
        r["series"]: r for r in table}
    assert rows["a/r/m"]["message"] == ""
    assert rows["b/r/m"]["status"] == "CTREND_EALLZERO"
    assert "zero" in rows["b/r/m"]["message"]
    with _batch.BatchOptions() as bo:
        assert bo.progress() == (0, 0)
        bo.cancel()
        import ctypes
        st = (ctypes.c_int * 2)()
        from ctrend import _lib
        with ctrend.Design("2020-01", 24, trend=True) as d:
            rc = _lib.fn("ctrend_batch_fit")(bo.ptr, frame.ptr, 0, d.ptr, None, None, None, st)
        assert rc == _lib.api.ENUMS["ctrend_status"]["CTREND_ECANCELED"]
        assert list(st) == [rc, rc]
        assert bo.progress() == (2, 2)


def test_progress_bar_is_optional(monkeypatch):
    from ctrend import _batch
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm -> ImportError
    assert _batch._progress_bar(True, 10, "x") is None
    assert _batch._progress_bar(False, 10, "x") is None


@needs("ctrend_batch_opts_progress")
def test_progress_bar_with_tqdm(capsys):
    tqdm = pytest.importorskip("tqdm")  # python3-tqdm (scripts/test installs it; optional)
    import ctrend
    from ctrend import _batch
    bar = _batch._progress_bar(True, 5, "x")
    assert isinstance(bar, tqdm.tqdm)
    bar.close()
    frame = ctrend.Frame.from_series({"g%d/r/m" % i: [float(3 + (i + t) % 5) for t in range(36)]
                                      for i in range(40)}, start="2020-01")
    table = ctrend.batch_fit(frame, "2020-01", 36, trend=True, progress=True, n_threads=1)
    assert list(table["status"]) == ["CTREND_OK"] * 40
    # the bar is written to stderr; the counter the bar reads ended at 40 of 40
    with _batch.BatchOptions(n_threads=1) as bo, ctrend.Design("2020-01", 36, trend=True) as d:
        import ctypes
        from ctrend import _lib
        st = (ctypes.c_int * 40)()
        fit = _lib.fn("ctrend_batch_fit")
        assert _batch.run(bo, lambda: fit(bo.ptr, frame.ptr, 0, d.ptr, None, None, None, st),
                          40, progress=True) == 0
        assert bo.progress() == (40, 40)


# ---- the long single-series calls (ctrend_model_opts cancel flag) ----------------------

LONG_CHILD = r"""
import json, math, os, signal, sys, threading, time
import ctrend
what = sys.argv[1]
# 120 months around exp(2.6 + 0.004 t), +40% from month 70 (deterministic noise)
y = [float(math.floor(math.exp(2.6 + 0.004 * t) * (1.4 if t >= 70 else 1.0)
                      * (0.75 + 0.5 * ((t * 37) % 101) / 101.0))) for t in range(120)]
t_int = {}
def interrupt():
    time.sleep(0.5)
    t_int["t"] = time.monotonic()
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=interrupt, daemon=True).start()
t0 = time.monotonic()
try:
    if what == "forecast":   # 36 x 1e6 simulated counts: seconds
        m = ctrend.fit(y, "negbin", start="2012-01", trend=True)
        m.forecast(h=36, n_sims=1000000, progress=False)
    elif what == "breaks":   # 6 001 profiles x 97 candidate fits (7e7 row fits): seconds, also
                             # on the lane path (1 501 took 0.7 s there)
        ctrend.breaks(y, start="2012-01", min_segment=12, n_boot=6000, trend=True,
                      progress=False)
    elif what == "baseline": # 82 origins x 3 months x 200 000 Poisson draws: seconds
        ctrend.backtest(y, initial=36, h=3, n_samples=200000, baselines=["last"])
    else:                    # 82 origins x 3 months x 20 000 draws: seconds
        ctrend.backtest(y, initial=36, h=3, n_samples=20000, baselines=(),
                        models={"poisson+trend": dict(family="poisson", trend=True)})
    out = {"finished": True, "seconds": time.monotonic() - t0}
except KeyboardInterrupt:
    out = {"finished": False, "latency": time.monotonic() - t_int["t"],
           "threads": [t.name for t in threading.enumerate()]}
print(json.dumps(out))
"""


@needs("ctrend_model_opts_cancel")
@pytest.mark.parametrize("what", ["forecast", "breaks", "backtest", "baseline"])
def test_ctrl_c_stops_long_model_calls_within_a_second(what):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.normpath(os.path.join(HERE, "..")) + os.pathsep + \
        env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, "-c", LONG_CHILD, what], capture_output=True,
                       text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    if out["finished"]:
        pytest.skip("%s finished in %.2f s before the interrupt" % (what, out["seconds"]))
    assert out["latency"] < 1.0, out
    assert "ctrend-batch" not in out["threads"], out


@needs("ctrend_model_opts_cancel")
def test_model_options_cancel_flag_and_same_results():
    import ctrend
    y = [float(5 + (3 * t) % 7) for t in range(48)]
    m = ctrend.fit(y, "poisson", start="2020-01", trend=True)
    f = m.forecast(h=3, n_sims=500, seed=9, progress=False)
    # the worker-thread path gives ctrend_forecast_new's draws (the v1 call, made directly)
    import ctypes
    from ctrend import _lib
    p = ctypes.c_void_p()
    _lib.check(_lib.fn("ctrend_forecast_new")(m.ptr, 3, 500, 9, ctypes.byref(p), None))
    ref = ctrend.models.Forecast(p.value, family=m.family)
    assert [list(r) for r in f.samples()] == [list(r) for r in ref.samples()]
    with ctrend.Options() as o:
        assert o.progress() == (0, 0)
        o.cancel()
        # a cancelled handle: the C call refuses at once with CTREND_ECANCELED ...
        q = ctypes.c_void_p()
        rc = _lib.fn("ctrend_forecast_new_v2")(o.ptr, m.ptr, 3, 500, 9, ctypes.byref(q), None)
        assert rc == _lib.api.ENUMS["ctrend_status"]["CTREND_ECANCELED"] and not q.value
        # ... and ctrend.breaks with it resets the flag first (an old Ctrl-C does not stick)
        r = ctrend.breaks(y, start="2020-01", min_segment=6, n_boot=9, options=o,
                          trend=True, progress=False)
        assert r["n_candidates"] == 48 - 12 + 1
        assert o.progress() == (10 * 37, 10 * 37)


@needs("ctrend_backtest_add_baseline_v2")
def test_backtest_baselines_through_the_cancellable_call_score_as_v1():
    """ctrend.backtest's baselines run through ctrend_backtest_add_baseline_v2 on a worker
    thread; every score equals the v1 call's (ctrend_backtest_add_baseline, made directly)."""
    import ctypes
    import ctrend
    from ctrend import _lib
    y = [float(5 + (3 * t) % 7) for t in range(48)]
    got = ctrend.backtest(y, initial=24, h=2, n_samples=300, seed=4,
                          baselines=["last", ("mean", 6), "conflictology"])
    rows = got if isinstance(got, list) else [(n, dict(r)) for n, r in got.iterrows()]
    got = dict(rows)
    L = _lib.lib
    yy = (ctypes.c_double * len(y))(*y)
    bt = ctypes.c_void_p()
    _lib.check(L.ctrend_backtest_new(yy, len(y), 24, 2, 1, 300, 4, ctypes.byref(bt)))
    kinds = _lib.api.ENUMS["ctrend_baseline"]
    try:
        for code, k, name in ((kinds["CTREND_BASELINE_LAST"], 0, None),
                              (kinds["CTREND_BASELINE_MEAN"], 6, b"mean6"),
                              (kinds["CTREND_BASELINE_CONFLICTOLOGY"], 0, None)):
            _lib.check(L.ctrend_backtest_add_baseline(bt, code, k, name, None))
        names = ["last", "mean6", "conflictology"]
        v = ctypes.c_double()
        for i, name in enumerate(names):
            for j, metric in enumerate(ctrend.evaluation.METRICS):
                _lib.check(L.ctrend_backtest_score(bt, i, j, ctypes.byref(v)))
                a, b = got[name][metric], v.value
                assert a == b or (a != a and b != b), (name, metric, a, b)
    finally:
        L.ctrend_backtest_free(bt)
