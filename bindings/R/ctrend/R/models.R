# models.R — count regression models (Poisson, quasi-Poisson, NB2, Gaussian): the keyword
# interface ct_fit(), the design specification shared with ct_breaks/ct_backtest/ct_batch_fit,
# and forecasts. The formula interface (ct_glm) is in formula.R, the glm-like methods in
# methods.R. Enum values come from constants.R.

ct_named_months_ <- function(x, kind) {
  if (is.null(x)) return(list(months = integer(), names = character()))
  m <- ct_chk_months_(x, kind)
  nm <- if (!is.null(names(x)) && all(nzchar(names(x)))) names(x) else
    ifelse(seq_along(m) == 1L, kind, paste0(kind, seq_along(m)))
  if (anyDuplicated(nm)) ct_arg_error_(kind, "months with distinct names", x)
  list(months = as.integer(m), names = as.character(nm))
}

# Covariate columns: a data.frame, a matrix with column names, or a named list of numeric
# vectors, each of length n (NA = missing row; +-Inf refused).
ct_covariates_ <- function(x, arg, n = NULL) {
  if (is.null(x)) return(NULL)
  cols <- if (is.data.frame(x) || is.list(x)) as.list(x) else if (is.matrix(x))
    lapply(seq_len(ncol(x)), function(j) x[, j]) else
    ct_arg_error_(arg, "a data.frame, a named matrix or a named list of numeric columns", x)
  nm <- if (is.matrix(x)) colnames(x) else names(x)
  if (length(cols) == 0L || is.null(nm) || any(!nzchar(nm)) || anyNA(nm) || anyDuplicated(nm))
    ct_arg_error_(arg, "named numeric columns (distinct, non-empty names)", x)
  out <- lapply(seq_along(cols), function(j) {
    a <- paste0(arg, "$", nm[j])
    v <- ct_chk_values_(cols[[j]], a, len = n, min_len = 1L)
    if (any(is.infinite(v))) ct_arg_error_(a, "finite values or NA", cols[[j]])
    v
  })
  stats::setNames(out, nm)
}

ct_offset_arg_ <- function(x, arg, n = NULL) {
  if (is.null(x)) return(NULL)
  v <- ct_chk_values_(x, arg, len = n)
  if (any(is.infinite(v))) ct_arg_error_(arg, "a log exposure: finite values or NA (log(0) is -Inf)", x)
  v
}

ct_design_spec_ <- function(trend, fourier, month_dummies, step, slope, covariates,
                            future_covariates, offset, future_offset, offset_days, intercept,
                            n = NULL) {
  ct_chk_flag_(trend, "trend"); ct_chk_flag_(month_dummies, "month_dummies")
  ct_chk_flag_(offset_days, "offset_days"); ct_chk_flag_(intercept, "intercept")
  fourier <- ct_chk_whole_(fourier, "fourier", 0, ct_limits_$fourier)
  steps <- ct_named_months_(step, "step")
  slopes <- ct_named_months_(slope, "slope")
  cov <- ct_covariates_(covariates, "covariates", n)
  fut <- ct_covariates_(future_covariates, "future_covariates")
  if (!is.null(fut) && !all(names(fut) %in% names(cov)))
    ct_arg_error_("future_covariates", "columns named as in covariates", future_covariates)
  if (!is.null(fut) && any(vapply(fut, anyNA, TRUE)))
    ct_arg_error_("future_covariates", "values without NA", future_covariates)
  fo <- ct_offset_arg_(future_offset, "future_offset")
  if (!is.null(fo) && anyNA(fo)) ct_arg_error_("future_offset", "values without NA", future_offset)
  list(intercept = intercept, trend = trend, fourier = as.integer(fourier),
       month_dummies = month_dummies, steps = steps$months,
       step_names = steps$names, slopes = slopes$months, slope_names = slopes$names,
       covariates = cov, future_covariates = fut,
       offset = ct_offset_arg_(offset, "offset", n), future_offset = fo,
       offset_days = offset_days)
}

