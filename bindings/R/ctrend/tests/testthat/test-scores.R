test_that("scores equal their definitions", {
  has_module(ct_mae(1, 1))
  y <- c(3, NA, 10, 0); p <- c(2, 5, 12, 1); ok <- !is.na(y)
  expect_equal(ct_mae(y, p), mean(abs(y[ok] - p[ok])), tolerance = 1e-14)
  expect_equal(ct_rmse(y, p), sqrt(mean((y[ok] - p[ok])^2)), tolerance = 1e-14)
  k <- 0:400
  for (cs in list(c(0, 0.3), c(3, 2.5), c(17, 11.2))) {
    want <- sum((ppois(k, cs[2]) - (cs[1] <= k))^2)
    expect_equal(ct_crps_poisson(cs[1], cs[2]), want, tolerance = 1e-10)
    wantnb <- sum((pnbinom(k, size = 2, mu = cs[2]) - (cs[1] <= k))^2)
    expect_equal(ct_crps_nbinom(cs[1], cs[2], 2), wantnb, tolerance = 1e-9)
  }
  x <- c(1, 4, 4, 9, 12)
  want <- mean(abs(x - 5)) - sum(abs(outer(x, x, "-"))) / (2 * 25)
  expect_equal(ct_crps_sample(5, matrix(x, nrow = 1)), want, tolerance = 1e-14)
  expect_equal(ct_crps_sample(c(5, 5), rbind(x, x)), want, tolerance = 1e-14)
  lo <- rep(2, 3); hi <- rep(8, 3); yy <- c(5, 1, 20)
  expect_equal(ct_interval_score(yy, lo, hi, 0.9),
               mean((hi - lo) + 20 * (lo - yy) * (yy < lo) + 20 * (yy - hi) * (yy > hi)), tolerance = 1e-14)
  expect_equal(ct_coverage(yy, lo, hi), 1 / 3)
  expect_error(ct_mae(NA_real_, 1), class = "ctrend_eempty")
})
