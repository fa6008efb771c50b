/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * search.c — tails and quantiles shared by the count distributions of lib/dist/.
 *
 * Tails. P(X <= y) and P(X > y) are each computed directly (Poisson: the regularized
 * incomplete gamma functions Q(y+1, lambda) and P(y+1, lambda); negative binomial: the
 * regularized incomplete beta I_p(size, y+1) and I_{1-p}(y+1, size), p = size/(size+mu)), so
 * a tiny upper tail keeps its relative precision instead of being 1 - (a number near 1). The
 * log of a tail uses log1p(-other tail) when the tail is above 1/2.
 *
 * Quantiles. The smallest integer y with F(y) >= p (or S(y) < p for the upper tail), as R's
 * qpois/qnbinom: start from the Cornish-Fisher expansion mean + sigma (z + gamma (z^2-1)/6)
 * (z the normal quantile; Johnson, Kotz & Kemp, Univariate Discrete Distributions, sec. 1.7),
 * then step by doubling increments to bracket the answer and bisect on integers: about
 * 2 log2(|error of the guess|) + 2 tail evaluations, where R's linear search with shrinking
 * steps takes more. p is first moved by R's relative fuzz (8 DBL_EPSILON, 2 on the log scale;
 * R 4.2's qDiscrete_search.h) so that a p that equals F(y) up to rounding gives y, as R.
 */
#include <float.h>
#include <math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>
#include "ctrend/common.h"
#include "dist_internal.h"

/* ---- tails by summation ------------------------------------------------------------ *
 * GSL's incomplete gamma and beta functions report an error estimate; where it exceeds
 * TAIL_RTOL of the value (Poisson means ~1e9 more than a few sd from y: 8e-12 at 4.3e9;
 * NB with size 0.5 and mu 1e7: 4e-10) or GSL gives up (its large-x series for a ~ 1e8), the
 * tail is summed instead: from the mass at its end (Loader's pmf), by the ratio
 * r(k) = f(k+1)/f(k) upwards or its inverse downwards, each term recomputed exactly every 256
 * steps so that rounding does not accumulate, in a Neumaier-compensated sum. The smaller
 * tail is summed (the side GSL's value points to) and the other is 1 minus it. The sum stops
 * when a term falls below 1e-3 DBL_EPSILON of the sum; it is not tried when it would need more
 * than SUM_MAX_TERMS terms (estimated as 12 sd for the Poisson's light tails, 60 sd for the
 * negative binomial's geometric ones): then
 * GSL's value is used if its error estimate is within TAIL_RTOL_LOOSE, else CTREND_ENUMERIC
 * (a tail is never returned less accurate than that). Checked against R 4.2.2 and against
 * sums of R's own dpois/dnbinom in tests/test_dist.c. */
#define TAIL_RTOL 1e-14
#define TAIL_RTOL_LOOSE 1e-9
#define SUM_MAX_TERMS 5000000L

typedef double (*pmf_fn)(double k, const double *par);
typedef double (*ratio_fn)(double k, const double *par); /* f(k+1) / f(k) */

static double pois_pmf(double k, const double *par)
{
    return ctrend__dpois_raw(k, par[0], 0);
}
static double pois_ratio(double k, const double *par)
{
    return par[0] / (k + 1);
}
static double nb_pmf(double k, const double *par)
{
    return ctrend__dnbinom_mu_raw(k, par[0], par[1], 0);
}
static double nb_ratio(double k, const double *par)
{
    return (k + par[0]) / (k + 1) * (par[1] / (par[0] + par[1]));
}

/* Sum of f(k) for k <= y (down) or k > y (up); CTREND_ERANGE after SUM_MAX_TERMS terms. */
static int sum_side(pmf_fn pmf, ratio_fn ratio, double y, const double *par, int down,
                    double *out)
{
    double k = down ? y : y + 1;
    double f = pmf(k, par);
    double s = 0, c = 0;
    for (long i = 1; f > 0; ++i) {
        const double t = s + f;
        c += fabs(s) >= fabs(f) ? (s - t) + f : (f - t) + s;
        s = t;
        if (f < DBL_EPSILON * 1e-3 * s) break;
        if (down) {
            if (k < 1) break;
            k -= 1;
            f /= ratio(k, par);
        } else {
            f *= ratio(k, par);
            k += 1;
        }
        if (i % 256 == 0) f = pmf(k, par);
        if (i >= SUM_MAX_TERMS) return CTREND_ERANGE;
    }
    *out = s + c;
    return CTREND_OK;
}