# Model options (epsilon, maxit, level and the named extras of ct_model_options_).
ct_model_opts_ <- function(epsilon, maxit, level, extra) {
  opts <- list(epsilon = ct_chk_real_(epsilon, "epsilon", 0, 1, c(TRUE, FALSE)),
               maxit = ct_chk_whole_(maxit, "maxit", 1, ct_limits_$maxit),
               level = ct_chk_level_(level))
  if (length(extra)) {
    nm <- names(extra)
    if (is.null(nm) || any(!nzchar(nm)))
      ct_arg_error_("...", sprintf("named model options (%s)", paste(names(ct_model_options_), collapse = ", ")), extra)
    for (k in nm) {
      if (!k %in% names(ct_model_options_))
        ct_arg_error_(k, sprintf("a model option (%s)", paste(names(ct_model_options_), collapse = ", ")), extra[[k]],
                      "unknown option")
      v <- extra[[k]]
      opts[[k]] <- if (k == "halve_on_rise") {
        if (is.numeric(v) && length(v) == 1L && !is.na(v) && v %in% c(0, 1)) as.numeric(v) else
          as.numeric(ct_chk_flag_(v, k))
      } else ct_chk_real_(v, k, 0, Inf, c(TRUE, TRUE))
    }
  }
  opts
}

ct_first_name_ <- function(l) {
  nm <- names(l)
  if (is.null(nm) || !nzchar(nm[1L])) "..." else nm[1L]
}

ct_fit_core_ <- function(s, family, spec, opts, call, formula = NULL, terms = NULL) {
  y <- s$y
  ptr <- .Call(C_model_fit, y, s$start, ct_families_[[family]], spec,
               unname(ct_model_options_[names(opts)]), as.numeric(unlist(opts)))
  s$values <- NULL
  m <- structure(list(ptr = ptr, call = call, family = family, start = s$start,
                      names = .Call(C_model_names, ptr), n = length(y), level = opts$level,
                      y = y, series = s, spec = spec, opts = opts, formula = formula,
                      terms = terms),
                 class = "ctrend_model")
  if (is.null(formula)) m$formula <- ct_spec_formula_(spec)
  m
}

# The formula of a keyword fit, in ct_glm's terms (y is the response).
ct_spec_formula_ <- function(spec) {
  q <- function(m) sprintf("\"%s\"", ct_month_str(m))
  terms <- c(if (spec$trend) "trend()", if (spec$fourier > 0) sprintf("fourier(%d)", spec$fourier),
             if (spec$month_dummies) "month_dummies()",
             if (length(spec$steps)) sprintf("step(%s, \"%s\")", q(spec$steps), spec$step_names),
             if (length(spec$slopes)) sprintf("slope(%s, \"%s\")", q(spec$slopes), spec$slope_names),
             if (!is.null(spec$covariates)) sprintf("`%s`", names(spec$covariates)),
             if (!is.null(spec$offset)) "offset(offset)",
             if (spec$offset_days) "offset(log(days_in_month))",
             if (!spec$intercept) "0")
  stats::as.formula(paste("y ~", if (length(terms)) paste(terms, collapse = " + ") else "1"),
                    env = globalenv())
}

ct_fit <- function(y, family = c("poisson", "quasipoisson", "negbin", "gaussian"), start = NULL,
                   trend = TRUE, fourier = 0L, month_dummies = FALSE, step = NULL, slope = NULL,
                   covariates = NULL, future_covariates = NULL, offset = NULL,
                   future_offset = NULL, offset_days = FALSE, intercept = TRUE,
                   epsilon = 1e-8, maxit = 25L, level = 0.95, exposure = NULL, ...) {
  family <- ct_chk_choice_(family, "family", names(ct_families_))
  s <- ct_series1_in_(y, "y", start)
  if (!is.null(exposure)) {
    if (!is.null(offset)) ct_arg_error_("exposure", "NULL when offset (a log exposure) is given", exposure)
    offset <- ct_exposure_offset(exposure, s$start, length(s$y))
  }
  spec <- ct_design_spec_(trend, fourier, month_dummies, step, slope, covariates,
                          future_covariates, offset, future_offset, offset_days, intercept,
                          n = length(s$y))
  opts <- ct_model_opts_(epsilon, maxit, level, list(...))
  ct_fit_core_(s, family, spec, opts, match.call())
}

