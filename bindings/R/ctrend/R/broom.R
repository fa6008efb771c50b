# broom.R — tidy(), glance() and augment() for ctrend models, with broom's column names
# (as for glm). Registered on the generics package's generics when it is loaded (NAMESPACE:
# S3method(generics::tidy, ctrend_model)), so broom stays a suggestion.

ct_tibble_ <- function(df) if (requireNamespace("tibble", quietly = TRUE)) tibble::as_tibble(df) else df

tidy.ctrend_model <- function(x, conf.int = FALSE, conf.level = 0.95, exponentiate = FALSE, ...) {
  ct_chk_flag_(conf.int, "conf.int"); ct_chk_flag_(exponentiate, "exponentiate")
  conf.level <- ct_chk_level_(conf.level, "conf.level")
  tab <- summary(x)$coefficients
  out <- data.frame(term = rownames(tab), estimate = tab[, 1L], std.error = tab[, 2L], statistic = tab[, 3L],
                    p.value = tab[, 4L], stringsAsFactors = FALSE, row.names = NULL)
  if (conf.int) {
    ci <- confint(x, level = conf.level)
    out$conf.low <- unname(ci[, 1L]); out$conf.high <- unname(ci[, 2L])
  }
  if (exponentiate) {
    if (x$family == "gaussian") ct_arg_error_("exponentiate", "FALSE for a Gaussian (identity link) model", exponentiate)
    out$estimate <- exp(out$estimate)
    if (conf.int) { out$conf.low <- exp(out$conf.low); out$conf.high <- exp(out$conf.high) }
  }
  ct_tibble_(out)
}

glance.ctrend_model <- function(x, ...) {
  s <- ct_scalar(x, c("null_deviance", "df_null", "deviance", "df_residual", "nobs"))
  ll <- logLik(x)
  ct_tibble_(data.frame(null.deviance = s[["null_deviance"]], df.null = as.integer(s[["df_null"]]),
                        logLik = as.numeric(ll), AIC = stats::AIC(x), BIC = stats::BIC(x),
                        deviance = s[["deviance"]], df.residual = as.integer(s[["df_residual"]]),
                        nobs = as.integer(s[["nobs"]])))
}

# One row per month used by the fit (as broom does for na.omit fits): the month, the
# response, .fitted (on the type.predict scale), .se.fit (se_fit = TRUE) and .resid.
augment.ctrend_model <- function(x, type.predict = c("link", "response"),
                                 type.residuals = c("deviance", "pearson", "response", "working"),
                                 se_fit = FALSE, ...) {
  type.predict <- ct_chk_choice_(type.predict, "type.predict", c("link", "response"))
  type.residuals <- ct_chk_choice_(type.residuals, "type.residuals", c("deviance", "pearson", "response", "working"))
  ct_chk_flag_(se_fit, "se_fit")
  p <- predict(x, type = type.predict, se.fit = TRUE)
  r <- as.numeric(residuals(x, type = type.residuals))
  used <- !is.na(x$y) & !is.na(r)
  months <- x$start + seq_len(x$n) - 1L
  out <- data.frame(month = ct_month_str(months), stringsAsFactors = FALSE)
  out[[deparse1(x$formula[[2L]])]] <- x$y
  out$.fitted <- as.numeric(p$fit)
  if (se_fit) out$.se.fit <- as.numeric(p$se.fit)
  out$.resid <- r
  ct_tibble_(out[used, , drop = FALSE])
}
