# methods.R — glm-like S3 methods for ctrend models (ct_fit, ct_glm).
# Per-month outputs (fitted, residuals, predict without newdata) come back in the class of
# the fitted series: ts -> ts, zoo -> zoo; otherwise a numeric vector named by month
# ("YYYY-MM"), as glm names its rows. Months dropped from the fit (missing count or
# covariate) are NA (glm's na.exclude), so the calendar stays complete.

ct_na_ <- function(v) { v[is.nan(v)] <- NA_real_; v }

ct_model_out_ <- function(object, v, months = NULL) {
  v <- ct_na_(as.numeric(v))
  s <- object$series
  if (is.null(months) && s$kind %in% c("ts", "zoo")) {
    s$multi <- FALSE
    s$names <- "value"
    return(ct_series_out_(v, s))
  }
  if (is.null(months)) months <- object$start + seq_along(v) - 1L
  stats::setNames(v, ct_month_str(months))
}

ct_no_dots_ <- function(dots, fun, allowed) {
  if (length(dots)) ct_arg_error_(ct_first_name_(dots), paste0("one of the arguments of ", fun, " (", allowed, ")"),
                                  dots[[1L]], "unknown argument")
}

coef.ctrend_model <- function(object, ...) stats::setNames(ct_model_vector_(object, "coef"), object$names)

vcov.ctrend_model <- function(object, ...) {
  p <- length(object$names)
  matrix(ct_model_vector_(object, "vcov"), p, p, byrow = TRUE, dimnames = list(object$names, object$names))
}

# Wald intervals: normal quantiles for the count families (confint.default), t on the
# residual df for the Gaussian model (confint.lm).
confint.ctrend_model <- function(object, parm, level = 0.95, ...) {
  ct_no_dots_(list(...), "confint", "parm, level")
  level <- ct_chk_level_(level)
  cf <- coef(object)
  se <- ct_model_vector_(object, "se")
  if (missing(parm)) parm <- names(cf)
  if (is.numeric(parm)) {
    if (anyNA(parm) || any(parm < 1 | parm > length(cf) | parm != round(parm)))
      ct_arg_error_("parm", sprintf("coefficient positions 1..%d or names", length(cf)), parm)
    parm <- names(cf)[parm]
  }
  if (!is.character(parm) || !all(parm %in% names(cf)))
    ct_arg_error_("parm", paste("coefficient names:", paste(names(cf), collapse = ", ")), parm)
  a <- (1 - level) / 2
  q <- if (object$family == "gaussian") stats::qt(1 - a, df.residual(object)) else stats::qnorm(1 - a)
  i <- match(parm, names(cf))
  ci <- cbind(cf[i] - q * se[i], cf[i] + q * se[i])
  dimnames(ci) <- list(parm, paste(format(100 * c(a, 1 - a), trim = TRUE, scientific = FALSE, digits = 3), "%"))
  ci
}

fitted.ctrend_model <- function(object, ...) ct_model_out_(object, ct_model_vector_(object, "fitted"))

residuals.ctrend_model <- function(object, type = c("deviance", "pearson", "response", "working"), ...) {
  ct_no_dots_(list(...), "residuals", "type")
  type <- ct_chk_choice_(type, "type", c("deviance", "pearson", "response", "working"))
  v <- if (type == "working") {
    r <- ct_model_vector_(object, "resid_response")
    if (object$family == "gaussian") r else r / ct_model_vector_(object, "fitted")  # (y - mu) / (dmu/deta), log link
  } else ct_model_vector_(object, paste0("resid_", type))
  ct_model_out_(object, v)
}

deviance.ctrend_model <- function(object, ...) ct_scalar(object, "deviance")[[1L]]
nobs.ctrend_model <- function(object, ...) as.integer(ct_scalar(object, "nobs"))
df.residual.ctrend_model <- function(object, ...) as.integer(ct_scalar(object, "df_residual"))
formula.ctrend_model <- function(x, ...) x$formula
family.ctrend_model <- function(object, ...) {
  switch(object$family, poisson = stats::poisson(), quasipoisson = stats::quasipoisson(),
         gaussian = stats::gaussian(),
         negbin = structure(list(family = sprintf("Negative Binomial(%.4g)", ct_scalar(object, "theta")[[1L]]),
                                 link = "log"), class = "family"))
}

