/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/backtest.h — rolling-origin evaluation of baselines and models, with a ranking
 * table (MAE, RMSE, MSLE, CRPS, ignorance, interval score, 90% coverage, n forecasts).
 *
 *   ctrend_backtest *bt;
 *   ctrend_backtest_new(y, n, 36, 3, 1, 1000, 42, &bt);     // initial 36, h 3, step 1
 *   ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL);
 *   ctrend_backtest_add_baseline(bt, CTREND_BASELINE_MEAN, 6, "mean6");
 *   ctrend_backtest_add_model(bt, "poisson+trend", design, CTREND_FAMILY_POISSON, NULL);
 *   size_t order[8], k;
 *   ctrend_backtest_rank(bt, CTREND_BT_CRPS, order, 8, &k);
 *   for (size_t r = 0; r < k; ++r) { double crps; ctrend_backtest_score(bt, order[r], CTREND_BT_CRPS, &crps); ... }
 *   ctrend_backtest_free(bt);
 *
 * Window arithmetic (expanding window, Hyndman & Athanasopoulos, FPP3 sec. 5.10; a sliding
 * window with ctrend_backtest_set_window):
 * origin i = 0, 1, ..., n_origins-1 trains on y[0 .. t_i) with t_i = initial + i*step and
 * forecasts the months t_i, ..., t_i + h - 1 (leads 1..h). n_origins is the number of
 * origins whose whole horizon lies inside the series:
 *   n_origins = floor((n - initial - h) / step) + 1   when n >= initial + h.
 *
 * Scoring: every (origin, lead) pair whose observation y[t_i + lead - 1] is not NaN and whose
 * forecast exists (a seasonal-naive month with a missing source has none) is one forecast.
 * Scores are means over a model's forecasts (so models with different missing forecasts are
 * scored on slightly different sets: compare n_forecasts). Point forecast: the baseline's
 * point / the model's mean. CRPS: the plain sample CRPS of the n_samples predictive draws
 * (ctrend_score_crps_sample, fair = 0). Ignorance: ctrend_score_ignorance_sample with
 * alpha = CTREND_SCORE_IGN_ALPHA. Interval: the central 90% interval [q(0.05), q(0.95)] of
 * the draws (R type-7 quantiles); its interval score (level 0.9) and coverage.
 * Seeds: baselines at origin i use seed + i (ctrend_baseline_forecast); models use
 * ctrend_forecast_new(model, h, n_samples, seed + i) — results are reproducible.
 *
 * Ownership: the handle copies y; names are copied and borrowed back from the handle.
 * Thread safety: a handle is not safe for concurrent modification; distinct handles are
 * independent (no global state).
 * Licence: GPL-3.0-or-later.
 */
#ifndef CTREND_BACKTEST_H
#define CTREND_BACKTEST_H

#include "ctrend/common.h"
#include "ctrend/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_backtest ctrend_backtest;

/** Columns of the ranking table. Values pinned. */
typedef enum ctrend_backtest_metric {
    CTREND_BT_MAE = 0,
    CTREND_BT_RMSE = 1,
    CTREND_BT_MSLE = 2,
    CTREND_BT_CRPS = 3,
    CTREND_BT_IGN = 4,      /* binned ignorance, bits */
    CTREND_BT_IS90 = 5,     /* interval score of the central 90% interval */
    CTREND_BT_COV90 = 6,    /* empirical coverage of the central 90% interval */
    CTREND_BT_N = 7         /* number of forecasts scored (as a double) */
} ctrend_backtest_metric;
#define CTREND_BT_METRIC_COUNT 8
/** Getter for CTREND_BT_METRIC_COUNT (for bindings). */
CTREND_API int ctrend_backtest_metric_count(void);
/** Static column name ("MAE", "RMSE", "MSLE", "CRPS", "IGN", "IS90", "COV90", "N"); NULL for an
 * unknown metric. */
CTREND_API const char *ctrend_backtest_metric_name(int metric);

/**
 * Window arithmetic only: number of origins for a series of n months.
 * Errors: CTREND_EINVAL (NULL, initial, h or step = 0), CTREND_ESHORT (n < initial + h).
 */
CTREND_API int ctrend_backtest_origins(size_t n, size_t initial, size_t h, size_t step,
                                       size_t *n_origins);

