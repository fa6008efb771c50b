/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_design.c — calendar design columns (values by hand / by R's formulas in the shared
 * reference README), names, future extension, offsets, covariates, errors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "getters.h"
#include <ctrend.h>

static const double PI = 3.14159265358979323846;

static void test_columns_and_names(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    const int32_t start = 2021 * 12 + 10; /* 2021-11 */
    assert_int_equal(ctrend_design_new(start, 4, &d), CTREND_OK);
    assert_int_equal(ctrend_design_ncol(d), 1);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_design_add_fourier(d, 2), CTREND_OK);
    assert_int_equal(ctrend_design_add_step(d, 2022 * 12, NULL), CTREND_OK);        /* 2022-01 */
    assert_int_equal(ctrend_design_add_slope_change(d, 2021 * 12 + 11, NULL), CTREND_OK); /* 2021-12 */
    const double cov[4] = {1.5, 2.5, NAN, 4.5};
    assert_int_equal(ctrend_design_add_column(d, "x", cov, 4), CTREND_OK);
    const char *want[] = {"(Intercept)", "trend", "sin12", "cos12", "sin6", "cos6", "step", "slope", "x"};
    const size_t p = ctrend_design_ncol(d);
    assert_int_equal(p, 9);
    for (size_t j = 0; j < p; ++j) assert_string_equal(tg_design_col_name(d, j), want[j]);
    assert_null(tg_design_col_name(d, 9));
    size_t j;
    assert_int_equal(ctrend_design_find(d, "step", &j), CTREND_OK);
    assert_int_equal(j, 6);
    assert_int_equal(ctrend_design_find(d, "nope", &j), CTREND_ENOTFOUND);
    /* window rows + 3 future rows */
    double X[7 * 9], off[7];
    assert_int_equal(ctrend_design_matrix(d, 0, 7, X, 7 * 9 - 1, off, 7, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_design_matrix(d, 0, 7, X, 7 * 9, off, 7, NULL), CTREND_OK);
    static const int moy[7] = {11, 12, 1, 2, 3, 4, 5};
    for (size_t i = 0; i < 7; ++i) {
        const double *r = X + i * 9;
        const double m = moy[i];
        assert_close(r[0], 1, 0, 0);
        assert_close(r[1], (double)(i + 1), 0, 0);
        assert_close(r[2], sin(2 * PI * m / 12), 0, 1e-15);
        assert_close(r[3], cos(2 * PI * m / 12), 0, 1e-15);
        assert_close(r[4], sin(2 * PI * m / 6), 0, 1e-15);
        assert_close(r[5], cos(2 * PI * m / 6), 0, 1e-15);
        assert_close(r[6], i >= 2 ? 1 : 0, 0, 0);
        assert_close(r[7], i >= 1 ? (double)(i - 1) : 0, 0, 0);
        assert_close(off[i], 0, 0, 0);
    }
    assert_close(X[0 * 9 + 8], 1.5, 0, 0);
    assert_nan(X[2 * 9 + 8]);
    assert_close(X[4 * 9 + 8], 4.5, 0, 0); /* carried forward */
    const double fut[2] = {7, 8};
    assert_int_equal(ctrend_design_set_future_column(d, "x", fut, 2), CTREND_OK);
    assert_int_equal(ctrend_design_set_future_column(d, "trend", fut, 2), CTREND_ENOTFOUND);
    ctrend_design_matrix(d, 0, 7, X, 7 * 9, NULL, 7, NULL);
    assert_close(X[4 * 9 + 8], 7, 0, 0);
    assert_close(X[5 * 9 + 8], 8, 0, 0);
    assert_close(X[6 * 9 + 8], 8, 0, 0);
    /* clone is deep */
    ctrend_design *c = NULL;
    assert_int_equal(ctrend_design_clone(d, &c), CTREND_OK);
    ctrend_design_free(d);
    double Xc[9];
    assert_int_equal(ctrend_design_matrix(c, 5, 1, Xc, 9, NULL, 1, NULL), CTREND_OK);
    assert_close(Xc[8], 8, 0, 0);
    assert_string_equal(tg_design_col_name(c, 8), "x");
    ctrend_design_free(c);
}

