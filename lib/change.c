/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * change.c — percentage changes, differences, ratios and shares with explicit
 * "undefined" reasons.
 *
 * Formulas (the hand formulas of the reference scripts, /work/shared/reference/_shared/
 * reference_r.R, "descriptive" block, evaluated in the same order of operations):
 *   pct      100*(x[t] - b)/b,  b = x[t-lag]
 *   vs-mean  100*(x[t] - m)/m,  m = (x[t-k] + ... + x[t-1])/k
 *   diff     x[t] - x[t-lag];   ratio x[t]/x[t-lag];   share 100*part/total.
 *
 * Why not pandas' pct_change: it pads gaps first (fill_method='pad'), so a missing month
 * silently takes its predecessor's value and the next change is computed across the gap,
 * and a zero base yields +-inf. For counts of attacks or deaths both are wrong answers to
 * "how much did it change?": the honest answer is "undefined, because ...", which is what
 * the reason codes carry (see change.h for the precedence of reasons).
 *
 * The vs-mean form reuses the O(n) compensated trailing rolling mean (rolling.c) written
 * into `out` itself, then overwrites `out` from the end backwards (position t only needs
 * the rolling mean at t-1, which is still intact): O(n) whatever k, no allocation.
 */
#include <math.h>
#include "ctrend/change.h"
#include "ctrend/rolling.h"

#define REASON_LIST(X)                                                                  \
    X(DEFINED, "defined")                                                               \
    X(UNDEF_NO_HISTORY, "no base month inside the series (too early)")                  \
    X(UNDEF_MISSING_CURRENT, "current value is missing")                                \
    X(UNDEF_MISSING_BASE, "a base value is missing")                                    \
    X(UNDEF_ZERO_BASE, "base value is zero")                                            \
    X(UNDEF_OVERFLOW, "result is too large for a double (values far outside counts)")

static const char *const reason_text[] = {
#define X(name, text) text,
    REASON_LIST(X)
#undef X
};
static const char *const reason_name[] = {
#define X(name, text) "CTREND_" #name,
    REASON_LIST(X)
#undef X
};
#define N_REASONS ((int)(sizeof reason_text / sizeof reason_text[0]))

int ctrend_change_reason_count(void) { return N_REASONS; }

const char *ctrend_change_reason_string(int reason)
{
    return (reason >= 0 && reason < N_REASONS) ? reason_text[reason] : "unknown reason";
}

const char *ctrend_change_reason_name(int reason)
{
    return (reason >= 0 && reason < N_REASONS) ? reason_name[reason] : "CTREND_UNDEF_UNKNOWN";
}

static int has_inf(const double *x, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (isinf(x[i])) return 1;
    return 0;
}

typedef enum { OP_PCT, OP_DIFF, OP_RATIO } lag_op;

/* A defined result that is not finite (finite inputs near 1e308 or 1e-300, whose change,
 * ratio or share leaves the double range) is undefined with reason OVERFLOW: out is never
 * +-Inf. Counts (|x| <= 2^53) can never get here. */
static void put(double *out, int32_t *reason, size_t t, double v, ctrend_undef_reason r)
{
    if (r == CTREND_DEFINED && !isfinite(v)) r = CTREND_UNDEF_OVERFLOW;
    out[t] = (r == CTREND_DEFINED) ? v : NAN;
    if (reason) reason[t] = (int32_t)r;
}

static int lagged(const double *x, size_t n, size_t lag, double *out, int32_t *reason,
                  lag_op op)
{
    if (lag == 0) return CTREND_EINVAL;
    if (n == 0) return CTREND_OK;
    if (!x || !out || out == x) return CTREND_EINVAL;
    if (has_inf(x, n)) return CTREND_EDOMAIN;
    for (size_t t = 0; t < n; ++t) {
        if (t < lag) { put(out, reason, t, 0, CTREND_UNDEF_NO_HISTORY); continue; }
        const double cur = x[t], base = x[t - lag];
        if (isnan(cur)) { put(out, reason, t, 0, CTREND_UNDEF_MISSING_CURRENT); continue; }
        if (isnan(base)) { put(out, reason, t, 0, CTREND_UNDEF_MISSING_BASE); continue; }
        switch (op) {
        case OP_DIFF: put(out, reason, t, cur - base, CTREND_DEFINED); break;
        case OP_RATIO:
            if (base == 0.0) put(out, reason, t, 0, CTREND_UNDEF_ZERO_BASE);
            else put(out, reason, t, cur / base, CTREND_DEFINED);
            break;
        default: /* OP_PCT */
            if (base == 0.0) put(out, reason, t, 0, CTREND_UNDEF_ZERO_BASE);
            else put(out, reason, t, 100.0 * (cur - base) / base, CTREND_DEFINED);
            break;
        }
    }
    return CTREND_OK;
}

int ctrend_change_pct(const double *x, size_t n, size_t lag, double *out, int32_t *reason)
{
    return lagged(x, n, lag, out, reason, OP_PCT);
}

int ctrend_change_diff(const double *x, size_t n, size_t lag, double *out, int32_t *reason)
{
    return lagged(x, n, lag, out, reason, OP_DIFF);
}

int ctrend_change_ratio(const double *x, size_t n, size_t lag, double *out, int32_t *reason)
{
    return lagged(x, n, lag, out, reason, OP_RATIO);
}

int ctrend_change_pct_vs_mean(const double *x, size_t n, size_t k, double *out,
                              int32_t *reason)
{
    if (k == 0) return CTREND_EINVAL;
    if (n == 0) return CTREND_OK;
    if (!x || !out || out == x) return CTREND_EINVAL;
    /* out[j] = mean(x[j-k+1 .. j]), NaN if any of them is missing or j < k-1. */
    const int rc = ctrend_rolling_mean(x, n, k, CTREND_ALIGN_TRAILING, 0, out);
    if (rc != CTREND_OK) return rc; /* CTREND_EDOMAIN (Inf, or a window sum overflows); nothing written */
    for (size_t t = n; t-- > 0;) {
        if (t == 0) { put(out, reason, t, 0, CTREND_UNDEF_NO_HISTORY); continue; }
        const double cur = x[t], m = out[t - 1];
        if (isnan(cur)) put(out, reason, t, 0, CTREND_UNDEF_MISSING_CURRENT);
        else if (isnan(m)) put(out, reason, t, 0, CTREND_UNDEF_MISSING_BASE);
        else if (m == 0.0) put(out, reason, t, 0, CTREND_UNDEF_ZERO_BASE);
        else put(out, reason, t, 100.0 * (cur - m) / m, CTREND_DEFINED);
    }
    return CTREND_OK;
}

int ctrend_change_share(const double *part, const double *total, size_t n, double *out,
                 int32_t *reason)
{
    if (n == 0) return CTREND_OK;
    if (!part || !total || !out || out == part || out == total) return CTREND_EINVAL;
    if (has_inf(part, n) || has_inf(total, n)) return CTREND_EDOMAIN;
    for (size_t t = 0; t < n; ++t) {
        if (isnan(part[t])) put(out, reason, t, 0, CTREND_UNDEF_MISSING_CURRENT);
        else if (isnan(total[t])) put(out, reason, t, 0, CTREND_UNDEF_MISSING_BASE);
        else if (total[t] == 0.0) put(out, reason, t, 0, CTREND_UNDEF_ZERO_BASE);
        else put(out, reason, t, 100.0 * part[t] / total[t], CTREND_DEFINED);
    }
    return CTREND_OK;
}
