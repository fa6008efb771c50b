/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_frame_set_values.c — ctrend_frame_set_values, a whole series in one call.
 *
 * The reference is the contract itself: the same frame built with one ctrend_frame_set per
 * non-NaN value (the per-cell path the bindings used before), compared cell by cell, set
 * flags included (a month set refuses a second ctrend_frame_set with EDUPLICATE; a month
 * left unset accepts it), plus hand-written expectations for the calendar and the errors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "test_util.h"
#include <ctrend.h>

static const int32_t JAN22 = 2022 * 12;
static const int32_t MONTH_MIN = 1 * 12, MONTH_MAX = 9999 * 12 + 11;

/* Every cell of series i of a and j of b agrees, by value and by being set or not. */
static void assert_same_series(ctrend_frame *a, size_t i, ctrend_frame *b, size_t j)
{
    int32_t sa = 0, sb = 0;
    assert_int_equal(ctrend_frame_start(a, &sa), CTREND_OK);
    assert_int_equal(ctrend_frame_start(b, &sb), CTREND_OK);
    assert_int_equal(sa, sb);
    assert_int_equal(ctrend_frame_n_months(a), ctrend_frame_n_months(b));
    const int32_t n = (int32_t)ctrend_frame_n_months(a);
    for (int32_t m = sa - 2; m < sa + n + 2; ++m) {
        double va = 0.0, vb = 0.0;
        assert_int_equal(ctrend_frame_get(a, i, m, &va), CTREND_OK);
        assert_int_equal(ctrend_frame_get(b, j, m, &vb), CTREND_OK);
        if (isnan(vb)) assert_true(isnan(va));
        else assert_true(va == vb);
        /* set flags: probing with a set is destructive only where it succeeds, and then
         * on both frames alike */
        const int ra = ctrend_frame_set(a, i, m, 1e300), rb = ctrend_frame_set(b, j, m, 1e300);
        assert_int_equal(ra, rb);
    }
}

static void test_gaps_stay_missing(void **state)
{
    (void)state;
    /* months 2022-01 .. 2022-08: a leading and a trailing NaN, a gap in 2022-04/05 */
    const double x[] = {NAN, 3, 0, NAN, NAN, 7.5, 2, NAN};
    ctrend_frame *f = NULL, *ref = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_new(&ref), CTREND_OK);
    size_t i, j;
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "attacks", &i), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(ref, "TTP", "", "attacks", &j), CTREND_OK);
    ctrend_error err;
    assert_int_equal(ctrend_frame_set_values(f, i, x, 8, JAN22, &err), CTREND_OK);
    assert_int_equal(err.code, CTREND_OK);
    for (size_t t = 0; t < 8; ++t)
        if (!isnan(x[t]))
            assert_int_equal(ctrend_frame_set(ref, j, JAN22 + (int32_t)t, x[t]), CTREND_OK);
    /* the calendar is the non-NaN span, 2022-02 .. 2022-07 (6 months) */
    int32_t start = 0;
    assert_int_equal(ctrend_frame_start(f, &start), CTREND_OK);
    assert_int_equal(start, JAN22 + 1);
    assert_int_equal(ctrend_frame_n_months(f), 6);
    double v[6];
    assert_int_equal(ctrend_frame_values(f, i, v, 6, NULL), CTREND_OK);
    assert_true(v[0] == 3 && v[1] == 0 && isnan(v[2]) && isnan(v[3]) && v[4] == 7.5 && v[5] == 2);
    /* the gap is unset: event data may still fill it with true zeros */
    assert_int_equal(ctrend_frame_fill_unset(f, i, JAN22 + 1, JAN22 + 6, 0.0), CTREND_OK);
    assert_int_equal(ctrend_frame_values(f, i, v, 6, NULL), CTREND_OK);
    assert_true(v[0] == 3 && v[1] == 0 && v[2] == 0 && v[3] == 0 && v[4] == 7.5 && v[5] == 2);
    assert_int_equal(ctrend_frame_fill_unset(ref, j, JAN22 + 1, JAN22 + 6, 0.0), CTREND_OK);
    assert_same_series(f, i, ref, j);
    ctrend_frame_free(f);
    ctrend_frame_free(ref);
}

static void test_all_or_nothing(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    size_t i;
    assert_int_equal(ctrend_frame_add_series(f, "ISKP", "KP", "deaths", &i), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, i, JAN22 + 2, 5.0), CTREND_OK); /* 2022-03 */
    /* 2022-01 .. 2022-04, 2022-03 already set: refused, and nothing written */
    const double x[] = {1, 2, 9, 4};
    ctrend_error err;
    assert_int_equal(ctrend_frame_set_values(f, i, x, 4, JAN22, &err), CTREND_EDUPLICATE);
    assert_int_equal(err.code, CTREND_EDUPLICATE);
    assert_string_equal(err.key, "ISKP/KP/deaths");
    assert_string_equal(err.message, "month 2022-03 is already set");
    int32_t start = 0;
    assert_int_equal(ctrend_frame_start(f, &start), CTREND_OK);
    assert_int_equal(start, JAN22 + 2);
    assert_int_equal(ctrend_frame_n_months(f), 1);
    double v = 0;
    assert_int_equal(ctrend_frame_get(f, i, JAN22, &v), CTREND_OK);
    assert_true(isnan(v));
    /* the same range with NaN at the set month interleaves with it */
    const double y[] = {1, 2, NAN, 4};
    assert_int_equal(ctrend_frame_set_values(f, i, y, 4, JAN22, NULL), CTREND_OK);
    double w[4];
    assert_int_equal(ctrend_frame_values(f, i, w, 4, NULL), CTREND_OK);
    assert_true(w[0] == 1 && w[1] == 2 && w[2] == 5 && w[3] == 4);
    /* an already set month outside the new values' span is no conflict: 2021-12 and 2022-05
     * around it, each only touching months never set */
    const double z[] = {8, NAN, NAN, NAN, NAN, 6};
    assert_int_equal(ctrend_frame_set_values(f, i, z, 6, JAN22 - 1, NULL), CTREND_OK);
    assert_int_equal(ctrend_frame_start(f, &start), CTREND_OK);
    assert_int_equal(start, JAN22 - 1);
    assert_int_equal(ctrend_frame_n_months(f), 6);
    ctrend_frame_free(f);
}

