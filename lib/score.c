/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * score.c — forecast scores (see include/ctrend/score.h for the contracts).
 *
 * Sources:
 *  - CRPS definition and the interval score: Gneiting & Raftery (2007), "Strictly proper
 *    scoring rules, prediction, and estimation", JASA 102:359-378 (eq. 20/21, eq. 43).
 *  - Poisson CRPS closed form: Wei & Held (2014), "Calibration tests for count data",
 *    TEST 23:136-158; identical to scoringRules::crps_pois (Jordan, Krüger & Lerch 2019,
 *    J. Stat. Softw. 90(12)).
 *  - Negative binomial CRPS: the exact series sum_k (F(k) - 1{y <= x})^2 over the unit
 *    intervals [k, k+1) (F is a step function), truncated to the bulk of the distribution
 *    with a documented tolerance. scoringRules::crps_nbinom uses a 2F1 closed form instead;
 *    the series needs no hypergeometric function outside |z| < 1, which GSL lacks.
 *  - Sample CRPS by sorting: the Gini mean difference identity
 *    sum_{i,j} |x_i - x_j| = 2 sum_i (2i - m - 1) x_(i); fair version: Ferro (2014),
 *    Q. J. R. Meteorol. Soc. 140:1917-1923.
 *  - MSLE on log1p and the ignorance bins: the ViEWS prediction challenge 2023/24
 *    (Hegre et al.); the smoothing of empty bins (pseudo-count alpha per bin) is ours and
 *    documented in the header.
 */
#include "ctrend/score.h"
#include "internal.h"
#include "score_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_bessel.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_sort.h>

/* GSL's discrete cdfs and pdfs take the count as unsigned int. */
#define UINT_COUNT_MAX 4.0e9
/* Below this mean the Poisson CRPS is summed as a series (the closed form cancels). */
#define POIS_SERIES_MU 0.5
/* Re-anchor the running NB cdf on GSL's cdf every this many terms (bounds drift). */
#define NB_REANCHOR 1024u

static const double IGN_EDGES[CTREND_SCORE_IGN_NBINS] = {
    0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5};

double ctrend_score_crps_tol_default(void) { return CTREND_SCORE_CRPS_TOL; }
size_t ctrend_score_crps_max_terms_default(void) { return CTREND_SCORE_CRPS_MAX_TERMS; }
double ctrend_score_ign_alpha_default(void) { return CTREND_SCORE_IGN_ALPHA; }
double ctrend_score_ign_floor_default(void) { return CTREND_SCORE_IGN_FLOOR; }
size_t ctrend_score_ign_nbins(void) { return CTREND_SCORE_IGN_NBINS; }

/* ---- point forecasts ------------------------------------------------------------------ */

enum point_kind { PK_ABS, PK_SQ, PK_SQLOG };

static int point_score(const double *y, const double *pred, size_t n, enum point_kind kind,
                       double *out, size_t *n_used)
{
    if (!y || !pred || !out) return CTREND_EINVAL;
    double sum = 0.0;
    size_t used = 0;
    for (size_t i = 0; i < n; ++i) {
        if (isnan(y[i])) continue;
        if (!isfinite(y[i]) || !isfinite(pred[i])) return CTREND_EINVAL;
        double d;
        if (kind == PK_SQLOG) {
            if (y[i] <= -1.0 || pred[i] <= -1.0) return CTREND_EDOMAIN;
            d = log1p(pred[i]) - log1p(y[i]);
        } else {
            d = pred[i] - y[i];
        }
        sum += kind == PK_ABS ? fabs(d) : d * d;
        ++used;
    }
    if (n_used) *n_used = used;
    if (used == 0) { *out = NAN; return CTREND_EEMPTY; }
    *out = sum / (double)used;
    return CTREND_OK;
}

int ctrend_score_mae(const double *y, const double *pred, size_t n, double *out, size_t *n_used)
{
    return point_score(y, pred, n, PK_ABS, out, n_used);
}

