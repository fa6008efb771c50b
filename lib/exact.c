/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * exact.c — exact Poisson intervals and tests (see include/ctrend/exact.h).
 *
 * Method and sources
 *   - Garwood (1936) interval via the Poisson–gamma duality: P(X >= x; mu) = P_gamma(mu; x, 1), so
 *     the central 1 - a limits are the a/2 and 1 - a/2 quantiles of Gamma(x) and Gamma(x + 1).
 *     This is the interval of R's stats::poisson.test (R 4.2.2, src/library/stats/R/poisson.test.R).
 *   - Mid-p limits (Lancaster 1961; Rothman & Greenland, Modern Epidemiology 3rd ed., ch. 14):
 *     the same tail equations with half the probability of the observed count; solved with
 *     GSL's Brent root finder between the Garwood limits for x and x + 1, which bracket them.
 *   - Two rates: conditional on the total, x1 is binomial (Przyborowski & Wilenski 1940); the
 *     test and the Clopper–Pearson interval are R's stats::binom.test, mapped to the rate ratio
 *     exactly as poisson.test does.
 *   - Two-sided exact p-values use R's rule: sum the probabilities of every outcome no more
 *     likely than the observed one, with a relative tie tolerance of 1e-7. Where R counts those
 *     outcomes by a linear scan we do the same for ranges up to CTREND__SCAN_MAX outcomes; for
 *     larger ranges (huge counts) we use bisection, valid because the Poisson and binomial pmfs
 *     are unimodal with their mode at floor(m) or ceil(m), m the mean.
 * The Poisson and binomial masses are R's dpois/dbinom from lib/dist (one home per
 * distribution, docs/api.md section 10); the other special functions come from GSL:
 * gsl_cdf_gamma_Pinv/Qinv, gsl_sf_gamma_inc_P_e/Q_e, gsl_sf_beta_inc_e,
 * gsl_root_fsolver_brent. Inputs are validated before any GSL call.
 */
#include "ctrend/exact.h"

#include <math.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_gamma.h>

#include "dist/dist_internal.h"

/* Largest outcome range counted by a plain linear scan (R's algorithm) in two-sided p-values. */
#define CTREND__SCAN_MAX 1000000.0

/* ---- validation -------------------------------------------------------------------------- */

static int check_count(double x)
{
    if (!isfinite(x) || x < 0.0) return CTREND_EDOMAIN;
    if (fabs(x - nearbyint(x)) > 1e-7) return CTREND_EDOMAIN;
    if (nearbyint(x) > CTREND_EXACT_COUNT_MAX) return CTREND_ERANGE;
    return CTREND_OK;
}

static int check_exposure(double t)
{
    return (isfinite(t) && t > 0.0) ? CTREND_OK : CTREND_EINVAL;
}

static int check_level(double level)
{
    return (isfinite(level) && level > 0.0 && level < 1.0) ? CTREND_OK : CTREND_EINVAL;
}

static int check_alternative(int alt)
{
    return (alt == CTREND_TWO_SIDED || alt == CTREND_LESS || alt == CTREND_GREATER)
               ? CTREND_OK
               : CTREND_EINVAL;
}

/* R's defaults: poisson.test(x, T, r = 1, alternative = "two.sided", conf.level = 0.95). */
static const ctrend_exact_test DEFAULT_TEST = {1.0, CTREND_TWO_SIDED, 0.95};

/* The test to run (NULL = R's defaults), validated. */
static int check_test(const ctrend_exact_test *test, const ctrend_exact_test **out)
{
    const ctrend_exact_test *t = test ? test : &DEFAULT_TEST;
    int rc;
    if ((rc = check_level(t->level)) || (rc = check_alternative(t->alternative))) return rc;
    if (!isfinite(t->null_value) || t->null_value <= 0.0) return CTREND_EINVAL;
    *out = t;
    return CTREND_OK;
}

static void put(ctrend_exact_result *out, double estimate, double lower, double upper,
                double p_value)
{
    out->estimate = estimate;
    out->lower = lower;
    out->upper = upper;
    out->p_value = p_value;
}

/* ---- regularised incomplete gamma with a fallback ---------------------------------------- */