static void test_dummies_offsets(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    const int32_t start = 2024 * 12 + 0; /* Jan 2024, leap year */
    assert_int_equal(ctrend_design_new(start, 3, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_month_dummies(d), CTREND_OK);
    assert_int_equal(ctrend_design_ncol(d), 12);
    assert_string_equal(tg_design_col_name(d, 1), "month2");
    assert_string_equal(tg_design_col_name(d, 11), "month12");
    assert_int_equal(ctrend_design_set_offset_days(d, 1), CTREND_OK);
    const double lexp[3] = {log(100.0), log(200.0), NAN};
    assert_int_equal(ctrend_design_set_offset(d, lexp, 3), CTREND_OK);
    const double lfut[1] = {log(400.0)};
    assert_int_equal(ctrend_design_set_future_offset(d, lfut, 1), CTREND_OK);
    double X[5 * 12], off[5];
    assert_int_equal(ctrend_design_matrix(d, 0, 5, X, 5 * 12, off, 5, NULL), CTREND_OK);
    assert_close(X[1 * 12 + 1], 1, 0, 0); /* Feb row, month2 */
    assert_close(X[0 * 12 + 1], 0, 0, 0);
    assert_close(X[3 * 12 + 3], 1, 0, 0); /* Apr (future) row, month4 */
    assert_close(off[0], log(31.0) + log(100.0), 1e-15, 0);
    assert_close(off[1], log(29.0) + log(200.0), 1e-15, 0);
    assert_nan(off[2]);
    assert_close(off[3], log(30.0) + log(400.0), 1e-15, 0);
    assert_close(off[4], log(31.0) + log(400.0), 1e-15, 0);
    ctrend_design_free(d);
    /* without intercept: 12 dummies, month1 first */
    assert_int_equal(ctrend_design_new(start, 3, &d), CTREND_OK);
    assert_int_equal(ctrend_design_set_intercept(d, 0), CTREND_OK);
    assert_int_equal(ctrend_design_add_month_dummies(d), CTREND_OK);
    assert_int_equal(ctrend_design_ncol(d), 12);
    assert_string_equal(tg_design_col_name(d, 0), "month1");
    ctrend_design_free(d);
    /* Fourier names up to K = 5 */
    assert_int_equal(ctrend_design_new(start, 3, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, 6), CTREND_EINVAL);
    assert_int_equal(ctrend_design_add_fourier(d, 0), CTREND_EINVAL);
    assert_int_equal(ctrend_design_add_fourier(d, 5), CTREND_OK);
    assert_string_equal(tg_design_col_name(d, 10), "cos2.4");
    assert_string_equal(tg_design_col_name(d, 5), "sin4");
    ctrend_design_free(d);
}

static void test_errors(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(0, 0, &d), CTREND_EINVAL);
    assert_int_equal(ctrend_design_new(0, 3, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_design_new(2020 * 12, 3, &d), CTREND_OK);
    const double x[3] = {1, INFINITY, 2}, ok[3] = {1, 2, 3};
    assert_int_equal(ctrend_design_add_column(d, "x", x, 3), CTREND_EDOMAIN);
    assert_int_equal(ctrend_design_add_column(d, "x", ok, 2), CTREND_EINVAL);
    assert_int_equal(ctrend_design_add_column(d, NULL, ok, 3), CTREND_EINVAL);
    assert_int_equal(ctrend_design_add_column(d, "x", ok, 3), CTREND_OK);
    assert_int_equal(ctrend_design_add_column(d, "x", ok, 3), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_design_add_step(d, 2020 * 12, "x"), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_design_add_step(d, 2020 * 12, "(Intercept)"), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_design_set_offset(d, x, 3), CTREND_EDOMAIN);
    assert_int_equal(ctrend_design_set_offset(d, ok, 2), CTREND_EINVAL);
    assert_int_equal(ctrend_design_set_offset(d, NULL, 0), CTREND_OK);
    const double nanf[1] = {NAN};
    assert_int_equal(ctrend_design_set_future_offset(d, nanf, 1), CTREND_EDOMAIN);
    assert_int_equal(ctrend_design_set_future_offset(d, ok, 0), CTREND_EINVAL);
    assert_int_equal(ctrend_design_set_future_column(d, "x", nanf, 1), CTREND_EDOMAIN);
    assert_int_equal(ctrend_design_matrix(NULL, 0, 1, NULL, 0, NULL, 1, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_design_ncol(NULL), 0);
    assert_int_equal(ctrend_design_nrow(NULL), 0);
    assert_int_equal(ctrend_design_add_trend(NULL), CTREND_EINVAL);
    ctrend_design_free(d);
    ctrend_design_free(NULL);
}

/* add_fourier / add_month_dummies are all or nothing: a failure midway (here EDUPLICATE on
 * the 4th name, "cos6", or on "month7") leaves the design as it was, so no lone "sin12"
 * stays behind and a retry after removing the clash is possible. (ENOMEM midway is swept in
 * tests/alloc_fail.) */
static void test_multi_column_rollback(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    double v[24];
    for (size_t i = 0; i < 24; ++i) v[i] = (double)i;
    assert_int_equal(ctrend_design_new(2020 * 12, 24, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_column(d, "cos6", v, 24), CTREND_OK);
    assert_int_equal(ctrend_design_ncol(d), 2); /* intercept, cos6 */
    assert_int_equal(ctrend_design_add_fourier(d, 2), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_design_ncol(d), 2);
    size_t j = 99;
    assert_int_equal(ctrend_design_find(d, "sin12", &j), CTREND_ENOTFOUND);
    assert_int_equal(ctrend_design_add_fourier(d, 1), CTREND_OK); /* no EDUPLICATE now */
    assert_int_equal(ctrend_design_ncol(d), 4);
    assert_string_equal(tg_design_col_name(d, 2), "sin12");
    assert_string_equal(tg_design_col_name(d, 3), "cos12");
    assert_int_equal(ctrend_design_add_column(d, "month7", v, 24), CTREND_OK);
    assert_int_equal(ctrend_design_add_month_dummies(d), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_design_ncol(d), 5);
    assert_int_equal(ctrend_design_find(d, "month2", &j), CTREND_ENOTFOUND);
    ctrend_design_free(d);
}

static void test_window(void **state)
{
    (void)state;
    ctrend_design *d = NULL, *w = NULL;
    assert_int_equal(ctrend_design_new(2020 * 12, 6, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_step(d, 2020 * 12 + 3, NULL), CTREND_OK);
    const double x[6] = {10, 11, 12, 13, NAN, 15}, fut[1] = {16};
    const double lexp[6] = {1, 2, 3, 4, 5, 6};
    assert_int_equal(ctrend_design_add_column(d, "x", x, 6), CTREND_OK);
    assert_int_equal(ctrend_design_set_future_column(d, "x", fut, 1), CTREND_OK);
    assert_int_equal(ctrend_design_set_offset(d, lexp, 6), CTREND_OK);
    assert_int_equal(ctrend_design_window(d, 1, 5, &w), CTREND_OK);
    ctrend_design_free(w);
    assert_int_equal(ctrend_design_window(d, 2, 5, &w), CTREND_ERANGE);
    assert_int_equal(ctrend_design_window(d, 1, 0, &w), CTREND_EINVAL);
    assert_int_equal(ctrend_design_window(d, 1, 2, &w), CTREND_OK); /* rows 1,2 = Feb, Mar 2020 */
    assert_int_equal(tg_design_start(w), 2020 * 12 + 1);
    assert_int_equal(ctrend_design_nrow(w), 2);
    double X[6 * 4], off[6];
    assert_int_equal(ctrend_design_matrix(w, 0, 6, X, 24, off, 6, NULL), CTREND_OK);
    static const double want_x[6] = {11, 12, 13, 13 /* NaN in the rest: carried */, 15, 16};
    for (size_t i = 0; i < 6; ++i) {
        assert_close(X[i * 4 + 1], (double)(i + 1), 0, 0);          /* trend renumbered */
        assert_close(X[i * 4 + 2], i >= 2 ? 1 : 0, 0, 0);            /* step by calendar */
        assert_close(X[i * 4 + 3], want_x[i], 0, 0);
    }
    assert_close(off[0], 2, 0, 0);
    assert_close(off[4], 6, 0, 0);
    assert_close(off[5], 6, 0, 0); /* carried forward */
    ctrend_design_free(w);
    ctrend_design_free(d);
}

/* API 1.0 (docs/api.md §2, §6): ctrend_design_matrix's size query, ERANGE writing nothing
 * (matrix or offset too small), and the status-returning getters. */
static void test_matrix_size_query_and_getters(void **state)
{
    (void)state;
    const int32_t jan22 = 2022 * 12;
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(jan22, 3, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_set_offset_days(d, 1), CTREND_OK);
    size_t need = 0;
    /* 3 rows x 2 columns (intercept, trend) */
    assert_int_equal(ctrend_design_matrix(d, 0, 3, NULL, 0, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 6);
    double X[6], off[3];
    for (size_t i = 0; i < 6; ++i) X[i] = -1;
    for (size_t i = 0; i < 3; ++i) off[i] = -1;
    assert_int_equal(ctrend_design_matrix(d, 0, 3, X, 5, off, 3, &need), CTREND_ERANGE);
    assert_int_equal(ctrend_design_matrix(d, 0, 3, X, 6, off, 2, &need), CTREND_ERANGE);
    for (size_t i = 0; i < 6; ++i) assert_close(X[i], -1, 0, 0); /* nothing written */
    for (size_t i = 0; i < 3; ++i) assert_close(off[i], -1, 0, 0);
    /* rows * p overflows size_t: refused, not wrapped */
    assert_int_equal(ctrend_design_matrix(d, 0, SIZE_MAX, NULL, 0, NULL, 0, &need), CTREND_ERANGE);
    assert_int_equal(ctrend_design_matrix(d, 0, 3, X, 6, off, 3, &need), CTREND_OK);
    assert_int_equal(need, 6);
    const double want_x[6] = {1, 1, 1, 2, 1, 3};
    for (size_t i = 0; i < 6; ++i) assert_close(X[i], want_x[i], 0, 0);
    /* log(days): January 31, February 28 (2022 is not a leap year), March 31 */
    assert_close(off[0], log(31.0), 0, 0);
    assert_close(off[1], log(28.0), 0, 0);
    assert_close(off[2], log(31.0), 0, 0);
    assert_int_equal(ctrend_design_matrix(NULL, 0, 3, X, 6, NULL, 0, &need), CTREND_EINVAL);
    /* getters */
    const char *nm = "untouched";
    assert_int_equal(ctrend_design_col_name(d, 1, &nm), CTREND_OK);
    assert_string_equal(nm, "trend");
    nm = "untouched";
    assert_int_equal(ctrend_design_col_name(d, 2, &nm), CTREND_ERANGE);
    assert_string_equal(nm, "untouched");
    assert_int_equal(ctrend_design_col_name(NULL, 0, &nm), CTREND_EINVAL);
    assert_int_equal(ctrend_design_col_name(d, 0, NULL), CTREND_EINVAL);
    int32_t m = 0;
    assert_int_equal(ctrend_design_start(d, &m), CTREND_OK);
    assert_int_equal(m, jan22);
    assert_int_equal(ctrend_design_start(NULL, &m), CTREND_EINVAL);
    assert_int_equal(ctrend_design_start(d, NULL), CTREND_EINVAL);
    ctrend_design_free(d);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matrix_size_query_and_getters),
        cmocka_unit_test(test_columns_and_names),
        cmocka_unit_test(test_dummies_offsets),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_multi_column_rollback),
        cmocka_unit_test(test_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
