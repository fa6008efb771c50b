/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_batch_cancel.c — the batch options handle: cancellation, progress and the per-series
 * error records (ctrend/batch.h, issue 18 item 4; docs/api.md §3-§5).
 * References: the rows a cancelled call completes must equal, bit for bit, the rows of an
 * uncancelled call (same code per series); the messages are ctrend_model_fit's own for the
 * same series (compared by calling it).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ctrend.h>
#include <ctrend/batch.h>
#include "test_util.h"
#include "batch_util.h"

#define START (2015 * 12)
#define NM 240

/* Poisson-like counts (the fixture's LCG, seed 7); series 3 all zero (CTREND_EALLZERO,
 * whose message names the cause). */
static double cancel_count(void *ctx, size_t s, size_t t)
{
    const uint64_t r = tb_lcg_next(ctx);
    const double mu = exp(2.5 + 0.002 * (double)t + 0.2 * sin(0.5236 * (double)t));
    return s == 3 ? 0.0 : floor(mu * (0.7 + 0.6 * (double)(r >> 40) / 16777216.0));
}

/* n series g<s>/r/m over NM months from START. */
static ctrend_frame *make_frame(size_t n)
{
    uint64_t seed = 7; /* keys g0, g1, ../r/m */
    return tb_frame(&(tb_frame_spec){n, "g", 0, "r", "m", START, NM, cancel_count, &seed});
}

/* trend + 2 Fourier pairs over the frame's months */
static ctrend_design *make_design(void)
{
    return tb_design(START, NM, 2, TB_NO_STEP);
}

/* Options: setters, getters, bounds (docs/api.md §4). */
static void test_opts_keys(void **state)
{
    (void)state;
    ctrend_batch_opts *o = NULL;
    int64_t v = -1;
    double lo, hi;
    assert_int_equal(ctrend_batch_opts_new(NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_get_int(o, CTREND_BATCH_THREADS, &v), CTREND_OK);
    assert_int_equal(v, 0);
    assert_int_equal(ctrend_batch_opts_get_int(o, CTREND_BATCH_LANES, &v), CTREND_OK);
    assert_int_equal(v, 1);
    assert_int_equal(ctrend_batch_opts_get_int(o, CTREND_BATCH_ERRORS, &v), CTREND_OK);
    assert_int_equal(v, 0);
    assert_int_equal(ctrend_batch_opts_get_int(o, CTREND_BATCH_ALIGN, &v), CTREND_OK);
    assert_int_equal(v, CTREND_ALIGN_TRAILING);
    assert_int_equal(ctrend_batch_opts_bounds(CTREND_BATCH_THREADS, &lo, &hi), CTREND_OK);
    assert_true(lo == 0 && hi == CTREND_BATCH_THREADS_MAX);
    assert_int_equal(ctrend_batch_opts_bounds(CTREND_BATCH_ALIGN, &lo, &hi), CTREND_OK);
    assert_true(lo == CTREND_ALIGN_TRAILING && hi == CTREND_ALIGN_CENTRED_ZOO);
    assert_int_equal(ctrend_batch_opts_bounds(4, &lo, &hi), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_THREADS, -1), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_THREADS, CTREND_BATCH_THREADS_MAX + 1),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_LANES, 2), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_set_int(o, 99, 0), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_THREADS, 3), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_get_int(o, CTREND_BATCH_THREADS, &v), CTREND_OK);
    assert_int_equal(v, 3);
    /* selection: copied; NULL restores "all series" */
    ctrend_frame *f = make_frame(5);
    size_t sel[2] = {4, 1};
    assert_int_equal(ctrend_batch_opts_n_series(o, f), 5);
    assert_int_equal(ctrend_batch_opts_set_series(o, sel, 2), CTREND_OK);
    sel[0] = 99; /* the handle holds its own copy */
    assert_int_equal(ctrend_batch_opts_n_series(o, f), 2);
    assert_int_equal(ctrend_batch_opts_set_series(o, NULL, 1), CTREND_EINVAL);
    assert_int_equal(ctrend_batch_opts_set_series(o, NULL, 0), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_n_series(o, f), 5);
    assert_int_equal(ctrend_batch_opts_n_series(NULL, f), 5);
    assert_int_equal(ctrend_batch_opts_n_keys(o), 0);
    assert_int_equal(ctrend_batch_opts_set_keys(o, NULL, 1), CTREND_EINVAL);
    /* no records without CTREND_BATCH_ERRORS */
    ctrend_error e;
    assert_int_equal(ctrend_batch_opts_error(o, 0, &e), CTREND_EINVAL);
    ctrend_frame_free(f);
    ctrend_batch_opts_free(o);
    ctrend_batch_opts_free(NULL);
    ctrend_batch_opts_cancel(NULL);
}