/*
 * GSL 2.7's gsl_sf_gamma_inc_Q_e stops with GSL_EMAXITER (and a wrong value) for shapes a >= 1e6
 * between 1 and ~6 standard deviations above the mean (its continued fraction does not
 * converge there); gsl_sf_gamma_inc_P_e stays accurate there (uniform asymptotic expansion).
 * So each tail is taken from its own routine and, if that reports failure, from 1 minus the
 * other one (absolute error ~1e-16). gsl_cdf_poisson_P/Q and gsl_cdf_gamma_P/Q inherit the
 * failure silently, which is why they are not used here.
 */
/* GSL_EUNDRFLW means the true value is below DBL_MIN; GSL then stores 0, the right answer here. */
static int ok(int gsl_status)
{
    return gsl_status == GSL_SUCCESS || gsl_status == GSL_EUNDRFLW;
}

static double gamma_p(double a, double x, int *status)
{
    gsl_sf_result r;
    if (ok(gsl_sf_gamma_inc_P_e(a, x, &r))) return r.val;
    if (ok(gsl_sf_gamma_inc_Q_e(a, x, &r))) return 1.0 - r.val;
    *status = CTREND_ENUMERIC;
    return NAN;
}

static double gamma_q(double a, double x, int *status)
{
    gsl_sf_result r;
    if (ok(gsl_sf_gamma_inc_Q_e(a, x, &r))) return r.val;
    if (ok(gsl_sf_gamma_inc_P_e(a, x, &r))) return 1.0 - r.val;
    *status = CTREND_ENUMERIC;
    return NAN;
}

static double beta_i(double a, double b, double x, int *status)
{
    gsl_sf_result r;
    if (ok(gsl_sf_beta_inc_e(a, b, x, &r))) return r.val;
    *status = CTREND_ENUMERIC;
    return NAN;
}

/* ---- monotone root finding (GSL Brent) ---------------------------------------------------- */

/* f(mu) for the tail equations below; status records the first GSL failure seen. */
struct tail_eq {
    double a, b;   /* distribution parameters */
    double target; /* tail probability */
    int kind;      /* see tail_fn */
    int status;
};

/*
 * kind 0: P_gamma(a, mu)                     (Poisson P(X >= a; mu), a >= 1), increasing
 * kind 1: Q_gamma(a, mu)                     (Poisson P(X <= a-1; mu)), decreasing
 * kind 2: I_p(a, b)                          (beta lower tail), increasing in p
 * kind 3: I_{1-p}(b, a)                      (beta upper tail of Beta(a, b)), decreasing in p
 * kind 4: [P_gamma(a, mu) + P_gamma(a+1, mu)]/2        mid-p lower equation, increasing
 * kind 5: [Q_gamma(a+1, mu) + Q_gamma(a, mu)]/2 (a>=1) mid-p upper equation, decreasing
 */
static double tail_fn(double v, void *params)
{
    struct tail_eq *e = params;
    int st = CTREND_OK;
    double f;
    switch (e->kind) {
    case 0: f = gamma_p(e->a, v, &st); break;
    case 1: f = gamma_q(e->a, v, &st); break;
    case 2: f = beta_i(e->a, e->b, v, &st); break;
    case 3: f = beta_i(e->b, e->a, 1.0 - v, &st); break;
    case 4: f = 0.5 * (gamma_p(e->a, v, &st) + gamma_p(e->a + 1.0, v, &st)); break;
    default:
        f = 0.5 * (gamma_q(e->a + 1.0, v, &st) + (e->a > 0.0 ? gamma_q(e->a, v, &st) : 0.0));
        break;
    }
    if (st != CTREND_OK && e->status == CTREND_OK) e->status = st;
    return f - e->target;
}

/* Root of tail_fn in [lo, hi] (the caller guarantees a sign change) by GSL's Brent solver. */
static int solve(struct tail_eq *e, double lo, double hi, double *root)
{
    gsl_function f = {tail_fn, e};
    gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    if (!s) return CTREND_ENOMEM;
    int rc = CTREND_ENOCONV;
    if (gsl_root_fsolver_set(s, &f, lo, hi) != GSL_SUCCESS) {
        rc = CTREND_ENUMERIC;
    } else {
        for (int iter = 0; iter < CTREND_EXACT_ROOT_MAXITER; iter++) {
            if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS) {
                rc = CTREND_ENUMERIC;
                break;
            }
            const double a = gsl_root_fsolver_x_lower(s), b = gsl_root_fsolver_x_upper(s);
            if (gsl_root_test_interval(a, b, 0.0, CTREND_EXACT_ROOT_RTOL) == GSL_SUCCESS ||
                a == b) {
                *root = gsl_root_fsolver_root(s);
                rc = CTREND_OK;
                break;
            }
        }
    }
    gsl_root_fsolver_free(s);
    if (rc == CTREND_OK && e->status != CTREND_OK) rc = e->status;
    if (rc == CTREND_OK && !isfinite(*root)) rc = CTREND_ENUMERIC;
    return rc;
}

