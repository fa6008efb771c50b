"""Arguments the C scores and exact tests refuse with CTREND_EINVAL are refused before the
call with a ValueError naming the argument (found by fuzz_args.py; docs/guarantees.md,
"Fixed"). The accepted neighbours give the values hand arithmetic fixes."""
import math

import pytest

from ctrend import exact, scores

INF, NAN = math.inf, math.nan


@pytest.mark.parametrize("bad", [INF, -1.0, 0.0, NAN])
def test_period_ratio_exposure_named(bad):
    with pytest.raises(ValueError, match="exposure_a must be finite and positive.* at 1"):
        exact.period_ratio([1, 2, 3], [4, 5, 6], exposure_a=[1, bad, 1])
    with pytest.raises(ValueError, match="exposure_b must be finite and positive.* at 2"):
        exact.period_ratio([1, 2, 3], [4, 5, 6], exposure_b=[1, 1, bad])


def test_period_ratio_exposure_accepted():
    # 6 events over exposure 4 vs 15 over 3: estimate (6/4)/(15/3) = 0.3
    r = exact.period_ratio([1, 2, 3], [4, 5, 6], exposure_a=[1, 2, 1])
    assert r.estimate == pytest.approx(0.3, rel=1e-12)


@pytest.mark.parametrize("fn", [scores.crps_sample, scores.ignorance_sample])
def test_sample_scores_nonfinite_draw_named(fn):
    with pytest.raises(ValueError, match="samples must be finite .* row 1, draw 1"):
        fn([1, 2], [[1, 2], [3, INF]])
    with pytest.raises(ValueError, match="samples must be finite .* row 0, draw 1"):
        fn(1.0, [1, NAN])
    with pytest.raises(ValueError, match="y must be finite"):
        fn([1, -INF], [[1, 2], [3, 4]])


def test_sample_scores_skip_missing_rows():
    # the NaN-y row is skipped whatever its draws; row 0: CRPS = E|X - 1| - E|X - X'|/2
    # = (0 + 1)/2 - (0 + 1 + 1 + 0)/4/2 = 0.5 - 0.25 = 0.25
    assert scores.crps_sample([1, NAN], [[1, 2], [3, INF]]) == pytest.approx(0.25, abs=1e-15)


@pytest.mark.parametrize("call, arg", [
    (lambda: __import__("ctrend").Claims("x", source_name="\ud800"), "source_name"),
    (lambda: __import__("ctrend").Reader().feed("month,n\n2022-01,\ud800"), "data"),
    (lambda: __import__("ctrend").month_days("2022-\ud800"), "m"),
    (lambda: __import__("ctrend").Frame().add_series("TT\ud800P"), "group"),
])
def test_lone_surrogate_named(call, arg):
    # a lone surrogate cannot be encoded as UTF-8: a ValueError naming the argument and the
    # position, not the codec's UnicodeEncodeError
    with pytest.raises(ValueError, match=r"%s must be Unicode text, got a lone surrogate "
                                         r"'\\ud800' at position \d+" % arg) as e:
        call()
    assert not isinstance(e.value, UnicodeEncodeError)


def test_zero_d_level_is_one_level():
    # found by fuzz_args.py (seed 7 case 2518): a 0-d array was iterated ("iteration over a
    # 0-d array"); it is one level, as a numpy scalar is
    import numpy as np
    import ctrend
    fc = ctrend.fit([3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8, 10], "poisson", start="2022-01").forecast(2)
    a, b = fc.to_pandas(level=np.array(0.8)), fc.to_pandas(level=0.8)
    assert list(a.columns) == list(b.columns)
    assert a.equals(b)


def test_check_claims_too_long_for_a_file_name():
    # found by fuzz_args.py (seed 7 case 4978): a one-line text longer than NAME_MAX (255) was
    # tried as a path and raised the OS's ENAMETOOLONG OSError, naming nothing
    import ctrend
    with pytest.raises(FileNotFoundError, match="claims=.* is neither an existing file nor "
                                                "claims text"):
        ctrend.check_claims("x" * 300, [1, 2, 3, 4])


def test_frame_key_whole_float_checked_against_len():
    # found by fuzz_args.py (seed 8 case 2496): 2^53 + 2 as a float reached C (CTREND_ERANGE)
    import ctrend
    f = ctrend.Frame()
    f.add_series("a")
    assert f.key(0.0) == ("a", "", "")
    with pytest.raises(IndexError, match="series 9007199254740994 is out of range"):
        f.key(9007199254740994.0)
