"""Scores vs direct numpy/scipy evaluation of their definitions."""
import pytest

import ctrend
from conftest import needs

np = pytest.importorskip("numpy")
pytestmark = needs("ctrend_score_mae", "ctrend_score_crps_poisson")


def test_point_scores_skip_missing():
    y = np.array([3.0, np.nan, 10, 0])
    p = np.array([2.0, 5, 12, 1])
    ok = ~np.isnan(y)
    assert ctrend.scores.mae(y, p) == pytest.approx(np.mean(np.abs(y[ok] - p[ok])), rel=1e-15)
    assert ctrend.scores.rmse(y, p) == pytest.approx(np.sqrt(np.mean((y[ok] - p[ok]) ** 2)),
                                                     rel=1e-15)
    assert ctrend.scores.msle(y, p) == pytest.approx(
        np.mean((np.log1p(p[ok]) - np.log1p(y[ok])) ** 2), rel=1e-14)
    with pytest.raises(ctrend.CtrendError) as info:
        ctrend.scores.mae([np.nan], [1.0])
    assert info.value.name == "CTREND_EEMPTY"


def test_crps_poisson_and_sample_match_definitions():
    stats = pytest.importorskip("scipy.stats")
    k = np.arange(0, 400)
    for y, mu in ((0, 0.3), (3, 2.5), (17, 11.2), (40, 55.0)):
        F = stats.poisson.cdf(k, mu)
        want = np.sum((F - (y <= k)) ** 2)  # integral over [k, k+1) of (F(k) - 1{y <= x})^2
        assert ctrend.scores.crps_poisson(y, mu) == pytest.approx(want, rel=1e-10)
    got = ctrend.scores.crps_poisson(np.array([0.0, 3, 17]), np.array([0.3, 2.5, 11.2]))
    assert len(got) == 3
    x = np.array([1.0, 4, 4, 9, 12])
    want = np.mean(np.abs(x - 5)) - np.sum(np.abs(x[:, None] - x[None, :])) / (2 * 25)
    assert ctrend.scores.crps_sample(5, x) == pytest.approx(want, rel=1e-14)
    fair = np.mean(np.abs(x - 5)) - np.sum(np.abs(x[:, None] - x[None, :])) / (2 * 5 * 4)
    assert ctrend.scores.crps_sample(5, x, fair=True) == pytest.approx(fair, rel=1e-14)
    both = ctrend.scores.crps_sample([5.0, 5.0], np.vstack([x, x]))
    assert both == pytest.approx(want, rel=1e-14)


def test_interval_score_and_coverage():
    y, lo, hi = np.array([5.0, 1, 20]), np.array([2.0, 2, 2]), np.array([8.0, 8, 8])
    a = 0.1
    want = np.mean((hi - lo) + 2 / a * (lo - y) * (y < lo) + 2 / a * (y - hi) * (y > hi))
    assert ctrend.scores.interval_score(y, lo, hi, 0.9) == pytest.approx(want, rel=1e-14)
    assert ctrend.scores.coverage(y, lo, hi) == pytest.approx(1 / 3)