/* Upper end of a bracket for a decreasing gamma-tail equation: double until f(hi) <= 0. */
static int bracket_up(struct tail_eq *e, double start, double *hi)
{
    double h = start > 1.0 ? start : 1.0;
    for (int i = 0; i < 2100; i++) {
        const double f = tail_fn(h, e);
        if (e->status != CTREND_OK) return e->status;
        if ((e->kind == 0 || e->kind == 4) ? f >= 0.0 : f <= 0.0) {
            *hi = h;
            return CTREND_OK;
        }
        h *= 2.0;
        if (!isfinite(h)) break;
    }
    return CTREND_ENUMERIC;
}

/* ---- Garwood limits for a count (exposure 1) ------------------------------------------- */

/*
 * gsl_cdf_gamma_Pinv/Qinv are exact to ~1e-16 for shapes up to 1e5 but return NaN from shape
 * 1e6 on (GSL 2.7); above CTREND__GAMMA_DIRECT_MAX, or if they return a non-finite value, the
 * limit is found by Brent on GSL's regularised incomplete gamma instead.
 */
#define CTREND__GAMMA_DIRECT_MAX 1e5

/* Lower limit with tail probability a: qgamma(a, x) (0 for x = 0). */
static int gamma_lower(double x, double a, double *out)
{
    if (x == 0.0) {
        *out = 0.0;
        return CTREND_OK;
    }
    if (x <= CTREND__GAMMA_DIRECT_MAX) {
        const double v = gsl_cdf_gamma_Pinv(a, x, 1.0);
        if (isfinite(v)) {
            *out = v;
            return CTREND_OK;
        }
    }
    struct tail_eq e = {x, 0.0, a, 0, CTREND_OK};
    double hi;
    int rc = bracket_up(&e, x, &hi);
    return rc ? rc : solve(&e, 0.0, hi, out);
}

/* Upper limit with tail probability a: qgamma(1 - a, x + 1), computed as the upper quantile. */
static int gamma_upper(double x, double a, double *out)
{
    if (x + 1.0 <= CTREND__GAMMA_DIRECT_MAX) {
        const double v = gsl_cdf_gamma_Qinv(a, x + 1.0, 1.0);
        if (isfinite(v)) {
            *out = v;
            return CTREND_OK;
        }
    }
    struct tail_eq e = {x + 1.0, 0.0, a, 1, CTREND_OK};
    double hi;
    int rc = bracket_up(&e, x + 1.0, &hi);
    return rc ? rc : solve(&e, 0.0, hi, out);
}

int ctrend_exact_poisson_ci(double x, double t, double level, ctrend_exact_result *out)
{
    if (!out) return CTREND_EINVAL;
    int rc = check_count(x);
    if (rc) return rc;
    if ((rc = check_exposure(t)) || (rc = check_level(level))) return rc;
    x = nearbyint(x);
    const double a = (1.0 - level) / 2.0;
    double lo, hi;
    if ((rc = gamma_lower(x, a, &lo)) || (rc = gamma_upper(x, a, &hi))) return rc;
    put(out, x / t, lo / t, hi / t, NAN);
    return CTREND_OK;
}

/* ---- mid-p -------------------------------------------------------------------------------- */

