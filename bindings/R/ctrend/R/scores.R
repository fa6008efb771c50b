# scores.R — forecast scores (lower is better); NA observations are skipped by the means.
# Arguments are checked here (numeric, matching lengths, parameters in range) before .Call.

ct_pair_ <- function(y, pred, ny = "y", np = "pred") {
  yv <- ct_chk_values_(y, ny)
  list(yv, ct_chk_values_(pred, np, len = length(yv)))
}
ct_recycle_ <- function(v, arg, n) {
  if (length(v) != 1L && length(v) != n) ct_arg_error_(arg, sprintf("a numeric vector of length 1 or %d", n), v)
  v
}
ct_kernel_ <- function(which, y, mu, theta, param) {
  yv <- ct_chk_values_(y, "y")
  mv <- ct_recycle_(ct_chk_values_(mu, "mu"), "mu", length(yv))
  tv <- if (is.numeric(theta) && length(theta) == 1L && identical(as.numeric(theta), Inf)) Inf else {
    t <- ct_recycle_(ct_chk_values_(theta, "theta"), "theta", max(length(yv), length(mv)))
    if (any(is.na(t) | t <= 0 | t > ct_limits_$theta))
      ct_arg_error_("theta", sprintf("NB sizes in (0, %g] (larger sizes are Poisson: use the Poisson score)", ct_limits_$theta), theta)
    t
  }
  if (which %in% c(1L, 3L) && identical(tv, Inf)) which <- which - 1L  # NB with theta = Inf is Poisson
  .Call(C_score_kernel, which, yv, mv, as.numeric(tv), param)
}
ct_samples_ <- function(samples, n) {
  if (is.data.frame(samples) || !ct_is_plain_num_(samples) || length(samples) == 0L)
    ct_arg_error_("samples", "a numeric matrix with one row per observation", samples)
  m <- if (is.matrix(samples)) samples else matrix(samples, nrow = n)
  if (nrow(m) != n || length(samples) %% n != 0)
    ct_arg_error_("samples", sprintf("a numeric matrix with %d row(s)", n), samples)
  storage.mode(m) <- "double"
  m
}
ct_interval_args_ <- function(y, lower, upper) {
  yv <- ct_chk_values_(y, "y")
  list(yv, ct_chk_values_(lower, "lower", len = length(yv)), ct_chk_values_(upper, "upper", len = length(yv)))
}

ct_mae <- function(y, pred) { a <- ct_pair_(y, pred); .Call(C_score_pair, 0L, a[[1]], a[[2]]) }
ct_rmse <- function(y, pred) { a <- ct_pair_(y, pred); .Call(C_score_pair, 1L, a[[1]], a[[2]]) }
ct_msle <- function(y, pred) { a <- ct_pair_(y, pred); .Call(C_score_pair, 2L, a[[1]], a[[2]]) }
ct_crps_poisson <- function(y, mu) ct_kernel_(0L, y, mu, Inf, 0)
ct_crps_nbinom <- function(y, mu, theta, tol = 0)
  ct_kernel_(1L, y, mu, theta, ct_chk_real_(tol, "tol", 0, 1, c(FALSE, TRUE)))
ct_ignorance_poisson <- function(y, mu, floor = 0) ct_kernel_(2L, y, mu, Inf, ct_chk_real_(floor, "floor", 0, 1, c(FALSE, TRUE)))
ct_ignorance_nbinom <- function(y, mu, theta, floor = 0) ct_kernel_(3L, y, mu, theta, ct_chk_real_(floor, "floor", 0, 1, c(FALSE, TRUE)))
ct_crps_sample <- function(y, samples, fair = FALSE) {
  yv <- ct_chk_values_(y, "y")
  .Call(C_score_sample, 0L, yv, ct_samples_(samples, length(yv)), as.integer(ct_chk_flag_(fair, "fair")))
}
ct_ignorance_sample <- function(y, samples, alpha = -1) {
  yv <- ct_chk_values_(y, "y")
  a <- ct_chk_real_(alpha, "alpha")  # negative = the library's default smoothing
  .Call(C_score_sample, 1L, yv, ct_samples_(samples, length(yv)), a)
}
ct_interval_score <- function(y, lower, upper, level = 0.9) {
  a <- ct_interval_args_(y, lower, upper)
  .Call(C_score_interval, 0L, a[[1]], a[[2]], a[[3]], ct_chk_level_(level))
}
ct_coverage <- function(y, lower, upper) {
  a <- ct_interval_args_(y, lower, upper)
  .Call(C_score_interval, 1L, a[[1]], a[[2]], a[[3]], 0.5)
}
