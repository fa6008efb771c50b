/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/baseline.h — baseline forecasts of a monthly count series, as used in the
 * conflict-forecasting literature (ViEWS): zero, last value, mean of the last k months,
 * seasonal naive and "conflictology".
 *
 * Each baseline forecasts the h months after the end of x[0..n): a point forecast per month
 * and n_samples predictive draws per month, drawn with GSL's Mersenne Twister
 * (gsl_rng_mt19937) seeded by the caller's seed, so the same (x, n, kind, k, h, n_samples,
 * seed) always gives the same samples. The baseline, k, n_samples and the seed are keys of a
 * ctrend_baseline_opts handle. Pure apart from the caller's buffers; thread-safe (an options
 * handle may be read by several threads at once, not written while read).
 * Licence: GPL-3.0-or-later.
 */
#ifndef CTREND_BASELINE_H
#define CTREND_BASELINE_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Which baseline. Values are pinned. */
typedef enum ctrend_baseline {
    /** Point 0, every sample 0. Needs n >= 0 (x may be empty). */
    CTREND_BASELINE_ZERO = 0,
    /** Point v = the last non-NaN value of x, every month; samples Poisson(v). Needs one
     * non-NaN value. */
    CTREND_BASELINE_LAST = 1,
    /** Point v = mean of the non-NaN values among the last k months x[n-k..n); samples
     * Poisson(v). Needs n >= k and one non-NaN value in the window. */
    CTREND_BASELINE_MEAN = 2,
    /** Seasonal naive: month j (1..h) ahead gets v_j = x[n - 1 + j - 12 ceil(j/12)], the same
     * calendar month in the last observed year; samples Poisson(v_j). Needs n >= 12. A NaN
     * source month gives a NaN point and NaN samples for that month (no forecast). */
    CTREND_BASELINE_SEASONAL = 3,
    /** Conflictology: samples drawn uniformly with replacement from the non-NaN values of
     * the last 12 months x[n-12..n) (no extra noise); point = their mean. Needs n >= 12 and
     * one non-NaN value among them. */
    CTREND_BASELINE_CONFLICTOLOGY = 4
} ctrend_baseline;

/** Number of baselines (CTREND_BASELINE_ZERO .. CONFLICTOLOGY). */
#define CTREND_BASELINE_COUNT 5
/** Season length of the seasonal and conflictology baselines, months. */
#define CTREND_BASELINE_SEASON 12
/** Largest Poisson mean the baselines draw from: 2^53, the largest exact count (was 1e9 in
 *  0.1, the range of gsl_ran_poisson; the draws are now exact for any mean below it). */
#define CTREND_BASELINE_POISSON_MAX 9007199254740992.0

/** Getters for CTREND_BASELINE_COUNT, CTREND_BASELINE_SEASON and CTREND_BASELINE_POISSON_MAX
 * (for bindings). */
CTREND_API int ctrend_baseline_count(void);
CTREND_API size_t ctrend_baseline_season(void);
CTREND_API double ctrend_baseline_poisson_max(void);

/** Static lower-case name ("zero", "last", "mean", "seasonal", "conflictology"); NULL for an
 * unknown kind. */
CTREND_API const char *ctrend_baseline_name(int kind);
/** Parse a name as returned by ctrend_baseline_name. CTREND_ENOTFOUND, CTREND_EINVAL (NULL). */
CTREND_API int ctrend_baseline_parse(const char *name, int *kind);

/** Options of ctrend_baseline_forecast (docs/api.md section 4: a handle with typed setters
 * and bounds getters). Every key is an integer. */
