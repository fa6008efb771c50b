/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_breaks.c — single change point by profile likelihood, against R glm profiles computed
 * in tests/data/models/breaks_R.R (-> breaks_R.txt), plus bootstrap reproducibility and errors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include "test_util.h"
#include "ref_util.h"
#include <ctrend.h>

/* ctrend_breaks_fit with the 0.1 argument list: min_segment, n_boot, seed and threads set
 * on o (a fresh handle when o is NULL); a refused value is the setter's CTREND_EINVAL. */
static int bfit(ctrend_model_opts *o, int family, const ctrend_design *d, const double *y,
                size_t n, int kind, size_t min_segment, size_t n_boot, uint64_t seed,
                size_t threads, ctrend_breaks **out)
{
    ctrend_model_opts *own = NULL;
    if (!o && ctrend_model_opts_new(&own)) return CTREND_ENOMEM;
    ctrend_model_opts *u = o ? o : own;
    int rc = ctrend_model_opts_set_int(u, CTREND_OPT_MIN_SEGMENT, (int64_t)min_segment);
    if (!rc) rc = ctrend_model_opts_set_int(u, CTREND_OPT_N_BOOT, (int64_t)n_boot);
    if (!rc) rc = ctrend_model_opts_set_int(u, CTREND_OPT_SEED, (int64_t)seed);
    if (!rc) rc = ctrend_model_opts_set_int(u, CTREND_OPT_N_THREADS, (int64_t)threads);
    if (!rc) rc = ctrend_breaks_fit(u, family, d, y, n, kind, out, NULL);
    ctrend_model_opts_free(own);
    return rc;
}

static double rnum(const char *key)
{
    static char *buf = NULL;
    if (!buf) buf = ctrend_test_slurp("tests/data/models/breaks_R.txt", NULL);
    assert_non_null(buf);
    char pat[64];
    snprintf(pat, sizeof pat, "%s ", key);
    const char *s = buf;
    while ((s = strstr(s, pat)) && s != buf && s[-1] != '\n') s += 1;
    assert_non_null(s);
    return strtod(s + strlen(pat), NULL);
}

static ctrend_design *pak_design(double *y, size_t *n)
{
    *n = ref_csv_column(REF_DIR "pak_ucdp_ged/data.csv", NULL, NULL, "2007-01", "2020-12", "events_all", y, 400);
    assert_int_equal(*n, 168);
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2007 * 12, *n, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, 2), CTREND_OK);
    return d;
}

static void test_profile_vs_R(void **state)
{
    (void)state;
    double y[400];
    size_t n;
    ctrend_design *d = pak_design(y, &n);
    ctrend_model_opts *o = NULL;
    ctrend_model_opts_new(&o);
    ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, 1e-12);
    ctrend_model_opts_set_int(o, CTREND_OPT_MAXIT, 100);
    static const char *const kinds[2] = {"level", "level_slope"};
    for (int k = 0; k < 2; ++k) {
        ctrend_breaks *b = NULL;
        assert_int_equal(bfit(o, CTREND_FAMILY_POISSON, d, y, n, k, 12, 0, 1, 1, &b), CTREND_OK);
        char key[64];
        double v, prof[168];
        snprintf(key, sizeof key, "%s_lr", kinds[k]);
        ctrend_breaks_scalar(b, CTREND_BS_LR, &v);
        assert_close(v, rnum(key), 1e-8, 0);
        snprintf(key, sizeof key, "%s_index", kinds[k]);
        ctrend_breaks_scalar(b, CTREND_BS_INDEX, &v);
        assert_close(v, rnum(key), 0, 0);
        int32_t bm = 0;
        assert_int_equal(ctrend_breaks_month(b, &bm), CTREND_OK);
        assert_int_equal(bm, 2008 * 12 + 7);
        ctrend_breaks_scalar(b, CTREND_BS_NCAND, &v);
        assert_close(v, 168 - 24 + 1, 0, 0);
        ctrend_breaks_scalar(b, CTREND_BS_PVALUE, &v);
        assert_nan(v);
        size_t need;
        assert_int_equal(ctrend_breaks_profile(b, NULL, 0, &need), CTREND_OK);
        assert_int_equal(need, 168);
        assert_int_equal(ctrend_breaks_profile(b, prof, 167, NULL), CTREND_ERANGE);
        assert_int_equal(ctrend_breaks_profile(b, prof, 168, NULL), CTREND_OK);
        assert_nan(prof[11]);
        assert_nan(prof[157]);
        snprintf(key, sizeof key, "%s_lr_first", kinds[k]);
        assert_close(prof[12], rnum(key), 1e-8, 0);
        snprintf(key, sizeof key, "%s_lr_last", kinds[k]);
        assert_close(prof[156], rnum(key), 1e-6, 1e-9);
        ctrend_breaks_free(b);
    }
    ctrend_model_opts_free(o);
    ctrend_design_free(d);
}

