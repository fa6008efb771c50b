"""Seeded, type-aware random fuzzer of the Python binding's argument marshalling (issue 18 #6).

Atheris (coverage-guided Python fuzzing) is not packaged by Debian, so this draws random calls
instead. Every public function of hostile_sweep.SPECS (the fixed-case sweep's valid call of
each one) is called with one to three of its arguments replaced by values drawn for the
argument's kind (read from its valid value, as the sweep does):

  * numbers: hostile ints (negative, 0, 2^31, 2^53+1, 2^63, 2^64+2, ...), floats (NaN, +-inf,
    subnormals, -0.0, 1e308, fractions), numpy scalars, and the bounds of the C parameter of
    the same name in the generated API definition (ctrend._api_generated.CONSTRAINTS, from
    api/ctrend_api.h): lo - 1, lo, hi, hi + 1, as int and as float;
  * text: NUL and control characters, lone surrogates, long and empty strings, months out of
    the calendar (0000-01, 2022-13, 10000-01), bytes;
  * series: the valid value at another length (empty, 1, shorter, longer), with hostile
    elements (NaN, inf, -1, 0.5, 1e308, 2^53+1), another dtype (object, str, complex, bool,
    datetime, float32, int64), 2-D, a dict, a scalar;
  * anything: None, True, a wrong type.

Each call runs in a forked child (hostile_sweep.run_case: 10 s timeout, address space capped
at 4 GB here) and its outcome is judged by hostile_sweep.problem, the fixed sweep's rule: a
result, or a ValueError / TypeError / IndexError naming an argument of the call (a replaced one,
or one whose allowed range depends on it: test-hostile.R's rule), or a CtrendError
about the data; never a signal, a hang, a dead child, a bad argument reaching C or another
exception (MemoryError included). Findings not fixed yet are listed in KNOWN, counted apart.

    /usr/bin/python3 fuzz_args.py [--seconds 60] [--jobs 2] [--seed 1] [--timeout 10]
    /usr/bin/python3 fuzz_args.py --seed S --case K      # replay one case, print its outcome

Case K of seed S is drawn from its own generator (random.Random("S:K")), so a failure printed
as "seed S case K" is reproduced by --case K. Prints one line per failure and a closing
"fuzz_args: N executions, F failures (outcomes ...)"; exits 1 when F > 0.
"""
import json
import os
import random
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import hostile_sweep as hs  # noqa: E402
from ctrend import _api_generated as api  # noqa: E402

NAMES = list(hs.SPECS)

INTS = [-1, 0, 1, 2, -2 ** 31, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 + 1, 2 ** 61, 2 ** 63 - 1,
        2 ** 63, 2 ** 64, 2 ** 64 + 2, -2 ** 63 - 1, 10 ** 9, 10 ** 30]
FLOATS = [float("nan"), float("inf"), float("-inf"), 5e-324, 2.2250738585072014e-308, -0.0,
          0.5, -0.5, 1e308, -1e308, 1e-300, 12.5, 0.999999999, 1.0000000001, 2.0 ** 53 + 2]
NUMPY = [np.int64(-1), np.uint64(2 ** 64 - 1), np.float32("nan"), np.float64(1e308),
         np.int8(-128), np.array(3), np.bool_(True)]
WRONG = [None, True, False, "3", "", b"1", 1j, [1], (), {}, object(), [[1.0]], "2022-01"]
TEXT = ["", "a\0b", "\0", "\x01\x1b[31m", "\x7f", "\ud800", "\u00e9", "x" * 10000, " ",
        "0000-01", "2022-13", "2022-00", "10000-01", "-0001-01", "2022-02-30", "NaN", "NA",
        "TTP/attacks\n", "TTP/\0attacks", "%s%n", "\\", "'", '"']
ELEMS = [float("nan"), float("inf"), float("-inf"), -1.0, 0.5, 1e308, 2.0 ** 53 + 2, 0.0,
         -0.0, 5e-324, 1e9]


