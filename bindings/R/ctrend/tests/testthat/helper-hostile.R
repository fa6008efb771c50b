# helper-hostile.R — shared by test-hostile.R (the fixed-case sweep: every argument of every
# exported function replaced in turn by one hostile value) and fuzz-args.R (the random fuzzer:
# one to three arguments replaced by values drawn for their kind). testthat sources this file
# before the tests; fuzz-args.R sources it when run as a script.

hostile_values <- c("-1", "0", "2^61", "2^63", "2^64 + 2", "NaN", "Inf", "NULL", "NA", "numeric(0)",
                    "\"a\"", "factor(c(\"3\", \"1\"))", "1+2i", "list(1)", "c(1, 2, 3, 4, 5, 6, 7)")

# A valid call of each exported function (argument = R text); hostile values replace one at a time.
hostile_baselines <- list(
  ct_strerror = list(status = "1"), ct_status_name = list(status = "1"),
  ct_month = list(x = "\"2022-01\""), ct_month_str = list(m = "24264"), ct_month_days = list(m = "\"2024-02\""),
  ct_frame = list(x = "list(a = c(1, 2, 3))", start = "\"2022-01\""),
  ct_frame_series = list(f = "F", key = "1"), ct_frame_keys = list(f = "F"),
  ct_frame_collapse = list(f = "F", by = "\"group\"", skip_missing = "FALSE"),
  ct_read_csv = list(text = "c(\"month,a\", \"2022-01,1\")", shape = "\"auto\"", duplicates = "\"error\"",
                     require_counts = "TRUE", start = "\"2022-01\"", end = "\"2022-12\"", output = "\"frame\""),
  ct_rolling_mean = list(x = "c(1, 2, 3, 4)", k = "2", align = "\"right\"", min_periods = "0"),
  ct_rolling_sum = list(x = "c(1, 2, 3, 4)", k = "2", align = "\"right\"", min_periods = "0"),
  ct_cumsum = list(x = "c(1, 2, 3, 4)"),
  ct_pct_change = list(x = "c(1, 2, 3, 4)", lag = "1"), ct_pct_change_vs_mean = list(x = "c(1, 2, 3, 4)", k = "2"),
  ct_diff = list(x = "c(1, 2, 3, 4)", lag = "1"), ct_ratio = list(x = "c(1, 2, 3, 4)", lag = "1"),
  ct_share = list(part = "c(1, 2)", total = "c(4, 5)"),
  ct_per_day = list(x = "c(31, 28)", start = "\"2022-01\""),
  ct_aggregate = list(x = "c(1, 2, 3, 4, 5, 6)", period_months = "3", start = "\"2022-01\"", allow_missing = "FALSE"),
  ct_fit = list(y = "Y24", family = "\"poisson\"", start = "\"2020-01\"", trend = "TRUE", fourier = "1",
                month_dummies = "FALSE", step = "\"2021-01\"", slope = "NULL", covariates = "data.frame(e = sin(1:24))",
                offset = "rep(0, 24)", offset_days = "FALSE", intercept = "TRUE", epsilon = "1e-8",
                maxit = "25", level = "0.95"),
  ct_glm = list(formula = "n ~ trend() + e", data = "D", family = "\"poisson\"", epsilon = "1e-8", maxit = "25", level = "0.95"),
  ct_scalar = list(object = "M", which = "\"aic\""),
  ct_forecast = list(object = "M", h = "3", level = "0.95", n_sims = "10", seed = "1"),
  forecast = list(object = "M", h = "3", level = "0.95", n_sims = "10", seed = "1", newdata = "NULL"),
  ct_breaks = list(y = "Y24", family = "\"poisson\"", start = "\"2020-01\"", kind = "\"level\"", min_segment = "6",
                   n_boot = "3", seed = "1", fourier = "0"),
  ct_backtest = list(y = "Y24", initial = "12", h = "3", step = "1", n_samples = "10", seed = "1", window = "0",
                     rank_by = "\"CRPS\""),
  ct_baseline_forecast = list(x = "Y24", kind = "\"last\"", h = "3", k = "3", n_samples = "5", seed = "1"),
  ct_batch_fit = list(f = "F24", start = "\"2020-01\"", n_months = "24", family = "\"poisson\"", n_threads = "1",
                      scalars = "\"aic\"", fourier = "1"),
  ct_poisson_test = list(x = "c(10, 20)", T = "1", r = "1", alternative = "\"two.sided\"", conf.level = "0.95"),
  ct_poisson_ci = list(x = "10", T = "1", conf.level = "0.95", midp = "FALSE"),
  ct_vs_previous = list(x = "c(5, 6, 7, 8)", i = "4", k = "2", ratio = "1", alternative = "\"less\"", conf.level = "0.95"),
  ct_period_ratio = list(a = "c(1, 2)", b = "c(3, 4)", ratio = "1", alternative = "\"greater\"", conf.level = "0.95"),
  ct_mae = list(y = "c(1, 2)", pred = "c(1, 3)"), ct_rmse = list(y = "c(1, 2)", pred = "c(1, 3)"),
  ct_msle = list(y = "c(1, 2)", pred = "c(1, 3)"),
  ct_crps_poisson = list(y = "c(1, 2)", mu = "c(1, 2)"),
  ct_crps_nbinom = list(y = "c(1, 2)", mu = "c(1, 2)", theta = "2", tol = "0"),
  ct_ignorance_poisson = list(y = "c(1, 2)", mu = "c(1, 2)", floor = "0"),
  ct_ignorance_nbinom = list(y = "c(1, 2)", mu = "c(1, 2)", theta = "2", floor = "0"),
  ct_crps_sample = list(y = "c(1, 2)", samples = "matrix(1:6, 2)", fair = "FALSE"),
  ct_ignorance_sample = list(y = "c(1, 2)", samples = "matrix(1:6, 2)", alpha = "-1"),
  ct_interval_score = list(y = "c(1, 2)", lower = "c(0, 0)", upper = "c(3, 3)", level = "0.9"),
  ct_coverage = list(y = "c(1, 2)", lower = "c(0, 0)", upper = "c(3, 3)"),
  ct_check_claims = list(claims = "NULL", data = "F", text = "CL"),
  ct_explain = list(results = "R", id = "\"a\""),
  predict = list(object = "M", newdata = "c(\"2021-01\", \"2021-02\")", type = "\"response\"", se.fit = "TRUE"),
  residuals = list(object = "M", type = "\"pearson\""),
  confint = list(object = "M", parm = "\"trend\"", level = "0.9"),
  plot = list(x = "M", h = "3", level = "0.9"),
  anova = list(object = "M", "M2")
)

