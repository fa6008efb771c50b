/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/score.h — forecast scores: point errors (MAE, RMSE, MSLE), CRPS of Poisson,
 * negative binomial and sample (ensemble) forecasts, the binned ignorance score with
 * the ViEWS bins, the interval score and interval coverage.
 *
 * Conventions (every function below):
 *  - Counts travel as double. NaN means missing: a NaN observation y is SKIPPED by the
 *    aggregate (array) functions, which report how many pairs they used in *n_used
 *    (n_used may be NULL). A NaN in a forecast (point, bound, parameter or sample) paired
 *    with a non-NaN observation is CTREND_EINVAL (a missing forecast is the caller's bug).
 *  - The per-observation kernels (names without _mean) take one scalar y and return
 *    CTREND_EINVAL for NaN y.
 *  - Pure functions without hidden state; thread-safe. Inputs are never modified.
 *    Functions that sort samples allocate one scratch array of m doubles per call
 *    (CTREND_ENOMEM on failure).
 *  - Lower is better for every score here; coverage is a proportion in [0, 1].
 * Licence: GPL-3.0-or-later.
 */
#ifndef CTREND_SCORE_H
#define CTREND_SCORE_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- point forecasts --------------------------------------------------------------- */

/**
 * Mean absolute error (1/n') sum |pred_i - y_i| over the n' pairs with non-NaN y.
 * y, pred: n values each. *out: the mean. *n_used (may be NULL): n'.
 * Errors: CTREND_EINVAL (NULL pointer, NaN/inf pred paired with non-NaN y, infinite y),
 *         CTREND_EEMPTY (n' = 0, including n = 0; *out is then NaN).
 */
CTREND_API int ctrend_score_mae(const double *y, const double *pred, size_t n, double *out,
                                size_t *n_used);
/** Root mean squared error sqrt((1/n') sum (pred_i - y_i)^2). Same contract as ctrend_score_mae. */
CTREND_API int ctrend_score_rmse(const double *y, const double *pred, size_t n, double *out,
                                 size_t *n_used);
/**
 * Mean squared log error as used by ViEWS: (1/n') sum (log1p(pred_i) - log1p(y_i))^2
 * (natural logarithms). Same contract as ctrend_score_mae, plus CTREND_EDOMAIN when a used
 * y_i or pred_i is <= -1 (log1p undefined). Counts are >= 0, so this never happens for counts.
 */
CTREND_API int ctrend_score_msle(const double *y, const double *pred, size_t n, double *out,
                                 size_t *n_used);

/* ---- CRPS ---------------------------------------------------------------------------- */

/**
 * CRPS of a Poisson(mu) forecast for observation y >= 0 (y need not be an integer):
 *   CRPS(F, y) = integral (F(x) - 1{y <= x})^2 dx.
 * Closed form (Wei & Held 2014, TEST 23:136-158; scoringRules::crps_pois):
 *   (y - mu)(2F(y) - 1) + 2 mu f(floor y) - mu exp(-2mu)(I0(2mu) + I1(2mu)),
 * O(1); F and f are R's ppois/dpois from lib/dist (Loader's saddle-point pmf, tails by the
 * incomplete gamma function), so it stays accurate at any mean (checked at mu = 3e9). For mu < 0.5 the closed form cancels (result ~mu^2) and the exact series
 * sum_k over [k, k+1) of (F(k) - 1{y <= x})^2 is summed instead (at most ~150 terms).
 * mu = 0 gives y.
 * Errors: CTREND_EINVAL (NaN/inf y or mu, NULL out), CTREND_EDOMAIN (y < 0 or mu < 0),
 *         CTREND_ENUMERIC (a GSL special function failed).
 */
CTREND_API int ctrend_score_crps_poisson(double y, double mu, double *out);

/** Default truncation tolerance of the NB2 CRPS series (see ctrend_score_crps_nbinom). */
#define CTREND_SCORE_CRPS_TOL 1e-17
/** Default cap on the number of pmf terms summed by the NB2 CRPS series. */
#define CTREND_SCORE_CRPS_MAX_TERMS 50000000
/** Getters for the two defaults above (for bindings). */
CTREND_API double ctrend_score_crps_tol_default(void);
CTREND_API size_t ctrend_score_crps_max_terms_default(void);

/**
 * CRPS of a negative binomial NB2(mu, theta) forecast (mean mu, variance mu + mu^2/theta;
 * R's dnbinom(size = theta, mu = mu)) for observation y >= 0, by the exact series
 *   CRPS = sum_k [ |[k,k+1) ∩ (-inf,y)| F(k)^2 + |[k,k+1) ∩ [y,inf)| (1 - F(k))^2 ]
 * summed term by term over the "bulk" [L, U] where F(L-1) <= tol and 1 - F(U) <= tol;
 * outside the bulk F is replaced by 0 (below) or 1 (above), which changes the result by at
 * most 2 tol (L + |y - U|) + tol * E|X - U| in absolute value. tol <= 0 selects
 * CTREND_SCORE_CRPS_TOL. theta = +inf gives the Poisson CRPS.
 * Errors: CTREND_EINVAL (NaN y/mu/theta, NULL out, theta <= 0 or NaN, tol NaN),
 *         CTREND_EDOMAIN (y < 0, mu < 0, infinite y/mu),
 *         CTREND_EUNSUPPORTED (the bulk needs more than max_terms terms, e.g. mu = 1e9
 *         with theta = 1, or its upper end exceeds 2^53; max_terms = 0 selects the default),
 *         CTREND_ENUMERIC (GSL failure).
 */
CTREND_API int ctrend_score_crps_nbinom(double y, double mu, double theta, double tol,
                                        size_t max_terms, double *out);

/**
 * CRPS of the empirical distribution of m samples x (an ensemble / predictive draws):
 *   plain (fair = 0):  (1/m) sum_i |x_i - y| - 1/(2 m^2)     sum_i sum_j |x_i - x_j|
 *   fair  (fair = 1):  (1/m) sum_i |x_i - y| - 1/(2 m(m-1)) sum_i sum_j |x_i - x_j|
 * computed in O(m log m) by sorting (sum_i sum_j |x_i - x_j| = 2 sum_i (2i - m - 1) x_(i),
 * i = 1..m). The plain version is the CRPS of the sample's empirical CDF, the same as
 * scoringRules::crps_sample(method = "edf"); the fair version (Ferro 2014) is unbiased for
 * the CRPS of the distribution the samples were drawn from. y may be any real.
 * Errors: CTREND_EINVAL (NULL pointer, NaN/inf y or sample, m = 0, fair not 0/1,
 *         fair = 1 with m = 1), CTREND_ENOMEM.
 */
CTREND_API int ctrend_score_crps_sample(double y, const double *x, size_t m, int fair,
                                        double *out);

/**
 * Mean sample CRPS over n observations: samples is row-major n x m (row i holds the m
 * samples for y_i). NaN y_i are skipped. Errors as ctrend_score_crps_sample plus
 * CTREND_EEMPTY (no non-NaN y; *out NaN).
 */
CTREND_API int ctrend_score_crps_sample_mean(const double *y, size_t n, const double *samples,
                                             size_t m, int fair, double *out, size_t *n_used);

/* ---- binned ignorance score ------------------------------------------------------------ */

/** Number of ViEWS bins: 10 bounded bins plus the overflow bin [1000.5, inf). */
#define CTREND_SCORE_IGN_NBINS 11
/** Default pseudo-count per bin for the sample ignorance score (add-one / Laplace). */
#define CTREND_SCORE_IGN_ALPHA 1.0
/** Default probability floor for the distribution ignorance scores. */
#define CTREND_SCORE_IGN_FLOOR 1e-10
CTREND_API double ctrend_score_ign_alpha_default(void);
/** Getter for CTREND_SCORE_IGN_NBINS (11). */
CTREND_API size_t ctrend_score_ign_nbins(void);
CTREND_API double ctrend_score_ign_floor_default(void);

/**
 * Bin index 0..10 of a value with the ViEWS edges
 *   0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5:
 * bin b holds [e_b, e_{b+1}), bin 10 holds [1000.5, inf). Counts 0 | 1-2 | 3-5 | 6-10 |
 * 11-25 | 26-50 | 51-100 | 101-250 | 251-500 | 501-1000 | > 1000.
 * Errors: CTREND_EINVAL (NaN, NULL), CTREND_EDOMAIN (v < 0).
 */
CTREND_API int ctrend_score_ign_bin(double v, size_t *bin);
/** Copies the 11 bin lower edges (0, 0.5, ..., 1000.5) into edges[11]. CTREND_EINVAL for NULL. */
CTREND_API int ctrend_score_ign_edges(double *edges);

/**
 * Binned ignorance score of m samples: -log2 p_b where b is the bin of y and
 *   p_b = (c_b + alpha) / (m + 11 alpha),   c_b = number of samples in bin b.
 * alpha > 0 keeps the score finite when no sample falls in y's bin; alpha < 0 selects
 * CTREND_SCORE_IGN_ALPHA (1). alpha = 0 is allowed and then gives +inf for an empty bin.
 * Errors: CTREND_EINVAL (NULL, NaN y or sample, m = 0, NaN alpha),
 *         CTREND_EDOMAIN (y or a sample < 0).
 */
CTREND_API int ctrend_score_ignorance_sample(double y, const double *x, size_t m, double alpha,
                                             double *out);
/** Mean of ctrend_score_ignorance_sample over rows (samples row-major n x m); NaN y skipped. */
CTREND_API int ctrend_score_ignorance_sample_mean(const double *y, size_t n,
                                                  const double *samples, size_t m,
                                                  double alpha, double *out, size_t *n_used);
/**
 * Binned ignorance score -log2 max(P(X in bin of y), floor) for X ~ Poisson(mu) or, with
 * ctrend_score_ignorance_nbinom, NB2(mu, theta). floor in (0, 1); floor <= 0 selects
 * CTREND_SCORE_IGN_FLOOR (1e-10, i.e. at most 33.2 bits).
 * theta = +inf gives the Poisson score. Bin probabilities come from GSL's cdfs (upper-tail
 * differences in the upper half, so tiny tail probabilities keep their precision).
 * Errors: CTREND_EINVAL (NaN/NULL, floor >= 1, theta <= 0), CTREND_EDOMAIN (y < 0, mu < 0,
 * infinite mu), CTREND_ENUMERIC (GSL failure).
 */
CTREND_API int ctrend_score_ignorance_poisson(double y, double mu, double floor, double *out);
CTREND_API int ctrend_score_ignorance_nbinom(double y, double mu, double theta, double floor,
                                             double *out);

/* ---- intervals ------------------------------------------------------------------------ */

/**
 * Interval score of the central (1 - alpha) interval [lower, upper] (Gneiting & Raftery
 * 2007, JASA 102:359-378, eq. 43), alpha = 1 - level:
 *   IS = (upper - lower) + (2/alpha)(lower - y) 1{y < lower} + (2/alpha)(y - upper) 1{y > upper}.
 * level in (0, 1), e.g. 0.9 for the central 90% interval.
 * Errors: CTREND_EINVAL (NaN/inf arguments, NULL, level outside (0,1), lower > upper).
 */
CTREND_API int ctrend_score_interval(double y, double lower, double upper, double level,
                                     double *out);
/** Mean interval score over n triples (NaN y skipped). Errors as above plus CTREND_EEMPTY. */
CTREND_API int ctrend_score_interval_mean(const double *y, const double *lower,
                                          const double *upper, size_t n, double level,
                                          double *out, size_t *n_used);
/**
 * Empirical coverage: the proportion of the n' non-NaN y_i with lower_i <= y_i <= upper_i
 * (closed interval). Errors: CTREND_EINVAL (NULL, NaN bound for a used y, lower > upper),
 * CTREND_EEMPTY.
 */
CTREND_API int ctrend_score_coverage(const double *y, const double *lower, const double *upper,
                                     size_t n, double *out, size_t *n_used);

/**
 * Sample quantile, R's default type 7: sort x, h = (m - 1) p, result
 * x_(floor h) + (h - floor h)(x_(floor h + 1) - x_(floor h)) (0-based order statistics).
 * Used by the backtests for the central interval [q(0.05), q(0.95)].
 * Errors: CTREND_EINVAL (NULL, m = 0, p outside [0,1], NaN sample), CTREND_ENOMEM.
 */
CTREND_API int ctrend_score_quantile_sample(const double *x, size_t m, double p, double *out);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_SCORE_H */
