/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_baseline.c — baseline forecasts: points by hand, draws replayed with GSL directly,
 * determinism, Monte-Carlo means, errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "rpois_ref.h" /* ref_rpois: the documented samplers */
#include <ctrend.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

/* 24 months, Jan 2020 .. Dec 2021, with one gap (NaN) in Mar 2021 */
static const double X[24] = {3,  5,  2,  8,  13, 7,  4,  0,  1,  6,  9,  11,
                             14, 10, NAN, 6, 4,  12, 15, 3,  2,  0,  7,  5};

/* The 0.1 argument list on top of the options handle: kind, window k (set when non-zero or
 * for MEAN, whose k = 0 is refused by the setter), draws, seed; point capacity h. */
static int bl(int kind, const double *x, size_t n, size_t k, size_t h, size_t n_samples,
              uint64_t seed, double *point, double *samples, size_t samples_cap)
{
    ctrend_baseline_opts *o = NULL;
    int rc = ctrend_baseline_opts_new(&o);
    if (!rc) rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_KIND, kind);
    if (!rc && (k || kind == CTREND_BASELINE_MEAN))
        rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_K, (int64_t)k);
    if (!rc) rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_N_SAMPLES, (int64_t)n_samples);
    if (!rc) rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_SEED, (int64_t)seed);
    if (!rc) rc = ctrend_baseline_forecast(o, x, n, h, point, h, samples, samples_cap, NULL);
    ctrend_baseline_opts_free(o);
    return rc;
}