int ctrend_exact_poisson_ci_midp(double x, double t, double level, ctrend_exact_result *out)
{
    if (!out) return CTREND_EINVAL;
    int rc = check_count(x);
    if (rc) return rc;
    if ((rc = check_exposure(t)) || (rc = check_level(level))) return rc;
    x = nearbyint(x);
    const double a = (1.0 - level) / 2.0;
    double lo = 0.0, hi;
    if (x > 0.0) {
        /* Bracket: Garwood lower limits for x and x + 1. */
        double b0, b1;
        if ((rc = gamma_lower(x, a, &b0)) || (rc = gamma_lower(x + 1.0, a, &b1))) return rc;
        struct tail_eq el = {x, 0.0, a, 4, CTREND_OK};
        if ((rc = solve(&el, b0, b1, &lo))) return rc;
        /* Bracket: Garwood upper limits for x - 1 and x. */
        if ((rc = gamma_upper(x - 1.0, a, &b0)) || (rc = gamma_upper(x, a, &b1))) return rc;
        struct tail_eq eu = {x, 0.0, a, 5, CTREND_OK};
        if ((rc = solve(&eu, b0, b1, &hi))) return rc;
    } else {
        /* x = 0: exp(-U)/2 = a has the closed form U = -log(2a) (a = (1 - level)/2). */
        hi = -log(2.0 * a);
    }
    put(out, x / t, lo / t, hi / t, NAN);
    return CTREND_OK;
}

/* ---- two-sided exact p-values (R's rule) ------------------------------------------------- */

/* pmf abstraction so the counting code serves both Poisson and binomial. */
struct pmf {
    double mu;  /* Poisson mean, or binomial p */
    unsigned n; /* binomial size; 0 for Poisson */
    int binom;
};

/* The masses of R's dpois and dbinom (Loader's saddle point, lib/dist), so that the tie rule
 * below compares the same numbers R compares. */
static double pmf_at(const struct pmf *d, double k)
{
    return d->binom ? ctrend__dbinom_raw(k, (double)d->n, d->mu, 1.0 - d->mu, 0)
                    : ctrend__dpois_raw(k, d->mu, 0);
}

/*
 * Number of k in [from, to] with pmf(k) <= thr, the pmf being non-increasing there
 * (decreasing = 1, a suffix qualifies) or non-decreasing (decreasing = 0, a prefix qualifies).
 * Linear scan exactly as R for small ranges, bisection otherwise.
 */
static double count_le(const struct pmf *d, double from, double to, double thr, int decreasing)
{
    if (to < from) return 0.0;
    if (to - from <= CTREND__SCAN_MAX) {
        double y = 0.0;
        for (double k = from; k <= to; k += 1.0)
            if (pmf_at(d, k) <= thr) y += 1.0;
        return y;
    }
    if (decreasing) {
        /* first k with pmf(k) <= thr */
        if (!(pmf_at(d, to) <= thr)) return 0.0;
        double lo = from, hi = to; /* invariant: pmf(hi) <= thr */
        if (pmf_at(d, lo) <= thr) return to - from + 1.0;
        while (hi - lo > 1.0) {
            const double mid = floor((lo + hi) / 2.0);
            if (pmf_at(d, mid) <= thr) hi = mid; else lo = mid;
        }
        return to - hi + 1.0;
    }
    /* last k with pmf(k) <= thr */
    if (!(pmf_at(d, from) <= thr)) return 0.0;
    double lo = from, hi = to; /* invariant: pmf(lo) <= thr */
    if (pmf_at(d, hi) <= thr) return to - from + 1.0;
    while (hi - lo > 1.0) {
        const double mid = floor((lo + hi) / 2.0);
        if (pmf_at(d, mid) <= thr) lo = mid; else hi = mid;
    }
    return lo - from + 1.0;
}

/*
 * P(X <= k) and P(X > k); k may be -1 (then 0 and 1). Poisson: P(X <= k; mu) = Q_gamma(k+1, mu);
 * binomial: P(X <= k) = I_{1-p}(n-k, k+1), P(X > k) = I_p(k+1, n-k) (the identities GSL's own
 * gsl_cdf_poisson_* / gsl_cdf_binomial_* use, here with status-returning routines).
 */
static double cdf_le(const struct pmf *d, double k, int *st)
{
    if (k < 0.0) return 0.0;
    if (d->binom) {
        const double n = (double)d->n;
        if (k >= n) return 1.0;
        return beta_i(n - k, k + 1.0, 1.0 - d->mu, st);
    }
    return gamma_q(k + 1.0, d->mu, st);
}

