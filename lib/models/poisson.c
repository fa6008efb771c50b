/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * poisson.c — Poisson and quasi-Poisson log-linear models.
 *
 * Estimates: IRLS as R's glm.fit (glm_irls.c). Quasi-Poisson has the same beta; its
 * dispersion is summary.glm's  sum(w * r_working^2) / df_residual  with the working weights
 * w of the last IRLS iteration and the final working residuals (y - mu)/mu, i.e. the Pearson
 * X^2 / df of McCullagh & Nelder (1989, sec. 4.5.2); SEs are multiplied by its square root
 * and tests use t on df_residual, as R does for quasi families. Its likelihood, AIC and BIC
 * do not exist (NaN), as in R.
 *
 * Failure detection (R only warns): rank deficiency (ctrend__rank_check), separation — a
 * column nonzero only on zero counts, found before fitting, or a fitted mean below sep_tol on
 * a zero count after it ("fitted rates numerically 0 occurred" in R) — and non-convergence.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>

#include "models_internal.h"

int ctrend__glm_finish(ctrend__irls *ws, const ctrend__data *dat, ctrend_model *m,
                       double scale, double *mu_used, double *eta_used)
{
    const size_t p = dat->p, n = dat->n;
    int st = ctrend__irls_vcov(ws, m->vcov);
    if (st) return st;
    for (size_t k = 0; k < p * p; ++k) m->vcov[k] *= scale;
    for (size_t j = 0; j < p; ++j) {
        m->coef[j] = ws->beta[j];
        m->se[j] = sqrt(m->vcov[j * p + j]);
    }
    memcpy(mu_used, ws->mu, n * sizeof *mu_used);
    memcpy(eta_used, ws->eta, n * sizeof *eta_used);
    m->scale = scale;
    return CTREND_OK;
}

static const char *colname(const ctrend__data *dat, size_t j)
{
    const char *s = ctrend__design_col_name(dat->design, j);
    return s ? s : "?";
}

/* Shared pre-fit checks of the log-link families: rank, separation screen. */
int ctrend__count_prefit(struct ctrend_model_opts *o, ctrend__irls *ws, const ctrend__data *dat)
{
    size_t bad = 0;
    int st = ctrend__rank_check(ws, dat, o->rank_tol, &bad);
    if (st == CTREND_ESINGULAR)
        return ctrend__fail(o, st, "design column '%s' is collinear with the others (or constant "
                                   "zero) on the %zu usable rows", colname(dat, bad), dat->n);
    if (st) return ctrend__fail(o, st, "GSL pivoted QR failed");
    const size_t sep = ctrend__separation_screen(dat);
    if (sep != (size_t)-1)
        return ctrend__fail(o, CTREND_ESEPARATION,
                            "column '%s' separates the zero counts (every count where it is "
                            "nonzero, or where it is zero, is 0): the MLE is infinite",
                            colname(dat, sep));
    return CTREND_OK;
}

/* Shared post-fit checks: convergence and numerically zero fitted means at zero counts. */
int ctrend__count_postfit(struct ctrend_model_opts *o, const ctrend__irls *ws, const ctrend__data *dat,
                          const char *what)
{
    for (size_t i = 0; i < dat->n; ++i)
        if (dat->y[i] == 0 && ws->mu[i] < o->sep_tol)
            return ctrend__fail(o, CTREND_ESEPARATION,
                                "%s: fitted mean %.3g at zero count (row %zu) is numerically 0: "
                                "quasi-complete separation, the MLE is infinite",
                                what, ws->mu[i], i);
    if (!ws->converged)
        return ctrend__fail(o, CTREND_ENOCONV, "%s: IRLS did not converge in %d iterations "
                            "(epsilon %g)", what, o->maxit, o->epsilon);
    return CTREND_OK;
}

