/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/dist.h — probability functions of the count distributions: Poisson and negative
 * binomial mass, distribution and quantile functions, with R's names, arguments and results
 * (R's nmath: dpois, ppois, qpois, dnbinom, pnbinom, qnbinom with size/prob or size/mu).
 *
 * Conventions (docs/api.md §6, §10):
 *   - Each function returns a status and writes *out only on CTREND_OK.
 *   - Arguments as R: give_log = 1 returns log f(x); lower_tail = 1 gives P(X <= q), 0 gives
 *     P(X > q); log_p = 1 means probabilities are given / returned as logs.
 *   - Counts x, q may be any real: as R, the mass at a non-integer x is 0 (and x within 1e-7
 *     relative of an integer is that integer); q is floored (after the same tolerance).
 *   - Parameters: lambda, mu finite and >= 0; size finite and > 0 (size = +Inf: the Poisson
 *     limit is not taken here); 0 < prob <= 1. Otherwise CTREND_EDOMAIN (R returns NaN with a
 *     warning). NaN in any argument is CTREND_EINVAL (never a NaN result). p outside [0, 1]
 *     (or log p > 0) is CTREND_EDOMAIN. NULL out is CTREND_EINVAL.
 *   - A log probability below the double range (the linear value underflows) is
 *     CTREND_ERANGE rather than a wrong -Inf; CTREND_ENUMERIC if a GSL special function fails.
 *   - Quantiles are the smallest integer y with P(X <= y) >= p (lower tail) or P(X > y) < p
 *     (upper tail), after R's relative fuzz of 8 DBL_EPSILON (2 on the log scale); +Inf for
 *     p = 1 (lower tail); returned as double (exact for y < 2^53).
 * Accuracy (tests/test_dist.c, 6 242 values of R 4.2.2 on means 1e-3 .. 4.3e9, both tails,
 * log scales; tests/data/dist/make_reference.R): masses by Loader's saddle-point expansion
 * (Loader 2000, "Fast and accurate computation of binomial probabilities"), as R: within
 * 1.1e-14 relative of R. Poisson tails: GSL's regularized incomplete gamma where its own error
 * estimate is below 1e-14, else the tail summed from Loader's mass (means ~1e8 and more):
 * within 2.5e-14 of R. Negative binomial tails: summed (size < 1000), else a continued
 * fraction with Loader's prefactor, else GSL's incomplete beta: within 1e-12 of R for
 * size < 1000 and sd < 8e4; 3e-11 for size >= 1000; 4e-9 when sd > 8e4 (e.g. size 0.5,
 * mu 1e7), where a sum would need more than 5e6 terms. Quantiles: equal to R's on all 2 444
 * reference rows except 13 where the answer is not determined in double precision (the mass
 * at R's answer is below 1e-6 of the tail compared, e.g. qnbinom(1 - 1e-12, 0.5, mu = 1e4));
 * there ours is the exact quantile of our own distribution function.
 * Cost: O(1) for masses; tails O(1), or O(sd) terms when summed (~1 ms at mean 1e8);
 * quantiles ~2 log2(error of the Cornish-Fisher start) + 2 tail evaluations.
 * Thread safety: pure functions.
 */
#ifndef CTREND_DIST_H
#define CTREND_DIST_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Poisson(lambda) mass at x: R's dpois(x, lambda, log = give_log). */
CTREND_API int ctrend_dist_dpois(double x, double lambda, int give_log, double *out);
/** Poisson distribution function: R's ppois(q, lambda, lower.tail, log.p). */
CTREND_API int ctrend_dist_ppois(double q, double lambda, int lower_tail, int log_p, double *out);
/** Poisson quantile: R's qpois(p, lambda, lower.tail, log.p). */
CTREND_API int ctrend_dist_qpois(double p, double lambda, int lower_tail, int log_p, double *out);

/** Negative binomial mass, R's dnbinom(x, size, prob, log = give_log): failures before the
 *  size-th success, mean size (1 - prob) / prob. */
CTREND_API int ctrend_dist_dnbinom(double x, double size, double prob, int give_log, double *out);
/** The same with the mean mu (NB2: variance mu + mu^2/size): R's dnbinom(x, size, mu = mu). */
CTREND_API int ctrend_dist_dnbinom_mu(double x, double size, double mu, int give_log,
                                      double *out);
/** Negative binomial distribution function: R's pnbinom(q, size, mu = mu, lower.tail, log.p). */
CTREND_API int ctrend_dist_pnbinom_mu(double q, double size, double mu, int lower_tail, int log_p,
                                      double *out);
/** Negative binomial quantile: R's qnbinom(p, size, mu = mu, lower.tail, log.p). */
CTREND_API int ctrend_dist_qnbinom_mu(double p, double size, double mu, int lower_tail, int log_p,
                                      double *out);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_DIST_H */
