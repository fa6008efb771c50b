# models.R — count regression models (Poisson, quasi-Poisson, NB2, Gaussian) and forecasts,
# and the exact Poisson tests. Values of the pinned C enums are hard-coded here.

ct_families_ <- c(poisson = 0L, quasipoisson = 1L, negbin = 2L, gaussian = 3L)
ct_model_options_ <- c(epsilon = 0L, maxit = 1L, level = 2L, rank_tol = 3L, sep_tol = 4L,
                       theta_max = 5L, halve_on_rise = 6L, theta_eps = 7L)
ct_model_vectors_ <- c(coef = 0L, se = 1L, stat = 2L, pvalue = 3L, ci_lo = 4L, ci_hi = 5L,
                       exp_coef = 6L, exp_ci_lo = 7L, exp_ci_hi = 8L, fitted = 9L,
                       resid_response = 10L, resid_pearson = 11L, resid_deviance = 12L,
                       linpred = 13L, vcov = 14L)
ct_model_scalars_ <- c(nobs = 0L, deviance = 1L, null_deviance = 2L, df_residual = 3L,
                       df_null = 4L, loglik = 5L, aic = 6L, bic = 7L, pearson_chi2 = 8L,
                       dispersion = 9L, scale = 10L, iterations = 11L, theta = 12L,
                       se_theta = 13L, nb_fallback = 14L, sigma = 15L, r2 = 16L, adj_r2 = 17L,
                       fstat = 18L, f_pvalue = 19L, ct_alpha1 = 20L, ct_z1 = 21L, ct_p1 = 22L,
                       ct_alpha2 = 23L, ct_z2 = 24L, ct_p2 = 25L, trend_pct_year = 26L,
                       trend_pct_lo = 27L, trend_pct_hi = 28L, converged = 29L, twologlik = 30L)

ct_named_months_ <- function(x, kind) {
  if (is.null(x)) return(list(months = integer(), names = character()))
  m <- ct_month(if (is.list(x)) unlist(x) else x)
  nm <- if (!is.null(names(x)) && all(nzchar(names(x)))) names(x) else
    ifelse(seq_along(m) == 1L, kind, paste0(kind, seq_along(m)))
  list(months = as.integer(m), names = as.character(nm))
}

ct_design_spec_ <- function(trend, fourier, month_dummies, step, slope, covariates,
                            future_covariates, offset, future_offset, offset_days, intercept) {
  steps <- ct_named_months_(step, "step")
  slopes <- ct_named_months_(slope, "slope")
  as_cols <- function(x) if (is.null(x)) NULL else lapply(as.list(as.data.frame(x)), as.numeric)
  list(intercept = isTRUE(intercept), trend = isTRUE(trend), fourier = as.integer(fourier),
       month_dummies = isTRUE(month_dummies), steps = steps$months,
       step_names = steps$names, slopes = slopes$months, slope_names = slopes$names,
       covariates = as_cols(covariates), future_covariates = as_cols(future_covariates),
       offset = if (is.null(offset)) NULL else as.numeric(offset),
       future_offset = if (is.null(future_offset)) NULL else as.numeric(future_offset),
       offset_days = isTRUE(offset_days))
}

ct_breaks <- function(y, family = c("poisson", "quasipoisson", "negbin"), start = NULL,
                      kind = c("level", "level_slope"), min_segment = 12L, n_boot = 0L,
                      seed = 20240101, trend = TRUE, fourier = 0L, month_dummies = FALSE,
                      step = NULL, slope = NULL, covariates = NULL, offset = NULL,
                      offset_days = FALSE) {
  family <- match.arg(family)
  kind <- match.arg(kind)
  m0 <- ct_start_of_(y, start)
  spec <- ct_design_spec_(trend, fourier, month_dummies, step, slope, covariates, NULL, offset,
                          NULL, offset_days, TRUE)
  r <- .Call(C_breaks, as.numeric(y), m0, ct_families_[[family]], spec,
             if (kind == "level") 0L else 1L, min_segment, n_boot, seed)
  list(month = ct_month_str(r[[1]]), lr = r[[2]][1], p_value = r[[2]][2], loglik0 = r[[2]][3],
       loglik1 = r[[2]][4], n_candidates = as.integer(r[[2]][6]), profile = ct_as_ts_(r[[3]], m0))
}