int ctrend_score_rmse(const double *y, const double *pred, size_t n, double *out, size_t *n_used)
{
    const int rc = point_score(y, pred, n, PK_SQ, out, n_used);
    if (rc == CTREND_OK) *out = sqrt(*out);
    return rc;
}

int ctrend_score_msle(const double *y, const double *pred, size_t n, double *out, size_t *n_used)
{
    return point_score(y, pred, n, PK_SQLOG, out, n_used);
}

/* Fraction of the unit interval [k, k+1) that lies below y. */
static double below_fraction(double y, double k)
{
    const double a = y - k;
    return a <= 0 ? 0.0 : (a >= 1 ? 1.0 : a);
}

/* ---- Poisson CRPS --------------------------------------------------------------------- */

/* Poisson pmf by Loader's saddle-point method (C. Loader 2000, "Fast and accurate
 * computation of binomial probabilities"; the algorithm of R's dpois):
 *   f(k) = exp(-stirlerr(k) - bd0(k, mu)) / sqrt(2 pi k),
 * bd0(k, mu) = k log(k/mu) + mu - k computed without cancellation. GSL's
 * gsl_ran_poisson_pdf evaluates exp(k log mu - mu - lngamma(k+1)) and loses ~1e-6 relative
 * at k ~ mu ~ 1e9 (each term is ~2e10), which the CRPS closed form then inherits. */
static double stirlerr(double n) /* log(n!) - log(sqrt(2 pi n) (n/e)^n) */
{
    if (n <= 15.0) {
        gsl_sf_result r;
        gsl_sf_lngamma_e(n + 1, &r);
        return r.val - (n + 0.5) * log(n) + n - 0.91893853320467274178; /* log sqrt(2 pi) */
    }
    const double S0 = 1.0 / 12, S1 = 1.0 / 360, S2 = 1.0 / 1260, S3 = 1.0 / 1680,
                 S4 = 1.0 / 1188;
    const double nn = n * n;
    if (n > 500) return (S0 - S1 / nn) / n;
    if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
    if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
    return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

static double bd0(double x, double np)
{
    if (fabs(x - np) < 0.1 * (x + np)) {
        double v = (x - np) / (x + np);
        double s = (x - np) * v;
        double ej = 2 * x * v;
        v = v * v;
        for (int j = 1; j < 1000; ++j) {
            ej *= v;
            const double s1 = s + ej / (2 * j + 1);
            if (s1 == s) return s1;
            s = s1;
        }
    }
    return x * log(x / np) + np - x;
}

static double dpois_loader(double k, double mu) /* k >= 0 integer, mu > 0 */
{
    if (k == 0) return exp(-mu);
    return exp(-stirlerr(k) - bd0(k, mu)) / sqrt(2 * M_PI * k);
}

int ctrend_score_crps_poisson(double y, double mu, double *out)
{
    if (!out || isnan(y) || isnan(mu) || !isfinite(y) || !isfinite(mu)) return CTREND_EINVAL;
    if (y < 0 || mu < 0) return CTREND_EDOMAIN;
    if (mu == 0) { *out = y; return CTREND_OK; }
    if (mu < POIS_SERIES_MU) {
        /* Small mu: the closed form cancels (terms ~mu, result ~mu^2 at y = 0), so sum the
         * exact series instead. S(k) = P(X > k) starts from -expm1(-mu) and falls like
         * mu^(k+1)/(k+1)!; once the pmf f(k) < 1e-300 (at most ~150 terms), S(k) < 2 f(k)
         * is negligible, F = 1, and the rest of [0, y) adds its length. */
        double f = exp(-mu), F = f, S = -expm1(-mu), sum = 0;
        double k = 0;
        for (;;) {
            const double a = below_fraction(y, k);
            sum += a * F * F + (1 - a) * S * S;
            if (f < 1e-300) { /* S(k) < f(k)/(1 - mu) is negligible; F(k) = 1 */
                sum += fmax(0.0, y - (k + 1));
                break;
            }
            f *= mu / (k + 1);
            k += 1;
            F += f;
            S = S > f ? S - f : 0;
        }
        *out = sum;
        return CTREND_OK;
    }
    /* F(y) = F(floor y); GSL's count argument is unsigned int. Beyond 4e9 the cdf is 1
     * (mu is then far smaller than y, or we are above the guard). */
    const double fy = floor(y);
    double cdf, pmf;
    if (fy > UINT_COUNT_MAX) {
        if (mu > UINT_COUNT_MAX / 2) return CTREND_EUNSUPPORTED;
        cdf = 1.0;
        pmf = 0.0;
    } else {
        const unsigned int k = (unsigned int)fy;
        cdf = gsl_cdf_poisson_P(k, mu);
        pmf = dpois_loader(fy, mu);
    }
    gsl_sf_result i0, i1;
    if (gsl_sf_bessel_I0_scaled_e(2 * mu, &i0) != GSL_SUCCESS ||
        gsl_sf_bessel_I1_scaled_e(2 * mu, &i1) != GSL_SUCCESS || !isfinite(cdf) || !isfinite(pmf))
        return CTREND_ENUMERIC;
    /* exp(-2mu) I_nu(2mu) is exactly GSL's scaled Bessel function. */
    *out = (y - mu) * (2 * cdf - 1) + 2 * mu * pmf - mu * (i0.val + i1.val);
    return CTREND_OK;
}

/* NB2 pmf with mean mu and size theta, the algorithm of R's dnbinom_mu (Loader's
 * saddle-point form through dbinom_raw): accurate also for theta ~ 1e8, where GSL's
 * lngamma(k + theta) - lngamma(theta) loses ~1e-9 relative. k >= 0 integer, mu, theta > 0. */
static double dbinom_raw(double x, double n, double p, double q)
{
    if (x == 0) return exp(n * (p < 0.1 ? log1p(-p) : log(q)));
    if (x == n) return exp(n * (q < 0.1 ? log1p(-q) : log(p)));
    const double lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) -
                      bd0(n - x, n * q);
    const double lf = 1.8378770664093454836 + log(x) + log1p(-x / n); /* log(2 pi) */
    return exp(lc - 0.5 * lf);
}

