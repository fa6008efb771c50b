# ct_figure: the figure specification (ctrend/figure.h) as an R list; plot() draws it.
# References: zoo-style arithmetic by hand, glm() for the fitted mean, ct_forecast's
# predictive intervals (the pi80/pi95 columns `ctrend forecast` prints) for the bands.

test_that("the spec holds the counts, the rolling mean and the missing months", {
  y <- c(12, 9, NA, NA, 11, 14)
  f <- ct_figure(y, "2021-01", rolling = 2)
  expect_s3_class(f, "ct_figure")
  expect_equal(f$values$month, c("2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"))
  expect_equal(f$values$y, y)
  # trailing 2-month mean, NA when a month of the window is not reported
  expect_equal(f$values$rolling, c(NA, (12 + 9) / 2, NA, NA, NA, (11 + 14) / 2))
  expect_equal(f$missing, data.frame(panel = 0L, first = "2021-03", last = "2021-04",
                                     stringsAsFactors = FALSE), ignore_attr = TRUE)
  expect_equal(f$texts$rolling_label, "2-month rolling mean")
})

test_that("the fitted mean is glm's, continued through the gap", {
  y <- c(12, 9, 15, NA, 11, 14, 18, 16)
  m <- ct_fit(y, start = "2021-01")
  f <- ct_figure(y, "2021-01", model = m)
  t <- seq_along(y)
  g <- glm(y ~ t, family = poisson)
  expect_equal(f$values$fitted, unname(exp(coef(g)[1] + coef(g)[2] * t)), tolerance = 1e-9)
})

test_that("the bands are the forecast's predictive intervals", {
  y <- c(42, 30, 51, 54, 61, 58)
  m <- ct_fit(y, start = "2022-01")
  f <- ct_figure(y, "2022-01", model = m, h = 3, n_sims = 2000, seed = 7)
  f80 <- ct_forecast(m, 3, level = 0.80, n_sims = 2000, seed = 7)
  f95 <- ct_forecast(m, 3, level = 0.95, n_sims = 2000, seed = 7)
  fut <- f$values[!is.na(f$values$forecast_mean), ]
  expect_equal(fut$month, c("2022-07", "2022-08", "2022-09"))
  expect_equal(fut$forecast_mean, f80$mean, tolerance = 1e-12)
  expect_equal(fut$pi80_lo, f80$predictive_lo)
  expect_equal(fut$pi80_hi, f80$predictive_hi)
  expect_equal(fut$pi95_lo, f95$predictive_lo)
  expect_equal(fut$pi95_hi, f95$predictive_hi)
  expect_true(all(fut$pi95_lo <= fut$pi80_lo & fut$pi80_hi <= fut$pi95_hi))
  pdf(NULL)
  on.exit(dev.off())
  expect_invisible(plot(f))
})
