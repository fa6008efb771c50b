/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_batch.c — batch engine: threads vs serial bit-identical, per-series errors,
 * agreement with single-series calls and with R, argument errors. No timing here. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <ctrend.h>
#include <ctrend/batch.h>
#include "test_util.h"
#include "batch_util.h"

#define START (2020 * 12) /* 2020-01 */
#define NM 60             /* months in the synthetic frame */
#define NS 37             /* series: not a multiple of the chunk size */

/* NS series with trend and season (counts from the fixture's LCG, seed 42); series 5 all
 * zero (EALLZERO), series 9 all missing (ESHORT), series 13 zero from the step month on
 * (ESEPARATION), series 21 with a negative count (EDOMAIN), series 30 with NaN gaps (fits
 * fine). */
static double batch_count(void *ctx, size_t s, size_t t)
{
    const double mu =
        exp(2.0 + 0.01 * (double)t + 0.3 * sin((double)t * 0.5236) + 0.05 * (double)(s % 7));
    double y = floor(mu * (0.6 + 0.8 * (double)(tb_lcg(ctx) % 1000) / 1000.0));
    if (s == 5) y = 0.0;
    if (s == 9) y = NAN;
    if (s == 13 && t >= 30) y = 0.0;
    if (s == 21 && t == 17) y = -3.0;
    if (s == 30 && (t == 4 || t == 40 || t == 41)) y = NAN;
    return y;
}

static ctrend_frame *make_frame(void)
{
    uint64_t seed = 42; /* keys g00..g36/r/attacks */
    return tb_frame(&(tb_frame_spec){NS, "g", 2, "r", "attacks", START, NM, batch_count, &seed});
}

/* The fixture of most tests: that frame, and a design of trend + 2 Fourier pairs + a level
 * step at month 30 (p = 7). */
static int setup(void **state)
{
    return tb_setup(state, make_frame(), tb_design(START, NM, 2, START + 30));
}

static const int keys[] = {CTREND_MS_DEVIANCE, CTREND_MS_AIC, CTREND_MS_ITERATIONS, 9999};
#define NK (sizeof keys / sizeof keys[0])

static void run_fit(const ctrend_frame *f, const ctrend_design *d, size_t threads, double *coef,
                    double *se, double *sc, int *status)
{
    assert_int_equal(tb_fit(f, NULL, NS, CTREND_FAMILY_POISSON, d, NULL, threads,
                                      coef, se, keys, NK, sc, status),
                     CTREND_OK);
}

static void test_fit_threads_bit_identical(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *d = x->d;
    const size_t p = ctrend_design_ncol(d);
    double *c1 = malloc(NS * p * sizeof *c1), *s1 = malloc(NS * p * sizeof *s1);
    double *k1 = malloc(NS * NK * sizeof *k1);
    int st1[NS], stn[NS];
    const size_t threads[] = {2, 3, 7, 0, 64};
    size_t i;
    assert_non_null(c1);
    assert_non_null(s1);
    assert_non_null(k1);
    run_fit(f, d, 1, c1, s1, k1, st1);
    for (i = 0; i < sizeof threads / sizeof threads[0]; ++i) {
        double *c = malloc(NS * p * sizeof *c), *s = malloc(NS * p * sizeof *s);
        double *k = malloc(NS * NK * sizeof *k);
        assert_non_null(c);
        assert_non_null(s);
        assert_non_null(k);
        run_fit(f, d, threads[i], c, s, k, stn);
        /* memcmp: bit-identical, NaN rows included */
        assert_memory_equal(c, c1, NS * p * sizeof *c);
        assert_memory_equal(s, s1, NS * p * sizeof *s);
        assert_memory_equal(k, k1, NS * NK * sizeof *k);
        assert_memory_equal(stn, st1, sizeof st1);
        free(c);
        free(s);
        free(k);
    }
    free(c1);
    free(s1);
    free(k1);
}

