# formula.R — ct_glm(): the formula interface.
#
#   ct_glm(attacks ~ trend() + fourier(2) + step("2014-06") + offset(log(days)), data,
#          family = "negbin")
#
# data: a monthly ts (matrix with column names), a zoo series with column names, or a
# data.frame with a month column; it is placed on the complete monthly calendar first (gaps
# are missing months, two rows in one month are an error). Terms:
#   trend()                 1..n over the data's months
#   fourier(K)              K = 1..5 sin/cos pairs of the calendar month
#   month_dummies()         month-of-year dummies
#   step(month, name)       level shift from `month` on (name default "step", "step2", ...)
#   slope(month, name)      slope change after `month`
#   offset(expr)            a log-exposure column (several offsets add up);
#                           offset(log(days_in_month)) is the calendar offset (as --offset-days)
#   any other expression    a numeric covariate evaluated in data (e.g. x, log(pop), I(x^2))
#   0 or -1                 no intercept
# The calendar terms are built by libctrend's design (design.h), exactly as ct_fit does.

ct_glm_specials_ <- c("trend", "fourier", "month_dummies", "step", "slope")

# The data as a list of columns on the complete calendar, with the calendar descriptor.
ct_glm_data_ <- function(data, vars) {
  if (is.data.frame(data)) {
    mc <- ct_month_col_(data, NULL, "data")
    use <- intersect(vars, setdiff(names(data), mc))
    s <- ct_series_in_(data[c(mc, use)], "data")
  } else if (inherits(data, "zoo") || stats::is.ts(data)) {
    s <- ct_series_in_(data, "data")
    if (!isTRUE(s$multi)) ct_arg_error_("data", "a ts or zoo with column names (cbind(attacks = x, ...))", data)
  } else {
    ct_arg_error_("data", "a data.frame with a month column, a monthly ts or a zoo series", data)
  }
  s
}

ct_glm_eval_ <- function(expr, env, n, what) {
  v <- tryCatch(eval(expr, env), error = function(e)
    ct_arg_error_("formula", "terms that evaluate in data", deparse1(expr), conditionMessage(e)))
  if (is.factor(v) || is.character(v) || is.logical(v) && !all(is.na(v)) || !ct_is_plain_num_(v))
    ct_arg_error_(what, "a numeric column (factors and strings are not supported: use month_dummies() or 0/1 columns)", v)
  if (length(v) == 1L) v <- rep(v, n)
  if (length(v) != n) ct_arg_error_(what, sprintf("a numeric column of length %d (the data's months)", n), v)
  v <- as.numeric(v)
  attributes(v) <- NULL
  v
}