# logLik: NA (never NaN) for quasi-Poisson, which has no likelihood; df counts theta (NB)
# and sigma (Gaussian) as glm/glm.nb do. AIC() and BIC() use it (stats' default methods),
# so AIC(m1, m2, ...) is the usual data.frame table.
logLik.ctrend_model <- function(object, ...) {
  df <- length(object$names) + if (object$family %in% c("negbin", "gaussian")) 1L else 0L
  ll <- ct_scalar(object, "loglik")[[1L]]
  structure(if (is.na(ll)) NA_real_ else ll, df = df, nobs = nobs(object), class = "logLik")
}

model.matrix.ctrend_model <- function(object, ...) {
  ct_no_dots_(list(...), "model.matrix", "object")
  d <- ct_design_rows_(object, 0, object$n)
  x <- d[[1L]]
  attr(x, "offset") <- stats::setNames(d[[2L]], rownames(x))
  x
}

# ---- predict --------------------------------------------------------------------------
# Months of newdata: a data.frame (month column), a ts, a zoo series or a vector of months.
ct_newdata_months_ <- function(newdata) {
  if (is.data.frame(newdata)) {
    mc <- ct_month_col_(newdata, NULL, "newdata")
    return(list(months = ct_index_months_(newdata[[mc]], paste0("newdata$", mc)), data = newdata))
  }
  if (stats::is.ts(newdata)) {
    if (stats::frequency(newdata) != 12) ct_arg_error_("newdata", "a monthly ts", newdata)
    m0 <- ct_ts_month_(newdata)
    n <- NROW(newdata)
    df <- if (is.null(dim(newdata))) data.frame(row.names = seq_len(n)) else as.data.frame(unclass(newdata))
    return(list(months = m0 + seq_len(n) - 1L, data = df))
  }
  if (inherits(newdata, "zoo")) {
    v <- zoo::coredata(newdata)
    df <- if (is.null(dim(v))) data.frame(row.names = seq_along(v)) else as.data.frame(v)
    return(list(months = ct_index_months_(zoo::index(newdata), "index(newdata)"), data = df))
  }
  if (is.character(newdata) || is.factor(newdata) || inherits(newdata, c("Date", "POSIXt", "yearmon")) ||
      is.numeric(newdata)) {
    if (length(newdata) == 0L) ct_arg_error_("newdata", "one or more months", newdata)
    m <- ct_index_months_(newdata, "newdata")
    return(list(months = m, data = data.frame(row.names = seq_along(m))))
  }
  ct_arg_error_("newdata", "a data.frame with a month column, a ts, a zoo series or a vector of months", newdata)
}

ct_predict_design_ <- function(object, newdata) {
  nd <- ct_newdata_months_(newdata)
  m <- nd$months
  if (any(m < object$start))
    ct_arg_error_("newdata", sprintf("months from %s on (the first month of the fit)", ct_month_str(object$start)),
                  ct_month_str(min(m)))
  r <- m - object$start
  d <- ct_design_rows_(object, 0, max(r) + 1)
  X <- d[[1L]][r + 1L, , drop = FALSE]
  off <- d[[2L]][r + 1L]
  env <- NULL
  if (!is.null(object$terms)) {
    cols <- as.list(nd$data)
    env <- list2env(c(cols, list(days_in_month = ct_month_days(m))), parent = object$terms$env)
  }
  covs <- names(object$spec$covariates)
  for (nm in covs) {
    v <- if (!is.null(object$terms)) {
      ct_glm_eval_(object$terms$covariates[[nm]], env, length(m), paste0("newdata: ", nm))
    } else {
      if (!nm %in% names(nd$data)) ct_arg_error_("newdata", sprintf("a column for covariate '%s'", nm), newdata)
      ct_chk_values_(nd$data[[nm]], paste0("newdata$", nm), len = length(m))
    }
    X[, nm] <- v
  }
  if (!is.null(object$terms) && length(object$terms$offsets))
    off <- ct_glm_offset_(object$terms$offsets, env, length(m)) +
      if (object$spec$offset_days) log(ct_month_days(m)) else 0
  list(X = X, offset = off, months = m)
}