/* Every row equals a direct ctrend_model_fit of that series, and errors stay per series. */
static void test_fit_matches_single_and_errors(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *d = x->d;
    const size_t p = ctrend_design_ncol(d);
    double coef[NS * 7], se[NS * 7], sc[NS * NK], y[NM], b[7], e[7];
    int status[NS];
    size_t s, j;
    assert_int_equal(p, 7);
    run_fit(f, d, 2, coef, se, sc, status);
    for (s = 0; s < NS; ++s) {
        ctrend_model *m = NULL;
        int st;
        assert_int_equal(ctrend_frame_values(f, s, y, NM, NULL), CTREND_OK);
        st = ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, y, NM, &m, NULL);
        assert_int_equal(status[s], st);
        if (s == 5)
            assert_int_equal(st, CTREND_EALLZERO);
        else if (s == 9)
            assert_int_equal(st, CTREND_ESHORT);
        else if (s == 13)
            assert_int_equal(st, CTREND_ESEPARATION);
        else if (s == 21)
            assert_int_equal(st, CTREND_EDOMAIN);
        else
            assert_int_equal(st, CTREND_OK);
        if (st != CTREND_OK) {
            for (j = 0; j < p; ++j) {
                assert_nan(coef[s * p + j]);
                assert_nan(se[s * p + j]);
            }
            for (j = 0; j < NK; ++j)
                assert_nan(sc[s * NK + j]);
            continue;
        }
        assert_int_equal(ctrend_model_vector(m, CTREND_MV_COEF, b, 7, NULL), CTREND_OK);
        assert_int_equal(ctrend_model_vector(m, CTREND_MV_SE, e, 7, NULL), CTREND_OK);
        assert_memory_equal(b, coef + s * p, sizeof b);
        assert_memory_equal(e, se + s * p, sizeof e);
        for (j = 0; j + 1 < NK; ++j) {
            double v;
            assert_int_equal(ctrend_model_scalar(m, keys[j], &v), CTREND_OK);
            assert_memory_equal(&v, &sc[s * NK + j], sizeof v);
        }
        assert_nan(sc[s * NK + NK - 1]); /* unknown key 9999 -> NaN, not an error */
        ctrend_model_free(m);
    }
}

/* A design window inside the calendar (months 4..27 of 30) and a series selection, against
 * R 4.2.2:
 *   y <- c(12,15,9,22,18,25,31,17,28,35,30,41,38,29,44,52,47,39,58,61,55,49,66,70,63,72,
 *          58,81,77,90); w <- y[4:27]; trend <- seq_along(w)
 *   m <- glm(w ~ trend, family = poisson); coef(m); sqrt(diag(vcov(m))); deviance(m)
 * (script: tests/data/batch/fit_window_R.R). A second series is all zero except one month
 * outside the window (EALLZERO), and the selection lists the good series twice. */
static void test_fit_window_selection_vs_R(void **state)
{
    static const double y[30] = {12, 15, 9,  22, 18, 25, 31, 17, 28, 35, 30, 41, 38, 29, 44,
                                 52, 47, 39, 58, 61, 55, 49, 66, 70, 63, 72, 58, 81, 77, 90};
    ctrend_frame *f = NULL;
    ctrend_design *d = NULL;
    size_t a, z, t;
    const size_t sel[3] = {1, 0, 1};
    const int key = CTREND_MS_DEVIANCE;
    double coef[6], se[6], dev[3];
    int status[3];
    (void)state;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "zero", "", "attacks", &z), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "a", "", "attacks", &a), CTREND_OK);
    for (t = 0; t < 30; ++t) {
        assert_int_equal(ctrend_frame_set(f, a, START + (int32_t)t, y[t]), CTREND_OK);
        assert_int_equal(ctrend_frame_set(f, z, START + (int32_t)t, t == 29 ? 5.0 : 0.0),
                         CTREND_OK);
    }
    d = tb_design(START + 3, 24, 0, TB_NO_STEP);
    assert_int_equal(tb_fit(f, sel, 3, CTREND_FAMILY_POISSON, d, NULL, 2, coef, se,
                                      &key, 1, dev, status),
                     CTREND_OK);
    assert_int_equal(status[0], CTREND_OK);
    assert_int_equal(status[1], CTREND_EALLZERO);
    assert_int_equal(status[2], CTREND_OK);
    assert_close(coef[0], 3.0708848397596418, 1e-10, 0);
    assert_close(coef[1], 0.05144619297078154, 1e-10, 0);
    assert_close(se[0], 0.075637579701997887, 1e-8, 0);
    assert_close(se[1], 0.0046322903074578455, 1e-8, 0);
    assert_close(dev[0], 25.370889270481047, 1e-10, 0);
    assert_nan(coef[2]);
    assert_memory_equal(coef, coef + 4, 2 * sizeof *coef);
    assert_memory_equal(dev, dev + 2, sizeof *dev);
    ctrend_design_free(d);

    /* A window reaching past the calendar: the months outside are missing rows. */
    d = tb_design(START + 20, 24, 0, TB_NO_STEP);
    {
        double c2[2], v[24];
        int st2;
        assert_int_equal(tb_fit(f, &a, 1, CTREND_FAMILY_POISSON, d, NULL, 1, c2, NULL,
                                          NULL, 0, NULL, &st2),
                         CTREND_OK);
        assert_int_equal(st2, CTREND_OK);
        assert_int_equal(ctrend_batch_values(f, &a, 1, START + 20, 24, v), CTREND_OK);
        assert_close(v[9], 90.0, 0, 0);
        assert_nan(v[10]);
        assert_nan(v[23]);
    }
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

