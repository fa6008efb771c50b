"""ctrend.dask on a LocalCluster of 2 worker processes: every panel result is compared bit for
bit with an independent single-process computation (ctrend.fit / ctrend.breaks /
ctrend.backtest / Model.forecast called series by series with the documented series seed,
and ctrend.batch_fit on a whole Frame) and with the CLI; one test kills a worker mid-run.

The panel is generated (seeded numpy): Poisson counts with a trend, a level shift in half of
the cells, a zero-inflated cell, an all-zero cell, a cell with a shorter span (leading
months missing), one gap, and a cell that lists a month twice (a per-series failure)."""
import os
import re
import subprocess
import time

import pytest

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import ctrend  # noqa: E402
import ctrend.dask as cd  # noqa: E402
from conftest import ROOT  # noqa: E402

CLI = os.path.join(os.path.dirname(ctrend.LIB_PATH), "ctrend")
M0 = 2010 * 12  # 2010-01
N_MONTHS = 60
KEYS = ["group", "region", "metric"]


def make_panel(n_cells=10, seed=7):
    """Long panel: group g00.., region north/south, metric events, months as 'YYYY-MM'."""
    rng = np.random.default_rng(seed)
    rows = []
    t = np.arange(N_MONTHS)
    for c in range(n_cells):
        mu = np.exp(1.2 + 0.01 * c + 0.008 * t + (0.6 if c % 2 else 0.0) * (t >= 25 + c))
        y = rng.poisson(mu).astype(float)
        if c == 2:  # zero-inflated: most months structurally zero
            y[rng.random(N_MONTHS) < 0.7] = 0.0
        if c == 3:
            y[:] = 0.0  # all zero: Poisson fits fail with CTREND_EALLZERO
        if c == 4:
            y[:14] = np.nan  # reported from month 14 on: its own, shorter window
        if c == 5:
            y[30] = np.nan  # one gap (missing, not zero)
        g, r = "g%02d" % c, ("north" if c % 3 else "south")
        for i in range(N_MONTHS):
            if not np.isnan(y[i]):
                rows.append((g, r, "events", ctrend.month_str(M0 + i), y[i]))
    rows.append(("g99", "north", "events", "2010-01", 3.0))
    rows.append(("g99", "north", "events", "2010-01", 4.0))  # duplicate month
    for i in range(1, 30):
        rows.append(("g99", "north", "events", ctrend.month_str(M0 + i), float(i % 5)))
    return pd.DataFrame(rows, columns=KEYS + ["month", "value"])


PANEL = make_panel()


def series_of(pdf):
    """{key: (first month, values over the reported span)} — written independently of
    ctrend.dask: a pivot of the long table."""
    out = {}
    for key, g in pdf.groupby(KEYS):
        months = g["month"].map(ctrend.month)
        if months.duplicated().any():
            continue
        first, last = int(months.min()), int(months.max())
        y = np.full(last - first + 1, np.nan)
        y[(months - first).to_numpy()] = g["value"].to_numpy()
        out[tuple(key)] = (first, y)
    return out


SERIES = series_of(PANEL)


def same_bits(a, b):
    """Bit-identical doubles (NaN where the other is NaN; -0.0 differs from 0.0)."""
    a = np.ascontiguousarray(a, dtype=np.float64)
    b = np.ascontiguousarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return False
    na, nb = np.isnan(a), np.isnan(b)
    return bool((na == nb).all() and (a[~na].view(np.int64) == b[~nb].view(np.int64)).all())


