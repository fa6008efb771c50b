"""Hostile-argument sweep over every public Python function (issue 18, Python side).

Run as a program: imports ctrend once, then runs each case in a forked child process under a
timeout (default 10 s) and prints one JSON line per case:
    {"case": "rolling_mean(window=-1)", "fn": "rolling_mean", "arg": "window",
     "value": "-1", "outcome": "ok" | "raised" | "signal" | "timeout" | "died",
     "type": "ValueError", "message": "...", "status": null}
A case substitutes one hostile value (negative, 0, 2^63, 2^64+2, NaN, None, empty, wrong
type, wrong length, complex, a datetime Series, a str, ...) for one argument of an
otherwise valid call. test_hostile.py asserts the outcomes.

    python3 hostile_sweep.py [--timeout 10] [--only NAME] [--shard i/N] > results.jsonl
"""
import json
import math
import os
import re
import select
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import ctrend  # noqa: E402

IDX = pd.period_range("2019-01", periods=36, freq="M")
Y = pd.Series(np.tile([5.0, 7, 6, 9, 4, 8, 11, 6, 7, 9, 5, 8], 3) + np.arange(36) // 6, IDX)
SHORT = [42.0, 22, 39, 54]
DATES = pd.Series(pd.date_range("2022-01-01", periods=4, freq="MS"))  # datetime *values*
CLAIMS = "[a]\nclaim = value TTP/attacks in 2022-01 = 42\n"
CSV = "month,TTP\n2022-01,42\n2022-02,22\n"

#: the hostile values (label, value); a fresh copy per case
HOSTILE = [
    ("-1", -1), ("0", 0), ("2**63", 2 ** 63), ("2**64+2", 2 ** 64 + 2),
    ("nan", float("nan")), ("inf", float("inf")), ("None", None), ("[]", []), ("''", ""),
    ("'str'", "poison"), ("1j", 1j), ("True", True), ("[1,2]", [1.0, 2.0]),
    ("[1j,2j]", [1j, 2j]), ("datetime Series", DATES), ("['a','b']", ["a", "b"]),
    ("2-D", [[1.0, 2.0], [3.0, 4.0]]), ("'a\\0b'", "a\0b"), ("12.5", 12.5),
]


def _frame():
    return ctrend.Frame.from_series({"TTP/attacks": SHORT, "ISKP/attacks": [1.0, 0, 2, 3]},
                                    start="2022-01")


FRAME = _frame()


def _model():
    return ctrend.fit(Y, "poisson", trend=True, fourier=1)


def _forecast():
    return _model().forecast(3, n_sims=50, seed=1)


def _long():
    return pd.DataFrame({"g": ["a"] * 4 + ["b"] * 4,
                         "month": [str(p) for p in IDX[:4]] * 2,
                         "v": [5.0, 6, 7, 8, 1, 2, 3, 4]})


def method(make, name):
    def call(**kw):
        return getattr(make(), name)(**kw)
    call.__name__ = name
    return call


#: name -> (callable, valid keyword arguments)
SPECS = {
    "strerror": (ctrend.strerror, dict(status=1)),
    "status_name": (ctrend.status_name, dict(status=1)),
    "month": (ctrend.month, dict(x="2022-01")),
    "month_str": (ctrend.month_str, dict(m=24264)),
    "month_days": (ctrend.month_days, dict(m="2024-02")),
    "months": (ctrend.months, dict(start="2022-01", n=3)),
    "period": (ctrend.period, dict(m=24264)),
    "period_index": (ctrend.period_index, dict(start=24264, n=3)),
    "rolling_mean": (ctrend.rolling_mean, dict(x=SHORT, window=2, min_periods=None,
                                               center=False, align=None, start=None)),
    "rolling_sum": (ctrend.rolling_sum, dict(x=Y, window=3, min_periods=2, center=True)),
    "rolling_mean long": (ctrend.rolling_mean, dict(x=_long(), window=2, by=["g"],
                                                    month="month", value="v")),
    "cumsum": (ctrend.cumsum, dict(x=SHORT, start=None)),
    "pct_change": (ctrend.pct_change, dict(x=SHORT, periods=1, fill_method=None)),
    "change_pct": (ctrend.change_pct, dict(x=Y, lag=12)),
    "pct_change_vs_mean": (ctrend.pct_change_vs_mean, dict(x=SHORT, k=2, reasons=False)),
    "diff": (ctrend.diff, dict(x=SHORT, lag=1)),
    "ratio": (ctrend.ratio, dict(x=SHORT, lag=1)),
    "share": (ctrend.share, dict(part=[1.0, 2, 3, 4], total=SHORT, reasons=False)),
    "per_day": (ctrend.per_day, dict(x=SHORT, start="2022-01")),
    "aggregate": (ctrend.aggregate, dict(x=SHORT, period_months=3, start="2022-01",
                                         allow_missing=False)),
    "reason_string": (ctrend.reason_string, dict(reason=4)),
    "Frame.from_series": (ctrend.Frame.from_series, dict(data={"a/b": SHORT}, start="2022-01")),
    "Frame.add_series": (method(_frame, "add_series"), dict(group="g", region="", metric="m")),
    "Frame.set": (method(_frame, "set"), dict(series=0, month="2022-06", value=3.0,
                                              accumulate=False)),
    "Frame.fill_unset": (method(_frame, "fill_unset"), dict(series=0, first="2022-01",
                                                            last="2022-06", value=0.0)),
    "Frame.find": (method(_frame, "find"), dict(key="TTP/attacks")),
    "Frame.values": (method(_frame, "values"), dict(series=0)),
    "Frame.key": (method(_frame, "key"), dict(i=0)),
    "Frame.span": (method(_frame, "span"), dict(series=0)),
    "Frame.collapse": (method(_frame, "collapse"), dict(by=("group",), skip_missing=False)),
    "parse_csv": (ctrend.parse_csv, dict(text=CSV, output="auto")),
    "read_csv": (ctrend.read_csv, dict(path="datasets/ttp_2022.csv", output="frame")),
    "Reader": (ctrend.Reader, dict(shape="auto", duplicates="error", require_counts=True,
                                   start="2022-01", date_col="month")),
    "Design": (ctrend.Design, dict(start="2022-01", n=12, trend=True, fourier=1,
                                   month_dummies=False, step="2022-06", intercept=True,
                                   offset_days=False, covariates={"c": list(range(12))})),
    "Design.matrix": (lambda **kw: ctrend.Design("2022-01", 12, trend=True).matrix(**kw),
                      dict(first=0, rows=14)),
    "Reader.feed": (lambda **kw: ctrend.Reader().feed(**kw), dict(data=CSV)),
    "Claims.check": (lambda **kw: ctrend.Claims(CLAIMS).check(**kw),
                     dict(data={"TTP/attacks": pd.Series(SHORT, IDX[:4])})),
    "Claims.results": (lambda **kw: ctrend.Claims(CLAIMS).check(FRAME).results(**kw),
                       dict(output="auto")),
    "Forecast.vector": (method(_forecast, "vector"), dict(which="se_link")),
    "Options": (ctrend.Options, dict(epsilon=1e-8, maxit=25, level=0.95, theta_max=1e6)),
    "fit": (ctrend.fit, dict(y=Y, family="poisson", start=None, options=None, trend=True,
                             fourier=1, step="2020-06")),
    "Model.conf_int": (method(_model, "conf_int"), dict(alpha=0.05)),
    "Model.predict": (method(_model, "predict"), dict(months=["2020-03"], linear=False)),
    "Model.predict exog": (method(_model, "predict"), dict(exog=[[1.0, 2, 0, 1]],
                                                           offset=[0.0])),
    "Model.get_prediction": (method(_model, "get_prediction"), dict(months=["2019-05"])),
    "Model.get_forecast": (method(_model, "get_forecast"), dict(h=3, levels=(0.8,), n_sims=0,
                                                                seed=1)),
    "Model.forecast": (method(_model, "forecast"), dict(h=3, n_sims=10, seed=1)),
    "Model.residuals": (method(_model, "residuals"), dict(kind="pearson")),
    "Model.summary": (method(_model, "summary"), dict(alpha=0.05)),
    "Model.scalar": (method(_model, "scalar"), dict(which="aic")),
    "Model.vector": (method(_model, "vector"), dict(which="coef")),
    "Forecast.interval": (method(_forecast, "interval"), dict(kind="plugin", level=0.9)),
    "Forecast.quantile": (method(_forecast, "quantile"), dict(kind="predictive", prob=0.5)),
    "Forecast.summary_frame": (method(_forecast, "summary_frame"), dict(alpha=0.1,
                                                                        levels=[0.5])),
    "Forecast.to_pandas": (method(_forecast, "to_pandas"), dict(level=0.9)),
    "Forecast.conf_int": (method(_forecast, "conf_int"), dict(alpha=0.1)),
    "breaks": (ctrend.breaks, dict(y=Y, family="poisson", kind="level", min_segment=6,
                                   n_boot=3, seed=1, trend=False)),
    "batch_fit": (ctrend.batch_fit, dict(frame=FRAME, start="2022-01", n_months=4, series=None,
                                         family="poisson", n_threads=1, scalars=("aic",),
                                         trend=False)),
    "fit_many": (ctrend.fit_many, dict(data=_long(), by=["g"], family="poisson", start=None,
                                       end=None, month="month", value="v", n_threads=1,
                                       alpha=0.05, trend=True)),
    "poisson_ci": (ctrend.poisson_ci, dict(x=22, t=1.0, level=0.95, midp=False)),
    "poisson_test": (ctrend.poisson_test, dict(x=[22, 42], t=[1.0, 2.0], r=1.0,
                                               alternative="two.sided", level=0.95)),
    "rate_ratio": (ctrend.rate_ratio, dict(x1=22, x2=42, t1=1.0, t2=1.0, ratio=1.0)),
    "vs_previous": (ctrend.vs_previous, dict(x=Y, i="2020-03", k=2, exposure=None, ratio=1.0,
                                             alternative="less", level=0.95)),
    "period_ratio": (ctrend.period_ratio, dict(a=[22.0], b=[42.0, 46.0], exposure_a=None,
                                               exposure_b=None, ratio=1.0)),
    "scores.mae": (ctrend.scores.mae, dict(y=SHORT, pred=SHORT)),
    "scores.rmse": (ctrend.scores.rmse, dict(y=SHORT, pred=SHORT)),
    "scores.msle": (ctrend.scores.msle, dict(y=SHORT, pred=SHORT)),
    "scores.crps_poisson": (ctrend.scores.crps_poisson, dict(y=[1.0, 2, 3, 4, 5, 6],
                                                             mu=[1.0, 2, 3, 4, 5, 6])),
    "scores.crps_nbinom": (ctrend.scores.crps_nbinom, dict(y=SHORT, mu=SHORT, theta=5.0,
                                                           tol=0.0, max_terms=0)),
    "scores.crps_sample": (ctrend.scores.crps_sample, dict(y=SHORT, samples=[[1.0, 2]] * 4,
                                                           fair=False)),
    "scores.ignorance_sample": (ctrend.scores.ignorance_sample, dict(y=3.0, samples=[1.0, 2, 3],
                                                                     alpha=-1.0)),
    "scores.ignorance_poisson": (ctrend.scores.ignorance_poisson, dict(y=SHORT, mu=SHORT,
                                                                       floor=0.0)),
    "scores.ignorance_nbinom": (ctrend.scores.ignorance_nbinom, dict(y=SHORT, mu=SHORT,
                                                                     theta=3.0, floor=0.0)),
    "scores.interval_score": (ctrend.scores.interval_score, dict(y=SHORT, lower=SHORT,
                                                                 upper=SHORT, level=0.9)),
    "scores.coverage": (ctrend.scores.coverage, dict(y=SHORT, lower=SHORT, upper=SHORT)),
    "baseline_forecast": (ctrend.baseline_forecast, dict(x=Y, kind="mean", h=3, k=3,
                                                         n_samples=10, seed=1)),
    "backtest": (ctrend.backtest, dict(y=Y, initial=24, h=1, step=3, n_samples=20, seed=1,
                                       baselines=["last", ("mean", 3)], models=None,
                                       window=None, rank_by="CRPS")),
    "Claims": (ctrend.Claims, dict(text=CLAIMS, source_name="x")),
    "Claims.figure": (lambda **kw: ctrend.Claims(CLAIMS).figure(**kw),
                      dict(claim=0, which="computed")),
    "Claims.explain": (lambda **kw: ctrend.Claims(CLAIMS).explain(**kw), dict(claim="a")),
    "check_claims": (ctrend.check_claims, dict(claims=CLAIMS, data={"TTP/attacks": SHORT},
                                               output="auto", start="2022-01")),
}


#: which hostile values each kind of argument gets (a kind is read from the valid value),
#: so that a case tests something: every numeric argument gets the sizes and NaN, every
#: series the wrong types and shapes, every name the NUL and empty strings
_SCALAR = {"-1", "0", "2**63", "2**64+2", "nan", "inf", "None", "'str'", "1j", "True",
           "[1,2]", "12.5"}
_SERIES = {"0", "None", "[]", "''", "'str'", "1j", "True", "[1j,2j]", "datetime Series",
           "['a','b']", "2-D", "[1,2]"}
_TEXT = {"-1", "0", "2**64+2", "nan", "None", "[]", "''", "'str'", "1j", "True",
         "'a\\0b'", "datetime Series"}


def _kind(value):
    if isinstance(value, bool) or value is None:
        return None  # flags and optional arguments: everything
    if isinstance(value, (int, float)):
        return _SCALAR
    if isinstance(value, str):
        return _TEXT
    return _SERIES


def cases(only=None, shard=(0, 1)):
    k = 0
    for name, (fn, kwargs) in SPECS.items():
        if only and name != only:
            continue
        for arg in kwargs:
            kind = _kind(kwargs[arg])
            for label, value in HOSTILE:
                if kind is not None and label not in kind:
                    continue
                if k % shard[1] == shard[0]:
                    yield name, fn, kwargs, arg, label, value
                k += 1


#: statuses that describe the data rather than an argument (allowed as CtrendError)
DATA_STATUS = {"CTREND_EEMPTY", "CTREND_EPARSE", "CTREND_EIO", "CTREND_ESHORT",
               "CTREND_EDOMAIN", "CTREND_EALLZERO", "CTREND_ESINGULAR", "CTREND_ESEPARATION",
               "CTREND_ENOTFOUND", "CTREND_ENOCONV", "CTREND_EDUPLICATE", "CTREND_ERAGGED"}


def problem(r, args, values, spec_args):
    """What is wrong with outcome r of a call whose arguments `args` were given the hostile
    values labelled `values` (the other arguments of spec_args valid), or None. Shared by
    test_hostile.py (one argument per case) and fuzz_args.py (one to three). Wrong: a
    signal, a hang, a dead child; a CtrendError with a status that is not about the data
    (a bad argument reached C); a ValueError / TypeError / IndexError naming none of the
    replaced arguments; any other exception."""
    if r["outcome"] in ("signal", "timeout", "died"):
        return "%s: %s" % (r["outcome"], r.get("signal", r.get("exit", "")))
    if r["outcome"] != "raised":
        return None
    if r["type"] in ("CtrendError", "ReadError", "ClaimsParseError"):
        # a month string is parsed by C (ctrend.month): its ERANGE (out of the calendar) is
        # the verdict on the text, and the message starts with the argument and its value
        month_text = r["status"] == "CTREND_ERANGE" and any(
            (r["message"] or "").startswith("%s '" % a) for a in args)
        # a reader's verdict on a cell of the input carries its position ("<input>:2: column
        # 1 ..."): CTREND_ERANGE there is a value out of range in the data, not an argument
        data_cell = r["status"] == "CTREND_ERANGE" and \
            re.match(r"^(CTREND_\w+: )?[^:]*:\d+: column \d+ ", r["message"] or "") is not None
        if r["status"] not in DATA_STATUS and not month_text and not data_cell:
            return "an argument reached C: %s" % r["message"]
        return None
    if r["type"] in ("ValueError", "TypeError", "IndexError", "FileNotFoundError",
                     "DeprecationWarning"):
        msg = r["message"] or ""
        if any(a in msg for a in args):
            return None
        # None for an argument whose default is None is the default: the error may then be
        # about another argument of the call, which it must name
        if "None" in values and any(a in msg for a in spec_args):
            return None
        return "error does not name %s: %s" % (" or ".join(map(repr, args)), msg)
    return "unexpected %s: %s" % (r["type"], r["message"])


def _child(fn, kwargs, arg, value, wfd):
    kw = dict(kwargs)
    kw[arg] = value
    rec = {"outcome": "ok", "type": None, "message": None, "status": None}
    try:
        res = fn(**kw)
        for closer in ("close",):
            if hasattr(res, closer) and not isinstance(res, (pd.Series, pd.DataFrame)):
                getattr(res, closer)()
    except BaseException as exc:  # noqa: BLE001 - everything is recorded
        rec = {"outcome": "raised", "type": type(exc).__name__, "message": str(exc)[:400],
               "status": getattr(exc, "name", None)}
    os.write(wfd, json.dumps(rec).encode())
    os.close(wfd)


def run_case(fn, kwargs, arg, value, timeout):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            _child(fn, kwargs, arg, value, w)
        finally:
            os._exit(0)
    os.close(w)
    deadline = time.monotonic() + timeout
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(r)
            return {"outcome": "timeout"}
        ready, _, _ = select.select([r], [], [], left)
        if ready:
            data = os.read(r, 65536)
            if not data:
                break
            chunks.append(data)
    os.close(r)
    _, st = os.waitpid(pid, 0)
    if os.WIFSIGNALED(st):
        return {"outcome": "signal", "signal": os.WTERMSIG(st)}
    try:
        return json.loads(b"".join(chunks).decode())
    except ValueError:
        return {"outcome": "died", "exit": os.WEXITSTATUS(st)}


def main(argv):
    timeout = 10.0
    only = None
    if "--timeout" in argv:
        timeout = float(argv[argv.index("--timeout") + 1])
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
    shard = (0, 1)
    if "--shard" in argv:  # i/N: every N-th case from i (the test runs shards in parallel)
        i, n = argv[argv.index("--shard") + 1].split("/")
        shard = (int(i), int(n))
    for name, fn, kwargs, arg, label, value in cases(only, shard):
        res = run_case(fn, kwargs, arg, value, timeout)
        res.update({"case": "%s(%s=%s)" % (name, arg, label), "fn": name, "arg": arg,
                    "value": label})
        sys.stdout.write(json.dumps(res) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    if not math.isfinite(1.0):  # pragma: no cover
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
