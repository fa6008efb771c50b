/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/batch.h — the same computation on many series at once, on N threads.
 *
 * A batch call applies one single-series function (ctrend_model_fit, ctrend_rolling_mean,
 * ctrend_change_pct) to every selected series and writes one result row per series into
 * caller-owned arrays. Series are independent: each is computed by exactly the code a
 * serial call runs, on private scratch memory, so the results are bit-identical for any
 * number of threads (tests/test_batch.c compares 1, 2, 3, 7, 64 and all-CPU runs).
 *
 * The one exception to "exactly the serial code": ctrend_batch_fit with the Poisson family
 * fits series that share its design four per SIMD vector (the lane path, lib/models/
 * irls_lanes.c): the same IRLS steps, iteration counts and statuses as ctrend_model_fit,
 * with coefficients, SEs and statistics equal to it to rounding (tests/test_lanes.c: within
 * 1e-11 relative or 1e-13 absolute, and to R's glm within 1e-9), still bit-identical for
 * any thread count.
 * Any series the lane path cannot take exactly (missing months, zeros only, separation,
 * non-convergence, step halving, ...) is fitted by ctrend_model_fit. Set
 * CTREND_OPT_BATCH_LANES to 0 for one ctrend_model_fit per series.
 *
 * Layout: row i of every output belongs to the i-th selected series; matrices are
 * row-major (series x coefficients, series x months). A failure in one series is stored
 * in status[i] (its output row is NaN) and never stops the others; the call itself
 * returns CTREND_OK unless its arguments are invalid or no memory could be had at all.
 *
 * Threads: n_threads = 0 means "all online CPUs" (ctrend_batch_default_threads); 1 runs
 * serially in the calling thread; more threads than series are not started. If a thread
 * cannot be created the remaining work runs on the threads that exist (never an error).
 * Work is handed out in chunks of consecutive series from a shared counter.
 *
 * Thread safety: the inputs (frame, design, options, arrays) are only read, so several
 * batch calls may share them; the outputs must not overlap. GSL's error handler must be
 * off (ctrend_init) as for every ctrend call.
 */
#ifndef CTREND_BATCH_H
#define CTREND_BATCH_H

#include "ctrend/common.h"
#include "ctrend/frame.h"
#include "ctrend/design.h"
#include "ctrend/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Number of online CPUs (sysconf), at least 1: the thread count used for n_threads = 0. */
CTREND_API size_t ctrend_batch_default_threads(void);

/**
 * Copy series of a frame into a matrix over a month window.
 * series:      n_series frame indices (caller-owned), or NULL for all series 0..n_series-1
 *              (then n_series must be <= ctrend_frame_n_series(f)).
 * first_month, n_months: the window (month index); months outside the frame's calendar
 *              are missing (NaN).
 * out:         caller-owned, n_series * n_months doubles, row i = series[i].
 * Returns CTREND_OK; CTREND_EINVAL (NULL f, NULL out with n_series*n_months > 0, or
 * n_series * n_months not representable in size_t);
 * CTREND_ERANGE (a series index >= ctrend_frame_n_series(f)).
 */
CTREND_API int ctrend_batch_values(const ctrend_frame *f, const size_t *series, size_t n_series,
                                   int32_t first_month, size_t n_months, double *out);

/**
 * Fit the same model (family, design d) to many series of a frame (Poisson: on the lane
 * path, see the file comment).
 * The response of series i is its values at the design's months
 * ctrend_design_start(d) .. + ctrend_design_nrow(d) - 1 (NaN outside the frame calendar:
 * missing rows are dropped by the fit, as ctrend_model_fit does).
 * series, n_series: frame indices as in ctrend_batch_values (NULL = the first n_series).
 * family:      a ctrend_family value.
 * opts:        NULL for defaults, else read (never written): each thread fits with its
 *              own copy, so per-series messages are not kept (use ctrend_model_fit on one
 *              series to see a message).
 * n_threads:   0 = ctrend_batch_default_threads(); see the file comment.
 * coef, se:    caller-owned, n_series * p doubles each (p = ctrend_design_ncol(d)), or
 *              NULL when not wanted. Row i = coefficients / standard errors of series i in
 *              design column order; all NaN when status[i] != CTREND_OK.
 * scalar_keys, n_keys: ctrend_model_sca keys to collect (e.g. CTREND_MS_DEVIANCE,
 *              CTREND_MS_AIC); scalars: caller-owned n_series * n_keys doubles (row i,
 *              column k = key k of series i; NaN when the fit failed or the key gives
 *              an error for that model). scalar_keys/scalars may be NULL when n_keys = 0.
 * status:      caller-owned, n_series ints: CTREND_OK or the ctrend_model_fit code for
 *              that series (CTREND_EALLZERO, CTREND_ESEPARATION, CTREND_ENOCONV, ...).
 * Returns CTREND_OK (check status[]); CTREND_EINVAL (NULL f/d/status, unknown family,
 * n_keys > 0 with NULL keys or scalars); CTREND_ERANGE (bad series index);
 * CTREND_ENOMEM (not even one worker's scratch memory). Cost: one fit per series, spread
 * over the threads; memory: O(threads * months) scratch besides the outputs.
 */
CTREND_API int ctrend_batch_fit(const ctrend_frame *f, const size_t *series, size_t n_series,
                                int family, const ctrend_design *d,
                                const ctrend_model_opts *opts, size_t n_threads, double *coef,
                                double *se, const int *scalar_keys, size_t n_keys,
                                double *scalars, int *status);

/**
 * Fit many series and keep the fitted models, for callers that need more than
 * coefficients, SEs and scalars (every getter of ctrend/model.h, forecasts): e.g. a CLI
 * printing one summary per series. Each fit is ctrend_model_fit(copy of opts, family,
 * design, values of the series over the design window).
 * designs, n_designs: n_designs = 1: designs[0] for every series; n_designs = n_series:
 *              designs[i] for series i (each its own window, e.g. the series' reported
 *              span). Borrowed, read only (several may be the same handle).
 * models:      caller-owned array of n_series pointers; models[i] receives the fitted model
 *              (caller frees each with ctrend_model_free) or NULL when status[i] != OK.
 * status:      caller-owned n_series ints, the ctrend_model_fit code of each series.
 * To bound memory on very many series, call it on consecutive slices of the selection
 * (e.g. 1024 series), consume and free the models, then the next slice — which is also
 * where a progress bar can be updated.
 * Returns CTREND_OK (check status[]); CTREND_EINVAL (NULL f/designs, a NULL design, NULL
 * models/status with n_series > 0, n_designs neither 1 nor n_series, unknown family);
 * CTREND_ERANGE (bad series index); CTREND_ENOMEM (no scratch for even one worker; all
 * models[i] are then NULL).
 */
CTREND_API int ctrend_batch_fit_models(const ctrend_frame *f, const size_t *series,
                                       size_t n_series, int family,
                                       const ctrend_design *const *designs, size_t n_designs,
                                       const ctrend_model_opts *opts, size_t n_threads,
                                       ctrend_model **models, int *status);

/**
 * ctrend_rolling_mean on each row of a row-major matrix x (n_series rows of n_months
 * values): out row i = ctrend_rolling_mean(x row i, n_months, window, align, min_periods).
 * out: caller-owned n_series * n_months doubles, must not overlap x.
 * status: caller-owned n_series ints (CTREND_OK, or CTREND_EDOMAIN for an infinite value:
 * that row of out is then all NaN), or NULL when not wanted.
 * Returns CTREND_OK; CTREND_EINVAL (NULL x/out with data, out == x, and every argument
 * ctrend_rolling_mean rejects: window 0, min_periods > window, bad align).
 */
CTREND_API int ctrend_batch_rolling_mean(const double *x, size_t n_series, size_t n_months,
                                         size_t window, int align, size_t min_periods,
                                         size_t n_threads, double *out, int *status);

/**
 * ctrend_change_pct (percent change at `lag`, in percent) on each row of a row-major
 * matrix, as ctrend_batch_rolling_mean. reason: caller-owned n_series * n_months int32_t
 * (ctrend_undef_reason per cell) or NULL. status as for ctrend_batch_rolling_mean; a row
 * whose status is not CTREND_OK has out all NaN and reason all 0 (meaningless: read the
 * status first).
 * Returns CTREND_OK; CTREND_EINVAL (lag 0, NULL x/out with data, out == x).
 */
CTREND_API int ctrend_batch_change_pct(const double *x, size_t n_series, size_t n_months,
                                       size_t lag, size_t n_threads, double *out,
                                       int32_t *reason, int *status);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_BATCH_H */
