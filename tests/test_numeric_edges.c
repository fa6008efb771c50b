/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_numeric_edges.c — numeric edge cases across modules (issue 7), the ones the modules' own
 * tests do not already cover: a constant series, a step after which every count is zero, and
 * counts of 10^9, through every transform; plus the gaps found by fuzzing outside the count
 * domain (finite values near 1e308 / 1e-300, values more than 2^53 apart), fixed in change.c
 * and rolling.c (see docs/guarantees.md, "Fixed").
 * (n = 0, 1, 2, window > n, all zeros, NaN holes and errors are in test_rolling/test_change/
 * test_aggregate.)
 *
 * Expected values are exact arithmetic shown in the comments: the inputs are small integers
 * or 10^9-scale integers, so every sum, mean and ratio below is exactly representable.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

static int32_t M(int32_t year, int32_t moy) { return year * 12 + moy - 1; }

/* got == want exactly while sums stay below 2^53 (c <= 1e12 here); for c near 2^53 the sum
 * 5c is not representable and the mean may be off by one ulp (4 eps relative allowed). */
static double tol_rel;
#define EQ(got, want) assert_close((got), (want), tol_rel, 0)

/* Every transform of a constant series: means = c, sums = k*c, changes 0 %, ratio 1. */
static void check_constant(double c)
{
    tol_rel = c > 1e12 ? 4 * 2.220446049250313e-16 : 0.0;
    enum { N = 24 };
    double x[N], out[N];
    int32_t r[N];
    for (size_t i = 0; i < N; ++i) x[i] = c;
    for (int a = 0; a < 3; ++a) {
        assert_int_equal(ctrend_rolling_mean(x, N, 5, a, 1, out), CTREND_OK);
        for (size_t t = 0; t < N; ++t) EQ(out[t], c); /* exact: k*c/k */
        assert_int_equal(ctrend_rolling_sum(x, N, 5, a, 0, out), CTREND_OK);
        for (size_t t = 0; t < N; ++t)
            if (!isnan(out[t])) EQ(out[t], 5 * c);
    }
    assert_int_equal(ctrend_rolling_cumsum(x, N, out), CTREND_OK);
    for (size_t t = 0; t < N; ++t) EQ(out[t], (double)(t + 1) * c);
    assert_int_equal(ctrend_change_pct(x, N, 1, out, r), CTREND_OK);
    for (size_t t = 1; t < N; ++t) {
        if (c == 0) {
            assert_int_equal(r[t], CTREND_UNDEF_ZERO_BASE);
            assert_nan(out[t]);
        } else {
            assert_int_equal(r[t], CTREND_DEFINED);
            assert_true(out[t] == 0.0);
        }
    }
    assert_int_equal(ctrend_change_pct_vs_mean(x, N, 12, out, r), CTREND_OK);
    for (size_t t = 12; t < N; ++t) {
        if (c == 0) assert_int_equal(r[t], CTREND_UNDEF_ZERO_BASE);
        else assert_true(r[t] == CTREND_DEFINED && out[t] == 0.0);
    }
    assert_int_equal(ctrend_change_ratio(x, N, 12, out, r), CTREND_OK);
    for (size_t t = 12; t < N; ++t)
        if (c != 0) assert_true(r[t] == CTREND_DEFINED && out[t] == 1.0);
    assert_int_equal(ctrend_change_diff(x, N, 3, out, r), CTREND_OK);
    for (size_t t = 3; t < N; ++t) assert_true(r[t] == CTREND_DEFINED && out[t] == 0.0);
    size_t n_out = 0;
    int32_t first = 0;
    assert_int_equal(ctrend_aggregate_periods(x, N, M(2022, 1), 3, 0, out, N, &n_out, &first), CTREND_OK);
    assert_int_equal(n_out, 8);
    for (size_t k = 0; k < n_out; ++k) EQ(out[k], 3 * c);
    assert_int_equal(ctrend_aggregate_periods(x, N, M(2022, 1), 12, 0, out, N, &n_out, &first), CTREND_OK);
    assert_int_equal(n_out, 2);
    EQ(out[0], 12 * c);
    EQ(out[1], 12 * c);
    assert_int_equal(ctrend_aggregate_per_day(x, N, M(2022, 1), out), CTREND_OK);
    assert_close(out[1], c / 28.0, 1e-15, 0); /* Feb 2022 */
    assert_close(out[2], c / 31.0, 1e-15, 0);
}

