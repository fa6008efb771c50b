# The reader's options (issue 11) from R: same file and options as the Python test
# (bindings/python/tests/test_reading.py) and the C tests give the same series.

test_that("where= filters UCDP rows as the reference series (PROVENANCE.md totals)", {
  src <- source_root()$src
  ucdp <- file.path(src, "tests/data/ref/pak_ucdp_ged/conflict_data_pak.csv")
  ref <- utils::read.csv(file.path(src, "tests/data/ref/pak_ucdp_ged/data.csv"))
  d <- ct_read_csv(ucdp, date_col = "date_start", sum_cols = "best", region_col = "",
                   start = "1989-01", end = "2021-12",
                   where = 'side_a == "TTP" or side_b == "TTP"')
  expect_identical(nrow(d), 396L)
  expect_identical(as.character(d[[1]][c(1, 396)]), c("1989-01", "2021-12"))
  ev <- d[[grep("events", names(d))]]
  best <- d[[grep("best", names(d))]]
  expect_identical(as.numeric(ev), as.numeric(ref$events_ttp))
  expect_identical(as.numeric(best), as.numeric(ref$deaths_best_ttp))
  expect_identical(c(sum(ev), sum(best)), c(4214, 31099))
  e <- tryCatch(ct_read_csv(ucdp, date_col = "date_start", where = 'side_a = "TTP"'),
                error = identity)
  expect_s3_class(e, "ctrend_eparse")
  expect_match(conditionMessage(e), "==")
})

test_that("date_format, delim, thousands and decimal as in Python", {
  src <- source_root()$src
  ex <- file.path(src, "tests/data/io/examples")
  d <- ct_read_csv(file.path(ex, "ambiguous_dates.csv"), date_format = "%d/%m/%Y")
  expect_identical(as.numeric(d[[2]]), c(1, 0, 2))
  d <- ct_read_csv(text = c("month;n", "2022-01;1.234,5"), decimal = ",", thousands = ".",
                   require_counts = FALSE)
  expect_identical(as.numeric(d[[2]]), 1234.5)  # 1.234,5 read with ',' as decimal mark
  d <- ct_read_csv(text = c("month\tn", "2022-01\t7"), delim = "tab")
  expect_identical(as.numeric(d[[2]]), 7)
  expect_error(ct_read_csv(text = c("month;n", "2022-01;1"), delim = ";;"),
               class = "ctrend_argument_error")
  expect_error(ct_read_csv(text = c("month;n", "2022-01;1"), decimal = "x"), class = "ctrend_einval")
})