/* Finish a tail from GSL's result (status st, value r) or by summation. `down_guess` says
 * which side is the smaller one when GSL gave nothing. */
static int tail_or_sum(int st, const gsl_sf_result *r, pmf_fn pmf, ratio_fn ratio, double y,
                       const double *par, int lower_tail, int down_guess, double terms,
                       double *out)
{
    const int gsl_ok = st == GSL_SUCCESS && isfinite(r->val);
    if (st == GSL_EUNDRFLW) {
        *out = 0.0;
        return CTREND_OK;
    }
    if (gsl_ok && r->err <= TAIL_RTOL * r->val) {
        *out = r->val;
        return CTREND_OK;
    }
    const int down = gsl_ok ? (lower_tail ? r->val < 0.5 : r->val > 0.5) : down_guess;
    double near;
    if (terms < (double)SUM_MAX_TERMS && sum_side(pmf, ratio, y, par, down, &near) == CTREND_OK) {
        *out = lower_tail == down ? near : 1 - near;
        return CTREND_OK;
    }
    if (gsl_ok && r->err <= TAIL_RTOL_LOOSE * r->val) {
        *out = r->val;
        return CTREND_OK;
    }
    return CTREND_ENUMERIC;
}

int ctrend__ppois_tail(double y, const double *par, int lower_tail, double *out)
{
    const double lambda = par[0];
    if (y < 0) {
        *out = lower_tail ? 0.0 : 1.0;
        return CTREND_OK;
    }
    if (lambda == 0) {
        *out = lower_tail ? 1.0 : 0.0;
        return CTREND_OK;
    }
    gsl_sf_result r;
    const int st = lower_tail ? gsl_sf_gamma_inc_Q_e(y + 1, lambda, &r)
                              : gsl_sf_gamma_inc_P_e(y + 1, lambda, &r);
    const int rc = tail_or_sum(st, &r, pois_pmf, pois_ratio, y, par, lower_tail, y < lambda,
                               12 * sqrt(lambda) + 100, out);
    if (rc == CTREND_ENUMERIC && lambda >= CTREND__POIS_ASYMP_MU && y >= 1) {
        *out = ctrend__ppois_asymp(y, lambda, lower_tail); /* GSL failed, a sum is too long */
        return CTREND_OK;
    }
    return rc;
}

/* I_x(a, b) by the continued fraction of Abramowitz & Stegun 26.5.8 (modified Lentz
 * evaluation, Lentz 1976), for x < (a+1)/(a+b+2) where it converges fast; y = 1 - x is
 * passed separately (formed without cancellation by the caller). The prefactor
 * x^a y^b / (a B(a, b)) is b/(a+b) times the binomial mass dbinom(a; a+b, x) of Loader's
 * form instead of exp(lgamma sums), which cancel when a or b is huge (GSL's lbeta loses ~1e-9
 * of the value at b ~ 1e7, the cause of its error in the wide NB tails; Loader's form is good
 * to ~3e-11 even at a = 1e6). CTREND_ENOCONV after 1e6 terms. */
static int pbeta_cf(double x, double y, double a, double b, double *out)
{
    const double tiny = 1e-300;
    double d = 1 - (a + b) * x / (a + 1);
    if (fabs(d) < tiny) d = tiny;
    d = 1 / d;
    /* cppcheck-suppress variableScope ; c carries from one iteration to the next (Lentz) */
    double h = d, c = 1;
    for (int m = 1; m <= 1000000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
        d = 1 + aa * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1 + aa / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
        d = 1 + aa * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1 + aa / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (fabs(del - 1) < 1e-16) {
            *out = ctrend__dbinom_raw(a, a + b, x, y, 0) * (b / (a + b)) * h;
            return isfinite(*out) ? CTREND_OK : CTREND_ENUMERIC;
        }
    }
    return CTREND_ENOCONV;
}

/* I_x(a, b) for either side of the mean, from pbeta_cf on the side where it converges. */
static int pbeta_own(double x, double y, double a, double b, double *out)
{
    if (x < (a + 1) / (a + b + 2)) return pbeta_cf(x, y, a, b, out);
    double v;
    const int st = pbeta_cf(y, x, b, a, &v);
    if (st == CTREND_OK) *out = 1 - v;
    return st;
}