ct_fit <- function(y, family = c("poisson", "quasipoisson", "negbin", "gaussian"), start = NULL,
                   trend = TRUE, fourier = 0L, month_dummies = FALSE, step = NULL, slope = NULL,
                   covariates = NULL, future_covariates = NULL, offset = NULL,
                   future_offset = NULL, offset_days = FALSE, intercept = TRUE,
                   epsilon = 1e-8, maxit = 25L, level = 0.95, ...) {
  family <- match.arg(family)
  m0 <- ct_start_of_(y, start)
  spec <- ct_design_spec_(trend, fourier, month_dummies, step, slope, covariates,
                          future_covariates, offset, future_offset, offset_days, intercept)
  opts <- c(list(epsilon = epsilon, maxit = maxit, level = level), list(...))
  bad <- setdiff(names(opts), names(ct_model_options_))
  if (length(bad)) stop("ctrend: unknown option(s) ", paste(bad, collapse = ", "))
  ptr <- .Call(C_model_fit, as.numeric(y), m0, ct_families_[[family]], spec,
               unname(ct_model_options_[names(opts)]), as.numeric(unlist(opts)))
  structure(list(ptr = ptr, call = match.call(), family = family, start = m0,
                 names = .Call(C_model_names, ptr), n = length(y), level = level),
            class = "ctrend_model")
}

ct_model_vector_ <- function(object, which) .Call(C_model_vector, object$ptr, ct_model_vectors_[[which]])

ct_scalar <- function(object, which) {
  vapply(which, function(w) .Call(C_model_scalar, object$ptr, ct_model_scalars_[[w]]), numeric(1))
}

coef.ctrend_model <- function(object, ...) stats::setNames(ct_model_vector_(object, "coef"), object$names)

vcov.ctrend_model <- function(object, ...) {
  p <- length(object$names)
  matrix(ct_model_vector_(object, "vcov"), p, p, byrow = TRUE, dimnames = list(object$names, object$names))
}

ct_by_month_ <- function(object, v) ct_as_ts_(v, object$start)
fitted.ctrend_model <- function(object, ...) ct_by_month_(object, ct_model_vector_(object, "fitted"))
residuals.ctrend_model <- function(object, type = c("deviance", "pearson", "response"), ...) {
  type <- match.arg(type)
  ct_by_month_(object, ct_model_vector_(object, paste0("resid_", type)))
}
deviance.ctrend_model <- function(object, ...) ct_scalar(object, "deviance")[[1]]
nobs.ctrend_model <- function(object, ...) as.integer(ct_scalar(object, "nobs"))
logLik.ctrend_model <- function(object, ...) {
  df <- length(object$names) + if (object$family %in% c("negbin", "gaussian")) 1L else 0L
  structure(ct_scalar(object, "loglik")[[1]], df = df, nobs = nobs(object), class = "logLik")
}
AIC.ctrend_model <- function(object, ..., k = 2) {
  if (k == 2) return(ct_scalar(object, "aic")[[1]])
  ll <- logLik(object)
  -2 * as.numeric(ll) + k * attr(ll, "df")
}

print.ctrend_model <- function(x, ...) {
  cat(sprintf("ctrend %s model, %d months from %s (%d used)\n", x$family, x$n, ct_month_str(x$start),
              nobs(x)))
  print(coef(x))
  s <- ct_scalar(x, c("deviance", "aic", "dispersion", "theta"))
  cat(sprintf("Residual deviance: %.6g on %d df;  AIC: %.6g\n", s[1], as.integer(ct_scalar(x, "df_residual")), s[2]))
  invisible(x)
}

summary.ctrend_model <- function(object, ...) {
  tab <- cbind(Estimate = ct_model_vector_(object, "coef"), `Std. Error` = ct_model_vector_(object, "se"),
               stat = ct_model_vector_(object, "stat"), p = ct_model_vector_(object, "pvalue"))
  stat <- if (object$family %in% c("quasipoisson", "gaussian")) "t" else "z"
  colnames(tab)[3:4] <- c(paste(stat, "value"), sprintf("Pr(>|%s|)", stat))
  rownames(tab) <- object$names
  rr <- if (object$family != "gaussian")
    cbind(`Rate ratio` = ct_model_vector_(object, "exp_coef"), lower = ct_model_vector_(object, "exp_ci_lo"),
          upper = ct_model_vector_(object, "exp_ci_hi")) else NULL
  if (!is.null(rr)) rownames(rr) <- object$names
  structure(list(model = object, coefficients = tab, rate_ratios = rr,
                 scalars = ct_scalar(object, names(ct_model_scalars_)[1:15])),
            class = "summary.ctrend_model")
}

