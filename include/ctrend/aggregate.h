/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/aggregate.h — calendar-aware transforms of a monthly series: per-day rates and
 * sums over calendar quarters / years.
 *
 * Conventions: `const double *x, size_t n` holds consecutive months starting at the month
 * index `start_month` (see ctrend/month.h: year*12 + month-1); NaN = missing; inputs are
 * never modified; outputs are caller-owned; no allocation (CTREND_ENOMEM never returned);
 * pure and thread-safe; on error nothing is written to out (the size outputs may be set,
 * as documented). +-Inf is rejected (CTREND_EDOMAIN).
 */
#ifndef CTREND_AGGREGATE_H
#define CTREND_AGGREGATE_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Per-day rate: out[t] = x[t] / ctrend_month_days(start_month + t) (counts per day; leap
 * Februaries have 29 days). NaN stays NaN. Use it to remove the 28-vs-31-day artefact before
 * computing changes (then pass `out` to the ctrend_change_* functions).
 * out: caller-owned, n doubles, must not be x.
 * Returns CTREND_OK; CTREND_EINVAL (NULL x/out while n > 0, out == x); CTREND_ERANGE
 * (a month of the span start_month .. start_month+n-1 outside years
 * CTREND_YEAR_MIN..CTREND_YEAR_MAX); CTREND_EDOMAIN (an infinite value).
 */
CTREND_API int ctrend_aggregate_per_day(const double *x, size_t n, int32_t start_month,
                                        double *out);

/**
 * Sums over calendar periods of period_months months, aligned to the calendar year:
 * period_months = 3 gives quarters Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec; 12 gives calendar
 * years; 1, 2, 4 and 6 are also accepted (all divisors of 12). The output covers every
 * period that contains at least one month of the input: from the period containing
 * start_month to the period containing the last month.
 *
 * Missing months: months of a period that lie outside the input (a partial first or last
 * period) count as MISSING, like NaN months. A period with any missing month is NaN unless
 * allow_missing != 0; then it is the sum of its present months, and NaN only if none is
 * present. (Missing is never summed as zero.)
 *
 * out:   caller-owned, cap doubles; NULL = size query (only *needed and
 *        *first_period_month are set).
 * needed: may be NULL; receives the number of periods (also on CTREND_ERANGE).
 * first_period_month: may be NULL; receives the month index of the first month of the
 *        first period (e.g. January 2022 for quarterly sums of data starting Feb 2022).
 * Returns CTREND_OK; CTREND_EINVAL (x NULL while n > 0, out == x,
 * period_months not a divisor of 12); CTREND_ERANGE (cap < number of periods, or months
 * outside CTREND_YEAR_MIN..CTREND_YEAR_MAX); CTREND_EDOMAIN (an infinite value, or a period sum
 * that overflows a double; nothing is written then).
 * n = 0 gives 0 periods.
 */
CTREND_API int ctrend_aggregate_periods(const double *x, size_t n, int32_t start_month,
                                        size_t period_months, int allow_missing, double *out,
                                        size_t cap, size_t *needed,
                                        int32_t *first_period_month);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_AGGREGATE_H */