static void test_errors(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    size_t i;
    assert_int_equal(ctrend_frame_add_series(f, "g", "", "m", &i), CTREND_OK);
    const double x[] = {1, NAN};
    ctrend_error err;
    assert_int_equal(ctrend_frame_set_values(NULL, 0, x, 2, JAN22, &err), CTREND_EINVAL);
    assert_int_equal(err.code, CTREND_EINVAL);
    assert_int_equal(ctrend_frame_set_values(f, i, NULL, 2, JAN22, &err), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_set_values(f, i, NULL, 0, JAN22, &err), CTREND_OK);
    assert_int_equal(ctrend_frame_set_values(f, 1, x, 2, JAN22, &err), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_set_values(f, i, x, 2, MONTH_MIN - 1, &err), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_set_values(f, i, x, 2, MONTH_MAX + 1, &err), CTREND_ERANGE);
    /* December 9999 then a NaN: fine; a value after December 9999: ERANGE, nothing written */
    assert_int_equal(ctrend_frame_set_values(f, i, x, 2, MONTH_MAX, &err), CTREND_OK);
    const double late[] = {NAN, 2};
    size_t k;
    assert_int_equal(ctrend_frame_add_series(f, "h", "", "m", &k), CTREND_OK);
    assert_int_equal(ctrend_frame_set_values(f, k, late, 2, MONTH_MAX, &err), CTREND_ERANGE);
    assert_string_equal(err.key, "h//m");
    assert_int_equal(ctrend_frame_set_values(f, k, late, 2, MONTH_MAX - 1, &err), CTREND_OK);
    /* 9999-12 of series g is set (x[0] above): the same month again is a duplicate */
    assert_int_equal(ctrend_frame_set_values(f, i, late, 2, MONTH_MAX - 1, &err),
                     CTREND_EDUPLICATE);
    assert_string_equal(err.message, "month 9999-12 is already set");
    /* an all-NaN series changes nothing, not even the calendar */
    ctrend_frame *g = NULL;
    assert_int_equal(ctrend_frame_new(&g), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(g, "g", "", "m", &i), CTREND_OK);
    const double none[] = {NAN, NAN, NAN};
    assert_int_equal(ctrend_frame_set_values(g, i, none, 3, JAN22, &err), CTREND_OK);
    int32_t start = 0;
    assert_int_equal(ctrend_frame_start(g, &start), CTREND_EEMPTY);
    assert_int_equal(ctrend_frame_n_months(g), 0);
    ctrend_frame_free(f);
    ctrend_frame_free(g);
}

/* Random series (a small LCG: deterministic), with gaps, existing cells to interleave with,
 * windows growing both ways: set_values equals the per-cell loop. */
static uint64_t lcg(uint64_t *s)
{
    *s = *s * 6364136223846793005u + 1442695040888963407u;
    return *s >> 33;
}

static void test_random_against_per_cell(void **state)
{
    (void)state;
    uint64_t seed = 20261201;
    ctrend_frame *f = NULL, *ref = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_new(&ref), CTREND_OK);
    double x[300];
    char name[16];
    int refused = 0;
    for (int k = 0; k < 60; ++k) {
        size_t i, j;
        snprintf(name, sizeof name, "s%d", k);
        assert_int_equal(ctrend_frame_add_series(f, name, "r", "m", &i), CTREND_OK);
        assert_int_equal(ctrend_frame_add_series(ref, name, "r", "m", &j), CTREND_OK);
        for (int round = 0; round < 3; ++round) {
            const size_t n = (size_t)(lcg(&seed) % 300);
            const int32_t first = 1990 * 12 + (int32_t)(lcg(&seed) % 400);
            /* 40 % NaN; later rounds sparser, so that some calls interleave without clash */
            const uint64_t nan_share = round == 0 ? 4 : 9;
            for (size_t t = 0; t < n; ++t)
                x[t] = lcg(&seed) % 10 < nan_share ? NAN : (double)(lcg(&seed) % 1000) / 4.0;
            /* ref holds only non-NaN values, so "set" there is "not NaN": the expected
             * status without touching ref */
            int want = CTREND_OK;
            for (size_t t = 0; t < n; ++t) {
                double v = 0;
                assert_int_equal(ctrend_frame_get(ref, j, first + (int32_t)t, &v), CTREND_OK);
                if (!isnan(x[t]) && !isnan(v)) want = CTREND_EDUPLICATE;
            }
            assert_int_equal(ctrend_frame_set_values(f, i, x, n, first, NULL), want);
            if (want != CTREND_OK) {
                ++refused;
                continue;
            }
            for (size_t t = 0; t < n; ++t)
                if (!isnan(x[t]))
                    assert_int_equal(ctrend_frame_set(ref, j, first + (int32_t)t, x[t]),
                                     CTREND_OK);
        }
    }
    assert_true(refused > 0 && refused < 120); /* both outcomes were exercised */
    for (size_t i = 0; i < 60; ++i) assert_same_series(f, i, ref, i);
    ctrend_frame_free(f);
    ctrend_frame_free(ref);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gaps_stay_missing),
        cmocka_unit_test(test_all_or_nothing),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_random_against_per_cell),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
