/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rolling.c — O(n) rolling sums/means and cumulative sums with missing values.
 *
 * Method. The window [t-before, t+after] (before/after fixed by the alignment) only ever
 * moves right, so each x[j] is added once when it enters and subtracted once when it
 * leaves: O(n) whatever the window. Missing values (NaN) are never added; a count of the
 * present values decides min_periods, exactly as pandas' variable-window aggregations do
 * (pandas/_libs/window/aggregations.pyx: add_sum/remove_sum keep nobs, the number of
 * non-NaN observations, and the result is NaN when nobs < minp).
 *
 * Numerics. A plain running sum "s += x_in - x_out" accumulates rounding error that grows
 * with the length of the series, not with the window: after 10^5 steps over values of 1e9
 * the error in a window sum can reach ~1e-7 relative, and a window of zeros after large
 * values comes out as a small nonzero residue (a later % change would divide by it). We
 * therefore
 *   1. keep the running sum compensated (Neumaier's improved Kahan–Babuška summation:
 *      A. Neumaier, ZAMM 54 (1974) 39–51; N. J. Higham, "Accuracy and Stability of
 *      Numerical Algorithms", 2nd ed., SIAM 2002, §4.3, Alg. 4.2 and eq. 4.11), and
 *   2. re-accumulate the current window from scratch every `window` removals (amortised
 *      O(1) per step: at most n/window re-accumulations of at most window terms), and reset
 *      to exactly 0 whenever the window holds no non-zero value (a count of the non-zero
 *      values is kept next to the count of present ones), so an all-zero window is exactly
 *      +0 whatever values left it, even values more than 2^53 apart.
 * Overflow. Values beyond DBL_MAX/(window+2) (far outside counts) can make a window sum
 * leave the double range. Then a dry run checks every window first, and any non-finite
 * sum is CTREND_EDOMAIN with nothing written; below that bound no check is needed, so the
 * count domain pays nothing.
 * So the error of every output is bounded by the values of the last ~2 windows only:
 * |err| <~ eps*|S| + O(window*eps^2)*sum|x_j|, independent of n. Integer counts below 2^53
 * are summed exactly. tests/test_rolling.c checks agreement with a naive per-window sum
 * over 10^5 random values up to 1e9 with NaN holes.
 *
 * Why not GSL's gsl_movstat_sum / gsl_movstat_mean (GSL >= 2.5)? They propagate NaN
 * instead of skipping it, have no min_periods, their end handling (PADZERO/PADVALUE/
 * TRUNCATE) pads or truncates instead of returning NaN for incomplete windows, and they
 * need a workspace allocated per window size (plus gsl_vector views). Re-creating the
 * pandas/zoo semantics on top of them would cost more code than this kernel, and the
 * running sum here is compensated, which GSL's sum accumulator (movstat/sumacc.c, a plain
 * ring buffer sum) is not.
 */
#include <float.h>
#include <math.h>
#include "ctrend/rolling.h"

/* Neumaier-compensated accumulator over the present (non-NaN) values of a window. */
typedef struct {
    double s;   /* running sum */
    double c;   /* running compensation: the true sum is ~ s + c */
    size_t cnt; /* number of present values */
    size_t nz;  /* number of present values that are not zero */
} acc_t;

static void acc_reset(acc_t *a)
{
    a->s = 0.0;
    a->c = 0.0;
    a->cnt = 0;
    a->nz = 0;
}

static void neumaier_add(double *s, double *c, double v)
{
    const double t = *s + v;
    if (fabs(*s) >= fabs(v))
        *c += (*s - t) + v;
    else
        *c += (v - t) + *s;
    *s = t;
}

static void acc_add(acc_t *a, double v)
{
    if (isnan(v)) return;
    a->cnt++;
    if (v == 0.0) return; /* adding a zero changes nothing (and keeps +0, never -0) */
    neumaier_add(&a->s, &a->c, v);
    a->nz++;
}

static void acc_remove(acc_t *a, double v)
{
    if (isnan(v)) return;
    a->cnt--;
    if (v == 0.0) return;
    a->nz--;
    if (a->nz == 0) {
        /* No non-zero value left (the window is empty or all zeros): its sum is exactly 0,
         * never a rounding residue of values that have left, whatever their range. */
        a->s = 0.0;
        a->c = 0.0;
    } else {
        neumaier_add(&a->s, &a->c, -v);
    }
}

/* Largest |x| over the finite values, or +Inf if some value is infinite (NaN skipped). */
static double max_abs(const double *x, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double a = fabs(x[i]);
        if (a > m) m = a; /* false for NaN */
    }
    return m;
}

/* Can a sum of at most `terms` values of magnitude <= m (plus the rounding of the
 * compensated sum) leave the double range? If not, no overflow check is needed. A bound
 * only: the exact check is a dry run (see rolling()). */