/**
 * New backtest of the series y[0..n) (copied; NaN = missing, values must be >= 0 and finite).
 * n_samples >= 1 predictive draws per forecast; seed as described above.
 * Bounded work: n_origins * h * n_samples (the draws of one model) at most
 * CTREND_BACKTEST_MAX_DRAWS (1e8, 800 MB of samples), else CTREND_ELIMIT: lower n_samples or
 * h, or raise step.
 * Errors: CTREND_EINVAL (NULL, initial/h/step/n_samples = 0), CTREND_ESHORT
 * (n < initial + h), CTREND_EDOMAIN (a negative or infinite value), CTREND_ELIMIT,
 * CTREND_ENOMEM.
 * Caller frees *out with ctrend_backtest_free.
 */
#define CTREND_BACKTEST_MAX_DRAWS 1e8
/** CTREND_BACKTEST_MAX_DRAWS, for bindings. */
CTREND_API double ctrend_backtest_max_draws(void);
CTREND_API int ctrend_backtest_new(const double *y, size_t n, size_t initial, size_t h,
                                   size_t step, size_t n_samples, uint64_t seed,
                                   ctrend_backtest **out);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_backtest_free(ctrend_backtest *bt);

/**
 * Training window: 0 (the default) = expanding, y[0 .. t_i); window_months > 0 = sliding,
 * the last window_months months y[t_i - window_months .. t_i) only (Tashman 2000's
 * "rolling window"; the model's trend is renumbered 1..window_months in every window).
 * The forecast months and the number of origins do not change. Set it before adding any
 * model. CTREND_EINVAL (NULL, window_months > initial, models already added).
 */
CTREND_API int ctrend_backtest_set_window(ctrend_backtest *bt, size_t window_months);

/** Number of origins (0 for NULL). */
CTREND_API size_t ctrend_backtest_n_origins(const ctrend_backtest *bt);
/** Training length t_i of origin i (= the index of its first forecast month).
 *  CTREND_EINVAL (NULL), CTREND_ERANGE (i >= n_origins). */
CTREND_API int ctrend_backtest_origin(const ctrend_backtest *bt, size_t i, size_t *train_len);

/**
 * Evaluate a baseline (ctrend_baseline kind, window k for the mean baseline) at every origin.
 * name: copied; NULL = ctrend_baseline_name(kind), with k appended for the mean ("mean6").
 * With a sliding window the baseline sees only the window's months. A baseline that cannot
 * be computed at some origin (e.g. CTREND_ESHORT: the seasonal baseline with initial < 12)
 * fails the whole call with that status; nothing is added.
 * Errors: those of ctrend_baseline_forecast, CTREND_EDUPLICATE (name taken), CTREND_EEMPTY
 * (no forecast could be scored), CTREND_ENOMEM.
 * err (may be NULL; the same for every add_* below): on failure the status and a message
 * naming the model and, where it applies, the origin and training months; cleared on success.
 */
CTREND_API int ctrend_backtest_add_baseline(ctrend_backtest *bt, int kind, size_t k,
                                            const char *name, ctrend_error *err);
/**
 * ctrend_backtest_add_baseline with cancellation and progress through a model options
 * handle (docs/api.md sections 7 and 9; only its cancel flag and progress counters are
 * used; NULL = none): the flag (ctrend_model_opts_cancel, ctrend/model.h) is polled before
 * every origin and every scored pair and inside each origin's draws (every 65536 draws);
 * once set the call returns CTREND_ECANCELED, adds nothing, and err's message names the
 * origin. opts' progress counts origins (n_origins in all). With a handle never cancelled
 * (or NULL) the result is bit for bit ctrend_backtest_add_baseline's.
 * Errors: those of ctrend_backtest_add_baseline, CTREND_ECANCELED.
 */
CTREND_API int ctrend_backtest_add_baseline_v2(ctrend_backtest *bt, int kind, size_t k,
                                               const char *name, const ctrend_model_opts *opts,
                                               ctrend_error *err);

