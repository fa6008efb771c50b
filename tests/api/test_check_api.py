#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test_check_api.py — check_api.py passes on the tree and fails on each kind of drift.

Copies include/, api/ and bindings/ to a temporary directory, runs the copy's
bindings/gen/check_api.py (expects success), then applies one mutation at a time to a fresh
copy and expects failure with a message naming the problem:
  a header parameter type changed, an enum value renumbered, a function added to a header
  only, a generated file edited by hand (stale), a function removed from the generated
  Python file, a bound function listed in unbound.txt (or listed without a reason); and,
  for the packages' use of the generated layer: Python no longer calling api.declare_all,
  a hand-set ctypes prototype, a retyped enum table in Python and in R, R registering its
  routines by hand.
Usage: test_check_api.py SOURCE_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(__file__), "..", ".."))


def copy_tree(dst):
    for part in ("include", "api", "bindings"):
        shutil.copytree(os.path.join(ROOT, part), os.path.join(dst, part),
                        ignore=shutil.ignore_patterns("*.o", "*.so", "__pycache__", "Makevars"))


def run(tree):
    p = subprocess.run([sys.executable, os.path.join(tree, "bindings", "gen", "check_api.py")],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    return p.returncode, p.stdout


def edit(path, old, new):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert old in text, (path, old)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.replace(old, new, 1))


MUTATIONS = [
    ("header type", "include/ctrend/rolling.h",
     "CTREND_API int ctrend_rolling_cumsum(const double *x, size_t n, double *out);",
     "CTREND_API int ctrend_rolling_cumsum(const double *x, int n, double *out);",
     "ctrend_rolling_cumsum: parameters"),
    ("enum renumbered", "include/ctrend/change.h",
     "CTREND_UNDEF_OVERFLOW = 5", "CTREND_UNDEF_OVERFLOW = 6", "CTREND_UNDEF_OVERFLOW = 6"),
    ("function only in a header", "include/ctrend/rolling.h",
     "CTREND_API int ctrend_rolling_cumsum(", "CTREND_API int ctrend_cummax(const double *x);\n"
     "CTREND_API int ctrend_rolling_cumsum(", "function ctrend_cummax (rolling.h) is not in"),
    ("stale generated file", "bindings/python/ctrend/_api_generated.py",
     "CTREND_UNDEF_OVERFLOW = 5", "CTREND_UNDEF_OVERFLOW = 4", "stale generated file"),
    ("unbound in Python", "bindings/python/ctrend/_api_generated.py",
     "    'ctrend_rolling_cumsum': (ctypes.", "    'ctrend_cumsum_gone': (ctypes.", "Python: ctrend_rolling_cumsum is not bound"),
    ("bound but listed", "bindings/gen/unbound.txt",
     "R  ctrend_batch_fit_models", "R  ctrend_rolling_cumsum  x\nR  ctrend_batch_fit_models",
     "ctrend_rolling_cumsum is bound now"),
    ("unbound without a reason", "bindings/gen/unbound.txt",
     "R  ctrend_batch_fit_models  an array",
     "R  ctrend_rolling_cumsum\nR  ctrend_batch_fit_models  an array",
     "unbound.txt: R ctrend_rolling_cumsum gives no reason"),
    ("Python without the generated prototypes", "bindings/python/ctrend/_lib.py",
     "_MISSING = set(api.declare_all(lib))", "_MISSING = set()",
     "does not declare the library through the generated layer"),
    ("Python prototype by hand", "bindings/python/ctrend/transforms.py",
     "_D = _lib.c_double_p", "_D = _lib.c_double_p\n_lib.lib.ctrend_rolling_cumsum.argtypes = [_D]",
     "transforms.py:24: hand-declared prototype"),
    ("Python enum retyped", "bindings/python/ctrend/models.py",
     'FAMILIES = _lib.enum_table("ctrend_family", "CTREND_FAMILY_")',
     'FAMILIES = {"poisson": 0, "quasipoisson": 1, "negbin": 2, "gaussian": 3}',
     "models.py retypes enum ctrend_family"),
    ("Python status retyped", "bindings/python/ctrend/_lib.py",
     'STATUS = dict(api.ENUMS["ctrend_status"])',
     'STATUS = {"CTREND_OK": 0, "CTREND_EINVAL": 1}', "_lib.py retypes enum ctrend_status"),
    ("R enum retyped", "bindings/R/ctrend/R/constants.R",
     'ct_shapes_ <- ct_enum_("ctrend_shape", "CTREND_SHAPE_")',
     "ct_shapes_ <- c(auto = 0L, wide = 1L, long = 2L, event = 3L)",
     "constants.R retypes enum ctrend_shape"),
    ("R registration by hand", "bindings/R/ctrend/src/init.c",
     "    ctr_api_register(dll, call_methods);",
     "    R_registerRoutines(dll, NULL, call_methods, NULL, NULL);",
     "init.c does not register the generated wrappers"),
]


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "pristine")
        copy_tree(base)
        rc, out = run(base)
        if rc != 0:
            print("FAIL: the unmodified tree does not pass:\n" + out)
            failures += 1
        else:
            print("ok: unmodified tree passes: " + out.strip().splitlines()[-1])
        for i, (what, rel, old, new, expect) in enumerate(MUTATIONS):
            tree = os.path.join(tmp, "m%d" % i)
            copy_tree(tree)
            edit(os.path.join(tree, rel), old, new)
            rc, out = run(tree)
            if rc == 0 or expect not in out:
                print("FAIL: %s: rc %d, expected a message with %r:\n%s" % (what, rc, expect, out))
                failures += 1
            else:
                print("ok: %s is caught" % what)
    print("%d failures" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
