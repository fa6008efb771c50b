/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/model.h — count regression models: Poisson, quasi-Poisson, negative binomial (NB2)
 * with log link, and the Gaussian linear model; plus single change-point search.
 *
 * Usage:
 *   ctrend_design *d;  ctrend_design_new(start, n, &d);  ctrend_design_add_trend(d); ...
 *   ctrend_model_opts *o;  ctrend_model_opts_new(&o);
 *   ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, 1e-10);
 *   ctrend_model *m;  ctrend_error err;
 *   int st = ctrend_model_fit(o, CTREND_FAMILY_POISSON, d, y, n, &m, &err);
 *   if (st) fprintf(stderr, "%s\n", err.message);
 *   double b[16]; size_t p; ctrend_model_vector(m, CTREND_MV_COEF, b, 16, &p);
 *   double aic;  ctrend_model_scalar(m, CTREND_MS_AIC, &aic);
 *   ctrend_model_free(m); ctrend_model_opts_free(o); ctrend_design_free(d);
 *
 * Counts travel as double: NaN = missing (the row is dropped, like R's na.omit, and every
 * per-row output holds NaN there). For the count families every non-missing y must be a
 * non-negative integer (else CTREND_EDOMAIN). The methods (R's glm.fit IRLS, MASS::glm.nb,
 * lm) and their differences from R are described in docs/models.md and lib/models/.
 *
 * Thread safety: no global state. A model is immutable after the fit, so getters may run
 * concurrently. ctrend_model_fit only reads its options handle (its message goes to the
 * caller's error record), so one handle may serve fits in several threads. ctrend_breaks_fit
 * still records its message on the handle (ctrend_model_opts_errmsg): one handle per thread
 * there.
 */
#ifndef CTREND_MODEL_H
#define CTREND_MODEL_H

#include "ctrend/common.h"
#include "ctrend/design.h"
#include "ctrend/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_model ctrend_model;
typedef struct ctrend_model_opts ctrend_model_opts;

/** Model families. Values pinned. */
typedef enum ctrend_family {
    CTREND_FAMILY_POISSON = 0,      /* log link, dispersion 1 (glm(family = poisson)) */
    CTREND_FAMILY_QUASIPOISSON = 1, /* Poisson estimates, SEs x sqrt(Pearson X2/df), t tests */
    CTREND_FAMILY_NEGBIN = 2,       /* NB2, log link, theta by ML (MASS::glm.nb) */
    CTREND_FAMILY_GAUSSIAN = 3      /* OLS (lm), identity link, GSL multifit */
} ctrend_family;

/** Options. Values pinned; defaults in brackets; each key has one type: double keys are
 *  set with ctrend_model_opts_set_double, int keys (MAXIT, HALVE_ON_RISE and the breaks keys MIN_SEGMENT, N_BOOT, SEED, N_THREADS)
 *  with ctrend_model_opts_set_int; the allowed range is ctrend_model_opts_bounds. */
typedef enum ctrend_model_opt {
    CTREND_OPT_EPSILON = 0,     /* [1e-8] IRLS: stop when |dev-devold|/(|dev|+0.1) < eps (glm.control);
                                   also the glm.nb outer-loop tolerance */
    CTREND_OPT_MAXIT = 1,       /* [25] IRLS iterations (glm.control maxit); also the glm.nb
                                   alternation limit and theta.ml iteration limit, as in MASS */
    CTREND_OPT_LEVEL = 2,       /* [0.95] confidence level of the Wald intervals */
    CTREND_OPT_RANK_TOL = 3,    /* [1e-7] a column whose pivoted-QR diagonal is below
                                   tol * the largest (columns scaled to unit norm) is collinear
                                   (R's glm.fit uses 1e-7 in its QR) -> CTREND_ESINGULAR */
    CTREND_OPT_SEP_TOL = 4,     /* [1e-6] a fitted mean below this at a zero count marks a
                                   separated (infinite) MLE -> CTREND_ESEPARATION */
    CTREND_OPT_THETA_MAX = 5,   /* [1e6] NB: theta above this (or not finite) = no
                                   overdispersion: the model falls back to Poisson, unless
                                   the Poisson fit is clearly overdispersed (Pearson X2/df > 2
                                   and sum((y-mu)^2 - y) > 0): then theta is estimated without
                                   the cap, and an estimate that diverges or stops at MAXIT is
                                   CTREND_ENOCONV (MASS::glm.nb: "iteration limit reached") */
    CTREND_OPT_HALVE_ON_RISE = 6,/* [1] step-halve when the deviance rises (glm2-style) as well
                                   as when it is not finite (R's glm.fit does only the latter) */
    CTREND_OPT_THETA_EPS = 7,   /* [1.220703125e-4 = DBL_EPSILON^0.25] theta.ml Newton
                                   stopping rule |step| <= this (MASS default) */
    /* 8 was CTREND_OPT_BATCH_LANES (0.1): now the batch option CTREND_BATCH_LANES
       (ctrend/batch.h); the value is not reused. */
    /* keys of ctrend_breaks_fit (int keys; ignored by the other fits) */
    CTREND_OPT_MIN_SEGMENT = 9, /* [12] months each side of a candidate break, 1 .. 2e7 */
    CTREND_OPT_N_BOOT = 10,     /* [199] bootstrap series for the p-value (0 = none), 0 .. 2e7 */
    CTREND_OPT_SEED = 11,       /* [0] seed of the bootstrap, an integer 0 .. 2^53 */
    CTREND_OPT_N_THREADS = 12   /* [1] threads for the bootstrap replicates, 0 = all online
                                   CPUs, at most 4096; results do not depend on it */
} ctrend_model_opt;

/** New options handle with the defaults. CTREND_EINVAL, CTREND_ENOMEM. */
CTREND_API int ctrend_model_opts_new(ctrend_model_opts **out);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_model_opts_free(ctrend_model_opts *o);
/**
 * Set a double option (EPSILON, LEVEL, RANK_TOL, SEP_TOL, THETA_MAX, THETA_EPS).
 * CTREND_EINVAL for NULL o, an unknown key, an int key (use _set_int), NaN, or a value
 * outside ctrend_model_opts_bounds (EPSILON, RANK_TOL, SEP_TOL, THETA_MAX, THETA_EPS > 0;
 * 0 < LEVEL < 1); the option is unchanged then.
 */
CTREND_API int ctrend_model_opts_set_double(ctrend_model_opts *o, int opt, double value);
/**
 * Set an int option: MAXIT (1 .. 1000000), HALVE_ON_RISE and BATCH_LANES (0 or 1).
 * CTREND_EINVAL for NULL o, an unknown key, a double key (use _set_double), or a value
 * outside ctrend_model_opts_bounds; the option is unchanged then.
 */
CTREND_API int ctrend_model_opts_set_int(ctrend_model_opts *o, int opt, int64_t value);
/**
 * Allowed values of option `opt`: every v with *lo <= v <= *hi is accepted by its setter
 * (closed bounds: for "> 0" keys *lo is the smallest positive double, 4.9e-324; for LEVEL
 * (0, 1) they are 4.9e-324 and 1 - 2^-53; THETA_MAX and the tolerances allow +Inf as *hi).
 * Int keys give whole numbers. lo, hi may be NULL (not wanted). CTREND_EINVAL for an
 * unknown key. Thread-safe, no handle needed (zstd's ZSTD_cParam_getBounds).
 */
CTREND_API int ctrend_model_opts_bounds(int opt, double *lo, double *hi);
/** Read an option (int keys as a whole double). CTREND_EINVAL for an unknown key or NULL. */
CTREND_API int ctrend_model_opts_get(const ctrend_model_opts *o, int opt, double *value);
/**
 * Cancellation and progress of the long single-series calls (docs/api.md section 7): the
 * calls that take a model options handle and may run long — ctrend_breaks_fit (polled
 * before every candidate fit, of the data and of each bootstrap replicate),
 * ctrend_forecast_new_v2 (before every block of 64 simulations and every horizon's sort)
 * and ctrend_backtest_add_model (before every origin and, through its forecasts, every
 * block of simulations) — stop when the handle's cancel flag is set and return
 * CTREND_ECANCELED: no result (*out NULL; a backtest adds nothing), every allocation
 * released, the error record's message "cancelled". Latency: one candidate fit (breaks:
 * ~10 us .. 1 ms for 1 000 months) or 64 simulations of h months (forecast), per thread.
 * The flag and the two counters are the one mutable part of a handle (atomic): a call that
 * only reads its options (a const handle) still updates them, and every call sharing one
 * handle, in any thread, sees the same flag (one cancel stops them all).
 * ctrend_model_fit does not poll (one fit is short); the batch calls copy the options'
 * values (ctrend_batch_opts_set_model) and poll their own flag (ctrend_batch_opts_cancel).
 *
 * ctrend_model_opts_cancel: set the flag. Async-signal-safe (one lock-free atomic store),
 * callable from any thread while a call runs; it stays set (a later call returns
 * CTREND_ECANCELED before any work) until ctrend_model_opts_reset. NULL o is a no-op.
 */
CTREND_API void ctrend_model_opts_cancel(ctrend_model_opts *o);
/** Clear the cancel flag and the progress counters. NULL o is a no-op. Not during a call. */
CTREND_API void ctrend_model_opts_reset(ctrend_model_opts *o);
/** 1 when ctrend_model_opts_cancel was called since the last reset, else 0 (NULL: 0). */
CTREND_API int ctrend_model_opts_cancelled(const ctrend_model_opts *o);
/**
 * Progress of the current (or last) long call on o, readable from another thread while it
 * runs (atomic loads): *done and *total in the call's units of work — breaks: candidate
 * fits, (1 + n_boot) x candidates in all; forecast: simulations (n_sims; 0 without
 * simulations); backtest: origins of the model being added. done reaches total when the
 * call succeeds. done/total may be NULL. CTREND_EINVAL (NULL o).
 */
CTREND_API int ctrend_model_opts_progress(const ctrend_model_opts *o, size_t *done,
                                          size_t *total);
/** Message of the last failed ctrend_breaks_fit made with this handle ("" if none).
 *  ctrend_model_fit does not write it (its message goes to its ctrend_error record).
 *  Borrowed from the handle, valid until its next use. Never NULL for a non-NULL handle. */
CTREND_API const char *ctrend_model_opts_errmsg(const ctrend_model_opts *o);

/**
 * Fit a model of `family` to counts y (n values, n == ctrend_design_nrow(d)) with design d.
 * opts: NULL = defaults; only read. The design is copied into the model (used for
 * forecasting), so d may be freed afterwards. err (may be NULL): on failure its code, and a
 * message naming the problem (e.g. the collinear column); cleared on success.
 * Returns CTREND_OK and *out (caller frees with ctrend_model_free), or:
 *   CTREND_EINVAL     NULL argument, n != nrow(d), unknown family
 *   CTREND_EDOMAIN    a count is negative or not an integer (count families); Inf anywhere
 *   CTREND_ESHORT     fewer usable (non-missing) rows than coefficients
 *   CTREND_EALLZERO   every usable count is zero (count families)
 *   CTREND_ESINGULAR  collinear / rank-deficient design (see CTREND_OPT_RANK_TOL)
 *   CTREND_ESEPARATION a column separates zero counts (e.g. every count after a step is 0):
 *                     the MLE is at -infinity
 *   CTREND_ENOCONV    IRLS (or the NB alternation) did not converge within MAXIT
 *   CTREND_ENUMERIC   GSL failure; CTREND_ENOMEM
 *   CTREND_ELIMIT     n * p^2 > CTREND_FIT_MAX_WORK (checked before any work; the message
 *                     gives the longest window that fits with these p columns)
 * On failure *out is NULL and err holds the status and the message.
 * Bounded work: one IRLS iteration costs about n * p^2 multiply-adds (X'WX), and the
 * iterations are bounded by CTREND_OPT_MAXIT (the NB alternation's too). n * p^2 is held
 * to CTREND_FIT_MAX_WORK (1e8: 12 000 months x 81 columns fit within ~1.2 s of one core per
 * family, tests/test_fit_bound.c), far beyond monthly data (1 500 months x 81 is 1e7).
 */
#define CTREND_FIT_MAX_WORK 1e8
CTREND_API int ctrend_model_fit(const ctrend_model_opts *opts, int family, const ctrend_design *d,
                                const double *y, size_t n, ctrend_model **out, ctrend_error *err);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_model_free(ctrend_model *m);

/** Family of the fitted model (a ctrend_family value) into *family. CTREND_EINVAL (NULL). */
CTREND_API int ctrend_model_family(const ctrend_model *m, int *family);
/** Number of coefficients p (0 for NULL). */
CTREND_API size_t ctrend_model_ncoef(const ctrend_model *m);
/** Window length n (rows including dropped ones; 0 for NULL). */
CTREND_API size_t ctrend_model_nrow(const ctrend_model *m);
/** Name of coefficient j into *name (borrowed, valid until ctrend_model_free).
 *  CTREND_EINVAL (NULL m or name), CTREND_ERANGE (j >= p; *name unchanged). */
CTREND_API int ctrend_model_coef_name(const ctrend_model *m, size_t j, const char **name);
/** Borrowed design of the model (valid until ctrend_model_free). */
CTREND_API const ctrend_design *ctrend_model_design(const ctrend_model *m);

/** Vector outputs. Values pinned. Length p (coefficients) or n (rows of the window). */
typedef enum ctrend_model_vec {
    CTREND_MV_COEF = 0,        /* p: estimates beta */
    CTREND_MV_SE = 1,          /* p: standard errors (quasi: x sqrt(scale); NB: at fixed theta) */
    CTREND_MV_STAT = 2,        /* p: z (Poisson, NB) or t (quasi, Gaussian) = coef/SE */
    CTREND_MV_PVALUE = 3,      /* p: two-sided p (normal, or t on df_residual) */
    CTREND_MV_CI_LO = 4,       /* p: Wald CI at CTREND_OPT_LEVEL: coef -+ q*SE, q normal
                                  (count families, as confint.default) or t (Gaussian, confint.lm) */
    CTREND_MV_CI_HI = 5,
    CTREND_MV_EXP_COEF = 6,    /* p: exp(coef): rate ratios (NaN for Gaussian) */
    CTREND_MV_EXP_CI_LO = 7,   /* p: exp(CI_LO) */
    CTREND_MV_EXP_CI_HI = 8,
    CTREND_MV_FITTED = 9,      /* n: fitted means mu (NaN in dropped rows) */
    CTREND_MV_RESID_RESPONSE = 10, /* n: y - mu */
    CTREND_MV_RESID_PEARSON = 11,  /* n: (y - mu)/sqrt(V(mu)) (Gaussian: y - mu) */
    CTREND_MV_RESID_DEVIANCE = 12, /* n: sign(y-mu) sqrt(unit deviance) */
    CTREND_MV_LINPRED = 13,    /* n: eta = x'beta + offset */
    CTREND_MV_VCOV = 14        /* p*p row-major covariance of beta (scaled as the SEs) */
} ctrend_model_vec;

/**
 * Copy vector output `which` into out (caller owns, cap values). *needed (may be NULL)
 * receives the length. out == NULL: size query only. CTREND_ERANGE when cap is too small,
 * CTREND_EINVAL for an unknown key or NULL m.
 */
CTREND_API int ctrend_model_vector(const ctrend_model *m, int which, double *out, size_t cap,
                                   size_t *needed);

/** Scalar outputs. Values pinned. NaN where a quantity does not exist for the family. */
typedef enum ctrend_model_sca {
    CTREND_MS_NOBS = 0,          /* rows used (non-missing) */
    CTREND_MS_DEVIANCE = 1,      /* residual deviance (Gaussian: RSS) */
    CTREND_MS_NULL_DEVIANCE = 2, /* deviance of the intercept(+offset)-only model (R's null.deviance) */
    CTREND_MS_DF_RESIDUAL = 3,   /* nobs - p */
    CTREND_MS_DF_NULL = 4,       /* nobs - intercept */
    CTREND_MS_LOGLIK = 5,        /* log-likelihood (NaN for quasi-Poisson, as R) */
    CTREND_MS_AIC = 6,           /* -2 logLik + 2k; k = p (Poisson), p+1 (NB: theta; Gaussian: sigma) */
    CTREND_MS_BIC = 7,           /* -2 logLik + log(nobs) k */
    CTREND_MS_PEARSON_CHI2 = 8,  /* sum of squared Pearson residuals */
    CTREND_MS_DISPERSION = 9,    /* Pearson X2 / df_residual (final fitted means) */
    CTREND_MS_SCALE = 10,        /* dispersion used for the SEs: 1 (Poisson, NB), summary.glm's
                                    Pearson estimate with the last IRLS weights (quasi), sigma^2 (Gaussian) */
    CTREND_MS_ITERATIONS = 11,   /* IRLS iterations of the (last) fit; NB: glm.nb alternations */
    CTREND_MS_THETA = 12,        /* NB theta (size); +Inf after a Poisson fallback; NaN otherwise */
    CTREND_MS_SE_THETA = 13,     /* NB SE(theta) as MASS::theta.ml (observed information) */
    CTREND_MS_NB_FALLBACK = 14,  /* 1 when the NB fit found no overdispersion (theta > THETA_MAX
                                    or diverging) and the model is the Poisson fit; else 0 */
    CTREND_MS_SIGMA = 15,        /* Gaussian residual standard error */
    CTREND_MS_R2 = 16,           /* Gaussian R^2 */
    CTREND_MS_ADJ_R2 = 17,
    CTREND_MS_FSTAT = 18,        /* Gaussian overall F (vs intercept-only) */
    CTREND_MS_F_PVALUE = 19,
    CTREND_MS_CT_ALPHA1 = 20,    /* Cameron-Trivedi test, Var = mu + alpha*mu (AER trafo = 1):
                                    OLS without intercept of ((y-mu)^2 - y)/mu on 1 */
    CTREND_MS_CT_Z1 = 21,        /* its t statistic, referred to N(0,1) */
    CTREND_MS_CT_P1 = 22,        /* one-sided p (alternative: overdispersion) */
    CTREND_MS_CT_ALPHA2 = 23,    /* Var = mu + alpha*mu^2 (AER trafo = 2): regressor mu */
    CTREND_MS_CT_Z2 = 24,
    CTREND_MS_CT_P2 = 25,
    CTREND_MS_TREND_PCT_YEAR = 26, /* 100*(exp(12 b_trend) - 1): % change per year (log link) */
    CTREND_MS_TREND_PCT_LO = 27,   /* same transform of the Wald CI of b_trend */
    CTREND_MS_TREND_PCT_HI = 28,
    CTREND_MS_CONVERGED = 29,    /* 1 */
    CTREND_MS_TWOLOGLIK = 30     /* 2 logLik (MASS's twologlik for NB) */
} ctrend_model_sca;

/**
 * Scalar output `which` into *value. CTREND_EINVAL (unknown key, NULL), CTREND_ENOTFOUND
 * (TREND_PCT_* without a "trend" column), CTREND_EUNSUPPORTED (TREND_PCT_* for Gaussian;
 * Cameron-Trivedi for Gaussian).
 */
CTREND_API int ctrend_model_scalar(const ctrend_model *m, int which, double *value);

/* ---- single unknown change point ------------------------------------------------ */

typedef struct ctrend_breaks ctrend_breaks;

/** Kind of break. Values pinned. */
typedef enum ctrend_break_kind {
    CTREND_BREAK_LEVEL = 0,      /* add a step at the candidate month */
    CTREND_BREAK_LEVEL_SLOPE = 1 /* add a step and a slope change at the candidate month */
} ctrend_break_kind;

/**
 * Search for one break by profiling the likelihood over candidate months. The base model
 * is `family` (Poisson or quasi-Poisson: Poisson likelihood; NB: theta re-estimated for each
 * candidate) with design d; candidate break months are start+k with k in
 * [min_segment, n - min_segment] (both segments have at least min_segment months). For each
 * candidate the base design plus the break terms is fitted; LR = 2 (logLik_break -
 * logLik_base) maximised over candidates. The p-value of sup-LR comes from a parametric
 * bootstrap: n_boot series simulated from the fitted base model (Poisson or NB counts; NaN
 * rows stay missing), each re-profiled; p = (1 + #{LR* >= LR}) / (n_boot + 1). n_boot = 0
 * skips it (p = NaN). min_segment, n_boot, the seed and the thread count are the options
 * CTREND_OPT_MIN_SEGMENT, _N_BOOT, _SEED, _N_THREADS of opts (NULL: 12, 199, 0, 1).
 * The seed drives one gsl_rng (mt19937, seed folded to 32 bits as in ctrend/forecast.h)
 * that draws the replicates in order; the replicates are then profiled on N_THREADS
 * threads: same seed, same p, for any thread count.
 * err (may be NULL): the code and the message on failure (cleared on success); the
 * message is also kept on opts (ctrend_model_opts_errmsg).
 * Candidates whose fit fails (separation, singular) are skipped (LR NaN in the profile).
 * Returns CTREND_OK and *out (free with ctrend_breaks_free), or the codes of
 * ctrend_model_fit for the base model, CTREND_EINVAL (NULL, min_segment == 0, Gaussian
 * family, unknown kind, n != nrow(d)), CTREND_ESHORT (no candidate: n < 2*min_segment),
 * CTREND_ESINGULAR (no candidate could be fitted), CTREND_ELIMIT (work above the limit
 * below), CTREND_ENOMEM (an allocation failed anywhere, also in a candidate's or a bootstrap
 * replicate's fit: never a result computed without that candidate). Messages go to opts.
 * CTREND_ECANCELED: ctrend_model_opts_cancel(opts) was called (before or during the call;
 * see above): no result, nothing leaked; opts' progress counts candidate fits.
 * Cost: (1 + n_boot) x (number of candidates) model fits of n rows, O(n^2) per profile.
 * Bootstrap on the lane path: for the Poisson and quasi-Poisson families (whose profiles are
 * Poisson likelihoods) on a design the batch fit's lane path takes (at most 16 columns, no
 * missing cells, full rank), each model is fitted to a block of replicates at once, four
 * series per vector (lib/models/fit_lanes.h); a replicate the lanes do not finish is fitted
 * one by one. The replicates' likelihoods equal the one-by-one fits' to rounding, and the
 * p-value is the same count.
 * Bounded work: (n - 2 min_segment + 1) * n <= CTREND_BREAKS_MAX_WORK (the data's profile,
 * fitted one by one) and (1 + n_boot) * (n - 2 min_segment + 1) * n <= CTREND_BREAKS_MAX_WORK
 * (2e7 row fits, ~4 s on one 2020s core) or, when the bootstrap runs on the lane path,
 * CTREND_BREAKS_MAX_WORK_LANES (1e8, ~5 s), or CTREND_ELIMIT before any fit, with a message giving
 * the largest n_boot that fits (e.g. 1 000 months, min_segment 12: at most 19 bootstrap
 * series one by one, 101 on the lane path).
 */
#define CTREND_BREAKS_MAX_WORK 2e7
/** The bound of the work above when the bootstrap runs on the lane path. */
#define CTREND_BREAKS_MAX_WORK_LANES 1e8
/** CTREND_BREAKS_MAX_WORK, for bindings. */
CTREND_API double ctrend_breaks_max_work(void);
CTREND_API int ctrend_breaks_fit(ctrend_model_opts *opts, int family, const ctrend_design *d,
                                 const double *y, size_t n, int kind, ctrend_breaks **out,
                                 ctrend_error *err);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_breaks_free(ctrend_breaks *b);
/** Best break month (month index) into *month. CTREND_EINVAL for NULL. */
CTREND_API int ctrend_breaks_month(const ctrend_breaks *b, int32_t *month);
/** Scalars (ctrend_breaks_scalar): LR statistic, bootstrap p-value (NaN if n_boot = 0),
 *  logLik of the base model, logLik at the best break, row index of the break in the window
 *  (first row of the new regime), number of candidates. Values pinned. */
typedef enum ctrend_breaks_sca {
    CTREND_BS_LR = 0, CTREND_BS_PVALUE = 1, CTREND_BS_LOGLIK0 = 2, CTREND_BS_LOGLIK1 = 3,
    CTREND_BS_INDEX = 4, CTREND_BS_NCAND = 5
} ctrend_breaks_sca;
/** Copy scalar `which` into *value. CTREND_EINVAL for NULL or an unknown key. */
CTREND_API int ctrend_breaks_scalar(const ctrend_breaks *b, int which, double *value);
/** LR profile: one value per window row (NaN where the row is not a candidate or its fit
 *  failed), n values into out (cap >= n; out NULL = size query). CTREND_ERANGE, CTREND_EINVAL. */
CTREND_API int ctrend_breaks_profile(const ctrend_breaks *b, double *out, size_t cap,
                                     size_t *needed);

/* ---- 1.0: prediction with intervals (docs/api.md conventions) ----------------------- */

/** Scale of ctrend_model_predict. Values pinned. */
typedef enum ctrend_predict_kind {
    CTREND_PREDICT_LINK = 0,    /* eta = x'beta + offset (log of the mean; Gaussian: the mean) */
    CTREND_PREDICT_RESPONSE = 1 /* the mean mu = exp(eta) (Gaussian: eta) */
} ctrend_predict_kind;

/** Columns of a ctrend_model_predict row. Values pinned. */
typedef enum ctrend_predict_col {
    CTREND_PRED_FIT = 0, /* the prediction */
    CTREND_PRED_SE = 1,  /* its standard error (response scale: delta method, mu * se(eta)) */
    CTREND_PRED_LO = 2,  /* lower limit of the confidence interval for the mean at `level` */
    CTREND_PRED_HI = 3   /* upper limit */
} ctrend_predict_col;
/** Number of columns of a ctrend_model_predict row. */
#define CTREND_PREDICT_NCOL 4

/**
 * The model's mean at every row of design d (NULL = the model's own design: the fit window,
 * including months the fit dropped for a missing count), with its standard error and a
 * confidence interval at `level` in (0, 1). d must have the model's columns, same names in
 * the same order (build it as the fit's design, over other months or other covariate
 * values). out receives nrow(d) rows of CTREND_PREDICT_NCOL values, row-major (fit, se, lo,
 * hi). kind LINK: R's predict.glm(m, newdata, type = "link", se.fit = TRUE) with the
 * interval fit -+ q se; kind RESPONSE: predict.glm(type = "response", se.fit = TRUE) for
 * fit and se, and the interval exp(link interval) (positive; the interval the CLI's
 * forecast prints for the mean). q is the normal quantile for the log-link families and the
 * t quantile on df_residual for the Gaussian model (predict.lm(interval = "confidence")).
 * A row with a missing covariate or exposure is NaN in every column.
 * *needed (may be NULL) receives nrow(d) * CTREND_PREDICT_NCOL; out == NULL is the size query.
 * Returns CTREND_OK, or CTREND_EINVAL (m NULL, unknown kind, level outside (0, 1), d with
 * other columns), CTREND_ERANGE (cap too small: nothing written), CTREND_ENOMEM.
 */
CTREND_API int ctrend_model_predict(const ctrend_model *m, const ctrend_design *d, int kind,
                                    double level, double *out, size_t cap, size_t *needed);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_MODEL_H */
