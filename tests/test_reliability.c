/*
 * test_reliability.c — the reproductions of issue 18 ("no crash, no hang, no silently wrong
 * number") expressed in C, one test per defect: sizes that used to wrap, start months that
 * used to overflow, loops without a bound. Each call must return a status (never crash or
 * hang); the values asserted are the documented limits of the headers.
 * (Forecast limits and qpois at huge means are in test_forecast.c.)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ctrend.h>
#include <ctrend/batch.h>
#include "test_util.h"

/* CPU seconds of this process: the bounds below are about the work done (issue 18: "answer or
 * refuse within 5 s"), which a loaded machine must not fail by taking the core away. */
static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}


/* #4: ctrend.fit([1,2,3,4], 'poisson', start=2**31-2) overflowed start + i (signed, UB);
 * #1: ctrend_design_new accepted any size. The window must lie in years 1..9999. */
static void test_design_window_range(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(INT32_MAX - 1, 4, &d), CTREND_ERANGE);
    assert_int_equal(ctrend_design_new(2007 * 12, SIZE_MAX, &d), CTREND_ERANGE);
    assert_int_equal(ctrend_design_new(2007 * 12, (size_t)1 << 61, &d), CTREND_ERANGE);
    assert_int_equal(ctrend_design_new(INT32_MIN, 4, &d), CTREND_ERANGE);
    assert_int_equal(ctrend_design_new(11, 4, &d), CTREND_ERANGE);           /* 0000-12 */
    assert_int_equal(ctrend_design_new(9999 * 12 + 9, 4, &d), CTREND_ERANGE); /* past 9999-12 */
    assert_null(d);
    /* the extremes that are allowed: 0001-01 .. 9999-12, 119 988 months */
    assert_int_equal(ctrend_design_new(12, 119988, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    ctrend_design_free(d);
    assert_int_equal(ctrend_design_new(9999 * 12 + 8, 4, &d), CTREND_OK);
    const double y[4] = {1, 2, 3, 4};
    ctrend_model *m = NULL;
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, y, 4, &m, NULL), CTREND_OK);
    /* the forecast would leave the calendar */
    ctrend_forecast *f = NULL;
    assert_int_equal(ctrend_forecast_new(m, 1, 0, 1, &f, NULL), CTREND_ERANGE);
    assert_null(f);
    ctrend_model_free(m);
    ctrend_design_free(d);
}

static ctrend_frame *small_frame(void)
{
    ctrend_frame *f = NULL;
    size_t idx;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    for (int s = 0; s < 2; ++s) {
        assert_int_equal(ctrend_frame_add_series(f, s ? "b" : "a", "", "x", &idx), CTREND_OK);
        for (int t = 0; t < 24; ++t)
            assert_int_equal(ctrend_frame_set(f, idx, 2007 * 12 + t, 10.0 + t % 5 + s), CTREND_OK);
    }
    return f;
}

/* #1: ctrend.batch_fit(f, '2007-01', -1) (n_months SIZE_MAX through ctypes) and R's
 * ct_batch_fit(f, "2007-01", 2^61) overflowed (max_n + 1) * sizeof in lib/batch.c. The
 * design is refused now; batch_values refuses a matrix whose size wraps. */
static void test_batch_huge_sizes(void **state)
{
    (void)state;
    ctrend_frame *f = small_frame();
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2007 * 12, SIZE_MAX, &d), CTREND_ERANGE);
    assert_int_equal(ctrend_design_new(2007 * 12, (size_t)1 << 61, &d), CTREND_ERANGE);
    double out[4];
    assert_int_equal(ctrend_batch_values(f, NULL, 2, 2007 * 12, SIZE_MAX, out), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_values(f, NULL, 2, 2007 * 12, ((size_t)1 << 63) + 1, out),
                     CTREND_EINVAL);
    /* an ordinary batch still works: 24 months, coefficients finite */
    assert_int_equal(ctrend_design_new(2007 * 12, 24, &d), CTREND_OK);
    double coef[2];
    int status[2];
    assert_int_equal(ctrend_batch_opts_n_series(NULL, f), 2);
    assert_int_equal(ctrend_batch_fit(NULL, f, CTREND_FAMILY_POISSON, d, coef, NULL, NULL, status),
                     CTREND_OK);
    assert_int_equal(status[0], CTREND_OK);
    assert_int_equal(status[1], CTREND_OK);
    /* intercept-only: log of the mean; 24 months of 10 + t % 5: four cycles (4 x 60 = 240)
     * plus 10..13 (46) = 286; series b adds 1 a month: 310 (hand) */
    assert_close(coef[0], log(286.0 / 24.0), 1e-9, 0);
    assert_close(coef[1], log(310.0 / 24.0), 1e-9, 0);
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