def sort(df):
    return df.sort_values(KEYS + [c for c in ("model", "month") if c in df.columns],
                          kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def ddf(npartitions=3):
    import dask.dataframe as dd
    return dd.from_pandas(PANEL, npartitions=npartitions)


# ---- seeds ------------------------------------------------------------------------------
def test_series_seed_is_the_documented_hash():
    import hashlib
    text = "ctrend-series-seed/1\x1f42\x1fg00\x1fsouth\x1fevents".encode()
    want = int.from_bytes(hashlib.sha256(text).digest()[:8], "big") >> 11
    assert cd.series_seed(42, "g00", "south", "events") == want
    assert 0 <= want < 2 ** 53
    assert cd.series_seed(42, "g00", "south", "events") != cd.series_seed(43, "g00", "south",
                                                                         "events")
    assert cd.series_seed(42, "g00", "", "events") != cd.series_seed(42, "", "g00", "events")


# ---- fits -------------------------------------------------------------------------------
def test_fit_panel_matches_per_series_fits(client):
    out = sort(cd.fit_panel(ddf(), family="poisson", fourier=1).compute())
    assert list(out.columns[:7]) == KEYS + ["status", "message", "first_month", "n_months"]
    assert len(out) == len(SERIES) + 1
    bad = out[out.group == "g99"].iloc[0]
    assert bad.status == "CTREND_EDUPLICATE" and "2010-01" in bad.message
    zero = out[out.group == "g03"].iloc[0]
    assert zero.status == "CTREND_EALLZERO" and np.isnan(zero["coef_trend"])
    short = out[out.group == "g04"].iloc[0]
    assert short.first_month == "2011-03" and short.n_months == N_MONTHS - 14
    checked = 0
    for _, row in out[out.status == "CTREND_OK"].iterrows():
        first, y = SERIES[(row.group, row.region, row.metric)]
        with ctrend.fit(y, family="poisson", start=first, fourier=1) as m:
            names = m.names
            assert same_bits(row[["coef_" + n for n in names]].to_numpy(float), m.vector("coef"))
            assert same_bits(row[["se_" + n for n in names]].to_numpy(float), m.vector("se"))
            assert same_bits([row.deviance, row.aic], [m.scalar("deviance"), m.scalar("aic")])
        checked += 1
    assert checked == len(SERIES) - 1  # all but the all-zero cell


def test_fit_panel_common_window_matches_batch_fit(client):
    """With start/end every series has the same design: the single-process C batch engine on
    a Frame of the whole panel gives the same bits."""
    out = sort(cd.fit_panel(ddf(2), family="negbin", start="2010-01", end="2014-12",
                            n_threads=2).compute()).set_index("group")
    frame = ctrend.Frame()
    for key, (first, y) in SERIES.items():
        i = frame.add_series(*key)
        for t in np.flatnonzero(~np.isnan(y)):
            frame.set(i, first + int(t), y[t])
    ref = ctrend.batch_fit(frame, M0, N_MONTHS, family="negbin", n_threads=1,
                           scalars=("deviance", "aic"))
    for i, key in enumerate(frame.keys()):
        row, want = out.loc[key[0]], ref.iloc[i]
        assert row.status == want.status
        for col in ("coef_(Intercept)", "coef_trend", "se_trend", "deviance", "aic"):
            assert same_bits([row[col]], [want[col]]), (key, col)


# ---- breaks with bootstrap ----------------------------------------------------------------
def test_breaks_panel_matches_single_process_and_cli(client, tmp_path):
    out = sort(cd.breaks_panel(ddf(), n_boot=19, min_segment=12, seed=11).compute())
    ok = out[out.status == "CTREND_OK"]
    assert set(out[out.status != "CTREND_OK"].group) == {"g03", "g99"}
    for _, row in ok.iterrows():
        key = (row.group, row.region, row.metric)
        first, y = SERIES[key]
        seed = cd.series_seed(11, *key)
        assert row.seed == seed
        b = ctrend.breaks(y, start=first, n_boot=19, min_segment=12, seed=seed)
        assert row.break_month == b["month"]
        assert same_bits(row[["lr", "p_value", "candidates"]].to_numpy(float),
                         [b["lr"], b["p_value"], b["n_candidates"]])
    # one partition on 2 threads: the same rows (the thread pool cannot change a result)
    one = sort(cd.breaks_panel(PANEL, n_boot=19, seed=11, npartitions=1, n_threads=2)
               .compute())
    pd.testing.assert_frame_equal(one, out, check_exact=True)
    # the CLI on the same series with the series seed prints the same numbers
    path = tmp_path / "panel.csv"
    PANEL[PANEL.group != "g99"].to_csv(path, index=False)
    for g in ("g01", "g04"):
        row = ok[ok.group == g].iloc[0]
        cli = run_cli(["breaks", str(path), "--group", g, "--boot", "19", "--seed",
                       str(row.seed)])
        assert len(cli) == 1 and cli.break_month[0] == row.break_month
        for col in ("lr", "p_value", "candidates", "rate_ratio", "rr_lo", "rr_hi"):
            assert same_bits([cli[col][0]], [row[col]]), (g, col)


def run_cli(args):
    if not os.access(CLI, os.X_OK):
        pytest.skip("no CLI beside libctrend")
    proc = subprocess.run([CLI] + args + ["--format", "csv"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    import io
    return pd.read_csv(io.StringIO(proc.stdout), float_precision="round_trip",
                       keep_default_na=False, na_values=["NA"], dtype={"region": str})


def test_same_seed_mode_matches_the_cli_on_a_whole_file(client, tmp_path):
    """seeds='same': every series gets the base seed, as `ctrend breaks --seed S FILE`."""
    path = tmp_path / "panel.csv"
    PANEL[PANEL.group.isin(["g00", "g01", "g05"])].to_csv(path, index=False)
    out = sort(cd.breaks_panel(str(path), n_boot=9, seed=5, seeds="same").compute())
    cli = run_cli(["breaks", str(path), "--boot", "9", "--seed", "5"])
    assert list(out.group) == list(cli.group) == ["g00", "g01", "g05"]
    assert (out.seed == 5).all()
    for col in ("lr", "p_value", "rate_ratio", "rr_lo", "rr_hi"):
        assert same_bits(out[col], cli[col]), col


# ---- backtests and forecasts ---------------------------------------------------------------
MODELS = {"poisson": dict(family="poisson"), "negbin": dict(family="negbin", fourier=1)}
BASELINES = ("last", ("mean", 6), "conflictology")


def test_backtest_panel_matches_single_process_and_cli(client, tmp_path):
    out = sort(cd.backtest_panel(ddf(), initial=36, horizon=3, step=6, n_samples=200,
                                 models=MODELS, baselines=BASELINES, seed=3).compute())
    assert len(out) == 5 * (len(SERIES)) + 1  # 5 models per series, 1 row for g99
    zero = out[out.group == "g03"].set_index("model")
    assert zero.loc["poisson", "model_status"] == "CTREND_EALLZERO"
    assert np.isnan(zero.loc["poisson", "CRPS"]) and zero.loc["last", "CRPS"] == 0.0
    for key, (first, y) in SERIES.items():
        if key[0] == "g03":
            continue
        seed = cd.series_seed(3, *key)
        got = out[out.group == key[0]].sort_values("rank").set_index("model")
        args = dict(initial=36, h=3, step=6, n_samples=200, seed=seed, start=first)
        failed = got.index[got.model_status != "CTREND_OK"]
        for name in failed:  # the model fails alone too, with the same status
            with pytest.raises(ctrend.CtrendError) as err:
                ctrend.backtest(y, baselines=(), models={name: MODELS[name]}, **args)
            assert err.value.name == got.loc[name, "model_status"]
            assert got.loc[name, cd._BT_METRICS].isna().all()
        ref = ctrend.backtest(y, baselines=BASELINES, **args,
                              models={k: v for k, v in MODELS.items() if k not in failed})
        got = got.drop(index=failed)
        assert list(got.index) == list(ref.index)  # ranked by CRPS, as ctrend.backtest
        assert same_bits(got[cd._BT_METRICS].to_numpy(float), ref.to_numpy(float)), key
    # the CLI: its poisson model and all its baselines, with the series seed
    path = tmp_path / "panel.csv"
    PANEL[PANEL.group == "g05"].to_csv(path, index=False)
    row = cd.backtest_panel(PANEL[PANEL.group == "g05"], initial=24, horizon=3, n_samples=300,
                            seed=3).compute().set_index("model")
    assert (row.seed == cd.series_seed(3, "g05", "north", "events")).all()
    cli = run_cli(["backtest", str(path), "--initial", "24", "--horizon", "3", "--sims", "300",
                   "--seed", str(row.seed.iloc[0])]).set_index("model")
    assert sorted(cli.index) == sorted(row.index)
    for metric in cd._BT_METRICS:
        assert same_bits(row.loc[cli.index, metric], cli[metric]), metric
    assert list(row["rank"].loc[cli.index]) == list(cli["rank"])


def test_forecast_panel_matches_single_process_and_cli(client, tmp_path):
    out = sort(cd.forecast_panel(ddf(), horizon=4, n_sims=500, seed=9, fourier=1).compute())
    for key, (first, y) in SERIES.items():
        got = out[out.group == key[0]]
        if key[0] == "g03":
            assert list(got.status) == ["CTREND_EALLZERO"]
            continue
        with ctrend.fit(y, start=first, fourier=1) as m, \
                m.forecast(4, n_sims=500, seed=cd.series_seed(9, *key)) as fc:
            assert list(got.month) == fc.months
            assert same_bits(got["mean"], fc.vector("mean"))
            lo, hi = fc.interval("predictive", 0.8)
            assert same_bits(got["pi80_lo"], lo) and same_bits(got["pi80_hi"], hi)
            lo, hi = fc.interval("mean", 0.95)
            assert same_bits(got["mean_lo"], lo) and same_bits(got["mean_hi"], hi)
    path = tmp_path / "panel.csv"
    PANEL[PANEL.group != "g99"].to_csv(path, index=False)
    row = out[out.group == "g07"].reset_index(drop=True)
    cli = run_cli(["forecast", str(path), "--group", "g07", "--horizon", "4", "--sims", "500",
                   "--fourier", "1", "--seed", str(row.seed[0])])
    assert list(cli.month) == list(row.month)
    for col in ("mean", "mean_lo", "mean_hi", "pi80_lo", "pi80_hi", "pi95_lo", "pi95_hi",
                "plugin95_lo", "plugin95_hi"):
        assert same_bits(cli[col], row[col]), col


# ---- inputs -------------------------------------------------------------------------------
def test_csv_glob_wide_and_gz_inputs_give_the_same_fits(client, tmp_path):
    """Files (one .gz) read by libctrend's reader, a series split across two files, and the
    wide shape: the same rows as the long dask frame."""
    ok = PANEL[PANEL.group != "g99"]
    import dask.dataframe as dd
    early = ok[ok.month < "2012-06"]
    late = ok[ok.month >= "2012-06"]
    early.to_csv(tmp_path / "part-1.csv", index=False)
    late.to_csv(tmp_path / "part-2.csv.gz", index=False, compression="gzip")
    ref = sort(cd.fit_panel(ok, npartitions=2).compute())
    got = sort(cd.fit_panel(str(tmp_path / "part-*"), npartitions=3).compute())
    pd.testing.assert_frame_equal(got, ref, check_exact=True)
    # dask's own CSV reader: the empty region is read as NaN and must come back as ""
    ok.assign(region="").to_csv(tmp_path / "blank.csv", index=False)
    nat = sort(cd.fit_panel(dd.read_csv(str(tmp_path / "blank.csv"))).compute())
    assert set(nat.region) == {""} and list(nat.group) == list(ref.group)
    assert same_bits(nat.coef_trend, ref.coef_trend) and same_bits(nat.se_trend, ref.se_trend)
    wide = ok.pivot_table(index=["group", "region", "month"], columns="metric",
                          values="value").reset_index()
    got = sort(cd.fit_panel(wide, npartitions=2).compute())
    pd.testing.assert_frame_equal(got, ref, check_exact=True)


def test_meta_is_known_and_matches_the_result(client):
    lazy = cd.breaks_panel(ddf(), n_boot=0)
    res = lazy.compute()
    assert list(lazy._meta.columns) == list(res.columns)
    assert dict(lazy._meta.dtypes) == dict(res.dtypes)
    assert lazy.npartitions == 3


# ---- a worker killed mid-run ---------------------------------------------------------------
def test_killed_worker_is_retried_with_identical_results(client):
    want = sort(cd.breaks_panel(ddf(6), n_boot=99, seed=1).compute(scheduler="sync"))
    before = set(client.scheduler_info()["workers"])
    lazy = cd.breaks_panel(ddf(6), n_boot=99, seed=1, npartitions=6)
    fut = client.compute(lazy)
    victim, deadline = None, time.time() + 30
    while victim is None and time.time() < deadline:
        for addr, keys in client.processing().items():
            if any("ctrend-breaks" in str(k) for k in keys):
                victim = addr
                break
        time.sleep(0.02)
    assert victim is not None, "no breaks task started"

    async def die():  # a coroutine, so that client.run need not wait for an answer
        os._exit(1)
    client.run(die, workers=[victim], wait=False)
    got = sort(fut.result(timeout=120))
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    deadline = time.time() + 30  # the nanny brought a fresh worker up
    while len(client.scheduler_info()["workers"]) < 2 and time.time() < deadline:
        time.sleep(0.1)
    after = set(client.scheduler_info()["workers"])
    assert victim not in after and len(after) == 2 and before != after


# ---- docs/dask.md: the LocalCluster example runs ------------------------------------------
def test_docs_local_cluster_example(tmp_path, monkeypatch):
    doc = os.path.join(ROOT, "docs", "dask.md")
    text = open(doc, encoding="utf-8").read()
    code = re.search(r"<!-- example:dask-local -->\s*```python\n(.*?)```", text, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    scope = {"__name__": "__main__"}
    exec(compile(code, doc, "exec"), scope)  # noqa: S102 - our own documentation
    res = scope["result"]
    assert len(res) == 20 and set(res.status) == {"CTREND_OK"}
    assert res["p_value"].between(0, 1).all()


# ---- docs/dask.md: `dask scheduler` / `dask worker` processes and files on a shared path ---
def test_scheduler_and_worker_commands(tmp_path):
    """The multi-machine recipe on one machine: a `dask scheduler` and a `dask worker`
    process started from the shell with CTREND_LIB and PYTHONPATH, files read by the worker."""
    exe = "/usr/bin/dask"
    if not os.access(exe, os.X_OK):
        pytest.skip("no dask command")
    PANEL[PANEL.group.isin(["g00", "g01"])].to_csv(tmp_path / "a.csv", index=False)
    PANEL[PANEL.group.isin(["g05", "g06"])].to_csv(tmp_path / "b.csv.gz", index=False,
                                                   compression="gzip")
    env = dict(os.environ, CTREND_LIB=ctrend.LIB_PATH,
               PYTHONPATH=os.path.dirname(os.path.dirname(ctrend.__file__)))
    sched_file = str(tmp_path / "scheduler.json")
    procs = []
    try:
        procs.append(subprocess.Popen([exe, "scheduler", "--port", "0", "--dashboard-address",
                                       ":0", "--scheduler-file", sched_file], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen([exe, "worker", "--scheduler-file", sched_file,
                                       "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                       "--local-directory", str(tmp_path)], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with distributed.Client(scheduler_file=sched_file, timeout=30) as c:
            c.wait_for_workers(1, timeout=30)
            got = sort(cd.breaks_panel(str(tmp_path / "*.csv*"), n_boot=9, seed=2).compute())
        want = sort(cd.breaks_panel(PANEL[PANEL.group.isin(["g00", "g01", "g05", "g06"])],
                                    n_boot=9, seed=2).compute(scheduler="sync"))
        pd.testing.assert_frame_equal(got, want, check_exact=True)
    finally:
        for p in reversed(procs):  # the processes this test started, and only those
            p.kill()
            p.wait(timeout=30)
