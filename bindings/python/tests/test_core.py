"""Core binding: loading, version, status codes and errors, months, frames, numpy/pandas I/O."""
import ctypes
import math
import subprocess
import sys
import os

import pytest

import ctrend
from ctrend import _lib, _arrays

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


def test_version_matches_library_and_expected_major():
    v = ctrend.version()
    major, minor, patch = (int(p) for p in v.split("."))
    assert ctrend.version_number() == major * 10000 + minor * 100 + patch
    assert major == ctrend.EXPECTED_MAJOR
    assert ctrend.__version__ == v


def test_capabilities():
    caps = ctrend.capabilities()
    assert set(caps) >= {"io", "rolling", "models", "exact", "claims"}
    assert all(isinstance(v, bool) for v in caps.values())


def test_status_codes_pinned():
    assert ctrend.STATUS["CTREND_OK"] == 0
    for name, value in ctrend.STATUS.items():
        assert ctrend.status_name(value) == name
    assert ctrend.strerror(ctrend.STATUS["CTREND_EPARSE"]) == "parse error"


def test_every_prototype_comes_from_the_generated_table():
    # the loaded library carries exactly the generated prototypes (api.declare_all), for every
    # function of the API definition, so no hand-written declaration can drift from the headers
    api = _lib.api
    assert _lib._MISSING == set()
    for name, (restype, argtypes) in api._PROTOTYPES.items():
        f = getattr(_lib.lib, name)
        assert f.restype == restype and list(f.argtypes) == list(argtypes), name
    assert set(api._PROTOTYPES) == set(api.FUNCTIONS)


def test_enum_tables_equal_the_librarys_own_names():
    # reference: the C library's name getters at run time (not the definition the tables come
    # from); the reason table has code 5 = CTREND_UNDEF_OVERFLOW, which 0.1's transforms.py lacked
    from ctrend import transforms, evaluation, claims, models
    lib = _lib.lib
    n = lib.ctrend_change_reason_count()
    assert n == 6
    assert transforms.REASONS == {i: lib.ctrend_change_reason_name(i).decode() for i in range(n)}
    assert transforms.REASONS[5] == "CTREND_UNDEF_OVERFLOW"
    assert transforms.REASON_LABELS[5] == "overflow"
    assert ctrend.reason_string("overflow") == lib.ctrend_change_reason_string(5).decode()
    assert evaluation.METRICS == [lib.ctrend_backtest_metric_name(i).decode()
                                  for i in range(lib.ctrend_backtest_metric_count())]
    assert {v: k for k, v in evaluation.BASELINES.items()} == {
        i: lib.ctrend_baseline_name(i).decode() for i in range(lib.ctrend_baseline_count())}
    assert claims.VERDICTS == {i: lib.ctrend_claims_verdict_name(i).decode() for i in range(5)}  # 4 = INVALID (claims v2)
    # batch.h: the lane switch moved from the model options (8 is retired) to the batch options
    assert "batch_lanes" not in models.OPTIONS
    from ctrend import _batch
    assert _batch.BATCH_KEYS == {"threads": 0, "lanes": 1, "errors": 2, "align": 3}


def test_errors_carry_status_name_and_message():
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.month("2022-13")
    e = info.value
    assert e.status == ctrend.STATUS["CTREND_ERANGE"] == 14
    assert e.name == "CTREND_ERANGE"
    assert e.message
    assert "2022-13" in str(e)
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.month("not a month")
    assert info.value.status == ctrend.STATUS["CTREND_EPARSE"]


def test_missing_symbol_is_unsupported():
    assert not _lib.has("ctrend_no_such_function")
    with pytest.raises(ctrend.CtrendError) as info:
        _lib.fn("ctrend_no_such_function")
    assert info.value.name == "CTREND_EUNSUPPORTED"


def test_months():
    assert ctrend.month("2022-01") == 2022 * 12
    assert ctrend.month("Feb 2022") == 2022 * 12 + 1
    assert ctrend.month((2019, 12)) == 2019 * 12 + 11
    assert ctrend.month(pd.Period("2022-03", freq="M")) == 2022 * 12 + 2
    assert ctrend.month(pd.Timestamp("2022-03-31")) == 2022 * 12 + 2
    assert ctrend.month(np.datetime64("2022-03-31")) == 2022 * 12 + 2
    import datetime
    assert ctrend.month(datetime.date(2022, 4, 1)) == 2022 * 12 + 3
    assert ctrend.month_str(2022 * 12 + 11) == "2022-12"
    assert ctrend.month_days("2024-02") == 29
    assert ctrend.period(2022 * 12 + 1) == pd.Period("2022-02", freq="M")
    assert list(ctrend.period_index(2021 * 12 + 11, 3).astype(str)) == ["2021-12", "2022-01",
                                                                          "2022-02"]


