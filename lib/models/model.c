/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * model.c — the family-independent part of every fit: options, input validation and
 * missing-row removal, dispatch through the method table, and the outputs shared by all
 * families (residuals, Pearson X^2, Wald tests and intervals, information criteria, the
 * Cameron-Trivedi overdispersion test).
 *
 * Cameron & Trivedi (1990, J. Econometrics 46:347; Regression Analysis of Count Data, 2nd ed.
 * 2013, sec. 3.4): under H0 Var(y) = mu, E[((y-mu)^2 - y)/mu] = alpha g(mu)/mu for the
 * alternative Var = mu + alpha g(mu). The auxiliary OLS without intercept of
 * ((y-mu)^2 - y)/mu on g(mu)/mu (1 for g = mu, "trafo = 1"; mu for g = mu^2, "trafo = 2") gives
 * alpha and its t ratio, referred to N(0,1) one-sided, exactly as AER::dispersiontest does.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "models_internal.h"

/* ---- options ------------------------------------------------------------------- */

void ctrend__opts_default(struct ctrend_model_opts *o)
{
    o->epsilon = 1e-8;
    o->maxit = 25;
    o->level = 0.95;
    o->rank_tol = 1e-7;
    o->sep_tol = 1e-6;
    o->theta_max = 1e6;
    o->halve_on_rise = 1;
    o->theta_eps = 1.220703125e-4; /* .Machine$double.eps^0.25 */
    o->min_segment = 12;
    o->n_boot = 199;
    o->seed = 0;
    o->n_threads = 1;
    o->errmsg[0] = '\0';
    o->ctl = NULL;
    o->boot_lanes = 1;
}

int ctrend__fail(struct ctrend_model_opts *o, int st, const char *fmt, ...)
{
    if (o) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(o->errmsg, sizeof o->errmsg, fmt, ap);
        va_end(ap);
    }
    return st;
}

/* A handle is its options followed by its control block (one allocation; the options come
 * first, so the handle's address is the block's). */
typedef struct opts_block {
    struct ctrend_model_opts o;
    ctrend__control ctl;
} opts_block;

int ctrend_model_opts_new(ctrend_model_opts **out)
{
    if (!out) return CTREND_EINVAL;
    opts_block *b = malloc(sizeof *b);
    if (!b) return CTREND_ENOMEM;
    ctrend__opts_default(&b->o);
    ctrend__control_init(&b->ctl);
    b->o.ctl = &b->ctl;
    *out = &b->o;
    return CTREND_OK;
}

void ctrend_model_opts_free(ctrend_model_opts *o)
{
    free(o); /* the opts_block */
}

ctrend__control *ctrend__opts_control(const struct ctrend_model_opts *o)
{
    return o ? o->ctl : NULL;
}

void ctrend_model_opts_cancel(ctrend_model_opts *o)
{
    if (o && o->ctl) atomic_store(&o->ctl->cancel, 1); /* lock-free: async-signal-safe */
}

void ctrend_model_opts_reset(ctrend_model_opts *o)
{
    if (!o || !o->ctl) return;
    atomic_store(&o->ctl->cancel, 0);
    atomic_store(&o->ctl->done, 0);
    atomic_store(&o->ctl->total, 0);
}

int ctrend_model_opts_cancelled(const ctrend_model_opts *o)
{
    return o ? ctrend__cancelled(o->ctl) : 0;
}

int ctrend_model_opts_progress(const ctrend_model_opts *o, size_t *done, size_t *total)
{
    if (!o || !o->ctl) return CTREND_EINVAL;
    if (total) *total = atomic_load(&o->ctl->total);
    if (done) *done = atomic_load(&o->ctl->done);
    return CTREND_OK;
}

/* Each key's type and closed range, in one table (zstd's ZSTD_cParam_getBounds): the
 * setters and ctrend_model_opts_bounds read it, so the documented bounds are the checked
 * ones. "> 0" is [smallest positive double, +Inf]; LEVEL (0, 1) is [4.9e-324, 1 - 2^-53]. */
