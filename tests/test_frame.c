/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_frame.c — the series container: keys, calendar, missing vs zero, duplicates. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "getters.h"
#include <ctrend.h>

static const int32_t JAN22 = 2022 * 12;

static void test_keys_and_lookup(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    size_t a, b, c, again;
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "attacks", &a), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", NULL, "deaths", &b), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "ISKP", "KP", "attacks", &c), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", NULL, "attacks", &again), CTREND_OK);
    assert_int_equal(again, a);
    assert_int_equal(ctrend_frame_n_series(f), 3);
    size_t idx;
    assert_int_equal(ctrend_frame_find(f, "ISKP", "KP", "attacks", &idx), CTREND_OK);
    assert_int_equal(idx, c);
    assert_int_equal(ctrend_frame_find(f, "ISKP", "", "attacks", &idx), CTREND_ENOTFOUND);
    assert_string_equal(tg_frame_group(f, c), "ISKP");
    assert_string_equal(tg_frame_region(f, b), "");
    assert_string_equal(tg_frame_metric(f, b), "deaths");
    assert_null(tg_frame_group(f, 3));
    /* many series: the hash table grows and keeps every key */
    char name[32];
    for (int i = 0; i < 5000; ++i) {
        snprintf(name, sizeof name, "g%d", i);
        assert_int_equal(ctrend_frame_add_series(f, name, "r", "m", &idx), CTREND_OK);
        assert_int_equal(idx, 3 + (size_t)i);
    }
    for (int i = 0; i < 5000; i += 97) {
        snprintf(name, sizeof name, "g%d", i);
        assert_int_equal(ctrend_frame_find(f, name, "r", "m", &idx), CTREND_OK);
        assert_int_equal(idx, 3 + (size_t)i);
    }
    ctrend_frame_free(f);
    ctrend_frame_free(NULL);
}

static void test_calendar_gaps_are_missing(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    size_t s, t;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_n_months(f), 0);
    ctrend_frame_add_series(f, "TTP", "", "attacks", &s);
    ctrend_frame_add_series(f, "ISKP", "", "attacks", &t);
    /* set out of order: Apr, Jan (Feb, Mar never reported) */
    assert_int_equal(ctrend_frame_set(f, s, JAN22 + 3, 36), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN22, 42), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, t, JAN22 + 5, 0), CTREND_OK); /* a real zero */
    assert_int_equal(tg_frame_start(f), JAN22);
    assert_int_equal(ctrend_frame_n_months(f), 6);
    double v[6];
    assert_int_equal(ctrend_frame_values(f, s, v, 6, NULL), CTREND_OK);
    assert_close(v[0], 42, 0, 0);
    assert_nan(v[1]);
    assert_nan(v[2]);
    assert_close(v[3], 36, 0, 0);
    assert_nan(v[4]);
    assert_int_equal(ctrend_frame_values(f, t, v, 6, NULL), CTREND_OK);
    assert_nan(v[0]);
    assert_close(v[5], 0, 0, 0);
    assert_int_equal(ctrend_frame_values(f, t, v, 5, NULL), CTREND_ERANGE);
    int32_t first, last;
    assert_int_equal(ctrend_frame_span(f, s, &first, &last), CTREND_OK);
    assert_int_equal(first, JAN22);
    assert_int_equal(last, JAN22 + 3);
    double x;
    assert_int_equal(ctrend_frame_get(f, s, JAN22 - 50, &x), CTREND_OK);
    assert_nan(x);
    ctrend_frame_free(f);
}