/* The options handle is copied into each thread: MAXIT = 1 makes every fit ENOCONV. */
static void test_fit_options_copied(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *d = x->d;
    ctrend_model_opts *o = NULL;
    int status[NS];
    size_t s;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MAXIT, 1), CTREND_OK);
    assert_int_equal(tb_fit(f, NULL, NS, CTREND_FAMILY_POISSON, d, o, 2, NULL, NULL,
                                      NULL, 0, NULL, status),
                     CTREND_OK);
    assert_int_equal(status[0], CTREND_ENOCONV);
    assert_int_equal(status[1], CTREND_ENOCONV);
    assert_int_equal(status[5], CTREND_EALLZERO); /* checked before iterating */
    for (s = 0; s < NS; ++s)
        assert_int_not_equal(status[s], CTREND_OK);
    assert_string_equal(ctrend_model_opts_errmsg(o), ""); /* the caller's handle is untouched */
    ctrend_model_opts_free(o);
}

static void test_fit_errors(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *d = x->d;
    const size_t bad[2] = {0, NS};
    const int key = CTREND_MS_AIC;
    double c[2 * 7], sc[2];
    int status[NS];
    assert_int_equal(tb_fit(NULL, NULL, 1, 0, d, NULL, 1, c, NULL, NULL, 0, NULL,
                                      status),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, NULL, 1, 0, NULL, NULL, 1, c, NULL, NULL, 0, NULL,
                                      status),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, NULL, 1, 0, d, NULL, 1, c, NULL, NULL, 0, NULL, NULL),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, NULL, 1, 99, d, NULL, 1, c, NULL, NULL, 0, NULL,
                                      status),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, NULL, 1, -1, d, NULL, 1, c, NULL, NULL, 0, NULL,
                                      status),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, NULL, 1, 0, d, NULL, 1, c, NULL, &key, 1, NULL,
                                      status),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, NULL, 1, 0, d, NULL, 1, c, NULL, NULL, 1, sc, status),
                     CTREND_EINVAL);
    assert_int_equal(tb_fit(f, bad, 2, 0, d, NULL, 1, c, NULL, NULL, 0, NULL, status),
                     CTREND_ERANGE);
    assert_int_equal(tb_fit(f, NULL, NS + 1, 0, d, NULL, 1, c, NULL, NULL, 0, NULL,
                                      status),
                     CTREND_ERANGE);
    /* n_series = 0: nothing to do, outputs may be NULL */
    assert_int_equal(tb_fit(f, NULL, 0, 0, d, NULL, 4, NULL, NULL, NULL, 0, NULL,
                                      NULL),
                     CTREND_OK);
    /* one and two series */
    assert_int_equal(tb_fit(f, NULL, 1, 0, d, NULL, 4, c, NULL, &key, 1, sc, status),
                     CTREND_OK);
    assert_int_equal(status[0], CTREND_OK);
    assert_int_equal(tb_fit(f, NULL, 2, 0, d, NULL, 4, c, NULL, &key, 1, sc, status),
                     CTREND_OK);
    assert_int_equal(status[1], CTREND_OK);
    assert_true(ctrend_batch_default_threads() >= 1);
}

/* Models kept: per-series designs (each its own window), equal to direct fits bit for bit,
 * independent of the thread count; a shared design gives ctrend_batch_fit's numbers. */