# interval = "confidence" (as predict.lm): a matrix fit, lwr, upr at `level` (the Wald
# interval on the link scale, transformed for type = "response"); for the fit window it comes
# from the library's ctrend_model_predict, as does se.fit there.
predict.ctrend_model <- function(object, newdata = NULL, type = c("link", "response"), se.fit = FALSE,
                                 interval = c("none", "confidence"), level = 0.95, ...) {
  dots <- list(...)
  if ("h" %in% names(dots)) ct_arg_error_("h", "given to forecast(m, h) (predict() gives in-sample or newdata predictions)", dots$h)
  ct_no_dots_(dots, "predict", "newdata, type, se.fit, interval, level")
  type <- ct_chk_choice_(type, "type", c("link", "response"))
  interval <- ct_chk_choice_(interval, "interval", c("none", "confidence"))
  ct_chk_flag_(se.fit, "se.fit")
  if (!is.numeric(level) || length(level) != 1L || is.na(level) || level <= 0 || level >= 1)
    ct_arg_error_("level", "a number in (0, 1)", level)
  if (is.null(newdata) && (se.fit || interval != "none")) {
    kind <- ct_api_enums$ctrend_predict_kind[[if (type == "link") "CTREND_PREDICT_LINK" else "CTREND_PREDICT_RESPONSE"]]
    r <- matrix(ct_nan_to_na_(ct_api_model_predict(object$ptr, NULL, kind, level)), ncol = 4L, byrow = TRUE)
    out <- function(v) ct_model_out_(object, v)
    fit <- if (interval == "none") out(r[, 1L]) else {
      mat <- cbind(fit = r[, 1L], lwr = r[, 3L], upr = r[, 4L])
      rownames(mat) <- ct_month_str(object$start + seq_len(object$n) - 1L)
      mat
    }
    if (!se.fit) return(fit)
    scale <- ct_scalar(object, "scale")[[1L]]
    return(list(fit = fit, se.fit = out(r[, 2L]), residual.scale = sqrt(scale)))
  }
  if (interval != "none") ct_arg_error_("interval", "\"none\" with newdata (intervals are for the fit window)", interval)
  if (is.null(newdata)) {
    d <- ct_design_rows_(object, 0, object$n)
    X <- d[[1L]]; off <- d[[2L]]; months <- NULL
  } else {
    p <- ct_predict_design_(object, newdata)
    X <- p$X; off <- p$offset; months <- p$months
  }
  eta <- drop(X %*% coef(object)) + off
  gauss <- object$family == "gaussian"
  fit <- if (type == "response" && !gauss) exp(eta) else eta
  out <- function(v) if (is.null(months)) ct_model_out_(object, v) else ct_model_out_(object, v, months)
  if (!se.fit) return(out(fit))
  se <- sqrt(rowSums((X %*% vcov(object)) * X))
  if (type == "response" && !gauss) se <- se * fit
  scale <- ct_scalar(object, "scale")[[1L]]
  list(fit = out(fit), se.fit = out(se), residual.scale = sqrt(scale))
}

# ---- printing -------------------------------------------------------------------------
ct_family_label_ <- function(x) switch(x$family, poisson = "Poisson", quasipoisson = "quasi-Poisson",
                                       negbin = "negative binomial (NB2)", gaussian = "Gaussian")

