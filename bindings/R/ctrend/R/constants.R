# constants.R — every pinned C enum value and every argument limit the R edge uses, in one
# place, so a generator (bindings/gen, from the API definition) can replace this file whole.
# Values are pinned in the C headers (model.h, baseline.h, backtest.h, io.h, rolling.h).

# model.h: ctrend_family, ctrend_model_opt, ctrend_model_vec, ctrend_model_sca
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
# model.h: ctrend_break_kind
ct_break_kinds_ <- c(level = 0L, level_slope = 1L)
# baseline.h: ctrend_baseline; backtest.h: ctrend_bt_metric (column order of the scores)
ct_baselines_ <- c(zero = 0L, last = 1L, mean = 2L, seasonal = 3L, conflictology = 4L)
ct_bt_metrics_ <- c("MAE", "RMSE", "MSLE", "CRPS", "IGN", "IS90", "COV90", "N")
# rolling.h: ctrend_edge (R spellings -> value)
ct_aligns_ <- c(right = 0L, trailing = 0L, center = 2L, centred_zoo = 2L, center_pandas = 1L,
                centred = 1L)
# exact.h: ctrend_alternative
ct_alternatives_ <- c(two.sided = 0L, less = 1L, greater = 2L)
# io.h: reader option keys (ints, then strings)
ct_read_int_keys_ <- c(shape = 0L, duplicates = 1L, require_counts = 2L, start = 3L, end = 4L)
ct_read_str_keys_ <- c(date_col = 10L, group_col = 11L, region_col = 12L, metric_col = 13L,
                       value_col = 14L, sum_cols = 15L, source_name = 16L)
ct_shapes_ <- c(auto = 0L, wide = 1L, long = 2L, event = 3L)

# Limits checked at the R edge before any .Call (issue 18: no size reaches C unchecked).
# Month counts cannot exceed the calendar (years CTREND_YEAR_MIN..CTREND_YEAR_MAX = 1..9999).
ct_limits_ <- list(
  year_min = 1L, year_max = 9999L,
  months = 9999 * 12,            # any count of months: windows, horizons, lags, segments
  fourier = 5L,                  # CTREND_DESIGN_MAX_FOURIER
  samples = 1e6,                 # simulated paths / predictive draws per forecast month
  draws_total = 5e7,             # h * n_samples doubles held at once (400 MB)
  n_boot = 1e4,                  # bootstrap replicates of the break search
  maxit = 1e4,                   # IRLS iterations
  threads = 1024L,
  seed = 2^53,                   # seeds travel as doubles: whole numbers up to 2^53
  count = 4294967295,            # CTREND_EXACT_COUNT_MAX (exact tests)
  theta = 1e8                    # NB size in the scores: above it the NB scores of libctrend 0.1
                                 # lose accuracy (1e-8 at 1e9, wrong at 1e16) while NB equals
                                 # Poisson to ~1e-8: use the Poisson score
)
ct_month_min_ <- function() ct_limits_$year_min * 12L
ct_month_max_ <- function() ct_limits_$year_max * 12L + 11L
