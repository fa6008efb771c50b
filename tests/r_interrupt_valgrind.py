#!/usr/bin/env python3
"""tests/r_interrupt_valgrind.py BUILD_DIR R_LIB — SIGINT during R's ct_breaks under memcheck
(issue 18 item 4: "Ctrl-C tests ... leak nothing under valgrind").

R runs under valgrind (R -d valgrind) with the ctrend package from R_LIB (installed against
BUILD_DIR/libctrend.so by tests/valgrind.sh). The script loads the package, prints "ready",
and starts a break search with 1 500 bootstrap replicates (minutes under memcheck); one
second after "ready" this driver sends SIGINT to the process group (the R launcher script
and the R process). Asserted: R reports its interrupt condition ("result interrupt") within
10 s of the signal (memcheck is ~50x slower than a native run, where it is ~20 ms:
tests/testthat/test-interrupt.R), exits 0, memcheck finds no error, and no block is
definitely or indirectly lost (R's own still-reachable memory at exit is not a leak). The
cancelled C call freed its options, design and partial replicates (src/models.c
ctr_long_run: cancel, join, release). Prints one "ok"/"FAIL" line; exit status 0/1.
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

SCRIPT = r"""
library(ctrend)
tt <- 0:119
y <- floor(exp(2.6 + 0.004 * tt) * ifelse(tt >= 70, 1.4, 1) * (0.75 + 0.5 * ((tt * 37) %% 101) / 101))
cat("ready\n")
res <- tryCatch({ ct_breaks(y, start = '2012-01', min_segment = 12, n_boot = 1500); 'finished' },
                interrupt = function(e) 'interrupt')
cat("result", res, "\n")
"""


def main():
    build, rlib = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "breaks.R")
        with open(script, "w") as fp:
            fp.write(SCRIPT)
        log = os.path.join(tmp, "vg.log")
        env = dict(os.environ, CTREND_LIB=os.path.join(build, "libctrend.so"), R_LIBS=rlib,
                   R_LIBS_USER="")
        vg = "valgrind --leak-check=full --error-exitcode=99 --log-file=" + log
        t_start = time.monotonic()
        p = subprocess.Popen(["R", "-d", vg, "--vanilla", "--slave", "-f", script],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                             start_new_session=True)
        out = []
        for line in p.stdout:  # wait for the package to be loaded
            out.append(line.decode(errors="replace"))
            if line.startswith(b"ready"):
                break
        time.sleep(1.0)  # the break search is under way on its worker thread
        t_sig = time.monotonic()
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGINT)
        rest, _ = p.communicate(timeout=300)
        t_end = time.monotonic()
        out.append(rest.decode(errors="replace"))
        text = "".join(out)
        memcheck = open(log).read() if os.path.exists(log) else ""
    problems = []
    m = re.search(r"result (\w+)", text)
    if not m or m.group(1) != "interrupt":
        problems.append("no interrupt condition: %r" % text[-300:])
    if p.returncode != 0:
        problems.append("exit %d" % p.returncode)
    if t_end - t_sig > 10.0:
        problems.append("%.1f s from the signal to the exit (limit 10 s)" % (t_end - t_sig))
    for kind in ("definitely", "indirectly"):
        k = re.search(r"%s lost: ([\d,]+) bytes" % kind, memcheck)
        if not k:
            problems.append("no memcheck leak summary: %r" % memcheck[-400:])
            break
        if k.group(1) != "0":
            problems.append("%s lost %s bytes" % (kind, k.group(1)))
    if not re.search(r"ERROR SUMMARY: 0 errors", memcheck):
        problems.append("memcheck errors: %s" % memcheck[-800:])
    if problems:
        print("FAIL r/interrupt ct_breaks (valgrind): " + "; ".join(problems))
        return 1
    print("ok r/interrupt ct_breaks (valgrind): interrupt %.1f s after the signal, %.1f s in all, "
          "0 bytes lost" % (t_end - t_sig, t_end - t_start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
