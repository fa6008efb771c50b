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
#include "dist/dist_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_bessel.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_sort.h>

/* Counts at which the NB tails are searched stop here (2^53: beyond it doubles skip
 * integers and the bracketing below cannot end on a unit step). */
#define NB_COUNT_MAX 9007199254740992.0
/* Below this mean the Poisson CRPS is summed as a series (the closed form cancels). */
#define POIS_SERIES_MU 0.5
/* Re-anchor the running NB pmf on dnbinom_mu every this many terms (bounds drift). */
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
    /* F(y) = F(floor y). The masses and tails come from lib/dist (R's dpois by Loader's
     * saddle point, tails by the incomplete gamma function with a summed fallback), which
     * keep their relative precision at any mean. */
    const double fy = floor(y), par[1] = {mu};
    double cdf;
    if (ctrend__ppois_tail(fy, par, 1, &cdf) != CTREND_OK) return CTREND_ENUMERIC;
    const double pmf = ctrend__dpois_raw(fy, mu, 0);
    gsl_sf_result i0, i1;
    if (gsl_sf_bessel_I0_scaled_e(2 * mu, &i0) != GSL_SUCCESS ||
        gsl_sf_bessel_I1_scaled_e(2 * mu, &i1) != GSL_SUCCESS || !isfinite(cdf) || !isfinite(pmf))
        return CTREND_ENUMERIC;
    /* exp(-2mu) I_nu(2mu) is exactly GSL's scaled Bessel function. */
    *out = (y - mu) * (2 * cdf - 1) + 2 * mu * pmf - mu * (i0.val + i1.val);
    return CTREND_OK;
}

/* ---- NB2 CRPS by the exact series ------------------------------------------------------ */

/* P(X <= k) (lower) or P(X > k) of NB2(size theta, mean mu), from lib/dist. */
static int nb_tail(double k, double theta, double mu, int lower, double *out)
{
    const double par[2] = {theta, mu};
    const int st = ctrend__pnbinom_tail(k, par, lower, out);
    return st == CTREND_OK && isfinite(*out) ? CTREND_OK : CTREND_ENUMERIC;
}

/* The bulk [L, U] outside which the series' terms are below tol: U the smallest k with
 * P(X > k) <= tol (doubling, then bisection on integers), L the smallest k with
 * P(X <= k) > tol, searched in [0, U]. CTREND_EUNSUPPORTED when U would pass 2^53. */
