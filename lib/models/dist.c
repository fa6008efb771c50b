/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dist.c — plug-in predictive quantiles of count distributions, R's qpois / qnbinom
 * semantics: the smallest integer k with P(X <= k) >= p, after R's fuzz p*(1 - 64 eps)
 * that keeps the search left-continuous (R 4.2, src/nmath/qpois.c, qnbinom.c). The CDFs
 * are GSL's (gsl_cdf_poisson_P, gsl_cdf_negative_binomial_P); the search brackets the
 * answer from a normal guess by doubling steps and bisects, so huge means cost O(log).
 */
#include <float.h>
#include <limits.h>
#include <math.h>

#include <gsl/gsl_cdf.h>

#include "models_internal.h"

typedef double (*cdf_fn)(double k, double a, double b);

static double cdf_pois(double k, double mu, double unused)
{
    (void)unused;
    return gsl_cdf_poisson_P((unsigned int)k, mu);
}

static double cdf_nb(double k, double size, double mu)
{
    return gsl_cdf_negative_binomial_P((unsigned int)k, size / (size + mu), size);
}

static double search(cdf_fn cdf, double a, double b, double p, double mean, double sd)
{
    const double kmax = (double)UINT_MAX;
    const double target = p * (1.0 - 64.0 * DBL_EPSILON);
    double guess = floor(mean + sd * gsl_cdf_ugaussian_Pinv(p));
    if (guess < 0) guess = 0;
    if (guess > kmax) guess = kmax;
    double step = sd > 1.0 ? floor(sd) : 1.0;
    double lo, hi;
    if (cdf(guess, a, b) >= target) {
        hi = guess;
        lo = hi - step;
        while (lo >= 0 && cdf(lo, a, b) >= target) {
            hi = lo;
            step *= 2;
            lo = hi - step;
        }
        if (lo < 0) lo = -1;
    } else {
        lo = guess;
        hi = lo + step;
        while (hi < kmax && cdf(hi, a, b) < target) {
            lo = hi;
            step *= 2;
            hi = lo + step;
        }
        if (hi > kmax) return INFINITY;
    }
    while (hi - lo > 1) {
        const double mid = lo + floor((hi - lo) / 2);
        if (cdf(mid, a, b) >= target) hi = mid;
        else lo = mid;
    }
    return hi;
}

double ctrend__qpois(double p, double mu)
{
    if (isnan(p) || isnan(mu) || mu < 0) return NAN;
    if (mu == 0 || p <= 0) return 0;
    if (p + 1.01 * DBL_EPSILON >= 1.0) return INFINITY;
    return search(cdf_pois, mu, 0, p, mu, sqrt(mu));
}

double ctrend__qnbinom(double p, double size, double mu)
{
    if (isnan(p) || isnan(mu) || isnan(size) || mu < 0 || size <= 0) return NAN;
    if (isinf(size)) return ctrend__qpois(p, mu);
    if (mu == 0 || p <= 0) return 0;
    if (p + 1.01 * DBL_EPSILON >= 1.0) return INFINITY;
    return search(cdf_nb, size, mu, p, mu, sqrt(mu + mu * mu / size));
}
