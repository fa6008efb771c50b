/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/rolling.h — rolling (moving-window) sums and means, and cumulative sums,
 * on plain arrays of monthly values.
 *
 * Conventions shared by every function here:
 *   - Input is `const double *x, size_t n`; NaN means "missing" (never zero). The input is
 *     never modified. +-Inf is rejected (CTREND_EDOMAIN): counts are finite.
 *   - Output is a caller-owned array of n doubles; NaN in the output means "not defined".
 *     The output must not overlap the input (out == x is rejected with CTREND_EINVAL;
 *     partial overlap is undefined behaviour and cannot be detected).
 *   - Cost is O(n) time whatever the window, O(1) extra memory; nothing is allocated,
 *     so CTREND_ENOMEM is never returned.
 *   - Thread safety: pure functions on caller memory; safe to call concurrently.
 *   - On error nothing is written to the output (when a sum may overflow, every window is
 *     checked in a first pass before anything is written, so such inputs cost 2x).
 */
#ifndef CTREND_ROLLING_H
#define CTREND_ROLLING_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Where the window of length w sits relative to the output position t (values pinned).
 *   CTREND_ALIGN_TRAILING      x[t-w+1 .. t]  (R zoo::rollmeanr / align="right", pandas default).
 *   CTREND_ALIGN_CENTRED       x[t-floor(w/2) .. t+w-1-floor(w/2)]  (pandas rolling(center=True)).
 *                              Odd w: symmetric. Even w: one month MORE BEFORE t than after
 *                              (w = 4: t-2..t+1).
 *   CTREND_ALIGN_CENTRED_ZOO   x[t-floor((w-1)/2) .. t+ceil((w-1)/2)]  (R zoo align="center").
 *                              Same as CTREND_ALIGN_CENTRED for odd w. Even w: one month MORE
 *                              AFTER t than before (w = 4: t-1..t+2) — pandas and zoo differ
 *                              by one position for even windows.
 */
typedef enum ctrend_align {
    CTREND_ALIGN_TRAILING = 0,
    CTREND_ALIGN_CENTRED = 1,
    CTREND_ALIGN_CENTRED_ZOO = 2
} ctrend_align;

/**
 * Rolling mean: out[t] = mean of the non-missing values of x in the window at t (see
 * ctrend_align); window positions outside 0..n-1 simply hold no value.
 * x, n:        input (n may be 0; then nothing is written).
 * window:      window length in months, >= 1.
 * align:       a ctrend_align value.
 * min_periods: minimum number of non-missing values in the window for a defined result;
 *              0 means "= window" (pandas' default min_periods=None, zoo's fill=NA): then
 *              any missing value in the window, or any window position outside the array,
 *              gives NaN. Must be <= window.
 * out:         caller-owned, n doubles. Windows with fewer than min_periods values are NaN.
 * Returns CTREND_OK; CTREND_EINVAL (x or out NULL while n > 0, out == x, window 0,
 * min_periods > window, align not a ctrend_align value); CTREND_EDOMAIN (an infinite value,
 * or a window sum that leaves the double range: possible only when some |x| exceeds
 * DBL_MAX/(window+2), e.g. two values of 1e308 in one window; never for counts). The mean
 * is computed from the window sum, so it is CTREND_EDOMAIN too when that sum overflows.
 * Same as pandas Series.rolling(window, min_periods, center).mean() (up to the even-window
 * alignment choice above) and, with min_periods = 0, zoo::rollmean(x, k, fill = NA, align).
 */
CTREND_API int ctrend_rolling_mean(const double *x, size_t n, size_t window, int align,
                                   size_t min_periods, double *out);

/**
 * Rolling sum: as ctrend_rolling_mean, but out[t] is the sum of the non-missing values in
 * the window (pandas .rolling(...).sum(); R zoo::rollsumr with fill = NA). A window with
 * fewer than min_periods non-missing values is NaN — missing is never summed as zero.
 * The sum is compensated (Neumaier) and re-accumulated every `window` steps, so it does
 * not drift over long series (agreement with a fresh per-window sum to ~1e-15 relative).
 * A window whose present values are all zero sums to exactly +0 (never a rounding residue
 * of larger values that have left the window, nor -0).
 * Same arguments and status codes as ctrend_rolling_mean.
 */
CTREND_API int ctrend_rolling_sum(const double *x, size_t n, size_t window, int align,
                                  size_t min_periods, double *out);

/**
 * Cumulative sum skipping missing values, as pandas Series.cumsum(skipna=True):
 * out[t] = NaN where x[t] is NaN, otherwise the sum of all non-missing x[0..t]; the
 * running total continues across NaN holes. (R's cumsum() instead turns everything after
 * the first NA into NA.) Compensated (Neumaier) summation.
 * out: caller-owned, n doubles.
 * Returns CTREND_OK; CTREND_EINVAL (NULL x/out with n > 0, out == x); CTREND_EDOMAIN (Inf,
 * or a running total that leaves the double range, e.g. 1e308 + 1e308; never for counts).
 */
CTREND_API int ctrend_rolling_cumsum(const double *x, size_t n, double *out);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_ROLLING_H */