static int nb_bulk(double theta, double mu, double tol, double *L, double *U)
{
    double v, hi = fmax(16.0, 2 * mu), lo = 0;
    for (;;) {
        if (hi > NB_COUNT_MAX) return CTREND_EUNSUPPORTED;
        if (nb_tail(hi, theta, mu, 0, &v) != CTREND_OK) return CTREND_ENUMERIC;
        if (v <= tol) break;
        hi *= 2;
    }
    if (nb_tail(0, theta, mu, 0, &v) != CTREND_OK) return CTREND_ENUMERIC;
    if (v <= tol) hi = 0;
    while (hi - lo > 1) { /* Q(hi) <= tol < Q(lo) */
        const double mid = floor((lo + hi) / 2);
        if (nb_tail(mid, theta, mu, 0, &v) != CTREND_OK) return CTREND_ENUMERIC;
        if (v <= tol) hi = mid;
        else lo = mid;
    }
    *U = hi;
    if (nb_tail(0, theta, mu, 1, &v) != CTREND_OK) return CTREND_ENUMERIC;
    if (v > tol) {
        *L = 0;
        return CTREND_OK;
    }
    lo = 0; /* F(lo) <= tol */
    /* hi = U: F(U) > tol since Q(U) <= tol < 1 - tol */
    while (hi - lo > 1) {
        const double mid = floor((lo + hi) / 2);
        if (nb_tail(mid, theta, mu, 1, &v) != CTREND_OK) return CTREND_ENUMERIC;
        if (v > tol) hi = mid;
        else lo = mid;
    }
    *L = hi;
    return CTREND_OK;
}

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

    const double p = theta / (theta + mu); /* the NB success probability */
    if (!(p > 0)) return CTREND_EUNSUPPORTED;
    if (!(p < 1)) { /* mu/theta < 2^-53: a point mass at 0 to double precision */
        *out = y;
        return CTREND_OK;
    }

    double L, U;
    const int st = nb_bulk(theta, mu, tol, &L, &U);
    if (st != CTREND_OK) return st;
    if (U - L + 1 > (double)max_terms) return CTREND_EUNSUPPORTED;

    /* Below the bulk F ~ 0: the part of [0, L) at or above y contributes (1 - 0)^2. */
    double sum = fmax(0.0, L - y);
    /* Above the bulk F ~ 1: the part of [U + 1, inf) below y contributes 1^2. */
    sum += fmax(0.0, y - (U + 1));
    /* The bulk, term by term; F and S = 1 - F are carried separately so that each keeps
     * its relative precision in its own tail. */
    const double q = mu / (theta + mu); /* not 1 - p: p ~ 1 when theta >> mu */
    double k = L;
    double f = ctrend__dnbinom_mu_raw(k, theta, mu, 0);
    /* F(L) is tiny (just above tol) or exactly f(0); S(L) = 1 - F(L) from its own tail.
     * Both are then carried as Kahan-compensated running sums of the pmf, so each keeps its
     * precision in its own tail; the pmf recursion f(k+1) = f(k) (k + theta)/(k + 1) q is
     * re-anchored on dnbinom_mu every NB_REANCHOR terms to bound its drift. */
    double F = f, S = -expm1(theta * log1p(-mu / (theta + mu)));
    /* S(0) = 1 - p^theta without cancellation (matters for small mu, where CRPS ~ S(0)^2) */
    if (L > 0 && (nb_tail(L, theta, mu, 1, &F) != CTREND_OK ||
                  nb_tail(L, theta, mu, 0, &S) != CTREND_OK))
        return CTREND_ENUMERIC;
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
        f = step % NB_REANCHOR == 0 ? ctrend__dnbinom_mu_raw(k + 1, theta, mu, 0)
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
    double *s = ctrend__memdup_n(x, m, sizeof *s);
    if (!s) return CTREND_ENOMEM;
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

/* Probability of bin b for a Poisson (theta = Inf) or NB2 distribution from its two tails
 * F(k) = P(X <= k) and S(k) = P(X > k) (lib/dist): the bin's integer range is
 * [lo, hi] = [ceil(e_b), ceil(e_{b+1}) - 1], and its probability F(hi) - F(lo - 1) is taken
 * from the lower tails when F(hi) < 1/2 and as S(lo - 1) - S(hi) otherwise, so that it keeps
 * its relative precision on both sides. NaN when a tail fails. */
static double count_tail(double k, double mu, double theta, int lower)
{
    double v;
    int st;
    if (isinf(theta)) {
        const double par[1] = {mu};
        st = ctrend__ppois_tail(k, par, lower, &v);
    } else {
        const double par[2] = {theta, mu};
        st = ctrend__pnbinom_tail(k, par, lower, &v);
    }
    return st == CTREND_OK ? v : NAN;
}

static double bin_prob(size_t b, double mu, double theta)
{
    const double lo = ceil(IGN_EDGES[b]);
    if (b == CTREND_SCORE_IGN_NBINS - 1) return count_tail(lo - 1, mu, theta, 0);
    const double hi = ceil(IGN_EDGES[b + 1]) - 1;
    const double Fhi = count_tail(hi, mu, theta, 1);
    if (Fhi < 0.5) return lo == 0 ? Fhi : Fhi - count_tail(lo - 1, mu, theta, 1);
    return (lo == 0 ? 1.0 : count_tail(lo - 1, mu, theta, 0)) - count_tail(hi, mu, theta, 0);
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
    double *s = ctrend__memdup_n(x, m, sizeof *s);
    if (!s) return CTREND_ENOMEM;
    ctrend__sort_doubles(s, m);
    *out = ctrend__quantile_sorted(s, m, p);
    free(s);
    return CTREND_OK;
}
