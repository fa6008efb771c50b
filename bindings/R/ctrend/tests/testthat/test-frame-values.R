# Frames from lists of series: one ctrend_frame_set_values call per series (NA = not reported).

test_that("a series goes in whole: NA stays missing, the calendar is the reported span", {
  # months 2022-01 .. 2022-06: NA first and last, a gap in 2022-03, a true zero in 2022-04
  f <- ct_frame(list("TTP/attacks" = c(NA, 5, NA, 0, 7, NA), "ISKP/attacks" = c(1, 2)),
                start = "2022-01")
  y <- ct_frame_series(f, "TTP/attacks")
  # the calendar runs 2022-01 (ISKP's first month) .. 2022-05 (TTP's last reported one)
  expect_identical(tsp(y), c(2022, 2022 + 4 / 12, 12))
  expect_equal(as.numeric(y), c(NA, 5, NA, 0, 7))
  expect_equal(as.numeric(ct_frame_series(f, "ISKP/attacks")), c(1, 2, NA, NA, NA))
  # an all-NA series is a key with no months
  g <- ct_frame(list("A/x" = c(NA_real_, NA_real_), "B/x" = 3), start = "2020-06")
  expect_identical(length(g), 2L)
  expect_equal(as.numeric(ct_frame_series(g, "A/x")), NA_real_)
  expect_output(print(g), "2 series, 1 months 2020-06..2020-06")
})

test_that("the same series twice is refused, naming the series and the month", {
  e <- tryCatch(ct_frame(list("A/x" = c(1, 2), "A//x" = c(NA, 3)), start = "2021-11"),
                error = function(e) e)
  expect_s3_class(e, "ctrend_eduplicate")
  expect_match(conditionMessage(e), "month 2021-12 is already set")
  expect_match(conditionMessage(e), "A//x")
  # ("A//x" is the key of "A/x"); the same key with months that do not overlap is one series
  f <- ct_frame(list("A/x" = c(1, NA), "A//x" = c(NA, 3)), start = "2021-11")
  expect_identical(length(f), 1L)
  expect_equal(as.numeric(ct_frame_series(f, "A/x")), c(1, 3))
})