# Parse the right-hand side into a design spec plus covariate/offset expressions.
ct_glm_terms_ <- function(formula, env, n) {
  tt <- stats::terms(formula, specials = ct_glm_specials_)
  vars <- as.list(attr(tt, "variables"))[-1L]
  offsets <- if (is.null(attr(tt, "offset"))) list() else lapply(vars[attr(tt, "offset")], function(e) e[[2L]])
  labels <- attr(tt, "term.labels")
  spec <- list(trend = FALSE, fourier = 0L, month_dummies = FALSE, step = list(), slope = list(),
               intercept = attr(tt, "intercept") == 1L, offset_days = FALSE)
  # offset(log(days_in_month)) is the calendar's own offset: libctrend extends it into the
  # forecast months (other offsets are carried forward, as ct_fit's future_offset default)
  days <- vapply(offsets, function(o) identical(o, quote(log(days_in_month))), TRUE)
  if (any(days)) { spec$offset_days <- TRUE; offsets <- offsets[!days] }
  cov_exprs <- list()
  fenv <- environment(formula)
  for (lab in labels) {
    e <- str2lang(lab)
    head <- if (is.call(e)) as.character(e[[1L]])[1L] else ""
    if (head %in% c(":", "*", "/", "^", "%in%"))
      ct_arg_error_("formula", "main-effect terms (no interactions)", lab)
    if (head %in% ct_glm_specials_) {
      args <- lapply(as.list(e)[-1L], eval, envir = fenv)
      switch(head,
        trend = { if (length(args)) ct_arg_error_("formula", "trend() without arguments", lab); spec$trend <- TRUE },
        month_dummies = { if (length(args)) ct_arg_error_("formula", "month_dummies() without arguments", lab)
                          spec$month_dummies <- TRUE },
        fourier = { if (length(args) != 1L) ct_arg_error_("formula", "fourier(K) with K = 1..5", lab)
                    spec$fourier <- ct_chk_whole_(args[[1L]], "fourier", 1, ct_limits_$fourier) },
        step = , slope = {
          if (length(args) < 1L || length(args) > 2L) ct_arg_error_("formula", sprintf("%s(month) or %s(month, name)", head, head), lab)
          k <- length(spec[[head]]) + 1L
          nm <- if (length(args) == 2L) ct_chk_string_(args[[2L]], paste0(head, "() name")) else
            if (k == 1L) head else paste0(head, k)
          spec[[head]][[nm]] <- args[[1L]]
        })
    } else {
      cov_exprs[[lab]] <- e
    }
  }
  list(spec = spec, covariates = cov_exprs, offsets = offsets)
}

ct_glm_offset_ <- function(offsets, env, n) {
  if (!length(offsets)) return(NULL)
  total <- numeric(n)
  for (o in offsets) total <- total + ct_glm_eval_(o, env, n, paste0("offset(", deparse1(o), ")"))
  if (any(is.infinite(total)))
    ct_arg_error_("formula", "offsets that are finite or NA (log(0) = -Inf: drop those months or add a small exposure)",
                  deparse1(offsets[[1L]]))
  total
}

ct_glm <- function(formula, data, family = c("poisson", "quasipoisson", "negbin", "gaussian"),
                   epsilon = 1e-8, maxit = 25L, level = 0.95, ...) {
  if (!inherits(formula, "formula") || length(formula) != 3L)
    ct_arg_error_("formula", "a two-sided formula (response ~ terms)", formula)
  if (missing(data) || is.null(data)) ct_arg_error_("data", "a data.frame with a month column, a monthly ts or a zoo series", NULL)
  family <- ct_chk_choice_(family, "family", names(ct_families_))
  opts <- ct_model_opts_(epsilon, maxit, level, list(...))
  s <- ct_glm_data_(data, all.vars(formula))
  n <- nrow(s$values)
  cols <- lapply(seq_along(s$names), function(j) s$values[, j])
  names(cols) <- s$names
  env <- list2env(c(cols, list(days_in_month = ct_month_days(s$start + seq_len(n) - 1L))),
                  parent = environment(formula))
  s$y <- ct_glm_eval_(formula[[2L]], env, n, paste0("response ", deparse1(formula[[2L]])))
  tm <- ct_glm_terms_(formula, env, n)
  cov <- if (length(tm$covariates)) lapply(names(tm$covariates), function(nm)
    ct_glm_eval_(tm$covariates[[nm]], env, n, nm)) else NULL
  if (!is.null(cov)) names(cov) <- names(tm$covariates)
  off <- ct_glm_offset_(tm$offsets, env, n)
  sp <- tm$spec
  spec <- ct_design_spec_(sp$trend, sp$fourier, sp$month_dummies,
                          if (length(sp$step)) sp$step else NULL, if (length(sp$slope)) sp$slope else NULL,
                          cov, NULL, off, NULL, sp$offset_days, sp$intercept, n = n)
  s$values <- NULL
  ct_fit_core_(s, family, spec, opts, match.call(), formula = formula,
               terms = list(covariates = tm$covariates, offsets = tm$offsets, env = environment(formula),
                            response = formula[[2L]]))
}