#define OPT_POS 4.9406564584124654e-324 /* DBL_TRUE_MIN: the smallest positive double */
enum { OPT_NONE = 0, OPT_DOUBLE, OPT_INT }; /* OPT_NONE: a retired key (8) */
static const struct {
    int type;
    double lo, hi;
} opt_bounds[] = {
    [CTREND_OPT_EPSILON] = {OPT_DOUBLE, OPT_POS, INFINITY},
    [CTREND_OPT_MAXIT] = {OPT_INT, 1, 1e6},
    [CTREND_OPT_LEVEL] = {OPT_DOUBLE, OPT_POS, 1.0 - 0x1p-53},
    [CTREND_OPT_RANK_TOL] = {OPT_DOUBLE, OPT_POS, INFINITY},
    [CTREND_OPT_SEP_TOL] = {OPT_DOUBLE, OPT_POS, INFINITY},
    [CTREND_OPT_THETA_MAX] = {OPT_DOUBLE, OPT_POS, INFINITY},
    [CTREND_OPT_HALVE_ON_RISE] = {OPT_INT, 0, 1},
    [CTREND_OPT_THETA_EPS] = {OPT_DOUBLE, OPT_POS, INFINITY},
    [CTREND_OPT_MIN_SEGMENT] = {OPT_INT, 1, CTREND_BREAKS_MAX_WORK},
    [CTREND_OPT_N_BOOT] = {OPT_INT, 0, CTREND_BREAKS_MAX_WORK},
    [CTREND_OPT_SEED] = {OPT_INT, 0, 9007199254740992.0},
    [CTREND_OPT_N_THREADS] = {OPT_INT, 0, 4096},
};
#define N_OPTS (sizeof opt_bounds / sizeof opt_bounds[0])

int ctrend_model_opts_bounds(int opt, double *lo, double *hi)
{
    if (opt < 0 || (size_t)opt >= N_OPTS || opt_bounds[opt].type == OPT_NONE) return CTREND_EINVAL;
    if (lo) *lo = opt_bounds[opt].lo;
    if (hi) *hi = opt_bounds[opt].hi;
    return CTREND_OK;
}

/* Store an already checked value. */
static void opt_store(ctrend_model_opts *o, int opt, double v)
{
    switch (opt) {
    case CTREND_OPT_EPSILON: o->epsilon = v; break;
    case CTREND_OPT_MAXIT: o->maxit = (int)v; break;
    case CTREND_OPT_LEVEL: o->level = v; break;
    case CTREND_OPT_RANK_TOL: o->rank_tol = v; break;
    case CTREND_OPT_SEP_TOL: o->sep_tol = v; break;
    case CTREND_OPT_THETA_MAX: o->theta_max = v; break;
    case CTREND_OPT_HALVE_ON_RISE: o->halve_on_rise = (int)v; break;
    case CTREND_OPT_MIN_SEGMENT: o->min_segment = (size_t)v; break;
    case CTREND_OPT_N_BOOT: o->n_boot = (size_t)v; break;
    case CTREND_OPT_SEED: o->seed = (uint64_t)v; break;
    case CTREND_OPT_N_THREADS: o->n_threads = (size_t)v; break;
    default: o->theta_eps = v; break; /* CTREND_OPT_THETA_EPS */
    }
}

int ctrend_model_opts_set_double(ctrend_model_opts *o, int opt, double v)
{
    if (!o || opt < 0 || (size_t)opt >= N_OPTS || opt_bounds[opt].type != OPT_DOUBLE) return CTREND_EINVAL;
    if (!(v >= opt_bounds[opt].lo && v <= opt_bounds[opt].hi)) return CTREND_EINVAL; /* NaN too */
    opt_store(o, opt, v);
    return CTREND_OK;
}

int ctrend_model_opts_set_int(ctrend_model_opts *o, int opt, int64_t v)
{
    if (!o || opt < 0 || (size_t)opt >= N_OPTS || opt_bounds[opt].type != OPT_INT) return CTREND_EINVAL;
    if (v < (int64_t)opt_bounds[opt].lo || v > (int64_t)opt_bounds[opt].hi) return CTREND_EINVAL;
    opt_store(o, opt, (double)v);
    return CTREND_OK;
}

int ctrend_model_opts_get(const ctrend_model_opts *o, int opt, double *v)
{
    if (!o || !v) return CTREND_EINVAL;
    switch (opt) {
    case CTREND_OPT_EPSILON: *v = o->epsilon; break;
    case CTREND_OPT_MAXIT: *v = o->maxit; break;
    case CTREND_OPT_LEVEL: *v = o->level; break;
    case CTREND_OPT_RANK_TOL: *v = o->rank_tol; break;
    case CTREND_OPT_SEP_TOL: *v = o->sep_tol; break;
    case CTREND_OPT_THETA_MAX: *v = o->theta_max; break;
    case CTREND_OPT_HALVE_ON_RISE: *v = o->halve_on_rise; break;
    case CTREND_OPT_THETA_EPS: *v = o->theta_eps; break;
    case CTREND_OPT_MIN_SEGMENT: *v = (double)o->min_segment; break;
    case CTREND_OPT_N_BOOT: *v = (double)o->n_boot; break;
    case CTREND_OPT_SEED: *v = (double)o->seed; break;
    case CTREND_OPT_N_THREADS: *v = (double)o->n_threads; break;
    default: return CTREND_EINVAL;
    }
    return CTREND_OK;
}

