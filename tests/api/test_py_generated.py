#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test_py_generated.py — bindings/python/ctrend/_api_generated.py against the built library.

Usage: test_py_generated.py SOURCE_ROOT path/to/libctrend.so
References: hand arithmetic in the comments, and the library's own name getters.
"""
import ctypes
import importlib.util
import math
import os
import sys

root, libpath = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location(
    "api", os.path.join(root, "bindings", "python", "ctrend", "_api_generated.py"))
api = importlib.util.module_from_spec(spec)
spec.loader.exec_module(api)
lib = ctypes.CDLL(libpath)
failures = 0


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what)
    failures += 0 if ok else 1


check(api.declare_all(lib) == [], "every function of the definition is exported")
lib.ctrend_init()
# enums equal the library's names, including the reason code 5 the hand-written
# transforms.py lacks
for name, value in api.ENUMS["ctrend_status"].items():
    check(lib.ctrend_status_name(value).decode() == name, "status %d is %s" % (value, name))
for name, value in api.ENUMS["ctrend_undef_reason"].items():
    check(lib.ctrend_change_reason_name(value).decode() == name, "reason %d is %s" % (value, name))
check(api.CTREND_UNDEF_OVERFLOW == 5 and lib.ctrend_change_reason_count() == 6, "reason 5 bound")
check(api.CTREND_EXACT_COUNT_MAX == 4294967295.0 and api.CTREND_YEAR_MAX == 9999, "constants")

# a call through the generated prototypes: rolling mean (2) of 42 22 39 54 = NaN 32 30.5 46.5
x = (ctypes.c_double * 4)(42, 22, 39, 54)
out = (ctypes.c_double * 4)()
st = lib.ctrend_rolling_mean(x, 4, api.check_arg("ctrend_rolling_mean", "window", 2),
                             api.CTREND_ALIGN_TRAILING, 0, out)
check(st == 0 and math.isnan(out[0]) and list(out)[1:] == [32.0, 30.5, 46.5], "rolling mean")
# a 64-bit seed passes whole (c_uint64), a month comes back as int32
m = ctypes.c_int32()
check(lib.ctrend_month_parse(b"2022-01", 7, ctypes.byref(m)) == 0 and m.value == 24264, "month")

# the one error record: the ctypes mirror has the C layout; set + format round trip
check(ctypes.sizeof(api.ctrend_error_t) == lib.ctrend_error_sizeof(), "ctrend_error layout")
err = api.ctrend_error_t()
check(lib.ctrend_error_set(ctypes.byref(err), api.CTREND_EPARSE, b"claims.txt", 12, 31, b"ttp-feb",
                           b"expected a month") == api.CTREND_EPARSE and err.line == 12, "error_set")
need = ctypes.c_size_t()
lib.ctrend_error_format(ctypes.byref(err), None, 0, ctypes.byref(need))
buf = ctypes.create_string_buffer(need.value)
check(lib.ctrend_error_format(ctypes.byref(err), buf, need.value, None) == 0 and
      buf.value == b"claims.txt:12:31: [ttp-feb] expected a month", "error_format")

# argument checks: each wrong value is refused with the function, argument and range named
for bad, exc in ((-1, ValueError), (2**64 + 2, ValueError), (0, ValueError), (2.5, ValueError),
                 ("2", TypeError), (None, TypeError), (1j, TypeError), (True, TypeError)):
    try:
        api.check_arg("ctrend_rolling_mean", "window", bad)
        check(False, "window %r refused" % (bad,))
    except exc as e:
        check("ctrend_rolling_mean" in str(e) and "'window'" in str(e), "window %r refused: %s" % (bad, e))
check(api.check_arg("ctrend_rolling_mean", "window", 2.0) == 2, "window 2.0 accepted as 2")
for fn, arg, bad in (("ctrend_forecast_interval", "level", 1.0), ("ctrend_forecast_interval", "level", 0.0),
                     ("ctrend_forecast_interval", "level", float("nan")),
                     ("ctrend_rolling_mean", "align", 3), ("ctrend_aggregate_periods", "period_months", 5),
                     ("ctrend_design_add_fourier", "k_pairs", 6), ("ctrend_month_make", "month_of_year", 13),
                     ("ctrend_backtest_new", "n_samples", -1)):
    try:
        api.check_arg(fn, arg, bad)
        check(False, "%s %s=%r refused" % (fn, arg, bad))
    except ValueError as e:
        check(True, "%s %s=%r refused: %s" % (fn, arg, bad, e))
check(api.check_arg("ctrend_forecast_interval", "level", 0.95) == 0.95, "level 0.95 accepted")
check(api.check_arg("ctrend_forecast_new", "seed", 2**64 - 1) == 2**64 - 1, "seed 2^64-1 accepted")
print("%d failures" % failures)
sys.exit(1 if failures else 0)
