/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_aggregate.c — per-day rates and calendar-period sums.
 *
 * Known answers: tests/data/transforms/aggregate_pandas.inc (pandas 1.5.3 resample("QS"/"AS")
 * .sum(min_count) and x / days_in_month; script aggregate_pandas.py), and hand arithmetic.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

#include "data/transforms/aggregate_pandas.inc"

#define AG_N (sizeof ag_x / sizeof ag_x[0])

static int32_t month(int32_t y, int32_t m)
{
    int32_t v = 0;
    assert_int_equal(ctrend_month_make(y, m, &v), CTREND_OK);
    return v;
}

static void assert_same(const double *got, const double *want, size_t n, double rtol)
{
    for (size_t t = 0; t < n; ++t) {
        if (isnan(want[t])) assert_nan(got[t]);
        else assert_close(got[t], want[t], rtol, 0.0);
    }
}

/* Feb 2024 has 29 days, Feb 2023 28: 58 events in Feb 2024 and 56 in Feb 2023 are both
 * 2 per day, although the count rose by 3.6%. */
static void test_per_day_leap_february(void **state)
{
    (void)state;
    const double feb24[1] = {58}, feb23[1] = {56}, feb1900[1] = {56}, feb2000[1] = {58};
    double out[2];
    assert_int_equal(ctrend_aggregate_per_day(feb24, 1, month(2024, 2), out), CTREND_OK);
    assert_close(out[0], 2.0, 0, 0);
    assert_int_equal(ctrend_aggregate_per_day(feb23, 1, month(2023, 2), out), CTREND_OK);
    assert_close(out[0], 2.0, 0, 0);
    assert_int_equal(ctrend_aggregate_per_day(feb1900, 1, month(1900, 2), out), CTREND_OK); /* not leap */
    assert_close(out[0], 2.0, 0, 0);
    assert_int_equal(ctrend_aggregate_per_day(feb2000, 1, month(2000, 2), out), CTREND_OK); /* leap */
    assert_close(out[0], 2.0, 0, 0);
    /* and the change of the per-day rates: Jan 2024 62 (2/day) -> Feb 2024 58 (2/day) is 0%,
     * while the raw counts fall by 100*(58-62)/62 = -6.45% */
    const double jf[2] = {62, 58};
    double rate[2], pct[2];
    int32_t r[2];
    assert_int_equal(ctrend_aggregate_per_day(jf, 2, month(2024, 1), rate), CTREND_OK);
    assert_int_equal(ctrend_change_pct(rate, 2, 1, pct, r), CTREND_OK);
    assert_int_equal(r[1], CTREND_DEFINED);
    assert_close(pct[1], 0.0, 0, 1e-12);
    assert_int_equal(ctrend_change_pct(jf, 2, 1, pct, r), CTREND_OK);
    assert_close(pct[1], -400.0 / 62.0, 1e-15, 0);
}

static void test_per_day_pandas(void **state)
{
    (void)state;
    double out[AG_N];
    assert_int_equal(ctrend_aggregate_per_day(ag_x, AG_N, month(2021, 2), out), CTREND_OK);
    assert_same(out, ag_per_day, AG_N, 1e-15);
}

static void check_agg(size_t p, int allow, const double *want, size_t n_want, int32_t first)
{
    double out[16];
    size_t n_out = 0;
    int32_t f = 0;
    assert_int_equal(ctrend_aggregate_periods(ag_x, AG_N, month(2021, 2), p, allow, NULL, 0, &n_out, &f),
                     CTREND_OK);
    assert_int_equal(n_out, n_want);
    assert_int_equal(f, first);
    n_out = 0;
    assert_int_equal(ctrend_aggregate_periods(ag_x, AG_N, month(2021, 2), p, allow, out, 16, &n_out, NULL),
                     CTREND_OK);
    assert_int_equal(n_out, n_want);
    assert_same(out, want, n_want, 0);
}

/* 2021-02 .. 2023-12. Quarters: 2021Q1 has only Feb-Mar (Jan outside) -> NaN strictly,
 * 10 with allow_missing; 2021Q2 all zeros -> 0 (a defined zero); 2021Q3 Aug NaN; 2022Q2 all
 * NaN -> NaN even with allow_missing; 2021Q4 = 5 + 1e9 + (1e9+3) = 2000000008 exactly. */