def test_frame_gaps_keys_and_pandas():
    with ctrend.Frame.from_series({"TTP/attacks": [42, None, 36, 0],
                                   ("ISKP", "KP", "deaths"): [1, 2]}, start="2022-01") as f:
        assert len(f) == 2
        assert f.keys() == [("TTP", "", "attacks"), ("ISKP", "KP", "deaths")]
        assert f.months == ["2022-01", "2022-02", "2022-03", "2022-04"]
        v = f.values("TTP/attacks")
        assert isinstance(v, np.ndarray)
        assert v[0] == 42 and math.isnan(v[1]) and v[3] == 0.0  # a gap is NaN, a zero stays 0
        s = f["TTP/attacks"]
        assert isinstance(s.index, pd.PeriodIndex) and s.index.freqstr == "M"
        assert str(s.index[0]) == "2022-01" and s.name == "TTP/attacks"
        df = f.to_pandas()
        assert df.shape == (4, 2)
        assert df[("ISKP", "KP", "deaths")].tolist()[:2] == [1.0, 2.0]
        assert f.span("ISKP/KP/deaths") == (2022 * 12, 2022 * 12 + 1)
        with pytest.raises(ctrend.CtrendError) as info:
            f.find("nobody/attacks")
        assert info.value.name == "CTREND_ENOTFOUND"
        with pytest.raises(ctrend.CtrendError) as info:
            f.set(0, "2022-01", 1.0)
        assert info.value.name == "CTREND_EDUPLICATE"
        f.set(0, "2022-01", 1.0, accumulate=True)
        assert f.values(0)[0] == 43
        # round trip through pandas
        g = ctrend.Frame.from_series(df)
        assert g.keys() == f.keys()
        np.testing.assert_array_equal(g.values(1), f.values(1))
    assert "closed" in repr(f)
    with pytest.raises(ValueError):
        len(f)


def test_frame_freed_by_garbage_collection():
    import gc
    for _ in range(200):
        f = ctrend.Frame()
        f.set(("g", "r", "m"), "2022-01", 1)
        del f
    gc.collect()


def test_zero_copy_for_contiguous_float64():
    x = np.arange(5, dtype=np.float64)
    buf = _arrays.series(x)
    assert buf.obj is x
    assert ctypes.addressof(buf.ptr.contents) == x.ctypes.data
    strided = np.arange(10, dtype=np.float64)[::2]
    buf2 = _arrays.series(strided)
    assert buf2.obj is not strided and buf2.obj.flags["C_CONTIGUOUS"]
    ints = _arrays.series([1, None, 3])
    assert ints.n == 3


def test_works_without_numpy_and_pandas():
    """The package needs only the standard library: hide numpy and pandas in a subprocess."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('numpy', 'pandas'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "sys.path.insert(0, %r)\n"
        "import ctrend\n"
        "f = ctrend.Frame.from_series({'TTP/attacks': [42, None, 36]}, start='2022-01')\n"
        "v = f['TTP/attacks']\n"
        "assert isinstance(v, list) and v[0] == 42.0 and v[1] != v[1], v\n"
        "print('ok', ctrend.version())\n"
    ) % os.path.dirname(os.path.dirname(ctrend.__file__))
    env = dict(os.environ, CTREND_LIB=ctrend.LIB_PATH)
    out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, universal_newlines=True, env=env)
    assert out.returncode == 0, out.stdout
    assert out.stdout.startswith("ok")


def test_ctrend_lib_env_is_honoured(tmp_path):
    code = "import sys; sys.path.insert(0, %r); import ctrend" % os.path.dirname(
        os.path.dirname(ctrend.__file__))
    env = dict(os.environ, CTREND_LIB=str(tmp_path / "nowhere" / "libctrend.so"))
    out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, universal_newlines=True, env=env)
    assert out.returncode != 0 and "CTREND_LIB" in out.stdout
