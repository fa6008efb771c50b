/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * linear.c — Gaussian linear model (ordinary least squares, identity link), as R's lm /
 * summary.lm: for rates, log1p counts, or the raw counts of the reference scripts.
 *
 * Estimation uses GSL's gsl_multifit_linear (SVD of the column-balanced design, GSL manual
 * sec. "Linear regression"), which returns cov = s^2 (X'X)^-1 with s^2 = RSS/(n - p). An
 * offset, when the design has one, is subtracted from y first (lm(offset = )). Rank
 * deficiency is rejected beforehand with the same pivoted-QR test as the GLMs.
 * R^2 = MSS / (MSS + RSS) with MSS about the mean of the fitted values net of the offset
 * (about 0 without an intercept); F = (MSS/(p - intercept)) / (RSS/df); logLik is the
 * Gaussian log-likelihood at sigma_ML^2 = RSS/n, AIC counts sigma as a parameter (R).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_randist.h>

#include "models_internal.h"

static int lm_fit(struct ctrend_model_opts *o, const ctrend__data *dat, ctrend_model *m,
                  double *mu_used, double *eta_used)
{
    const size_t n = dat->n, p = dat->p;
    ctrend__irls ws;
    gsl_multifit_linear_workspace *w = NULL;
    double *yadj = ctrend__malloc_n(n, 1, sizeof *yadj);
    int st = ctrend__irls_alloc(&ws, n, p);
    if (st || !yadj) {
        free(yadj);
        if (!st) ctrend__irls_free(&ws);
        return ctrend__fail(o, CTREND_ENOMEM, "out of memory");
    }
    size_t bad = 0;
    st = ctrend__rank_check(&ws, dat, o->rank_tol, &bad);
    if (st == CTREND_ESINGULAR) {
        const char *nm = ctrend__design_col_name(dat->design, bad);
        st = ctrend__fail(o, st, "design column '%s' is collinear with the others (or constant "
                                 "zero)", nm ? nm : "?");
        goto done;
    }
    if (st) {
        st = ctrend__fail(o, st, "GSL pivoted QR failed");
        goto done;
    }
    if (!(w = gsl_multifit_linear_alloc(n, p))) {
        st = ctrend__fail(o, CTREND_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; ++i) yadj[i] = dat->y[i] - dat->off[i];
    gsl_matrix_const_view X = gsl_matrix_const_view_array(dat->X, n, p);
    gsl_vector_view yv = gsl_vector_view_array(yadj, n);
    gsl_vector_view c = gsl_vector_view_array(m->coef, p);
    gsl_matrix_view cov = gsl_matrix_view_array(m->vcov, p, p);
    double rss = 0.0;
    if (gsl_multifit_linear(&X.matrix, &yv.vector, &c.vector, &cov.matrix, &rss, w)) {
        st = ctrend__fail(o, CTREND_ENUMERIC, "gsl_multifit_linear failed");
        goto done;
    }
    const double df = (double)(n - p);
    double fbar = 0.0;
    for (size_t i = 0; i < n; ++i) {
        double f = 0.0;
        for (size_t j = 0; j < p; ++j) f += dat->X[i * p + j] * m->coef[j];
        eta_used[i] = mu_used[i] = f + dat->off[i];
        ws.z[i] = f; /* fitted net of the offset */
        fbar += f;
    }
    fbar /= (double)n;
    double mss = 0.0, ybar = 0.0, tss = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double d = dat->intercept ? ws.z[i] - fbar : ws.z[i];
        mss += d * d;
        ybar += dat->y[i];
    }
    ybar /= (double)n;
    for (size_t i = 0; i < n; ++i) tss += (dat->y[i] - ybar) * (dat->y[i] - ybar);
    const double s2 = df > 0 ? rss / df : NAN;
    if (!(df > 0)) /* GSL leaves cov unscaled-meaningless at df = 0 */
        for (size_t k = 0; k < p * p; ++k) m->vcov[k] = NAN;
    for (size_t j = 0; j < p; ++j) m->se[j] = sqrt(m->vcov[j * p + j]);
    const double k_model = (double)p - (double)dat->intercept;
    m->deviance = rss;
    m->null_deviance = tss;
    m->scale = s2;
    m->sigma = sqrt(s2);
    m->r2 = mss / (mss + rss);
    m->adj_r2 = 1.0 - (1.0 - m->r2) * ((double)n - (double)dat->intercept) / df;
    m->fstat = k_model > 0 ? (mss / k_model) / s2 : NAN;
    m->f_p = k_model > 0 && df > 0 ? gsl_cdf_fdist_Q(m->fstat, k_model, df) : NAN;
    m->loglik = 0.5 * (-(double)n * (log(2.0 * 3.14159265358979323846) + 1.0 - log((double)n) + log(rss)));
    m->iterations = 0;
done:
    gsl_multifit_linear_free(w);
    ctrend__irls_free(&ws);
    free(yadj);
    return st;
}

static double lm_var(const ctrend_model *m, double mu)
{
    (void)m;
    (void)mu;
    return 1.0; /* Pearson residuals of lm are the raw residuals */
}

static double lm_unit_dev(const ctrend_model *m, double y, double mu)
{
    (void)m;
    return (y - mu) * (y - mu);
}

static double lm_draw(const ctrend_model *m, const gsl_rng *r, double mu)
{
    return mu + gsl_ran_gaussian(r, m->sigma);
}

/* predict.lm(interval = "prediction"): mu -+ t_df sqrt(se_fit^2 + sigma^2) */
static double lm_quantile(const ctrend_model *m, double prob, double mu, double se_mean)
{
    const double df = (double)(m->nobs - m->p);
    if (!(df > 0)) return NAN;
    return mu + gsl_cdf_tdist_Pinv(prob, df) * sqrt(se_mean * se_mean + m->sigma * m->sigma);
}

const ctrend__methods ctrend__gaussian_methods = {
    "gaussian", CTREND_FAMILY_GAUSSIAN, 0, 1, lm_fit, lm_var, lm_unit_dev, lm_draw, lm_quantile};
