"""read_csv: shapes, options, errors with line/column; values vs pandas.read_csv."""
import os

import pytest

import ctrend
from conftest import needs, reference, ROOT

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

pytestmark = needs("ctrend_reader_new", "ctrend_reader_read_file")


def test_wide_csv_matches_pandas():
    path = reference("uk_lung_deaths", "data.csv")
    df = ctrend.read_csv(path, require_counts=False)
    want = pd.read_csv(path)
    assert isinstance(df.index, pd.PeriodIndex)
    assert list(df.index.astype(str)) == list(want["month"])
    for col in want.columns[1:]:
        got = df.xs(col, axis=1, level="metric").iloc[:, 0]
        np.testing.assert_array_equal(got.to_numpy(), want[col].to_numpy(dtype=float))


def test_long_and_gaps_and_dict_output():
    text = "month,group,metric,value\n2022-01,TTP,attacks,42\n2022-03,TTP,attacks,36\n" \
           "2022-01,ISKP,attacks,3\n"
    d = ctrend.parse_csv(text, output="dict")
    assert d["months"] == ["2022-01", "2022-02", "2022-03"]
    v = d[("TTP", "", "attacks")]
    assert v[0] == 42 and v[1] != v[1] and v[2] == 36  # a gap is missing, not zero
    with ctrend.parse_csv(text, output="frame") as f:
        assert len(f) == 2


def test_errors_carry_line_and_column():
    with pytest.raises(ctrend.ReadError) as info:
        ctrend.parse_csv("month,attacks\n2022-01,12\n2022-02,12x\n")
    e = info.value
    assert isinstance(e, ctrend.CtrendError)
    assert e.name == "CTREND_EPARSE" and e.line == 3 and e.column == 2
    assert "12x" in e.message
    with pytest.raises(ctrend.ReadError) as info:
        ctrend.read_csv("/nonexistent/file.csv")
    assert info.value.name == "CTREND_EIO"
    with pytest.raises(ctrend.ReadError) as info:
        ctrend.parse_csv("month,attacks\n2022-01,1\n2022-01,2\n")
    assert info.value.name == "CTREND_EDUPLICATE"
    summed = ctrend.parse_csv("month,attacks\n2022-01,1\n2022-01,2\n", duplicates="sum",
                              output="dict")
    assert summed[("", "", "attacks")] == [3.0]


def test_streaming_reader_any_chunks():
    text = "month,group,attacks,deaths\n2022-01,TTP,42,30\n2022-02,TTP,21,12\n"
    with ctrend.Reader() as r:
        for i in range(0, len(text), 5):
            r.feed(text[i:i + 5])
        with r.finish() as f:
            assert f.keys() == [("TTP", "", "attacks"), ("TTP", "", "deaths")]
            assert list(f.values(1)) == [30.0, 12.0]


def test_bundled_datasets_read():
    for name in ("ttp_2022.csv", "ucdp_ged_pakistan_monthly.csv"):
        path = os.path.join(ROOT, "datasets", name)
        if not os.path.exists(path):
            pytest.skip("%s not in this tree" % name)
        try:
            with ctrend.read_csv(path, output="frame") as f:
                assert len(f) >= 1 and f.n_months >= 1
        except ctrend.CtrendError as exc:  # options may be needed; must still be a clean error
            assert exc.status != 0