print.summary.ctrend_model <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
  m <- x$model
  cat(sprintf("ctrend %s model, %s..%s\n\nCoefficients:\n", m$family, ct_month_str(m$start),
              ct_month_str(m$start + m$n - 1L)))
  stats::printCoefmat(x$coefficients, digits = digits)
  if (!is.null(x$rate_ratios)) {
    cat(sprintf("\nRate ratios with %g%% Wald intervals:\n", 100 * m$level))
    print(signif(x$rate_ratios, digits))
  }
  s <- x$scalars
  cat(sprintf("\nNull deviance: %.6g on %d df\nResidual deviance: %.6g on %d df\nAIC: %.6g\n",
              s[["null_deviance"]], as.integer(s[["df_null"]]), s[["deviance"]],
              as.integer(s[["df_residual"]]), s[["aic"]]))
  if (m$family != "gaussian") cat(sprintf("Dispersion (Pearson X2/df): %.6g\n", s[["dispersion"]]))
  if (m$family == "negbin") cat(sprintf("Theta: %.6g (SE %.6g)\n", s[["theta"]], s[["se_theta"]]))
  invisible(x)
}

ct_forecast <- function(object, h = 12L, level = 0.95, n_sims = 0L, seed = 20240101) {
  r <- .Call(C_forecast, object$ptr, h, n_sims, seed, level)
  out <- data.frame(month = ct_month_str(r[[1]]), mean = r[[2]], se_link = r[[3]],
                    mean_lo = r[[4]], mean_hi = r[[5]], plugin_lo = r[[6]], plugin_hi = r[[7]],
                    stringsAsFactors = FALSE)
  if (n_sims > 0) { out$predictive_lo <- r[[8]]; out$predictive_hi <- r[[9]] }
  out
}

predict.ctrend_model <- function(object, h = 12L, level = 0.95, ...) {
  ct_as_ts_(ct_forecast(object, h, level)$mean, object$start + object$n)
}

# ---- exact tests ----------------------------------------------------------------------------
ct_alt_ <- function(alternative) {
  alternative <- match.arg(alternative, c("two.sided", "less", "greater"))
  list(name = alternative, code = match(alternative, c("two.sided", "less", "greater")) - 1L)
}

ct_htest_ <- function(r, est_name, null, null_name, alt, level, method, dname) {
  structure(list(estimate = stats::setNames(r[1], est_name),
                 conf.int = structure(r[2:3], conf.level = level), p.value = r[4],
                 null.value = stats::setNames(null, null_name), alternative = alt,
                 method = method, data.name = dname),
            class = "htest")
}

ct_poisson_test <- function(x, T = 1, r = 1, alternative = c("two.sided", "less", "greater"),
                            conf.level = 0.95) {
  a <- ct_alt_(alternative)
  dname <- paste(deparse1(substitute(x)), "time base:", deparse1(substitute(T)))
  if (length(x) == 2L) {
    if (length(T) == 1L) T <- c(T, T)
    res <- .Call(C_exact, 3L, c(x[1], T[1], x[2], T[2], r), a$code, conf.level)
    return(ct_htest_(res, "rate ratio", r, "rate ratio", a$name, conf.level,
                     "Comparison of Poisson rates (ctrend)", dname))
  }
  res <- .Call(C_exact, 2L, c(x, T, r), a$code, conf.level)
  ct_htest_(res, "event rate", r, "event rate", a$name, conf.level, "Exact Poisson test (ctrend)", dname)
}

ct_poisson_ci <- function(x, T = 1, conf.level = 0.95, midp = FALSE) {
  res <- .Call(C_exact, if (midp) 1L else 0L, c(x, T), 0L, conf.level)
  c(estimate = res[1], lower = res[2], upper = res[3])
}

ct_vs_previous <- function(x, i, k, exposure = NULL, ratio = 1,
                           alternative = c("two.sided", "less", "greater"), conf.level = 0.95) {
  a <- ct_alt_(alternative)
  if (!is.numeric(i) || (stats::is.ts(x) && !is.null(ct_ts_month_(x)) && i > 9999)) {
    i <- ct_month(i) - ct_ts_month_(x) + 1L
  }
  res <- .Call(C_exact_vs_previous, x, exposure, i - 1, k, ratio, a$code, conf.level)
  ct_htest_(res, "rate ratio", ratio, "rate ratio", a$name, conf.level,
            sprintf("Month vs mean of the previous %d (ctrend)", as.integer(k)), deparse1(substitute(x)))
}