static double dnbinom_mu(double k, double theta, double mu)
{
    if (k == 0)
        return exp(theta * (theta < mu ? log(theta / (theta + mu)) : log1p(-mu / (theta + mu))));
    if (k < 1e-10 * theta) { /* Poisson-like limit, as R */
        const double lp = theta < mu ? log(theta / (1 + theta / mu)) : log(mu / (1 + mu / theta));
        gsl_sf_result lg;
        gsl_sf_lngamma_e(k + 1, &lg);
        return exp(k * lp - mu - lg.val + log1p(k * (k - 1) / (2 * theta)));
    }
    return theta / (theta + k) *
           dbinom_raw(theta, k + theta, theta / (theta + mu), mu / (theta + mu));
}

/* ---- NB2 CRPS by the exact series ------------------------------------------------------ */

int ctrend_score_crps_nbinom(double y, double mu, double theta, double tol, size_t max_terms,
                             double *out)
{
    if (!out || isnan(y) || isnan(mu) || isnan(theta) || isnan(tol)) return CTREND_EINVAL;
    if (!(theta > 0)) return CTREND_EINVAL;
    if (y < 0 || mu < 0 || !isfinite(y) || !isfinite(mu)) return CTREND_EDOMAIN;
    if (isinf(theta)) return ctrend_score_crps_poisson(y, mu, out);
    if (tol <= 0) tol = CTREND_SCORE_CRPS_TOL;
    if (max_terms == 0) max_terms = CTREND_SCORE_CRPS_MAX_TERMS;
    if (mu == 0) { *out = y; return CTREND_OK; }

    const double p = theta / (theta + mu); /* GSL's success probability */
    if (!(p > 0)) return CTREND_EUNSUPPORTED;
    if (!(p < 1)) { /* mu/theta < 2^-53: a point mass at 0 to double precision */
        *out = y;
        return CTREND_OK;
    }

    /* U: smallest k with Q(k) = 1 - F(k) <= tol (doubling, then bisection). */
    double hi = fmax(16.0, 2 * mu);
    for (;;) {
        if (hi > UINT_COUNT_MAX) return CTREND_EUNSUPPORTED;
        if (gsl_cdf_negative_binomial_Q((unsigned int)hi, p, theta) <= tol) break;
        hi *= 2;
    }
    double lo = 0; /* Q(lo) may or may not be <= tol */
    if (gsl_cdf_negative_binomial_Q(0, p, theta) <= tol) hi = 0;
    while (hi - lo > 1) {
        const double mid = floor((lo + hi) / 2);
        if (gsl_cdf_negative_binomial_Q((unsigned int)mid, p, theta) <= tol) hi = mid;
        else lo = mid;
    }
    const double U = hi;
    /* L: smallest k with F(k) > tol, searched in [0, U]. */
    double L;
    if (gsl_cdf_negative_binomial_P(0, p, theta) > tol) {
        L = 0;
    } else {
        lo = 0; /* F(lo) <= tol */
        hi = U; /* F(U) > tol since Q(U) <= tol < 1 - tol */
        while (hi - lo > 1) {
            const double mid = floor((lo + hi) / 2);
            if (gsl_cdf_negative_binomial_P((unsigned int)mid, p, theta) > tol) hi = mid;
            else lo = mid;
        }
        L = hi;
    }
    if (U - L + 1 > (double)max_terms) return CTREND_EUNSUPPORTED;

    /* Below the bulk F ~ 0: the part of [0, L) at or above y contributes (1 - 0)^2. */
    double sum = fmax(0.0, L - y);
    /* Above the bulk F ~ 1: the part of [U + 1, inf) below y contributes 1^2. */
    sum += fmax(0.0, y - (U + 1));
    /* The bulk, term by term; F and S = 1 - F are carried separately so that each keeps
     * its relative precision in its own tail, and re-anchored on GSL every NB_REANCHOR. */
    const double q = mu / (theta + mu); /* not 1 - p: p ~ 1 when theta >> mu */
    double k = L;
    double f = dnbinom_mu(k, theta, mu);
    /* F(L) is tiny (just above tol) or exactly f(0); S(L) = 1 - F(L) from GSL's upper tail.
     * Both are then carried as Kahan-compensated running sums of the pmf, so each keeps its
     * precision in its own tail; the pmf recursion f(k+1) = f(k) (k + theta)/(k + 1) q is
     * re-anchored on dnbinom_mu every NB_REANCHOR terms to bound its drift. */
    double F = L == 0 ? f : gsl_cdf_negative_binomial_P((unsigned int)L, p, theta);
    /* S(0) = 1 - p^theta without cancellation (matters for small mu, where CRPS ~ S(0)^2) */
    double S = L == 0 ? -expm1(theta * log1p(-mu / (theta + mu)))
                      : gsl_cdf_negative_binomial_Q((unsigned int)L, p, theta);
    double cF = 0, cS = 0;
    double bulk = 0.0, comp = 0.0;
    for (unsigned long step = 1;; ++step) {
        if (!isfinite(F) || !isfinite(S) || !isfinite(f)) return CTREND_ENUMERIC;
        const double a = below_fraction(y, k);
        const double Sp = S > 0 ? S : 0;
        const double term = a * F * F + (1 - a) * Sp * Sp;
        const double t1 = term - comp;
        const double t2 = bulk + t1;
        comp = (t2 - bulk) - t1;
        bulk = t2;
        if (k >= U) break;
        f = step % NB_REANCHOR == 0 ? dnbinom_mu(k + 1, theta, mu)
                                    : f * ((k + theta) / (k + 1)) * q;
        k += 1;
        { /* F += f and S -= f, compensated */
            const double u1 = f - cF, u2 = F + u1;
            cF = (u2 - F) - u1;
            F = u2;
            const double v1 = -f - cS, v2 = S + v1;
            cS = (v2 - S) - v1;
            S = v2;
        }
    }
    *out = sum + bulk;
    return CTREND_OK;
}

