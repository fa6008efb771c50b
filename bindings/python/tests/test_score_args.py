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
