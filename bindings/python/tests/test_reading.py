"""ctrend.reading: the same files and options as the C tests and the CLI give the same series."""
import os
import subprocess

import pytest

from ctrend.reading import Filter, FilterError, Reader, parse_csv, read_csv
from ctrend.io import ReadError

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
UCDP = os.path.join(ROOT, "tests/data/ref/pak_ucdp_ged/conflict_data_pak.csv")
REF = os.path.join(ROOT, "tests/data/ref/pak_ucdp_ged/data.csv")
EX = os.path.join(ROOT, "tests/data/io/examples")


def test_ucdp_ttp_filter_matches_reference():
    import csv
    with open(REF) as fh:
        ref = list(csv.DictReader(fh))
    d = read_csv(UCDP, output="dict", date_col="date_start", sum_cols=["best"], region_col="",
                 start="1989-01", end="2021-12", where='side_a == "TTP" or side_b == "TTP"')
    assert d["months"][0] == "1989-01" and d["months"][-1] == "2021-12"
    values = list(d[("", "", "events")])
    assert len(values) == len(ref) == 396
    assert values == [float(r["events_ttp"]) for r in ref]
    bvalues = list(d[("", "", "best")])
    assert bvalues == [float(r["deaths_best_ttp"]) for r in ref]
    assert sum(values) == 4214 and sum(bvalues) == 31099  # PROVENANCE.md


def test_filter_operators_and_errors():
    f = Filter('actor ~* "ttp"', "n >= 3")
    assert f.columns == ["actor", "n"]
    assert f.matches({"actor": "Tehrik-i-Taliban Pakistan (TTP)", "n": "3"})
    assert not f.matches({"actor": "TTP", "n": ""})  # not a number: fails the numeric test
    with pytest.raises(FilterError) as e:
        Filter('side = "TTP"')
    assert e.value.offset == 6 and "==" in e.value.message
    with pytest.raises(TypeError):
        Filter(3)


def test_spreadsheet_and_dates():
    r = Reader(metrics=["Attacks", "Deaths"])
    frame = r.read_file(os.path.join(EX, "spreadsheet.csv"))
    assert r.skipped_lines == [5]
    d = frame.to_dict()
    frame.close()
    r.close()
    assert sum(d[("", "", "Attacks")]) == 3301  # 1,204 + 980 + 1,117
    with pytest.raises(ReadError) as e:
        read_csv(os.path.join(EX, "ambiguous_dates.csv"))
    assert e.value.line == 2 and "%d/%m/%Y" in e.value.message
    d = read_csv(os.path.join(EX, "ambiguous_dates.csv"), output="dict", date_format="%d/%m/%Y")
    assert list(d[("", "", "events")]) == [1.0, 0.0, 2.0]
    d = parse_csv("month;n\n2022-01;1.234,5\n", output="dict", decimal=",", thousands=".",
                  require_counts=False)
    assert list(d[("", "", "n")]) == [1234.5]


def test_same_as_cli():
    exe = os.path.join(ROOT, "build", "ctrend")
    if not os.path.exists(exe):
        pytest.skip("no build/ctrend")
    args = [exe, "summary", os.path.join(EX, "acled_style.csv"), "--date-col", "event_date",
            "--group-col", "admin1", "--sum", "fatalities", "--where", 'actor1 ~ "TTP" or actor2 ~ "TTP"',
            "--format", "csv"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()
    totals = {tuple(line.split(",")[:3]): float(line.split(",")[7]) for line in out[1:]}
    d = read_csv(os.path.join(EX, "acled_style.csv"), output="dict", date_col="event_date",
                 group_col="admin1", sum_cols=["fatalities"], where='actor1 ~ "TTP" or actor2 ~ "TTP"')
    for key, total in totals.items():
        assert sum(d[key]) == total