static void test_duplicates_and_accumulate(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    size_t s;
    ctrend_frame_new(&f);
    ctrend_frame_add_series(f, "g", "", "m", &s);
    assert_int_equal(ctrend_frame_set(f, s, JAN22, NAN), CTREND_OK); /* reported missing */
    assert_int_equal(ctrend_frame_set(f, s, JAN22, 5), CTREND_EDUPLICATE);
    double x;
    ctrend_frame_get(f, s, JAN22, &x);
    assert_nan(x); /* unchanged by the refused set */
    assert_int_equal(ctrend_frame_accumulate(f, s, JAN22, 5), CTREND_OK);
    assert_int_equal(ctrend_frame_accumulate(f, s, JAN22, 2), CTREND_OK);
    assert_int_equal(ctrend_frame_accumulate(f, s, JAN22, NAN), CTREND_OK);
    ctrend_frame_get(f, s, JAN22, &x);
    assert_close(x, 7, 0, 0);
    /* fill_unset: months without events become 0, set cells are kept */
    assert_int_equal(ctrend_frame_fill_unset(f, s, JAN22 - 2, JAN22 + 2, 0.0), CTREND_OK);
    ctrend_frame_get(f, s, JAN22 - 2, &x);
    assert_close(x, 0, 0, 0);
    ctrend_frame_get(f, s, JAN22, &x);
    assert_close(x, 7, 0, 0);
    assert_int_equal(ctrend_frame_n_months(f), 5);
    /* errors */
    assert_int_equal(ctrend_frame_set(f, 9, JAN22, 1), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_set(f, s, 0, 1), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_fill_unset(f, s, JAN22, JAN22 - 1, 0), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_set(NULL, s, JAN22, 1), CTREND_EINVAL);
    ctrend_frame_free(f);
}

static void test_growth_both_directions(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    size_t s;
    ctrend_frame_new(&f);
    ctrend_frame_add_series(f, "g", "", "m", &s);
    /* 40 years of months, set from the middle outwards */
    const int32_t mid = 2000 * 12;
    for (int32_t k = 0; k < 240; ++k) {
        assert_int_equal(ctrend_frame_set(f, s, mid + k, (double)k), CTREND_OK);
        assert_int_equal(ctrend_frame_set(f, s, mid - 1 - k, (double)(-1 - k)), CTREND_OK);
    }
    assert_int_equal(ctrend_frame_n_months(f), 480);
    assert_int_equal(tg_frame_start(f), mid - 240);
    double *v = malloc(480 * sizeof *v);
    assert_int_equal(ctrend_frame_values(f, s, v, 480, NULL), CTREND_OK);
    for (size_t i = 0; i < 480; ++i) assert_close(v[i], (double)i - 240.0, 0, 0);
    free(v);
    ctrend_frame_free(f);
}

static void test_collapse_by_group(void **state)
{
    (void)state;
    ctrend_frame *f = NULL, *g = NULL;
    size_t a, b, c, k;
    ctrend_frame_new(&f);
    ctrend_frame_add_series(f, "TTP", "KP", "attacks", &a);
    ctrend_frame_add_series(f, "TTP", "Balochistan", "attacks", &b);
    ctrend_frame_add_series(f, "ISKP", "KP", "attacks", &c);
    /* Jan: 30 + 12 = 42; Feb: 20 + missing -> missing (never 20); Mar: 0 + 39 = 39 */
    ctrend_frame_set(f, a, JAN22, 30);
    ctrend_frame_set(f, b, JAN22, 12);
    ctrend_frame_set(f, a, JAN22 + 1, 20);
    ctrend_frame_set(f, a, JAN22 + 2, 0);
    ctrend_frame_set(f, b, JAN22 + 2, 39);
    ctrend_frame_set(f, c, JAN22 + 2, 5);
    assert_int_equal(ctrend_frame_collapse(f, 1, 0, 0, &g), CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(g), 2);
    assert_int_equal(ctrend_frame_find(g, "TTP", "", "attacks", &k), CTREND_OK);
    double v[3];
    assert_int_equal(ctrend_frame_values(g, k, v, 3, NULL), CTREND_OK);
    assert_close(v[0], 42, 0, 0);
    assert_nan(v[1]);
    assert_close(v[2], 39, 0, 0);
    ctrend_frame_free(g);
    /* by region: KP = TTP + ISKP; Jan: 30 + missing ISKP -> missing; Mar: 0 + 5 = 5 */
    assert_int_equal(ctrend_frame_collapse(f, 0, 1, 0, &g), CTREND_OK);
    assert_int_equal(ctrend_frame_find(g, "", "KP", "attacks", &k), CTREND_OK);
    assert_int_equal(ctrend_frame_values(g, k, v, 3, NULL), CTREND_OK);
    assert_nan(v[0]);
    assert_close(v[2], 5, 0, 0);
    ctrend_frame_free(g);
    /* skip_missing: the reported parts are summed (pandas sum(min_count=1)): Feb = 20 */
    assert_int_equal(ctrend_frame_collapse(f, 1, 0, 1, &g), CTREND_OK);
    assert_int_equal(ctrend_frame_find(g, "TTP", "", "attacks", &k), CTREND_OK);
    assert_int_equal(ctrend_frame_values(g, k, v, 3, NULL), CTREND_OK);
    assert_close(v[0], 42, 0, 0);
    assert_close(v[1], 20, 0, 0);
    assert_close(v[2], 39, 0, 0);
    ctrend_frame_free(g);
    assert_int_equal(ctrend_frame_collapse(NULL, 1, 1, 0, &g), CTREND_EINVAL);
    ctrend_frame_free(f);
}

