/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * loader.c — Loader's saddle-point evaluation of Poisson, binomial and negative binomial
 * probabilities (C. Loader, "Fast and accurate computation of binomial probabilities", 2000;
 * the method of R's nmath dpois_raw / dbinom_raw / dnbinom_mu).
 *
 * Method. With the Stirling error stirlerr(n) = log n! - log(sqrt(2 pi n)(n/e)^n) and the
 * deviance term bd0(x, np) = x log(x/np) + np - x,
 *     dpois(x; l)      = exp(-stirlerr(x) - bd0(x, l)) / sqrt(2 pi x),
 *     dbinom(x; n, p)  = exp(stirlerr(n) - stirlerr(x) - stirlerr(n-x)
 *                            - bd0(x, np) - bd0(n-x, nq)) * sqrt(n / (2 pi x (n-x))).
 * Both terms are small and computed without cancellation (bd0 by its series in
 * v = (x-np)/(x+np) when x is near np), so the relative error stays near DBL_EPSILON even for
 * x and l around 1e9, where exp(x log l - l - lgamma(x+1)) loses ~9 digits.
 * stirlerr: a table at n = 0, 1/2, ..., 15 (tests/data/dist/stirlerr_table.py, 60-digit
 * decimal arithmetic), lgamma for other n <= 15, and 2 to 5 terms of the Stirling series
 * 1/(12n) - 1/(360n^3) + 1/(1260n^5) - 1/(1680n^7) + 1/(1188n^9) above (as R 4.2).
 * dnbinom_mu: R's three regimes — x = 0 exactly, x < 1e-10 size (a Poisson-like formula with
 * the first correction term), else (size/(size+x)) dbinom(size; size+x, size/(size+mu)).
 */
#include <float.h>
#include <math.h>
#include "dist_internal.h"

#define LN_SQRT_2PI 0.918938533204672741780329736406 /* log(sqrt(2 pi)) */
#define LN_2PI 1.837877066409345483560659472811      /* log(2 pi) */
#define TWO_PI 6.283185307179586476925286766559      /* 2 pi */

static const double stirlerr_halves[31] = {
    0.00000000000000000e+00, 1.53426409720027357e-01, 8.10614667953272611e-02,
    5.48141210519176511e-02, 4.13406959554092970e-02, 3.31628735199362909e-02,
    2.76779256849983384e-02, 2.37461636562974962e-02, 2.07906721037650934e-02,
    1.84884505326731868e-02, 1.66446911898211931e-02, 1.51349732219173781e-02,
    1.38761288230707484e-02, 1.28104652429202274e-02, 1.18967099458917695e-02,
    1.11045597582069173e-02, 1.04112652619720962e-02, 9.79941612615880392e-03,
    9.25546218271273285e-03, 8.76870013413938616e-03, 8.33056343336287079e-03,
    7.93411456431401992e-03, 7.57367548795184059e-03, 7.24455430132038298e-03,
    6.94284010720952992e-03, 6.66524703270768206e-03, 6.40899418800420714e-03,
    6.17171226303945761e-03, 5.95137011275884750e-03, 5.74621651301011546e-03,
    5.55473355196280105e-03,
};

double ctrend__stirlerr(double n)
{
    const double S0 = 1.0 / 12, S1 = 1.0 / 360, S2 = 1.0 / 1260, S3 = 1.0 / 1680, S4 = 1.0 / 1188;
    if (n <= 15.0) {
        const double nn = n + n;
        if (nn == floor(nn)) return stirlerr_halves[(int)nn];
        return lgamma(n + 1.0) - (n + 0.5) * log(n) + n - LN_SQRT_2PI;
    }
    const double nn = n * n;
    if (n > 500) return (S0 - S1 / nn) / n;
    if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
    if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
    return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

double ctrend__bd0(double x, double np)
{
    if (fabs(x - np) < 0.1 * (x + np)) {
        double v = (x - np) / (x + np);
        double s = (x - np) * v;
        if (fabs(s) < DBL_MIN) return s;
        double ej = 2 * x * v;
        v = v * v;
        for (int j = 1; j < 1000; ++j) { /* |v| < 1/21: converges in < 30 terms */
            ej *= v;
            const double s1 = s + ej / (double)(2 * j + 1);
            if (s1 == s) return s1;
            s = s1;
        }
    }
    return x * log(x / np) + np - x;
}

double ctrend__dpois_raw(double x, double lambda, int give_log)
{
    if (lambda == 0) return x == 0 ? (give_log ? 0.0 : 1.0) : (give_log ? -INFINITY : 0.0);
    if (x < 0) return give_log ? -INFINITY : 0.0;
    if (x <= lambda * DBL_MIN) return give_log ? -lambda : exp(-lambda);
    if (lambda < x * DBL_MIN) {
        const double l = -lambda + x * log(lambda) - lgamma(x + 1);
        return give_log ? l : exp(l);
    }
    const double e = -ctrend__stirlerr(x) - ctrend__bd0(x, lambda);
    return give_log ? e - 0.5 * log(TWO_PI * x) : exp(e) / sqrt(TWO_PI * x);
}

double ctrend__dbinom_raw(double x, double n, double p, double q, int give_log)
{
    double lc;
    if (p == 0) return x == 0 ? (give_log ? 0.0 : 1.0) : (give_log ? -INFINITY : 0.0);
    if (q == 0) return x == n ? (give_log ? 0.0 : 1.0) : (give_log ? -INFINITY : 0.0);
    if (x == 0) {
        if (n == 0) return give_log ? 0.0 : 1.0;
        lc = p < 0.1 ? -ctrend__bd0(n, n * q) - n * p : n * log(q);
        return give_log ? lc : exp(lc);
    }
    if (x == n) {
        lc = q < 0.1 ? -ctrend__bd0(n, n * p) - n * q : n * log(p);
        return give_log ? lc : exp(lc);
    }
    if (x < 0 || x > n) return give_log ? -INFINITY : 0.0;
    lc = ctrend__stirlerr(n) - ctrend__stirlerr(x) - ctrend__stirlerr(n - x) -
         ctrend__bd0(x, n * p) - ctrend__bd0(n - x, n * q);
    const double lf = LN_2PI + log(x) + log1p(-x / n);
    return give_log ? lc - 0.5 * lf : exp(lc - 0.5 * lf);
}

double ctrend__dnbinom_mu_raw(double x, double size, double mu, int give_log)
{
    if (x == 0) {
        const double l = size * (size < mu ? log(size / (size + mu)) : log1p(-mu / (size + mu)));
        return give_log ? l : exp(l);
    }
    if (mu == 0) return give_log ? -INFINITY : 0.0;
    if (x < 1e-10 * size) {
        const double lp = size < mu ? log(size / (1 + size / mu)) : log(mu / (1 + mu / size));
        const double l = x * lp - mu - lgamma(x + 1) + log1p(x * (x - 1) / (2 * size));
        return give_log ? l : exp(l);
    }
    const double f = size / (size + x);
    const double d = ctrend__dbinom_raw(size, x + size, size / (size + mu), mu / (size + mu),
                                        give_log);
    return give_log ? log(f) + d : f * d;
}
