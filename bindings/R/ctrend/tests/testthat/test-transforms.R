test_that("rolling means equal zoo::rollmean (trailing and centred, with gaps)", {
  has_module(ct_rolling_mean(1, 1))
  skip_if_not_installed("zoo")
  set.seed(1)
  x <- ts(as.numeric(rpois(96, 30)), start = c(2014, 1), frequency = 12)
  x[c(7, 20, 21)] <- NA
  for (k in c(1, 2, 3, 4, 12, 13)) {
    expect_equal(ct_rolling_mean(x, k), zoo::rollmeanr(x, k, fill = NA), tolerance = 1e-12,
                 ignore_attr = TRUE)
    expect_equal(as.numeric(ct_rolling_mean(x, k, align = "center")),
                 as.numeric(zoo::rollmean(x, k, fill = NA, align = "center")), tolerance = 1e-12)
    expect_equal(as.numeric(ct_rolling_sum(x, k)), as.numeric(zoo::rollsumr(x, k, fill = NA)),
                 tolerance = 1e-12)
  }
  y <- ct_rolling_mean(x, 3)
  expect_true(is.ts(y))
  expect_identical(tsp(y), tsp(x))
})

test_that("descriptive statistics equal the R reference outputs", {
  has_module(ct_pct_change(1))
  worst <- 0
  for (name in c("us_polio", "uk_lung_deaths", "meningococcal_france", "pak_ucdp_ged")) {
    data <- utils::read.csv(ref_dir(name, "data.csv"))
    ref <- utils::read.csv(ref_dir(name, "reference", "descriptive_R.csv"))
    for (s in unique(ref$series)) {
      if (!s %in% names(data)) next
      x <- as.numeric(data[[s]])
      r <- ref[ref$series == s, ]
      r <- r[match(data$month, r$month), ]
      got <- list(roll3 = ct_rolling_mean(x, 3), roll12 = ct_rolling_mean(x, 12),
                  pct_mom = ct_pct_change(x), pct_prev2 = ct_pct_change_vs_mean(x, 2),
                  pct_yoy = ct_pct_change(x, 12))
      for (col in names(got)) {
        want <- as.numeric(r[[col]])
        g <- as.numeric(got[[col]])
        expect_identical(is.na(g), is.na(want), label = paste(name, s, col))
        ok <- !is.na(want)
        if (any(ok)) worst <- max(worst, abs(g[ok] - want[ok]) / pmax(abs(want[ok]), 1e-300))
      }
    }
  }
  expect_lt(worst, 1e-9)
})

test_that("changes explain undefined months and errors are conditions", {
  has_module(ct_pct_change(1))
  x <- c(42, 21, NA, 36, 0, 5)
  p <- ct_pct_change(x)
  expect_equal(as.numeric(p), c(NA, -50, NA, NA, -100, NA))
  expect_identical(attr(p, "reason"), c(1L, 0L, 2L, 3L, 0L, 4L))
  expect_identical(names(ct_change_reasons())[5], "CTREND_UNDEF_ZERO_BASE")
  expect_equal(as.numeric(ct_pct_change_vs_mean(c(42, 21, 12), 2)), c(NA, NA, 100 * (12 - 31.5) / 31.5))
  expect_error(ct_pct_change(x, lag = 0), class = "ctrend_einval")
  expect_error(ct_rolling_mean(c(1, Inf), 2), class = "ctrend_edomain")
  expect_equal(as.numeric(ct_share(c(1, 2), c(4, 0))), c(25, NA))
})

test_that("per-day rates and quarterly sums", {
  has_module(ct_per_day(1, start = "2024-01"))
  x <- ts(c(31, 29, 31, 30, 31, 30), start = c(2024, 1), frequency = 12)
  expect_equal(as.numeric(ct_per_day(x)), rep(1, 6))
  q <- ct_aggregate(x, 3)
  expect_equal(as.numeric(q), c(91, 91))
  expect_identical(frequency(q), 4)
  expect_identical(start(q), c(2024, 1))
})

test_that("ct_read_csv reads shapes, keeps gaps and reports line/column", {
  has_module(ct_read_csv(text = "month,attacks\n2022-01,1"))
  df <- ct_read_csv(text = c("month,group,metric,value", "2022-01,TTP,attacks,42", "2022-03,TTP,attacks,36"))
  expect_identical(df$month, c("2022-01", "2022-02", "2022-03"))
  expect_equal(df[["TTP/attacks"]], c(42, NA, 36))
  e <- tryCatch(ct_read_csv(text = c("month,attacks", "2022-01,12", "2022-02,12x")), error = identity)
  expect_s3_class(e, "ctrend_eparse")
  expect_identical(c(e$line, e$column), c(3L, 2L))
  expect_error(ct_read_csv("/nonexistent.csv"), class = "ctrend_eio")
  x <- ct_read_csv(text = c("month,attacks", "2022-01,1", "2022-02,2"), output = "ts")
  expect_true(is.ts(x))
})
