/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_transforms.c — rolling sums/means, cumulative sums, changes, shares, per-day rates and
 * calendar aggregation on arbitrary series.
 *
 * Input layout: byte 0 picks the function, bytes 1-4 its parameters (window/lag/k 1..40 or
 * huge, alignment, min_periods, start month, period), then each byte is one month's value
 * from a palette: NaN holes, zeros, small counts, fractions, 1e9-scale counts, 2^53, and
 * (rarely) +-Inf and negatives. Byte 4 picks one of four palettes (see palette()): counts up to
 * 2^53, fractions, both mixed (values more than 2^53 apart in one window), and the full double
 * range (+-1e308, DBL_MAX, 1e-300, DBL_MIN). The full range is not used for
 * ctrend_aggregate_periods, whose period sums can still overflow (lib/aggregate.c, reported).
 *
 * Promises checked (include/ctrend/{rolling,change,aggregate}.h): an infinite input gives
 * CTREND_EDOMAIN and writes nothing; a finite input gives CTREND_OK, except that a rolling or
 * cumulative sum whose window (prefix) sum of |x| reaches DBL_MAX may give CTREND_EDOMAIN (and
 * then writes nothing); nothing is ever +-Inf; NaN exactly where the result is undefined (with
 * the documented reason: OVERFLOW where the result, or the documented intermediate
 * 100*(x - b), leaves the double range); a window whose present values are all zero sums to
 * exactly +0; defined values agree with a naive long double recomputation (rolling sums within
 * 1e-12 of sum |x| over the last three windows (the compensated sum's error bound), cumulative
 * sums within 1e-12 of sum |x|; means inside the window's range (same slack); changes and
 * ratios within 1e-12 of (|x| + |base|)/|base| (in percent for changes); shares within 1e-12
 * relative).
 */
#include <float.h>
#include <math.h>
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"

#define MAXN 512
#define SENT (-12345.0)

/* mode (byte 4 % 4): 0 counts (2^53, 4, 1e12), 1 fractions (1e12 + 0.25, 0.5, 1e-3), 2 mixed
 * (2^53, 0.5, 1e-3: more than 2^53 apart, which used to leave a ~1e-16 residue in later
 * all-zero windows), 3 the full double range. */
static int mode;

static double palette(unsigned b)
{
    static const double p8[4] = {9007199254740992.0, 1e12 + 0.25, 9007199254740992.0, 1e308};
    static const double p9[4] = {4.0, 0.5, 0.5, 1e-300};
    static const double p10[4] = {1e12, 1e-3, 1e-3, -1e308};
    switch (b % 32) {
    case 8: return p8[mode];
    case 9: return p9[mode];
    case 10: return p10[mode];
    case 0: case 1: case 2: return NAN;
    case 3: case 4: case 5: return 0.0;
    case 6: return 1e9;
    case 7: return 1e9 + 1;
    case 11: return b == 11 ? INFINITY : 2.0; /* inf only for byte value 11 */
    case 12: return b == 12 ? -INFINITY : 3.0;
    case 13: return -1.0;
    case 14: return mode == 3 ? DBL_MAX : 0.0;
    case 15: return mode == 3 ? DBL_MIN : 1.0; /* smallest normal (subnormal means lose digits) */
    default: return (double)(b % 32 - 14); /* 0..17 */
    }
}

static int all_sentinel(const double *out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (out[i] != SENT) return 0;
    return 1;
}

static int close_ld(double got, long double want, long double scale, long double rtol)
{
    return fabsl((long double)got - want) <= rtol * scale + 1e-300L;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5) return 0;
    const unsigned fn = data[0] % 9;
    const unsigned p1 = data[1], p2 = data[2], p3 = data[3], p4 = data[4];
    mode = (int)(p4 % 4u);
    if (fn == 8 && mode == 3) mode = 2; /* aggregation: count-like range only (see above) */
    size_t n = size - 5;
    if (n > MAXN) n = MAXN;
    double x[MAXN], y[MAXN], out[MAXN + 1];
    int32_t reason[MAXN + 1];
    int has_inf = 0;
    for (size_t i = 0; i < n; ++i) {
        x[i] = palette(data[5 + i]);
        y[i] = palette((unsigned)data[5 + i] * 7u + 3u); /* a second series for shares */
        if (isinf(x[i])) has_inf = 1;
    }
    for (size_t i = 0; i <= MAXN; ++i) { out[i] = SENT; reason[i] = -99; }
    const size_t w = p1 == 255 ? SIZE_MAX : (size_t)(p1 % 40) + 1;
    const int align = (int)(p2 % 3);
    size_t minp = (size_t)(p3 % 4);
    if (minp > w) minp = w;
    int rc;
    switch (fn) {
    case 0: case 1: { /* rolling sum / mean */
        rc = fn == 0 ? ctrend_rolling_sum(x, n, w, align, minp, out) : ctrend_rolling_mean(x, n, w, align, minp, out);
        if (has_inf) { FUZZ_CHECK(rc == CTREND_EDOMAIN && all_sentinel(out, n)); break; }
        const size_t need = minp ? minp : w;
        const size_t before = align == CTREND_ALIGN_TRAILING ? w - 1
                            : align == CTREND_ALIGN_CENTRED ? w / 2 : (w - 1) / 2;
        const size_t after = w - 1 - before;
        if (rc == CTREND_EDOMAIN) { /* only if some window sum can reach the double range */
            FUZZ_CHECK(all_sentinel(out, n));
            int possible = 0;
            for (size_t t = 0; t < n && !possible; ++t) {
                const size_t lo = t >= before ? t - before : 0;
                const size_t hi = (after >= n - t) ? n : t + after + 1;
                long double sa = 0;
                for (size_t j = lo > 0 ? lo - 1 : 0; j < hi; ++j) if (!isnan(x[j])) sa += fabs(x[j]);
                possible = sa >= (long double)DBL_MAX * (1 - 1e-12L);
            }
            FUZZ_CHECK(possible);
            break;
        }
        FUZZ_CHECK(rc == CTREND_OK);
        FUZZ_CHECK(out[n] == SENT);
        for (size_t t = 0; t < n; ++t) {
            const size_t lo = t >= before ? t - before : 0;
            const size_t hi = (after >= n - t) ? n : t + after + 1;
            const int outside = (before > t) || (after > n - 1 - t);
            long double s = 0, sa = 0, sa3 = 0, mn = INFINITY, mx = -INFINITY;
            size_t cnt = 0;
            for (size_t j = lo; j < hi; ++j) {
                if (isnan(x[j])) continue;
                s += x[j]; sa += fabs(x[j]); ++cnt;
                if (x[j] < mn) mn = x[j];
                if (x[j] > mx) mx = x[j];
            }
            /* the compensated sum's error is bounded by the values of the last ~2 windows */
            const size_t lo3 = (w <= MAXN && lo >= 2 * w) ? lo - 2 * w : 0;
            for (size_t j = lo3; j < hi; ++j) if (!isnan(x[j])) sa3 += fabs(x[j]);
            const int defined = cnt > 0 && cnt >= need && !(minp == 0 && (outside || cnt < w));
            FUZZ_CHECK(!isinf(out[t]));
            if (!defined) { FUZZ_CHECK(isnan(out[t])); continue; }
            FUZZ_CHECK(!isnan(out[t]));
            if (sa == 0) { FUZZ_CHECK(out[t] == 0.0 && !signbit(out[t])); continue; } /* all zeros: exactly +0 */
            if (fn == 0) FUZZ_CHECK(close_ld(out[t], s, sa3, 1e-12L));
            else {
                const long double slack = 1e-9L * fmaxl(fabsl(mn), fabsl(mx)) + 1e-12L * sa3 / (long double)cnt;
                FUZZ_CHECK((long double)out[t] >= mn - slack && (long double)out[t] <= mx + slack);
            }
        }
        break;
    }
    case 2: { /* cumsum */
        rc = ctrend_rolling_cumsum(x, n, out);
        if (has_inf) { FUZZ_CHECK(rc == CTREND_EDOMAIN && all_sentinel(out, n)); break; }
        long double s = 0, sa = 0;
        if (rc == CTREND_EDOMAIN) { /* only if the total of |x| reaches the double range */
            FUZZ_CHECK(all_sentinel(out, n));
            for (size_t t = 0; t < n; ++t) if (!isnan(x[t])) sa += fabs(x[t]);
            FUZZ_CHECK(sa >= (long double)DBL_MAX * (1 - 1e-12L));
            break;
        }
        FUZZ_CHECK(rc == CTREND_OK);
        for (size_t t = 0; t < n; ++t) {
            if (isnan(x[t])) { FUZZ_CHECK(isnan(out[t])); continue; }
            s += x[t]; sa += fabs(x[t]);
            FUZZ_CHECK(!isinf(out[t]));
            FUZZ_CHECK(close_ld(out[t], s, sa, 1e-12L));
        }
        break;
    }
    case 3: case 4: case 5: case 6: { /* pct, vs-mean, diff, ratio */
        const size_t lag = (size_t)(p1 % 15) + 1;
        if (fn == 3) rc = ctrend_change_pct(x, n, lag, out, reason);
        else if (fn == 4) rc = ctrend_change_pct_vs_mean(x, n, lag, out, reason);
        else if (fn == 5) rc = ctrend_change_diff(x, n, lag, out, reason);
        else rc = ctrend_change_ratio(x, n, lag, out, reason);
        if (has_inf) { FUZZ_CHECK(rc == CTREND_EDOMAIN && all_sentinel(out, n)); break; }
        if (fn == 4 && rc == CTREND_EDOMAIN) { /* the base mean's window sum overflows */
            FUZZ_CHECK(all_sentinel(out, n));
            int possible = 0;
            for (size_t t = 0; t < n && !possible; ++t) {
                long double sa = 0;
                for (size_t j = t >= lag ? t - lag : 0; j <= t; ++j) if (!isnan(x[j])) sa += fabs(x[j]);
                possible = sa >= (long double)DBL_MAX * (1 - 1e-12L);
            }
            FUZZ_CHECK(possible);
            break;
        }
        FUZZ_CHECK(rc == CTREND_OK);
        FUZZ_CHECK(out[n] == SENT && reason[n] == -99);
        for (size_t t = 0; t < n; ++t) {
            FUZZ_CHECK(!isinf(out[t]));
            int want_reason;
            long double base = 0, base_sa3 = 0;
            if (t < lag && (fn != 4 || t == 0)) want_reason = CTREND_UNDEF_NO_HISTORY;
            else if (isnan(x[t])) want_reason = CTREND_UNDEF_MISSING_CURRENT;
            else if (fn == 4) {
                want_reason = t < lag ? CTREND_UNDEF_MISSING_BASE : CTREND_DEFINED;
                for (size_t j = t >= lag ? t - lag : 0; j < t && want_reason == CTREND_DEFINED; ++j) {
                    if (isnan(x[j])) want_reason = CTREND_UNDEF_MISSING_BASE;
                    else base += x[j];
                }
                base /= (long double)lag;
                if (want_reason == CTREND_DEFINED && base == 0) want_reason = CTREND_UNDEF_ZERO_BASE;
                /* the rolling mean's error bound: the values of the last ~3 windows */
                for (size_t j = t >= 3 * lag ? t - 3 * lag : 0; j < t; ++j)
                    if (!isnan(x[j])) base_sa3 += fabs(x[j]);
            } else {
                base = x[t - lag];
                want_reason = isnan(x[t - lag]) ? CTREND_UNDEF_MISSING_BASE
                            : (fn != 5 && base == 0) ? CTREND_UNDEF_ZERO_BASE : CTREND_DEFINED;
            }
            if (fn == 4 && want_reason != CTREND_UNDEF_NO_HISTORY && want_reason != CTREND_UNDEF_MISSING_CURRENT &&
                want_reason != CTREND_UNDEF_MISSING_BASE && base_sa3 * 1e-12L >= fabsl(base) * 1e-6L) {
                /* full range: the base mean may be dominated by rounding of far larger values
                 * that left the window (within the documented bound); only the reason set and
                 * "never +-Inf" can be checked */
                FUZZ_CHECK(reason[t] == CTREND_DEFINED || reason[t] == CTREND_UNDEF_ZERO_BASE ||
                           reason[t] == CTREND_UNDEF_OVERFLOW);
                FUZZ_CHECK(reason[t] == CTREND_DEFINED ? !isnan(out[t]) : isnan(out[t]));
                continue;
            }
            if (want_reason != CTREND_DEFINED) {
                FUZZ_CHECK(reason[t] == want_reason);
                FUZZ_CHECK(isnan(out[t]));
                continue;
            }
            long double want, inter;
            if (fn == 5) want = inter = (long double)x[t] - base;
            else if (fn == 6) want = inter = (long double)x[t] / base;
            else {
                inter = 100.0L * ((long double)x[t] - base);
                want = inter / base;
            }
            const long double big = fmaxl(fabsl(want), fabsl(inter));
            const long double lim = (long double)DBL_MAX;
            if (big > lim * (1 + 1e-12L)) { /* not representable: undefined, OVERFLOW */
                FUZZ_CHECK(reason[t] == CTREND_UNDEF_OVERFLOW && isnan(out[t]));
                continue;
            }
            if (big >= lim * (1 - 1e-12L)) { /* at the edge: either */
                FUZZ_CHECK(reason[t] == CTREND_DEFINED || reason[t] == CTREND_UNDEF_OVERFLOW);
                if (reason[t] == CTREND_UNDEF_OVERFLOW) { FUZZ_CHECK(isnan(out[t])); continue; }
            }
            FUZZ_CHECK(reason[t] == CTREND_DEFINED);
            /* scale: the rounding of x[t] - base (and of the mean) relative to the base, so a
             * tiny change between two 1e9 counts is judged in percentage points, not relative
             * to itself (cancellation is inherent, as in R's 100*(x - m)/m) */
            const long double mag = fabsl((long double)x[t]) + fabsl(base) + base_sa3;
            const long double scale = fn == 5 ? mag : (fn == 6 ? 1.0L : 100.0L) * mag / fabsl(base);
            FUZZ_CHECK(close_ld(out[t], want, scale, 1e-12L));
        }
        break;
    }
    case 7: { /* share */
        int inf2 = has_inf;
        for (size_t i = 0; i < n; ++i) if (isinf(y[i])) inf2 = 1;
        rc = ctrend_change_share(x, y, n, out, reason);
        if (inf2) { FUZZ_CHECK(rc == CTREND_EDOMAIN && all_sentinel(out, n)); break; }
        FUZZ_CHECK(rc == CTREND_OK);
        for (size_t t = 0; t < n; ++t) {
            FUZZ_CHECK(!isinf(out[t]));
            int want_reason = isnan(x[t]) ? CTREND_UNDEF_MISSING_CURRENT
                            : isnan(y[t]) ? CTREND_UNDEF_MISSING_BASE
                            : y[t] == 0 ? CTREND_UNDEF_ZERO_BASE : CTREND_DEFINED;
            if (want_reason == CTREND_DEFINED) {
                const long double want = 100.0L * x[t] / y[t];
                const long double big = fmaxl(fabsl(want), 100.0L * fabsl((long double)x[t]));
                const long double lim = (long double)DBL_MAX;
                if (big > lim * (1 + 1e-12L)) want_reason = CTREND_UNDEF_OVERFLOW;
                else if (big >= lim * (1 - 1e-12L) && reason[t] == CTREND_UNDEF_OVERFLOW)
                    want_reason = CTREND_UNDEF_OVERFLOW;
            }
            FUZZ_CHECK(reason[t] == want_reason);
            if (want_reason == CTREND_DEFINED)
                FUZZ_CHECK(close_ld(out[t], 100.0L * x[t] / y[t], fabsl(100.0L * x[t] / y[t]), 1e-12L));
            else FUZZ_CHECK(isnan(out[t]));
        }
        break;
    }
    default: { /* per-day rate and calendar aggregation */
        static const size_t periods[6] = {1, 2, 3, 4, 6, 12};
        const size_t period = periods[p2 % 6];
        /* start month: mostly 1990..2100, sometimes at the ends of the calendar */
        int32_t start = (int32_t)(1990 * 12 + (int32_t)(p3 * 5 + p4));
        if (p4 == 255) start = 9999 * 12 + 11 - (int32_t)(p3 % 8);
        if (p4 == 254) start = 12 + (int32_t)(p3 % 3) - 1;
        const int64_t last = (int64_t)start + (int64_t)n - 1;
        const int in_range = start >= 12 && last <= 9999 * 12 + 11;
        rc = ctrend_aggregate_per_day(x, n, start, out);
        if (has_inf && in_range) FUZZ_CHECK(rc == CTREND_EDOMAIN || rc == CTREND_ERANGE);
        if (rc != CTREND_OK) {
            FUZZ_CHECK(rc == CTREND_EDOMAIN || rc == CTREND_ERANGE);
            FUZZ_CHECK(n == 0 || rc != CTREND_ERANGE || !in_range);
            FUZZ_CHECK(all_sentinel(out, n));
        } else {
            FUZZ_CHECK(in_range || n == 0);
            FUZZ_CHECK(!has_inf);
            for (size_t t = 0; t < n; ++t) {
                if (isnan(x[t])) { FUZZ_CHECK(isnan(out[t])); continue; }
                const double days = ctrend_month_days(start + (int32_t)t);
                FUZZ_CHECK(close_ld(out[t], (long double)x[t] / days, fabs(x[t]) / days, 1e-15L));
            }
        }
        for (size_t i = 0; i <= MAXN; ++i) out[i] = SENT;
        size_t n_out = 777;
        int32_t first = 777;
        const int allow = (int)(p1 & 1u);
        rc = ctrend_aggregate_periods(x, n, start, period, allow, out, MAXN, &n_out, &first);
        if (rc != CTREND_OK) {
            FUZZ_CHECK(rc == CTREND_EDOMAIN || rc == CTREND_ERANGE);
            FUZZ_CHECK(all_sentinel(out, MAXN));
            break;
        }
        FUZZ_CHECK(!has_inf);
        FUZZ_CHECK(in_range || n == 0);
        FUZZ_CHECK(n_out <= MAXN && out[n_out] == SENT);
        if (n == 0) { FUZZ_CHECK(n_out == 0); break; }
        FUZZ_CHECK(first <= start && first % (int32_t)period == 0 && start - first < (int32_t)period);
        for (size_t k = 0; k < n_out; ++k) {
            long double s = 0, sa = 0;
            size_t present = 0;
            for (size_t m = 0; m < period; ++m) {
                const int64_t month = (int64_t)first + (int64_t)(k * period + m);
                const int64_t t = month - start;
                if (t < 0 || t >= (int64_t)n || isnan(x[t])) continue;
                s += x[t]; sa += fabs(x[t]); ++present;
            }
            const int defined = allow ? present > 0 : present == period;
            FUZZ_CHECK(!isinf(out[k]));
            if (!defined) FUZZ_CHECK(isnan(out[k]));
            else FUZZ_CHECK(close_ld(out[k], s, sa, 1e-12L));
        }
        break;
    }
    }
    return 0;
}
