"""The binding's numbers equal the CLI's (same library, same data): rolling and change on the
bundled datasets, read through ctrend.read_csv, compared with `ctrend ... --format csv`."""
import csv
import io
import math
import os
import subprocess

import pytest

import ctrend
from conftest import ROOT, needs

CLI = os.path.join(os.path.dirname(ctrend.LIB_PATH), "ctrend")
DATASETS = [os.path.join(ROOT, "datasets", n) for n in ("ttp_2022.csv",
                                                          "ucdp_ged_pakistan_monthly.csv")]

pytestmark = [needs("ctrend_reader_new", "ctrend_rolling_mean", "ctrend_change_pct"),
              pytest.mark.skipif(not os.access(CLI, os.X_OK), reason="no CLI beside libctrend")]


def _cli(*args):
    out = subprocess.run([CLI] + list(args) + ["--format", "csv"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, universal_newlines=True)
    assert out.returncode == 0, out.stderr
    return list(csv.DictReader(io.StringIO(out.stdout)))


def _num(text):
    return float("nan") if text in ("", "NA") else float(text)


def _same(a, b):
    return (math.isnan(a) and math.isnan(b)) or a == b or abs(a - b) <= 1e-15 * abs(b)


def _compare(rows, column, compute, path):
    with ctrend.read_csv(path, output="frame") as f:
        series = {f.key(i): f.values(i) for i in range(len(f))}
        months = f.months
        results = {k: compute(v) for k, v in series.items()}
    checked = 0
    for row in rows:
        key = (row["group"], row["region"], row["metric"])
        t = months.index(row["month"])
        got = float(results[key][t])
        want = _num(row[column])
        assert _same(got, want), (path, key, row["month"], column, got, want)
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("path", DATASETS)
def test_rolling_equals_cli(path):
    if not os.path.exists(path):
        pytest.skip("dataset not in this tree")
    _compare(_cli("rolling", "--window", "3", path), "rolling_mean_3",
             lambda v: ctrend.rolling_mean(v, 3), path)
    _compare(_cli("rolling", "--window", "12", "--sum", path), "rolling_sum_12",
             lambda v: ctrend.rolling_sum(v, 12), path)


@pytest.mark.parametrize("path", DATASETS)
def test_change_equals_cli(path):
    if not os.path.exists(path):
        pytest.skip("dataset not in this tree")
    _compare(_cli("change", path), "change_pct", lambda v: ctrend.pct_change(v, 1), path)
    _compare(_cli("change", "--lag", "12", path), "change_pct",
             lambda v: ctrend.pct_change(v, 12), path)
    _compare(_cli("change", "--vs-mean", "2", path), "change_pct",
             lambda v: ctrend.pct_change_vs_mean(v, 2), path)