print.ctrend_model <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
  cat(sprintf("ctrend %s model, %d months %s..%s (%d used)\n", ct_family_label_(x), x$n, ct_month_str(x$start),
              ct_month_str(x$start + x$n - 1L), nobs(x)))
  cat("Formula: ", deparse1(x$formula), "\n\nCoefficients:\n", sep = "")
  print.default(format(coef(x), digits = digits), print.gap = 2L, quote = FALSE)
  s <- ct_scalar(x, c("null_deviance", "df_null", "deviance", "df_residual"))
  cat(sprintf("\nDegrees of Freedom: %d Total (i.e. Null);  %d Residual\n", as.integer(s[[2]]), as.integer(s[[4]])))
  cat(sprintf("Null Deviance:     %s\nResidual Deviance: %s \tAIC: %s\n", format(signif(s[[1]], digits)),
              format(signif(s[[3]], digits)), format(signif(stats::AIC(x), digits))))
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
  sc <- ct_scalar(object, names(ct_model_scalars_)[1:15])
  structure(list(model = object, call = object$call, formula = object$formula, family = object$family,
                 coefficients = tab, rate_ratios = rr, deviance = sc[["deviance"]],
                 null.deviance = sc[["null_deviance"]], df.residual = as.integer(sc[["df_residual"]]),
                 df.null = as.integer(sc[["df_null"]]), aic = stats::AIC(object),
                 dispersion = sc[["scale"]], theta = sc[["theta"]], iter = as.integer(sc[["iterations"]]),
                 scalars = sc),
            class = "summary.ctrend_model")
}

print.summary.ctrend_model <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
  m <- x$model
  cat(sprintf("ctrend %s model, %s..%s (%d of %d months used)\nFormula: %s\n\nCoefficients:\n",
              ct_family_label_(m), ct_month_str(m$start), ct_month_str(m$start + m$n - 1L),
              nobs(m), m$n, deparse1(x$formula)))
  stats::printCoefmat(x$coefficients, digits = digits)
  if (m$family == "quasipoisson")
    cat(sprintf("\n(Dispersion parameter for quasipoisson family taken to be %.6g)\n", x$dispersion))
  if (!is.null(x$rate_ratios)) {
    cat(sprintf("\nRate ratios with %g%% Wald intervals:\n", 100 * m$level))
    print(signif(x$rate_ratios, digits))
  }
  cat(sprintf("\n    Null deviance: %.6g  on %d  degrees of freedom\nResidual deviance: %.6g  on %d  degrees of freedom\n",
              x$null.deviance, x$df.null, x$deviance, x$df.residual))
  cat(sprintf("AIC: %s\n", if (is.na(x$aic)) "NA (no likelihood for quasi-Poisson)" else format(signif(x$aic, digits + 2L))))
  if (m$family != "gaussian") cat(sprintf("Dispersion (Pearson X2/df): %.6g\n", x$scalars[["dispersion"]]))
  if (m$family == "negbin") cat(sprintf("Theta: %.6g (SE %.6g)\n", x$theta, x$scalars[["se_theta"]]))
  cat(sprintf("Number of IRLS iterations: %d\n", x$iter))
  invisible(x)
}

