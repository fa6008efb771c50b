/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * temme.c — Poisson tails at huge means where neither GSL's incomplete gamma (it fails:
 * "error in large x asymptotic" at means ~1e12) nor a sum of masses (more than 5e6 terms)
 * can give them: the uniform asymptotic expansion of the incomplete gamma function in the
 * form R's pgamma uses near the centre (Temme 1979, "The asymptotic expansion of the
 * incomplete gamma functions", SIAM J. Math. Anal. 10:757; the seven-term coefficients of
 * M. Welinder's ppois_asymp in R's src/nmath/pgamma.c, reimplemented here): with
 * t = -log1pmx((mu - k)/k) and s = sign(k - mu) sqrt(2 k t), P(X <= k) = Q(s) + phi(s) R(k, t)
 * / B(k) and P(X > k) = Phi(s) - phi(s) R / B, with Phi, Q, phi the normal distribution, tail
 * and density. Relative error O(k^-7) at the centre; far from it the value is 0 or 1 to
 * double precision for mu >= 1e5, which is all a quantile search needs. (Moved from
 * lib/models/dist.c, where 0.1's forecast quantiles used it; qpois agreement with R up to
 * 1e12: tests/data/models/qpois_large_R.txt.)
 */
#include <float.h>
#include <math.h>

#include <gsl/gsl_cdf.h>

#include "dist_internal.h"

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

/* P(X <= k) (or P(X > k)) for X ~ Poisson(mu), k >= 1, mu large: the uniform expansion (Temme 1979) with
 * the coefficients of the incomplete-gamma series a_i (sqrt(k) terms) and b_i (Stirling's
 * series, also the normaliser B(k) = k + sum b_i k^(1-i)). */
static double asymp(double k, double mu, int lower_tail)
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
    const double f = (num / den) * exp(-0.5 * s * s) * 0.398942280401432677939946059934; /* 1/sqrt(2 pi) */
    return lower_tail ? gsl_cdf_ugaussian_Q(s) + f : gsl_cdf_ugaussian_P(s) - f;
}

double ctrend__ppois_asymp(double y, double lambda, int lower_tail)
{
    const double p = asymp(y, lambda, lower_tail);
    return p < 0 ? 0.0 : p > 1 ? 1.0 : p;
}