/* ---- sample CRPS ------------------------------------------------------------------------ */

void ctrend__sort_doubles(double *x, size_t m) { gsl_sort(x, 1, m); }

double ctrend__crps_sorted(double y, const double *s, size_t m, int fair)
{
    double abs_sum = 0.0, gini = 0.0;
    for (size_t i = 0; i < m; ++i) {
        abs_sum += fabs(s[i] - y);
        /* 1-based rank i+1: weight 2(i+1) - m - 1 = 2i + 1 - m */
        gini += (2.0 * (double)i + 1.0 - (double)m) * s[i];
    }
    const double dm = (double)m;
    /* 1/(2 m^2) sum_ij |x_i - x_j| = gini / m^2 (plain); / (m(m-1)) (fair) */
    const double spread = fair ? gini / (dm * (dm - 1)) : gini / (dm * dm);
    return abs_sum / dm - spread;
}

static int check_samples(const double *x, size_t m)
{
    for (size_t i = 0; i < m; ++i)
        if (!isfinite(x[i])) return CTREND_EINVAL;
    return CTREND_OK;
}

int ctrend_score_crps_sample(double y, const double *x, size_t m, int fair, double *out)
{
    if (!x || !out || m == 0 || !isfinite(y) || (fair != 0 && fair != 1)) return CTREND_EINVAL;
    if (fair && m < 2) return CTREND_EINVAL;
    if (check_samples(x, m) != CTREND_OK) return CTREND_EINVAL;
    double *s = ctrend__malloc_n(m, 1, sizeof *s);
    if (!s) return CTREND_ENOMEM;
    memcpy(s, x, m * sizeof *s);
    ctrend__sort_doubles(s, m);
    *out = ctrend__crps_sorted(y, s, m, fair);
    free(s);
    return CTREND_OK;
}