ct_model_vector_ <- function(object, which) .Call(C_model_vector, object$ptr, ct_model_vectors_[[which]])

ct_scalar <- function(object, which) {
  ct_chk_model_(object)
  if (!is.character(which) || length(which) == 0L || anyNA(which))
    ct_arg_error_("which", sprintf("names of model scalars (%s)", paste(names(ct_model_scalars_), collapse = ", ")), which)
  for (w in which) if (!w %in% names(ct_model_scalars_))
    ct_arg_error_("which", sprintf("names of model scalars (%s)", paste(names(ct_model_scalars_), collapse = ", ")), w)
  v <- vapply(which, function(w) .Call(C_model_scalar, object$ptr, ct_model_scalars_[[w]]), numeric(1))
  v[is.nan(v)] <- NA_real_
  v
}

# Rows first..first+rows-1 of the model's design: list(X with column names, offset).
ct_design_rows_ <- function(object, first, rows) {
  first <- ct_chk_whole_(first, "first", 0, ct_limits_$months)
  rows <- ct_chk_whole_(rows, "rows", 1, ct_limits_$months)
  r <- .Call(C_model_matrix, object$ptr, first, rows)
  colnames(r[[1L]]) <- object$names
  rownames(r[[1L]]) <- ct_month_str(object$start + first + seq_len(rows) - 1L)
  r
}

# Largest Poisson/NB mean the simulations accept (GSL's samplers take unsigned int and loop
# for means above ~4.9e9; issue 18 #6): the R edge refuses before the C call.
ct_sim_mean_max_ <- 1e9

ct_forecast <- function(object, h = 12L, level = 0.95, n_sims = 0L, seed = 20240101) {
  ct_chk_model_(object)
  h <- ct_chk_whole_(h, "h", 1, ct_limits_$months)
  level <- ct_chk_level_(level)
  n_sims <- ct_chk_whole_(n_sims, "n_sims", 0, ct_limits_$samples)
  if (h * n_sims > ct_limits_$draws_total)
    ct_arg_error_("n_sims", sprintf("at most %g / h = %g draws per month (h = %g)", ct_limits_$draws_total,
                                    floor(ct_limits_$draws_total / h), h), n_sims)
  seed <- ct_chk_seed_(seed)
  if (object$start + object$n + h - 1 > ct_month_max_())
    ct_arg_error_("h", sprintf("at most %d months (the calendar ends in 9999-12)", ct_month_max_() - object$start - object$n + 1L), h)
  if (n_sims > 0 && object$family != "gaussian") {
    # The simulations draw the coefficients from N(beta, V) and then counts at exp(eta*):
    # bound eta* by eta + 7 se(eta) (a draw beyond it has probability < 1.3e-12) so that no
    # simulated mean exceeds what the samplers accept (issue 18 #6: a 2-observation series
    # has a huge V and the C sampler never returns).
    d <- ct_design_rows_(object, object$n, h)
    X <- d[[1L]]
    eta <- drop(X %*% coef(object)) + d[[2L]]
    se <- sqrt(pmax(rowSums((X %*% vcov(object)) * X), 0))
    top <- max(eta + 7 * se)
    if (!is.finite(top) || top > log(ct_sim_mean_max_))
      ct_arg_error_("n_sims", sprintf(paste("0 for this model: simulated forecast means could reach exp(%.4g) = %.3g",
                                            "(mean %.3g, se(log mean) %.3g), above the %g the count samplers accept;",
                                            "n_sims = 0 gives the mean and plug-in intervals"),
                                      top, exp(top), exp(max(eta)), max(se), ct_sim_mean_max_), n_sims)
  }
  r <- .Call(C_forecast, object$ptr, h, n_sims, seed, level)
  na <- function(v) { v[is.nan(v)] <- NA_real_; v }
  out <- data.frame(month = ct_month_str(r[[1]]), mean = na(r[[2]]), se_link = na(r[[3]]),
                    mean_lo = na(r[[4]]), mean_hi = na(r[[5]]), plugin_lo = na(r[[6]]),
                    plugin_hi = na(r[[7]]), stringsAsFactors = FALSE)
  if (n_sims > 0) { out$predictive_lo <- na(r[[8]]); out$predictive_hi <- na(r[[9]]) }
  attr(out, "level") <- level
  out
}

