/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fit_lanes.c — which series of a batch may take the lane path, and the fit statistics of
 * those that do (the same formulas as model.c / poisson.c, from the same internal helpers).
 *
 * Eligibility mirrors ctrend_model_fit's checks, so that a series the lane path takes is one
 * whose serial fit would have succeeded on the plain IRLS path:
 *   per batch:  Poisson family; design cells all finite (no row dropped, so every series
 *               uses the same rows and the design's rank check is done once here, with
 *               ctrend__rank_check); p <= CTREND__LANES_PMAX; every requested scalar key in
 *               the set computed below;
 *   per series: every count finite, a non-negative integer, not all zero, and no column
 *               flagged by ctrend__separation_screen;
 *   after:      the lane converged on the plain path (irls_lanes.c) and no fitted mean at a
 *               zero count is below sep_tol (ctrend__count_postfit's test).
 * Anything else is left to the serial fit, which produces the status and message.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fit_lanes.h"
#include "internal.h"
#include "models_internal.h"

/* Scalar keys computed on the lane path (others send the batch to the serial path). */
static int key_supported(int key)
{
    switch (key) {
    case CTREND_MS_NOBS:
    case CTREND_MS_DEVIANCE:
    case CTREND_MS_NULL_DEVIANCE:
    case CTREND_MS_DF_RESIDUAL:
    case CTREND_MS_DF_NULL:
    case CTREND_MS_LOGLIK:
    case CTREND_MS_TWOLOGLIK:
    case CTREND_MS_AIC:
    case CTREND_MS_BIC:
    case CTREND_MS_PEARSON_CHI2:
    case CTREND_MS_DISPERSION:
    case CTREND_MS_SCALE:
    case CTREND_MS_ITERATIONS:
    case CTREND_MS_THETA:
    case CTREND_MS_CONVERGED: return 1;
    default: return 0;
    }
}

void ctrend__lanes_plan_fini(ctrend__lanes_plan *plan)
{
    if (!plan) return;
    free(plan->X);
    free(plan->off);
    free(plan->bcast);
    free(plan->sep_off);
    free(plan->sep_rows);
    free(plan->grouped);
    plan->X = plan->off = plan->S = plan->OB = NULL;
    plan->bcast = plan->grouped = NULL;
    plan->d.groups = NULL;
    plan->sep_off = plan->sep_rows = NULL;
    plan->n_sep = 0;
}

/* ctrend__separation_screen's two tests, decided once per column from the design alone
 * (its four column flags do not depend on the counts; its early exit is taken only when
 * all four are false, when neither test can fire). What is left per series is whether the
 * counts are all zero on a row set: with non-negative counts "sum == 0" is exactly "all
 * zero", so the series' answer is the serial screen's. A test over every row is dropped:
 * it fires only on all-zero counts, which ctrend__lanes_series_eligible refuses first.
 * Returns 0, or -1 (no memory). */
static int plan_separation(ctrend__lanes_plan *plan)
{
    const size_t n = plan->d.n, p = plan->d.p;
    const double *X = plan->X;
    plan->sep_off = ctrend__malloc_n(2 * p + 1, 1, sizeof *plan->sep_off);
    plan->sep_rows = ctrend__malloc_n(2 * p, n, sizeof *plan->sep_rows);
    if (!plan->sep_off || !plan->sep_rows) return -1;
    size_t t = 0, m = 0;
    plan->sep_off[0] = 0;
    for (size_t j = 0; j < p; ++j) {
        int nonneg = 1, nonpos = 1, binary = 1, constant = 1;
        size_t n_nz = 0;
        for (size_t i = 0; i < n; ++i) {
            const double x = X[i * p + j];
            if (x < 0) nonneg = 0;
            if (x > 0) nonpos = 0;
            if (x != 0 && x != 1) binary = 0;
            if (x != X[j]) constant = 0;
            n_nz += x != 0;
        }
        if (constant) continue;
        /* beta_j -> -Inf (or +Inf): every count zero where the column is nonzero */
        if ((nonneg || nonpos) && n_nz > 0 && n_nz < n) {
            for (size_t i = 0; i < n; ++i)
                if (X[i * p + j] != 0) plan->sep_rows[m++] = i;
            plan->sep_off[++t] = m;
        }
        /* with an intercept, a 0/1 column: every count zero where it is 0 */
        if (plan->intercept && binary && n_nz > 0 && n_nz < n) {
            for (size_t i = 0; i < n; ++i)
                if (X[i * p + j] == 0) plan->sep_rows[m++] = i;
            plan->sep_off[++t] = m;
        }
    }
    plan->n_sep = t;
    return 0;
}

/* The grouped form of the design when ctrend__lanes_grouping finds one (irls_lanes.c):
 * one allocation, the ctrend__lanes_groups first. Returns 0 (d.groups set, or NULL: the
 * ordinary path), or -1 (no memory). */
static int plan_grouped(ctrend__lanes_plan *plan)
{
    const size_t n = plan->d.n, p = plan->d.p, T = CTREND__LANES_ROW(p);
    size_t *gid = ctrend__malloc_n(n, 1, sizeof *gid), vcol = 0, G = 0;
    if (!gid || ctrend__lanes_grouping(plan->X, n, p, &vcol, gid, &G)) {
        free(gid);
        return -1;
    }
    if (G == 0) {
        free(gid);
        return 0;
    }
    /* the struct, then doubles (XV, OFF: n each; C: G*T), then size_t (perm: n, gstart:
     * G+1, cols: p), each counted in doubles; G <= n, p <= n and n T < SIZE_MAX / 8
     * (plan_init), so the sum of the counts cannot wrap */
    _Static_assert(sizeof(size_t) <= sizeof(double), "a size_t fits a double's slot");
    const size_t head = (sizeof(ctrend__lanes_groups) + sizeof(double) - 1) / sizeof(double);
    const size_t nd = head + 2 * n + G * T, nz = n + G + 1 + p;
    double *mem = ctrend__malloc_n(nd + nz, 1, sizeof(double));
    if (!mem) {
        free(gid);
        return -1;
    }
    ctrend__lanes_groups *g = (ctrend__lanes_groups *)(void *)mem;
    double *XV = mem + head, *OFF = XV + n, *C = OFF + n;
    size_t *perm = (size_t *)(void *)(C + G * T), *gstart = perm + n, *cols = gstart + G + 1;
    ctrend__lanes_groups_fill(plan->X, plan->off, n, p, vcol, gid, G, perm, gstart, cols, XV,
                              OFF, C, g);
    free(gid);
    plan->grouped = mem;
    plan->d.groups = g;
    return 0;
}

int ctrend__lanes_plan_init(ctrend__lanes_plan *plan, int family, const ctrend_design *d,
                            const ctrend_model_opts *opts, const int *keys, size_t n_keys)
{
    memset(plan, 0, sizeof *plan);
    struct ctrend_model_opts defaults;
    ctrend__opts_default(&defaults);
    const struct ctrend_model_opts *o = opts ? opts : &defaults;
    if (family != CTREND_FAMILY_POISSON || !d) return 0;
    const size_t n = ctrend_design_nrow(d), p = ctrend_design_ncol(d);
    const size_t T = CTREND__LANES_ROW(p);
    if (p == 0 || p > CTREND__LANES_PMAX || n < p || n > SIZE_MAX / sizeof(double) / T) return 0;
    for (size_t k = 0; k < n_keys; ++k)
        if (!key_supported(keys[k])) return 0;
    plan->X = ctrend__malloc_n(n, p, sizeof *plan->X);
    plan->off = ctrend__malloc_n(n, 1, sizeof *plan->off);
    /* n T < SIZE_MAX / 8 was checked above; the rest of the size is checked here */
    size_t n_s, n_ob, n_all = 0;
    const int too_big = ctrend__add_size(n * T, CTREND__LANES_MAX, &n_s) ||
                        ctrend__mul_size(n, CTREND__LANES_MAX, &n_ob) ||
                        ctrend__add_size(n_s, n_ob, &n_all) ||
                        ctrend__add_size(n_all, CTREND__LANES_MAX, &n_all);
    plan->bcast = too_big ? NULL : ctrend__malloc_n(n_all, 1, sizeof(double));
    if (plan->bcast) { /* OB 64-byte aligned: one vector load per row at either width */
        plan->OB = (double *)(((uintptr_t)plan->bcast + 63u) & ~(uintptr_t)63u);
        plan->S = plan->OB + n_ob;
    }
    if (!plan->X || !plan->off || !plan->bcast) {
        /* not "use the serial path": its numbers differ by rounding, and an allocation
         * failure must never change a result */
        ctrend__lanes_plan_fini(plan);
        return -1;
    }
    if (ctrend_design_matrix(d, 0, n, plan->X, n * p, plan->off, n, NULL)) goto serial;
    for (size_t i = 0; i < n * p; ++i)
        if (!isfinite(plan->X[i])) goto serial;
    for (size_t i = 0; i < n; ++i)
        if (!isfinite(plan->off[i])) goto serial;
    plan->intercept = ctrend__design_has_intercept(d);
    plan->has_offset = ctrend__design_has_offset(d);
    plan->design = d;
    plan->sep_tol = o->sep_tol;
    ctrend__lanes_design_rows(plan->X, n, p, plan->S);
    for (size_t i = 0; i < n; ++i)
        for (size_t l = 0; l < CTREND__LANES_MAX; ++l) plan->OB[i * CTREND__LANES_MAX + l] = plan->off[i];
    ctrend__lanes_log_tables(plan->start);
    for (size_t k = 0; k < CTREND__LANES_LOG_TABLE; ++k) plan->lnfact_y[k] = ctrend__lnfact((double)k);
    plan->d = (ctrend__lanes_design){plan->S,     plan->OB,     n,           p,
                                     o->epsilon, CTREND__DEV_NOISE_EPS, o->maxit, plan->start,
                                     NULL};
    {
        /* the design's rank on its rows: the same test (and tolerance) as a serial fit */
        ctrend__irls ws;
        size_t bad = 0;
        ctrend__data dat = {n, p, plan->X, plan->off, plan->off, plan->intercept,
                            plan->has_offset, d};
        if (ctrend__irls_alloc(&ws, n, p)) {
            ctrend__lanes_plan_fini(plan);
            return -1;
        }
        const int st = ctrend__rank_check(&ws, &dat, o->rank_tol, &bad);
        ctrend__irls_free(&ws);
        if (st) goto serial;
    }
    if (plan_separation(plan) || plan_grouped(plan)) {
        ctrend__lanes_plan_fini(plan);
        return -1;
    }
    return 1;
serial:
    ctrend__lanes_plan_fini(plan);
    return 0;
}

size_t ctrend__lanes_block_scratch(const ctrend__lanes_plan *plan)
{
    /* the kernel's rows + one series of fitted means and one of linear predictors per
     * series of a call (used only when a scalar key needs them) */
    return ctrend__lanes_scratch_doubles(&plan->d) + 2 * CTREND__LANES_BATCH * plan->d.n;
}

/* The serial fit's pre-checks that depend on the counts (model.c, ctrend__count_prefit). */
int ctrend__lanes_series_eligible(const ctrend__lanes_plan *plan, const double *y)
{
    const size_t n = plan->d.n;
    const int f = ctrend__lanes_count_flags(y, n);
    const int bad = f & CTREND__LANES_BAD, anynz = f & CTREND__LANES_NONZERO;
    const int anyzero = f & CTREND__LANES_ZERO;
    if (bad || !anynz) return 0;
    /* separation needs zero counts: both of the screen's tests need a zero sum */
    if (!anyzero) return 1;
    for (size_t t = 0; t < plan->n_sep; ++t) {
        size_t r = plan->sep_off[t];
        const size_t end = plan->sep_off[t + 1];
        while (r < end && y[plan->sep_rows[r]] == 0) ++r;
        if (r == end) return 0; /* every count of the set zero: the screen flags it */
    }
    return 1;
}

/* ctrend__poisson_loglik(y, mu, n), the same terms summed in the same order, with
 * log(mu) = eta where mu was not clamped at DBL_EPSILON (mu = exp(eta): equal to an ulp of
 * exp) and log(y!) from the plan's table for small counts (the same ctrend__lnfact values):
 * two of its three logarithms per row saved (~40k instructions of a 240-month fit). */
double ctrend__lanes_loglik(const ctrend__lanes_plan *plan, const double *y, const double *mu,
                           const double *eta)
{
    const size_t n = plan->d.n;
    const double log_eps = log(DBL_EPSILON);
    double s = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double lmu = mu[i] > DBL_EPSILON ? eta[i] : log_eps;
        const double lf = y[i] < (double)CTREND__LANES_LOG_TABLE ? plan->lnfact_y[(size_t)y[i]]
                                                                 : ctrend__lnfact(y[i]);
        s += (y[i] > 0 ? y[i] * lmu : 0.0) - mu[i] - lf;
    }
    return s;
}