stats_generics <- c("predict", "residuals", "confint", "plot", "anova")

hostile_cases <- function() {
  out <- list()
  for (fn in names(hostile_baselines)) {
    b <- hostile_baselines[[fn]]
    call_text <- function(args) {
      nm <- names(args)
      paste0(fn, "(", paste(ifelse(nzchar(nm), paste0("`", nm, "` = ", args), args), collapse = ", "), ")")
    }
    out[[length(out) + 1L]] <- list(fn = fn, arg = "", value = "(baseline)", text = call_text(b))
    # the model argument of stats generics dispatches elsewhere unless it is a ctrend model
    vary <- setdiff(names(b)[nzchar(names(b))], if (fn %in% stats_generics) c("object", "x"))
    for (a in vary) for (v in hostile_values) {
      args <- b
      args[[a]] <- v
      out[[length(out) + 1L]] <- list(fn = fn, arg = a, value = v, text = call_text(args))
    }
  }
  out
}

run_worker <- function(texts, first, timeout, worker = hostile_file("hostile-worker.R")) {
  rds <- tempfile(fileext = ".rds"); log <- tempfile(fileext = ".log")
  saveRDS(texts, rds)
  file.create(log)
  st <- suppressWarnings(system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", shQuote(worker), shQuote(rds), shQuote(log), first),
                                 stdout = FALSE, stderr = FALSE, timeout = timeout,
                                 env = paste0("R_LIBS=", shQuote(paste(.libPaths(), collapse = .Platform$path.sep)))))
  list(status = st, lines = readLines(log, warn = FALSE))
}


# a file next to this one (test_path() inside testthat, this file's folder in a script)
hostile_file <- function(name) {
  if (exists("hostile_dir", envir = globalenv())) return(file.path(get("hostile_dir", envir = globalenv()), name))
  normalizePath(testthat::test_path(name))
}

# Runs case texts in batches of child Rscripts (hostile-worker.R); returns per case
# c(kind, class, message), kind "ok" / "error" / "crash" / "hang". A batch that dies or times
# out pins the failure on its running case, re-run alone under alone_timeout to confirm.
run_hostile <- function(texts, batch = 60L, alone_timeout = 10) {
  res <- rep(list(NULL), length(texts))
  for (lo in seq(1L, length(texts), by = batch)) {
    idx <- lo:min(length(texts), lo + batch - 1L)
    first <- 1L
    while (first <= length(idx)) {
      w <- run_worker(texts[idx], first, timeout = 30 + length(idx))
      for (ln in w$lines) {
        p <- strsplit(ln, "\t", fixed = TRUE)[[1L]]
        if (length(p) >= 2L && p[2L] != "START") res[[idx[as.integer(p[1L])]]] <- p[-1L]
      }
      if (any(w$lines == "DONE")) break
      started <- grep("\tSTART$", w$lines, value = TRUE)
      last <- if (length(started)) as.integer(sub("\tSTART$", "", started[length(started)])) else first
      # re-run the case alone (its own process, alone_timeout s) to tell a crash or hang from a slow batch
      alone <- run_worker(texts[idx[last]], 1L, timeout = alone_timeout)
      ends <- grep("^1\t(ok|error)", alone$lines, value = TRUE)
      res[[idx[last]]] <- if (length(ends)) strsplit(ends, "\t", fixed = TRUE)[[1L]][-1L] else
        c(if (identical(alone$status, 124L)) "hang" else "crash", paste("exit status", alone$status), "")
      first <- last + 1L
    }
  }
  res
}

# the formals a message may name for function f: its baseline's and its own (methods too)
formals_of <- function(f) {
  ns <- asNamespace("ctrend")
  g <- if (exists(paste0(f, ".ctrend_model"), ns)) get(paste0(f, ".ctrend_model"), ns) else get(f, ns)
  union(names(hostile_baselines[[f]]), names(formals(g)))
}

# the argument an argument error names ("ctrend: argument 'k' ...")
said_arg <- function(msg) sub("^index[(]", "", sub("^ctrend: argument '([^'$)]+).*$", "\\1", msg))

# the ctrend condition classes: an argument error, or one per library status
ctrend_classes <- function() c("ctrend_argument_error", sub("^CTREND_", "ctrend_", tolower(names(ct_status_codes()))))
