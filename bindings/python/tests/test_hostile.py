"""Issue 18, Python side: hostile arguments never crash, hang or get silently coerced.

test_sweep_*: hostile_sweep.py runs every public function with one hostile value (negative,
0, 2^63, 2^64+2, NaN, None, empty, wrong type, wrong length, complex, a datetime Series, a
str, ...) substituted for one argument, each case in its own forked process under a 10 s
timeout, and reports the outcome. Required: no signal, no hang, and every ValueError /
TypeError / IndexError names the argument. A CtrendError may only be a data error (a status
about the values, with the function named), never CTREND_EINVAL / ERANGE / ENOMEM, which
would mean a bad argument reached C.
"""
import json
import math
import os
import subprocess
import sys

import pytest

import ctrend
from conftest import ROOT

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

HERE = os.path.dirname(os.path.abspath(__file__))
SHARDS = 3
#: cases that still fail because of a C bug fixed on another branch: case -> reason
KNOWN_C_BUGS = {}

sys.path.insert(0, HERE)
import hostile_sweep  # noqa: E402


@pytest.fixture(scope="module")
def sweep():
    env = dict(os.environ, CTREND_LIB=ctrend.LIB_PATH, PYTHONDONTWRITEBYTECODE="1")
    procs = [subprocess.Popen([sys.executable, os.path.join(HERE, "hostile_sweep.py"),
                               "--timeout", "10", "--shard", "%d/%d" % (i, SHARDS)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, universal_newlines=True)
             for i in range(SHARDS)]
    rows = []
    for p in procs:
        out, _ = p.communicate(timeout=1800)
        assert p.returncode == 0
        rows.extend(json.loads(line) for line in out.splitlines())
    return rows


def _problem(r, spec_args):
    return hostile_sweep.problem(r, [r["arg"]], [r["value"]], spec_args)


@pytest.mark.parametrize("fn", list(hostile_sweep.SPECS))
def test_sweep(sweep, fn):
    rows = [r for r in sweep if r["fn"] == fn]
    assert rows, "no cases ran for %s" % fn
    spec_args = list(hostile_sweep.SPECS[fn][1])
    problems = []
    for r in rows:
        why = _problem(r, spec_args)
        if why and r["case"] not in KNOWN_C_BUGS:
            problems.append("%s -> %s" % (r["case"], why))
    assert not problems, "\n".join(problems)
    xfails = [r["case"] for r in rows if r["case"] in KNOWN_C_BUGS and _problem(r, spec_args)]
    if xfails:
        pytest.xfail("C bugs: " + "; ".join("%s (%s)" % (c, KNOWN_C_BUGS[c]) for c in xfails))


def test_sweep_totals(sweep):
    outcomes = {}
    for r in sweep:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    assert len(sweep) == len(list(hostile_sweep.cases()))
    assert outcomes.get("signal", 0) == 0 and outcomes.get("timeout", 0) == 0
    print("\nhostile sweep: %d cases, %s" % (len(sweep), outcomes))


# ---- the reproductions quoted in issue 18 (Python) -----------------------------------------
def test_issue18_reproductions():
    with ctrend.Frame.from_series({"a": [1.0, 2.0]}, start="2007-01") as f:
        with pytest.raises(ValueError, match="n_months"):
            ctrend.batch_fit(f, "2007-01", -1)          # 1: was SIGSEGV (-1 -> SIZE_MAX)
        with pytest.raises(ValueError, match="n_months"):
            ctrend.batch_fit(f, "2007-01", 10 ** 9)     # hung
    with pytest.raises(ValueError, match="n_samples"):
        ctrend.backtest([5, 6, 7] * 4, initial=6, h=1, n_samples=2 ** 61)  # 2: SIGSEGV
    with pytest.raises(ValueError, match="y and mu differ in length"):
        ctrend.scores.crps_poisson([1, 2, 3, 4, 5, 6], [1.0, 2.0])  # 3: read past mu
    with pytest.raises(ValueError, match="start"):
        ctrend.fit([1, 2, 3, 4], "poisson", start=2 ** 31 - 2)  # 4: signed overflow in C
    with pytest.raises(ValueError, match="n_boot"):
        ctrend.breaks([5.0] * 30, start="2020-01", n_boot=-1)  # hung
    x = [1.0, 2.0, 3.0, 4.0]
    with pytest.raises(ValueError, match="window"):
        ctrend.rolling_mean(x, 2 ** 64 + 2)            # 15: was window 2
    with pytest.raises(ValueError, match="periods"):
        ctrend.pct_change(x, 2 ** 64 + 1)              # was lag 1
    with pytest.raises(ValueError, match="window"):
        ctrend.rolling_mean(x, -1)                     # was all NaN
    m = ctrend.fit(x, "poisson", start="2020-01")
    with pytest.raises(ValueError, match="h must be"):
        m.forecast(-1)                                 # was "out of memory"
    with pytest.raises(TypeError, match="complex"):
        ctrend.rolling_mean(np.array([1 + 2j, 3j]), 1)  # dropped the imaginary part
    dates = pd.Series(pd.date_range("2022-01-01", periods=3, freq="MS"))
    with pytest.raises(TypeError, match="x must be"):
        ctrend.rolling_mean(dates, 1)                  # read as nanosecond counts
    for bad in ("42", None):
        with pytest.raises(TypeError, match="x must be"):
            ctrend.rolling_mean(bad, 1)                # became a 1-element series
    with ctrend.Frame() as f:
        with pytest.raises(ValueError, match="NUL"):
            f.add_series("TT\0P", "", "attacks")       # 14: 'TT\0P' and 'TT' were one series
    assert math.isnan(ctrend.rolling_mean([1.0, float("nan")], 2)[1])
