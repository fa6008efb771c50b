"""The random argument fuzzer (fuzz_args.py) for 5 s, so ./scripts/test runs it; CI runs it for
60 s (.ci/run). Same judgement as test_hostile.py (hostile_sweep.problem): no signal, no hang,
every error naming a replaced argument."""
import os
import subprocess
import sys

import ctrend
from conftest import ROOT

HERE = os.path.dirname(os.path.abspath(__file__))


def test_fuzz_args_5s():
    env = dict(os.environ, CTREND_LIB=ctrend.LIB_PATH, PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run([sys.executable, os.path.join(HERE, "fuzz_args.py"), "--seconds", "5",
                        "--jobs", "2", "--seed", os.environ.get("CTREND_FUZZ_SEED", "1")],
                       cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True, timeout=300)
    last = p.stdout.strip().splitlines()[-1]
    assert p.returncode == 0, p.stdout
    assert last.startswith("fuzz_args: ") and " 0 failures" in last, p.stdout
    assert int(last.split()[1]) > 0