/* The options handle itself: defaults, bounds, refused values, the size query, capacities. */
static void test_opts(void **state)
{
    (void)state;
    ctrend_baseline_opts *o = NULL;
    int64_t v = -1;
    double lo, hi, p[3], s[6];
    size_t need = 0;
    assert_int_equal(ctrend_baseline_opts_new(NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_baseline_opts_get_int(o, CTREND_BASELINE_OPT_KIND, &v), CTREND_OK);
    assert_int_equal(v, CTREND_BASELINE_ZERO);
    assert_int_equal(ctrend_baseline_opts_get_int(o, CTREND_BASELINE_OPT_K, &v), CTREND_OK);
    assert_int_equal(v, 12);
    assert_int_equal(ctrend_baseline_opts_get_int(o, CTREND_BASELINE_OPT_N_SAMPLES, &v), CTREND_OK);
    assert_int_equal(v, 0);
    assert_int_equal(ctrend_baseline_opts_get_int(o, CTREND_BASELINE_OPT_COUNT, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_bounds(CTREND_BASELINE_OPT_KIND, &lo, &hi), CTREND_OK);
    assert_true(lo == 0 && hi == CTREND_BASELINE_COUNT - 1);
    assert_int_equal(ctrend_baseline_opts_bounds(CTREND_BASELINE_OPT_K, &lo, &hi), CTREND_OK);
    assert_true(lo == 1 && hi == 9007199254740992.0);
    assert_int_equal(ctrend_baseline_opts_bounds(-1, &lo, &hi), CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_KIND, 5), CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_K, 0), CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_N_SAMPLES, -1), CTREND_EINVAL);
    assert_int_equal(ctrend_baseline_opts_set_int(o, 99, 1), CTREND_EINVAL);
    /* every 64-bit seed: -1 is the seed 2^64 - 1 */
    assert_int_equal(ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_SEED, -1), CTREND_OK);
    assert_int_equal(ctrend_baseline_opts_get_int(o, CTREND_BASELINE_OPT_SEED, &v), CTREND_OK);
    assert_int_equal(v, -1);
    /* last value 5 (X[23]), 3 months x 2 draws: size query, then too small, then enough */
    assert_int_equal(ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_KIND, CTREND_BASELINE_LAST), CTREND_OK);
    assert_int_equal(ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_N_SAMPLES, 2), CTREND_OK);
    assert_int_equal(ctrend_baseline_forecast(o, X, 24, 3, NULL, 0, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 6);
    assert_int_equal(ctrend_baseline_forecast(o, X, 24, 3, p, 2, s, 6, &need), CTREND_ERANGE);
    assert_int_equal(ctrend_baseline_forecast(o, X, 24, 3, p, 3, s, 5, &need), CTREND_ERANGE);
    assert_int_equal(ctrend_baseline_forecast(o, X, 24, 3, p, 3, s, 6, &need), CTREND_OK);
    assert_close(p[2], 5, 0, 0);
    /* the same draws as the 0.1 argument list with seed 2^64 - 1 */
    double s2[6];
    assert_int_equal(bl(CTREND_BASELINE_LAST, X, 24, 0, 3, 2, UINT64_MAX, NULL, s2, 6), CTREND_OK);
    assert_memory_equal(s, s2, sizeof s);
    /* NULL handle: the defaults (zero baseline, no draws) */
    assert_int_equal(ctrend_baseline_forecast(NULL, X, 24, 3, p, 3, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 0);
    assert_close(p[0], 0, 0, 0);
    ctrend_baseline_opts_free(o);
    ctrend_baseline_opts_free(NULL);
}

static void test_names(void **state)
{
    (void)state;
    int k;
    for (int i = 0; i < CTREND_BASELINE_COUNT; ++i) {
        assert_int_equal(ctrend_baseline_parse(ctrend_baseline_name(i), &k), CTREND_OK);
        assert_int_equal(k, i);
    }
    assert_string_equal(ctrend_baseline_name(CTREND_BASELINE_CONFLICTOLOGY), "conflictology");
    assert_null(ctrend_baseline_name(5));
    assert_int_equal(ctrend_baseline_count(), CTREND_BASELINE_COUNT);
    assert_int_equal(ctrend_baseline_season(), CTREND_BASELINE_SEASON);
    assert_close(ctrend_baseline_poisson_max(), CTREND_BASELINE_POISSON_MAX, 0, 0);
    assert_null(ctrend_baseline_name(-1));
    assert_int_equal(ctrend_baseline_parse("naive", &k), CTREND_ENOTFOUND);
    assert_int_equal(ctrend_baseline_parse(NULL, &k), CTREND_EINVAL);
}

static void test_points_by_hand(void **state)
{
    (void)state;
    double p[14];
    assert_int_equal(bl(CTREND_BASELINE_ZERO, X, 24, 0, 3, 0, 1, p, NULL, 0),
                     CTREND_OK);
    assert_close(p[2], 0, 0, 0);
    assert_int_equal(bl(CTREND_BASELINE_LAST, X, 24, 0, 3, 0, 1, p, NULL, 0),
                     CTREND_OK);
    assert_close(p[0], 5, 0, 0);
    assert_close(p[2], 5, 0, 0);
    /* last value skips a trailing gap: x[0..15) ends with NaN at index 14 -> 10 */
    assert_int_equal(bl(CTREND_BASELINE_LAST, X, 15, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_OK);
    assert_close(p[0], 10, 0, 0);
    /* mean of the last 4: (2 + 0 + 7 + 5)/4 = 3.5 */
    assert_int_equal(bl(CTREND_BASELINE_MEAN, X, 24, 4, 2, 0, 1, p, NULL, 0),
                     CTREND_OK);
    assert_close(p[1], 3.5, 1e-15, 0);
    /* mean of the last 12 with the NaN skipped: (14+10+6+4+12+15+3+2+0+7+5)/11 = 78/11 */
    assert_int_equal(bl(CTREND_BASELINE_MEAN, X, 24, 12, 1, 0, 1, p, NULL, 0),
                     CTREND_OK);
    assert_close(p[0], 78.0 / 11, 1e-15, 0);
    /* conflictology point: the same mean of the last 12 non-NaN values */
    assert_int_equal(
        bl(CTREND_BASELINE_CONFLICTOLOGY, X, 24, 0, 1, 0, 1, p, NULL, 0),
        CTREND_OK);
    assert_close(p[0], 78.0 / 11, 1e-15, 0);
    /* seasonal naive, h = 14 from n = 24: month j+1 ahead copies x[24 + j - 12 ceil((j+1)/12)]
     * j = 0..11 -> x[12..23]; j = 12, 13 -> x[12], x[13] again */
    assert_int_equal(
        bl(CTREND_BASELINE_SEASONAL, X, 24, 0, 14, 0, 1, p, NULL, 0),
        CTREND_OK);
    for (size_t j = 0; j < 12; ++j) {
        if (j == 2) assert_nan(p[j]);
        else assert_close(p[j], X[12 + j], 0, 0);
    }
    assert_close(p[12], 14, 0, 0);
    assert_close(p[13], 10, 0, 0);
    /* seasonal from n = 13 (exactly one year plus one month): month 1 ahead = x[1] */
    assert_int_equal(
        bl(CTREND_BASELINE_SEASONAL, X, 13, 0, 1, 0, 1, p, NULL, 0),
        CTREND_OK);
    assert_close(p[0], 5, 0, 0);
}

static unsigned long fold(uint64_t seed)
{
    return (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu);
}

/* The documented draw order, replayed with GSL's generator directly. */
static void test_draws_replayed_with_gsl(void **state)
{
    (void)state;
    enum { H = 3, M = 50 };
    double s[H * M];
    const uint64_t seed = 0x0000000500000007ULL; /* folds to 2 */
    assert_int_equal(fold(seed), 2);
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    /* LAST: Poisson(5) */
    assert_int_equal(bl(CTREND_BASELINE_LAST, X, 24, 0, H, M, seed, NULL, s,
                                              H * M),
                     CTREND_OK);
    gsl_rng_set(r, fold(seed));
    for (size_t i = 0; i < H * M; ++i) assert_close(s[i], ref_rpois(r, 5.0), 0, 0);
    /* SEASONAL from n = 24: rows Poisson(14), Poisson(10), NaN (no draws) */
    assert_int_equal(bl(CTREND_BASELINE_SEASONAL, X, 24, 0, H, M, seed, NULL,
                                              s, H * M),
                     CTREND_OK);
    gsl_rng_set(r, fold(seed));
    for (size_t i = 0; i < M; ++i) assert_close(s[i], ref_rpois(r, 14.0), 0, 0);
    for (size_t i = 0; i < M; ++i) assert_close(s[M + i], ref_rpois(r, 10.0), 0, 0);
    for (size_t i = 0; i < M; ++i) assert_nan(s[2 * M + i]);
    /* CONFLICTOLOGY: the pool is the 11 non-NaN values of x[12..24) in order */
    const double pool[11] = {14, 10, 6, 4, 12, 15, 3, 2, 0, 7, 5};
    assert_int_equal(bl(CTREND_BASELINE_CONFLICTOLOGY, X, 24, 0, H, M, seed,
                                              NULL, s, H * M),
                     CTREND_OK);
    gsl_rng_set(r, fold(seed));
    for (size_t i = 0; i < H * M; ++i) assert_close(s[i], pool[gsl_rng_uniform_int(r, 11)], 0, 0);
    gsl_rng_free(r);
    /* ZERO: all zeros */
    assert_int_equal(
        bl(CTREND_BASELINE_ZERO, X, 24, 0, H, M, seed, NULL, s, H * M),
        CTREND_OK);
    for (size_t i = 0; i < H * M; ++i) assert_close(s[i], 0, 0, 0);
    /* zero baseline with an empty series */
    assert_int_equal(bl(CTREND_BASELINE_ZERO, NULL, 0, 0, 1, 1, 1, NULL, s, 1),
                     CTREND_OK);
}

static void test_determinism(void **state)
{
    (void)state;
    enum { H = 6, M = 200 };
    static double a[H * M], b[H * M], c[H * M];
    for (int kind = 1; kind < CTREND_BASELINE_COUNT; ++kind) {
        assert_int_equal(bl(kind, X, 24, 6, H, M, 42, NULL, a, H * M),
                         CTREND_OK);
        assert_int_equal(bl(kind, X, 24, 6, H, M, 42, NULL, b, H * M),
                         CTREND_OK);
        assert_int_equal(bl(kind, X, 24, 6, H, M, 43, NULL, c, H * M),
                         CTREND_OK);
        size_t diff = 0;
        for (size_t i = 0; i < H * M; ++i) {
            if (isnan(a[i])) { assert_nan(b[i]); continue; }
            assert_close(a[i], b[i], 0, 0);
            if (a[i] != c[i]) ++diff;
        }
        assert_true(diff > 0); /* another seed gives other draws */
    }
}

/* Monte-Carlo check of the sample means. With N draws of Poisson(v) the sample mean has
 * standard deviation sqrt(v/N); we allow 5 standard deviations (a false alarm probability of
 * 6e-7 for a fresh seed; the seed is fixed so the test is deterministic anyway). */
static void test_sample_means(void **state)
{
    (void)state;
    enum { H = 12, M = 5000 };
    static double s[H * M];
    const double N = (double)(H * M);
    /* mean of the last 6: (15+3+2+0+7+5)/6 = 32/6 */
    const double v = 32.0 / 6;
    assert_int_equal(
        bl(CTREND_BASELINE_MEAN, X, 24, 6, H, M, 7, NULL, s, H * M),
        CTREND_OK);
    double sum = 0, ss = 0;
    for (size_t i = 0; i < H * M; ++i) { sum += s[i]; ss += s[i] * s[i]; }
    const double mean = sum / N, var = ss / N - mean * mean;
    assert_close(mean, v, 0, 5 * sqrt(v / N));
    /* Poisson: variance = mean; var of the sample variance ~ (v + 2v^2)/N */
    assert_close(var, v, 0, 5 * sqrt((v + 2 * v * v) / N));
    /* conflictology: mean of the pool 78/11, pool variance sigma^2 */
    const double pool[11] = {14, 10, 6, 4, 12, 15, 3, 2, 0, 7, 5};
    double pm = 0, pv = 0;
    for (size_t i = 0; i < 11; ++i) pm += pool[i] / 11;
    for (size_t i = 0; i < 11; ++i) pv += (pool[i] - pm) * (pool[i] - pm) / 11;
    assert_int_equal(bl(CTREND_BASELINE_CONFLICTOLOGY, X, 24, 0, H, M, 7,
                                              NULL, s, H * M),
                     CTREND_OK);
    sum = 0;
    for (size_t i = 0; i < H * M; ++i) {
        sum += s[i];
        int in_pool = 0;
        for (size_t q = 0; q < 11; ++q) in_pool |= s[i] == pool[q];
        assert_true(in_pool);
    }
    assert_close(sum / N, pm, 0, 5 * sqrt(pv / N));
    /* huge counts: last value 1e9 (the largest Poisson mean allowed) */
    const double big[2] = {5, 1e9};
    double pt;
    assert_int_equal(bl(CTREND_BASELINE_LAST, big, 2, 0, 1, 100, 3, &pt, s,
                                              100),
                     CTREND_OK);
    sum = 0;
    for (size_t i = 0; i < 100; ++i) sum += s[i];
    assert_close(sum / 100, 1e9, 0, 5 * sqrt(1e9 / 100));
}

static void test_errors(void **state)
{
    (void)state;
    double p[4], s[8];
    const int B_ZERO = CTREND_BASELINE_ZERO, B_LAST = CTREND_BASELINE_LAST,
              B_MEAN = CTREND_BASELINE_MEAN, B_SEAS = CTREND_BASELINE_SEASONAL,
              B_CONF = CTREND_BASELINE_CONFLICTOLOGY;
    assert_int_equal(bl(5, X, 24, 0, 1, 0, 1, p, NULL, 0), CTREND_EINVAL);
    assert_int_equal(bl(-1, X, 24, 0, 1, 0, 1, p, NULL, 0), CTREND_EINVAL);
    assert_int_equal(bl(B_LAST, NULL, 24, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_EINVAL);
    assert_int_equal(bl(B_LAST, X, 24, 0, 0, 0, 1, p, NULL, 0),
                     CTREND_EINVAL);
    assert_int_equal(bl(B_MEAN, X, 24, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_EINVAL);
    /* samples NULL with draws asked: a size query (0.1: CTREND_EINVAL) */
    assert_int_equal(bl(B_LAST, X, 24, 0, 1, 2, 1, p, NULL, 8), CTREND_OK);
    /* buffer too small: 4 x 2 = 8 > 7 */
    assert_int_equal(bl(B_LAST, X, 24, 0, 4, 2, 1, p, s, 7), CTREND_ERANGE);
    assert_int_equal(bl(B_LAST, X, 24, 0, SIZE_MAX / 2, 4, 1, p, s, 8),
                     CTREND_ERANGE);
    /* too short */
    assert_int_equal(bl(B_MEAN, X, 3, 4, 1, 0, 1, p, NULL, 0), CTREND_ESHORT);
    assert_int_equal(bl(B_SEAS, X, 11, 0, 1, 0, 1, p, NULL, 0), CTREND_ESHORT);
    assert_int_equal(bl(B_CONF, X, 11, 0, 1, 0, 1, p, NULL, 0), CTREND_ESHORT);
    assert_int_equal(bl(B_LAST, X, 0, 0, 1, 0, 1, p, NULL, 0), CTREND_ESHORT);
    const double gaps[12] = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN};
    assert_int_equal(bl(B_LAST, gaps, 12, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_ESHORT);
    assert_int_equal(bl(B_MEAN, gaps, 12, 3, 1, 0, 1, p, NULL, 0),
                     CTREND_ESHORT);
    assert_int_equal(bl(B_CONF, gaps, 12, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_ESHORT);
    /* all-NaN year: seasonal gives NaN points, not an error */
    assert_int_equal(bl(B_SEAS, gaps, 12, 0, 1, 1, 1, p, s, 1), CTREND_OK);
    assert_nan(p[0]);
    assert_nan(s[0]);
    /* domain */
    const double neg[3] = {1, -2, 3};
    assert_int_equal(bl(B_MEAN, neg, 3, 3, 1, 0, 1, p, NULL, 0),
                     CTREND_EDOMAIN);
    const double inf[2] = {1, INFINITY};
    assert_int_equal(bl(B_LAST, inf, 2, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_EDOMAIN);
    /* issue 18: Poisson draws are exact for any mean up to 2^53 (0.1 stopped at 1e9) */
    const double big[1] = {5e9};
    assert_int_equal(bl(B_LAST, big, 1, 0, 1, 1, 1, p, s, 1), CTREND_OK);
    assert_true(s[0] == floor(s[0]) && fabs(s[0] - 5e9) < 8 * sqrt(5e9));
    const double huge[1] = {2e16};
    assert_int_equal(bl(B_LAST, huge, 1, 0, 1, 1, 1, p, s, 1),
                     CTREND_EDOMAIN);
    /* but the point forecast alone is fine */
    assert_int_equal(bl(B_LAST, huge, 1, 0, 1, 0, 1, p, NULL, 0), CTREND_OK);
    assert_close(p[0], 2e16, 0, 0);
    /* n = 1, 2 and all zeros */
    const double zeros[2] = {0, 0};
    assert_int_equal(bl(B_MEAN, zeros, 2, 2, 2, 4, 1, p, s, 8), CTREND_OK);
    for (size_t i = 0; i < 8; ++i) assert_close(s[i], 0, 0, 0);
    assert_int_equal(bl(B_ZERO, zeros, 1, 0, 1, 0, 1, p, NULL, 0),
                     CTREND_OK);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opts),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_points_by_hand),
        cmocka_unit_test(test_draws_replayed_with_gsl),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_sample_means),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