int ctrend_score_crps_sample_mean(const double *y, size_t n, const double *samples, size_t m,
                                  int fair, double *out, size_t *n_used)
{
    if (!y || !samples || !out || m == 0 || (fair != 0 && fair != 1)) return CTREND_EINVAL;
    if (fair && m < 2) return CTREND_EINVAL;
    double *s = ctrend__malloc_n(m, 1, sizeof *s);
    if (!s) return CTREND_ENOMEM;
    double sum = 0.0;
    size_t used = 0;
    int rc = CTREND_OK;
    for (size_t i = 0; i < n; ++i) {
        if (isnan(y[i])) continue;
        const double *row = samples + i * m;
        if (!isfinite(y[i]) || check_samples(row, m) != CTREND_OK) { rc = CTREND_EINVAL; break; }
        memcpy(s, row, m * sizeof *s);
        ctrend__sort_doubles(s, m);
        sum += ctrend__crps_sorted(y[i], s, m, fair);
        ++used;
    }
    free(s);
    if (rc != CTREND_OK) return rc;
    if (n_used) *n_used = used;
    if (used == 0) { *out = NAN; return CTREND_EEMPTY; }
    *out = sum / (double)used;
    return CTREND_OK;
}

/* ---- ignorance --------------------------------------------------------------------------- */

static size_t bin_of(double v) /* v >= 0, not NaN */
{
    size_t b = CTREND_SCORE_IGN_NBINS - 1;
    while (b > 0 && v < IGN_EDGES[b]) --b;
    return b;
}

