/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/change.h — changes between months: percentage change at a lag, percentage change
 * versus the mean of the previous k months, absolute difference, ratio, and share of a total.
 *
 * Conventions shared by every function here:
 *   - Input `const double *x, size_t n` is a run of consecutive months; NaN = missing.
 *     Inputs are never modified. +-Inf is rejected (CTREND_EDOMAIN).
 *   - out: caller-owned, n doubles. reason: caller-owned, n int32_t, or NULL if not wanted.
 *     Where a result is undefined, out[t] is NaN and reason[t] says why (ctrend_undef_reason);
 *     where it is defined, reason[t] = CTREND_DEFINED. Never +-Inf, and never a value
 *     computed across a gap by carrying an earlier value forward.
 *   - The base ("denominator") months of position t are x[t-lag] (lag forms) or
 *     x[t-k .. t-1] (vs-mean form). Months before x[0] are unknown. When several reasons
 *     apply, the first in this order is reported:
 *        NO_HISTORY       no base month lies inside the array (t < lag; t = 0 for vs-mean);
 *        MISSING_CURRENT  x[t] is NaN;
 *        MISSING_BASE     a base month is NaN, or (vs-mean) some base months lie before x[0]
 *                         while others are inside (e.g. Feb vs mean(Dec, Jan) when the data
 *                         start in January: December is missing);
 *        ZERO_BASE        the base value (or base mean, or total) is exactly 0;
 *        OVERFLOW         (value 5, appended after the others) all values are present and finite, but the
 *                         result computed in double, 100*(x[t] - b)/b, x[t] - b, x[t]/b or
 *                         100*part/total (intermediates included), is +-Inf: only for
 *                         values far outside counts (near 1e308, or a huge value over a
 *                         base near 1e-300). Never occurs for |x| <= 2^53 with a base >= 1.
 *   - O(n) time whatever the lag/k, no allocation (CTREND_ENOMEM is never returned).
 *   - out must not overlap x (out == x gives CTREND_EINVAL).
 *   - Thread safety: pure functions on caller memory.
 *   - On error nothing is written.
 *
 * Differences from pandas Series.pct_change(periods=lag) (pandas 1.5):
 *   pandas first fills gaps with fill_method='pad', so a NaN month takes the previous
 *   month's value and the change "across" it is computed; a zero base gives +-inf (or NaN
 *   for 0/0). Here a missing current or base month is undefined (MISSING_*), and a zero
 *   base is undefined (ZERO_BASE). pandas with fill_method=None agrees with us except that
 *   it returns inf/NaN for zero bases. R's hand formula 100*(x - lag(x))/lag(x) gives
 *   NA for missing values and Inf/NaN for zero bases.
 */
#ifndef CTREND_CHANGE_H
#define CTREND_CHANGE_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Why a change is undefined. Values are PINNED (bindings may hard-code them). */
typedef enum ctrend_undef_reason {
    CTREND_DEFINED = 0,
    CTREND_UNDEF_NO_HISTORY = 1,
    CTREND_UNDEF_MISSING_CURRENT = 2,
    CTREND_UNDEF_MISSING_BASE = 3,
    CTREND_UNDEF_ZERO_BASE = 4,
    CTREND_UNDEF_OVERFLOW = 5
} ctrend_undef_reason;

/** Number of ctrend_undef_reason values (6); a getter for bindings. */
CTREND_API int ctrend_change_reason_count(void);

/**
 * Static English text for a reason, e.g. "base value is zero"; "unknown reason" for values
 * outside the enum. Never NULL; static storage (do not free).
 */
CTREND_API const char *ctrend_change_reason_string(int reason);

/** Static symbolic name, e.g. "CTREND_UNDEF_ZERO_BASE"; "CTREND_UNDEF_UNKNOWN" otherwise. */
CTREND_API const char *ctrend_change_reason_name(int reason);

/**
 * Percentage change at a lag: out[t] = 100*(x[t] - x[t-lag]) / x[t-lag], in percent.
 * lag >= 1 (1 = month over month, 12 = year over year).
 * Returns CTREND_OK; CTREND_EINVAL (lag 0; x/out NULL while n > 0; out == x);
 * CTREND_EDOMAIN (an infinite value).
 */
CTREND_API int ctrend_change_pct(const double *x, size_t n, size_t lag, double *out,
                                 int32_t *reason);

/**
 * Percentage change versus the mean of the previous k months (the form "down 50% compared
 * to the previous 2 months"): out[t] = 100*(x[t] - m)/m, m = mean(x[t-k .. t-1]), in
 * percent. All k base months must be present: if any of them is missing (NaN, or before
 * x[0]) the result is undefined (MISSING_BASE; NO_HISTORY at t = 0) — a partial mean is
 * never used. k = 1 equals ctrend_change_pct with lag 1.
 * Returns CTREND_OK; CTREND_EINVAL (k 0; x/out NULL while n > 0; out == x); CTREND_EDOMAIN
 * (an infinite value, or the sum of k base months overflows the double range: see
 * ctrend_rolling_mean; impossible for counts).
 */
CTREND_API int ctrend_change_pct_vs_mean(const double *x, size_t n, size_t k, double *out,
                                         int32_t *reason);

/**
 * Absolute difference at a lag: out[t] = x[t] - x[t-lag] (same unit as x). A zero base is
 * fine here (ZERO_BASE never occurs). Same status codes as ctrend_change_pct.
 */
CTREND_API int ctrend_change_diff(const double *x, size_t n, size_t lag, double *out,
                                  int32_t *reason);

/**
 * Ratio at a lag: out[t] = x[t] / x[t-lag] (dimensionless; 1 = no change). Undefined
 * reasons as for ctrend_change_pct. Same status codes as ctrend_change_pct.
 */
CTREND_API int ctrend_change_ratio(const double *x, size_t n, size_t lag, double *out,
                                   int32_t *reason);

/**
 * Share of a total, month by month: out[t] = 100*part[t]/total[t], in percent.
 * Undefined: part[t] NaN -> MISSING_CURRENT; total[t] NaN -> MISSING_BASE;
 * total[t] == 0 -> ZERO_BASE (NO_HISTORY never occurs). The values are not checked for
 * part <= total (a share over 100% is returned as computed).
 * out: caller-owned, n doubles; reason: n int32_t or NULL.
 * Returns CTREND_OK; CTREND_EINVAL (NULL part/total/out while n > 0, out == part or
 * out == total); CTREND_EDOMAIN (an infinite value).
 */
CTREND_API int ctrend_change_share(const double *part, const double *total, size_t n, double *out,
                            int32_t *reason);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_CHANGE_H */
