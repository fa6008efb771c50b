/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dist.c — count distributions for forecasts and bootstraps: plug-in quantiles and draws.
 *
 * Quantiles follow R's qpois / qnbinom semantics: the smallest integer k with P(X <= k) >= p,
 * after R's fuzz p*(1 - 64 eps) that keeps the search left-continuous (R 4.2,
 * src/nmath/qpois.c, qnbinom.c). The search brackets the answer from a normal guess by
 * doubling steps and bisects, so huge means cost O(log); k runs up to 2^53 (every integer a
 * double holds exactly), not to UINT_MAX.
 *
 * CDFs. Poisson with mu < CTREND__POIS_ASYMP_MU: GSL's gsl_cdf_poisson_P (as in 0.1). Above,
 * GSL's incomplete gamma loses digits (at mu = 1e8 its quantiles were 1 558 below R's) and
 * fails outright at larger x ("error in large x asymptotic"), so P(X <= k; mu) is the
 * uniform asymptotic expansion of the incomplete gamma function in the form R's pgamma uses
 * near the centre (Temme 1979, "The asymptotic expansion of the incomplete gamma functions",
 * SIAM J. Math. Anal. 10:757; the seven-term coefficients of M. Welinder's ppois_asymp in R's
 * src/nmath/pgamma.c, reimplemented here): with t = -log1pmx((mu - k)/k) and
 * s = sign(k - mu) sqrt(2 k t), P = Q(-s) + phi(s) R(k, t) / B(k) with Q, phi the normal tail
 * and density. Far from the centre, where R switches to series, the expansion still gives 0
 * or 1 to double precision for mu >= CTREND__POIS_ASYMP_MU, which is all the search needs.
 * NB: gsl_cdf_beta_P(size/(size+mu), size, k + 1) with k a double (the identity behind
 * gsl_cdf_negative_binomial_P, without its unsigned-int k).
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
#include <float.h>
#include <limits.h>
#include <math.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>

#include "models_internal.h"

typedef double (*cdf_fn)(double k, double a, double b);

/* log(1 + x) - x without cancellation for small |x|: with r = x / (2 + x),
 * log(1 + x) = 2 atanh(r) = 2 (r + r^3/3 + r^5/5 + ...) and 2r - x = -r x. */
static double log1pmx(double x)
{
    if (x > 1.0 || x < -0.5) return log1p(x) - x;
    const double r = x / (2.0 + x), y = r * r;
    double term = y, sum = 0.0;
    for (int i = 3; i < 200; i += 2) {
        const double t = term / i;
        sum += t;
        if (t <= sum * DBL_EPSILON) break;
        term *= y;
    }
    return r * (2.0 * sum - x);
}

/* P(X <= k) for X ~ Poisson(mu), k >= 1, mu large: the uniform expansion (Temme 1979) with
 * the coefficients of the incomplete-gamma series a_i (sqrt(k) terms) and b_i (Stirling's
 * series, also the normaliser B(k) = k + sum b_i k^(1-i)). */
static double ppois_asymp(double k, double mu)
{
    static const double a[7] = {2.0 / 3.0, -4.0 / 135.0, 8.0 / 2835.0, 16.0 / 8505.0,
                                -8992.0 / 12629925.0, -334144.0 / 492567075.0,
                                698752.0 / 1477701225.0};
    static const double b[7] = {1.0 / 12.0, 1.0 / 288.0, -139.0 / 51840.0,
                                -571.0 / 2488320.0, 163879.0 / 209018880.0,
                                5246819.0 / 75246796800.0, -534703531.0 / 902961561600.0};
    const double d = mu - k;
    const double t = -log1pmx(d / k);
    double s = sqrt(2.0 * k * t);
    if (d < 0) s = -s;
    double num = 0.0, t1 = sqrt(k), g1 = t1, t2 = s, g2 = s;
    for (int i = 0; i < 7; ++i) {
        num += g1 * a[i] + g2 * b[i];
        t1 *= t / (i + 1);
        t2 *= 2.0 * t / (2 * i + 3);
        g1 = g1 / k + t1;
        g2 = g2 / k + t2;
    }
    double den = k, pk = 1.0;
    for (int i = 0; i < 7; ++i) {
        den += pk * b[i];
        pk /= k;
    }
    return gsl_cdf_ugaussian_Q(s) + (num / den) * exp(-0.5 * s * s) * 0.398942280401432677939946059934 /* 1/sqrt(2 pi) */;
}

static double cdf_pois(double k, double mu, double unused)
{
    (void)unused;
    if (mu < CTREND__POIS_ASYMP_MU) return gsl_cdf_poisson_P((unsigned int)k, mu);
    if (k < 1.0) return k < 0 ? 0.0 : exp(-mu) * (1.0 + k * mu);
    const double p = ppois_asymp(k, mu);
    return p < 0 ? 0.0 : p > 1 ? 1.0 : p;
}

static double cdf_nb(double k, double size, double mu)
{
    if (k <= (double)UINT_MAX) return gsl_cdf_negative_binomial_P((unsigned int)k, size / (size + mu), size);
    return gsl_cdf_beta_P(size / (size + mu), size, k + 1.0);
}

static double search(cdf_fn cdf, double a, double b, double p, double mean, double sd)
{
    const double kmax = CTREND__MAX_COUNT;
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