/* Scalars of one lane, as ctrend_model_scalar computes them for a Poisson model. */
static void lane_scalars(const ctrend__lanes_plan *plan, const double *y, const double *mu,
                         const double *eta, const ctrend__lanes_out *r, const int *keys,
                         size_t n_keys, double *out)
{
    const size_t n = plan->d.n, p = plan->d.p;
    const double nobs = (double)n, k = (double)p;
    double loglik = NAN, pearson = NAN, nulldev = NAN;
    for (size_t q = 0; q < n_keys; ++q) {
        const int key = keys[q];
        if ((key == CTREND_MS_LOGLIK || key == CTREND_MS_TWOLOGLIK || key == CTREND_MS_AIC ||
             key == CTREND_MS_BIC) && isnan(loglik))
            loglik = ctrend__lanes_loglik(plan, y, mu, eta);
        if ((key == CTREND_MS_PEARSON_CHI2 || key == CTREND_MS_DISPERSION) && isnan(pearson)) {
            pearson = 0.0;
            for (size_t i = 0; i < n; ++i) {
                const double e = y[i] - mu[i];
                pearson += e * e / mu[i];
            }
        }
        if (key == CTREND_MS_NULL_DEVIANCE && isnan(nulldev)) {
            ctrend__data dat = {n, p, plan->X, y, plan->off, plan->intercept, plan->has_offset,
                                plan->design};
            if (ctrend__null_deviance(&dat, INFINITY, plan->d.epsilon, plan->d.maxit, &nulldev))
                nulldev = NAN;
        }
        double v = NAN;
        switch (key) {
        case CTREND_MS_NOBS: v = nobs; break;
        case CTREND_MS_DEVIANCE: v = r->deviance; break;
        case CTREND_MS_NULL_DEVIANCE: v = nulldev; break;
        case CTREND_MS_DF_RESIDUAL: v = nobs - k; break;
        case CTREND_MS_DF_NULL: v = nobs - (double)plan->intercept; break;
        case CTREND_MS_LOGLIK: v = loglik; break;
        case CTREND_MS_TWOLOGLIK: v = 2.0 * loglik; break;
        case CTREND_MS_AIC: v = -2.0 * loglik + 2.0 * k; break;
        case CTREND_MS_BIC: v = -2.0 * loglik + log(nobs) * k; break;
        case CTREND_MS_PEARSON_CHI2: v = pearson; break;
        case CTREND_MS_DISPERSION: v = n > p ? pearson / (nobs - k) : NAN; break;
        case CTREND_MS_SCALE: v = 1.0; break;
        case CTREND_MS_ITERATIONS: v = r->iterations; break;
        case CTREND_MS_THETA: v = NAN; break;
        case CTREND_MS_CONVERGED: v = 1.0; break;
        default: break;
        }
        out[q] = v;
    }
}