# ---- anova: likelihood-ratio tests of nested fits -------------------------------------
# Poisson / quasi-Poisson: the deviance table of anova.glm(test = "Chisq") (quasi: the
# change in deviance divided by the largest model's dispersion); negative binomial: the LR
# test of anova.negbin (2 x logLik, theta re-estimated per model); Gaussian: the F test of
# anova.lm.
anova.ctrend_model <- function(object, ..., test = c("Chisq", "LRT", "F")) {
  models <- c(list(object), list(...))
  if (length(models) < 2L)
    ct_arg_error_("...", "one or more further nested ctrend fits to compare (anova of one fit needs refits: give them)", NULL)
  for (i in seq_along(models)) ct_chk_model_(models[[i]], if (i == 1L) "object" else paste0("..", i - 1L))
  test <- ct_chk_choice_(test, "test", c("Chisq", "LRT", "F"))
  fam <- vapply(models, `[[`, "", "family")
  if (length(unique(fam)) != 1L) ct_arg_error_("...", "fits of one family", fam)
  y1 <- models[[1L]]$y
  for (m in models[-1L]) if (!identical(m$y, y1) || m$start != models[[1L]]$start)
    ct_arg_error_("...", "fits of the same response over the same months", m$call)
  used <- vapply(models, nobs, 1L)
  if (length(unique(used)) != 1L) ct_arg_error_("...", "fits that use the same months (same missing rows)", used)
  dfr <- vapply(models, df.residual, 1L)
  labels <- vapply(models, function(m) deparse1(m$formula), "")
  if (fam[1L] == "negbin") {
    tll <- vapply(models, function(m) ct_scalar(m, "twologlik")[[1L]], 0)
    theta <- vapply(models, function(m) ct_scalar(m, "theta")[[1L]], 0)
    ddf <- c(NA, -diff(dfr)); lr <- c(NA, diff(tll))
    out <- data.frame(Model = labels, theta = theta, `Resid. df` = dfr, `   2 x log-lik.` = tll,
                      df = ddf, `LR stat.` = lr, `Pr(Chi)` = stats::pchisq(abs(lr), abs(ddf), lower.tail = FALSE),
                      check.names = FALSE, stringsAsFactors = FALSE)
    return(structure(out, heading = "Likelihood ratio tests of negative binomial models (ctrend)\n",
                     class = c("anova", "data.frame")))
  }
  dev <- vapply(models, deviance, 0)
  ddf <- c(NA, -diff(dfr)); ddev <- c(NA, -diff(dev))
  tab <- data.frame(`Resid. Df` = dfr, `Resid. Dev` = dev, Df = ddf, Deviance = ddev, check.names = FALSE)
  big <- models[[which.min(dfr)]]
  if (fam[1L] == "gaussian" || test == "F") {
    scale <- deviance(big) / df.residual(big)
    f <- ddev / abs(ddf) / scale
    tab$F <- f
    tab$`Pr(>F)` <- stats::pf(abs(f), abs(ddf), df.residual(big), lower.tail = FALSE)
  } else {
    scale <- if (fam[1L] == "quasipoisson") ct_scalar(big, "scale")[[1L]] else 1
    tab$`Pr(>Chi)` <- stats::pchisq(abs(ddev) / scale, abs(ddf), lower.tail = FALSE)
  }
  rownames(tab) <- as.character(seq_along(models))
  structure(tab, heading = c("Analysis of Deviance Table (ctrend)\n",
                             paste0("Model ", seq_along(models), ": ", labels, collapse = "\n")),
            class = c("anova", "data.frame"))
}

# ---- plot: the series, the fit with its confidence band, break months ----------------
plot.ctrend_model <- function(x, h = 0L, level = 0.95, main = NULL, ...) {
  h <- ct_chk_whole_(h, "h", 0, ct_limits_$months)
  level <- ct_chk_level_(level)
  t <- (x$start + seq_len(x$n) - 1L) / 12
  p <- predict(x, type = "link", se.fit = TRUE)
  q <- stats::qnorm(1 - (1 - level) / 2)
  eta <- as.numeric(p$fit)
  se <- as.numeric(p$se.fit)
  inv <- if (x$family == "gaussian") identity else exp
  lo <- inv(eta - q * se)
  hi <- inv(eta + q * se)
  fc <- if (h > 0) ct_forecast(x, h, level) else NULL
  tf <- if (!is.null(fc)) (x$start + x$n + seq_len(h) - 1L) / 12 else numeric()
  yr <- range(c(x$y, lo, hi, fc$plugin_lo, fc$plugin_hi), finite = TRUE)
  if (!all(is.finite(yr))) yr <- c(0, 1)
  if (is.null(main)) main <- sprintf("ctrend %s fit", ct_family_label_(x))
  graphics::plot(range(c(t, tf)), yr, type = "n", xlab = "year", ylab = deparse1(x$formula[[2L]]), main = main, ...)
  ok <- is.finite(lo) & is.finite(hi)
  if (any(ok)) graphics::polygon(c(t[ok], rev(t[ok])), c(lo[ok], rev(hi[ok])), col = grDevices::adjustcolor("steelblue", 0.25), border = NA)
  graphics::points(t, x$y, pch = 20, cex = 0.6)
  graphics::lines(t, inv(eta), col = "steelblue", lwd = 2)
  brk <- c(x$spec$steps, x$spec$slopes)
  if (length(brk)) graphics::abline(v = brk / 12, lty = 2, col = "firebrick")
  if (!is.null(fc)) {
    graphics::polygon(c(tf, rev(tf)), c(fc$plugin_lo, rev(fc$plugin_hi)), col = grDevices::adjustcolor("orange", 0.25), border = NA)
    graphics::lines(tf, fc$mean, col = "darkorange", lwd = 2)
  }
  invisible(x)
}