/* #2: ctrend.backtest([5,6,7]*4, initial=6, h=1, n_samples=2**61): h*n_samples*8 wrapped
 * (lib/backtest.c, the write in lib/baseline.c). Now a documented work limit. */
static void test_backtest_huge_samples(void **state)
{
    (void)state;
    const double y[12] = {5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7};
    ctrend_backtest *bt = NULL;
    assert_int_equal(ctrend_backtest_new(y, 12, 6, 1, 1, (size_t)1 << 61, 1, &bt), CTREND_ELIMIT);
    assert_int_equal(ctrend_backtest_new(y, 12, 6, 1, 1, SIZE_MAX, 1, &bt), CTREND_ELIMIT);
    assert_int_equal(ctrend_backtest_new(y, 12, 6, SIZE_MAX - 3, 1, 10, 1, &bt), CTREND_ESHORT);
    assert_null(bt);
    assert_true(ctrend_backtest_max_draws() == CTREND_BACKTEST_MAX_DRAWS);
    /* 6 origins x 1 x 1e7 = 6e7 <= 1e8: accepted (nothing is drawn until a model is added) */
    assert_int_equal(ctrend_backtest_new(y, 12, 6, 1, 1, 10000000, 1, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_n_origins(bt), 6);
    ctrend_backtest_free(bt);
    /* baseline with a sample count whose product wraps: the buffer check fails, no write */
    double point[1], samples[1];
    ctrend_baseline_opts *bo = NULL;
    assert_int_equal(ctrend_baseline_opts_new(&bo), CTREND_OK);
    assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_KIND, CTREND_BASELINE_LAST), CTREND_OK);
    /* 2^63 draws per month is above the key's bound (2^53): refused by the setter */
    assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_N_SAMPLES, INT64_C(1) << 62),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_N_SAMPLES, INT64_C(1) << 53),
                     CTREND_OK);
    assert_int_equal(ctrend_baseline_forecast(bo, y, 12, 2, point, 1, samples, 1, NULL), CTREND_ERANGE);
    ctrend_baseline_opts_free(bo);
}

/* #8 and the wrap in its message: breaks' work is bounded before the first fit, and a
 * min_segment whose double wraps is refused, not searched over ~2^64 candidates. */
static void test_breaks_limits(void **state)
{
    (void)state;
    enum { N = 1000 };
    static double y[N];
    for (size_t i = 0; i < N; ++i) y[i] = 20.0 + (double)(i % 7);
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(1900 * 12, N, &d), CTREND_OK);
    ctrend_model_opts *o = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    ctrend_breaks *b = NULL;
    const double t0 = seconds();
    /* 1 000 months x 977 candidates x 200 profiles = 1.95e8: above 1e8, the bound of a
     * Poisson bootstrap on the lane path (floor(1e8 / 977 000) - 1 = 101 bootstrap series),
     * and above 2e7, that of a negative binomial one fitted one by one (floor(2e7 / 977 000)
     * - 1 = 19) */
    ctrend_error err;
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_SEED, (int64_t)(1)), CTREND_OK);
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL, &b, &err),
                     CTREND_ELIMIT); /* the defaults: min_segment 12, 199 bootstrap series */
    assert_non_null(strstr(ctrend_model_opts_errmsg(o), "at most 101 bootstrap series"));
    assert_int_equal(err.code, CTREND_ELIMIT);
    assert_non_null(strstr(err.message, "at most 101 bootstrap series"));
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_NEGBIN, d, y, N, CTREND_BREAK_LEVEL, &b, &err),
                     CTREND_ELIMIT);
    assert_non_null(strstr(err.message, "at most 19 bootstrap series"));
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_QUASIPOISSON, d, y, N, CTREND_BREAK_LEVEL, &b, &err),
                     CTREND_ELIMIT);
    assert_non_null(strstr(err.message, "at most 101 bootstrap series"));
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_N_BOOT, (int64_t)(2e7)), CTREND_OK);
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL, &b, NULL),
                     CTREND_ELIMIT);
    /* sizes beyond the work limit are refused by the setter (0.1: SIZE_MAX reached the fit) */
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_N_BOOT, (int64_t)(2e7 + 1)), CTREND_EINVAL);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MIN_SEGMENT, INT64_MAX), CTREND_EINVAL);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_N_BOOT, (int64_t)(0)), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MIN_SEGMENT, (int64_t)(501)), CTREND_OK);
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL, &b, NULL),
                     CTREND_ESHORT);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MIN_SEGMENT, (int64_t)(2e7)), CTREND_OK);
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL, &b, NULL),
                     CTREND_ESHORT);
    assert_null(b);
    assert_true(seconds() - t0 < ctrend_test_time_bound(1.0)); /* refused before any fit */
    assert_true(ctrend_breaks_max_work() == CTREND_BREAKS_MAX_WORK);
    ctrend_model_opts_free(o);
    ctrend_design_free(d);
}