void ctrend__lanes_run(const ctrend__lanes_plan *plan, const double *const *y,
                       size_t n_series, double *scratch, ctrend__lanes_out *out, int *ok)
{
    const double *take[CTREND__LANES_BATCH];
    size_t from[CTREND__LANES_BATCH], m = 0;
    ctrend__lanes_out res[CTREND__LANES_BATCH];
    for (size_t l = 0; l < n_series; ++l) {
        ok[l] = 0;
        if (ctrend__lanes_series_eligible(plan, y[l])) {
            take[m] = y[l];
            from[m] = l;
            res[m++] = out[l];
        }
    }
    if (m == 0) return;
    ctrend__irls_lanes_poisson(&plan->d, take, m, scratch, res);
    for (size_t q = 0; q < m; ++q) {
        const size_t l = from[q];
        out[l] = res[q];
        /* ctrend__count_postfit's test: a numerically zero mean at a zero count */
        ok[l] = res[q].ok && !(res[q].min_mu_zero < plan->sep_tol);
    }
}

void ctrend__lanes_fit_block(const ctrend__lanes_plan *plan, const double *const *y,
                             size_t n_series, const int *keys, size_t n_keys, double *scratch,
                             double *coef, double *se, double *scalars, int *done)
{
    const size_t n = plan->d.n, p = plan->d.p;
    double cbuf[CTREND__LANES_BATCH][CTREND__LANES_PMAX];
    double sbuf[CTREND__LANES_BATCH][CTREND__LANES_PMAX];
    ctrend__lanes_out res[CTREND__LANES_BATCH];
    /* fitted means and linear predictors only when a scalar needs them */
    double *mu = scratch + ctrend__lanes_scratch_doubles(&plan->d), *eta = mu + CTREND__LANES_BATCH * n;
    for (size_t l = 0; l < n_series; ++l)
        res[l] = (ctrend__lanes_out){coef ? coef + l * p : &cbuf[l][0],
                                     se ? se + l * p : &sbuf[l][0],
                                     n_keys ? mu + l * n : NULL,
                                     NAN,
                                     0,
                                     0,
                                     NULL,
                                     n_keys ? eta + l * n : NULL,
                                     INFINITY};
    ctrend__lanes_run(plan, y, n_series, scratch, res, done);
    for (size_t l = 0; l < n_series; ++l) {
        if (!done[l] || !n_keys) continue;
        const ctrend__lanes_out *r = &res[l];
        lane_scalars(plan, y[l], r->mu, r->eta, r, keys, n_keys, scalars + l * n_keys);
    }
}
