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
    plan->X = plan->off = plan->XB = plan->OB = NULL;
    plan->bcast = NULL;
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
    if (p == 0 || p > CTREND__LANES_PMAX || n < p || n > SIZE_MAX / sizeof(double) / p) return 0;
    for (size_t k = 0; k < n_keys; ++k)
        if (!key_supported(keys[k])) return 0;
    plan->X = ctrend__malloc_n(n, p, sizeof *plan->X);
    plan->off = ctrend__malloc_n(n, 1, sizeof *plan->off);
    /* n p < SIZE_MAX / 8 / p was checked above, so these sizes cannot wrap */
    const size_t n_xb = (n * p + CTREND__LANES) * CTREND__LANES, n_ob = n * CTREND__LANES;
    plan->bcast = ctrend__malloc_n(n_xb + n_ob + CTREND__LANES, 1, sizeof(double));
    if (plan->bcast) {
        plan->XB = (double *)(((uintptr_t)plan->bcast + 31u) & ~(uintptr_t)31u);
        plan->OB = plan->XB + n_xb;
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
    for (size_t i = 0; i < n * p; ++i)
        for (size_t l = 0; l < CTREND__LANES; ++l) plan->XB[i * CTREND__LANES + l] = plan->X[i];
    memset(plan->XB + n * p * CTREND__LANES, 0, CTREND__LANES * CTREND__LANES * sizeof(double));
    for (size_t i = 0; i < n; ++i)
        for (size_t l = 0; l < CTREND__LANES; ++l) plan->OB[i * CTREND__LANES + l] = plan->off[i];
    ctrend__lanes_log_tables(plan->log_y, plan->log_y01);
    for (size_t k = 0; k < CTREND__LANES_LOG_TABLE; ++k) plan->lnfact_y[k] = ctrend__lnfact((double)k);
    plan->d = (ctrend__lanes_design){plan->XB,   plan->OB,  n,           p,
                                     o->epsilon, CTREND__DEV_NOISE_EPS, o->maxit, plan->log_y,
                                     plan->log_y01};
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
    return 1;
serial:
    ctrend__lanes_plan_fini(plan);
    return 0;
}

size_t ctrend__lanes_block_scratch(const ctrend__lanes_plan *plan)
{
    /* the kernel's rows + one series of fitted means and one of linear predictors per lane */
    return ctrend__lanes_scratch_doubles(plan->d.n, plan->d.p) + 2 * CTREND__LANES * plan->d.n;
}

/* The serial fit's pre-checks that depend on the counts (model.c, ctrend__count_prefit). */
int ctrend__lanes_series_eligible(const ctrend__lanes_plan *plan, const double *y)
{
    const size_t n = plan->d.n;
    int allzero = 1, anyzero = 0;
    for (size_t i = 0; i < n; ++i) {
        const double v = y[i];
        /* a non-negative integer count (v <= 2^53 keeps the cast exact; NaN fails v >= 0) */
        if (!(v >= 0 && v <= 9007199254740992.0) || (double)(int64_t)v != v) return 0;
        if (v != 0) allzero = 0;
        else anyzero = 1;
    }
    if (allzero) return 0;
    /* separation needs zero counts: both of the screen's tests sum counts to 0 */
    if (!anyzero) return 1;
    ctrend__data dat = {n, plan->d.p, plan->X, y, plan->off, plan->intercept, plan->has_offset,
                        plan->design};
    return ctrend__separation_screen(&dat) == (size_t)-1;
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

void ctrend__lanes_run(const ctrend__lanes_plan *plan, const double *const *y, size_t n_lanes,
                       double *scratch, ctrend__lanes_out *out, int *ok)
{
    const size_t n = plan->d.n;
    const double *take[CTREND__LANES];
    size_t from[CTREND__LANES], m = 0;
    ctrend__lanes_out res[CTREND__LANES];
    for (size_t l = 0; l < n_lanes; ++l) {
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
        if (!res[q].ok) continue;
        int sep = 0; /* ctrend__count_postfit's test: a numerically zero mean at a zero count */
        for (size_t i = 0; i < n && !sep; ++i) sep = take[q][i] == 0 && res[q].mu[i] < plan->sep_tol;
        ok[l] = !sep;
    }
}

void ctrend__lanes_fit_block(const ctrend__lanes_plan *plan, const double *const *y,
                             size_t n_lanes, const int *keys, size_t n_keys, double *scratch,
                             double *coef, double *se, double *scalars, int *done)
{
    const size_t n = plan->d.n, p = plan->d.p;
    double cbuf[CTREND__LANES][CTREND__LANES_PMAX], sbuf[CTREND__LANES][CTREND__LANES_PMAX];
    ctrend__lanes_out res[CTREND__LANES];
    double *mu = scratch + ctrend__lanes_scratch_doubles(n, p), *eta = mu + CTREND__LANES * n;
    for (size_t l = 0; l < n_lanes; ++l)
        res[l] = (ctrend__lanes_out){&cbuf[l][0], &sbuf[l][0], mu + l * n, NAN, 0, 0, NULL,
                                     eta + l * n};
    ctrend__lanes_run(plan, y, n_lanes, scratch, res, done);
    for (size_t l = 0; l < n_lanes; ++l) {
        if (!done[l]) continue;
        const ctrend__lanes_out *r = &res[l];
        if (coef) memcpy(coef + l * p, r->coef, p * sizeof *coef);
        if (se) memcpy(se + l * p, r->se, p * sizeof *se);
        if (n_keys)
            lane_scalars(plan, y[l], r->mu, r->eta, r, keys, n_keys, scalars + l * n_keys);
    }
}