int ctrend__pnbinom_tail(double y, const double *par, int lower_tail, double *out)
{
    const double size = par[0], mu = par[1];
    if (y < 0) {
        *out = lower_tail ? 0.0 : 1.0;
        return CTREND_OK;
    }
    if (mu == 0) {
        *out = lower_tail ? 1.0 : 0.0;
        return CTREND_OK;
    }
    /* p = size/(size+mu) and q = mu/(size+mu) are each formed directly (no 1 - p) */
    const double p = size / (size + mu), q = mu / (size + mu);
    const double terms = 60 * sqrt(mu + mu * mu / size) + 100;
    /* GSL's incomplete beta reports error estimates far below its actual error when size or
     * y is large (its lbeta cancels: 1e-10 at size 1e6), so it is the last resort here:
     * 1. sum the smaller tail when that is feasible and size < 1000 (for larger sizes Loader's
     * NB mass itself is only good to ~1e-11: dbinom_raw's Stirling terms cancel), 2. the
     * continued fraction with Loader's prefactor, 3. GSL within TAIL_RTOL_LOOSE. */
    if (terms < (double)SUM_MAX_TERMS && size < 1000) {
        double near = NAN; /* stays NaN when the first sum gives up (ERANGE): then step 2 */
        int down = y < mu;
        if (sum_side(nb_pmf, nb_ratio, y, par, down, &near) == CTREND_OK && near > 0.5) {
            down = !down;
            if (sum_side(nb_pmf, nb_ratio, y, par, down, &near) != CTREND_OK) near = NAN;
        }
        if (isfinite(near)) {
            *out = lower_tail == down ? near : 1 - near;
            return CTREND_OK;
        }
    }
    if ((lower_tail ? pbeta_own(p, q, size, y + 1, out) : pbeta_own(q, p, y + 1, size, out)) ==
        CTREND_OK)
        return CTREND_OK;
    gsl_sf_result r;
    const int st = lower_tail ? gsl_sf_beta_inc_e(size, y + 1, p, &r)
                              : gsl_sf_beta_inc_e(y + 1, size, q, &r);
    if (st == GSL_SUCCESS && isfinite(r.val) && r.err <= TAIL_RTOL_LOOSE * r.val) {
        *out = r.val;
        return CTREND_OK;
    }
    return CTREND_ENUMERIC;
}

/* log of a tail too small for a double, from the log mass at its end and the ratio series
 * F(y) = f(y) (1 + f(y-1)/f(y) + ...) or S(y) = f(y+1) (1 + f(y+2)/f(y+1) + ...); in the far
 * tail the ratios are below 1 and shrink, so the sum settles (-Inf if not in 10^7 terms). */
static double log_series(double y, const double *par, int poisson, int lower_tail)
{
    double sum = 1, term = 1;
    if (lower_tail) {
        for (double k = y; k >= 1 && term > DBL_EPSILON * sum; k -= 1) {
            term /= poisson ? par[0] / k : (k - 1 + par[0]) / k * (par[1] / (par[0] + par[1]));
            sum += term;
            if (y - k > 1e7 || !isfinite(sum)) return -INFINITY;
        }
        return (poisson ? ctrend__dpois_raw(y, par[0], 1)
                        : ctrend__dnbinom_mu_raw(y, par[0], par[1], 1)) + log(sum);
    }
    for (double k = y + 1; term > DBL_EPSILON * sum; k += 1) {
        term *= poisson ? par[0] / (k + 1) : (k + par[0]) / (k + 1) * (par[1] / (par[0] + par[1]));
        sum += term;
        if (k - y > 1e7 || !isfinite(sum)) return -INFINITY;
    }
    return (poisson ? ctrend__dpois_raw(y + 1, par[0], 1)
                    : ctrend__dnbinom_mu_raw(y + 1, par[0], par[1], 1)) + log(sum);
}

int ctrend__log_tail(ctrend__tail_fn tail, double y, const double *par, int lower_tail,
                     double *out)
{
    double t;
    int st = tail(y, par, lower_tail, &t);
    if (st != CTREND_OK) return st;
    if (t == 0 && y >= 0 && (tail == ctrend__ppois_tail || tail == ctrend__pnbinom_tail)) {
        *out = log_series(y, par, tail == ctrend__ppois_tail, lower_tail);
        return CTREND_OK;
    }
    if (t > 0.5) {
        double other;
        st = tail(y, par, !lower_tail, &other);
        if (st != CTREND_OK) return st;
        *out = log1p(-other);
    } else {
        *out = t > 0 ? log(t) : -INFINITY;
    }
    return CTREND_OK;
}

int ctrend__dist_nonint(double x)
{
    return fabs(x - nearbyint(x)) > 1e-7 * fmax(1.0, fabs(x));
}