/* Messages are kept per series: code, ctrend_model_fit's message, the series key. */
static void test_error_records(void **state)
{
    (void)state;
    ctrend_frame *f = make_frame(6);
    ctrend_design *d = make_design();
    ctrend_batch_opts *o = NULL;
    const size_t p = ctrend_design_ncol(d);
    double coef[6 * 8];
    int st[6];
    assert_int_equal(ctrend_batch_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_ERRORS, 1), CTREND_OK);
    assert_int_equal(ctrend_batch_fit(o, f, CTREND_FAMILY_POISSON, d, coef, NULL, NULL, st),
                     CTREND_OK);
    /* series 3 alone, serially: the reference code and message */
    double y[NM];
    ctrend_model_opts *mo = NULL;
    ctrend_model *m = NULL;
    assert_int_equal(ctrend_model_opts_new(&mo), CTREND_OK);
    assert_int_equal(ctrend_frame_values(f, 3, y, NM, NULL), CTREND_OK);
    ctrend_error ref;
    const int want = ctrend_model_fit(mo, CTREND_FAMILY_POISSON, d, y, NM, &m, &ref);
    assert_int_equal(want, CTREND_EALLZERO);
    ctrend_error e;
    for (size_t i = 0; i < 6; ++i) {
        assert_int_equal(ctrend_batch_opts_error(o, i, &e), CTREND_OK);
        assert_int_equal(e.code, st[i]);
        if (i == 3) {
            assert_int_equal(st[i], want);
            assert_string_equal(e.message, ref.message);
            assert_string_equal(e.key, "g3/r/m");
            assert_true(isnan(coef[i * p]));
        } else {
            assert_int_equal(st[i], CTREND_OK);
            assert_string_equal(e.message, "");
        }
    }
    assert_int_equal(ctrend_batch_opts_error(o, 6, &e), CTREND_ERANGE);
    /* the progress counter of a finished call: done == total == rows */
    size_t done = 0, total = 0;
    assert_int_equal(ctrend_batch_opts_progress(o, &done, &total), CTREND_OK);
    assert_int_equal(done, 6);
    assert_int_equal(total, 6);
    ctrend_model_opts_free(mo);
    ctrend_batch_opts_free(o);
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

/* A flag set before the call: every row is marked, nothing is fitted, outputs NaN. */
static void test_cancel_before(void **state)
{
    (void)state;
    ctrend_frame *f = make_frame(9);
    ctrend_design *d = make_design();
    ctrend_batch_opts *o = NULL;
    const size_t p = ctrend_design_ncol(d);
    double coef[9 * 8], x[9 * 4] = {0}, out[9 * 4];
    int st[9];
    ctrend_model *models[9];
    assert_int_equal(ctrend_batch_opts_new(&o), CTREND_OK);
    ctrend_batch_opts_cancel(o);
    assert_int_equal(ctrend_batch_opts_cancelled(o), 1);
    for (int lanes = 0; lanes <= 1; ++lanes) {
        assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_LANES, lanes), CTREND_OK);
        for (size_t i = 0; i < 9 * p; ++i) coef[i] = 1.0;
        assert_int_equal(ctrend_batch_fit(o, f, CTREND_FAMILY_POISSON, d, coef, NULL, NULL, st),
                         CTREND_ECANCELED);
        for (size_t i = 0; i < 9; ++i) {
            assert_int_equal(st[i], CTREND_ECANCELED);
            assert_true(isnan(coef[i * p]) && isnan(coef[i * p + p - 1]));
        }
    }
    const ctrend_design *des[1] = {d};
    assert_int_equal(ctrend_batch_fit_models(o, f, CTREND_FAMILY_POISSON, des, 1, models, st),
                     CTREND_ECANCELED);
    for (size_t i = 0; i < 9; ++i) {
        assert_null(models[i]);
        assert_int_equal(st[i], CTREND_ECANCELED);
    }
    assert_int_equal(ctrend_batch_rolling_mean(o, x, 9, 4, 2, 1, out, st), CTREND_ECANCELED);
    assert_true(isnan(out[0]) && st[8] == CTREND_ECANCELED);
    assert_int_equal(ctrend_batch_change_pct(o, x, 9, 4, 1, out, NULL, st), CTREND_ECANCELED);
    /* reset: the next call runs */
    ctrend_batch_opts_reset(o);
    assert_int_equal(ctrend_batch_opts_cancelled(o), 0);
    assert_int_equal(ctrend_batch_fit(o, f, CTREND_FAMILY_POISSON, d, coef, NULL, NULL, st),
                     CTREND_OK);
    assert_int_equal(st[0], CTREND_OK);
    assert_false(isnan(coef[0]));
    ctrend_batch_opts_free(o);
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

