/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * predict.c — in-window prediction with confidence intervals for the mean (ctrend/model.h).
 *
 * For a design row x (with offset o): eta = x'beta + o and se(eta) = sqrt(x' V x), V the
 * covariance of beta scaled as the model's SEs (quasi-Poisson: x dispersion; Gaussian:
 * sigma^2). This is R's predict.glm(type = "link", se.fit = TRUE) (predict.lm for the
 * Gaussian model). The interval is Wald on the link scale, eta -+ q se(eta), with q the
 * normal quantile for the log-link families (confint.default) and the t quantile on
 * df_residual for the Gaussian model (predict.lm(interval = "confidence")), exactly as the
 * forecast's CTREND_FI_MEAN beyond the window. On the response scale the fit is
 * mu = exp(eta), its se the delta-method mu * se(eta) (predict.glm(type = "response",
 * se.fit = TRUE)), and the interval the transformed link interval exp(eta -+ q se(eta)),
 * which stays positive (the interval the CLI's forecast prints for the mean).
 */
#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "ctrend/model.h"
#include "models_internal.h"

static int same_columns(const ctrend_design *a, const ctrend_design *b)
{
    const size_t p = ctrend_design_ncol(a);
    if (ctrend_design_ncol(b) != p) return 0;
    for (size_t j = 0; j < p; ++j)
        if (strcmp(ctrend__design_col_name(a, j), ctrend__design_col_name(b, j))) return 0;
    return 1;
}

int ctrend_model_predict(const ctrend_model *m, const ctrend_design *d, int kind, double level,
                         double *out, size_t cap, size_t *needed)
{
    if (!m || (kind != CTREND_PREDICT_LINK && kind != CTREND_PREDICT_RESPONSE) ||
        !(level > 0 && level < 1))
        return CTREND_EINVAL;
    if (!d) d = m->design;
    if (!same_columns(m->design, d)) return CTREND_EINVAL;
    const size_t n = ctrend_design_nrow(d), p = m->p;
    size_t len, nX;
    if (ctrend__mul_size(n, CTREND_PREDICT_NCOL, &len)) return CTREND_ERANGE;
    if (needed) *needed = len;
    if (!out) return CTREND_OK;
    if (cap < len) return CTREND_ERANGE;
    if (n == 0) return CTREND_OK;
    if (ctrend__mul3_size(n, p, sizeof(double), &nX)) return CTREND_ENOMEM;
    double *X = malloc(nX), *off = ctrend__malloc_n(n, 1, sizeof *off);
    int st = CTREND_ENOMEM;
    if (X && off) st = ctrend_design_matrix(d, 0, n, X, n * p, off, n, NULL);
    if (st) {
        free(X);
        free(off);
        return st;
    }
    const double a = 0.5 + 0.5 * level;
    double q;
    if (m->meth->log_link) {
        q = gsl_cdf_ugaussian_Pinv(a);
    } else {
        const double df = (double)m->nobs - (double)p;
        q = df > 0 ? gsl_cdf_tdist_Pinv(a, df) : NAN;
    }
    const int response = kind == CTREND_PREDICT_RESPONSE && m->meth->log_link;
    for (size_t i = 0; i < n; ++i) {
        const double *x = X + i * p;
        double eta = off[i], xvx = 0.0;
        for (size_t j = 0; j < p; ++j) {
            eta += x[j] * m->coef[j];
            double vx = 0.0;
            for (size_t k = 0; k < p; ++k) vx += m->vcov[j * p + k] * x[k];
            xvx += x[j] * vx;
        }
        const double se = isnan(xvx) ? NAN : sqrt(xvx > 0 ? xvx : 0.0);
        double *r = out + i * CTREND_PREDICT_NCOL;
        if (response) {
            const double mu = exp(eta);
            r[CTREND_PRED_FIT] = mu;
            r[CTREND_PRED_SE] = mu * se;
            r[CTREND_PRED_LO] = exp(eta - q * se);
            r[CTREND_PRED_HI] = exp(eta + q * se);
        } else {
            r[CTREND_PRED_FIT] = eta;
            r[CTREND_PRED_SE] = se;
            r[CTREND_PRED_LO] = eta - q * se;
            r[CTREND_PRED_HI] = eta + q * se;
        }
    }
    free(X);
    free(off);
    return CTREND_OK;
}
