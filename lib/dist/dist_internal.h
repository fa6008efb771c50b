/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dist_internal.h — the kernels behind ctrend/dist.h, for the other modules of lib/ (scores,
 * exact tests, forecasts, models), so that each distribution has one home. Never installed;
 * names are ctrend__*. Arguments are NOT validated here: callers pass finite parameters in
 * range (the public functions in lib/dist/ check them first).
 */
#ifndef CTREND_DIST_INTERNAL_H
#define CTREND_DIST_INTERNAL_H

/* log(n!) - log(sqrt(2 pi n) (n/e)^n), n >= 0 (Loader's Stirling error; 0 at n = 0). */
double ctrend__stirlerr(double n);
/* x log(x/np) + np - x without cancellation (Loader's deviance term), x >= 0, np > 0. */
double ctrend__bd0(double x, double np);
/* Poisson mass at an integer x >= 0 (log when give_log), lambda >= 0 finite. */
double ctrend__dpois_raw(double x, double lambda, int give_log);
/* Binomial mass: x successes of n (both >= 0, not necessarily integers), p + q = 1. */
double ctrend__dbinom_raw(double x, double n, double p, double q, int give_log);
/* NB2 mass at an integer x >= 0 with size > 0, mean mu >= 0 (R's dnbinom_mu). */
double ctrend__dnbinom_mu_raw(double x, double size, double mu, int give_log);

/* A tail of a count distribution at the integer y >= 0: P(X <= y) (lower_tail) or P(X > y),
 * as a probability; returns a ctrend status (CTREND_ENUMERIC when GSL fails). */
typedef int (*ctrend__tail_fn)(double y, const double *par, int lower_tail, double *out);
int ctrend__ppois_tail(double y, const double *par /* {lambda} */, int lower_tail, double *out);
int ctrend__pnbinom_tail(double y, const double *par /* {size, mu} */, int lower_tail,
                         double *out);
/* log of a tail, accurate near 0 and near 1 (log1p of the other tail); -Inf on underflow. */
int ctrend__log_tail(ctrend__tail_fn tail, double y, const double *par, int lower_tail,
                     double *out);
/* Smallest integer y >= 0 with P(X <= y) >= p (lower_tail) or P(X > y) < p, p given as a
 * probability or (log_p) its log, searched from the Cornish-Fisher guess
 * mean + sigma (z + gamma (z^2 - 1)/6); p strictly inside (0, 1). */
int ctrend__qdiscrete(double p, int lower_tail, int log_p, double mean, double sigma,
                      double gamma, ctrend__tail_fn tail, const double *par, double *out);

/* R's integer tolerance: x is not an integer when |x - round(x)| > 1e-7 max(1, |x|). */
int ctrend__dist_nonint(double x);
/* The count a distribution function is evaluated at: floor(q + 1e-7) (as R's ppois). */
double ctrend__dist_floor(double q);
/* P(X <= y) or P(X > y), as a probability or its log (CTREND_ERANGE when the log is needed
 * and the probability underflows); y = +-Inf allowed. */
int ctrend__dist_cdf(ctrend__tail_fn tail, double y, const double *par, int lower_tail,
                     int log_p, double *out);
/* Checks p for a quantile (CTREND_EDOMAIN outside [0, 1], or log p > 0) and sets *edge to
 * the answer at the ends (0 or +Inf), or NaN when p is inside and a search is needed. */
int ctrend__dist_qedges(double p, int lower_tail, int log_p, double *edge);

/* Poisson tail P(X <= y) (lower_tail) or P(X > y) by Temme's uniform expansion (temme.c),
 * for y >= 1 and lambda >= CTREND__POIS_ASYMP_MU, where GSL and summation cannot. */
#define CTREND__POIS_ASYMP_MU 1e5
double ctrend__ppois_asymp(double y, double lambda, int lower_tail);

#endif
