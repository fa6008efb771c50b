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
 * Draws (ctrend__rpois, ctrend__rnbinom). Poisson below CTREND__POIS_GSL_MAX: for
 * mu < CTREND__POIS_PTRS_MU, inversion by sequential search from 0 (Devroye 1986,
 * "Non-Uniform Random Variate Generation", sec. X.3.3: one uniform, about mu + 1 steps);
 * above, Hoermann's transformed rejection with squeeze, PTRS (W. Hoermann 1993, "The
 * transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12:39-45; the algorithm numpy's Generator.poisson uses): about
 * 1.15 iterations of two uniforms, most accepted by the squeeze without a logarithm, the
 * rest by comparing with log f(k) computed from Loader's Stirling error (lib/dist). Both are
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
#include "models_internal.h"

/* log(k!) for an integer k >= 0: Loader's Stirling error plus Stirling's formula. */
static double log_factorial(double k)
{
    if (k < 1) return 0.0;
    return ctrend__stirlerr(k) + 0.5 * log(6.283185307179586476925286766559 * k) /* 2 pi k */ + k * (log(k) - 1.0);
}

/* Poisson(mu), 0 <= mu < CTREND__POIS_PTRS_MU: inversion (sequential search). */
static double rpois_inversion(const gsl_rng *r, double mu)
{
    const double u = gsl_rng_uniform(r);
    double p = exp(-mu), f = p, k = 0;
    while (u > f) {
        k += 1;
        p *= mu / k;
        if (p == 0) break; /* u within rounding of 1: the tail has no mass left */
        f += p;
    }
    return k;
}

/* Poisson(mu), mu >= CTREND__POIS_PTRS_MU: Hoermann's PTRS (constants of the paper's
 * Table, step numbers of its Algorithm PTRS). */
static double rpois_ptrs(const gsl_rng *r, double mu)
{
    const double slam = sqrt(mu);
    const double b = 0.931 + 2.53 * slam;
    const double a = -0.059 + 0.02483 * b;
    const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const double vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
        const double u = gsl_rng_uniform(r) - 0.5; /* 1 */
        const double v = gsl_rng_uniform(r);
        const double us = 0.5 - fabs(u);
        const double k = floor((2 * a / us + b) * u + mu + 0.43);
        if (us >= 0.07 && v <= vr) return k; /* 2: the squeeze */
        if (k < 0 || (us < 0.013 && v > us)) continue; /* 3 */
        /* 4: accept when log(V alpha / (a / us^2 + b)) <= log f(k) (log mu only here: most
         * draws end at the squeeze) */
        if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -mu + k * log(mu) - log_factorial(k))
            return k;
    }
}

static double rpois_small(const gsl_rng *r, double mu)
{
    return mu < CTREND__POIS_PTRS_MU ? rpois_inversion(r, mu) : rpois_ptrs(r, mu);
}

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
    return k + rpois_small(r, mu);
}

double ctrend__rnbinom(const gsl_rng *r, double size, double mu)
{
    if (!(mu >= 0) || isinf(mu) || !(size > 0)) return NAN;
    const double p = size / (size + mu);
    const double x = gsl_ran_gamma(r, size, 1.0);
    return ctrend__rpois(r, x * (1 - p) / p);
}