# forecast(m, h): the generic (as in the forecast package) and its method.
forecast <- function(object, ...) UseMethod("forecast")
forecast.default <- function(object, ...) ct_arg_error_("object", "a ctrend model (from ct_fit or ct_glm)", object)
# newdata: the future values of the model's covariates and offsets (a data.frame with a month
# column, a ts or a zoo series covering the h months after the fit); without it the library
# carries the last observed values forward (design.h). The model is refitted with them as its
# future values (the same estimates: the fit does not use them), then forecast.
forecast.ctrend_model <- function(object, h = 12L, level = 0.95, n_sims = 0L, seed = 20240101,
                                  newdata = NULL, ...) {
  extra <- list(...)
  if (length(extra)) ct_arg_error_(ct_first_name_(extra), "one of h, level, n_sims, seed, newdata", extra[[1L]],
                                   "unknown argument of forecast()")
  if (!is.null(newdata)) object <- ct_with_future_(object, ct_chk_whole_(h, "h", 1, ct_limits_$months), newdata)
  ct_forecast(object, h, level, n_sims, seed)
}

ct_with_future_ <- function(object, h, newdata) {
  covs <- names(object$spec$covariates)
  user_off <- if (is.null(object$terms)) !is.null(object$spec$offset) else length(object$terms$offsets) > 0L
  if (!length(covs) && !user_off)
    ct_arg_error_("newdata", "NULL for a model without covariates or a caller's offset (the calendar terms extend themselves)", newdata)
  nd <- ct_newdata_months_(newdata)
  want <- object$start + object$n + seq_len(h) - 1L
  if (!identical(as.integer(nd$months), as.integer(want)))
    ct_arg_error_("newdata", sprintf("the %d month(s) after the fit, %s..%s, in order", h, ct_month_str(want[1L]),
                                     ct_month_str(want[h])), newdata)
  p <- ct_predict_design_(object, newdata)
  spec <- object$spec
  if (length(covs)) {
    spec$future_covariates <- lapply(covs, function(nm) p$X[, nm])
    names(spec$future_covariates) <- covs
    if (any(vapply(spec$future_covariates, function(v) any(!is.finite(v)), TRUE)))
      ct_arg_error_("newdata", "finite future covariate values", newdata)
  }
  if (user_off) {
    fo <- p$offset - if (spec$offset_days) log(ct_month_days(want)) else 0
    if (any(!is.finite(fo))) ct_arg_error_("newdata", "finite future offsets", newdata)
    spec$future_offset <- fo
  }
  s <- object$series
  s$y <- object$y
  ct_fit_core_(s, object$family, spec, object$opts, object$call, object$formula, object$terms)
}