int ctrend_score_ign_bin(double v, size_t *bin)
{
    if (!bin || isnan(v)) return CTREND_EINVAL;
    if (v < 0) return CTREND_EDOMAIN;
    *bin = bin_of(v);
    return CTREND_OK;
}

int ctrend_score_ign_edges(double *edges)
{
    if (!edges) return CTREND_EINVAL;
    memcpy(edges, IGN_EDGES, sizeof IGN_EDGES);
    return CTREND_OK;
}

double ctrend__ignorance_samples(double y, const double *x, size_t m, double alpha)
{
    const size_t b = bin_of(y);
    size_t c = 0;
    for (size_t i = 0; i < m; ++i)
        if (bin_of(x[i]) == b) ++c;
    const double pb = ((double)c + alpha) / ((double)m + (double)CTREND_SCORE_IGN_NBINS * alpha);
    return -log2(pb);
}

static int check_ign_samples(const double *x, size_t m)
{
    for (size_t i = 0; i < m; ++i) {
        if (isnan(x[i])) return CTREND_EINVAL;
        if (x[i] < 0) return CTREND_EDOMAIN;
    }
    return CTREND_OK;
}

int ctrend_score_ignorance_sample(double y, const double *x, size_t m, double alpha, double *out)
{
    if (!x || !out || m == 0 || isnan(y) || isnan(alpha)) return CTREND_EINVAL;
    if (y < 0) return CTREND_EDOMAIN;
    if (alpha < 0) alpha = CTREND_SCORE_IGN_ALPHA;
    const int rc = check_ign_samples(x, m);
    if (rc != CTREND_OK) return rc;
    *out = ctrend__ignorance_samples(y, x, m, alpha);
    return CTREND_OK;
}

int ctrend_score_ignorance_sample_mean(const double *y, size_t n, const double *samples,
                                       size_t m, double alpha, double *out, size_t *n_used)
{
    if (!y || !samples || !out || m == 0 || isnan(alpha)) return CTREND_EINVAL;
    if (alpha < 0) alpha = CTREND_SCORE_IGN_ALPHA;
    double sum = 0.0;
    size_t used = 0;
    for (size_t i = 0; i < n; ++i) {
        if (isnan(y[i])) continue;
        if (y[i] < 0) return CTREND_EDOMAIN;
        const double *row = samples + i * m;
        const int rc = check_ign_samples(row, m);
        if (rc != CTREND_OK) return rc;
        sum += ctrend__ignorance_samples(y[i], row, m, alpha);
        ++used;
    }
    if (n_used) *n_used = used;
    if (used == 0) { *out = NAN; return CTREND_EEMPTY; }
    *out = sum / (double)used;
    return CTREND_OK;
}

/* Probability of bin b for a count distribution given by P(k) and Q(k) = 1 - P(k). The
 * bin's integer range is [ceil(e_b), ceil(e_{b+1}) - 1]. */
static double bin_prob(size_t b, double mu, double theta)
{
    const int pois = isinf(theta);
    const double pr = pois ? 0 : theta / (theta + mu);
#define P_(k) (pois ? gsl_cdf_poisson_P((k), mu) : gsl_cdf_negative_binomial_P((k), pr, theta))
#define Q_(k) (pois ? gsl_cdf_poisson_Q((k), mu) : gsl_cdf_negative_binomial_Q((k), pr, theta))
    const unsigned int lo = (unsigned int)ceil(IGN_EDGES[b]);
    if (b == CTREND_SCORE_IGN_NBINS - 1) return Q_(lo - 1);
    const unsigned int hi = (unsigned int)ceil(IGN_EDGES[b + 1]) - 1;
    const double Phi = P_(hi);
    if (Phi < 0.5) return lo == 0 ? Phi : Phi - P_(lo - 1);
    return (lo == 0 ? 1.0 : Q_(lo - 1)) - Q_(hi);
#undef P_
#undef Q_
}

