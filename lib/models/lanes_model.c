/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lanes_model.c — full ctrend_model handles from the lane path (the "finish" step of
 * ctrend_batch_fit_models_v2).
 *
 * A lane that irls_lanes.c reports ok has taken the plain path of glm_irls.c (every step
 * solved by Cholesky, no halving, converged by the same rule and at the same iteration), and
 * fit_lanes.c has checked every pre- and post-fit condition of a serial Poisson fit (counts,
 * rank on the same rows, separation screen, no numerically-zero mean at a zero count). The
 * serial fit of that series would therefore have returned CTREND_OK, and its model is a
 * function of quantities the kernel returns:
 *   coef, vcov = (X'WX)^-1 of the last iteration (the kernel's last Cholesky factor L:
 *                L^-T L^-1, as gsl_linalg_cholesky_invert gives ctrend__irls_vcov),
 *                se = sqrt(diag vcov) (scale 1),
 *   fitted = mu, linear predictor = eta = X beta + offset, deviance, iterations;
 * and of the counts alone: the log-likelihood, Pearson X^2 and dispersion, the null
 * deviance and the Cameron-Trivedi tests are computed here by the same internal functions
 * ctrend__model_fit / poisson.c call (ctrend__poisson_loglik, ctrend__null_deviance,
 * ctrend__ct_test), on the same arrays in the same order, so they differ from the serial
 * values only through mu (a few ulp: the kernel's vector exp and fused multiply-adds).
 * No second IRLS pass is needed: everything the model stores was produced by the kernel's
 * last iteration. Anything that fails here (no memory, a null-deviance refit that fails)
 * returns the lane to the serial path, which then reports exactly what a serial fit does;
 * except no memory, which is reported as such (a refit would change the rounding).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fit_lanes.h"
#include "internal.h"
#include "models_internal.h"

size_t ctrend__lanes_models_scratch(const ctrend__lanes_plan *plan)
{
    const size_t n = plan->d.n, p = plan->d.p;
    /* the kernel's rows, then per series of a call: mu, eta (n each), coef, se (p each),
     * vcov (p*p) */
    return ctrend__lanes_scratch_doubles(&plan->d) + CTREND__LANES_BATCH * (2 * n + p * (p + 2));
}

/* The model of lane r, as ctrend__model_fit + poisson.c build it. CTREND_OK, or a code that
 * sends the lane to the serial path. */
static int lane_model(const ctrend__lanes_plan *plan, const struct ctrend_model_opts *o,
                      const ctrend_design *d, const double *y, const ctrend__lanes_out *r,
                      ctrend_model **out)
{
    const size_t n = plan->d.n, p = plan->d.p;
    ctrend_model *m = calloc(1, sizeof *m);
    if (!m) return CTREND_ENOMEM;
    m->coef = ctrend__malloc_n(p, p + 2, sizeof *m->coef);
    m->fitted = ctrend__malloc_n(3, n, sizeof *m->fitted);
    int st = CTREND_ENOMEM;
    if (!m->coef || !m->fitted) goto fail;
    m->se = m->coef + p;
    m->vcov = m->se + p;
    m->y = m->fitted + n;
    m->eta = m->y + n;
    m->family = CTREND_FAMILY_POISSON;
    m->meth = &ctrend__poisson_methods;
    m->n = m->nobs = n; /* the lane path takes only series with every row usable */
    m->p = p;
    m->level = o->level;
    m->intercept = plan->intercept;
    m->theta = m->se_theta = m->sigma = m->r2 = m->adj_r2 = m->fstat = m->f_p = NAN;
    m->trend_col = -1;
    {
        size_t tj;
        if (ctrend_design_find(d, "trend", &tj) == CTREND_OK) m->trend_col = (int)tj;
    }
    if ((st = ctrend_design_clone(d, &m->design))) goto fail;
    memcpy(m->coef, r->coef, p * sizeof *m->coef);
    memcpy(m->vcov, r->vcov, p * p * sizeof *m->vcov);
    for (size_t j = 0; j < p; ++j) m->se[j] = sqrt(m->vcov[j * p + j]);
    memcpy(m->fitted, r->mu, n * sizeof *m->fitted);
    memcpy(m->eta, r->eta, n * sizeof *m->eta);
    memcpy(m->y, y, n * sizeof *m->y);
    m->scale = 1.0;
    m->deviance = r->deviance;
    m->iterations = r->iterations;
    m->loglik = ctrend__lanes_loglik(plan, y, r->mu, r->eta);
    {
        ctrend__data dat = {n, p, plan->X, y, plan->off, plan->intercept, plan->has_offset, d};
        if ((st = ctrend__null_deviance(&dat, INFINITY, o->epsilon, o->maxit, &m->null_deviance)))
            goto fail;
    }
    double pearson = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double e = y[i] - r->mu[i];
        pearson += e * e / r->mu[i]; /* the Poisson variance, as model.c's meth->variance */
    }
    m->pearson = pearson;
    m->dispersion = n > p ? pearson / (double)(n - p) : NAN;
    {
        double *aux = ctrend__malloc_n(n, 1, sizeof *aux);
        if (!aux) {
            st = CTREND_ENOMEM;
            goto fail;
        }
        ctrend__ct_test(m, y, r->mu, n, aux);
        free(aux);
    }
    *out = m;
    return CTREND_OK;
fail:
    ctrend_model_free(m);
    return st;
}

void ctrend__lanes_fit_models_block(const ctrend__lanes_plan *plan, const double *const *y,
                                    size_t n_series, const ctrend_model_opts *opts,
                                    const ctrend_design *const *designs, double *scratch,
                                    ctrend_model **models, int *done)
{
    struct ctrend_model_opts defaults;
    ctrend__opts_default(&defaults);
    const struct ctrend_model_opts *o = opts ? opts : &defaults;
    const size_t n = plan->d.n, p = plan->d.p;
    ctrend__lanes_out res[CTREND__LANES_BATCH];
    double *lane = scratch + ctrend__lanes_scratch_doubles(&plan->d);
    const size_t per_lane = 2 * n + p * (p + 2);
    for (size_t l = 0; l < n_series; ++l) {
        double *b = lane + l * per_lane; /* mu, eta, coef, se, vcov */
        res[l] = (ctrend__lanes_out){b + 2 * n, b + 2 * n + p, b, NAN, 0, 0, b + 2 * n + 2 * p,
                                     b + n, INFINITY};
        models[l] = NULL;
    }
    ctrend__lanes_run(plan, y, n_series, scratch, res, done);
    for (size_t l = 0; l < n_series; ++l) {
        if (!done[l]) continue;
        const int st = lane_model(plan, o, designs[l], y[l], &res[l], &models[l]);
        /* no memory is reported, not refitted: the serial path's numbers differ by rounding,
         * and an allocation failure must never change a result */
        done[l] = st == CTREND_OK ? 1 : st == CTREND_ENOMEM ? -1 : 0;
    }
}
