# Issue 18's R reproductions: each is now an error naming the argument and its range, raised
# before any .Call (so it cannot crash, hang or compute a silently wrong number).

arg_error <- function(expr, arg) {
  e <- tryCatch({ force(expr); NULL }, error = identity)
  expect_s3_class(e, "ctrend_argument_error")
  expect_identical(e$argument, arg)
  expect_match(conditionMessage(e), paste0("argument '", arg, "'"), fixed = TRUE)
  invisible(e)
}

test_that("#1 batch_fit with 2^61 months and #2 backtest with 2^61 samples are refused", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  f <- ct_frame(list("TTP/attacks" = c(5, 6, 7, 8, 9, 10)), start = "2007-01")
  e <- arg_error(ct_batch_fit(f, "2007-01", 2^61), "n_months")
  expect_match(conditionMessage(e), "1..95916")    # the months left in the calendar after 2007-01
  arg_error(ct_batch_fit(f, "2007-01", -1), "n_months")
  arg_error(ct_backtest(rep(c(5, 6, 7), 4), initial = 6, h = 1, n_samples = 2^61), "n_samples")
  arg_error(ct_backtest(rep(c(5, 6, 7), 4), initial = 6, h = -1), "h")
  arg_error(ct_baseline_forecast(c(5, 6, 7), "last", h = 10, n_samples = 2^61), "n_samples")
})

test_that("#15 coercions: huge windows and lags, negative windows, factors, complex, strings, NULL", {
  has_module(ct_rolling_mean(1, 1))
  x <- c(3, 5, 2, 8)
  arg_error(ct_rolling_mean(x, 2^64 + 2), "k")         # was window 2
  arg_error(ct_pct_change(x, 2^64 + 1), "lag")         # was lag 1
  arg_error(ct_rolling_mean(x, -1), "k")               # was all NA
  arg_error(ct_rolling_mean(factor(c(3, 1, 2)), 2), "x")   # factor codes are not counts
  arg_error(ct_rolling_mean(c(1 + 2i, 3), 2), "x")     # the imaginary part is not dropped
  arg_error(ct_rolling_mean("12", 2), "x")
  arg_error(ct_rolling_mean(NULL, 2), "x")
  arg_error(ct_fit(factor(c("4", "9", "2")), start = "2020-01"), "y")
  arg_error(ct_poisson_test(c(1, 2, 3)), "x")          # was a result from x[1], T = 2, r = 3
  arg_error(ct_poisson_test(factor(c("10", "20"))), "x")
  arg_error(ct_crps_poisson(c(1, 2, 3, 4, 5, 6), c(1, 2)), "mu")   # was an out-of-bounds read in Python
  m <- ct_fit(c(3, 5, 2, 8, 6, 9), start = "2020-01")
  arg_error(ct_forecast(m, -1), "h")                   # was "out of memory"
  arg_error(ct_fit(c(1, 2, 3, 4), start = 2^31 - 2), "start")   # #4: start month range-checked
  arg_error(ct_breaks(c(3, 5, 2, 8, 6, 9, 4, 7), start = "2020-01", n_boot = -1, min_segment = 2), "n_boot")
})

test_that("#6 a forecast whose simulated means explode is refused at once, not left hanging", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  # TTP arrests in datasets/ttp_2022.csv: 1, NA, NA, 10 -- two observations, se(log mean) 4.3
  y <- data.frame(month = c("2022-01", "2022-02", "2022-03", "2022-04"), arrests = c(1, NA, NA, 10))
  m <- ct_fit(y)
  t0 <- proc.time()[["elapsed"]]
  e <- arg_error(ct_forecast(m, 12, n_sims = 10000), "n_sims")
  expect_lt(proc.time()[["elapsed"]] - t0, 1)
  expect_match(conditionMessage(e), "n_sims = 0 gives the mean")
  # two observations, two coefficients: no residual degrees of freedom, so forecast.h refuses
  # any forecast (CTREND_ESHORT) rather than give intervals it cannot justify
  expect_error(ct_forecast(m, 12), class = "ctrend_eshort")
})