/* #6: counts of 5e9 (above gsl_ran_poisson's range) in breaks and backtest answer quickly:
 * a level shift of +6 % after month 24 of 48 is found exactly there. */
static void test_huge_counts_answer(void **state)
{
    (void)state;
    enum { N = 48 };
    double y[N];
    for (size_t i = 0; i < N; ++i) y[i] = 5e9 + (double)(i % 7) * 1e5 + (i >= 24 ? 3e8 : 0);
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2000 * 12, N, &d), CTREND_OK);
    ctrend_breaks *b = NULL;
    const double t0 = seconds();
    ctrend_model_opts *o = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MIN_SEGMENT, (int64_t)(6)), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_N_BOOT, (int64_t)(19)), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_SEED, (int64_t)(1)), CTREND_OK);
    assert_int_equal(ctrend_breaks_fit(o, CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL, &b, NULL),
                     CTREND_OK);
    ctrend_model_opts_free(o);
    int32_t bm = 0;
    assert_int_equal(ctrend_breaks_month(b, &bm), CTREND_OK);
    assert_int_equal(bm, 2000 * 12 + 24);
    double p;
    assert_int_equal(ctrend_breaks_scalar(b, CTREND_BS_PVALUE, &p), CTREND_OK);
    assert_close(p, 1.0 / 20.0, 0, 0); /* no bootstrap LR comes near 6e7 */
    ctrend_breaks_free(b);
    ctrend_backtest *bt = NULL;
    assert_int_equal(ctrend_backtest_new(y, N, 36, 1, 1, 1000, 1, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_model(bt, "poisson", d, CTREND_FAMILY_POISSON, NULL, NULL),
                     CTREND_OK);
    ctrend_backtest_free(bt);
    ctrend_design_free(d);
    assert_true(seconds() - t0 < ctrend_test_time_bound(5.0));
}

/* #17: NB on 24 months with Pearson dispersion 2.9e6 (counts 0..5e6): 0.1 reported theta =
 * Inf (the Poisson fit) as OK. R 4.2.2 MASS glm.nb(y ~ t) warns "iteration limit reached"
 * and "alternation limit reached" (theta 7.9e8, SE NaN). Now CTREND_ENOCONV with a message;
 * data without overdispersion still fall back to Poisson (test_model.c, test_negbin_fallback). */
static void test_negbin_flat_theta(void **state)
{
    (void)state;
    static const double y[24] = {0, 3, 1000000, 2, 0, 5, 3000000, 1, 0, 7, 2000000, 4,
                                 1, 0, 5000000, 3, 2, 1, 800000, 0, 6, 2, 4000000, 1};
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2020 * 12, 24, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    ctrend_model_opts *o = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    ctrend_model *m = NULL;
    ctrend_error err;
    assert_int_equal(ctrend_model_fit(o, CTREND_FAMILY_NEGBIN, d, y, 24, &m, &err), CTREND_ENOCONV);
    assert_null(m);
    /* the unconverged theta is R's: 791953944 */
    assert_non_null(strstr(err.message, "iteration limit (25) reached"));
    assert_non_null(strstr(err.message, "theta 7.91954e+08"));
    /* the Poisson fit itself is fine; its Pearson dispersion is 2.9e6 */
    assert_int_equal(ctrend_model_fit(o, CTREND_FAMILY_POISSON, d, y, 24, &m, NULL), CTREND_OK);
    double disp;
    assert_int_equal(ctrend_model_scalar(m, CTREND_MS_DISPERSION, &disp), CTREND_OK);
    assert_true(disp > 1e6);
    ctrend_model_free(m);
    ctrend_model_opts_free(o);
    ctrend_design_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_design_window_range),
        cmocka_unit_test(test_batch_huge_sizes),
        cmocka_unit_test(test_backtest_huge_samples),
        cmocka_unit_test(test_breaks_limits),
        cmocka_unit_test(test_huge_counts_answer),
        cmocka_unit_test(test_negbin_flat_theta),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
