/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * aggregate.c — per-day rates and calendar-period sums.
 *
 * Per-day rates divide by the Gregorian days of each month (ctrend_month_days): a
 * February with 28 days otherwise looks ~10% "quieter" than a 31-day month at the same
 * daily rate (28/31 = 0.903), which matters when a claim compares January with February.
 *
 * Calendar sums: periods are aligned to January (period_months divides 12), so the period of
 * month m starts at m - ((m mod 12) mod p). Months of a period outside the input are
 * treated as missing: a quarter of which only Feb and Mar are observed is not a quarter's
 * total, so it is NaN unless the caller explicitly allows partial sums (then it is the sum
 * of what is present, as pandas' resample("QS").sum(min_count=1) would give; pandas'
 * default min_count=0 would turn an all-missing quarter into 0, which we never do).
 * Each period sums at most 12 values; compensated (Neumaier) summation keeps that exact for
 * integers below 2^53 and within ~1 ulp otherwise.
 */
#include <float.h>
#include <math.h>
#include "ctrend/aggregate.h"
#include "ctrend/month.h"

#define MONTH_INDEX_MIN ((int64_t)CTREND_YEAR_MIN * 12)
#define MONTH_INDEX_MAX ((int64_t)CTREND_YEAR_MAX * 12 + 11)

static int has_inf(const double *x, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (isinf(x[i])) return 1;
    return 0;
}

/* The months start .. start+n-1 all inside the supported calendar? (n >= 1) */
static int span_ok(int32_t start, size_t n)
{
    if ((int64_t)start < MONTH_INDEX_MIN || (int64_t)start > MONTH_INDEX_MAX) return 0;
    return (uint64_t)(n - 1) <= (uint64_t)(MONTH_INDEX_MAX - (int64_t)start);
}

int ctrend_aggregate_per_day(const double *x, size_t n, int32_t start_month, double *out)
{
    if (n == 0) return CTREND_OK;
    if (!x || !out || out == x) return CTREND_EINVAL;
    if (!span_ok(start_month, n)) return CTREND_ERANGE;
    if (has_inf(x, n)) return CTREND_EDOMAIN;
    for (size_t t = 0; t < n; ++t) {
        const int32_t m = (int32_t)((int64_t)start_month + (int64_t)t);
        out[t] = x[t] / (double)ctrend_month_days(m); /* NaN stays NaN */
    }
    return CTREND_OK;
}

static int32_t period_start(int32_t month, int32_t p)
{
    return month - (month % 12) % p; /* month >= 12 > 0 here, so % is the floor modulo */
}

/* Sum of period j (months first + j*p .. + p-1), NaN unless defined (see the header). */
static double period_sum(const double *x, size_t n, int32_t start_month, int32_t first, int32_t p,
                         size_t j, int allow_missing)
{
    double s = 0.0, c = 0.0;
    size_t present = 0, missing = 0;
    for (int32_t k = 0; k < p; ++k) {
        /* position of this month in x; negative or >= n means outside the input */
        const int64_t i = (int64_t)first + (int64_t)j * p + k - (int64_t)start_month;
        const double v = (i >= 0 && (uint64_t)i < (uint64_t)n) ? x[i] : NAN;
        if (isnan(v)) { ++missing; continue; }
        const double t = s + v; /* Neumaier step */
        c += (fabs(s) >= fabs(v)) ? (s - t) + v : (v - t) + s;
        s = t;
        ++present;
    }
    const int defined = present > 0 && (missing == 0 || allow_missing);
    return defined ? s + c : NAN;
}

int ctrend_aggregate_periods(const double *x, size_t n, int32_t start_month,
                             size_t period_months, int allow_missing, double *out, size_t cap,
                             size_t *needed_out, int32_t *first_period_month)
{
    if (period_months == 0 || period_months > 12 || 12 % period_months != 0)
        return CTREND_EINVAL;
    if (n > 0 && (!x || (out && out == x))) return CTREND_EINVAL;
    if (!span_ok(start_month, n ? n : 1)) return CTREND_ERANGE;

    const int32_t p = (int32_t)period_months;
    const int32_t first = period_start(start_month, p);
    size_t needed = 0;
    if (n > 0) {
        const int32_t last = (int32_t)((int64_t)start_month + (int64_t)(n - 1));
        needed = (size_t)((period_start(last, p) - first) / p) + 1;
    }
    if (needed_out) *needed_out = needed;
    if (first_period_month) *first_period_month = first;
    if (!out) return CTREND_OK;
    if (cap < needed) return CTREND_ERANGE;
    if (has_inf(x, n)) return CTREND_EDOMAIN;

    /* Counts cannot overflow a 12-month sum; values near DBL_MAX can: then every period is
     * checked first, so that an overflow returns CTREND_EDOMAIN with nothing written. */
    double big = 0.0;
    for (size_t i = 0; i < n; ++i)
        if (fabs(x[i]) > big) big = fabs(x[i]);
    if (big > DBL_MAX / 16.0)
        for (size_t j = 0; j < needed; ++j)
            if (!isfinite(period_sum(x, n, start_month, first, p, j, 1))) return CTREND_EDOMAIN;
    for (size_t j = 0; j < needed; ++j)
        out[j] = period_sum(x, n, start_month, first, p, j, allow_missing);
    return CTREND_OK;
}