/* bootstrap: deterministic per seed; a clear break is significant, pure noise is not */
static void test_bootstrap(void **state)
{
    (void)state;
    double y[400];
    size_t n;
    ctrend_design *d = pak_design(y, &n);
    ctrend_breaks *b1 = NULL, *b2 = NULL;
    double p1, p2;
    /* 9 replicates; 2 under memcheck (tests/valgrind.sh sets CTREND_SKIP_HUGE: each of these
     * NB searches, 13 candidates x 10 profiles, takes ~27 s there). The replicates are drawn
     * in order from the seed's stream, so the 2 are the first 2 of the 9. */
    const size_t nb_boot = getenv("CTREND_SKIP_HUGE") ? 2 : 9;
    assert_int_equal(bfit(NULL, CTREND_FAMILY_NEGBIN, d, y, n, CTREND_BREAK_LEVEL, 78, nb_boot, 123, 1, &b1), CTREND_OK);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_NEGBIN, d, y, n, CTREND_BREAK_LEVEL, 78, nb_boot, 123, 1, &b2), CTREND_OK);
    ctrend_breaks_scalar(b1, CTREND_BS_PVALUE, &p1);
    ctrend_breaks_scalar(b2, CTREND_BS_PVALUE, &p2);
    assert_close(p1, p2, 0, 0);
    /* 1/(9+1) (or 1/(2+1)): no replicate beats the observed LR */
    assert_close(p1, 1.0 / (double)(nb_boot + 1), 0, 1e-12);
    ctrend_breaks_free(b1);
    ctrend_breaks_free(b2);
    ctrend_design_free(d);

    /* Poisson noise around a constant: no break */
    double yc[60];
    for (size_t i = 0; i < 60; ++i) yc[i] = (double)(20 + (int)((i * 37) % 9) - 4);
    ctrend_design *dc = NULL;
    ctrend_design_new(2020 * 12, 60, &dc);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_QUASIPOISSON, dc, yc, 60, CTREND_BREAK_LEVEL, 6, 19, 5, 1, &b1), CTREND_OK);
    ctrend_breaks_scalar(b1, CTREND_BS_PVALUE, &p1);
    assert_true(p1 > 0.1);
    ctrend_breaks_free(b1);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_POISSON, dc, yc, 60, CTREND_BREAK_LEVEL_SLOPE, 6, 19, 5, 1, &b1), CTREND_OK);
    ctrend_breaks_scalar(b1, CTREND_BS_PVALUE, &p1);
    assert_true(p1 > 0.05);
    ctrend_breaks_free(b1);

    /* errors */
    ctrend_breaks *b = NULL;
    assert_int_equal(bfit(NULL, CTREND_FAMILY_GAUSSIAN, dc, yc, 60, 0, 6, 0, 1, 1, &b), CTREND_EINVAL);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_POISSON, dc, yc, 60, 0, 0, 0, 1, 1, &b), CTREND_EINVAL);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_POISSON, dc, yc, 60, 7, 6, 0, 1, 1, &b), CTREND_EINVAL);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_POISSON, dc, yc, 59, 0, 6, 0, 1, 1, &b), CTREND_EINVAL);
    assert_int_equal(bfit(NULL, CTREND_FAMILY_POISSON, dc, yc, 60, 0, 31, 0, 1, 1, &b), CTREND_ESHORT);
    const double zeros[60] = {0};
    assert_int_equal(bfit(NULL, CTREND_FAMILY_POISSON, dc, zeros, 60, 0, 6, 0, 1, 1, &b), CTREND_EALLZERO);
    assert_null(b);
    assert_int_equal(ctrend_breaks_scalar(NULL, 0, &p1), CTREND_EINVAL);
    ctrend_breaks_free(NULL);
    ctrend_design_free(dc);
}

/* 1, 2 and 3 threads give the same p-value, bit for bit, as the serial bootstrap (the
 * replicates are drawn in order from one stream, then profiled in parallel); the value is
 * the one 0.1 gave (a serial loop over the same stream): 199 replicates of a series with a
 * clear break beat it never, so p = 1/200, and a noise series gets a middling p. */
static void test_threads_identical(void **state)
{
    (void)state;
    double yc[60];
    for (size_t i = 0; i < 60; ++i) yc[i] = (double)(20 + (int)((i * 37) % 9) - 4);
    ctrend_design *dc = NULL;
    ctrend_design_new(2020 * 12, 60, &dc);
    double p[4];
    ctrend_breaks *b = NULL;
    const size_t threads[4] = {1, 3, 2, 0};
    /* under memcheck (tests/valgrind.sh sets CTREND_SKIP_HUGE; it runs threads one at a time,
     * 20-50x slower) 1 and 3 threads: the serial path and an uneven split of the blocks */
    const int n_counts = getenv("CTREND_SKIP_HUGE") ? 2 : 4;
    for (int t = 0; t < n_counts; ++t) {
        assert_int_equal(bfit(NULL, CTREND_FAMILY_QUASIPOISSON, dc, yc, 60, CTREND_BREAK_LEVEL, 6,
                              300, 5, threads[t], &b), CTREND_OK);
        ctrend_breaks_scalar(b, CTREND_BS_PVALUE, &p[t]);
        ctrend_breaks_free(b);
        b = NULL;
        assert_memory_equal(&p[t], &p[0], sizeof p[0]);
    }
    assert_true(p[0] > 0.1 && p[0] < 1); /* 300 replicates: more than one block of 256 */
    ctrend_design_free(dc);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_profile_vs_R),
        cmocka_unit_test(test_bootstrap),
        cmocka_unit_test(test_threads_identical),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