const char *ctrend_model_opts_errmsg(const ctrend_model_opts *o)
{
    return o ? o->errmsg : "";
}

/* ---- fit --------------------------------------------------------------------------- */

static const ctrend__methods *methods_for(int family)
{
    switch (family) {
    case CTREND_FAMILY_POISSON: return &ctrend__poisson_methods;
    case CTREND_FAMILY_QUASIPOISSON: return &ctrend__quasipoisson_methods;
    case CTREND_FAMILY_NEGBIN: return &ctrend__negbin_methods;
    case CTREND_FAMILY_GAUSSIAN: return &ctrend__gaussian_methods;
    default: return NULL;
    }
}

void ctrend_model_free(ctrend_model *m)
{
    if (!m) return;
    ctrend_design_free(m->design);
    free(m->coef);
    free(m->fitted);
    free(m);
}

/* The two auxiliary regressions through the origin (x = 1 and x = mu) in two passes over the
 * rows: b = sum(x a) / sum(x^2), s^2 = sum((a - b x)^2) / (n - 1), Var(b) = s^2 / sum(x^2) —
 * the formulas of gsl_fit_mul (which was called once per regression, with running-mean
 * updates; the same numbers to rounding, at a quarter of the instructions). aux is scratch. */
void ctrend__ct_test(ctrend_model *m, const double *y, const double *mu, size_t n, double *aux)
{
    m->ct_alpha[0] = m->ct_alpha[1] = m->ct_z[0] = m->ct_z[1] = NAN;
    if (n < 2) return;
    double sa = 0.0, sma = 0.0, smm = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double r = y[i] - mu[i];
        const double a = (r * r - y[i]) / mu[i];
        aux[i] = a;
        sa += a;
        sma += mu[i] * a;
        smm += mu[i] * mu[i];
    }
    const double b0 = sa / (double)n, b1 = sma / smm;
    double d0 = 0.0, d1 = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double e0 = aux[i] - b0, e1 = aux[i] - b1 * mu[i];
        d0 += e0 * e0;
        d1 += e1 * e1;
    }
    const double v0 = d0 / (double)(n - 1) / (double)n, v1 = d1 / (double)(n - 1) / smm;
    if (isfinite(b0) && isfinite(v0)) {
        m->ct_alpha[0] = b0;
        m->ct_z[0] = b0 / sqrt(v0);
    }
    if (isfinite(b1) && isfinite(v1)) {
        m->ct_alpha[1] = b1;
        m->ct_z[1] = b1 / sqrt(v1);
    }
}

/* The public fit works on a copy of the caller's options (so the handle is only read and
 * may be shared between threads) and moves the copy's message into the error record. */
int ctrend_model_fit(const ctrend_model_opts *opts, int family, const ctrend_design *d,
                     const double *y, size_t n, ctrend_model **out, ctrend_error *err)
{
    struct ctrend_model_opts o;
    if (opts)
        o = *opts;
    else
        ctrend__opts_default(&o);
    const int st = ctrend__model_fit(&o, family, d, y, n, out);
    if (st != CTREND_OK) return ctrend_error_set(err, st, NULL, 0, 0, NULL, o.errmsg);
    ctrend_error_clear(err);
    return CTREND_OK;
}

