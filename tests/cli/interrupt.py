#!/usr/bin/env python3
"""tests/cli/interrupt.py CTREND [--valgrind] — SIGINT/SIGTERM during long CLI work (issue 18).

Asserted for each case: the process ends within 1 s of the signal (10 s under valgrind) with
exit 130 (SIGINT) or 143 (SIGTERM); stderr says "ctrend: interrupted"; stdout is empty, or
ends with the line "# ctrend: interrupted: the output above is incomplete" (a signal that
came while rows were being written); no ctrend-plot-*/ctrend-report-* file is left in TMPDIR.
Cases: `ctrend fit --family negbin` over 2000 series (the batch engine: cancelled within one
series), the same with SIGTERM, `ctrend forecast` with 2*10^5 simulations per series,
`ctrend breaks --boot 199` and `ctrend backtest --sims 20000` (not cooperative: the handler
exits at once), and `ctrend plot` interrupted while PLplot renders (the signal is sent as
soon as the renderer's temporary file appears in TMPDIR): exit 130, the temporary file and
the new figure removed (bin/plot_render.c registers both with bin/progress.c); and
`ctrend check --report` over 200 claims interrupted once a ctrend-report-* figure file
appears: exit 130, stdout the whole table (printed before the report) or marked, the report's and the renderer's temporary files and the partial page
removed (bin/report.c registers the page and creates its figure file with the signals held). With --valgrind the fit case runs under
memcheck and must report no definitely/indirectly lost block.
The input is generated here: 2000 series x 120 months of counts 5 + (7g + 3t) mod 11 + 4 sin(t/2).
"""
import math
import os
import signal
import subprocess
import sys
import tempfile
import time

MARK = b"# ctrend: interrupted: the output above is incomplete\n"


