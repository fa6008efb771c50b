/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dist.c — count draws for forecasts, baselines and bootstraps, and the plug-in quantiles
 * the families' method tables return.
 *
 * Quantiles are those of the distributions module (lib/dist, R's nmath semantics; one home
 * per distribution, docs/api.md section 10): ctrend__qpois is ctrend_dist_qpois(p, mu) and
 * ctrend__qnbinom is ctrend_dist_qnbinom_mu(p, size, mu), lower tail, p as a probability.
 * (0.1 had its own search over GSL's unsigned-int CDFs and a Temme expansion here.)
 *
 * Draws (ctrend__rpois, ctrend__rnbinom). GSL's gsl_ran_poisson takes unsigned int steps
 * and loops forever above mu ~ 4.9e9 (its m = 7 mu / 8 no longer fits); its results wrap at
 * 2^32. Below CTREND__POIS_GSL_MAX we call GSL itself, so every draw (and every reference
 * test) of 0.1 is unchanged; above, the same exact reduction GSL uses, in doubles: Knuth,
 * TAOCP vol. 2, 3rd ed., sec. 3.4.1, Algorithm F' (after Ahrens & Dieter 1974): with
 * m = floor(7 mu / 8) and X ~ Gamma(m), if X >= mu the count is k + Binomial(m - 1, mu / X),
 * else k += m, mu -= X and repeat. Binomials with n above UINT_MAX use the beta split of the
 * same section (X ~ Beta(a, n + 1 - a), a = 1 + floor(n/2): if X >= p the count is
 * Binomial(a - 1, p / X), else a + Binomial(n - a, (p - X) / (1 - X))). Each step shrinks
 * mu or n geometrically, so any finite mean costs O(log mu) variates. The NB draw is GSL's
 * own gamma-Poisson mixture (gsl_ran_negative_binomial: X ~ Gamma(size), then
 * Poisson(X (1 - p) / p)) with the Poisson step replaced by ctrend__rpois.
 */
#include <limits.h>
#include <math.h>

#include <gsl/gsl_randist.h>

#include "ctrend/dist.h"
#include "models_internal.h"

double ctrend__qpois(double p, double mu)
{
    double q;
    if (isnan(p) || isnan(mu) || mu < 0) return NAN;
    return ctrend_dist_qpois(p, mu, 1, 0, &q) == CTREND_OK ? q : NAN;
}

double ctrend__qnbinom(double p, double size, double mu)
{
    double q;
    if (isnan(p) || isnan(mu) || isnan(size) || mu < 0 || size <= 0) return NAN;
    if (isinf(size)) return ctrend__qpois(p, mu); /* the Poisson limit (theta = Inf) */
    return ctrend_dist_qnbinom_mu(p, size, mu, 1, 0, &q) == CTREND_OK ? q : NAN;
}

/* Binomial(n, p) for any n up to 2^53 (beta split above UINT_MAX; see the file comment). */
static double rbinom_big(const gsl_rng *r, double p, double n)
{
    double k = 0.0;
    while (n > (double)UINT_MAX) {
        const double a = 1.0 + floor(n / 2.0), b = n + 1.0 - a;
        const double x = gsl_ran_beta(r, a, b);
        if (x >= p) {
            n = a - 1.0;
            p = p / x;
        } else {
            k += a;
            n = b - 1.0;
            p = (p - x) / (1.0 - x);
        }
    }
    return k + (double)gsl_ran_binomial(r, p, (unsigned int)n);
}

double ctrend__rpois(const gsl_rng *r, double mu)
{
    if (!(mu >= 0) || isinf(mu)) return NAN;
    double k = 0.0;
    while (mu > CTREND__POIS_GSL_MAX) {
        const double m = floor(mu * (7.0 / 8.0));
        const double x = gsl_ran_gamma(r, m, 1.0);
        if (x >= mu) return k + rbinom_big(r, mu / x, m - 1.0);
        k += m;
        mu -= x;
    }
    return k + (double)gsl_ran_poisson(r, mu);
}

double ctrend__rnbinom(const gsl_rng *r, double size, double mu)
{
    if (!(mu >= 0) || isinf(mu) || !(size > 0)) return NAN;
    const double p = size / (size + mu);
    const double x = gsl_ran_gamma(r, size, 1.0);
    return ctrend__rpois(r, x * (1 - p) / p);
}