def _bounds(arg):
    """lo - 1, lo, hi, hi + 1 (ints and floats) of every C parameter named `arg`."""
    out = []
    for (fn, param), (kind, data, ctype) in api.CONSTRAINTS.items():
        if param != arg or kind != "range":
            continue
        lo, hi = data[0], data[1]
        for v in (lo, hi):
            if v in (float("inf"), float("-inf")):
                out.append(v)
                continue
            if ctype == "double":
                out += [v, v - 1.0, v + 1.0, float(v) * (1 - 1e-16) if v else -5e-324]
            else:
                out += [int(v) - 1, int(v), int(v) + 1, float(v)]
    return out


_BOUNDS = {}


def _number(rng, arg, valid):
    if arg not in _BOUNDS:
        _BOUNDS[arg] = _bounds(arg)
    pools = [INTS, FLOATS, NUMPY, WRONG]
    if _BOUNDS[arg]:
        pools += [_BOUNDS[arg]] * 2
    v = rng.choice(rng.choice(pools))
    if rng.random() < 0.15:  # near the valid value
        v = (valid if isinstance(valid, (int, float)) else 1) + rng.choice([-1, 1, 2, -2, 0.5])
    return v


def _text(rng, valid):
    r = rng.random()
    if r < 0.5:
        return rng.choice(TEXT)
    if r < 0.75 and isinstance(valid, str) and valid:  # the valid text with a byte changed
        i = rng.randrange(len(valid) + 1)
        return valid[:i] + rng.choice(["\0", "\n", "\x1b", "9", "-", "\u2264", "["]) + valid[i:]
    return rng.choice(WRONG + INTS[:6] + FLOATS[:3])


def _as_list(valid):
    if isinstance(valid, (pd.Series, pd.DataFrame)):
        return None
    try:
        return [float(v) for v in valid]
    except (TypeError, ValueError):
        return None


def _series(rng, valid):
    base = _as_list(valid)
    r = rng.random()
    if base is None or r < 0.2:
        return rng.choice(WRONG + [np.array([]), np.zeros((2, 2)), pd.DataFrame({"a": [1.0]}),
                                   hs.DATES, pd.Series([1.0, 2.0]), 7.0, {"a/b": [1.0]}])
    n = len(base)
    if r < 0.45:  # another length
        m = rng.choice([0, 1, max(0, n - 1), n + 1, 2 * n + 3, 400])
        vals = [base[i % n] if n else 1.0 for i in range(m)]
    else:
        vals = list(base)
        for _ in range(rng.randint(1, 3)):  # hostile elements
            if vals:
                vals[rng.randrange(len(vals))] = rng.choice(ELEMS)
    form = rng.random()
    if form < 0.35:
        return vals
    if form < 0.55:
        return np.array(vals)
    if form < 0.65:
        return pd.Series(vals, dtype=float)
    if form < 0.9:  # another dtype
        dt = rng.choice(["object", "str", "complex", "bool", "float32", "int64", "datetime64[M]"])
        try:
            return np.array(vals).astype(dt)
        except (ValueError, OverflowError, TypeError):
            return np.array([str(v) for v in vals])
    return np.array(vals).reshape(1, -1) if vals else np.zeros((0, 0))


def draw(seed, k):
    """Case k of seed: (spec name, replaced argument names, kwargs, value labels)."""
    rng = random.Random("%s:%s" % (seed, k))
    name = rng.choice(NAMES)
    fn, kwargs = hs.SPECS[name]
    n_args = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.7 else 3)
    args = rng.sample(list(kwargs), min(n_args, len(kwargs)))
    kw = dict(kwargs)
    for a in args:
        valid = kwargs[a]
        kind = hs._kind(valid)
        if kind is None:  # flags and optional arguments: anything
            pick = rng.random()
            v = _number(rng, a, 1) if pick < 0.4 else (_text(rng, "") if pick < 0.7
                                                       else _series(rng, [1.0, 2.0]))
        elif kind is hs._SCALAR:
            v = _number(rng, a, valid)
        elif kind is hs._TEXT:
            v = _text(rng, valid)
        else:
            v = _series(rng, valid)
        kw[a] = v
    labels = [_label(kw[a]) for a in args]
    return name, args, kw, labels


