/*
 * test_fit_bound.c — issue 18 "Must show": `fit` on 2^53-scale series with many columns
 * (covariates and an exposure besides trend, season, steps and slope changes) answers or
 * refuses within 5 s, in the style of test_reliability.c: process CPU time, scaled under
 * memcheck by ctrend_test_time_bound (test_util.h). "Answers" means a documented status
 * (ctrend_model_fit's list in model.h) and, when OK, finite coefficients and a finite
 * deviance; the statuses themselves are asserted where hand arithmetic fixes them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ctrend.h>
#include "test_util.h"

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

#define TWO53 9007199254740992.0

/* n months from 1900-01 of counts near 2^53: 2^53 * (0.55 + 0.35 sin(2 pi t / 12) + 0.05 (t mod 7) / 7),
 * rounded down (every value an integer <= 2^53, as the reader's count limit allows). */
static double *huge_counts(size_t n)
{
    double *y = malloc(n * sizeof *y);
    assert_non_null(y);
    for (size_t t = 0; t < n; ++t)
        y[t] = floor(TWO53 * (0.55 + 0.35 * sin(6.283185307179586 * (double)t / 12.0) + 0.05 * (double)(t % 7) / 7.0));
    return y;
}

/* trend, 5 Fourier pairs, n_steps steps and n_steps/2 slope changes spread over the window,
 * n_cov covariates (the j-th: cos(t (j + 1) / 17) * 10^(j mod 7), so no two are collinear),
 * and an exposure (a population growing 0.1 % a month from 10^7). */
static ctrend_design *wide_design(size_t n, size_t n_steps, size_t n_cov)
{
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(1900 * 12, n, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, CTREND_DESIGN_MAX_FOURIER), CTREND_OK);
    for (size_t k = 0; k < n_steps; ++k) {
        const int32_t m = 1900 * 12 + (int32_t)((k + 1) * n / (n_steps + 1));
        char name[24];
        snprintf(name, sizeof name, "step%zu", k);
        assert_int_equal(ctrend_design_add_step(d, m, name), CTREND_OK);
        snprintf(name, sizeof name, "slope%zu", k);
        if (k % 2 == 0) assert_int_equal(ctrend_design_add_slope_change(d, m + 1, name), CTREND_OK);
    }
    double *x = malloc(n * sizeof *x);
    assert_non_null(x);
    for (size_t j = 0; j < n_cov; ++j) {
        char name[16];
        snprintf(name, sizeof name, "x%zu", j);
        for (size_t t = 0; t < n; ++t) x[t] = cos((double)t * (double)(j + 1) / 17.0) * pow(10.0, (double)(j % 7));
        assert_int_equal(ctrend_design_add_column(d, name, x, n), CTREND_OK);
    }
    for (size_t t = 0; t < n; ++t) x[t] = 1e7 * pow(1.001, (double)t);
    assert_int_equal(ctrend_design_set_exposure(d, x, n, NULL), CTREND_OK);
    free(x);
    return d;
}

/* One fit per family, each within the bound: a documented status, finite results when OK. */
static void fit_all_families(const ctrend_design *d, const double *y, size_t n, int *status)
{
    for (int fam = CTREND_FAMILY_POISSON; fam <= CTREND_FAMILY_GAUSSIAN; ++fam) {
        ctrend_model *m = NULL;
        ctrend_error err;
        const double t0 = seconds();
        const int rc = ctrend_model_fit(NULL, fam, d, y, n, &m, &err);
        const double dt = seconds() - t0;
        printf("#   %zu months x %zu columns, family %d: %s in %.3f s CPU\n", n,
               ctrend_design_ncol(d), fam, ctrend_status_name(rc), dt);
        assert_true(dt < ctrend_test_time_bound(5.0));
        status[fam] = rc;
        assert_true(rc == CTREND_OK || rc == CTREND_ESINGULAR || rc == CTREND_ENOCONV ||
                    rc == CTREND_ENUMERIC || rc == CTREND_ESEPARATION);
        if (rc != CTREND_OK) {
            assert_null(m);
            assert_int_equal(err.code, rc);
            assert_true(err.message[0] != '\0');
            continue;
        }
        const size_t p = ctrend_model_ncoef(m);
        assert_int_equal(p, ctrend_design_ncol(d));
        double dev;
        assert_int_equal(ctrend_model_scalar(m, CTREND_MS_DEVIANCE, &dev), CTREND_OK);
        assert_true(isfinite(dev) && dev >= 0);
        double *b = malloc(p * sizeof *b);
        assert_non_null(b);
        size_t k = 0;
        assert_int_equal(ctrend_model_vector(m, CTREND_MV_COEF, b, p, &k), CTREND_OK);
        assert_int_equal(k, p);
        for (size_t j = 0; j < p; ++j) assert_true(isfinite(b[j]));
        free(b);
        ctrend_model_free(m);
    }
}

