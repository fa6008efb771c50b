# The R package's numbers equal the CLI's (same library): rolling means and a model fit on the
# bundled UCDP data, when the build tree (CTREND_LIB's directory) has the CLI and the dataset.
cli_paths <- function() {
  lib <- Sys.getenv("CTREND_LIB")
  if (!nzchar(lib)) skip("CTREND_LIB not set")
  cli <- file.path(dirname(lib), "ctrend")
  cache <- file.path(dirname(lib), "CMakeCache.txt")
  if (!file.exists(cli) || !file.exists(cache)) skip("no CLI in the build tree")
  src <- sub("^ctrend_SOURCE_DIR:STATIC=", "", grep("^ctrend_SOURCE_DIR:STATIC=", readLines(cache), value = TRUE))
  data <- file.path(src, "datasets", "ucdp_ged_pakistan_monthly.csv")
  if (!file.exists(data)) skip("bundled dataset not found")
  list(cli = cli, data = data)
}

run_cli <- function(p, args) {
  out <- system2(p$cli, c(args, "--format", "csv", shQuote(p$data)), stdout = TRUE)
  utils::read.csv(text = out, stringsAsFactors = FALSE, na.strings = c("", "NA"))
}

test_that("rolling means equal the CLI's", {
  has_module(ct_rolling_mean(1, 1))
  p <- cli_paths()
  cli <- run_cli(p, c("rolling", "--window", "12", "--metric", "events_all"))
  x <- ct_read_csv(p$data, output = "ts")[, "events_all"]
  expect_identical(as.numeric(ct_rolling_mean(x, 12)), as.numeric(cli$rolling_mean_12))
})

test_that("a quasi-Poisson fit equals the CLI's", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  p <- cli_paths()
  cli <- run_cli(p, c("fit", "--metric", "events_all", "--from", "2007-01", "--to", "2020-12",
                      "--family", "quasipoisson", "--fourier", "2", "--step", "2014-06"))
  x <- ct_read_csv(p$data, output = "ts")[, "events_all"]
  m <- ct_fit(window(x, start = c(2007, 1), end = c(2020, 12)), "quasipoisson", fourier = 2, step = "2014-06")
  expect_identical(names(coef(m)), cli$term)
  expect_equal(unname(coef(m)), cli$estimate, tolerance = 1e-14)
  expect_equal(unname(sqrt(diag(vcov(m)))), cli$std_error, tolerance = 1e-14)
})

test_that("change-point search equals the CLI's", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  p <- cli_paths()
  cli <- run_cli(p, c("breaks", "--metric", "events_all", "--from", "2007-01", "--to", "2020-12",
                      "--fourier", "2", "--boot", "49"))
  x <- ct_read_csv(p$data, output = "ts")[, "events_all"]
  b <- ct_breaks(window(x, start = c(2007, 1), end = c(2020, 12)), fourier = 2, n_boot = 49)
  expect_identical(b$month, cli$break_month)
  expect_equal(b$lr, cli$lr, tolerance = 1e-14)
  expect_equal(b$p_value, cli$p_value, tolerance = 1e-14)
})

test_that("collapsing sums the parts and keeps gaps", {
  has_module(ct_read_csv(text = "month,attacks\n2022-01,1"))
  f <- ct_read_csv(text = c("month,group,region,metric,value", "2022-01,TTP,KP,attacks,10",
                            "2022-01,TTP,BL,attacks,5", "2022-02,TTP,KP,attacks,7"), output = "frame")
  expect_equal(as.numeric(ct_frame_series(ct_frame_collapse(f, "group"), "TTP/attacks")), c(15, NA))
  expect_equal(as.numeric(ct_frame_series(ct_frame_collapse(f, "group", skip_missing = TRUE), "TTP/attacks")), c(15, 7))
})

test_that("a backtest equals the CLI's table", {
  has_module(ct_baseline_forecast(1:13, "last", h = 1))
  p <- cli_paths()
  cli <- run_cli(p, c("backtest", "--metric", "events_all", "--from", "2007-01", "--to", "2020-12",
                      "--initial", "120", "--horizon", "3", "--fourier", "2"))
  x <- ct_read_csv(p$data, output = "ts")[, "events_all"]
  b <- ct_backtest(window(x, start = c(2007, 1), end = c(2020, 12)), 120, 3, seed = 20240101,
                   baselines = list("zero", "last", c("mean", 6), "seasonal", "conflictology"),
                   models = list(poisson = list(family = "poisson", fourier = 2)))
  expect_identical(b$model, cli$model)
  expect_equal(b$CRPS, cli$CRPS, tolerance = 1e-14)
  expect_equal(b$COV90, cli$COV90, tolerance = 1e-14)
})

test_that("claim verdicts and figures equal `ctrend check`", {
  has_module(ct_check_claims(text = "[a]\nclaim = value A/b in 2022-01 = 1",
                             data = ct_frame(list("A/b" = 1), start = "2022-01")))
  p <- cli_paths()
  root <- dirname(dirname(p$data))
  claims <- file.path(root, "datasets", "claims", "seed_004.claims")
  data <- file.path(root, "datasets", c("ttp_2022.csv", "ttp_2022_breakdowns.csv", "is_pakistan_2022.csv"))
  if (!file.exists(claims) || !all(file.exists(data))) skip("claims datasets not in this tree")
  out <- suppressWarnings(system2(p$cli, c("check", shQuote(claims), "--data", shQuote(data), "--format", "csv"),
                                  stdout = TRUE))
  cli <- utils::read.csv(text = out, stringsAsFactors = FALSE, na.strings = c("", "NA"))
  r <- ct_check_claims(claims, data)
  expect_identical(r$id, cli$id)
  expect_identical(r$verdict, cli$verdict)
  expect_equal(r$computed, cli$computed, tolerance = 1e-14)
  expect_equal(r$ratio, cli$rate_ratio, tolerance = 1e-14)
  expect_equal(r$p_value, cli$p_change, tolerance = 1e-14)
})