static void test_quarters_years_pandas(void **state)
{
    (void)state;
    check_agg(3, 0, ag_q_allow0, AG_N_Q, month(2021, 1));
    check_agg(3, 1, ag_q_allow1, AG_N_Q, month(2021, 1));
    check_agg(12, 0, ag_y_allow0, AG_N_Y, month(2021, 1));
    check_agg(12, 1, ag_y_allow1, AG_N_Y, month(2021, 1));
    check_agg(6, 0, ag_h_allow0, AG_N_H, month(2021, 1));
    check_agg(6, 1, ag_h_allow1, AG_N_H, month(2021, 1));
}

/* TTP attacks Jan-Apr 2022 (42, 22, 39, 54; seed report 004): Q1 = 103 (hand sum); Q2 has
 * only April -> NaN, or 54 with allow_missing; the year 2022 -> NaN / 157. */
static void test_ttp_quarters(void **state)
{
    (void)state;
    const double a[4] = {42, 22, 39, 54};
    double out[4];
    size_t n_out;
    int32_t f;
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 3, 0, out, 4, &n_out, &f), CTREND_OK);
    assert_int_equal(n_out, 2);
    assert_int_equal(f, month(2022, 1));
    assert_close(out[0], 103.0, 0, 0);
    assert_nan(out[1]);
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 3, 1, out, 4, &n_out, &f), CTREND_OK);
    assert_close(out[1], 54.0, 0, 0);
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 12, 0, out, 4, &n_out, &f), CTREND_OK);
    assert_int_equal(n_out, 1);
    assert_nan(out[0]);
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 12, 1, out, 4, &n_out, &f), CTREND_OK);
    assert_close(out[0], 157.0, 0, 0);
    /* period 1 = identity; n = 1 and 2 */
    assert_int_equal(ctrend_aggregate_periods(a, 2, month(2022, 1), 1, 0, out, 4, &n_out, &f), CTREND_OK);
    assert_int_equal(n_out, 2);
    assert_close(out[0], 42.0, 0, 0); assert_close(out[1], 22.0, 0, 0);
    assert_int_equal(ctrend_aggregate_periods(a + 3, 1, month(2022, 4), 4, 1, out, 4, &n_out, &f),
                     CTREND_OK);
    assert_int_equal(n_out, 1);
    assert_int_equal(f, month(2022, 1)); /* Jan-Apr is the first third of the year */
    assert_close(out[0], 54.0, 0, 0);
    /* a span crossing a year boundary: Nov 2021 .. Feb 2022 -> Q4 2021, Q1 2022 */
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2021, 11), 3, 1, NULL, 0, &n_out, &f), CTREND_OK);
    assert_int_equal(n_out, 2);
    assert_int_equal(f, month(2021, 10));
}