/**
 * Evaluate a regression model: design d describes the whole series (nrow(d) == n; it is
 * not modified). At origin i the model of `family` is fitted to y[s_i..t_i) with
 * ctrend_design_window(d, s_i, t_i - s_i) (s_i = 0, or t_i - window_months for a sliding
 * window) and forecast h months ahead with n_samples simulations
 * (ctrend_forecast_new, seed + i). opts: NULL = defaults; only read.
 * A fit or forecast that fails at any origin fails the call with its status (e.g.
 * CTREND_EALLZERO, CTREND_ESEPARATION, CTREND_ESINGULAR, CTREND_ESHORT, CTREND_ENOCONV);
 * err's message then names the origin and gives the model's message. Nothing is
 * added on failure. Other errors: CTREND_EINVAL (NULL, nrow(d) != n, empty name),
 * CTREND_EDUPLICATE, CTREND_EEMPTY, CTREND_ENOMEM.
 * Cancellation: opts' cancel flag (ctrend_model_opts_cancel, ctrend/model.h) is polled
 * before every origin and every scored pair and inside each origin's forecast (every 64
 * simulations); once set the call returns CTREND_ECANCELED and adds nothing. opts'
 * progress counts origins (n_origins in all). Baselines poll through
 * ctrend_backtest_add_baseline_v2.
 */
CTREND_API int ctrend_backtest_add_model(ctrend_backtest *bt, const char *name,
                                         const ctrend_design *d, int family,
                                         const ctrend_model_opts *opts, ctrend_error *err);

/**
 * Evaluate forecasts made elsewhere: point, n_point = n_origins*h values (row i = origin i,
 * leads 1..h; NaN = no forecast) and samples, n_draws = n_origins*h*n_samples values
 * (row-major: pair (i, j) holds the backtest's n_samples draws at ((i*h + j) * n_samples)).
 * n_point and n_draws are the input lengths and must be exactly these.
 * Errors: CTREND_EINVAL (NULL, empty name, n_point or n_draws not the required length, a
 * NaN/negative draw for a pair with a forecast), CTREND_EDUPLICATE, CTREND_EEMPTY,
 * CTREND_ENOMEM; err as for ctrend_backtest_add_baseline.
 */
CTREND_API int ctrend_backtest_add_forecasts(ctrend_backtest *bt, const char *name,
                                             const double *point, size_t n_point,
                                             const double *samples, size_t n_draws,
                                             ctrend_error *err);

/** Number of evaluated models/baselines (0 for NULL). */
CTREND_API size_t ctrend_backtest_n_models(const ctrend_backtest *bt);
/** Name of model i into *name (borrowed from the handle, valid until ctrend_backtest_free).
 *  CTREND_EINVAL (NULL bt or name), CTREND_ERANGE (i >= n_models; *name unchanged). */
CTREND_API int ctrend_backtest_model_name(const ctrend_backtest *bt, size_t i,
                                          const char **name);
/** Score `metric` of model i. CTREND_EINVAL (NULL, unknown metric), CTREND_ERANGE (i). */
CTREND_API int ctrend_backtest_score(const ctrend_backtest *bt, size_t i, int metric,
                                     double *value);
/**
 * Score `metric` of model i restricted to the forecasts at one lead (1..h months ahead):
 * the table row of the n_origins pairs (origin, lead). A lead with no scored forecast gives
 * NaN (and N = 0). CTREND_EINVAL (NULL, unknown metric), CTREND_ERANGE (i, lead 0 or > h),
 * CTREND_ENOMEM.
 */
CTREND_API int ctrend_backtest_score_lead(const ctrend_backtest *bt, size_t i, size_t lead,
                                          int metric, double *value);
/**
 * Per-pair point forecasts of model i, n_origins*h values (row i = origin). out NULL = size
 * query through *needed. CTREND_ERANGE (cap too small or i out of range), CTREND_EINVAL.
 */
CTREND_API int ctrend_backtest_points(const ctrend_backtest *bt, size_t i, double *out,
                                      size_t cap, size_t *needed);
/**
 * Model indices ordered best first by `metric` (ascending; COV90 by |coverage - 0.9|, ties
 * keep insertion order). out NULL = size query. CTREND_EINVAL (NULL bt, metric N or
 * unknown), CTREND_ERANGE (cap < n_models).
 */
CTREND_API int ctrend_backtest_rank(const ctrend_backtest *bt, int metric, size_t *order,
                                    size_t cap, size_t *needed);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_BACKTEST_H */