# ---- change point ----------------------------------------------------------------------
ct_breaks <- function(y, family = c("poisson", "quasipoisson", "negbin"), start = NULL,
                      kind = c("level", "level_slope"), min_segment = 12L, n_boot = 0L,
                      seed = 20240101, trend = TRUE, fourier = 0L, month_dummies = FALSE,
                      step = NULL, slope = NULL, covariates = NULL, offset = NULL,
                      offset_days = FALSE) {
  family <- ct_chk_choice_(family, "family", c("poisson", "quasipoisson", "negbin"))
  kind <- ct_chk_choice_(kind, "kind", names(ct_break_kinds_))
  s <- ct_series1_in_(y, "y", start)
  n <- length(s$y)
  min_segment <- ct_chk_whole_(min_segment, "min_segment", 1, max(1, floor(n / 2)))
  n_boot <- ct_chk_whole_(n_boot, "n_boot", 0, ct_limits_$n_boot)
  seed <- ct_chk_seed_(seed)
  spec <- ct_design_spec_(trend, fourier, month_dummies, step, slope, covariates, NULL, offset,
                          NULL, offset_days, TRUE, n = n)
  r <- .Call(C_breaks, s$y, s$start, ct_families_[[family]], spec, ct_break_kinds_[[kind]],
             min_segment, n_boot, seed)
  na <- function(v) { v[is.nan(v)] <- NA_real_; v }
  structure(list(month = ct_month_str(r[[1]]), lr = na(r[[2]][1]), p_value = na(r[[2]][2]),
                 loglik0 = na(r[[2]][3]), loglik1 = na(r[[2]][4]), n_candidates = as.integer(r[[2]][6]),
                 profile = ct_series_out_(na(r[[3]]), s), family = family, kind = kind,
                 n_boot = n_boot, min_segment = min_segment),
            class = "ctrend_breaks")
}

print.ctrend_breaks <- function(x, ...) {
  cat(sprintf("ctrend change point (%s, %s break; %d candidate months, segments >= %d)\n",
              x$family, x$kind, x$n_candidates, as.integer(x$min_segment)))
  cat(sprintf("Break month: %s\nLR statistic: %.6g\n", x$month, x$lr))
  cat(sprintf("Bootstrap p-value: %s\n", if (x$n_boot > 0)
    sprintf("%.4g (%d replicates)", x$p_value, as.integer(x$n_boot)) else "not computed (n_boot = 0)"))
  cat(sprintf("logLik: %.6g without, %.6g with the break\n", x$loglik0, x$loglik1))
  invisible(x)
}

# ---- exact tests ----------------------------------------------------------------------------
ct_alt_ <- function(alternative) {
  a <- ct_chk_choice_(alternative, "alternative", names(ct_alternatives_))
  list(name = a, code = ct_alternatives_[[a]])
}

ct_htest_ <- function(r, est_name, null, null_name, alt, level, method, dname) {
  r <- unname(r)
  structure(list(estimate = stats::setNames(r[1], est_name),
                 conf.int = structure(r[2:3], conf.level = level), p.value = r[4],
                 null.value = stats::setNames(null, null_name), alternative = alt,
                 method = method, data.name = dname),
            class = "htest")
}

ct_poisson_test <- function(x, T = 1, r = 1, alternative = c("two.sided", "less", "greater"),
                            conf.level = 0.95) {
  x <- ct_chk_counts_(x, "x", len = c(1L, 2L))
  T <- ct_chk_exposure_(T, "T", length(x))
  r <- ct_chk_real_(r, "r", 0, Inf, c(TRUE, TRUE))
  a <- ct_alt_(alternative)
  conf.level <- ct_chk_level_(conf.level, "conf.level")
  dname <- paste(deparse1(substitute(x)), "time base:", deparse1(substitute(T)))
  test <- c(null_value = r, alternative = a$code, level = conf.level)
  if (length(x) == 2L) {
    res <- ct_api_exact_rate_ratio(x[1], T[1], x[2], T[2], test)
    return(ct_htest_(res, "rate ratio", r, "rate ratio", a$name, conf.level,
                     "Comparison of Poisson rates (ctrend)", dname))
  }
  res <- ct_api_exact_poisson_test(x, T, test)
  ct_htest_(res, "event rate", r, "event rate", a$name, conf.level, "Exact Poisson test (ctrend)", dname)
}