static double cdf_gt(const struct pmf *d, double k, int *st)
{
    if (k < 0.0) return 1.0;
    if (d->binom) {
        const double n = (double)d->n;
        if (k >= n) return 0.0;
        return beta_i(k + 1.0, n - k, d->mu, st);
    }
    return gamma_p(k + 1.0, d->mu, st);
}

/* R's binom.test / poisson.test p-value for count x under distribution d with mean m. */
static int exact_p(const struct pmf *d, double x, double m, int alt, double *p)
{
    double v;
    int st = CTREND_OK;
    switch (alt) {
    case CTREND_LESS:
        v = cdf_le(d, x, &st);
        break;
    case CTREND_GREATER:
        v = cdf_gt(d, x - 1.0, &st);
        break;
    default: {
        const double dx = pmf_at(d, x);
        const double thr = dx * (1.0 + CTREND_EXACT_TIE_RELERR);
        if (x == m) {
            v = 1.0;
        } else if (x < m) {
            double top;
            if (d->binom) {
                top = (double)d->n;
            } else {
                /* R: N = ceiling(2m - x), doubled until dpois(N, m) <= d. */
                top = ceil(2.0 * m - x);
                while (pmf_at(d, top) > dx) {
                    top *= 2.0;
                    if (top > CTREND_EXACT_COUNT_MAX) return CTREND_ERANGE;
                }
                if (top > CTREND_EXACT_COUNT_MAX) return CTREND_ERANGE;
            }
            const double y = count_le(d, ceil(m), top, thr, 1);
            v = cdf_le(d, x, &st) + cdf_gt(d, top - y, &st);
        } else {
            const double y = count_le(d, 0.0, floor(m), thr, 0);
            v = cdf_le(d, y - 1.0, &st) + cdf_gt(d, x - 1.0, &st);
        }
    }
    }
    if (st != CTREND_OK) return st;
    if (!isfinite(v)) return CTREND_ENUMERIC;
    *p = v > 1.0 ? 1.0 : v;
    return CTREND_OK;
}

int ctrend_exact_poisson_test(double x, double t, const ctrend_exact_test *test,
                              ctrend_exact_result *out)
{
    if (!out) return CTREND_EINVAL;
    int rc = check_count(x);
    if (rc) return rc;
    const ctrend_exact_test *h;
    if ((rc = check_exposure(t)) || (rc = check_test(test, &h))) return rc;
    const double rate0 = h->null_value, level = h->level;
    const int alternative = h->alternative;
    x = nearbyint(x);
    const double m = rate0 * t;
    if (!isfinite(m) || m > CTREND_EXACT_COUNT_MAX) return CTREND_ERANGE;
    double lo = 0.0, hi = INFINITY, p;
    if (alternative == CTREND_TWO_SIDED) {
        const double a = (1.0 - level) / 2.0;
        if ((rc = gamma_lower(x, a, &lo)) || (rc = gamma_upper(x, a, &hi))) return rc;
    } else if (alternative == CTREND_LESS) {
        if ((rc = gamma_upper(x, 1.0 - level, &hi))) return rc;
    } else {
        if ((rc = gamma_lower(x, 1.0 - level, &lo))) return rc;
    }
    const struct pmf d = {m, 0u, 0};
    if ((rc = exact_p(&d, x, m, alternative, &p))) return rc;
    put(out, x / t, lo / t, hi / t, p);
    return CTREND_OK;
}

/* ---- two rates ---------------------------------------------------------------------------- */

/*
 * Clopper–Pearson limits for x successes in n with tail a: qbeta(a, x, n-x+1) and
 * qbeta(1-a, x+1, n-x). gsl_cdf_beta_Pinv is not used: in GSL 2.7 it returns NaN for
 * (a, b) = (5000, 5001) and does not terminate for a, b ~ 1e6, so the limits are found by
 * Brent on GSL's regularised incomplete beta (gsl_sf_beta_inc_e) on the bracket [0, 1].
 */
static int beta_lower(double x, double n, double a, double *out)
{
    if (x == 0.0) {
        *out = 0.0;
        return CTREND_OK;
    }
    struct tail_eq e = {x, n - x + 1.0, a, 2, CTREND_OK};
    return solve(&e, 0.0, 1.0, out);
}

static int beta_upper(double x, double n, double a, double *out)
{
    if (x == n) {
        *out = 1.0;
        return CTREND_OK;
    }
    struct tail_eq e = {x + 1.0, n - x, a, 3, CTREND_OK};
    return solve(&e, 0.0, 1.0, out);
}