static void test_constant_series(void **state)
{
    (void)state;
    check_constant(7.0);
    check_constant(0.0);
    check_constant(1e9);
    check_constant(9007199254740991.0); /* 2^53 - 1: a huge count (the reader accepts up to 2^53) */
}

/* A step after which every count is zero: 12 months at 10^9 (plus noise), then 12 zeros. */
static void test_step_to_zero(void **state)
{
    (void)state;
    enum { N = 24 };
    double x[N], out[N];
    int32_t r[N];
    for (size_t i = 0; i < 12; ++i) x[i] = 1e9 + (double)(i * 7 % 5); /* 1e9+0, +2, +4, +1, +3, ... */
    for (size_t i = 12; i < N; ++i) x[i] = 0.0;
    for (int a = 0; a < 3; ++a) {
        for (size_t w = 1; w <= 6; ++w) {
            assert_int_equal(ctrend_rolling_mean(x, N, w, a, 1, out), CTREND_OK);
            /* windows lying wholly in the zeros are exactly 0 (not a residue, not -0) */
            for (size_t t = 12 + w; t + w < N; ++t) assert_true(out[t] == 0.0 && !signbit(out[t]));
            assert_int_equal(ctrend_rolling_sum(x, N, w, a, 1, out), CTREND_OK);
            for (size_t t = 12 + w; t + w < N; ++t) assert_true(out[t] == 0.0 && !signbit(out[t]));
        }
    }
    /* the month of the step: -100 %; after it the base is zero: undefined, never -inf/NaN-only */
    assert_int_equal(ctrend_change_pct(x, N, 1, out, r), CTREND_OK);
    assert_true(r[12] == CTREND_DEFINED && out[12] == -100.0);
    for (size_t t = 13; t < N; ++t) {
        assert_int_equal(r[t], CTREND_UNDEF_ZERO_BASE);
        assert_nan(out[t]);
    }
    /* versus the mean of the previous 2 months: t = 13 compares 0 with mean(x[11], 0) > 0 */
    assert_int_equal(ctrend_change_pct_vs_mean(x, N, 2, out, r), CTREND_OK);
    assert_true(r[12] == CTREND_DEFINED && out[12] == -100.0);
    assert_true(r[13] == CTREND_DEFINED && out[13] == -100.0);
    assert_int_equal(r[14], CTREND_UNDEF_ZERO_BASE);
    /* the difference stays defined: -x[11] at the step, then 0 */
    assert_int_equal(ctrend_change_diff(x, N, 1, out, r), CTREND_OK);
    assert_true(out[12] == -x[11]);
    for (size_t t = 13; t < N; ++t) assert_true(out[t] == 0.0);
    /* cumulative sum freezes at the total: 12e9 + (0+2+4+1+3)*2 + 0+2 = 12e9 + 22 */
    assert_int_equal(ctrend_rolling_cumsum(x, N, out), CTREND_OK);
    for (size_t t = 11; t < N; ++t) assert_true(out[t] == 12e9 + 22);
    /* quarters: Q1-Q4 of 2022 hold the 1e9 months, 2023 sums to exactly 0 */
    size_t n_out = 0;
    assert_int_equal(ctrend_aggregate_periods(x, N, M(2022, 1), 3, 0, out, N, &n_out, NULL), CTREND_OK);
    assert_int_equal(n_out, 8);
    assert_true(out[0] == 3e9 + 6);  /* 0 + 2 + 4 */
    for (size_t k = 4; k < 8; ++k) assert_true(out[k] == 0.0);
}

/* Was gap 1: "never +-Inf" (change.h) was broken by finite inputs whose change overflows
 * (+inf with reason DEFINED). Now undefined with reason OVERFLOW. */