ct_poisson_ci <- function(x, T = 1, conf.level = 0.95, midp = FALSE) {
  x <- ct_chk_counts_(x, "x", len = 1L)
  T <- ct_chk_exposure_(T, "T", 1L)
  conf.level <- ct_chk_level_(conf.level, "conf.level")
  ct_chk_flag_(midp, "midp")
  res <- if (midp) ct_api_exact_poisson_ci_midp(x, T, conf.level)
         else ct_api_exact_poisson_ci(x, T, conf.level)
  res[c("estimate", "lower", "upper")]
}

ct_exposure_opt_ <- function(e, arg, n) {
  if (is.null(e)) return(NULL)
  v <- ct_chk_values_(e, arg, len = n)
  if (any(!is.na(v) & (!is.finite(v) | v <= 0))) ct_arg_error_(arg, "positive finite exposures (or NA)", e)
  v
}

ct_vs_previous <- function(x, i, k, exposure = NULL, ratio = 1,
                           alternative = c("two.sided", "less", "greater"), conf.level = 0.95) {
  s <- ct_series1_in_(x, "x", need_start = FALSE, min_len = 2L)
  n <- length(s$y)
  if (!is.null(s$start) && (is.character(i) || is.factor(i) || inherits(i, c("Date", "yearmon")) ||
                            is.numeric(i) && length(i) == 1L && !is.na(i) && i > n && i > 9999)) {
    m <- ct_chk_month_(i, "i")
    if (m < s$start || m >= s$start + n)
      ct_arg_error_("i", sprintf("a month in %s..%s", ct_month_str(s$start), ct_month_str(s$start + n - 1L)), i)
    i <- m - s$start + 1
  }
  i <- ct_chk_whole_(i, "i", 2, n)
  k <- ct_chk_whole_(k, "k", 1, i - 1)
  e <- ct_exposure_opt_(exposure, "exposure", n)
  ratio <- ct_chk_real_(ratio, "ratio", 0, Inf, c(TRUE, TRUE))
  a <- ct_alt_(alternative)
  conf.level <- ct_chk_level_(conf.level, "conf.level")
  res <- ct_api_exact_vs_previous(s$y, e, i - 1, k,
                                  c(null_value = ratio, alternative = a$code, level = conf.level))
  ct_htest_(res, "rate ratio", ratio, "rate ratio", a$name, conf.level,
            sprintf("Month vs mean of the previous %d (ctrend)", as.integer(k)), deparse1(substitute(x)))
}

ct_period_ratio <- function(a, b, exposure_a = NULL, exposure_b = NULL, ratio = 1,
                            alternative = c("two.sided", "less", "greater"), conf.level = 0.95) {
  av <- ct_chk_values_(a, "a"); bv <- ct_chk_values_(b, "b")
  ea <- ct_exposure_opt_(exposure_a, "exposure_a", length(av))
  eb <- ct_exposure_opt_(exposure_b, "exposure_b", length(bv))
  ratio <- ct_chk_real_(ratio, "ratio", 0, Inf, c(TRUE, TRUE))
  al <- ct_alt_(alternative)
  conf.level <- ct_chk_level_(conf.level, "conf.level")
  res <- ct_api_exact_period_ratio(av, ea, bv, eb,
                                   c(null_value = ratio, alternative = al$code, level = conf.level))
  ct_htest_(res, "rate ratio", ratio, "rate ratio", al$name, conf.level,
            "Period A vs period B (ctrend)", paste(deparse1(substitute(a)), "vs", deparse1(substitute(b))))
}