/* 100 years of months, 81 columns: intercept + trend + 10 Fourier + 24 steps + 12 slope
 * changes + 33 covariates = 1 + 1 + 10 + 24 + 12 + 33 = 81, and an exposure. */
static void test_many_columns_2p53(void **state)
{
    (void)state;
    enum { N = 1200 };
    double *y = huge_counts(N);
    ctrend_design *d = wide_design(N, 24, 33);
    assert_int_equal(ctrend_design_ncol(d), 81);
    int st[4];
    fit_all_families(d, y, N, st);
    /* least squares always has an answer for a full-rank design */
    assert_int_equal(st[CTREND_FAMILY_GAUSSIAN], CTREND_OK);
    ctrend_design_free(d);
    free(y);
}

/* A thousand years of months (12 000) with the same 81 columns: within the bound (12 000 x
 * 81^2 = 7.87e7 multiply-adds per iteration, under CTREND_FIT_MAX_WORK = 1e8). */
static void test_long_window_2p53(void **state)
{
    (void)state;
    /* under memcheck (CTREND_SKIP_HUGE) these four fits take minutes: the normal and the
     * sanitizer runs hold the bound, memcheck runs the 1 200-month case */
    if (getenv("CTREND_SKIP_HUGE")) skip();
    enum { N = 12000 };
    double *y = huge_counts(N);
    ctrend_design *d = wide_design(N, 24, 33);
    int st[4];
    fit_all_families(d, y, N, st);
    assert_int_equal(st[CTREND_FAMILY_GAUSSIAN], CTREND_OK);
    ctrend_design_free(d);
    free(y);
}

/* The longest window the calendar allows from 1900, 1900-01..9999-12 = 8 100 years = 97 200
 * months, x 81 columns took 32 s CPU for the four families before the work limit. Now each
 * family refuses it before any work: 97 200 x 81^2 = 6.38e8 > 1e8, and the message gives
 * the longest window that fits, floor(1e8 / 81^2) = floor(15 241.58) = 15 241 months. */
static void test_longest_window_refused(void **state)
{
    (void)state;
    enum { N = 97200 };
    double *y = huge_counts(N);
    ctrend_design *d = wide_design(N, 24, 33);
    assert_int_equal(ctrend_design_ncol(d), 81);
    for (int fam = CTREND_FAMILY_POISSON; fam <= CTREND_FAMILY_GAUSSIAN; ++fam) {
        ctrend_model *m = NULL;
        ctrend_error err;
        const double t0 = seconds();
        assert_int_equal(ctrend_model_fit(NULL, fam, d, y, N, &m, &err), CTREND_ELIMIT);
        assert_true(seconds() - t0 < ctrend_test_time_bound(0.5));
        assert_null(m);
        assert_int_equal(err.code, CTREND_ELIMIT);
        assert_non_null(strstr(err.message, "97200 months x 81 columns"));
        assert_non_null(strstr(err.message, "at most 15241 months"));
    }
    ctrend_design_free(d);
    free(y);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_columns_2p53),
        cmocka_unit_test(test_long_window_2p53),
        cmocka_unit_test(test_longest_window_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