static void test_fit_models(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *shared = x->d;
    ctrend_design *dd[NS];
    ctrend_model *m1[NS], *m3[NS], *ms[NS];
    int st1[NS], st3[NS], sts[NS], stb[NS];
    double coef[NS * 7], y[NM], b1[7], b2[7];
    size_t s;
    for (s = 0; s < NS; ++s) {
        const size_t shift = s % 5;
        dd[s] = tb_design(START + (int32_t)shift, NM - shift - 3, 1, TB_NO_STEP);
    }
    assert_int_equal(tb_fit_models(f, NULL, NS, CTREND_FAMILY_POISSON,
                                             (const ctrend_design *const *)dd, NS, NULL, 1, m1,
                                             st1),
                     CTREND_OK);
    assert_int_equal(tb_fit_models(f, NULL, NS, CTREND_FAMILY_POISSON,
                                             (const ctrend_design *const *)dd, NS, NULL, 3, m3,
                                             st3),
                     CTREND_OK);
    for (s = 0; s < NS; ++s) {
        const size_t shift = s % 5, n = NM - shift - 3;
        ctrend_model *m = NULL;
        int st;
        assert_int_equal(ctrend_frame_values(f, s, y, NM, NULL), CTREND_OK);
        st = ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, dd[s], y + shift, n, &m, NULL);
        assert_int_equal(st1[s], st);
        assert_int_equal(st3[s], st);
        if (st != CTREND_OK) {
            assert_null(m1[s]);
            assert_null(m3[s]);
            continue;
        }
        assert_int_equal(ctrend_model_nrow(m1[s]), n);
        assert_int_equal(ctrend_model_vector(m, CTREND_MV_COEF, b1, 7, NULL), CTREND_OK);
        assert_int_equal(ctrend_model_vector(m1[s], CTREND_MV_COEF, b2, 7, NULL), CTREND_OK);
        assert_memory_equal(b1, b2, 4 * sizeof *b1);
        assert_int_equal(ctrend_model_vector(m3[s], CTREND_MV_VCOV, b2, 7, NULL), CTREND_ERANGE);
        assert_int_equal(ctrend_model_vector(m3[s], CTREND_MV_COEF, b2, 7, NULL), CTREND_OK);
        assert_memory_equal(b1, b2, 4 * sizeof *b1);
        ctrend_model_free(m);
    }
    assert_int_equal(st1[5], CTREND_EALLZERO);
    assert_int_equal(st1[21], CTREND_EDOMAIN);

    /* one shared design == ctrend_batch_fit: bit for bit with the lane path off, to a few
     * ulp on it (test_lanes.c tests the lane path itself) */
    assert_int_equal(tb_fit_models(f, NULL, NS, CTREND_FAMILY_POISSON,
                                             (const ctrend_design *const *)&shared, 1, NULL, 2,
                                             ms, sts),
                     CTREND_OK);
    {
        ctrend_model_opts *serial = NULL;
        assert_int_equal(ctrend_model_opts_new(&serial), CTREND_OK);
        assert_int_equal(tb_fit_lanes(0, f, NULL, NS, CTREND_FAMILY_POISSON, shared, serial, 2,
                                          coef, NULL, NULL, 0, NULL, stb),
                         CTREND_OK);
        ctrend_model_opts_free(serial);
    }
    assert_memory_equal(sts, stb, sizeof sts);
    for (s = 0; s < NS; ++s) {
        if (sts[s] != CTREND_OK)
            continue;
        assert_int_equal(ctrend_model_vector(ms[s], CTREND_MV_COEF, b1, 7, NULL), CTREND_OK);
        assert_memory_equal(b1, coef + s * 7, sizeof b1);
    }
    assert_int_equal(tb_fit(f, NULL, NS, CTREND_FAMILY_POISSON, shared, NULL, 2, coef,
                                      NULL, NULL, 0, NULL, stb),
                     CTREND_OK);
    assert_memory_equal(sts, stb, sizeof sts);
    for (s = 0; s < NS; ++s) {
        size_t j;
        if (sts[s] != CTREND_OK)
            continue;
        assert_int_equal(ctrend_model_vector(ms[s], CTREND_MV_COEF, b1, 7, NULL), CTREND_OK);
        for (j = 0; j < 7; ++j)
            /* rounding only (vector exp, log(y) - eta): ~2e-14 absolute seen */
            assert_true(fabs(b1[j] - coef[s * 7 + j]) <= 1e-11 * fabs(b1[j]) + 1e-13);
    }

    /* argument errors */
    {
        const ctrend_design *bad[2] = {shared, NULL};
        const size_t big = NS;
        ctrend_model *mm[2];
        int st2[2];
        assert_int_equal(tb_fit_models(NULL, NULL, 2, 0, bad, 1, NULL, 1, mm, st2),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, NULL, 2, 0, NULL, 1, NULL, 1, mm, st2),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, NULL, 2, 0, bad, 2, NULL, 1, mm, st2),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, NULL, 2, 0, bad, 3, NULL, 1, mm, st2),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, NULL, 2, 0, bad, 1, NULL, 1, NULL, st2),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, NULL, 2, 0, bad, 1, NULL, 1, mm, NULL),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, NULL, 2, 7, bad, 1, NULL, 1, mm, st2),
                         CTREND_EINVAL);
        assert_int_equal(tb_fit_models(f, &big, 1, 0, bad, 1, NULL, 1, mm, st2),
                         CTREND_ERANGE);
        assert_int_equal(tb_fit_models(f, NULL, 0, 0, bad, 1, NULL, 1, NULL, NULL),
                         CTREND_OK);
    }
    for (s = 0; s < NS; ++s) {
        ctrend_model_free(m1[s]);
        ctrend_model_free(m3[s]);
        ctrend_model_free(ms[s]);
        ctrend_design_free(dd[s]);
    }
}