typedef struct call {
    ctrend_batch_opts *o;
    const ctrend_frame *f;
    const ctrend_design *d;
    double *coef;
    int *st;
    int rc;
} call;

static void *run_call(void *arg)
{
    call *c = arg;
    c->rc = ctrend_batch_fit(c->o, c->f, CTREND_FAMILY_POISSON, c->d, c->coef, NULL, NULL, c->st);
    return NULL;
}

/* Cancel from another thread while the call runs (progress read there, as a binding's main
 * thread does): the call stops early; every row is either the uncancelled row, bit for bit,
 * or marked CTREND_ECANCELED with NaN coefficients. */
static void test_cancel_during(void **state)
{
    (void)state;
    const size_t N = getenv("CTREND_SKIP_HUGE") ? 600 : 4000; /* 600 under valgrind */
    ctrend_frame *f = make_frame(N);
    ctrend_design *d = make_design();
    const size_t p = ctrend_design_ncol(d);
    double *ref = malloc(N * p * sizeof *ref), *coef = malloc(N * p * sizeof *coef);
    int *rst = malloc(N * sizeof *rst), *st = malloc(N * sizeof *st);
    assert_non_null(ref);
    assert_non_null(coef);
    assert_non_null(rst);
    assert_non_null(st);
    for (int lanes = 0; lanes <= 1; ++lanes) {
        ctrend_batch_opts *o = NULL;
        assert_int_equal(ctrend_batch_opts_new(&o), CTREND_OK);
        assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_LANES, lanes), CTREND_OK);
        assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_THREADS, 2), CTREND_OK);
        assert_int_equal(ctrend_batch_fit(o, f, CTREND_FAMILY_POISSON, d, ref, NULL, NULL, rst),
                         CTREND_OK);
        ctrend_batch_opts_reset(o);
        call c = {o, f, d, coef, st, -1};
        pthread_t t;
        assert_int_equal(pthread_create(&t, NULL, run_call, &c), 0);
        size_t done = 0, total = 0;
        /* wait for the first rows (progress visible from this thread), then cancel */
        for (int spin = 0; spin < 100000; ++spin) {
            ctrend_batch_opts_progress(o, &done, &total);
            if (done > 0) break;
            const struct timespec ts = {0, 100000};
            nanosleep(&ts, NULL);
        }
        ctrend_batch_opts_cancel(o);
        size_t done_at_cancel = 0; /* read after the flag: at least the rows done before it */
        ctrend_batch_opts_progress(o, &done_at_cancel, NULL);
        assert_int_equal(pthread_join(t, NULL), 0);
        ctrend_batch_opts_progress(o, &done, &total);
        assert_int_equal(total, N);
        assert_int_equal(done, N); /* every row accounted for, cancelled ones included */
        size_t n_ok = 0, n_cancel = 0;
        for (size_t i = 0; i < N; ++i) {
            if (st[i] == CTREND_ECANCELED) {
                ++n_cancel;
                assert_true(isnan(coef[i * p]));
            } else {
                ++n_ok;
                assert_int_equal(st[i], rst[i]);
                if (st[i] == CTREND_OK)
                    assert_memory_equal(coef + i * p, ref + i * p, p * sizeof *coef);
            }
        }
        assert_int_equal(c.rc, n_cancel ? CTREND_ECANCELED : CTREND_OK);
        /* when the flag was set with half the rows still to do, the stop came early: a
         * worker finishes at most the item it is on (on the lane path a group of 32 series,
         * CTREND__LANES_BATCH in lib/models/fit_lanes.h) */
        if (done_at_cancel < N / 2)
            assert_true(n_cancel > 0 && n_ok <= done_at_cancel + 2 * 32);
        print_message("lanes=%d: %zu rows finished, %zu cancelled\n", lanes, n_ok, n_cancel);
        ctrend_batch_opts_free(o);
    }
    free(ref);
    free(coef);
    free(rst);
    free(st);
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opts_keys),
        cmocka_unit_test(test_error_records),
        cmocka_unit_test(test_cancel_before),
        cmocka_unit_test(test_cancel_during),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