def make_csv(path, n_series, n_months):
    with open(path, "w") as fp:
        fp.write("month,group,region,metric,value\n")
        for g in range(n_series):
            for t in range(n_months):
                y = int(5 + (7 * g + 3 * t) % 11 + 4 * math.sin(t / 2))
                fp.write("%04d-%02d,G%d,,attacks,%d\n" % (2010 + t // 12, t % 12 + 1, g, y))


def make_claims(path, n_claims, n_series):
    """n_claims change claims over the series of make_csv: one figure each in a report."""
    with open(path, "w") as fp:
        for i in range(n_claims):
            fp.write("[c%d]\nquote = q\nclaim = change G%d/attacks in 2015-%02d vs previous 3 "
                     "down more than 10%%\n\n" % (i, i % n_series, i % 12 + 1))


def wait_for_temp(p, tmpdir, timeout, prefix="ctrend-plot-"):
    """Sleep until a file named prefix* appears in tmpdir (a figure is being rendered)."""
    t_end = time.monotonic() + timeout
    while time.monotonic() < t_end and p.poll() is None:
        if any(f.startswith(prefix) for f in os.listdir(tmpdir)):
            return True
        time.sleep(0.0005)
    return False


def run_case(name, argv, sig, delay, limit, tmpdir, want_started=None, absent=None,
             whole_rows=None):
    env = dict(os.environ, TMPDIR=tmpdir)
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if delay in ("render", "report"):
        prefix = "ctrend-plot-" if delay == "render" else "ctrend-report-"
        if not wait_for_temp(p, tmpdir, 60.0, prefix):
            p.communicate()
            return "SKIP %s: no rendering seen (exit %s)" % (name, p.returncode)
    else:
        time.sleep(delay)
    if p.poll() is not None:
        out, err = p.communicate()
        return "SKIP %s: finished (exit %d) before the signal" % (name, p.returncode)
    t0 = time.monotonic()
    p.send_signal(sig)
    out, err = p.communicate(timeout=120)
    dt = time.monotonic() - t0
    want = 128 + sig
    problems = []
    if p.returncode != want:
        problems.append("exit %d, want %d" % (p.returncode, want))
    if dt > limit:
        problems.append("took %.2f s after the signal (limit %.1f s)" % (dt, limit))
    if b"ctrend: interrupted" not in err:
        problems.append("stderr lacks 'ctrend: interrupted': %r" % err[-200:])
    if whole_rows is not None and out and not out.endswith(MARK):
        # check prints its table before it writes the report: a table printed whole (header
        # and one row per claim) before the signal is complete, not a prefix
        if out.count(b"\n") != whole_rows + 1 or not out.endswith(b"\n"):
            problems.append("stdout has %d lines, want %d or marked" % (out.count(b"\n"), whole_rows + 1))
    elif out and not out.endswith(MARK):
        problems.append("stdout has %d bytes not marked incomplete: %r" % (len(out), out[-120:]))
    left = [f for f in os.listdir(tmpdir) if f.startswith(("ctrend-plot-", "ctrend-report-"))]
    if left:
        problems.append("temporary files left: %s" % left)
    if absent and os.path.exists(absent):
        problems.append("%s left behind (%d bytes)" % (absent, os.path.getsize(absent)))
    if problems:
        return "FAIL %s: %s" % (name, "; ".join(problems))
    return "ok %s: exit %d %.3f s after the signal, stdout %s" % (
        name, p.returncode, dt, "empty" if not out else "%d bytes, %s" % (
            len(out), "marked" if out.endswith(MARK) else "the whole table"))


def main():
    ctrend = sys.argv[1]
    vg = "--valgrind" in sys.argv[2:]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "many.csv")
        make_csv(data, 2000, 120)
        small = os.path.join(tmp, "few.csv")
        make_csv(small, 40, 120)
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        if vg:
            log = os.path.join(tmp, "vg.log")
            argv = ["valgrind", "--quiet", "--leak-check=full",
                    "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99",
                    "--log-file=" + log, ctrend, "fit", "--family", "negbin", "--output",
                    "stats", small]
            r = run_case("fit (valgrind)", argv, signal.SIGINT, 8.0, 10.0, work)
            lost = open(log).read() if os.path.exists(log) else ""
            if r.startswith("ok") and ("definitely lost" in lost or "indirectly lost" in lost
                                        or "ERROR SUMMARY: 0" not in lost and lost.strip()):
                r = "FAIL fit (valgrind): memcheck: %s" % lost[-800:]
            results.append(r)
        else:
            fit = [ctrend, "fit", "--family", "negbin", "--output", "stats", data]
            results.append(run_case("fit SIGINT", fit, signal.SIGINT, 1.5, 1.0, work))
            results.append(run_case("fit SIGTERM", fit, signal.SIGTERM, 1.5, 1.0, work))
            fc = [ctrend, "forecast", "--sims", "200000", small]
            results.append(run_case("forecast SIGINT", fc, signal.SIGINT, 1.0, 1.0, work))
            br = [ctrend, "breaks", "--boot", "199", "--threads", "1", small]
            results.append(run_case("breaks SIGINT", br, signal.SIGINT, 1.0, 1.0, work))
            bt = [ctrend, "backtest", "--initial", "36", "--sims", "20000", small]
            results.append(run_case("backtest SIGINT", bt, signal.SIGINT, 1.0, 1.0, work))
            if b"without plotting" not in subprocess.run([ctrend, "plot"], capture_output=True).stderr:
                fig = os.path.join(tmp, "big.png")
                pl = [ctrend, "plot", small, "--group", "G1,G2,G3,G4", "--points",
                      "--width", "6000", "--height", "4500", "-o", fig]
                results.append(run_case("plot SIGINT while rendering", pl, signal.SIGINT,
                                        "render", 1.0, work, absent=fig))
                claims = os.path.join(tmp, "many.claims")
                make_claims(claims, 200, 40)
                page = os.path.join(tmp, "report.html")
                rp = [ctrend, "check", claims, "--data", small, "--report", page]
                results.append(run_case("check --report SIGINT while a figure renders", rp,
                                        signal.SIGINT, "report", 1.0, work, absent=page,
                                        whole_rows=200))
    for r in results:
        print(r)
    failed = sum(r.startswith("FAIL") for r in results)
    print("%d passed, %d failed" % (sum(r.startswith("ok") for r in results), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