static void test_values(void **state)
{
    const ctrend_frame *f = ((const tb_fixture *)*state)->f;
    const size_t sel[2] = {3, 9};
    const size_t bad = NS;
    double v[2 * 10], y[NM];
    size_t t;
    assert_int_equal(ctrend_batch_values(f, sel, 2, START - 2, 10, v), CTREND_OK);
    assert_int_equal(ctrend_frame_values(f, 3, y, NM, NULL), CTREND_OK);
    assert_nan(v[0]);
    assert_nan(v[1]);
    for (t = 2; t < 10; ++t) {
        assert_close(v[t], y[t - 2], 0, 0);
        assert_nan(v[10 + t]); /* series 9 is all missing */
    }
    assert_int_equal(ctrend_batch_values(f, NULL, 2, START + NM - 1, 3, v), CTREND_OK);
    assert_false(isnan(v[0]));
    assert_nan(v[1]);
    assert_int_equal(ctrend_batch_values(NULL, sel, 2, START, 10, v), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_values(f, sel, 2, START, 10, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_values(f, &bad, 1, START, 10, v), CTREND_ERANGE);
    assert_int_equal(ctrend_batch_values(f, NULL, NS + 1, START, 10, v), CTREND_ERANGE);
    assert_int_equal(ctrend_batch_values(f, sel, 2, START, 0, NULL), CTREND_OK);
}

/* Rolling mean and percent change per row: equal (bit for bit) to the single-series call
 * on each row for 1 and several threads; hand-checked values; an Inf row is reported in its
 * status without touching the others. */
static void test_rolling_and_pct(void **state)
{
    enum { R = 300, M = 24 };
    double *x = malloc(R * M * sizeof *x), *o1 = malloc(R * M * sizeof *o1);
    double *o2 = malloc(R * M * sizeof *o2), row[M];
    int32_t *r1 = malloc(R * M * sizeof *r1), *r2 = malloc(R * M * sizeof *r2), rr[M];
    int st1[R], st2[R];
    uint64_t seed = 7;
    size_t i, t;
    (void)state;
    assert_non_null(x);
    assert_non_null(o1);
    assert_non_null(o2);
    assert_non_null(r1);
    assert_non_null(r2);
    for (i = 0; i < R * M; ++i)
        x[i] = (tb_lcg(&seed) % 50 == 0) ? NAN : (double)(tb_lcg(&seed) % 40);
    x[7 * M + 5] = INFINITY;
    x[8 * M + 0] = 1e9; /* huge counts */
    x[8 * M + 1] = 3e9;
    x[8 * M + 2] = 2e9;

    assert_int_equal(tb_rolling_mean(x, R, M, 3, CTREND_ALIGN_TRAILING, 0, 1, o1, st1),
                     CTREND_OK);
    assert_int_equal(tb_rolling_mean(x, R, M, 3, CTREND_ALIGN_TRAILING, 0, 3, o2, st2),
                     CTREND_OK);
    assert_memory_equal(o1, o2, R * M * sizeof *o1);
    assert_memory_equal(st1, st2, sizeof st1);
    for (i = 0; i < R; ++i) {
        if (i == 7) {
            assert_int_equal(st1[i], CTREND_EDOMAIN);
            for (t = 0; t < M; ++t)
                assert_nan(o1[i * M + t]);
            continue;
        }
        assert_int_equal(st1[i], CTREND_OK);
        assert_int_equal(ctrend_rolling_mean(x + i * M, M, 3, CTREND_ALIGN_TRAILING, 0, row),
                         CTREND_OK);
        assert_memory_equal(row, o1 + i * M, sizeof row);
    }
    /* (1e9 + 3e9 + 2e9) / 3 = 2e9 */
    assert_nan(o1[8 * M + 1]);
    assert_close(o1[8 * M + 2], 2e9, 1e-15, 0);

    assert_int_equal(tb_change_pct(x, R, M, 1, 1, o1, r1, st1), CTREND_OK);
    assert_int_equal(tb_change_pct(x, R, M, 1, 2, o2, r2, NULL), CTREND_OK);
    assert_memory_equal(o1, o2, R * M * sizeof *o1);
    assert_memory_equal(r1, r2, R * M * sizeof *r1);
    assert_int_equal(st1[7], CTREND_EDOMAIN);
    for (i = 0; i < R; ++i) {
        if (i == 7)
            continue;
        assert_int_equal(ctrend_change_pct(x + i * M, M, 1, row, rr), CTREND_OK);
        assert_memory_equal(row, o1 + i * M, sizeof row);
        assert_memory_equal(rr, r1 + i * M, sizeof rr);
    }
    /* 100 * (3e9 - 1e9) / 1e9 = 200 % ; first month has no history */
    assert_close(o1[8 * M + 1], 200.0, 1e-15, 0);
    assert_nan(o1[8 * M]);
    assert_int_equal(r1[8 * M], CTREND_UNDEF_NO_HISTORY);

    /* edge sizes: no series, no months, window > n */
    assert_int_equal(tb_rolling_mean(NULL, 0, M, 3, 0, 0, 2, NULL, NULL), CTREND_OK);
    assert_int_equal(tb_rolling_mean(x, 2, 0, 3, 0, 0, 2, o1, st1), CTREND_OK);
    assert_int_equal(st1[1], CTREND_OK);
    assert_int_equal(tb_rolling_mean(x, 2, 2, 3, 0, 0, 2, o1, NULL), CTREND_OK);
    assert_nan(o1[0]);
    assert_nan(o1[3]);
    assert_int_equal(tb_change_pct(NULL, 0, 0, 1, 2, NULL, NULL, NULL), CTREND_OK);

    /* argument errors */
    assert_int_equal(tb_rolling_mean(NULL, R, M, 3, 0, 0, 1, o1, NULL), CTREND_EINVAL);
    assert_int_equal(tb_rolling_mean(x, R, M, 3, 0, 0, 1, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(tb_rolling_mean(x, R, M, 3, 0, 0, 1, x, NULL), CTREND_EINVAL);
    assert_int_equal(tb_rolling_mean(x, R, M, 0, 0, 0, 1, o1, NULL), CTREND_EINVAL);
    assert_int_equal(tb_rolling_mean(x, R, M, 3, 0, 4, 1, o1, NULL), CTREND_EINVAL);
    assert_int_equal(tb_rolling_mean(x, R, M, 3, 9, 0, 1, o1, NULL), CTREND_EINVAL);
    assert_int_equal(tb_change_pct(x, R, M, 0, 1, o1, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(tb_change_pct(x, R, M, 1, 1, x, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(tb_change_pct(NULL, R, M, 1, 1, o1, NULL, NULL), CTREND_EINVAL);
    free(x);
    free(o1);
    free(o2);
    free(r1);
    free(r2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_fit_threads_bit_identical, setup, tb_teardown),
        cmocka_unit_test_setup_teardown(test_fit_matches_single_and_errors, setup, tb_teardown),
        cmocka_unit_test(test_fit_window_selection_vs_R),
        cmocka_unit_test_setup_teardown(test_fit_options_copied, setup, tb_teardown),
        cmocka_unit_test_setup_teardown(test_fit_errors, setup, tb_teardown),
        cmocka_unit_test_setup_teardown(test_fit_models, setup, tb_teardown),
        cmocka_unit_test_setup_teardown(test_values, setup, tb_teardown),
        cmocka_unit_test(test_rolling_and_pct),
    };
    ctrend_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
