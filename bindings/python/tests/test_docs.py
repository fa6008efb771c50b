"""docs/bindings.md: the same example in CLI, C, Python and R prints the documented output."""
import os
import re
import shutil
import subprocess
import sys

import pytest

import ctrend
from conftest import ROOT, needs

DOC = os.path.join(ROOT, "docs", "bindings.md")
BUILD = os.path.dirname(ctrend.LIB_PATH)

pytestmark = [needs("ctrend_reader_new", "ctrend_rolling_mean"),
              pytest.mark.skipif(not os.path.exists(DOC), reason="no docs/bindings.md"),
              pytest.mark.skipif(not os.path.exists(os.path.join(ROOT, "datasets", "ttp_2022.csv")),
                                 reason="no bundled dataset")]


def _blocks():
    text = open(DOC, encoding="utf-8").read()
    found = {}
    for tag, body in re.findall(r"<!-- (example[:\-][\w-]+) -->\s*```\w*\n(.*?)```", text, re.S):
        found[tag] = body
    return found


def _run(cmd, **kw):
    out = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         universal_newlines=True, **kw)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _expected():
    return _blocks()["example-output"]


def test_cli_example():
    cmd = _blocks()["example:sh"].strip().split()
    cmd[0] = os.path.join(BUILD, "ctrend")  # the documented build/ctrend, in this build tree
    if not os.access(cmd[0], os.X_OK):
        pytest.skip("no CLI beside libctrend")
    assert _run(cmd) == _expected()


def test_c_example(tmp_path):
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        pytest.skip("no C compiler")
    src = tmp_path / "example.c"
    src.write_text(_blocks()["example:c"])
    exe = tmp_path / "example"
    _run([cc, "-std=c11", "-Wall", "-Werror", str(src), "-I", os.path.join(ROOT, "include"),
          "-I", os.path.join(BUILD, "include"), "-L", BUILD, "-lctrend", "-Wl,-rpath," + BUILD,
          "-o", str(exe)])
    assert _run([str(exe)]) == _expected()


def test_python_example(tmp_path):
    script = tmp_path / "example.py"
    script.write_text(_blocks()["example:python"])
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "bindings", "python"),
               CTREND_LIB=ctrend.LIB_PATH)
    assert _run([sys.executable, str(script)], env=env) == _expected()


def test_r_example(tmp_path):
    rscript = shutil.which("Rscript")
    libs = [p for p in (os.path.join(BUILD, "R-quick", "lib"), os.path.join(BUILD, "R-library"))
            if os.path.exists(os.path.join(p, "ctrend"))]
    if not rscript or not libs:
        pytest.skip("R package not installed in the build tree (scripts/test-bindings does it)")
    script = tmp_path / "example.R"
    script.write_text(_blocks()["example:r"])
    env = dict(os.environ, R_LIBS=libs[0])
    env.pop("CTREND_LIB", None)  # the installed package must load without it
    assert _run([rscript, "--vanilla", str(script)], env=env) == _expected()


def _tour():
    """[(code, expected output or None)] of the Python tour, in document order."""
    text = open(DOC, encoding="utf-8").read()
    parts = re.split(r"<!-- tour:(python|output) -->\s*```\w*\n(.*?)```", text, flags=re.S)
    blocks = []
    for i in range(1, len(parts), 3):
        kind, body = parts[i], parts[i + 1]
        if kind == "python":
            blocks.append([body, None])
        else:
            assert blocks and blocks[-1][1] is None, "an output block without its code"
            blocks[-1][1] = body
    return blocks


def test_python_tour_runs_and_prints_what_it_says(tmp_path):
    """The notebook-style tour in docs/bindings.md: every block runs in one session at the
    repository root (the CLI it calls is this build's), and prints exactly its output block."""
    pytest.importorskip("pandas")
    blocks = _tour()
    assert len(blocks) >= 8
    cli = os.path.join(BUILD, "ctrend")
    if not os.access(cli, os.X_OK):
        pytest.skip("no CLI beside libctrend")
    # run the whole tour in a subprocess: one namespace, cwd = repository root
    marker = "\n@@ctrend-tour-block@@\n"
    prog = ["import sys, traceback", "ns = {}"]
    for code, _ in blocks:
        code = code.replace('"build/ctrend"', repr(cli))
        prog.append("exec(compile(%r, 'tour', 'exec'), ns)" % code)
        prog.append("sys.stdout.write(%r)" % marker)
    script = tmp_path / "tour.py"
    script.write_text("\n".join(prog) + "\n")
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "bindings", "python"),
               CTREND_LIB=ctrend.LIB_PATH)
    out = _run([sys.executable, str(script)], env=env)
    printed = out.split(marker)
    for i, (code, want) in enumerate(blocks):
        if want is not None:
            assert printed[i] == want, "tour block %d:\n%s" % (i + 1, code)