static void test_edges_and_errors(void **state)
{
    (void)state;
    const double a[4] = {1, 2, 3, 4};
    double ai[4] = {1, 2, INFINITY, 4};
    double out[4] = {-7, -7, -7, -7};
    size_t n_out = 99;
    int32_t f = 0;
    /* n = 0: no periods */
    assert_int_equal(ctrend_aggregate_periods(NULL, 0, month(2022, 5), 3, 0, NULL, 0, &n_out, &f), CTREND_OK);
    assert_int_equal(n_out, 0);
    assert_int_equal(f, month(2022, 4));
    assert_int_equal(ctrend_aggregate_per_day(NULL, 0, month(2022, 5), NULL), CTREND_OK);
    /* all zeros: defined zero sums */
    const double z[3] = {0, 0, 0};
    assert_int_equal(ctrend_aggregate_periods(z, 3, month(2022, 1), 3, 0, out, 4, &n_out, &f), CTREND_OK);
    assert_true(out[0] == 0.0);
    out[0] = -7;
    /* ERANGE: cap too small; *n_out still tells the size, nothing written */
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 1, 0, out, 3, &n_out, &f), CTREND_ERANGE);
    assert_int_equal(n_out, 4);
    assert_close(out[1], -7.0, 0, 0);
    /* ERANGE: months outside years 1..9999 */
    assert_int_equal(ctrend_aggregate_periods(a, 4, 11, 3, 0, out, 4, &n_out, &f), CTREND_ERANGE);
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(9999, 11), 3, 0, out, 4, &n_out, &f), CTREND_ERANGE);
    assert_int_equal(ctrend_aggregate_per_day(a, 4, month(9999, 11), out), CTREND_ERANGE);
    double ok2[2];
    assert_int_equal(ctrend_aggregate_per_day(a, 2, month(9999, 11), ok2), CTREND_OK); /* Nov-Dec 9999 */
    assert_close(ok2[1], 2.0 / 31.0, 1e-15, 0);
    assert_int_equal(ctrend_aggregate_per_day(a, 1, -5, out), CTREND_ERANGE);
    assert_int_equal(ctrend_aggregate_per_day(a, SIZE_MAX, month(2000, 1), out), CTREND_ERANGE);
    /* EINVAL */
    /* 1.0: needed may be NULL (it was a required n_out in 0.1): 4 months from January = 2
     * quarters, written */
    out[1] = -1;
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 3, 0, out, 4, NULL, &f), CTREND_OK);
    assert_close(out[0], 6.0, 0, 0); /* Jan-Mar: 1 + 2 + 3 */
    assert_true(isnan(out[1]));      /* Apr-Jun: May and June are missing */
    for (size_t t = 0; t < 4; ++t) out[t] = -7.0; /* as before, for the checks below */
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 0, 0, out, 4, &n_out, &f), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 5, 0, out, 4, &n_out, &f), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_periods(a, 4, month(2022, 1), 24, 0, out, 4, &n_out, &f), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_periods(NULL, 4, month(2022, 1), 3, 0, out, 4, &n_out, &f), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_periods(ai, 4, month(2022, 1), 1, 0, ai, 4, &n_out, &f), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_per_day(NULL, 4, month(2022, 1), out), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_per_day(a, 4, month(2022, 1), NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_aggregate_per_day(ai, 4, month(2022, 1), ai), CTREND_EINVAL);
    /* EDOMAIN */
    assert_int_equal(ctrend_aggregate_periods(ai, 4, month(2022, 1), 3, 1, out, 4, &n_out, &f), CTREND_EDOMAIN);
    assert_int_equal(ctrend_aggregate_per_day(ai, 4, month(2022, 1), out), CTREND_EDOMAIN);
    for (size_t t = 0; t < 4; ++t) assert_close(out[t], -7.0, 0, 0); /* nothing written */
}

/* A quarter of {1e308, 1e308, 1} overflows a double: CTREND_EDOMAIN, nothing written; the
 * same values split across quarters are fine (each quarter's sum is finite). */
static void test_overflowing_period(void **state)
{
    (void)state;
    const int32_t jan22 = 2022 * 12;
    const double x[6] = {1e308, 1e308, 1, 5, 6, 7};
    double out[2] = {-1, -1};
    size_t n_out = 0;
    int32_t first = 0;
    assert_int_equal(ctrend_aggregate_periods(x, 6, jan22, 3, 0, out, 2, &n_out, &first), CTREND_EDOMAIN);
    assert_close(out[0], -1, 0, 0);
    assert_close(out[1], -1, 0, 0);
    const double y[6] = {1e308, 5, 6, 1e308, 2, 3};
    /* quarters: 1e308 + 11 = 1e308 (rounding) and 1e308 + 5 */
    assert_int_equal(ctrend_aggregate_periods(y, 6, jan22, 3, 0, out, 2, &n_out, &first), CTREND_OK);
    assert_close(out[0], 1e308, 1e-15, 0);
    assert_close(out[1], 1e308, 1e-15, 0);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_per_day_leap_february),
        cmocka_unit_test(test_per_day_pandas),
        cmocka_unit_test(test_quarters_years_pandas),
        cmocka_unit_test(test_ttp_quarters),
        cmocka_unit_test(test_edges_and_errors),
        cmocka_unit_test(test_overflowing_period),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