int ctrend__model_fit(struct ctrend_model_opts *opts, int family, const ctrend_design *d,
                      const double *y, size_t n, ctrend_model **out)
{
    struct ctrend_model_opts defaults;
    ctrend__opts_default(&defaults);
    struct ctrend_model_opts *o = opts ? opts : &defaults;
    o->errmsg[0] = '\0';
    if (out) *out = NULL;
    const ctrend__methods *meth = methods_for(family);
    if (!out || !d || !y) return ctrend__fail(o, CTREND_EINVAL, "NULL argument");
    if (!meth) return ctrend__fail(o, CTREND_EINVAL, "unknown family %d", family);
    if (n != ctrend_design_nrow(d))
        return ctrend__fail(o, CTREND_EINVAL, "%zu counts for a design of %zu months", n,
                            ctrend_design_nrow(d));
    const size_t p = ctrend_design_ncol(d);
    const double work = (double)n * (double)p * (double)p;
    if (work > CTREND_FIT_MAX_WORK)
        return ctrend__fail(o, CTREND_ELIMIT,
                            "a fit of %zu months x %zu columns costs %.3g multiply-adds per "
                            "iteration (months x columns^2), above the limit %.0e: fit at most "
                            "%.0f months with these columns, or fewer columns",
                            n, p, work, CTREND_FIT_MAX_WORK,
                            floor(CTREND_FIT_MAX_WORK / ((double)p * (double)p)));
    const int counts = family != CTREND_FAMILY_GAUSSIAN;
    int st = CTREND_ENOMEM;

    ctrend_model *m = calloc(1, sizeof *m);
    double *X = ctrend__malloc_n(n, p, sizeof *X);
    double *off = ctrend__malloc_n(n, 1, sizeof *off);
    double *Xu = ctrend__malloc_n(n, p, sizeof *Xu);
    double *yu = ctrend__malloc_n(4, n, sizeof *yu);
    size_t *rows = ctrend__malloc_n(n, 1, sizeof *rows);
    if (!m || !X || !off || !Xu || !yu || !rows) {
        st = ctrend__fail(o, CTREND_ENOMEM, "out of memory");
        goto fail;
    }
    double *offu = yu + n, *mu_u = yu + 2 * n, *eta_u = yu + 3 * n;
    ctrend_design_matrix(d, 0, n, X, n * p, off, n, NULL);

    /* usable rows: finite y, covariates and offset; NaN anywhere = missing */
    size_t nu = 0;
    int allzero = 1;
    for (size_t i = 0; i < n; ++i) {
        if (isinf(y[i])) {
            st = ctrend__fail(o, CTREND_EDOMAIN, "count %zu is infinite", i);
            goto fail;
        }
        if (isnan(y[i]) || isnan(off[i])) continue;
        int ok = 1;
        for (size_t j = 0; j < p; ++j) ok &= !isnan(X[i * p + j]);
        if (!ok) continue;
        if (counts && (y[i] < 0 || y[i] != floor(y[i]))) {
            st = ctrend__fail(o, CTREND_EDOMAIN,
                              "count %zu is %g: counts must be non-negative integers", i, y[i]);
            goto fail;
        }
        if (y[i] != 0) allzero = 0;
        memcpy(Xu + nu * p, X + i * p, p * sizeof *X);
        yu[nu] = y[i];
        offu[nu] = off[i];
        rows[nu++] = i;
    }
    if (nu < p || nu == 0) {
        st = ctrend__fail(o, CTREND_ESHORT, "%zu usable rows for %zu coefficients", nu, p);
        goto fail;
    }
    if (counts && allzero) {
        st = ctrend__fail(o, CTREND_EALLZERO, "all %zu usable counts are zero", nu);
        goto fail;
    }

    /* model arrays: coef, se (p), vcov (p*p); fitted, y, eta (n) */
    m->coef = ctrend__malloc_n(p, p + 2, sizeof *m->coef);
    m->fitted = ctrend__malloc_n(3, n, sizeof *m->fitted);
    if (!m->coef || !m->fitted) {
        st = ctrend__fail(o, CTREND_ENOMEM, "out of memory");
        goto fail;
    }
    m->se = m->coef + p;
    m->vcov = m->se + p;
    m->y = m->fitted + n;
    m->eta = m->y + n;
    m->family = family;
    m->meth = meth;
    m->n = n;
    m->nobs = nu;
    m->p = p;
    m->level = o->level;
    m->intercept = ctrend__design_has_intercept(d);
    m->theta = m->se_theta = m->sigma = m->r2 = m->adj_r2 = m->fstat = m->f_p = NAN;
    m->trend_col = -1;
    {
        size_t tj;
        if (ctrend_design_find(d, "trend", &tj) == CTREND_OK) m->trend_col = (int)tj;
    }
    if ((st = ctrend_design_clone(d, &m->design))) {
        st = ctrend__fail(o, st, "out of memory");
        goto fail;
    }

    ctrend__data dat = {nu, p, Xu, yu, offu, m->intercept, ctrend__design_has_offset(d), d};
    if ((st = meth->fit(o, &dat, m, mu_u, eta_u))) goto fail;

    for (size_t i = 0; i < n; ++i) m->fitted[i] = m->y[i] = m->eta[i] = NAN;
    double pearson = 0.0;
    for (size_t k = 0; k < nu; ++k) {
        const size_t i = rows[k];
        m->fitted[i] = mu_u[k];
        m->eta[i] = eta_u[k];
        m->y[i] = yu[k];
        const double r = yu[k] - mu_u[k];
        pearson += r * r / meth->variance(m, mu_u[k]);
    }
    m->pearson = pearson;
    m->dispersion = nu > p ? pearson / (double)(nu - p) : NAN;
    if (counts) {
        ctrend__ct_test(m, yu, mu_u, nu, Xu); /* Xu is free scratch now */
    } else {
        m->ct_alpha[0] = m->ct_alpha[1] = m->ct_z[0] = m->ct_z[1] = NAN;
    }
    free(X);
    free(off);
    free(Xu);
    free(yu);
    free(rows);
    *out = m;
    return CTREND_OK;
fail:
    free(X);
    free(off);
    free(Xu);
    free(yu);
    free(rows);
    ctrend_model_free(m);
    return st;
}