# ---- baselines and backtests ------------------------------------------------------------------
ct_baseline_forecast <- function(x, kind = c("last", "zero", "mean", "seasonal", "conflictology"),
                                 h = 12L, k = 3L, n_samples = 0L, seed = 20240101) {
  kind <- ct_chk_choice_(kind, "kind", names(ct_baselines_))
  s <- ct_series1_in_(x, "x", need_start = FALSE)
  h <- ct_chk_whole_(h, "h", 1, ct_limits_$months)
  k <- ct_chk_whole_(k, "k", 0, length(s$y))
  n_samples <- ct_chk_whole_(n_samples, "n_samples", 0, ct_limits_$samples)
  if (h * n_samples > ct_limits_$draws_total)
    ct_arg_error_("n_samples", sprintf("at most %g draws in all (h x n_samples)", ct_limits_$draws_total), n_samples)
  seed <- ct_chk_seed_(seed)
  r <- .Call(C_baseline_forecast, ct_baselines_[[kind]], s$y, k, h, n_samples, seed)
  list(point = r[[1]], samples = r[[2]])
}

ct_backtest <- function(y, initial, h, step = 1L, n_samples = 1000L, seed = 42, window = 0L,
                        baselines = list("last", c("mean", 6), "seasonal", "conflictology"),
                        models = NULL, start = NULL, rank_by = "CRPS") {
  s <- ct_series1_in_(y, "y", start, need_start = FALSE, min_len = 2L)
  m0 <- if (!is.null(s$start)) s$start else 2000L * 12L
  n <- length(s$y)
  initial <- ct_chk_whole_(initial, "initial", 1, n - 1)
  h <- ct_chk_whole_(h, "h", 1, n - initial)
  step <- ct_chk_whole_(step, "step", 1, ct_limits_$months)
  n_samples <- ct_chk_whole_(n_samples, "n_samples", 1, ct_limits_$samples)
  if (h * n_samples > ct_limits_$draws_total)
    ct_arg_error_("n_samples", sprintf("at most %g draws per origin (h x n_samples)", ct_limits_$draws_total), n_samples)
  seed <- ct_chk_seed_(seed)
  window <- ct_chk_whole_(window, "window", 0, n)
  rank_by <- ct_chk_choice_(rank_by, "rank_by", ct_bt_metrics_)
  if (!is.list(baselines) && !is.character(baselines)) ct_arg_error_("baselines", "a list of baseline kinds", baselines)
  baselines <- as.list(baselines)
  kinds <- vapply(baselines, function(b) ct_baselines_[[ct_chk_choice_(as.character(b[[1]]), "baselines", names(ct_baselines_))]], integer(1))
  ks <- vapply(baselines, function(b) if (length(b) > 1) as.integer(ct_chk_whole_(as.numeric(b[[2]]), "baselines", 1, n)) else 0L, integer(1))
  if (!is.null(models) && (!is.list(models) || is.null(names(models)) || any(!nzchar(names(models)))))
    ct_arg_error_("models", "NULL or a named list of model specifications", models)
  if (length(models) && any(!is.na(s$y) & s$y > ct_sim_mean_max_))
    ct_arg_error_("y", sprintf("counts up to %g when models are backtested (their forecasts are simulated)", ct_sim_mean_max_),
                  max(s$y, na.rm = TRUE))
  specs <- lapply(models, function(m) {
    if (!is.list(m)) ct_arg_error_("models", "a named list of lists (family, trend, fourier, ...)", m)
    d <- function(name, default) if (is.null(m[[name]])) default else m[[name]]
    ct_design_spec_(d("trend", TRUE), d("fourier", 0L), d("month_dummies", FALSE), m$step, m$slope,
                    m$covariates, NULL, m$offset, NULL, d("offset_days", FALSE), d("intercept", TRUE), n = n)
  })
  fams <- vapply(models, function(m) ct_families_[[ct_chk_choice_(if (is.null(m$family)) "poisson" else m$family,
                                                                   "family", names(ct_families_))]], integer(1))
  r <- .Call(C_backtest, s$y, m0, c(initial, h, step, n_samples, seed, window),
             unname(kinds), unname(ks), as.character(names(models)), unname(specs), unname(fams),
             match(rank_by, ct_bt_metrics_) - 1L)
  out <- as.data.frame(r[[2]])
  names(out) <- ct_bt_metrics_
  for (j in seq_along(out)) out[[j]][is.nan(out[[j]])] <- NA_real_
  cbind(model = r[[1]], rank = seq_along(r[[1]]), out, stringsAsFactors = FALSE)
}

