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
 * The one exception to "exactly the serial code": ctrend_batch_fit (and
 * ctrend_batch_fit_models_v2, which returns whole models) with the Poisson family
 * fits series that share its design four per SIMD vector (the lane path, lib/models/
 * irls_lanes.c): the same IRLS steps, iteration counts and statuses as ctrend_model_fit,
 * with coefficients, SEs and statistics equal to it to rounding (tests/test_lanes.c: within
 * 1e-11 relative or 1e-13 absolute, and to R's glm within 1e-9), still bit-identical for
 * any thread count.
 * Any series the lane path cannot take exactly (missing months, zeros only, separation,
 * non-convergence, step halving, ...) is fitted by ctrend_model_fit. Set the batch option
 * CTREND_BATCH_LANES to 0 for one ctrend_model_fit per series.
 *
 * Layout: row i of every output belongs to the i-th selected series; matrices are
 * row-major (series x coefficients, series x months). A failure in one series is stored
 * in status[i] (its output row is NaN) and never stops the others; the call itself
 * returns CTREND_OK unless its arguments are invalid or no memory could be had at all.
 *
 * Threads (CTREND_BATCH_THREADS): 0 means "all online CPUs" (ctrend_batch_default_threads); 1 runs
 * serially in the calling thread; more threads than series are not started. If a thread
 * cannot be created the remaining work runs on the threads that exist (never an error).
 * Work is handed out in chunks of consecutive series from a shared counter.
 *
 * Cancellation and progress: every call takes a ctrend_batch_opts handle (NULL = defaults)
 * whose cancel flag the workers poll before each series, and whose progress counter
 * another thread may read while the call runs (no callbacks: docs/api.md §7).
 *
 * Thread safety: the inputs (frame, design, arrays) are only read, so several batch calls
 * may share them; the outputs must not overlap; a ctrend_batch_opts is used by one call at a
 * time. GSL's error handler must be
 * off (ctrend_init) as for every ctrend call.
 */
#ifndef CTREND_BATCH_H
#define CTREND_BATCH_H

#include "ctrend/common.h"
#include "ctrend/frame.h"
#include "ctrend/design.h"
#include "ctrend/model.h"
#include "ctrend/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Number of online CPUs (sysconf), at least 1: the thread count used for threads = 0. */
CTREND_API size_t ctrend_batch_default_threads(void);

/**
 * Batch options and call context (docs/api.md §4): which series, how many threads, the
 * lane path on or off, the model options and scalar keys of a fit, per-series error
 * records; and, while a call runs, its progress and a cancellation flag.
 * A handle is used by one batch call at a time (the call writes its progress and error
 * records into it); ctrend_batch_opts_cancel and ctrend_batch_opts_progress may be called
 * from any thread (or a signal handler, for cancel) while that call runs.
 */
typedef struct ctrend_batch_opts ctrend_batch_opts;

/** Integer keys of ctrend_batch_opts_set_int/_get_int/_bounds. Pinned, only appended. */
typedef enum ctrend_batch_opt {
    CTREND_BATCH_THREADS = 0, /* [0] worker threads; 0 = ctrend_batch_default_threads(),
                                 1 = serially in the calling thread; at most
                                 CTREND_BATCH_THREADS_MAX */
    CTREND_BATCH_LANES = 1,   /* [1] ctrend_batch_fit: fit Poisson series that share the
                                 design several per SIMD vector (equal to ctrend_model_fit to
                                 rounding, same iterations; see the file comment); 0 = one
                                 ctrend_model_fit per series (bit-identical to serial fits) */
    CTREND_BATCH_ERRORS = 2,  /* [0] 1 = keep one ctrend_error per series of the next call
                                 (code, message, series key "group/region/metric"), read with
                                 ctrend_batch_opts_error; costs sizeof(ctrend_error) per series */
    CTREND_BATCH_ALIGN = 3    /* [CTREND_ALIGN_TRAILING] ctrend_batch_rolling_mean: the window
                                 alignment (a ctrend_align value) */
} ctrend_batch_opt;

/** Upper bound of CTREND_BATCH_THREADS. */
#define CTREND_BATCH_THREADS_MAX 1024

/** New handle with the defaults: all series, all CPUs, lanes on, default model options,
 * no scalar keys, no error records. CTREND_EINVAL (NULL out), CTREND_ENOMEM. */
CTREND_API int ctrend_batch_opts_new(ctrend_batch_opts **out);
/** Free a handle (NULL is a no-op). Not while a call uses it. */
CTREND_API void ctrend_batch_opts_free(ctrend_batch_opts *o);

/** Set an integer key. CTREND_EINVAL: NULL o, unknown key, or value outside
 * ctrend_batch_opts_bounds. */
CTREND_API int ctrend_batch_opts_set_int(ctrend_batch_opts *o, int key, int64_t value);
/** Read an integer key into *value. CTREND_EINVAL: NULL o/value, unknown key. */
CTREND_API int ctrend_batch_opts_get_int(const ctrend_batch_opts *o, int key, int64_t *value);
/** Allowed range of a key, inclusive. CTREND_EINVAL: unknown key or NULL lo/hi. */
CTREND_API int ctrend_batch_opts_bounds(int key, double *lo, double *hi);

/**
 * Series selection for ctrend_batch_fit / _fit_models: n_series frame indices, copied
 * (row i of every output belongs to series[i]); series NULL (n_series must be 0) restores
 * the default, every series of the frame in frame order. An index >= the frame's series
 * count is CTREND_ERANGE from the batch call. CTREND_EINVAL (NULL o, NULL series with
 * n_series > 0), CTREND_ENOMEM (the selection is unchanged).
 */
CTREND_API int ctrend_batch_opts_set_series(ctrend_batch_opts *o, const size_t *series,
                                            size_t n_series);
/** Rows a fit on frame f writes: the selection's length, or ctrend_frame_n_series(f) when
 * no selection is set (NULL o: that of f; NULL f: the selection's length, or 0). */
CTREND_API size_t ctrend_batch_opts_n_series(const ctrend_batch_opts *o, const ctrend_frame *f);

/**
 * ctrend_model_sca keys that ctrend_batch_fit collects per series (e.g. CTREND_MS_DEVIANCE,
 * CTREND_MS_AIC), copied; NULL/0 = none. CTREND_EINVAL (NULL o, NULL keys with n_keys > 0,
 * a key that is not a ctrend_model_sca value), CTREND_ENOMEM (unchanged).
 */
CTREND_API int ctrend_batch_opts_set_keys(ctrend_batch_opts *o, const int *keys, size_t n_keys);
/** Number of scalar keys set (0 for NULL o). */
CTREND_API size_t ctrend_batch_opts_n_keys(const ctrend_batch_opts *o);

/** Model options of each fit: a copy of m's values (NULL = the defaults). Every worker fits
 * with its own copy. CTREND_EINVAL (NULL o). */
CTREND_API int ctrend_batch_opts_set_model(ctrend_batch_opts *o, const ctrend_model_opts *m);

/**
 * Ask the running (or next) batch call on o to stop. Async-signal-safe (one lock-free atomic
 * store), callable from any thread. Workers poll the flag before each series: a series being
 * fitted finishes, every series not yet started gets status CTREND_ECANCELED with its output
 * rows NaN (fit_models: models[i] NULL), and the call returns CTREND_ECANCELED. The flag stays
 * set (a later call returns CTREND_ECANCELED at once, every row marked so) until
 * ctrend_batch_opts_reset. Latency: one series' work per thread (a Poisson fit of 240 months
 * is ~5-60 us). NULL o is a no-op.
 */
CTREND_API void ctrend_batch_opts_cancel(ctrend_batch_opts *o);
/** Clear the cancellation flag and the progress counters. NULL o is a no-op. Not during a call. */
CTREND_API void ctrend_batch_opts_reset(ctrend_batch_opts *o);
/** 1 when ctrend_batch_opts_cancel was called since the last reset, else 0 (NULL: 0). */
CTREND_API int ctrend_batch_opts_cancelled(const ctrend_batch_opts *o);

/**
 * Progress of the current (or last) call on o, readable from another thread while it runs
 * (atomic loads): *done = series (rows) finished, cancelled ones included, *total = rows of
 * the call (0 before any call). done reaches total when the call returns. done/total may be
 * NULL. CTREND_EINVAL (NULL o).
 */
CTREND_API int ctrend_batch_opts_progress(const ctrend_batch_opts *o, size_t *done,
                                          size_t *total);

/**
 * The error record of row i of the last fit call on o made with CTREND_BATCH_ERRORS = 1:
 * code = status[i], message = the ctrend_model_fit message ("" when OK; "cancelled" for a
 * row not fitted), key = the series' "group/region/metric". Copied into *err.
 * CTREND_EINVAL (NULL o/err, or no records kept), CTREND_ERANGE (i >= the call's rows).
 */
CTREND_API int ctrend_batch_opts_error(const ctrend_batch_opts *o, size_t i, ctrend_error *err);

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
 * Fit the same model (family, design d) to the selected series of a frame (Poisson: on the
 * lane path, see the file comment). n = ctrend_batch_opts_n_series(o, f) rows.
 * o:           NULL for the defaults; else its selection, threads, lanes, model options
 *              and scalar keys are used, and its progress, cancel flag and (with
 *              CTREND_BATCH_ERRORS) error records are written.
 * The response of series i is its values at the design's months
 * ctrend_design_start(d) .. + ctrend_design_nrow(d) - 1 (NaN outside the frame calendar:
 * missing rows are dropped by the fit, as ctrend_model_fit does).
 * family:      a ctrend_family value.
 * coef, se:    caller-owned, n * p doubles each (p = ctrend_design_ncol(d)), or NULL when
 *              not wanted. Row i = coefficients / standard errors of series i in design
 *              column order; all NaN when status[i] != CTREND_OK.
 * scalars:     caller-owned n * n_keys doubles (n_keys = ctrend_batch_opts_n_keys(o); row i,
 *              column k = key k of series i; NaN when the fit failed or the key gives an
 *              error for that model); may be NULL when n_keys = 0.
 * status:      caller-owned, n ints: CTREND_OK or the ctrend_model_fit code for that series
 *              (CTREND_EALLZERO, CTREND_ESEPARATION, CTREND_ENOCONV, ...), CTREND_ECANCELED
 *              for a series not fitted because the call was cancelled.
 * Returns CTREND_OK (check status[]); CTREND_ECANCELED (ctrend_batch_opts_cancel: the rows
 * finished before it are complete, the others marked as said there); CTREND_EINVAL (NULL
 * f/d/status, unknown family, n_keys > 0 with NULL scalars); CTREND_ERANGE (bad series
 * index); CTREND_ENOMEM (not even one worker's scratch memory, or the error records).
 * Cost: one fit per series, spread over the threads; memory: O(threads * months) scratch
 * besides the outputs.
 */
CTREND_API int ctrend_batch_fit(ctrend_batch_opts *o, const ctrend_frame *f, int family,
                                const ctrend_design *d, double *coef, double *se,
                                double *scalars, int *status);

/**
 * Fit the selected series and keep the fitted models, for callers that need more than
 * coefficients, SEs and scalars (every getter of ctrend/model.h, forecasts): e.g. a CLI
 * printing one summary per series. Each fit is ctrend_model_fit(copy of the model options,
 * family, design, values of the series over the design window). n =
 * ctrend_batch_opts_n_series(o, f) rows; o as for ctrend_batch_fit (lanes and keys unused).
 * designs, n_designs: n_designs = 1: designs[0] for every series; n_designs = n:
 *              designs[i] for series i (each its own window, e.g. the series' reported
 *              span). Borrowed, read only (several may be the same handle).
 * models:      caller-owned array of n pointers; models[i] receives the fitted model
 *              (caller frees each with ctrend_model_free) or NULL when status[i] != OK.
 * status:      caller-owned n ints, the ctrend_model_fit code of each series, or
 *              CTREND_ECANCELED.
 * To bound memory on very many series, call it on consecutive slices of the selection
 * (e.g. 1024 series), consume and free the models, then the next slice.
 * Returns CTREND_OK (check status[]); CTREND_ECANCELED; CTREND_EINVAL (NULL f/designs, a
 * NULL design, NULL models/status with n > 0, n_designs neither 1 nor n, unknown family);
 * CTREND_ERANGE (bad series index); CTREND_ENOMEM (no scratch for even one worker; all
 * models[i] are then NULL).
 */
CTREND_API int ctrend_batch_fit_models(ctrend_batch_opts *o, const ctrend_frame *f, int family,
                                       const ctrend_design *const *designs, size_t n_designs,
                                       ctrend_model **models, int *status);

/**
 * ctrend_batch_fit_models with the lane path (the preferred spelling; docs/api.md §9): the
 * same arguments, results and statuses, but when CTREND_BATCH_LANES is 1 (the default) and
 * family is CTREND_FAMILY_POISSON, series whose designs have the same matrix and offsets
 * (bit for bit; e.g. one design for all, or one per series over the same window) are fitted
 * four per SIMD vector, as ctrend_batch_fit does, and each gets a full model built from the
 * lane's last iteration (lib/models/lanes_model.c): every getter of ctrend/model.h gives
 * the value ctrend_model_fit's model gives to rounding (tests/test_lanes.c: 1e-10
 * relative; both within 1e-9 of R's glm), with the same iteration count. Each model keeps
 * a clone of its own series' design (names, future rows). A series the lane path does not
 * take exactly (missing months, all zeros, separation, collinear design, step halving, no
 * convergence, a design shared with no other series, more than 16 distinct designs in
 * the call) is fitted by ctrend_model_fit, so its status and message are the serial
 * ones. With CTREND_BATCH_LANES = 0, or another family, identical to
 * ctrend_batch_fit_models. Results do not depend on the thread count. Returns as
 * ctrend_batch_fit_models (CTREND_ENOMEM also when a lane plan cannot be allocated).
 */
CTREND_API int ctrend_batch_fit_models_v2(ctrend_batch_opts *o, const ctrend_frame *f,
                                          int family, const ctrend_design *const *designs,
                                          size_t n_designs, ctrend_model **models,
                                          int *status);

/**
 * ctrend_rolling_mean on each row of a row-major matrix x (n_series rows of n_months
 * values): out row i = ctrend_rolling_mean(x row i, n_months, window, align, min_periods),
 * align = the CTREND_BATCH_ALIGN key of o (trailing for NULL o). o: threads, cancel,
 * progress (its series selection is not used).
 * out: caller-owned n_series * n_months doubles, must not overlap x.
 * status: caller-owned n_series ints (CTREND_OK, CTREND_EDOMAIN for an infinite value, or
 * CTREND_ECANCELED; that row of out is then all NaN), or NULL when not wanted.
 * Returns CTREND_OK; CTREND_ECANCELED; CTREND_EINVAL (NULL x/out with data, out == x, and
 * every argument ctrend_rolling_mean rejects: window 0, min_periods > window).
 */
CTREND_API int ctrend_batch_rolling_mean(ctrend_batch_opts *o, const double *x, size_t n_series,
                                         size_t n_months, size_t window, size_t min_periods,
                                         double *out, int *status);

/**
 * ctrend_change_pct (percent change at `lag`, in percent) on each row of a row-major
 * matrix, as ctrend_batch_rolling_mean. reason: caller-owned n_series * n_months int32_t
 * (ctrend_undef_reason per cell) or NULL. status as for ctrend_batch_rolling_mean; a row
 * whose status is not CTREND_OK has out all NaN and reason all 0 (meaningless: read the
 * status first).
 * Returns CTREND_OK; CTREND_ECANCELED; CTREND_EINVAL (lag 0, NULL x/out with data, out == x).
 */
CTREND_API int ctrend_batch_change_pct(ctrend_batch_opts *o, const double *x, size_t n_series,
                                       size_t n_months, size_t lag, double *out,
                                       int32_t *reason, int *status);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_BATCH_H */
