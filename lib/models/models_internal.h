/* SPDX-License-Identifier: GPL-3.0-or-later */
/* models_internal.h — private model machinery (never installed). See README.md here. */
#ifndef CTREND_MODELS_INTERNAL_H
#define CTREND_MODELS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <gsl/gsl_rng.h>

#include "ctrend/design.h"
#include "ctrend/model.h"
#include "design_internal.h" /* design accessors (lib/design.c) */
#include "internal.h"

/* ---- options ---- */
struct ctrend_model_opts {
    double epsilon, level, rank_tol, sep_tol, theta_max, theta_eps;
    int maxit, halve_on_rise;
    size_t min_segment, n_boot, n_threads; /* ctrend_breaks_fit (CTREND_OPT_MIN_SEGMENT ..) */
    uint64_t seed;
    char errmsg[256];
    /* cancel flag and progress of the handle made by ctrend_model_opts_new (NULL for
     * defaults on the stack); copies of the struct share it, so every private copy a long
     * call makes (per thread, per replicate) polls the caller's flag */
    ctrend__control *ctl;
    int boot_lanes; /* ctrend_breaks_fit: the bootstrap's Poisson fits on the lane path (1,
                       the default; 0 for the tests that compare the two ways) */
};
/* Tests: the breaks bootstrap one fit at a time (on = 0) or on the lane path (1). */
void ctrend__breaks_set_lanes(ctrend_model_opts *opts, int on);
/* Defaults into o (errmsg cleared). */
void ctrend__opts_default(struct ctrend_model_opts *o);
/* Record a message on o (NULL-safe) and return st. printf-style. */
int ctrend__fail(struct ctrend_model_opts *o, int st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ctrend_model_fit working on o itself (NULL = defaults): the message of a failure is left
 * in o->errmsg. ctrend_breaks_fit uses it to keep its messages on the handle. */
int ctrend__model_fit(struct ctrend_model_opts *o, int family, const ctrend_design *d,
                      const double *y, size_t n, ctrend_model **out);

/* ---- the data of one fit (rows already filtered to the non-missing ones) ---- */
typedef struct ctrend__data {
    size_t n, p;        /* used rows, columns */
    const double *X;    /* n*p row-major */
    const double *y;    /* n */
    const double *off;  /* n */
    int intercept, has_offset;
    const ctrend_design *design; /* for column names in messages */
} ctrend__data;

/* ---- IRLS workspace: allocated once per fit, reused by every iteration and refit ---- */
typedef struct ctrend__irls {
    size_t n, p;
    double *A;       /* n*p: scratch of the rank check's QR; the QR of the weighted design
                        when the normal equations were not PD (a_is_qr) */
    double *tau;     /* p */
    double *z;       /* n: working response (weighted by sqrt(w2) only in the QR fallback) */
    double *resid;   /* n */
    double *beta, *beta_old, *eta, *mu, *w2; /* p, p, n, n, n (w2 = working weights) */
    double *R;       /* p*p: X'WX / its Cholesky factor / R of the final QR */
    double *colnorm; /* p (rank check) */
    size_t *perm;    /* p (rank check) */
    /* results of the last run */
    double dev;
    int iter, converged, boundary;
    int a_is_qr;     /* A holds the QR of the last iteration's weighted design */
} ctrend__irls;

int ctrend__irls_alloc(ctrend__irls *ws, size_t n, size_t p);
void ctrend__irls_free(ctrend__irls *ws);
/* Rank check on the unweighted X (columns scaled to unit norm, pivoted Householder QR; a
 * design clearly of full rank is accepted from its Gram matrix first, see glm_irls.c).
 * CTREND_OK or CTREND_ESINGULAR (*bad = index of a collinear column). */
int ctrend__rank_check(ctrend__irls *ws, const ctrend__data *dat, double tol, size_t *bad);
/*
 * Run R's glm.fit IRLS for the log link with variance mu + mu^2/theta (theta = INFINITY:
 * Poisson). eta_start: NULL = linkfun(mustart) with mustart = y + 0.1 (Poisson) or
 * y + (y == 0)/6 (NB); else the n starting linear predictors (glm.fit's etastart).
 * Results in ws (beta, eta, mu, w2 of the last WLS solve, A = last QR, dev, iter, converged).
 * Returns CTREND_OK (also when not converged: check ws->converged), CTREND_ENUMERIC.
 */
int ctrend__irls_run(ctrend__irls *ws, const ctrend__data *dat, double theta,
                     const double *eta_start, double epsilon, int maxit, int halve_on_rise);
/* Unscaled covariance (X'WX)^-1 from the last QR into V (p*p row-major). */
int ctrend__irls_vcov(ctrend__irls *ws, double *V);
/* Deviance of y vs mu for variance mu + mu^2/theta (theta = INFINITY: Poisson). */
double ctrend__nb_deviance(const double *y, const double *mu, size_t n, double theta);
double ctrend__poisson_loglik(const double *y, const double *mu, size_t n);
/* log(y!) of a count y >= 0 (GSL's factorial table up to 170, log Gamma(y + 1) beyond). */
double ctrend__lnfact(double y);
double ctrend__nb_loglik(const double *y, const double *mu, size_t n, double theta);
/* Null deviance as R's glm(): intercept(+offset)-only fit when there is an intercept,
 * else mu = exp(offset). */
int ctrend__null_deviance(const ctrend__data *dat, double theta, double epsilon, int maxit,
                          double *out);
/* Separation screen before fitting: a column (or, with an intercept, its complement for
 * 0/1 columns) that is nonzero only where y == 0. Returns column index or (size_t)-1. */
size_t ctrend__separation_screen(const ctrend__data *dat);

/* Pre-fit checks shared by the log-link families (rank, separation screen) and post-fit
 * checks (numerically zero means at zero counts, convergence). Set the message on o. */
int ctrend__count_prefit(struct ctrend_model_opts *o, ctrend__irls *ws, const ctrend__data *dat);
int ctrend__count_postfit(struct ctrend_model_opts *o, const ctrend__irls *ws,
                          const ctrend__data *dat, const char *what);

/* ---- the fitted model ---- */
struct ctrend_model {
    int family;
    const struct ctrend__methods *meth;
    ctrend_design *design; /* owned clone */
    size_t n, nobs, p;     /* window rows, used rows, coefficients */
    int trend_col;         /* index of "trend" or -1 */
    double *coef, *se, *vcov;   /* p, p, p*p (scaled) */
    double *fitted, *y, *eta;   /* n (NaN in dropped rows) */
    double level;
    double deviance, null_deviance, loglik, pearson, dispersion, scale;
    double theta, se_theta, sigma, r2, adj_r2, fstat, f_p;
    double ct_alpha[2], ct_z[2];
    int iterations, nb_fallback, intercept;
};

/* Method table: every family supplies these (contract in lib/models/README.md). */
typedef struct ctrend__methods {
    const char *name;
    int family;
    int log_link;         /* 1: mu = exp(eta); 0: identity */
    int t_based;          /* 1: t tests on df_residual */
    /* Estimate: fill coef, vcov (scaled), fitted/eta on used rows (compact arrays of nobs),
     * deviance, loglik, etc. of m. */
    int (*fit)(struct ctrend_model_opts *o, const ctrend__data *dat, ctrend_model *m,
               double *mu_used, double *eta_used);
    /* Variance of a count with mean mu under the model (for Pearson residuals). */
    double (*variance)(const ctrend_model *m, double mu);
    /* Unit deviance contribution of (y, mu). */
    double (*unit_dev)(const ctrend_model *m, double y, double mu);
    /* One draw of the response given its mean. */
    double (*draw)(const ctrend_model *m, const gsl_rng *r, double mu);
    /* Plug-in predictive quantile at probability prob given mean mu (and for Gaussian the
     * standard error of the fitted mean, se_mean; count families ignore it). */
    double (*quantile)(const ctrend_model *m, double prob, double mu, double se_mean);
} ctrend__methods;

extern const ctrend__methods ctrend__poisson_methods;
extern const ctrend__methods ctrend__quasipoisson_methods;
extern const ctrend__methods ctrend__negbin_methods;
extern const ctrend__methods ctrend__gaussian_methods;

/* Count quantiles (smallest k with P(X <= k) >= p): ctrend_dist_qpois / _qnbinom_mu
 * (lib/dist, R's qpois / qnbinom); NaN for an invalid argument. size = Inf: Poisson. */
double ctrend__qpois(double p, double mu);
double ctrend__qnbinom(double p, double size, double mu);
/* Deviance rounding allowance of the IRLS convergence test, in units of DBL_EPSILON * sum(y)
 * (glm_irls.c). */
#define CTREND__DEV_NOISE_EPS 16.0
/* Largest mean drawn directly (inversion or PTRS); above, Knuth's gamma/binomial reduction
 * (the name is 0.1's: gsl_ran_poisson's unsigned-int loop hangs above ~4.9e9). */
#define CTREND__POIS_GSL_MAX 2147483648.0
/* Draws valid for any finite mean, O(log mu) variates; NaN for a negative, NaN or
 * infinite mean (or size <= 0). Below CTREND__POIS_GSL_MAX: inversion (mu < 10) or
 * Hoermann's PTRS (lib/models/dist.c); NB = Gamma(size) mixture of those. */
double ctrend__rpois(const gsl_rng *r, double mu);
double ctrend__rnbinom(const gsl_rng *r, double size, double mu);

/* The Cameron-Trivedi overdispersion tests of a count model (model.c) into m->ct_alpha,
 * m->ct_z from the n used counts y and fitted means mu; aux: n doubles of scratch. */
void ctrend__ct_test(ctrend_model *m, const double *y, const double *mu, size_t n, double *aux);

/* Shared by poisson.c and negbin.c: fill coef/vcov/SE from a converged IRLS. */
int ctrend__glm_finish(ctrend__irls *ws, const ctrend__data *dat, ctrend_model *m,
                       double scale, double *mu_used, double *eta_used);

#endif
