/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * getters.h — value-returning shorthands over the status-returning getters of API 1.0
 * (docs/api.md §6), for tests that read a known-good index many times. Each returns the
 * value on CTREND_OK and NULL / 0 / -1 otherwise, so an assertion on the value still fails
 * when the getter fails. The status paths themselves are tested in test_frame.c,
 * test_design.c, test_model.c and test_backtest.c.
 */
#ifndef CTREND_TESTS_GETTERS_H
#define CTREND_TESTS_GETTERS_H

#include <ctrend.h>

static inline const char *tg_frame_group(const ctrend_frame *f, size_t i)
{
    const char *v = NULL;
    return ctrend_frame_group(f, i, &v) == CTREND_OK ? v : NULL;
}
static inline const char *tg_frame_region(const ctrend_frame *f, size_t i)
{
    const char *v = NULL;
    return ctrend_frame_region(f, i, &v) == CTREND_OK ? v : NULL;
}
static inline const char *tg_frame_metric(const ctrend_frame *f, size_t i)
{
    const char *v = NULL;
    return ctrend_frame_metric(f, i, &v) == CTREND_OK ? v : NULL;
}
static inline int32_t tg_frame_start(const ctrend_frame *f)
{
    int32_t m = 0;
    return ctrend_frame_start(f, &m) == CTREND_OK ? m : 0;
}
static inline int32_t tg_design_start(const ctrend_design *d)
{
    int32_t m = 0;
    return ctrend_design_start(d, &m) == CTREND_OK ? m : 0;
}
static inline const char *tg_design_col_name(const ctrend_design *d, size_t j)
{
    const char *v = NULL;
    return ctrend_design_col_name(d, j, &v) == CTREND_OK ? v : NULL;
}
static inline const char *tg_model_coef_name(const ctrend_model *m, size_t j)
{
    const char *v = NULL;
    return ctrend_model_coef_name(m, j, &v) == CTREND_OK ? v : NULL;
}
static inline int tg_model_family(const ctrend_model *m)
{
    int v = -1;
    return ctrend_model_family(m, &v) == CTREND_OK ? v : -1;
}
static inline const char *tg_backtest_model_name(const ctrend_backtest *bt, size_t i)
{
    const char *v = NULL;
    return ctrend_backtest_model_name(bt, i, &v) == CTREND_OK ? v : NULL;
}

#endif