# The same model over many series of a frame, fitted in threads (batch.h).
ct_batch_fit <- function(f, start, n_months, series = NULL, family = c("poisson", "quasipoisson", "negbin", "gaussian"),
                         n_threads = 0L, scalars = c("deviance", "aic", "dispersion"), trend = TRUE,
                         fourier = 0L, month_dummies = FALSE, step = NULL, slope = NULL, offset_days = FALSE,
                         progress = interactive()) {
  ct_chk_frame_(f)
  progress <- ct_chk_flag_(progress, "progress")
  family <- ct_chk_choice_(family, "family", names(ct_families_))
  m0 <- ct_chk_month_(start, "start")
  n_months <- ct_chk_whole_(n_months, "n_months", 1, ct_month_max_() - m0 + 1)
  n_threads <- ct_chk_whole_(n_threads, "n_threads", 0, ct_limits_$threads)
  if (!is.character(scalars) || length(scalars) == 0L || anyNA(scalars) || !all(scalars %in% names(ct_model_scalars_)))
    ct_arg_error_("scalars", sprintf("names of model scalars (%s)", paste(names(ct_model_scalars_), collapse = ", ")), scalars)
  keys <- ct_frame_keys(f)
  kname <- mapply(ct_key_name_, keys$group, keys$region, keys$metric)
  idx <- if (is.null(series)) seq_len(nrow(keys)) else if (is.numeric(series)) {
    if (length(series) == 0L || anyNA(series) || any(series != round(series)) || any(series < 1 | series > nrow(keys)))
      ct_arg_error_("series", sprintf("series positions in 1..%d", nrow(keys)), series)
    series
  } else if (is.character(series) && length(series) && !anyNA(series)) {
    match(vapply(series, function(s) { k <- ct_key_(s); ct_key_name_(k[1], k[2], k[3]) }, ""), kname)
  } else ct_arg_error_("series", "NULL, series positions or series names", series)
  if (anyNA(idx)) ct_arg_error_("series", "names of series in f", series[is.na(idx)])
  if (length(idx) == 0L) ct_arg_error_("f", "a frame with at least one series", f)
  spec <- ct_design_spec_(trend, fourier, month_dummies, step, slope, NULL, NULL, NULL, NULL, offset_days, TRUE)
  r <- .Call(C_batch_fit, f, idx - 1, m0, n_months, ct_families_[[family]], spec, n_threads,
             unname(ct_model_scalars_[scalars]), progress)
  coef <- r[[2]]; colnames(coef) <- paste0("coef_", r[[1]])
  se <- r[[3]]; colnames(se) <- paste0("se_", r[[1]])
  sc <- r[[4]]; colnames(sc) <- scalars
  data.frame(series = unname(kname[idx]), status = vapply(as.integer(r[[5]]), ct_api_status_name, ""),
             message = r[[6]], coef, se, sc,
             check.names = FALSE, stringsAsFactors = FALSE)
}

# The log-exposure offset of an exposure series by the library's rule
# (ctrend_design_set_exposure): NA = a missing month; an exposure <= 0 or infinite is a
# ctrend_edomain error naming the month (never a silent -Inf). exposure: n values (a ts or
# zoo series must start at `start`).
ct_exposure_offset <- function(exposure, start, n) {
  indexed <- stats::is.ts(exposure) || inherits(exposure, "zoo")
  e <- ct_series1_in_(exposure, "exposure", if (indexed) NULL else start)
  if (length(e$y) != n || e$start != start)
    ct_arg_error_("exposure", sprintf("%d months from %s (the series' window)", n, ct_month_str(start)), exposure)
  d <- ct_api_design_new(start, n)
  on.exit(ct_api_design_free(d))
  ct_api_design_set_exposure(d, as.numeric(e$y))
  ct_nan_to_na_(ct_api_design_matrix(d, 0, n, n)[[2L]])
}
