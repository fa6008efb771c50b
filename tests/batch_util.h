/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * batch_util.h — test helpers that spell a batch call with its arguments in line (series,
 * model options, threads, keys), building the ctrend_batch_opts handle that the 1.0 API
 * takes. They only marshal: every number comes from lib/batch.c. A series pointer of NULL
 * means "the first n series" (the tests' habit), turned into an explicit selection.
 */
#ifndef CTREND_TESTS_BATCH_UTIL_H
#define CTREND_TESTS_BATCH_UTIL_H

#include <stdlib.h>

#include "ctrend/batch.h"

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
