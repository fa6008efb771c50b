/*
 * fuzz_transforms.c — rolling sums/means, cumulative sums, changes, shares, per-day rates and
 * calendar aggregation on arbitrary series.
 *
 * Input layout: byte 0 picks the function, bytes 1-4 its parameters (window/lag/k 1..40 or
 * huge, alignment, min_periods, start month, period), then each byte is one month's value
 * from a palette: NaN holes, zeros, small counts, fractions, 1e9-scale counts, 2^53, and
 * (rarely) +-Inf and negatives. Values stay in the count domain |x| <= 2^53 (see
 * docs/guarantees.md: beyond it sums and ratios of finite doubles can overflow — a known gap).
 *
 * Promises checked (include/ctrend/{rolling,change,aggregate}.h): an infinite input gives
 * CTREND_EDOMAIN and writes nothing; otherwise CTREND_OK, nothing is ever +-Inf, NaN exactly
 * where the result is undefined (with the documented reason), and defined values agree with a
 * naive long double recomputation (rolling/cumulative sums within 1e-12 of sum |x|; means inside
 * the window's range; changes and ratios within 1e-12 of (|x| + |base|)/|base| (in percent for
 * changes); shares within 1e-12 relative).
 */
#include <math.h>
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"

#define MAXN 512
#define SENT (-12345.0)

/* integer_mode (byte 4, bit 0): 2^53 is in the palette and fractions are not; otherwise the
 * reverse. Mixing 2^53 with 0.001 in one window exceeds double's dynamic range and leaves a
 * rounding residue (~1e-16) in later all-zero windows: a known gap, reported, with its
 * regression test in tests/test_numeric_edges.c (CTREND_CHECK_KNOWN_BUGS). */
static int integer_mode;

static double palette(unsigned b)
{
    switch (b % 32) {
    case 8: return integer_mode ? 9007199254740992.0 : 1e12 + 0.25;
    case 9: return integer_mode ? 4.0 : 0.5;
    case 10: return integer_mode ? 1e12 : 1e-3;
    case 0: case 1: case 2: return NAN;
    case 3: case 4: case 5: return 0.0;
    case 6: return 1e9;
    case 7: return 1e9 + 1;
    case 11: return b == 11 ? INFINITY : 2.0; /* inf only for byte value 11 */
    case 12: return b == 12 ? -INFINITY : 3.0;
    case 13: return -1.0;
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
    integer_mode = (int)(p4 & 1u);
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
        FUZZ_CHECK(rc == CTREND_OK);
        FUZZ_CHECK(out[n] == SENT);
        const size_t need = minp ? minp : w;
        const size_t before = align == CTREND_ALIGN_TRAILING ? w - 1
                            : align == CTREND_ALIGN_CENTRED ? w / 2 : (w - 1) / 2;
        const size_t after = w - 1 - before;
        for (size_t t = 0; t < n; ++t) {
            const size_t lo = t >= before ? t - before : 0;
            const size_t hi = (after >= n - t) ? n : t + after + 1;
            const int outside = (before > t) || (after > n - 1 - t);
            long double s = 0, sa = 0, mn = INFINITY, mx = -INFINITY;
            size_t cnt = 0;
            for (size_t j = lo; j < hi; ++j) {
                if (isnan(x[j])) continue;
                s += x[j]; sa += fabs(x[j]); ++cnt;
                if (x[j] < mn) mn = x[j];
                if (x[j] > mx) mx = x[j];
            }
            const int defined = cnt > 0 && cnt >= need && !(minp == 0 && (outside || cnt < w));
            FUZZ_CHECK(!isinf(out[t]));
            if (!defined) { FUZZ_CHECK(isnan(out[t])); continue; }
            FUZZ_CHECK(!isnan(out[t]));
            if (fn == 0) FUZZ_CHECK(close_ld(out[t], s, sa, 1e-12L));
            else FUZZ_CHECK(out[t] >= (double)mn - 1e-9 * fabs((double)mn) && out[t] <= (double)mx + 1e-9 * fabs((double)mx));
        }
        break;
    }
    case 2: { /* cumsum */
        rc = ctrend_cumsum(x, n, out);
        if (has_inf) { FUZZ_CHECK(rc == CTREND_EDOMAIN && all_sentinel(out, n)); break; }
        FUZZ_CHECK(rc == CTREND_OK);
        long double s = 0, sa = 0;
        for (size_t t = 0; t < n; ++t) {
            if (isnan(x[t])) { FUZZ_CHECK(isnan(out[t])); continue; }
            s += x[t]; sa += fabs(x[t]);
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
        FUZZ_CHECK(rc == CTREND_OK);
        FUZZ_CHECK(out[n] == SENT && reason[n] == -99);
        for (size_t t = 0; t < n; ++t) {
            FUZZ_CHECK(!isinf(out[t]));
            int want_reason;
            long double base = 0;
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
            } else {
                base = x[t - lag];
                want_reason = isnan(x[t - lag]) ? CTREND_UNDEF_MISSING_BASE
                            : (fn != 5 && base == 0) ? CTREND_UNDEF_ZERO_BASE : CTREND_DEFINED;
            }
            FUZZ_CHECK(reason[t] == want_reason);
            if (want_reason != CTREND_DEFINED) { FUZZ_CHECK(isnan(out[t])); continue; }
            long double want;
            if (fn == 5) want = (long double)x[t] - base;
            else if (fn == 6) want = (long double)x[t] / base;
            else want = 100.0L * ((long double)x[t] - base) / base;
            /* scale: the rounding of x[t] - base (and of the mean) relative to the base, so a
             * tiny change between two 1e9 counts is judged in percentage points, not relative
             * to itself (cancellation is inherent, as in R's 100*(x - m)/m) */
            const long double mag = fabsl((long double)x[t]) + fabsl(base);
            const long double scale = fn == 5 ? mag : (fn == 6 ? 1.0L : 100.0L) * mag / fabsl(base);
            FUZZ_CHECK(close_ld(out[t], want, scale, 1e-12L));
        }
        break;
    }
    case 7: { /* share */
        int inf2 = has_inf;
        for (size_t i = 0; i < n; ++i) if (isinf(y[i])) inf2 = 1;
        rc = ctrend_share(x, y, n, out, reason);
        if (inf2) { FUZZ_CHECK(rc == CTREND_EDOMAIN && all_sentinel(out, n)); break; }
        FUZZ_CHECK(rc == CTREND_OK);
        for (size_t t = 0; t < n; ++t) {
            FUZZ_CHECK(!isinf(out[t]));
            const int want_reason = isnan(x[t]) ? CTREND_UNDEF_MISSING_CURRENT
                                  : isnan(y[t]) ? CTREND_UNDEF_MISSING_BASE
                                  : y[t] == 0 ? CTREND_UNDEF_ZERO_BASE : CTREND_DEFINED;
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
        rc = ctrend_per_day(x, n, start, out);
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
        rc = ctrend_aggregate(x, n, start, period, allow, out, MAXN, &n_out, &first);
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