typedef struct ctrend_baseline_opts ctrend_baseline_opts;
/** Keys of ctrend_baseline_opts. Values pinned; defaults in brackets. */
typedef enum ctrend_baseline_opt {
    CTREND_BASELINE_OPT_KIND = 0,      /* [CTREND_BASELINE_ZERO] a ctrend_baseline, 0 .. 4 */
    CTREND_BASELINE_OPT_K = 1,         /* [12] window in months of CTREND_BASELINE_MEAN (read
                                          only by it), 1 .. 2^53 */
    CTREND_BASELINE_OPT_N_SAMPLES = 2, /* [0] predictive draws per month, 0 .. 2^53 */
    CTREND_BASELINE_OPT_SEED = 3       /* [0] RNG seed: any int64, taken as the uint64_t with the
                                          same bits (so every 64-bit seed can be given) */
} ctrend_baseline_opt;
/** Number of keys (CTREND_BASELINE_OPT_KIND .. SEED). */
#define CTREND_BASELINE_OPT_COUNT 4
/** New handle with the defaults into *out (caller frees with _free). CTREND_EINVAL (NULL),
 * CTREND_ENOMEM. */
CTREND_API int ctrend_baseline_opts_new(ctrend_baseline_opts **out);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_baseline_opts_free(ctrend_baseline_opts *o);
/** Set an integer key. CTREND_EINVAL for NULL, an unknown key or a value outside the key's
 * bounds (nothing changed). */
CTREND_API int ctrend_baseline_opts_set_int(ctrend_baseline_opts *o, int key, int64_t value);
/** Read a key into *value. CTREND_EINVAL for NULL or an unknown key. */
CTREND_API int ctrend_baseline_opts_get_int(const ctrend_baseline_opts *o, int key,
                                            int64_t *value);
/** Allowed range [*lo, *hi] of a key (as doubles). CTREND_EINVAL for an unknown key or NULL. */
CTREND_API int ctrend_baseline_opts_bounds(int key, double *lo, double *hi);

/**
 * Forecast h months after x[0..n) with the baseline, window, number of draws and seed of o
 * (NULL = the defaults: the zero baseline, no draws).
 *  point: h values (caller owns, capacity point_cap >= h; may be NULL if not wanted).
 *  samples: row-major h x n_samples (row j = month j+1 ahead; caller owns, capacity
 *           samples_cap); *needed (may be NULL) receives h * n_samples; samples = NULL is a
 *           size query (no draws are made) and so is n_samples = 0.
 *  seed: exactly: r = gsl_rng_alloc(gsl_rng_mt19937);
 *        gsl_rng_set(r, (seed ^ (seed >> 32)) & 0xffffffff) (the 64-bit seed folded to the
 *        32 bits mt19937 uses, as ctrend_forecast_new does; GSL maps 0 to 4357); then draws in
 *        order j = 0..h-1, s = 0..n_samples-1: a Poisson(v_j) draw for LAST, MEAN and
 *        SEASONAL (inversion with one gsl_rng_uniform for v_j < 10, Hoermann's PTRS with
 *        pairs of gsl_rng_uniform above: lib/models/dist.c; 0.1 called gsl_ran_poisson), x-window[gsl_rng_uniform_int(r, n_window)] for CONFLICTOLOGY. ZERO, and
 *        NaN seasonal months, draw nothing.
 * Values of x must be non-negative (counts, not necessarily integers); NaN = missing.
 * Errors: CTREND_EINVAL (NULL x with n > 0, h = 0), CTREND_ERANGE (point_cap < h,
 *         samples_cap < h * n_samples, or the product overflows: nothing written),
 *         CTREND_ESHORT (n < k for MEAN, n < 12 for SEASONAL and CONFLICTOLOGY, no non-NaN
 *         value where one is needed), CTREND_EDOMAIN (a used value is negative or infinite,
 *         or a Poisson mean exceeds CTREND_BASELINE_POISSON_MAX), CTREND_ENOMEM.
 * On error the output buffers are left in an unspecified state.
 */
CTREND_API int ctrend_baseline_forecast(const ctrend_baseline_opts *o, const double *x, size_t n,
                                        size_t h, double *point, size_t point_cap,
                                        double *samples, size_t samples_cap, size_t *needed);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_BASELINE_H */