static int may_overflow(double m, size_t terms)
{
    return m > DBL_MAX / ((double)terms + 2.0);
}

/* Months of the window before t for a given alignment (the rest, window-1-before, after). */
static size_t window_before(size_t window, int align)
{
    switch (align) {
    case CTREND_ALIGN_CENTRED: return window / 2;
    case CTREND_ALIGN_CENTRED_ZOO: return (window - 1) / 2;
    default: return window - 1; /* CTREND_ALIGN_TRAILING */
    }
}

/* One pass of the rolling kernel. With out == NULL it writes nothing and only checks that
 * every window sum that would be output is finite (the dry run used when a sum may
 * overflow, so that on CTREND_EDOMAIN nothing has been written). */
static int rolling_pass(const double *x, size_t n, size_t window, size_t before, size_t minp,
                        double *out, int want_mean)
{
    const size_t after = window - 1 - before;
    acc_t acc;
    acc_reset(&acc);
    size_t lo = 0, hi = 0; /* the accumulator holds x[lo .. hi-1] */
    size_t removed = 0;    /* removals since the last re-accumulation */

    for (size_t t = 0; t < n; ++t) {
        const size_t new_hi = (after >= n - t) ? n : t + after + 1; /* no overflow */
        const size_t new_lo = (t >= before) ? t - before : 0;
        /* remove before adding (every x[lo] removed is already in: lo < new_lo <= t <= hi),
         * so the accumulator never holds more than the window's values */
        for (; lo < new_lo; ++lo, ++removed) acc_remove(&acc, x[lo]);
        for (; hi < new_hi; ++hi) acc_add(&acc, x[hi]);
        if (removed >= window) { /* amortised O(1): see the header comment */
            acc_reset(&acc);
            for (size_t j = lo; j < hi; ++j) acc_add(&acc, x[j]);
            removed = 0;
        }
        if (acc.cnt < minp || acc.cnt == 0) {
            if (out) out[t] = NAN;
        } else {
            const double sum = acc.s + acc.c;
            if (!out) {
                if (!isfinite(sum) || !isfinite(acc.s) || !isfinite(acc.c)) return CTREND_EDOMAIN;
                continue;
            }
            out[t] = want_mean ? sum / (double)acc.cnt : sum;
        }
    }
    return CTREND_OK;
}

static int rolling(const double *x, size_t n, size_t window, int align, size_t min_periods,
                   double *out, int want_mean)
{
    if (window == 0 || min_periods > window) return CTREND_EINVAL;
    if (align != CTREND_ALIGN_TRAILING && align != CTREND_ALIGN_CENTRED &&
        align != CTREND_ALIGN_CENTRED_ZOO)
        return CTREND_EINVAL;
    if (n == 0) return CTREND_OK;
    if (!x || !out || out == x) return CTREND_EINVAL;
    const double m = max_abs(x, n);
    if (isinf(m)) return CTREND_EDOMAIN;

    const size_t before = window_before(window, align);
    const size_t minp = min_periods ? min_periods : window;
    /* Values beyond DBL_MAX/(window+2) (never counts) can make a window sum overflow:
     * check every output first, so an overflow is CTREND_EDOMAIN with nothing written. */
    if (may_overflow(m, window < n ? window : n)) {
        const int st = rolling_pass(x, n, window, before, minp, NULL, want_mean);
        if (st) return st;
    }
    return rolling_pass(x, n, window, before, minp, out, want_mean);
}

int ctrend_rolling_mean(const double *x, size_t n, size_t window, int align,
                        size_t min_periods, double *out)
{
    return rolling(x, n, window, align, min_periods, out, 1);
}

int ctrend_rolling_sum(const double *x, size_t n, size_t window, int align,
                       size_t min_periods, double *out)
{
    return rolling(x, n, window, align, min_periods, out, 0);
}

/* Cumulative sum; out == NULL is the dry run (returns CTREND_EDOMAIN if a total overflows). */
static int cumsum_pass(const double *x, size_t n, double *out)
{
    double s = 0.0, c = 0.0;
    for (size_t t = 0; t < n; ++t) {
        if (isnan(x[t])) {
            if (out) out[t] = NAN; /* the hole stays a hole; the total carries on past it */
            continue;
        }
        neumaier_add(&s, &c, x[t]);
        if (out) out[t] = s + c;
        else if (!isfinite(s) || !isfinite(c) || !isfinite(s + c)) return CTREND_EDOMAIN;
    }
    return CTREND_OK;
}

int ctrend_rolling_cumsum(const double *x, size_t n, double *out)
{
    if (n == 0) return CTREND_OK;
    if (!x || !out || out == x) return CTREND_EINVAL;
    const double m = max_abs(x, n);
    if (isinf(m)) return CTREND_EDOMAIN;
    if (may_overflow(m, n)) {
        const int st = cumsum_pass(x, n, NULL);
        if (st) return st;
    }
    return cumsum_pass(x, n, out);
}
