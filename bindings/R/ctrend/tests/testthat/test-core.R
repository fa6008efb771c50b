test_that("version and status codes are the pinned ones", {
  expect_match(ct_version(), "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  v <- as.integer(strsplit(ct_version(), ".", fixed = TRUE)[[1]])
  expect_identical(ct_version_number(), v[1] * 10000L + v[2] * 100L + v[3])
  codes <- ct_status_codes()
  expect_identical(unname(codes[c("CTREND_OK", "CTREND_EINVAL", "CTREND_EPARSE", "CTREND_ENOTFOUND",
                                  "CTREND_EUNSUPPORTED")]), c(0L, 1L, 4L, 13L, 17L))
  expect_identical(ct_status_name(4L), "CTREND_EPARSE")
})

test_that("library errors are classed R conditions with the status", {
  e <- tryCatch(ct_month("2022-13"), error = identity)
  expect_s3_class(e, "ctrend_error")
  expect_s3_class(e, "ctrend_erange")
  expect_identical(e$status, 14L)
  expect_identical(e$name, "CTREND_ERANGE")
  expect_match(conditionMessage(e), "2022-13")
  expect_error(ct_month("not a month"), class = "ctrend_eparse")
})

test_that("months parse, format and convert like the C library", {
  expect_identical(ct_month(c("2022-01", "Feb 2022", "2019/12/31", NA)),
                   c(24264L, 24265L, 2019L * 12L + 11L, NA))
  expect_identical(ct_month_str(c(24264L, 24275L)), c("2022-01", "2022-12"))
  expect_identical(ct_month(as.Date("2022-03-15")), 24266L)
  expect_identical(ct_month(2022 + 2 / 12), 24266L)
  expect_identical(ct_month_days(c("2024-02", "2023-02", "2022-12")), c(29L, 28L, 31L))
})

test_that("frames keep gaps as NA and round-trip ts objects", {
  x <- ts(c(42, NA, 36, 0), start = c(2022, 1), frequency = 12)
  f <- ct_frame(list("TTP/attacks" = x, "ISKP/KP/deaths" = ts(c(1, 2), start = c(2021, 12), frequency = 12)))
  expect_s3_class(f, "ctrend_frame")
  expect_identical(length(f), 2L)
  keys <- ct_frame_keys(f)
  expect_identical(keys$group, c("TTP", "ISKP"))
  expect_identical(keys$region, c("", "KP"))
  y <- ct_frame_series(f, "TTP/attacks")
  expect_identical(tsp(y), c(2021 + 11 / 12, 2022.25, 12))
  expect_equal(as.numeric(y), c(NA, 42, NA, 36, 0))
  expect_equal(as.numeric(ct_frame_series(f, 2)), c(1, 2, NA, NA, NA))
  df <- as.data.frame(f)
  expect_identical(df$month, c("2021-12", "2022-01", "2022-02", "2022-03", "2022-04"))
  expect_error(ct_frame_series(f, "nobody/attacks"), class = "ctrend_enotfound")
  expect_output(print(f), "2 series, 5 months 2021-12..2022-04")
})

test_that("the generated wrappers are registered and the enum tables come from them", {
  # R_init_ctrend registers src/api_generated.c through ctr_api_register: the ct_api_*
  # wrappers answer from the package's own DLL. References: rolling mean (2) of 42 22 39 54 =
  # NA, (42+22)/2 = 32, (22+39)/2 = 30.5, (39+54)/2 = 46.5 (hand arithmetic); names from the
  # library's name getters at run time.
  expect_identical(ctrend:::ct_api_status_name(14L), "CTREND_ERANGE")
  expect_equal(ctrend:::ct_api_rolling_mean(c(42, 22, 39, 54), 2, 0L, 0), c(NaN, 32, 30.5, 46.5))
  expect_error(ctrend:::ct_api_rolling_mean(c(1, 2), 0, 0L, 0), "window")
  reasons <- ct_change_reasons()
  expect_identical(length(reasons), 6L)   # code 5 = CTREND_UNDEF_OVERFLOW included
  expect_identical(names(reasons)[6], "CTREND_UNDEF_OVERFLOW")
  expect_identical(unname(ctrend:::ct_api_enums$ctrend_undef_reason), 0:5)
  n_bl <- ctrend:::ct_api_baseline_count()
  expect_identical(names(ctrend:::ct_baselines_),
                   vapply(seq_len(n_bl) - 1L, ctrend:::ct_api_baseline_name, ""))
  expect_identical(ctrend:::ct_bt_metrics_,
                   vapply(seq_len(ctrend:::ct_api_backtest_metric_count()) - 1L,
                          ctrend:::ct_api_backtest_metric_name, ""))
  expect_false("batch_lanes" %in% names(ctrend:::ct_model_options_))  # moved to batch.h (8 retired)
  expect_identical(unname(ctrend:::ct_aligns_[c("right", "center", "center_pandas")]),
                   c(0L, 2L, 1L))  # rolling.h: trailing, centred_zoo (zoo), centred (pandas)
})