static void test_inf_from_finite(void **state)
{
    (void)state;
    double x[2] = {1e-300, 1e308}, out[2];
    int32_t r[2];
    assert_int_equal(ctrend_change_pct(x, 2, 1, out, r), CTREND_OK);
    assert_false(isinf(out[1]));
    assert_nan(out[1]);
    assert_int_equal(r[1], CTREND_UNDEF_OVERFLOW);
    const double part[1] = {1e308}, total[1] = {1e-10};
    assert_int_equal(ctrend_change_share(part, total, 1, out, r), CTREND_OK);
    assert_false(isinf(out[0]));
    assert_int_equal(r[0], CTREND_UNDEF_OVERFLOW);
    const double d[2] = {-1e308, 1e308};
    assert_int_equal(ctrend_change_diff(d, 2, 1, out, r), CTREND_OK);
    assert_false(isinf(out[1]));
    assert_int_equal(r[1], CTREND_UNDEF_OVERFLOW);
}

/* Was gap 2: a rolling sum of two finite 1e308 values was NaN with CTREND_OK (inf - inf
 * inside the compensation). Now CTREND_EDOMAIN with nothing written; the same for the mean
 * and the cumulative sum. A single 1e308 per window is fine. */
static void test_rolling_overflow(void **state)
{
    (void)state;
    const double y[3] = {1e308, 1e308, 1};
    double out[4] = {-7, -7, -7, -7};
    assert_int_equal(ctrend_rolling_sum(y, 3, 2, CTREND_ALIGN_TRAILING, 1, out), CTREND_EDOMAIN);
    assert_int_equal(ctrend_rolling_mean(y, 3, 2, CTREND_ALIGN_TRAILING, 1, out), CTREND_EDOMAIN);
    assert_int_equal(ctrend_rolling_cumsum(y, 3, out), CTREND_EDOMAIN);
    for (size_t i = 0; i < 3; ++i) assert_true(out[i] == -7);
    /* window 1: every sum is a single value; the sums never overflow (1e308, 1e308, 1) */
    assert_int_equal(ctrend_rolling_sum(y, 3, 1, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    assert_true(out[0] == 1e308 && out[1] == 1e308 && out[2] == 1.0);
    /* 1e308 and -1e308 in one window sum to 0 without overflowing: defined */
    const double z[4] = {1e308, -1e308, 5, 0};
    assert_int_equal(ctrend_rolling_sum(z, 4, 2, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    assert_nan(out[0]);
    assert_true(out[1] == 0.0 && out[2] == -1e308 + 5 && out[3] == 5.0);
    assert_int_equal(ctrend_rolling_cumsum(z, 4, out), CTREND_OK);
    assert_true(out[0] == 1e308 && out[1] == 0.0 && out[2] == 5.0 && out[3] == 5.0);
}

/* Was gap 3: a window of zeros after values spanning more than double's dynamic range
 * (2^53 next to 0.001) kept a residue of ~1e-16 until the next re-accumulation
 * (from tests/fuzz/regressions/transforms/crash-5048...). Now exactly +0. */
static void test_zero_window_residue(void **state)
{
    (void)state;
    const double N_ = NAN, B = 9007199254740992.0;
    const double x[] = {N_, B, N_, N_, 13, 1, N_, 11, 1, 17, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
                        1000000001.0, 5, 0.001, 17, -1, B, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    enum { NX = sizeof x / sizeof x[0] };
    double out[NX];
    assert_int_equal(ctrend_rolling_sum(x, NX, 10, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    for (size_t t = 35; t < NX; ++t) assert_true(out[t] == 0.0 && !signbit(out[t])); /* x[26..] = 0 */
    assert_int_equal(ctrend_rolling_mean(x, NX, 10, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    for (size_t t = 35; t < NX; ++t) assert_true(out[t] == 0.0 && !signbit(out[t]));
    /* the same with the full double range: 1e308 next to 1e-300, then zeros and -0 */
    const double y[] = {1e308, 1e-300, 3, -1e308, 0.001, 0, -0.0, 0, 0, 0};
    double o2[10];
    assert_int_equal(ctrend_rolling_sum(y, 10, 3, CTREND_ALIGN_TRAILING, 1, o2), CTREND_OK);
    for (size_t t = 7; t < 10; ++t) assert_true(o2[t] == 0.0 && !signbit(o2[t]));
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_constant_series),
        cmocka_unit_test(test_step_to_zero),
        cmocka_unit_test(test_inf_from_finite),
        cmocka_unit_test(test_rolling_overflow),
        cmocka_unit_test(test_zero_window_residue),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
