/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/design.h — regression designs built from the calendar.
 *
 * A design describes the columns of a model matrix over a fit window of n consecutive
 * months starting at `start_month` (month index year*12 + month-1, see month.h), plus an
 * offset. The same description extends h months past the window for forecasting.
 *
 * Columns (in the order they are added; the intercept, when on, is always column 0):
 *   "(Intercept)"          1                                    (on by default)
 *   "trend"                1..n inside the window, n+1..n+h in the future
 *   Fourier pair k=1..K    "sin12","cos12" (k=1), "sin6","cos6" (k=2), "sin4","cos4",
 *                          "sin3","cos3", "sin2.4","cos2.4" (k=5): sin/cos(2*pi*k*m/12)
 *                          with m = calendar month of year, Jan = 1 (tsModel::harmonic,
 *                          Lopez Bernal et al. 2017). K <= 5.
 *   month dummies          "month2".."month12" (January is the reference level) when
 *                          the intercept is on, "month1".."month12" when it is off.
 *   step at month s        1 for months >= s, else 0 (name default "step")
 *   slope change at s      max(0, month - s): 0 up to s, 1 the month after, ...
 *                          (name default "slope"; with a step at s this is the
 *                          segmented / interrupted-time-series parameterisation)
 *   extra covariates       caller's values, one per window month; future values may be
 *                          given, otherwise the last value is carried forward (as the
 *                          reference scripts do).
 * Offset (added to the linear predictor, coefficient fixed at 1):
 *   log(days in month) when enabled with ctrend_design_set_offset_days, plus the caller's
 *   log-exposure column (ctrend_design_set_offset), plus 0 otherwise.
 *
 * Missing values: a NaN in a covariate or in the log exposure marks the row as missing;
 * model fits drop such rows (like R's na.omit), exactly as they drop NaN counts.
 *
 * Collinear designs (a step before the window, a step after the window, two equal
 * columns, month dummies together with Fourier terms K=5...) are accepted here and
 * rejected by the fit with CTREND_ESINGULAR.
 *
 * Ownership: the handle owns everything; column names are borrowed from the handle and
 * valid until ctrend_design_free. Input arrays are copied. Thread safety: a design is
 * read-only once built; concurrent reads (fits) from several threads are safe, changes
 * are not.
 */
#ifndef CTREND_DESIGN_H
#define CTREND_DESIGN_H

#include "ctrend/common.h"
#include "ctrend/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_design ctrend_design;

/** Maximum number of Fourier pairs for period 12. */
#define CTREND_DESIGN_MAX_FOURIER 5

/**
 * New design with an intercept only, over n_months months from start_month.
 * The window must lie in the calendar: start_month >= CTREND_YEAR_MIN * 12 (1-01) and
 * start_month + n_months - 1 <= CTREND_YEAR_MAX * 12 + 11 (9999-12), so n_months <= 119988.
 * Returns CTREND_OK, CTREND_EINVAL (out NULL, n_months == 0), CTREND_ERANGE (window outside
 * the calendar, e.g. n_months = SIZE_MAX or start_month = 2^31 - 2), CTREND_ENOMEM.
 */
CTREND_API int ctrend_design_new(int32_t start_month, size_t n_months, ctrend_design **out);
/** Free; NULL is a no-op. */
CTREND_API void ctrend_design_free(ctrend_design *d);
/** Deep copy (caller frees with ctrend_design_free). CTREND_EINVAL, CTREND_ENOMEM. */
CTREND_API int ctrend_design_clone(const ctrend_design *d, ctrend_design **out);

/**
 * Design over a sub-window: rows first..first+n_months-1 of d (first + n_months <= nrow(d),
 * else CTREND_ERANGE). Same columns and names; the trend is renumbered 1..n_months inside the
 * new window (as the reference does for every fit window); steps and slope changes keep
 * their calendar months; covariates and the log exposure are sliced, and their values after
 * the sub-window (the rest of d's window, then d's future values) become its future values,
 * so forecasts from a backtest window use the observed covariates. Caller frees *out.
 * CTREND_EINVAL (NULL, n_months == 0), CTREND_ERANGE, CTREND_ENOMEM.
 */
CTREND_API int ctrend_design_window(const ctrend_design *d, size_t first, size_t n_months,
                                    ctrend_design **out);

/** Turn the intercept on (1, default) or off (0). Call before add_month_dummies (dummy
 *  names and count depend on it). CTREND_EINVAL for NULL. */
CTREND_API int ctrend_design_set_intercept(ctrend_design *d, int on);
/** Add "trend" (1..n). CTREND_EDUPLICATE if already present. */
CTREND_API int ctrend_design_add_trend(ctrend_design *d);
/** Add k_pairs Fourier pairs (1..CTREND_DESIGN_MAX_FOURIER, else CTREND_EINVAL). */
CTREND_API int ctrend_design_add_fourier(ctrend_design *d, size_t k_pairs);
/** Add month-of-year dummies (11 with intercept, 12 without). */
CTREND_API int ctrend_design_add_month_dummies(ctrend_design *d);
/**
 * Add a step (level shift) at month `month` (any month; outside the window the column is
 * constant and the fit reports CTREND_ESINGULAR). name: NULL = "step"; copied.
 * CTREND_EDUPLICATE if the name is taken, CTREND_EINVAL, CTREND_ENOMEM.
 */
CTREND_API int ctrend_design_add_step(ctrend_design *d, int32_t month, const char *name);
/** Add a slope change max(0, m - month). name: NULL = "slope". Codes as add_step. */
CTREND_API int ctrend_design_add_slope_change(ctrend_design *d, int32_t month, const char *name);
/**
 * Add a covariate column: x has n values (n must equal the window length, else
 * CTREND_EINVAL); NaN = missing (row dropped by fits); +-Inf is CTREND_EDOMAIN.
 * name is copied (CTREND_EDUPLICATE if taken).
 */
CTREND_API int ctrend_design_add_column(ctrend_design *d, const char *name, const double *x,
                                        size_t n);
/**
 * Future values of covariate `name` for the months after the window (h values, h >= 1).
 * Horizons beyond h (or all, if never set) carry the last available value forward.
 * CTREND_ENOTFOUND (no such covariate), CTREND_EINVAL, CTREND_EDOMAIN (NaN/Inf), CTREND_ENOMEM.
 */
CTREND_API int ctrend_design_set_future_column(ctrend_design *d, const char *name,
                                               const double *x, size_t h);
/** Add log(days in month) to the offset (on = 1) or not (0, default). */
CTREND_API int ctrend_design_set_offset_days(ctrend_design *d, int on);
/**
 * Caller's log-exposure offset, n values for the window (e.g. log(population)). NaN =
 * missing; +-Inf is CTREND_EDOMAIN. Passing x = NULL removes it.
 */
CTREND_API int ctrend_design_set_offset(ctrend_design *d, const double *log_exposure, size_t n);
/** Future log exposure (h values); beyond h the last value is carried forward. */
CTREND_API int ctrend_design_set_future_offset(ctrend_design *d, const double *log_exposure,
                                               size_t h);

/** Number of columns p. 0 for NULL. */
CTREND_API size_t ctrend_design_ncol(const ctrend_design *d);
/** Window length n. 0 for NULL. */
CTREND_API size_t ctrend_design_nrow(const ctrend_design *d);
/** First month of the window into *month. CTREND_EINVAL (NULL d or month). */
CTREND_API int ctrend_design_start(const ctrend_design *d, int32_t *month);
/** Name of column j into *name (borrowed, valid until ctrend_design_free). CTREND_EINVAL
 *  (NULL d or name), CTREND_ERANGE (j >= ncol; *name unchanged). */
CTREND_API int ctrend_design_col_name(const ctrend_design *d, size_t j, const char **name);
/** Index of the column called name. CTREND_ENOTFOUND, CTREND_EINVAL. */
CTREND_API int ctrend_design_find(const ctrend_design *d, const char *name, size_t *j);
/**
 * Model matrix rows `first`..`first+rows-1`, row-major into out (caller owns, cap values),
 * and the offset into off (caller owns, off_cap values, rows of them written; off = NULL:
 * not wanted). Row i is month start+i; rows >= n are the future (trend continues,
 * covariates as documented above). *needed (may be NULL) receives rows * p; out = NULL is a
 * size query (returns CTREND_OK, writes nothing).
 * CTREND_EINVAL (NULL d), CTREND_ERANGE (cap < rows * p, off given with off_cap < rows, or
 * rows * p overflows: nothing is written).
 */
CTREND_API int ctrend_design_matrix(const ctrend_design *d, size_t first, size_t rows,
                                    double *out, size_t cap, double *off, size_t off_cap,
                                    size_t *needed);

/* ---- 1.0: exposure (docs/api.md conventions) ---------------------------------------- */

/**
 * Offset log(exposure) from an exposure series (n values for the window, e.g. a population
 * or a number of days at risk): the model is then a rate per unit of exposure, as R's
 * glm(y ~ ..., offset = log(exposure)). Replaces an offset set by ctrend_design_set_offset
 * (log(days) of set_offset_days still adds on top). The rule for values that have no
 * logarithm: NaN (missing) exposure makes that month missing (the fit drops the row, as a
 * NaN count; predictions there are NaN); an exposure <= 0 or +-Inf is refused, never turned
 * into a silent 0 or -Inf. Forecast months carry the last log exposure forward unless
 * ctrend_design_set_future_offset says otherwise.
 * Returns CTREND_OK (err cleared), or, with err filled (may be NULL; nothing changed):
 *   CTREND_EINVAL  d or exposure NULL, n != ctrend_design_nrow(d)
 *   CTREND_EDOMAIN an exposure <= 0 or infinite; err->message names the value and month
 *   CTREND_ENOMEM
 */
CTREND_API int ctrend_design_set_exposure(ctrend_design *d, const double *exposure, size_t n,
                                          ctrend_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_DESIGN_H */
