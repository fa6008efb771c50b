"""Claims: parse errors with line/column/id, verdicts, figures vs an independent exact test
(scipy's binomial test, the conditional form of R's poisson.test), whole-file checks."""
import os

import pytest

import ctrend
from conftest import ROOT, needs

pytestmark = needs("ctrend_claims_parse", "ctrend_claims_check")

CLAIMS = """
# TTP monthly figures, Jan-Apr 2022
[jan-attacks]
quote  = TTP claimed 42 attacks in January 2022
source = test
claim  = value TTP/attacks in 2022-01 = 42

[jan-attacks-wrong]
claim  = value TTP/attacks in 2022-01 = 30

[apr-vs-mar]
quote  = attacks rose by more than 30% in April
claim  = change TTP/attacks in 2022-04 vs 2022-03 up more than 30%

[dec-missing]
claim  = value TTP/attacks in 2021-12 = 47
"""


def _frame():
    return ctrend.Frame.from_series({"TTP/attacks": [42, 22, 39, 54]}, start="2022-01")


def test_verdicts_and_figures():
    with ctrend.Claims(CLAIMS, source_name="test.claims") as c, _frame() as f:
        assert len(c) == 4
        c.check(f)
        assert [c.verdict(i) for i in range(4)] == ["SUPPORTED", "CONTRADICTED", "SUPPORTED",
                                                    "UNVERIFIABLE"]
        r = c.result("jan-attacks")
        assert r["computed"] == 42 and r["quoted"] == 42 and r["quote"].startswith("TTP claimed")
        ch = c.result("apr-vs-mar")
        assert ch["ratio"] == pytest.approx(54 / 39, rel=1e-12)
        want = ctrend.rate_ratio(54, 39)
        assert ch["ci_lower"] == pytest.approx(want["lower"], rel=1e-9)
        assert ch["ci_upper"] == pytest.approx(want["upper"], rel=1e-9)
        assert ch["p_value"] == pytest.approx(want["p_value"], rel=1e-9)
        stats = pytest.importorskip("scipy.stats")
        bt = stats.binomtest(54, 93, 0.5)
        assert ch["p_value"] == pytest.approx(bt.pvalue, rel=1e-9)
        lo, hi = bt.proportion_ci(0.95, method="exact")
        assert ch["ci_lower"] == pytest.approx(lo / (1 - lo), rel=1e-7)
        assert ch["ci_upper"] == pytest.approx(hi / (1 - hi), rel=1e-7)
        assert ch["within_noise"] == (ch["p_value"] >= 0.05)
        assert "2021-12" in c.explain("dec-missing")
        s = c.summary()
        assert (s["supported"], s["contradicted"], s["unverifiable"]) == (2, 1, 1)
        assert s["exit_status"] == 3
        df = c.results()
        assert list(df.index)[:2] == ["jan-attacks", "jan-attacks-wrong"]


def test_parse_error_has_line_column_and_id():
    text = "[a]\nclaim = value TTP/attacks in 2022-01 = 42\n[b]\nclaim = value TTP/attacks in Feb = 3\n"
    with pytest.raises(ctrend.ClaimsParseError) as info:
        ctrend.Claims(text, source_name="x.claims")
    e = info.value
    assert e.name == "CTREND_EPARSE" and e.line == 4 and e.column > 0 and e.id == "b"
    assert isinstance(e, ctrend.CtrendError)


def test_check_claims_on_files(tmp_path):
    data = os.path.join(ROOT, "datasets", "ttp_2022.csv")
    if not os.path.exists(data):
        pytest.skip("no bundled dataset")
    path = tmp_path / "t.claims"
    path.write_text(CLAIMS)
    res = ctrend.check_claims(str(path), data)
    assert res.loc["jan-attacks", "verdict"] == "SUPPORTED"
    assert res.attrs["summary"]["exit_status"] in (3, 4)
    rows = ctrend.check_claims(CLAIMS, [data], output="list")
    assert rows[0]["id"] == "jan-attacks"


def test_a_bad_record_does_not_blank_the_file():
    # claims v2 #8: record [b] does not parse (a month must be YYYY-MM, line 4); record [a]
    # still gets its verdict: the frame holds 42 in 2022-01, the claim says 42 -> SUPPORTED.
    text = "[a]\nclaim = value TTP/attacks in 2022-01 = 42\n[b]\nclaim = value TTP/attacks in Feb = 3\n"
    with _frame() as f:
        rows = ctrend.check_claims(text, f, output="list")
        assert [r["id"] for r in rows] == ["a", "b"]
        assert rows[0]["verdict"] == "SUPPORTED" and rows[0]["error"] is None
        assert rows[0]["computed"] == 42
        assert rows[1]["verdict"] == "INVALID"
        assert ":4:" in rows[1]["error"] and "[b]" in rows[1]["error"]
        assert rows[1]["computed"] != rows[1]["computed"]  # NaN: no figure for INVALID
        df = ctrend.check_claims(text, f)
        assert df.loc["a", "verdict"] == "SUPPORTED" and df.loc["b", "verdict"] == "INVALID"
        s = df.attrs["summary"]
        assert (s["supported"], s["invalid"], s["exit_status"]) == (1, 1, 2)
        assert len(s["parse_errors"]) == 1 and ":4:" in s["parse_errors"][0]
    # the class stays strict by default (first error raised), lenient on request
    with pytest.raises(ctrend.ClaimsParseError):
        ctrend.Claims(text)
    with ctrend.Claims(text, strict=False) as c:
        assert len(c) == 2 and c.verdict("b") == "INVALID"
    # no handle at all (NUL inside a path-like str is refused before C; bad type raises)
    with pytest.raises(TypeError):
        ctrend.check_claims(42, {"TTP/attacks": [1]})


def test_level_option_matches_poisson_test_conf_level():
    # R 4.2.2: poisson.test(c(54, 39), conf.level = 0.9)$conf.int
    #   0.96106487023176823 2.00541285694359139  (the April vs March change of CLAIMS)
    f = ctrend.Frame.from_series({"TTP/attacks": [42, 22, 39, 54]}, start="2022-01")
    with ctrend.Claims(CLAIMS) as c:
        c.check(f, level=0.9)
        r = c.result("apr-vs-mar")
        assert r["ci_lower"] == pytest.approx(0.96106487023176823, rel=1e-9)
        assert r["ci_upper"] == pytest.approx(2.00541285694359139, rel=1e-9)
        assert "exact 90% CI" in r["explanation"]
        v90 = [c.verdict(i) for i in range(len(c))]
        c.check(f)
        assert [c.verdict(i) for i in range(len(c))] == v90
        for bad in (0, 1, 1.5, float("nan")):
            with pytest.raises(ValueError, match="level"):
                c.check(f, level=bad)
        with pytest.raises(TypeError, match="level"):
            c.check(f, level="0.9")


def test_strict_parse_error_from_the_error_record():
    with pytest.raises(ctrend.ClaimsParseError) as e:
        ctrend.Claims("[a]\nclaim = value TTP/attacks in Feb = 3\n", source_name="x.claims")
    assert (e.value.line, e.value.id) == (2, "a") and e.value.column > 0
    assert str(e.value).startswith("x.claims:2:") or "x.claims:2:" in str(e.value)