ct_period_ratio <- function(a, b, exposure_a = NULL, exposure_b = NULL, ratio = 1,
                            alternative = c("two.sided", "less", "greater"), conf.level = 0.95) {
  al <- ct_alt_(alternative)
  res <- .Call(C_exact_period, a, exposure_a, b, exposure_b, ratio, al$code, conf.level)
  ct_htest_(res, "rate ratio", ratio, "rate ratio", al$name, conf.level,
            "Period A vs period B (ctrend)", paste(deparse1(substitute(a)), "vs", deparse1(substitute(b))))
}

# ---- baselines and backtests ------------------------------------------------------------------
ct_baselines_ <- c(zero = 0L, last = 1L, mean = 2L, seasonal = 3L, conflictology = 4L)
ct_bt_metrics_ <- c("MAE", "RMSE", "MSLE", "CRPS", "IGN", "IS90", "COV90", "N")

ct_baseline_forecast <- function(x, kind = c("last", "zero", "mean", "seasonal", "conflictology"),
                                 h = 12L, k = 3L, n_samples = 0L, seed = 20240101) {
  kind <- match.arg(kind)
  r <- .Call(C_baseline_forecast, ct_baselines_[[kind]], x, k, h, n_samples, seed)
  list(point = r[[1]], samples = r[[2]])
}

ct_backtest <- function(y, initial, h, step = 1L, n_samples = 1000L, seed = 42, window = 0L,
                        baselines = list("last", c("mean", 6), "seasonal", "conflictology"),
                        models = NULL, start = NULL, rank_by = "CRPS") {
  m0 <- if (!is.null(start)) ct_month(start) else if (!is.null(ct_ts_month_(y))) ct_ts_month_(y) else 2000L * 12L
  kinds <- vapply(baselines, function(b) ct_baselines_[[b[[1]]]], integer(1))
  ks <- vapply(baselines, function(b) if (length(b) > 1) as.integer(b[[2]]) else 0L, integer(1))
  specs <- lapply(models, function(m) {
    d <- function(name, default) if (is.null(m[[name]])) default else m[[name]]
    ct_design_spec_(d("trend", TRUE), d("fourier", 0L), d("month_dummies", FALSE), m$step, m$slope,
                    m$covariates, NULL, m$offset, NULL, d("offset_days", FALSE), d("intercept", TRUE))
  })
  fams <- vapply(models, function(m) ct_families_[[if (is.null(m$family)) "poisson" else m$family]], integer(1))
  r <- .Call(C_backtest, as.numeric(y), m0, c(initial, h, step, n_samples, seed, window),
             unname(kinds), unname(ks), as.character(names(models)), unname(specs), unname(fams),
             match(rank_by, ct_bt_metrics_) - 1L)
  out <- as.data.frame(r[[2]])
  names(out) <- ct_bt_metrics_
  cbind(model = r[[1]], rank = seq_along(r[[1]]), out, stringsAsFactors = FALSE)
}

# The same model over many series of a frame, fitted in threads (batch.h).
ct_batch_fit <- function(f, start, n_months, series = NULL, family = c("poisson", "quasipoisson", "negbin", "gaussian"),
                         n_threads = 0L, scalars = c("deviance", "aic", "dispersion"), trend = TRUE,
                         fourier = 0L, month_dummies = FALSE, step = NULL, slope = NULL, offset_days = FALSE) {
  family <- match.arg(family)
  keys <- ct_frame_keys(f)
  kname <- mapply(ct_key_name_, keys$group, keys$region, keys$metric)
  idx <- if (is.null(series)) seq_len(nrow(keys)) else if (is.numeric(series)) series else
    match(vapply(series, function(s) { k <- ct_key_(s); ct_key_name_(k[1], k[2], k[3]) }, ""), kname)
  if (anyNA(idx)) stop("ctrend: unknown series ", paste(series[is.na(idx)], collapse = ", "))
  spec <- ct_design_spec_(trend, fourier, month_dummies, step, slope, NULL, NULL, NULL, NULL, offset_days, TRUE)
  r <- .Call(C_batch_fit, f, idx - 1, ct_month(start), n_months, ct_families_[[family]], spec, n_threads,
             unname(ct_model_scalars_[scalars]))
  coef <- r[[2]]; colnames(coef) <- paste0("coef_", r[[1]])
  se <- r[[3]]; colnames(se) <- paste0("se_", r[[1]])
  sc <- r[[4]]; colnames(sc) <- scalars
  data.frame(series = unname(kname[idx]), status = .Call(C_status_name, r[[5]]), coef, se, sc,
             check.names = FALSE, stringsAsFactors = FALSE)
}
