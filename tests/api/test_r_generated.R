# SPDX-License-Identifier: GPL-3.0-or-later
# test_r_generated.R — the generated R layer (bindings/R/ctrend/R/api_generated.R +
# src/api_generated.c) on its own, loaded from a stand-alone shared object.
#   Rscript test_r_generated.R SHARED_OBJECT API_GENERATED_R
# References: R itself (stats::filter, poisson.test) or hand arithmetic in the comments.
args <- commandArgs(trailingOnly = TRUE)
dyn.load(args[[1L]])
env <- new.env()
sys.source(args[[2L]], envir = env)
env$ct_api_dll_ <- function() "ctrend_api_test"
fails <- 0L
check <- function(ok, what) {
  if (!isTRUE(ok)) { cat("FAIL:", what, "\n"); fails <<- fails + 1L } else cat("ok:", what, "\n")
}
near <- function(a, b, tol = 1e-12) isTRUE(all.equal(a, b, tolerance = tol))
with(env, {
  # enums and constants equal the library's own name getters
  st <- ct_api_enums$ctrend_status
  check(all(vapply(st, function(v) ct_api_status_name(v), "") == names(st)), "status names")
  check(ct_api_status_count() == length(st), "status count")
  check(ct_api_change_reason_count() == length(ct_api_enums$ctrend_undef_reason),
        "reason count (includes CTREND_UNDEF_OVERFLOW = 5)")
  # rolling mean of 42 22 39 54 over 2 months: NaN 32 30.5 46.5 (hand arithmetic), = stats::filter
  x <- c(42, 22, 39, 54)
  got <- ct_api_rolling_mean(x, 2, 0L, 0)
  check(near(got[-1], as.numeric(stats::filter(x, c(.5, .5), sides = 1))[-1]) && is.nan(got[1]),
        "rolling mean = stats::filter")
  # change: (22-42)/42 = -47.619..%; reasons NO_HISTORY then DEFINED
  ch <- ct_api_change_pct(x, 1)
  check(near(ch$out[2], 100 * (22 - 42) / 42) && identical(ch$reason, c(1L, 0L, 0L, 0L)), "pct change")
  # size query convention: aggregate into quarters, 2022-01..2022-04 -> Q1 = 103, Q2 missing
  m <- ct_api_month_parse("2022-01")
  check(m == 2022 * 12, "month parse")
  ag <- ct_api_aggregate_periods(x, m, 3, 0L)
  check(length(ag$out) == 2L && near(ag$out[1], 103) && is.nan(ag$out[2]), "aggregate (out, cap, *needed)")
  check(ct_api_month_format(m + 13) == "2023-02", "month format (STRBUF)")
  # exact test = R's poisson.test(c(22, 42)) two-sided
  ref <- poisson.test(c(22, 42))
  rr <- ct_api_exact_rate_ratio(22, 1, 42, 1, c(null_value = 1, alternative = 0L, level = 0.95))
  check(near(rr[["estimate"]], unname(ref$estimate), 1e-13) &&
        near(rr[["p_value"]], ref$p.value, 1e-10) &&
        near(unname(rr[c("lower", "upper")]), as.numeric(ref$conf.int), 1e-10),
        "rate ratio = poisson.test (RECORD_IN / RECORD_OUT)")
  check(identical(ct_api_exact_rate_ratio(22, 1, 42, 1, NULL), rr), "NULL test = R's defaults")
  # a record's fields are checked from the definition: each error names the field
  e <- tryCatch(ct_api_exact_rate_ratio(22, 1, 42, 1, list(null_value = 1, alternative = 0L,
                                                           level = 95)), error = conditionMessage)
  check(grepl("'level'", e), "record field range checked")
  e <- tryCatch(ct_api_exact_rate_ratio(22, 1, 42, 1, c(null_value = 1, level = 0.9)),
                error = conditionMessage)
  check(grepl("needs field 'alternative'", e), "missing record field named")
  e <- tryCatch(ct_api_exact_rate_ratio(22, 1, 42, 1, c(null_value = 1, alternative = 0,
                                                        level = 0.9, ratio = 2)),
                error = conditionMessage)
  check(grepl("no field 'ratio'", e), "unknown record field named")
  # handles: frame, find, values (CAP_OUT with a size from a getter), borrowed strings
  f <- ct_api_frame_new()
  i <- ct_api_frame_add_series(f, "TTP", NULL, "attacks")
  for (k in 0:3) ct_api_frame_set(f, i, m + k, x[k + 1L])
  check(identical(ct_api_frame_values(f, i), x) && ct_api_frame_metric(f, i) == "attacks", "frame")
  e <- tryCatch(ct_api_frame_set(f, i, m, 1), error = function(e) e)
  check(inherits(e, "ctrend_eduplicate") && e$status == 10L, "status -> ctrend_<code> condition")
  ct_api_frame_free(f)
  e <- tryCatch(ct_api_frame_n_series(f), error = function(e) conditionMessage(e))
  check(grepl("freed", e), "a freed handle is refused")
  # argument checks from the definition, before C: no wrap of -1 or 2^64 into size_t
  for (bad in list(-1, 2^64, 2.5, NA, "2", c(1, 2)))
    check(inherits(tryCatch(ct_api_rolling_mean(x, bad, 0L, 0), error = identity), "error"),
          paste("window", format(bad), "refused"))
  e <- tryCatch(ct_api_rolling_mean(x, 0, 0L, 0), error = conditionMessage)
  check(grepl("window", e) && grepl("\\[1, ", e), "error names the argument and its range")
  check(inherits(tryCatch(ct_api_rolling_mean(x, 2, 7L, 0), error = identity), "error"), "enum checked")
  check(inherits(tryCatch(ct_api_aggregate_periods(x, m, 5, 0L), error = identity), "error"), "ONEOF checked")
  check(inherits(tryCatch(ct_api_forecast_interval(NULL, 0L, 0.8), error = identity), "error"),
        "NULL handle refused")
  check(inherits(tryCatch(ct_api_exact_poisson_ci(3, 1, 1.5), error = identity), "error"), "level in (0, 1)")
  # a parse error comes back with the error record's message (no handle on error)
  e <- tryCatch(ct_api_claims_parse("[a]\nclaim = nonsense here\n", "x.claims"), error = identity)
  check(inherits(e, "ctrend_eparse") && grepl("x.claims:2", e$message), "claims parse error message")
  # the distributions module equals R where 0.1's forecast intervals did not (reliability
  # issue: plugin95 lower limits 1558 .. 60713 off at mu = 1e8 .. 4e9)
  for (mu in c(1e8, 5e8, 4e9)) for (p in c(0.025, 0.975))
    check(ct_api_dist_qpois(p, mu, 1L, 0L) == qpois(p, mu), sprintf("qpois(%g, %g) = R", p, mu))
  check(near(ct_api_dist_pnbinom_mu(3, 2.5, 7.5, 1L, 0L), pnbinom(3, 2.5, mu = 7.5), 1e-13),
        "pnbinom = R")
  # the one error record: filled by the helper, read back, formatted compiler-style
  r <- ct_api_error_set(4L, "claims.txt", 12, 31, "ttp-feb", "expected a month")
  check(r$value == 4L && r$err$line == 12 && r$err$key == "ttp-feb", "ctrend_error_set")
  check(ct_api_error_format(r$err) == "claims.txt:12:31: [ttp-feb] expected a month",
        "ctrend_error_format (STRBUF with a size query)")
})
cat(sprintf("%d failures\n", fails))
quit(status = if (fails) 1L else 0L)