/* Map a binomial proportion limit to the rate ratio: pp/(1-pp) * t2/t1 (Inf at pp = 1). */
static double to_ratio(double pp, double t1, double t2)
{
    if (pp >= 1.0) return INFINITY;
    return pp / (1.0 - pp) * t2 / t1;
}

int ctrend_exact_rate_ratio(double x1, double t1, double x2, double t2,
                            const ctrend_exact_test *test, ctrend_exact_result *out)
{
    if (!out) return CTREND_EINVAL;
    int rc;
    if ((rc = check_count(x1)) || (rc = check_count(x2))) return rc;
    const ctrend_exact_test *h;
    if ((rc = check_exposure(t1)) || (rc = check_exposure(t2)) || (rc = check_test(test, &h)))
        return rc;
    const double ratio0 = h->null_value, level = h->level;
    const int alternative = h->alternative;
    x1 = nearbyint(x1);
    x2 = nearbyint(x2);
    const double n = x1 + x2;
    if (n > CTREND_EXACT_COUNT_MAX) return CTREND_ERANGE;
    const double p0 = ratio0 * t1 / (ratio0 * t1 + t2);
    if (!(p0 > 0.0 && p0 < 1.0)) return CTREND_ERANGE; /* exposures too disparate */

    double plo = 0.0, phi = 1.0, p;
    if (alternative == CTREND_TWO_SIDED) {
        const double a = (1.0 - level) / 2.0;
        if ((rc = beta_lower(x1, n, a, &plo)) || (rc = beta_upper(x1, n, a, &phi))) return rc;
    } else if (alternative == CTREND_LESS) {
        if ((rc = beta_upper(x1, n, 1.0 - level, &phi))) return rc;
    } else {
        if ((rc = beta_lower(x1, n, 1.0 - level, &plo))) return rc;
    }
    const struct pmf d = {p0, (unsigned)n, 1};
    if ((rc = exact_p(&d, x1, n * p0, alternative, &p))) return rc;

    double est;
    if (x2 > 0.0) est = (x1 / t1) / (x2 / t2);
    else est = x1 > 0.0 ? INFINITY : NAN;
    put(out, est, to_ratio(plo, t1, t2), to_ratio(phi, t1, t2), p);
    return CTREND_OK;
}

/* Sum of counts (validated) and exposures over [from, from + len). */
static int sum_range(const double *x, const double *e, size_t from, size_t len, double *xs,
                     double *es)
{
    double sx = 0.0, se = 0.0;
    for (size_t j = from; j < from + len; j++) {
        const int rc = check_count(x[j]);
        if (rc) return rc;
        sx += nearbyint(x[j]);
        if (e) {
            if (check_exposure(e[j])) return CTREND_EINVAL;
            se += e[j];
        } else {
            se += 1.0;
        }
    }
    *xs = sx;
    *es = se;
    return CTREND_OK;
}

int ctrend_exact_vs_previous(const double *x, const double *exposure, size_t n, size_t i,
                             size_t k, const ctrend_exact_test *test, ctrend_exact_result *out)
{
    if (!x || !out) return CTREND_EINVAL;
    if (i >= n || k == 0 || k > i) return CTREND_ERANGE;
    double x1, t1, x2, t2;
    int rc;
    if ((rc = sum_range(x, exposure, i, 1, &x1, &t1))) return rc;
    if ((rc = sum_range(x, exposure, i - k, k, &x2, &t2))) return rc;
    return ctrend_exact_rate_ratio(x1, t1, x2, t2, test, out);
}

int ctrend_exact_period_ratio(const double *a, const double *exposure_a, size_t na,
                              const double *b, const double *exposure_b, size_t nb,
                              const ctrend_exact_test *test, ctrend_exact_result *out)
{
    if (!a || !b || na == 0 || nb == 0 || !out) return CTREND_EINVAL;
    double x1, t1, x2, t2;
    int rc;
    if ((rc = sum_range(a, exposure_a, 0, na, &x1, &t1))) return rc;
    if ((rc = sum_range(b, exposure_b, 0, nb, &x2, &t2))) return rc;
    return ctrend_exact_rate_ratio(x1, t1, x2, t2, test, out);
}