/* API 1.0 (docs/api.md §2, §6): ctrend_frame_values' size query and all-or-nothing ERANGE,
 * and the status-returning getters (nothing written on failure). */
static void test_values_size_query_and_getters(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    size_t s, t, need = 99;
    int32_t m = 777;
    const char *str = "untouched";
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_start(f, &m), CTREND_EEMPTY); /* no months: no first month */
    assert_int_equal(m, 777);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "attacks", &s), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "ISKP", "North", NULL, &t), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN22, 42), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN22 + 3, 36), CTREND_OK);
    /* size query: Jan..Apr 2022 = 4 months */
    assert_int_equal(ctrend_frame_values(f, s, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 4);
    double v[4] = {-1, -1, -1, -1};
    need = 0;
    assert_int_equal(ctrend_frame_values(f, s, v, 3, &need), CTREND_ERANGE);
    assert_int_equal(need, 4); /* the size is still reported */
    for (size_t i = 0; i < 4; ++i) assert_close(v[i], -1, 0, 0); /* nothing written */
    assert_int_equal(ctrend_frame_values(f, s, v, 4, &need), CTREND_OK);
    assert_close(v[0], 42, 0, 0);
    assert_nan(v[1]);
    assert_nan(v[2]);
    assert_close(v[3], 36, 0, 0);
    assert_int_equal(ctrend_frame_values(f, 2, v, 4, &need), CTREND_ERANGE); /* bad index */
    assert_int_equal(ctrend_frame_values(NULL, 0, v, 4, &need), CTREND_EINVAL);
    /* key getters */
    assert_int_equal(ctrend_frame_group(f, t, &str), CTREND_OK);
    assert_string_equal(str, "ISKP");
    assert_int_equal(ctrend_frame_region(f, t, &str), CTREND_OK);
    assert_string_equal(str, "North");
    assert_int_equal(ctrend_frame_metric(f, t, &str), CTREND_OK);
    assert_string_equal(str, ""); /* NULL key part is stored as "" */
    str = "untouched";
    assert_int_equal(ctrend_frame_group(f, 2, &str), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_region(f, 2, &str), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_metric(f, 2, &str), CTREND_ERANGE);
    assert_string_equal(str, "untouched");
    assert_int_equal(ctrend_frame_group(NULL, 0, &str), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_metric(f, 0, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_start(f, &m), CTREND_OK);
    assert_int_equal(m, JAN22);
    assert_int_equal(ctrend_frame_start(NULL, &m), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_start(f, NULL), CTREND_EINVAL);
    ctrend_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_size_query_and_getters),
        cmocka_unit_test(test_keys_and_lookup),
        cmocka_unit_test(test_calendar_gaps_are_missing),
        cmocka_unit_test(test_duplicates_and_accumulate),
        cmocka_unit_test(test_growth_both_directions),
        cmocka_unit_test(test_collapse_by_group),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