/* ---- getters ----------------------------------------------------------------------- */

int ctrend_model_family(const ctrend_model *m, int *family)
{
    if (!m || !family) return CTREND_EINVAL;
    *family = m->family;
    return CTREND_OK;
}

size_t ctrend_model_ncoef(const ctrend_model *m)
{
    return m ? m->p : 0;
}

size_t ctrend_model_nrow(const ctrend_model *m)
{
    return m ? m->n : 0;
}

int ctrend_model_coef_name(const ctrend_model *m, size_t j, const char **name)
{
    if (!m || !name) return CTREND_EINVAL;
    return ctrend_design_col_name(m->design, j, name);
}

const ctrend_design *ctrend_model_design(const ctrend_model *m)
{
    return m ? m->design : NULL;
}

static double df_resid(const ctrend_model *m)
{
    return (double)(m->nobs - m->p);
}

/* quantile of the Wald interval: normal, or t on df_residual for the Gaussian model */
static double wald_q(const ctrend_model *m)
{
    const double a = 0.5 + 0.5 * m->level;
    if (m->family == CTREND_FAMILY_GAUSSIAN) {
        const double df = df_resid(m);
        return df > 0 ? gsl_cdf_tdist_Pinv(a, df) : NAN;
    }
    return gsl_cdf_ugaussian_Pinv(a);
}

int ctrend_model_vector(const ctrend_model *m, int which, double *out, size_t cap,
                        size_t *needed)
{
    if (!m) return CTREND_EINVAL;
    const size_t p = m->p, n = m->n;
    size_t len;
    if (which >= CTREND_MV_COEF && which <= CTREND_MV_EXP_CI_HI) len = p;
    else if (which >= CTREND_MV_FITTED && which <= CTREND_MV_LINPRED) len = n;
    else if (which == CTREND_MV_VCOV) len = p * p;
    else return CTREND_EINVAL;
    if (needed) *needed = len;
    if (!out) return CTREND_OK;
    if (cap < len) return CTREND_ERANGE;
    const double q = wald_q(m);
    const int loglink = m->meth->log_link;
    for (size_t k = 0; k < len; ++k) {
        double v = NAN;
        const double b = k < p ? m->coef[k] : NAN, se = k < p ? m->se[k] : NAN;
        const double mu = k < n ? m->fitted[k] : NAN, y = k < n ? m->y[k] : NAN;
        switch (which) {
        case CTREND_MV_COEF: v = b; break;
        case CTREND_MV_SE: v = se; break;
        case CTREND_MV_STAT: v = b / se; break;
        case CTREND_MV_PVALUE:
            if (m->meth->t_based) {
                const double df = df_resid(m);
                v = df > 0 ? 2.0 * gsl_cdf_tdist_Q(fabs(b / se), df) : NAN;
            } else {
                v = 2.0 * gsl_cdf_ugaussian_Q(fabs(b / se));
            }
            break;
        case CTREND_MV_CI_LO: v = b - q * se; break;
        case CTREND_MV_CI_HI: v = b + q * se; break;
        case CTREND_MV_EXP_COEF: v = loglink ? exp(b) : NAN; break;
        case CTREND_MV_EXP_CI_LO: v = loglink ? exp(b - q * se) : NAN; break;
        case CTREND_MV_EXP_CI_HI: v = loglink ? exp(b + q * se) : NAN; break;
        case CTREND_MV_FITTED: v = mu; break;
        case CTREND_MV_RESID_RESPONSE: v = y - mu; break;
        case CTREND_MV_RESID_PEARSON: v = (y - mu) / sqrt(m->meth->variance(m, mu)); break;
        case CTREND_MV_RESID_DEVIANCE: {
            const double dv = m->meth->unit_dev(m, y, mu);
            v = isnan(y) ? NAN : (y > mu ? 1.0 : -1.0) * sqrt(dv > 0 ? dv : 0.0);
            break;
        }
        case CTREND_MV_LINPRED: v = m->eta[k]; break;
        case CTREND_MV_VCOV: v = m->vcov[k]; break;
        default: break;
        }
        out[k] = v;
    }
    return CTREND_OK;
}