static int poisson_fit_common(struct ctrend_model_opts *o, const ctrend__data *dat,
                              ctrend_model *m, double *mu_used, double *eta_used, int quasi)
{
    ctrend__irls ws;
    int st = ctrend__irls_alloc(&ws, dat->n, dat->p);
    if (st) return ctrend__fail(o, st, "out of memory");
    if ((st = ctrend__count_prefit(o, &ws, dat))) goto done;
    st = ctrend__irls_run(&ws, dat, INFINITY, NULL, o->epsilon, o->maxit, o->halve_on_rise);
    if (st) {
        st = ctrend__fail(o, st, "GSL QR failed inside IRLS");
        goto done;
    }
    if ((st = ctrend__count_postfit(o, &ws, dat, "Poisson fit"))) goto done;
    const double df = (double)(dat->n - dat->p);
    double scale = 1.0;
    if (quasi) {
        double s = 0.0;
        for (size_t i = 0; i < dat->n; ++i) {
            const double r = (dat->y[i] - ws.mu[i]) / ws.mu[i];
            s += ws.w2[i] * r * r;
        }
        scale = df > 0 ? s / df : NAN;
    }
    m->deviance = ws.dev;
    m->iterations = ws.iter;
    m->loglik = quasi ? NAN : ctrend__poisson_loglik(dat->y, ws.mu, dat->n);
    if ((st = ctrend__glm_finish(&ws, dat, m, scale, mu_used, eta_used))) {
        st = ctrend__fail(o, st, "GSL failed to invert R");
        goto done;
    }
    if ((st = ctrend__null_deviance(dat, INFINITY, o->epsilon, o->maxit, &m->null_deviance)))
        st = ctrend__fail(o, st, "null-model fit failed");
done:
    ctrend__irls_free(&ws);
    return st;
}

static int poisson_fit(struct ctrend_model_opts *o, const ctrend__data *dat, ctrend_model *m,
                       double *mu_used, double *eta_used)
{
    return poisson_fit_common(o, dat, m, mu_used, eta_used, 0);
}

static int quasi_fit(struct ctrend_model_opts *o, const ctrend__data *dat, ctrend_model *m,
                     double *mu_used, double *eta_used)
{
    return poisson_fit_common(o, dat, m, mu_used, eta_used, 1);
}

static double pois_var(const ctrend_model *m, double mu)
{
    (void)m;
    return mu;
}

static double quasi_var(const ctrend_model *m, double mu)
{
    (void)m;
    return mu; /* Pearson residuals are unscaled, as R's residuals(type = "pearson") */
}

static double pois_unit_dev(const ctrend_model *m, double y, double mu)
{
    (void)m;
    return y > 0 ? 2.0 * (y * log(y / mu) - (y - mu)) : 2.0 * mu;
}

static double pois_draw(const ctrend_model *m, const gsl_rng *r, double mu)
{
    (void)m;
    return ctrend__rpois(r, mu);
}

static double pois_quantile(const ctrend_model *m, double prob, double mu, double se_mean)
{
    (void)m;
    (void)se_mean;
    return ctrend__qpois(prob, mu);
}

/* Quasi-Poisson predictive: a negative binomial with the same mean and variance
 * scale*mu, i.e. size = mu/(scale - 1); Poisson when scale <= 1. */
static double quasi_draw(const ctrend_model *m, const gsl_rng *r, double mu)
{
    if (!(m->scale > 1.0) || mu <= 0) return ctrend__rpois(r, mu);
    return ctrend__rnbinom(r, mu / (m->scale - 1.0), mu);
}

static double quasi_quantile(const ctrend_model *m, double prob, double mu, double se_mean)
{
    (void)se_mean;
    if (!(m->scale > 1.0) || mu <= 0) return ctrend__qpois(prob, mu);
    return ctrend__qnbinom(prob, mu / (m->scale - 1.0), mu);
}

const ctrend__methods ctrend__poisson_methods = {
    "poisson", CTREND_FAMILY_POISSON, 1, 0, poisson_fit, pois_var, pois_unit_dev, pois_draw,
    pois_quantile};

const ctrend__methods ctrend__quasipoisson_methods = {
    "quasipoisson", CTREND_FAMILY_QUASIPOISSON, 1, 1, quasi_fit, quasi_var, pois_unit_dev,
    quasi_draw, quasi_quantile};
