/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/forecast.h — forecasts h months past a fitted model's window.
 *
 *   ctrend_forecast *f;  ctrend_error err;
 *   if (ctrend_forecast_new(model, 12, 10000, 20240101u, &f, &err)) puts(err.message);
 *   double mean[12], lo[12], hi[12];
 *   ctrend_forecast_vector(f, CTREND_FV_MEAN, mean, 12, NULL);
 *   ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.80, lo, hi, 12, NULL); // count PI incl. parameter uncertainty
 *   ctrend_forecast_interval(f, CTREND_FI_PLUGIN, 0.95, lo, hi, 12, NULL);     // qpois/qnbinom at the mean
 *   ctrend_forecast_free(f);
 *
 * Future design rows come from the model's design (ctrend_design_matrix rows n..n+h-1):
 * trend n+1.., calendar terms by month, steps/slopes continue, covariates and log exposure
 * from ctrend_design_set_future_* or the last value carried forward.
 *
 * Three kinds of interval:
 *  - CTREND_FI_MEAN: Wald interval for the mean, exp(eta -+ q se(eta)) with q the normal
 *    quantile and se(eta)^2 = x' V x (V scaled by the quasi-Poisson dispersion, so the quasi
 *    model gives R's "quasi_mean" interval); Gaussian: mean -+ t se (predict.lm "confidence").
 *  - CTREND_FI_PLUGIN: quantiles of the count distribution at the estimated mean, ignoring
 *    parameter uncertainty, from ctrend/dist.h (ctrend_dist_qpois, ctrend_dist_qnbinom_mu):
 *    qpois(p, mu) (Poisson), qnbinom(p, size = theta, mu) (NB),
 *    qnbinom with size = mu/(phi-1) (quasi-Poisson: the NB with variance phi*mu; Poisson if
 *    phi <= 1); Gaussian: mean -+ t sqrt(se^2 + sigma^2) = predict.lm "prediction".
 *  - CTREND_FI_PREDICTIVE: type-7 sample quantiles (R's quantile default) of n_sims simulated
 *    future counts. Each simulation draws beta* ~ N(beta_hat, V) (GSL Cholesky +
 *    gsl_ran_gaussian_ziggurat) and then, for every horizon, a count from the model's
 *    distribution at mu* = exp(x'beta* + offset) (NB: theta fixed at its estimate; quasi: NB with variance
 *    phi*mu*; Gaussian: mu* + N(0, sigma^2)). One gsl_rng mt19937 seeded from `seed` (the
 *    64-bit seed is folded to 32 bits, (seed ^ (seed >> 32)) & 0xffffffff): same seed, same
 *    numbers, whatever else runs in other threads. The draws of each horizon are ordered
 *    once by counting (they are integers), so quantiles cost O(h) per call.
 *
 * Limits (bounded work; each has a getter below for bindings):
 *  - h <= CTREND_FORECAST_MAX_HORIZON (1200 months = 100 years) and h * n_sims <=
 *    CTREND_FORECAST_MAX_DRAWS (1e8 simulated counts, 1.6 GB of samples): else CTREND_ELIMIT
 *    before any work. Lower the horizon or the number of simulations.
 *  - Count families: every forecast mean and every simulated mean mu* must be at most
 *    CTREND_FORECAST_MAX_MEAN = 2^53 (the largest exact count, the reader's limit too);
 *    else CTREND_ELIMIT (the fit extrapolates beyond any count; for mu*: its parameter
 *    uncertainty is too wide to simulate; use a shorter horizon or more data).
 *    Below that, draws are exact for any mean in O(log mu) time (GSL's samplers below
 *    2^31, Knuth's gamma/beta reduction above: lib/models/dist.c) and plug-in quantiles
 *    equal R's qpois for means up to 1e12 at least (tests/data/models/qpois_large_R.txt).
 * Arrays out (docs/api.md section 2): every per-horizon output takes its capacity `cap`
 * (>= h) and `*needed` (may be NULL) receives h; a NULL output is a size query.
 *  - A fit with no residual degrees of freedom (used months <= coefficients, e.g. a trend
 *    through 2 months) is not forecast: CTREND_ESHORT.
 * Ownership: the forecast copies what it needs; the model may be freed afterwards.
 * Thread safety: a forecast is immutable after _new; getters may run concurrently.
 */
#ifndef CTREND_FORECAST_H
#define CTREND_FORECAST_H

#include "ctrend/common.h"
#include "ctrend/error.h"
#include "ctrend/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_forecast ctrend_forecast;

/* Documented limits of ctrend_forecast_new (see "Limits" above). */
#define CTREND_FORECAST_MAX_HORIZON 1200
#define CTREND_FORECAST_MAX_DRAWS 1e8
#define CTREND_FORECAST_MAX_MEAN 9007199254740992.0
/** Getters for the three limits above (for bindings). */
CTREND_API size_t ctrend_forecast_max_horizon(void);
CTREND_API double ctrend_forecast_max_draws(void);
CTREND_API double ctrend_forecast_max_mean(void);

/**
 * Forecast h >= 1 months after the window of m, with n_sims predictive simulations
 * (0 = none: CTREND_FI_PREDICTIVE and the samples are then unavailable).
 * Returns CTREND_OK, CTREND_EINVAL (NULL, h == 0), CTREND_ESHORT (no residual degrees of
 * freedom), CTREND_ELIMIT (a limit above), CTREND_ERANGE (a forecast month after 9999-12),
 * CTREND_ENUMERIC (covariance not positive definite), CTREND_ENOMEM. Caller frees *out
 * with ctrend_forecast_free; on failure *out is NULL and err (may be NULL) holds the code
 * and a one-line reason (cleared on success).
 */
CTREND_API int ctrend_forecast_new(const ctrend_model *m, size_t h, size_t n_sims,
                                   uint64_t seed, ctrend_forecast **out, ctrend_error *err);
/**
 * ctrend_forecast_new with a context: opts (NULL = none; only its cancel flag and progress
 * counters are used, see ctrend_model_opts_cancel in ctrend/model.h). The simulation loop
 * polls the flag before every block of 64 simulations and each horizon's sort: after
 * ctrend_model_opts_cancel(opts), from another thread or a signal handler, the call returns
 * CTREND_ECANCELED with *out NULL and nothing allocated. Progress: simulations done of
 * n_sims. With an options handle never cancelled (or NULL) the result is
 * ctrend_forecast_new's, bit for bit; ctrend_forecast_new(m, ...) is
 * ctrend_forecast_new_v2(NULL, m, ...) (kept, not deprecated: SQLite's sqlite3_open and
 * sqlite3_open_v2). Codes: those of ctrend_forecast_new, and CTREND_ECANCELED.
 */
CTREND_API int ctrend_forecast_new_v2(const ctrend_model_opts *opts, const ctrend_model *m,
                                      size_t h, size_t n_sims, uint64_t seed,
                                      ctrend_forecast **out, ctrend_error *err);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_forecast_free(ctrend_forecast *f);
/** Horizon h (0 for NULL). */
CTREND_API size_t ctrend_forecast_horizon(const ctrend_forecast *f);
/** Number of simulations (0 for NULL). */
CTREND_API size_t ctrend_forecast_n_sims(const ctrend_forecast *f);
/** Month index of horizon i (0-based: i = 0 is the first month after the window) into
 *  *month. CTREND_EINVAL (NULL), CTREND_ERANGE (i >= h). */
CTREND_API int ctrend_forecast_month(const ctrend_forecast *f, size_t i, int32_t *month);

/** Per-horizon vectors (h values each). Values pinned. */
typedef enum ctrend_forecast_vec {
    CTREND_FV_MEAN = 0,     /* exp(x'beta + offset) (Gaussian: x'beta + offset) */
    CTREND_FV_SE_LINK = 1,  /* se of the linear predictor sqrt(x'Vx) */
    CTREND_FV_SIM_MEAN = 2, /* mean of the simulated counts (NaN without simulations) */
    CTREND_FV_LINPRED = 3   /* eta = x'beta + offset */
} ctrend_forecast_vec;
/** Copy a per-horizon vector into out (cap >= h; out NULL = size query via *needed).
 *  CTREND_ERANGE, CTREND_EINVAL; CTREND_EUNSUPPORTED for SIM_MEAN without simulations. */
CTREND_API int ctrend_forecast_vector(const ctrend_forecast *f, int which, double *out,
                                      size_t cap, size_t *needed);

/** Interval kinds. Values pinned. */
typedef enum ctrend_interval_kind {
    CTREND_FI_MEAN = 0,
    CTREND_FI_PLUGIN = 1,
    CTREND_FI_PREDICTIVE = 2
} ctrend_interval_kind;
/**
 * Central interval at `level` (0 < level < 1) for every horizon into lo and hi (caller owns
 * both, each of capacity cap >= h); *needed (may be NULL) receives h; lo = hi = NULL is a
 * size query. Returns CTREND_EINVAL (bad level/kind, NULL f, only one of lo/hi NULL),
 * CTREND_ERANGE (cap < h: nothing written), CTREND_EUNSUPPORTED (PREDICTIVE without
 * simulations).
 */
CTREND_API int ctrend_forecast_interval(const ctrend_forecast *f, int kind, double level,
                                        double *lo, double *hi, size_t cap, size_t *needed);
/**
 * Quantile at probability prob (0 < prob < 1) of the PLUGIN or PREDICTIVE distribution (kind)
 * for every horizon into out (capacity cap >= h; NULL = size query via *needed). Codes as
 * ctrend_forecast_interval (CTREND_FI_MEAN is CTREND_EINVAL).
 */
CTREND_API int ctrend_forecast_quantile(const ctrend_forecast *f, int kind, double prob,
                                        double *out, size_t cap, size_t *needed);
/**
 * Simulated predictive counts, h x n_sims row-major (out[i*n_sims + s] = simulation s of
 * horizon i), in draw order. cap >= h*n_sims; out NULL = size query via *needed.
 * CTREND_ERANGE, CTREND_EINVAL, CTREND_EUNSUPPORTED (no simulations).
 */
CTREND_API int ctrend_forecast_samples(const ctrend_forecast *f, double *out, size_t cap,
                                       size_t *needed);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_FORECAST_H */