int ctrend_model_scalar(const ctrend_model *m, int which, double *value)
{
    if (!m || !value) return CTREND_EINVAL;
    const double nobs = (double)m->nobs;
    /* number of estimated parameters in the likelihood */
    double k = (double)m->p;
    if (m->family == CTREND_FAMILY_GAUSSIAN || (m->family == CTREND_FAMILY_NEGBIN && !m->nb_fallback))
        k += 1.0;
    double v = NAN;
    switch (which) {
    case CTREND_MS_NOBS: v = nobs; break;
    case CTREND_MS_DEVIANCE: v = m->deviance; break;
    case CTREND_MS_NULL_DEVIANCE: v = m->null_deviance; break;
    case CTREND_MS_DF_RESIDUAL: v = nobs - (double)m->p; break;
    case CTREND_MS_DF_NULL: v = nobs - (double)m->intercept; break;
    case CTREND_MS_LOGLIK: v = m->loglik; break;
    case CTREND_MS_TWOLOGLIK: v = 2.0 * m->loglik; break;
    case CTREND_MS_AIC: v = -2.0 * m->loglik + 2.0 * k; break;
    case CTREND_MS_BIC: v = -2.0 * m->loglik + log(nobs) * k; break;
    case CTREND_MS_PEARSON_CHI2: v = m->pearson; break;
    case CTREND_MS_DISPERSION: v = m->dispersion; break;
    case CTREND_MS_SCALE: v = m->scale; break;
    case CTREND_MS_ITERATIONS: v = m->iterations; break;
    case CTREND_MS_THETA: v = m->theta; break;
    case CTREND_MS_SE_THETA: v = m->se_theta; break;
    case CTREND_MS_NB_FALLBACK: v = m->nb_fallback; break;
    case CTREND_MS_SIGMA: v = m->sigma; break;
    case CTREND_MS_R2: v = m->r2; break;
    case CTREND_MS_ADJ_R2: v = m->adj_r2; break;
    case CTREND_MS_FSTAT: v = m->fstat; break;
    case CTREND_MS_F_PVALUE: v = m->f_p; break;
    case CTREND_MS_CT_ALPHA1:
    case CTREND_MS_CT_Z1:
    case CTREND_MS_CT_P1:
    case CTREND_MS_CT_ALPHA2:
    case CTREND_MS_CT_Z2:
    case CTREND_MS_CT_P2: {
        if (m->family == CTREND_FAMILY_GAUSSIAN) return CTREND_EUNSUPPORTED;
        const int t = which >= CTREND_MS_CT_ALPHA2;
        const int what = (which - CTREND_MS_CT_ALPHA1) % 3;
        v = what == 0 ? m->ct_alpha[t] : what == 1 ? m->ct_z[t] : gsl_cdf_ugaussian_Q(m->ct_z[t]);
        break;
    }
    case CTREND_MS_TREND_PCT_YEAR:
    case CTREND_MS_TREND_PCT_LO:
    case CTREND_MS_TREND_PCT_HI: {
        if (m->trend_col < 0) return CTREND_ENOTFOUND;
        if (!m->meth->log_link) return CTREND_EUNSUPPORTED;
        const size_t j = (size_t)m->trend_col;
        const double q = wald_q(m);
        const double b = m->coef[j] + (which == CTREND_MS_TREND_PCT_LO   ? -q * m->se[j]
                                       : which == CTREND_MS_TREND_PCT_HI ? q * m->se[j]
                                                                         : 0.0);
        v = 100.0 * expm1(12.0 * b);
        break;
    }
    case CTREND_MS_CONVERGED: v = 1.0; break;
    default: return CTREND_EINVAL;
    }
    *value = v;
    return CTREND_OK;
}