double ctrend__dist_floor(double q)
{
    return floor(q + 1e-7);
}

int ctrend__dist_cdf(ctrend__tail_fn tail, double y, const double *par, int lower_tail,
                     int log_p, double *out)
{
    double v;
    int st = CTREND_OK;
    if (y < 0)
        v = lower_tail ? 0.0 : 1.0;
    else if (isinf(y))
        v = lower_tail ? 1.0 : 0.0;
    else if (!log_p)
        st = tail(y, par, lower_tail, &v);
    else
        st = ctrend__log_tail(tail, y, par, lower_tail, &v);
    if (st != CTREND_OK) return st;
    if (log_p && (y < 0 || isinf(y))) v = v > 0 ? 0.0 : -INFINITY;
    /* -Inf is right only for a probability that is exactly 0 (below the support) */
    if (log_p && isinf(v) && y >= 0 && !isinf(y)) return CTREND_ERANGE;
    *out = v;
    return CTREND_OK;
}

int ctrend__dist_qedges(double p, int lower_tail, int log_p, double *edge)
{
    if (log_p ? p > 0 : (p < 0 || p > 1)) return CTREND_EDOMAIN;
    const double p0 = log_p ? -INFINITY : 0.0, p1 = log_p ? 0.0 : 1.0;
    *edge = NAN;
    if (p == p0) *edge = lower_tail ? 0.0 : INFINITY;
    if (p == p1) *edge = lower_tail ? INFINITY : 0.0;
    return CTREND_OK;
}

typedef struct {
    ctrend__tail_fn tail;
    const double *par;
    int lower_tail, log_p;
    double target;
} query;

/* Is y at or beyond the quantile? F(y) >= p (lower tail) or S(y) < p (upper tail). */
static int beyond(const query *q, double y, int *yes)
{
    double v;
    const int st = q->log_p ? ctrend__log_tail(q->tail, y, q->par, q->lower_tail, &v)
                            : q->tail(y, q->par, q->lower_tail, &v);
    if (st != CTREND_OK) return st;
    *yes = q->lower_tail ? v >= q->target : v < q->target;
    return CTREND_OK;
}

int ctrend__qdiscrete(double p, int lower_tail, int log_p, double mean, double sigma,
                      double gamma, ctrend__tail_fn tail, const double *par, double *out)
{
    query q = {tail, par, lower_tail, log_p, p};
    if (log_p) {
        const double e = 2 * DBL_EPSILON;
        q.target = lower_tail && p > -DBL_MAX ? p * (1 + e) : p * (1 - e);
    } else {
        const double e = 8 * DBL_EPSILON;
        if (lower_tail)
            q.target = p * (1 - e);
        else if (1 - p > 4 * e)
            q.target = p * (1 + e);
    }
    /* Cornish-Fisher start; the lower-tail probability gives z */
    double pl = log_p ? exp(p) : p;
    if (!lower_tail) pl = log_p ? -expm1(p) : 1 - p;
    if (pl < 1e-300) pl = 1e-300;
    if (pl > 1 - 1e-16) pl = 1 - 1e-16;
    const double z = gsl_cdf_ugaussian_Pinv(pl);
    double y = floor(mean + sigma * (z + gamma * (z * z - 1) / 6) + 0.5);
    if (!(y >= 0)) y = 0;
    if (y > 0x1p53) y = 0x1p53;
    int yes, st = beyond(&q, y, &yes);
    if (st != CTREND_OK) return st;
    double lo, hi; /* invariant: not beyond at lo (or lo = -1), beyond at hi */
    double step = 1;
    if (yes) {
        hi = y;
        for (;;) {
            lo = hi - step;
            if (lo < 0) {
                lo = -1;
                break;
            }
            if ((st = beyond(&q, lo, &yes)) != CTREND_OK) return st;
            if (!yes) break;
            hi = lo;
            step *= 2;
        }
    } else {
        lo = y;
        for (;;) {
            hi = lo + step;
            if (hi > 0x1p53) return CTREND_ERANGE; /* beyond exact integers in a double */
            if ((st = beyond(&q, hi, &yes)) != CTREND_OK) return st;
            if (yes) break;
            lo = hi;
            step *= 2;
        }
    }
    while (hi - lo > 1) {
        const double mid = floor(lo + (hi - lo) / 2);
        if ((st = beyond(&q, mid, &yes)) != CTREND_OK) return st;
        if (yes)
            hi = mid;
        else
            lo = mid;
    }
    *out = hi;
    return CTREND_OK;
}
