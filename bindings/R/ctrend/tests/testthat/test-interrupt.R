# test-interrupt.R — Ctrl-C during long calls (issue 18 item 4): an R interrupt condition
# within 1 s, the C work cancelled and everything freed (ctr_long_run's R_UnwindProtect
# clean-up in src/models.c). Each case runs in a child Rscript (an interrupt here would stop
# testthat): the child starts seconds of work (300 negative-binomial batch fits, a forecast
# with 36 x 10^6 simulations, a break search with 6 000 bootstrap series, a backtest with
# 20 000 draws per forecast), a background shell sends it SIGINT after 0.5 s (kill -INT, as
# tools::pskill(pid, tools::SIGINT) would), and the child prints the latency from the signal
# (0.5 s after it was scheduled) to the interrupt condition, then runs a small call of the
# same kind to show the package still works.

test_that("ct_batch_fit keeps each series' message", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  f <- ct_frame(list("a/r/m" = rep(c(1, 2, 3, 4), 6), "b/r/m" = rep(0, 24)), start = "2020-01")
  b <- ct_batch_fit(f, "2020-01", 24, progress = FALSE)
  expect_identical(b$status, c("CTREND_OK", "CTREND_EALLZERO"))
  expect_identical(b$message[1], "")
  expect_match(b$message[2], "zero")
})

# The long single-series calls (ct_forecast with simulations, ct_breaks with a bootstrap,
# ct_backtest of a model): the C call runs on a worker thread polled from R's thread
# (src/models.c, ctr_long_run); the interrupt sets the model options' cancel flag
# (ctrend_model_opts_cancel), which the C code polls per candidate fit / 64 simulations /
# origin. Each case: seconds of work, SIGINT after 0.5 s, the interrupt condition within 1 s,
# and the same call, small, still works afterwards.
# The series of the single-series cases: 120 months around exp(2.6 + 0.004 t), +40% from t = 70.
series_setup <- c(
  "tt <- 0:119",
  "y <- floor(exp(2.6 + 0.004 * tt) * ifelse(tt >= 70, 1.4, 1) * (0.75 + 0.5 * ((tt * 37) %% 101) / 101))")

long_call_interrupt <- function(call, after, setup = series_setup) {
  child <- tempfile(fileext = ".R")
  on.exit(unlink(child), add = TRUE)
  writeLines(c(
    "library(ctrend)",
    setup,
    "# a detached subshell sends the signal (system(wait = FALSE) would run the sleep itself)",
    "system(sprintf('(sleep 0.5; kill -INT %d) >/dev/null 2>&1 &', Sys.getpid()))",
    "t0 <- Sys.time(); t_sig <- t0 + 0.5",
    sprintf("res <- tryCatch({ %s; 'finished' }, interrupt = function(e) 'interrupt')", call),
    "lat <- as.numeric(difftime(Sys.time(), t_sig, units = 'secs'))",
    "cat(res, format(lat, digits = 3), format(as.numeric(difftime(Sys.time(), t0, units = 'secs'))), '\\n')",
    sprintf("ok <- tryCatch({ %s; 'ok' }, error = function(e) conditionMessage(e))", after),
    "cat('after', ok, '\\n')"
  ), child)
  out <- suppressWarnings(system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", shQuote(child)),
                                  stdout = TRUE, stderr = TRUE, timeout = 120))
  line <- grep("^(interrupt|finished) ", out, value = TRUE)
  expect_length(line, 1L)
  parts <- strsplit(trimws(line), " +")[[1]]
  if (parts[1] == "finished" && as.numeric(parts[3]) < 0.6) skip("finished before the signal")
  expect_identical(parts[1], "interrupt")
  expect_lt(as.numeric(parts[2]), 1.0)
  expect_true(any(grepl("^after ok", out)), info = paste(out, collapse = "\n"))
}

test_that("SIGINT interrupts ct_batch_fit within a second and frees the batch", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  # 300 negative-binomial fits: seconds of work on one thread; afterwards the package still
  # works (the handle was freed, no thread left)
  long_call_interrupt(
    "ct_batch_fit(f, '2000-01', 240, family = 'negbin', fourier = 2, n_threads = 1, progress = FALSE)",
    "stopifnot(identical(ct_batch_fit(f, '2000-01', 24, series = 1:2, n_threads = 1, progress = FALSE)$status, c('CTREND_OK', 'CTREND_OK')))",
    setup = c("n <- 300",
              "x <- lapply(seq_len(n), function(i) as.numeric(5 + (7 * i + 3 * (0:239)) %% 11))",
              "f <- ct_frame(stats::setNames(x, paste0('g', seq_len(n), '/r/m')), start = '2000-01')"))
})

test_that("SIGINT interrupts ct_forecast's simulations within a second", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  long_call_interrupt(
    "ct_forecast(ct_fit(y, family = 'negbin', start = '2012-01'), h = 36, n_sims = 1e6)",
    "ct_forecast(ct_fit(y, start = '2012-01'), h = 3, n_sims = 100)")
})

test_that("SIGINT interrupts ct_breaks' bootstrap within a second", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  # 6 001 profiles x 97 candidates: seconds also on the lane path (1 501 took 0.7 s there)
  long_call_interrupt("ct_breaks(y, start = '2012-01', min_segment = 12, n_boot = 6000)",
                      "ct_breaks(y, start = '2012-01', min_segment = 12, n_boot = 9)")
})

test_that("SIGINT interrupts ct_backtest's model origins within a second", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  long_call_interrupt(
    "ct_backtest(y, initial = 36, h = 3, n_samples = 20000, baselines = list(), models = list(p = list(family = 'poisson')), start = '2012-01')",
    "ct_backtest(y, initial = 36, h = 3, n_samples = 100, baselines = list(), models = list(p = list(family = 'poisson')), start = '2012-01')")
})

test_that("SIGINT interrupts ct_backtest's baselines within a second", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  # 82 origins x 3 months x 200 000 Poisson draws of the last-value baseline: seconds
  # (ctrend_backtest_add_baseline_v2 on the worker thread)
  long_call_interrupt(
    "ct_backtest(y, initial = 36, h = 3, n_samples = 200000, baselines = list('last'), start = '2012-01')",
    "ct_backtest(y, initial = 36, h = 3, n_samples = 100, baselines = list('last'), start = '2012-01')")
})
