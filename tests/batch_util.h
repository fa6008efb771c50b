/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * batch_util.h — the batch tests' shared fixture (test_batch.c, test_batch_cancel.c,
 * test_lanes.c): a frame builder, a design builder, the tests' pseudo-random generator, and
 * helpers that spell a batch call with its arguments in line (series, model options,
 * threads, keys), building the ctrend_batch_opts handle that the 1.0 API takes. They only
 * marshal: every number comes from lib/ (a builder asserts each call it makes, so include
 * this after <cmocka.h>). A series pointer of NULL means "the first n series" (the tests'
 * habit), turned into an explicit selection.
 */
#ifndef CTREND_TESTS_BATCH_UTIL_H
#define CTREND_TESTS_BATCH_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ctrend/batch.h"
#include "ctrend/design.h"
#include "ctrend/frame.h"

/* ---- fixture: counts, frames, designs ---- */

/* The tests' 64-bit linear congruential generator (Knuth's MMIX constants): tb_lcg_next
 * returns the new state, tb_lcg its top 31 bits. Deterministic, not a statistical sampler. */
static inline uint64_t tb_lcg_next(uint64_t *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return *s;
}
static inline uint64_t tb_lcg(uint64_t *s)
{
    return tb_lcg_next(s) >> 33;
}

/* A frame to build: n_series series keyed <prefix><s>/<region>/<metric> (s in decimal,
 * zero-padded to width digits), months start .. start + n_months - 1, the count of series
 * s in month start + t being value(ctx, s, t). value is called for every (s, t) in that
 * order, s outer, so a generator's draws in ctx come in a fixed order. The tests write it
 * in field order: {n_series, prefix, width, region, metric, start, n_months, value, ctx}. */
typedef struct tb_frame_spec {
    size_t n_series;
    const char *prefix;
    int width;
    const char *region, *metric;
    int32_t start;
    size_t n_months;
    double (*value)(void *ctx, size_t s, size_t t);
    void *ctx;
} tb_frame_spec;

/* The frame of spec (series s has index s; the caller frees it). */
static inline ctrend_frame *tb_frame(const tb_frame_spec *spec)
{
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    for (size_t s = 0; s < spec->n_series; ++s) {
        char g[32];
        size_t idx;
        snprintf(g, sizeof g, "%s%0*zu", spec->prefix, spec->width, s);
        assert_int_equal(ctrend_frame_add_series(f, g, spec->region, spec->metric, &idx),
                         CTREND_OK);
        assert_int_equal(idx, s);
        for (size_t t = 0; t < spec->n_months; ++t)
            assert_int_equal(
                ctrend_frame_set(f, idx, spec->start + (int32_t)t, spec->value(spec->ctx, s, t)),
                CTREND_OK);
    }
    return f;
}

#define TB_NO_STEP INT32_MIN /* tb_design: no level step */

/* A design over months start .. start + n_months - 1: a trend, then fourier harmonic pairs
 * when fourier > 0, then a level step from month step unless step is TB_NO_STEP (the
 * caller frees it). */
