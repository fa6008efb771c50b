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
 * Draws (ctrend__rpois, ctrend__rnbinom). Poisson below CTREND__POIS_GSL_MAX (the samplers
 * live in lib/draws.c, ctrend__rpois_small, next to the generator they read inline): for
 * mu < CTREND__POIS_PTRS_MU, inversion by sequential search from 0 (Devroye 1986,
 * "Non-Uniform Random Variate Generation", sec. X.3.3: one uniform, about mu + 1 steps);
 * above, Hoermann's transformed rejection with squeeze, PTRS (W. Hoermann 1993, "The
 * transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12:39-45; the algorithm numpy's Generator.poisson uses): about
 * 1.15 iterations of two uniforms, most accepted by the squeeze without a logarithm, the
 * rest by comparing with log f(k) computed from Loader's Stirling error (lib/dist; two
 * logarithms, lib/draws.c). Both are
 * exact samplers (up to double rounding of the uniforms); both take O(1) expected time per
 * draw for mu >= 10, where 0.1 called gsl_ran_poisson (Ahrens-Dieter gamma reduction plus a
 * binomial: ~800 instructions a draw, 64 % of `ctrend forecast`). They consume the generator
 * differently from GSL's sampler, so seeded draws differ from 0.1's (same distribution).
 * GSL's gsl_ran_poisson takes unsigned int steps
 * and loops forever above mu ~ 4.9e9 (its m = 7 mu / 8 no longer fits); its results wrap at
 * 2^32. Above CTREND__POIS_GSL_MAX the same exact reduction GSL uses, in doubles: Knuth,
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
#include "dist/dist_internal.h"
#include "draws_internal.h"
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
    return k + ctrend__rpois_small(r, mu);
}

double ctrend__rnbinom(const gsl_rng *r, double size, double mu)
{
    if (!(mu >= 0) || isinf(mu) || !(size > 0)) return NAN;
    const double p = size / (size + mu);
    const double x = gsl_ran_gamma(r, size, 1.0);
    return ctrend__rpois(r, x * (1 - p) / p);
}