int ctrend_score_ignorance_nbinom(double y, double mu, double theta, double floor_p,
                                  double *out)
{
    if (!out || isnan(y) || isnan(mu) || isnan(theta) || isnan(floor_p) || !(theta > 0) ||
        floor_p >= 1)
        return CTREND_EINVAL;
    if (y < 0 || mu < 0 || !isfinite(mu)) return CTREND_EDOMAIN;
    if (floor_p <= 0) floor_p = CTREND_SCORE_IGN_FLOOR;
    const size_t b = bin_of(y);
    double pb;
    if (mu == 0) pb = b == 0 ? 1.0 : 0.0;
    else pb = bin_prob(b, mu, theta);
    if (isnan(pb)) return CTREND_ENUMERIC;
    *out = -log2(fmax(pb, floor_p));
    return CTREND_OK;
}

int ctrend_score_ignorance_poisson(double y, double mu, double floor_p, double *out)
{
    return ctrend_score_ignorance_nbinom(y, mu, INFINITY, floor_p, out);
}

/* ---- intervals --------------------------------------------------------------------------- */

int ctrend_score_interval(double y, double lower, double upper, double level, double *out)
{
    if (!out || !isfinite(y) || !isfinite(lower) || !isfinite(upper) || !(level > 0) ||
        !(level < 1) || lower > upper)
        return CTREND_EINVAL;
    const double alpha = 1 - level;
    double s = upper - lower;
    if (y < lower) s += 2 / alpha * (lower - y);
    if (y > upper) s += 2 / alpha * (y - upper);
    *out = s;
    return CTREND_OK;
}

int ctrend_score_interval_mean(const double *y, const double *lower, const double *upper,
                               size_t n, double level, double *out, size_t *n_used)
{
    if (!y || !lower || !upper || !out || !(level > 0) || !(level < 1)) return CTREND_EINVAL;
    double sum = 0.0;
    size_t used = 0;
    for (size_t i = 0; i < n; ++i) {
        if (isnan(y[i])) continue;
        double s;
        const int rc = ctrend_score_interval(y[i], lower[i], upper[i], level, &s);
        if (rc != CTREND_OK) return rc;
        sum += s;
        ++used;
    }
    if (n_used) *n_used = used;
    if (used == 0) { *out = NAN; return CTREND_EEMPTY; }
    *out = sum / (double)used;
    return CTREND_OK;
}

int ctrend_score_coverage(const double *y, const double *lower, const double *upper, size_t n,
                          double *out, size_t *n_used)
{
    if (!y || !lower || !upper || !out) return CTREND_EINVAL;
    size_t used = 0, hit = 0;
    for (size_t i = 0; i < n; ++i) {
        if (isnan(y[i])) continue;
        if (isnan(lower[i]) || isnan(upper[i]) || lower[i] > upper[i]) return CTREND_EINVAL;
        if (lower[i] <= y[i] && y[i] <= upper[i]) ++hit;
        ++used;
    }
    if (n_used) *n_used = used;
    if (used == 0) { *out = NAN; return CTREND_EEMPTY; }
    *out = (double)hit / (double)used;
    return CTREND_OK;
}

int ctrend_score_quantile_sample(const double *x, size_t m, double p, double *out)
{
    if (!x || !out || m == 0 || isnan(p) || p < 0 || p > 1) return CTREND_EINVAL;
    for (size_t i = 0; i < m; ++i)
        if (isnan(x[i])) return CTREND_EINVAL;
    double *s = ctrend__malloc_n(m, 1, sizeof *s);
    if (!s) return CTREND_ENOMEM;
    memcpy(s, x, m * sizeof *s);
    ctrend__sort_doubles(s, m);
    *out = ctrend__quantile_sorted(s, m, p);
    free(s);
    return CTREND_OK;
}