static inline ctrend_design *tb_design(int32_t start, size_t n_months, size_t fourier, int32_t step)
{
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(start, n_months, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    if (fourier > 0) assert_int_equal(ctrend_design_add_fourier(d, fourier), CTREND_OK);
    if (step != TB_NO_STEP) assert_int_equal(ctrend_design_add_step(d, step, NULL), CTREND_OK);
    return d;
}

/* The frame and design of a cmocka test, built by the file's setup (tb_setup) and freed by
 * tb_teardown: cmocka_unit_test_setup_teardown(test, file_setup, tb_teardown), the test
 * reading them from *state. */
typedef struct tb_fixture {
    ctrend_frame *f;
    ctrend_design *d;
} tb_fixture;

/* *state = a fixture holding f and d (owned by it from now on); -1 when out of memory. */
static inline int tb_setup(void **state, ctrend_frame *f, ctrend_design *d)
{
    tb_fixture *x = malloc(sizeof *x);
    if (!x) {
        ctrend_design_free(d);
        ctrend_frame_free(f);
        return -1;
    }
    x->f = f;
    x->d = d;
    *state = x;
    return 0;
}

static inline int tb_teardown(void **state)
{
    tb_fixture *x = *state;
    if (x) {
        ctrend_design_free(x->d);
        ctrend_frame_free(x->f);
        free(x);
    }
    *state = NULL;
    return 0;
}

/* ---- batch calls with their options in line ---- */

static const size_t tb_none = 0; /* an empty, non-NULL selection */

/* A handle with the given selection, model options, threads and keys; NULL on failure
 * (*rc receives the failing status). */
static inline ctrend_batch_opts *tb_opts(const size_t *series, size_t n, const ctrend_model_opts *mo,
                                         size_t threads, const int *keys, size_t n_keys, int *rc)
{
    ctrend_batch_opts *o = NULL;
    size_t *all = NULL;
    *rc = ctrend_batch_opts_new(&o);
    if (*rc == CTREND_OK && !series && n > 0) {
        all = malloc(n * sizeof *all);
        if (!all) *rc = CTREND_ENOMEM;
        for (size_t i = 0; all && i < n; ++i) all[i] = i;
    }
    if (*rc == CTREND_OK)
        *rc = ctrend_batch_opts_set_series(o, series ? series : all ? all : &tb_none, n);
    if (*rc == CTREND_OK) *rc = ctrend_batch_opts_set_model(o, mo);
    if (*rc == CTREND_OK) *rc = ctrend_batch_opts_set_int(o, CTREND_BATCH_THREADS, (int64_t)threads);
    if (*rc == CTREND_OK) *rc = ctrend_batch_opts_set_keys(o, keys, n_keys);
    free(all);
    if (*rc != CTREND_OK) {
        ctrend_batch_opts_free(o);
        return NULL;
    }
    return o;
}

/* ctrend_batch_fit with CTREND_BATCH_LANES = lanes. */
static inline int tb_fit_lanes(int lanes, const ctrend_frame *f, const size_t *series, size_t n,
                               int family, const ctrend_design *d, const ctrend_model_opts *mo,
                               size_t threads, double *coef, double *se, const int *keys,
                               size_t n_keys, double *scalars, int *status)
{
    int rc;
    ctrend_batch_opts *o = tb_opts(series, n, mo, threads, keys, n_keys, &rc);
    if (!o) return rc;
    rc = ctrend_batch_opts_set_int(o, CTREND_BATCH_LANES, lanes);
    if (rc == CTREND_OK) rc = ctrend_batch_fit(o, f, family, d, coef, se, scalars, status);
    ctrend_batch_opts_free(o);
    return rc;
}

static inline int tb_fit(const ctrend_frame *f, const size_t *series, size_t n, int family,
                         const ctrend_design *d, const ctrend_model_opts *mo, size_t threads,
                         double *coef, double *se, const int *keys, size_t n_keys, double *scalars,
                         int *status)
{
    return tb_fit_lanes(1, f, series, n, family, d, mo, threads, coef, se, keys, n_keys, scalars,
                        status);
}

static inline int tb_fit_models(const ctrend_frame *f, const size_t *series, size_t n, int family,
                                const ctrend_design *const *designs, size_t n_designs,
                                const ctrend_model_opts *mo, size_t threads, ctrend_model **models,
                                int *status)
{
    int rc;
    ctrend_batch_opts *o = tb_opts(series, n, mo, threads, NULL, 0, &rc);
    if (!o) return rc;
    rc = ctrend_batch_fit_models(o, f, family, designs, n_designs, models, status);
    ctrend_batch_opts_free(o);
    return rc;
}

static inline int tb_rolling_mean(const double *x, size_t n_series, size_t n_months, size_t window,
                                  int align, size_t min_periods, size_t threads, double *out,
                                  int *status)
{
    int rc;
    ctrend_batch_opts *o = tb_opts(NULL, 0, NULL, threads, NULL, 0, &rc);
    if (!o) return rc;
    rc = ctrend_batch_opts_set_int(o, CTREND_BATCH_ALIGN, align);
    if (rc == CTREND_OK)
        rc = ctrend_batch_rolling_mean(o, x, n_series, n_months, window, min_periods, out, status);
    ctrend_batch_opts_free(o);
    return rc;
}

static inline int tb_change_pct(const double *x, size_t n_series, size_t n_months, size_t lag,
                                size_t threads, double *out, int32_t *reason, int *status)
{
    int rc;
    ctrend_batch_opts *o = tb_opts(NULL, 0, NULL, threads, NULL, 0, &rc);
    if (!o) return rc;
    rc = ctrend_batch_change_pct(o, x, n_series, n_months, lag, out, reason, status);
    ctrend_batch_opts_free(o);
    return rc;
}

#endif