def _label(v):
    if isinstance(v, np.ndarray):
        return "ndarray(%s, shape=%s)" % (v.dtype, v.shape)
    if isinstance(v, (pd.Series, pd.DataFrame)):
        return "%s(len %d)" % (type(v).__name__, len(v))
    s = repr(v)
    return s if len(s) <= 60 else s[:57] + "..."


def _capped(fn):
    def call(**kw):
        # in the child: a runaway allocation is a MemoryError, not the machine's memory
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
        return fn(**kw)
    return call


#: findings not fixed yet (docs/guarantees.md, "Known gaps"): (function or None, exception type
#: or status) -> why. They are counted and printed as "known", not as failures.
KNOWN = {
}


def known(name, r):
    key = r.get("status") or r.get("type")
    return KNOWN.get((name, key)) or KNOWN.get((None, key))


def run_one(seed, k, timeout):
    name, args, kw, labels = draw(seed, k)
    fn, kwargs = hs.SPECS[name]
    r = hs.run_case(_capped(fn), kw, args[0], kw[args[0]], timeout)
    # a replaced value changes what the other arguments may be (min_periods <= window,
    # k <= len(x), a by= column): an error naming another argument of the call is about the
    # replacement too (test-hostile.R's rule for R; test_hostile.py allows it only for None)
    values = ["None"] * len(args)
    why = hs.problem(r, args, values, list(kwargs))
    case = "%s(%s)" % (name, ", ".join("%s=%s" % (a, l) for a, l in zip(args, labels)))
    if why and known(name, r):
        return "known", None, case
    return r["outcome"], why, case


def worker(seed, first, step, deadline, timeout):
    k = first
    while time.monotonic() < deadline:
        outcome, why, case = run_one(seed, k, timeout)
        sys.stdout.write(json.dumps({"k": k, "outcome": outcome, "problem": why,
                                     "case": case}) + "\n")
        sys.stdout.flush()
        k += step
    return 0


def _opt(argv, name, default, conv):
    return conv(argv[argv.index(name) + 1]) if name in argv else default


def main(argv):
    seconds = _opt(argv, "--seconds", 60.0, float)
    jobs = _opt(argv, "--jobs", 2, int)
    seed = _opt(argv, "--seed", 1, int)
    timeout = _opt(argv, "--timeout", 10.0, float)
    if "--case" in argv:
        k = int(argv[argv.index("--case") + 1])
        name, args, kw, labels = draw(seed, k)
        print("seed %d case %d: %s(%s)" % (seed, k, name, ", ".join(
            "%s=%s" % (a, l) for a, l in zip(args, labels))))
        outcome, why, _ = run_one(seed, k, timeout)
        print("outcome: %s; problem: %s" % (outcome, why))
        return 1 if why else 0
    if "--worker" in argv:
        first, step = (int(x) for x in argv[argv.index("--worker") + 1].split("/"))
        return worker(seed, first, step, time.monotonic() + seconds, timeout)
    procs = [subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker",
                               "%d/%d" % (i, jobs), "--seconds", str(seconds), "--seed",
                               str(seed), "--timeout", str(timeout)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              universal_newlines=True) for i in range(jobs)]
    rows, bad_exit = [], 0
    for p in procs:
        out, _ = p.communicate(timeout=seconds + 4 * timeout + 120)
        bad_exit += p.returncode != 0
        rows.extend(json.loads(line) for line in out.splitlines() if line.startswith("{"))
    outcomes = {}
    failures = [r for r in rows if r["problem"]]
    for r in rows:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    for r in failures:
        print("FAIL seed %d case %d: %s -> %s" % (seed, r["k"], r["case"], r["problem"]))
    print("fuzz_args: %d executions, %d failures (outcomes %s; %d functions, seed %d, %d jobs, "
          "%.0f s)" % (len(rows), len(failures), json.dumps(outcomes, sort_keys=True),
                       len(set(r["case"].split("(")[0] for r in rows)), seed, jobs, seconds))
    if bad_exit:
        print("fuzz_args: %d worker(s) exited abnormally" % bad_exit)
    return 1 if failures or bad_exit or not rows else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
